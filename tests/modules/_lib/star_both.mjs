// `same` comes from two star exports: it is ambiguous and left out.
export * from './star_a.mjs';
export * from './star_b.mjs';
