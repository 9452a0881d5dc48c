// Node's globals that built-in modules define are there before first use,
// not enumerable, and replaceable by assignment.
const names = ['Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  'AbortController', 'structuredClone', 'atob', 'btoa'];
const keys = Object.keys(globalThis);
for (const n of names) console.log(n, n in globalThis, keys.includes(n));
globalThis.setImmediate = 1;
console.log(typeof setImmediate);
