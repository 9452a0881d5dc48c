// util.inspect options.
const util = require('util');
const nested = { a: 1, b: [1, 2, { c: { d: { e: 1 } } }], s: 'str', n: null, u: undefined };
console.log(util.inspect(nested, { compact: false }));
console.log(util.inspect(nested, { compact: true }));
console.log(util.inspect(nested, { compact: 1 }));
console.log(util.inspect(nested, { compact: 0, depth: 0 }));
console.log(util.inspect(nested, { breakLength: Infinity, depth: Infinity }));
console.log(util.inspect(nested, { breakLength: 20 }));
console.log(util.inspect({ long: 'x'.repeat(60), arr: Array.from({ length: 30 }, (_, i) => i * 7) }, { compact: true, breakLength: 40 }));
console.log(util.inspect(Array.from({ length: 200 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect(Array.from({ length: 5 }, (_, i) => i), { maxArrayLength: 0 }));
console.log(util.inspect(Array.from({ length: 150 }, (_, i) => i), { maxArrayLength: null }).split('\n').length);
console.log(util.inspect(new Set([1, 2, 3, 4]), { maxArrayLength: 2 }), util.inspect(new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 }));
console.log(util.inspect('abcdefghij'.repeat(3), { maxStringLength: 4 }), util.inspect('ab', { maxStringLength: 1 }));
console.log(util.inspect({ c: 3, a: 1, b: { z: 1, y: 2 } }, { sorted: true }));
console.log(util.inspect({ c: 3, a: 1, b: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }), util.inspect(new Set(['z', 'a']), { sorted: true }));
const arr = [3, 1]; arr.z = 1; arr.a = 2;
console.log(util.inspect(arr, { sorted: true }));
console.log(util.inspect(1234567.891, { numericSeparator: true }), util.inspect(-1234567, { numericSeparator: true }),
  util.inspect(123456789n, { numericSeparator: true }), util.inspect(0.0001234, { numericSeparator: true }),
  util.inspect(123, { numericSeparator: true }), util.inspect([1000, 10000.5], { numericSeparator: true }));
const obj = { get g() { return 42; }, get o() { return { x: 1 }; }, get gs() { return 'v'; }, set gs(v) {}, set s(v) {},
  get t() { throw new Error('boom'); } };
console.log(util.inspect(obj));
console.log(util.inspect(obj, { getters: true }));
console.log(util.inspect(obj, { getters: 'get' }));
console.log(util.inspect(obj, { getters: 'set' }));
console.log(JSON.stringify(util.inspect({ a: 1, s: 'x', n: null, u: undefined, b: true, sym: Symbol('q'), big: 1n,
  d: new Date(0), r: /x/, f() {}, [Symbol('k')]: 1, 'quoted-key': 2, arr: [, 1] }, { colors: true })));
console.log(JSON.stringify(util.inspect([new Number(1), new String('s'), Promise.resolve(2), new Promise(() => {})], { colors: true })));
const circ = { name: 'c' }; circ.self = circ;
console.log(JSON.stringify(util.inspect(circ, { colors: true })), JSON.stringify(util.inspect({ a: { b: { c: {} } } }, { colors: true, depth: 0 })));
console.log(util.inspect({ a: 1 }, true), util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0), util.inspect({ a: [] }, false, null));
class Custom { [util.inspect.custom](depth, options, inspect) {
  return `Custom<${depth} ${options.compact} ${options.breakLength} ${typeof options.stylize} ${options.stylize('x', 'number')} ${inspect === util.inspect || typeof inspect}>`;
} }
console.log(util.inspect(new Custom()), util.inspect({ nested: new Custom() }, { depth: 5, colors: false }));
console.log(util.inspect(new Custom(), { customInspect: false }));
console.log(util.format('%o', { a: [1, 2] }), util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.formatWithOptions({ compact: false }, 'x %O y', { a: 1 }), util.formatWithOptions({ numericSeparator: true }, '%d %i %s', 12345, 67890, 1e6));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'v', 1, 'str', [null])));
console.log(Object.keys(util.inspect.defaultOptions).join());
const saved = util.inspect.defaultOptions.depth;
util.inspect.defaultOptions.depth = 0;
console.log(util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions = { depth: saved };
console.log(util.inspect({ a: { b: { c: 1 } } }));
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code); }
console.log(util.inspect('a\nb'.repeat(30), { compact: true }).length, util.inspect('a\nb'.repeat(30)).split('\n').length);
console.log(util.inspect(new Map([[{ a: 1 }, new Set([[1, 2]])]]), { compact: false }));
console.log(util.inspect(Object.create(null, { x: { value: 1, enumerable: false } }), { showHidden: true }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
// console.log follows util.inspect.defaultOptions
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } }, util.format('%O', { a: { b: 1 } }));
util.inspect.defaultOptions.breakLength = 20;
console.log({ alpha: 1, beta: 2, gamma: 3 });
util.inspect.defaultOptions = { depth: 2, breakLength: 80 };
console.log({ a: { b: { c: { d: 1 } } } });
