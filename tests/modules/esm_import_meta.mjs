// import.meta and dynamic import() with error cases.
const url = import.meta.url;
console.log(url.startsWith('file:///'), url.endsWith('/modules/esm_import_meta.mjs'));
console.log(import.meta.filename.endsWith('/modules/esm_import_meta.mjs'));
console.log(import.meta.dirname.endsWith('/modules'));
console.log(import.meta.resolve('./_lib/counter.mjs').endsWith('/_lib/counter.mjs'));
console.log(Object.getPrototypeOf(import.meta), import.meta === import.meta);
console.log(this);
const m = await import('./_lib/counter.mjs');
m.increment(3);
console.log(m.count, typeof m.default);
const again = await import('./_lib/counter.mjs');
console.log(again === m);
try {
  await import('./_lib/missing.mjs');
} catch (e) {
  console.log(e.code);
}
