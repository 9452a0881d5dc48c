// deepmerge (CommonJS: main dist/cjs.js, no exports map).
'use strict';
const deepmerge = require('deepmerge');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const x = { foo: { bar: 3 }, array: [{ does: 'work', too: [1, 2, 3] }], shared: 'x' };
const y = { foo: { baz: 4 }, quux: 5, array: [{ does: 'work', too: [4, 5, 6] }, { really: 'yes' }], shared: 'y' };
show('basic', () => deepmerge(x, y));
show('inputs untouched', () => [x, y.foo]);
show('result is a clone', () => { const r = deepmerge(x, y); r.foo.bar = 99; return [x.foo.bar, r.foo !== x.foo]; });
show('all', () => deepmerge.all([{ a: 1 }, { b: { c: 2 } }, { b: { d: 3 } }, { a: [1] }]));
show('all empty', () => deepmerge.all([]));
show('all not array', () => deepmerge.all({ a: 1 }));
show('overwrite arrays', () => deepmerge({ a: [1, 2], b: { c: [1] } }, { a: [3] }, { arrayMerge: (dst, src) => src }));
show('combine arrays by index', () => {
  const combineMerge = (target, source, options) => {
    const destination = target.slice();
    source.forEach((item, index) => {
      if (typeof destination[index] === 'undefined') destination[index] = options.cloneUnlessOtherwiseSpecified(item, options);
      else if (options.isMergeableObject(item)) destination[index] = deepmerge(target[index], item, options);
      else if (target.indexOf(item) === -1) destination.push(item);
    });
    return destination;
  };
  return deepmerge([{ a: true }, 'x'], [{ b: true }, 'y', 'z'], { arrayMerge: combineMerge });
});
show('unique union arrays', () => deepmerge({ t: ['a', 'b'] }, { t: ['b', 'c'] }, { arrayMerge: (a, b) => [...new Set([...a, ...b])] }));
show('customMerge', () => deepmerge({ name: { first: 'A', last: 'B' }, pets: ['x'] }, { name: { first: 'C' }, pets: ['y'] }, { customMerge: key => (key === 'name' ? (a, b) => a.first + '+' + b.first : undefined) }));
class Thing { constructor(v) { this.v = v; } }
show('isMergeableObject', () => {
  const isPlain = v => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
  const t = new Thing(1);
  const r = deepmerge({ t: { old: 1 } }, { t }, { isMergeableObject: isPlain });
  return [r.t === t, r.t instanceof Thing];
});
show('default merges class instances as objects', () => { const r = deepmerge({ t: { old: 1 } }, { t: new Thing(2) }); return [r.t instanceof Thing, r.t]; });
show('clone false', () => { const inner = { deep: 1 }; const r = deepmerge({}, { inner }, { clone: false }); return r.inner === inner; });
show('dates and regexps are not merged', () => { const r = deepmerge({ d: new Date(0), re: /a/ }, { d: new Date(86400000), re: /b/g }); return [r.d instanceof Date ? r.d.toISOString() : typeof r.d, String(r.re)]; });
show('symbol keys', () => { const s = Symbol.for('k'); const r = deepmerge({ [s]: { a: 1 } }, { [s]: { b: 2 } }); return r[s]; });
show('non-enumerable symbol ignored', () => { const s = Symbol('hidden'); const src = {}; Object.defineProperty(src, s, { value: 1, enumerable: false }); return Object.getOwnPropertySymbols(deepmerge({}, src)).length; });
show('prototype pollution guard', () => { const r = deepmerge({}, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"p2": 1}}}')); return [({}).polluted, ({}).p2, Object.keys(r)]; });
show('arrays at top level', () => deepmerge([1, 2], [3]));
show('array vs object', () => [deepmerge({ a: [1] }, { a: { b: 1 } }), deepmerge({ a: { b: 1 } }, { a: [1] })]);
show('primitives overwrite', () => deepmerge({ a: { b: 1 }, n: 1 }, { a: 'str', n: null }));
show('undefined values', () => deepmerge({ a: 1, b: 2 }, { a: undefined }));
show('deep config merge', () => deepmerge.all([
  { server: { host: 'localhost', port: 80, tls: { enabled: false } }, plugins: ['core'], log: { level: 'info' } },
  { server: { port: 8080 }, plugins: ['auth'] },
  { server: { tls: { enabled: true, cert: '/etc/cert.pem' } }, log: { level: 'debug', json: true } },
]));
