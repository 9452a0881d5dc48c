const util = require('util');
class Temp { constructor() { this.c = 21; } get f() { return this.c * 9 / 5 + 32; } static from() {} }
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
const np = Object.create(null); np.x = 1;
class Base {} class Derived extends Base { constructor() { super(); this.d = [new Map([['k', new Set([1])]])]; } }
console.log(new Temp(), new Tagged(), np, new Derived(), Object.create(Temp.prototype));
console.log(util.inspect(new Temp(), { getters: true }), [new Temp()], { t: new Tagged() });
const err = new TypeError('bad thing');
err.name = 'CustomName';
console.log(util.inspect(err).split('\n')[0], String(err), err.toString());
const noStack = new Error('no stack'); noStack.stack = undefined;
console.log(util.inspect(noStack));
const agg = new AggregateError([new Error('a'), new Error('b')], 'many');
console.log(agg.message, agg.errors.length, agg.name);
console.log(util.inspect({ arr: new Array(5), sparse: [1, , 3], neg: [-0, 0, -1.5], big: [1n, -2n] }));
console.log(util.inspect(new Map([[{ a: 1 }, [1, 2]], [NaN, undefined]]), { depth: 0 }), util.inspect(new Set([[1, [2, [3]]]]), { depth: 1 }));
console.log(util.inspect('a\'b"c`d'), util.inspect('multi\nline\ttab\u0001'), util.inspect('ünïcode ✓'), util.inspect('\u{1F600}'));
console.log(util.inspect(Object.freeze({ frozen: true })), util.inspect(new (class Empty {})()), util.inspect(Object.setPrototypeOf({ a: 1 }, null)));
console.log(util.inspect(function () {}), util.inspect(async function af() {}), util.inspect(function* gen() {}), util.inspect(async () => {}), util.inspect(Math.max), util.inspect(class extends Base {}));
const fnWithProps = function named() {}; fnWithProps.meta = { v: 1 };
console.log(util.inspect(fnWithProps), util.inspect(Object.defineProperty(function x() {}, 'name', { value: 'renamed' })));
console.log(util.inspect(new Number(3)), util.inspect(new String('ab')), util.inspect(Object(1n)), util.inspect(new Date('invalid')));
console.log(util.inspect(globalThis).length > 100, util.inspect(Math).slice(0, 14), util.inspect(JSON), util.inspect(Reflect).slice(0, 16));
console.log(util.inspect({ a: 'x'.repeat(80) }), util.inspect(['y'.repeat(30), 'z'.repeat(30), 'w'.repeat(30)]));
console.log(util.inspect({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k18: 18, k19: 19, k20: 20, k21: 21, k22: 22, k23: 23, k24: 24, k25: 25, k26: 26, k27: 27 }));
console.log(util.inspect(Array.from({ length: 27 }, (_, i) => 'str' + i)));
console.log(util.inspect(new Float64Array([1.5, -0, NaN])), util.inspect(new BigInt64Array(2)), util.inspect(Buffer.from('ab').buffer.constructor.name));
console.log(util.inspect(new WeakRef({})), util.inspect(Symbol.for('reg')), util.inspect(Object(Symbol('x'))), util.inspect([Symbol()]));
console.log(util.inspect({ __proto__: { inherited: 1 }, own: 1 }));
console.log(util.inspect([1, 2, 3], { showHidden: true }), util.inspect({ a: [1, 2] }, { breakLength: 3 }));
console.log(util.inspect(new Error('in obj'), { compact: true }).split('\n')[0], util.inspect({ e: new RangeError('x') }).split('\n')[0]);
