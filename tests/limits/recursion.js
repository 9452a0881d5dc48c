// Deep recursion through built-ins ends in node's RangeError, which the
// program can catch and go on; so do calls with too many arguments and
// values past the length limits of strings, arrays and buffers.
function t(name, f) {
  try {
    const r = f();
    console.log(name, 'ok', typeof r === 'string' ? r.length : typeof r);
  } catch (e) {
    console.log(name, e.constructor.name, String(e.message).slice(0, 80));
  }
}
let deep = [];
for (let i = 0; i < 100000; i++) deep = [deep];
t('flat', () => deep.flat(Infinity));
t('join', () => deep.join());
t('String(array)', () => String(deep));
t('stringify array', () => JSON.stringify(deep));
t('apply 1e6 args', () => Math.max.apply(null, new Array(1e6).fill(1)));
t('spread 1e6 args', () => Math.max(...new Array(1e6).fill(1)));
t('apply 1e5 args', () => Math.max.apply(null, new Array(1e5).fill(1)));
t('fromCharCode spread', () => String.fromCharCode(...new Array(3e5).fill(65)));
t('getter', () => { const o = {}; Object.defineProperty(o, 'x', { get() { return o.x; } }); return o.x; });
t('setter', () => { const o = { set x(v) { this.x = v; } }; o.x = 1; });
t('valueOf', () => { const o = { valueOf() { return o + 1; } }; return o + 1; });
t('toString', () => { const o = { toString() { return String(this); } }; return String(o); });
t('toJSON', () => { const o = { toJSON() { return JSON.stringify(o); } }; return JSON.stringify(o); });
t('replace callback', () => { const f = () => 'a'.replace(/a/, f); return f(); });
t('sort comparator', () => { const f = () => [3, 2, 1].sort((a, b) => (f(), a - b)); return f(); });
t('proxy get', () => { const p = new Proxy({}, { get(t, k, r) { return r[k]; } }); return p.x; });
t('proxy has', () => { const p = new Proxy({}, { has(t, k) { return k in p; } }); return 'x' in p; });
t('proxy set', () => { const p = new Proxy({}, { set(t, k, v) { p[k] = v; return true; } }); p.x = 1; });
t('proxy ownKeys', () => { const p = new Proxy({}, { ownKeys() { return Object.keys(p); } }); return Object.keys(p); });
t('proxy apply', () => { const p = new Proxy(function () {}, { apply() { return p(); } }); return p(); });
t('proxy construct', () => { const p = new Proxy(function () {}, { construct() { return new p(); } }); return new p(); });
t('map callback', () => { const f = () => [1].map(f); return f(); });
t('reduce callback', () => { const f = () => [1, 2].reduce(f); return f(); });
t('toPrimitive', () => { const o = { [Symbol.toPrimitive]() { return `${o}`; } }; return `${o}`; });
t('hasInstance', () => { class A { static [Symbol.hasInstance](x) { return x instanceof A; } } return 1 instanceof A; });
t('yield*', () => { function* g() { yield* g(); } return [...g()]; });
t('iterator', () => { const it = { [Symbol.iterator]() { return [...it][Symbol.iterator](); } }; return [...it]; });
t('Array.from', () => { const o = { length: 1, get 0() { return Array.from(o); } }; return Array.from(o); });
t('constructor', () => { class A { constructor() { new A(); } } return new A(); });
t('deep prototype chain', () => { let o = {}; for (let i = 0; i < 10000; i++) o = Object.create(o); return o.x; });
t('repeat 2**29', () => 'x'.repeat(2 ** 29));
t('padStart 2**30', () => 'ab'.padStart(2 ** 30));
t('new Array(2**32)', () => new Array(2 ** 32));
t('new Array(-1)', () => new Array(-1));
t('length = 2**32', () => { [].length = 2 ** 32; });
t('push past 2**32-1', () => { const a = []; a.length = 2 ** 32 - 1; a.push(1); });
t('ArrayBuffer(2**53)', () => new ArrayBuffer(2 ** 53));
t('ArrayBuffer(2**40)', () => new ArrayBuffer(2 ** 40));
t('Uint8Array(2**40)', () => new Uint8Array(2 ** 40));
console.log('still running');
