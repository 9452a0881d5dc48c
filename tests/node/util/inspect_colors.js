// util.inspect with colors: which parts are styled, and layout widths without colour codes.
const util = require('util');
const show = (v, o) => console.log(JSON.stringify(util.inspect(v, Object.assign({ colors: true }, o))));
show(class Foo {});
show(function named() {});
show(Object.assign(function f() {}, { x: 1 }));
show(new Error('e').message);
show([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
show({ 'a-b': 1, [Symbol.iterator]: 2, __proto__: { inherited: 1 } });
show(new Map([['k', { v: [1] }]]));
show([undefined, null, -0, 1n]);
show(Object.create(null));
show(new Date(NaN));
show({ get a() { return 1; } }, { getters: true });
show(new WeakMap());
show([new Boolean(true), new String('x')]);
show({ a: [{ b: { c: {} } }] }, { depth: 1 });
show('x'.repeat(100), { breakLength: 40 });
console.log(util.inspect({ a: 1, b: 'two', c: [3] }, { compact: true, breakLength: 10 }));
console.log(util.inspect([[1, 2, [3, 4, [5, [6]]]]], { compact: 1, breakLength: 20, depth: 10 }));
console.log(util.inspect(new Set([[1, 2], { a: 1 }]), { compact: false }));
console.log(util.inspect(Promise.reject(3).catch(() => {}) && Promise.resolve({ x: 1 }), { compact: false }));
const w = new WeakMap(); w.x = 1; console.log(w, new WeakSet(), [new WeakMap()], {w: new WeakSet()}); class M extends WeakMap {}; console.log(new M(), require("util").inspect(new WeakMap(), {depth: -1}))
