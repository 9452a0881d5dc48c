const util = require('util');
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Named extends Point { #secret = 1; get len() { return 5; } static create() {} }
const circ = { name: 'root', kids: [] };
circ.kids.push({ parent: circ, id: 1 });
circ.self = circ;
console.log(util.inspect(circ));
console.log(util.inspect(new Named(1, 2)), util.inspect(new Point(1, { a: [1, 2, { b: { c: {} } }] })));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }), util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
console.log(util.inspect(new Map([[1, { a: 1 }], ['k', new Set([1, 'two'])]])), util.inspect(new Set()), util.inspect(new Map()));
console.log(util.inspect(new Map([[1, 2]]).entries()), util.inspect([1, 2, 3].values()), util.inspect(new WeakMap()));
const err = new Error('outer', { cause: new TypeError('inner') });
console.log(err.cause.message, Object.keys(err), Object.getOwnPropertyNames(err));
const e2 = new RangeError('with props'); e2.code = 'E_X'; e2.extra = { n: 1 };
console.log(util.inspect(e2).split('\n').filter((l) => !l.includes('    at ')).join('\n'));
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
console.log(util.inspect(new MyErr('custom')).split('\n')[0]);
console.log(util.inspect('str'), util.inspect([,'a',,]), util.inspect(Object.create(null)), util.inspect(function foo() {}), util.inspect(class A {}), util.inspect(() => {}));
console.log(util.inspect(Symbol('s')), util.inspect(10n), util.inspect(-0), util.inspect([undefined, null, NaN]), util.inspect(new Date(0)), util.inspect(/re/gi));
console.log(util.inspect({ [Symbol('k')]: 1, 'a-b': 2, 3: 4 }), util.inspect(new Array(120).fill(7)).split('\n').length);
console.log(util.inspect('x'.repeat(20), { maxStringLength: 5 }), util.inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
console.log(util.inspect({ a: 1, b: 'two', c: [3] }, { compact: false }));
console.log(util.inspect({ a: 1, b: [1, 2] }, { colors: true }), util.inspect({ z: 1, a: 2 }, { sorted: true }));
console.log(util.inspect(new Proxy({ t: 1 }, {}), { showProxy: true }), util.inspect(new Proxy({ t: 1 }, {})));
console.log(util.inspect(Promise.resolve(4)), util.inspect(Promise.reject(new Error('r')).catch(() => {}) && new Promise(() => {})));
console.log(util.inspect(new Uint8Array([1, 2])), util.inspect(new ArrayBuffer(3)), util.inspect(new DataView(new ArrayBuffer(2))));
console.log(util.inspect({ get g() { return 1; }, set s(v) {} }), util.inspect({ get g() { return 1; } }, { getters: true }));
class Custom { [util.inspect.custom](depth, opts, insp) { return `Custom<${opts.stylize('x', 'special')}>`; } }
console.log(util.inspect({ c: new Custom() }), `${util.format('%o', { a: [1] })}`);
console.log(util.format('%s=%d %i %f %j %%', 'n', 42.5, 42.5, '1.5', { j: 1 }), util.format('%s', { a: { b: { c: 1 } } }), util.format('a', 'b', 3, {}));
console.log(util.format('%s %s', 'only'), util.format('%d', '0x10'), util.format('%s', 5n), util.format('%s', Symbol('q')), util.format('%c', 'css'), util.format(1, 2));
console.log(util.format('%O', { deep: { deeper: { deepest: { x: 1 } } } }), util.format('%s', null, undefined), util.format('%s', new Error('fmt')).split('\n')[0]);
const kl = { level1: { level2: { arr: ['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)] } }, longKeyNumberOne: 1, longKeyNumberTwo: 'value two', another: true };
console.log(kl);
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i * 100)));
console.log(util.inspect(Object.assign(() => {}, { prop: 1 })), util.inspect(Object.assign([1, 2], { extra: 'x' })));
console.log(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual([1], ['1']), util.types.isPromise(Promise.resolve()), util.types.isRegExp(/x/), util.types.isDate(new Date()));
