// assert.deepStrictEqual / deepEqual semantics.
const assert = require('assert');
function check(name, f) {
  try { f(); console.log(name, 'pass'); } catch (e) { console.log(name, 'FAIL', e.code); }
}
check('-0 vs 0 strict', () => assert.deepStrictEqual(-0, 0));
check('-0 vs 0 loose', () => assert.deepEqual(-0, 0));
check('NaN', () => assert.deepStrictEqual([NaN], [NaN]));
check('proto', () => assert.deepStrictEqual(Object.create(null), {}));
check('proto loose', () => assert.deepEqual(Object.create(null), {}));
check('symbols', () => assert.deepStrictEqual({ [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 2 }));
check('dates', () => assert.deepStrictEqual(new Date(0), new Date(0)));
check('dates differ', () => assert.deepStrictEqual(new Date(0), new Date(1)));
check('regexp flags', () => assert.deepStrictEqual(/a/g, /a/i));
check('errors', () => assert.deepStrictEqual(new Error('a'), new Error('a')));
check('errors msg', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
check('error types', () => assert.deepStrictEqual(new Error('a'), new TypeError('a')));
check('typed', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
check('typed types', () => assert.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
check('boxed', () => assert.deepStrictEqual(new Number(1), new Number(1)));
check('boxed differ', () => assert.deepStrictEqual(new Number(1), new Number(2)));
check('boxed vs prim loose', () => assert.deepEqual(new Number(1), 1));
check('sparse', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
check('sparse loose', () => assert.deepEqual([1, , 3], [1, undefined, 3]));
check('map keys objects', () => assert.deepStrictEqual(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])));
check('set objects', () => assert.deepStrictEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])));
check('set loose', () => assert.deepEqual(new Set([1]), new Set(['1'])));
check('cycles', () => { const a = { x: 1 }; a.self = a; const b = { x: 1 }; b.self = b; assert.deepStrictEqual(a, b); });
check('class instances', () => { class A { constructor() { this.v = 1; } } class B { constructor() { this.v = 1; } } assert.deepStrictEqual(new A(), new B()); });
check('class loose', () => { class A { constructor() { this.v = 1; } } class B { constructor() { this.v = 1; } } assert.deepEqual(new A(), new B()); });
check('array extra keys', () => { const a = [1]; a.x = 1; assert.deepStrictEqual(a, [1]); });
check('non-enumerable ignored', () => { const a = {}; Object.defineProperty(a, 'h', { value: 1 }); assert.deepStrictEqual(a, {}); });
check('undefined prop', () => assert.deepStrictEqual({ a: undefined }, {}));
check('undefined prop loose', () => assert.deepEqual({ a: undefined }, {}));
check('weakmap', () => assert.deepStrictEqual(new WeakMap(), new WeakMap()));
check('promise', () => assert.deepStrictEqual(Promise.resolve(1), Promise.resolve(1)));
check('functions', () => assert.deepStrictEqual(() => {}, () => {}));
check('array buffer', () => assert.deepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(2)));
check('boxed string', () => assert.deepStrictEqual(new String('ab'), new String('ab')));
check('arguments vs array', () => assert.deepStrictEqual((function () { return arguments; })(1), [1]));
check('loose 1 == "1"', () => assert.deepEqual({ a: 1 }, { a: '1' }));
check('loose null undefined', () => assert.deepEqual(null, undefined));
check('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
