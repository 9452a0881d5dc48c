// Two star exports give 'same': an import of it is ambiguous.
import { same } from './_lib/star_both.mjs';
console.log(same);
