// structuredClone.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); } };
t(() => structuredClone(Symbol('s')));
t(() => structuredClone({ a: Symbol('s') }));
t(() => structuredClone(new WeakMap()));
t(() => structuredClone(new WeakSet()));
t(() => structuredClone(Promise.resolve()));
t(() => structuredClone((function () { return arguments; })(1, 2)));
class A { constructor() { this.x = 1; } get y() { return 2; } m() {} }
t(() => structuredClone(new A()));
t(() => structuredClone(new A()) instanceof A);
const o = { a: 1, [Symbol('k')]: 2, d: new Date(0), r: /x/gi, m: new Map([[1, { z: 1 }]]),
  s: new Set([1, 'two']), b: [1, , 3], n: new Number(3), str: new String('ab'), big: 10n,
  bo: new Boolean(false), neg: -0, u: undefined, nul: null, nan: NaN };
o.self = o;
o.m.set('back', o);
const c = structuredClone(o);
console.log(c, c.self === c, c.m.get('back') === c, c === o, c.d === o.d, Object.is(c.neg, -0));
const re = /a/g; re.lastIndex = 3; re.extra = 1;
console.log(structuredClone(re).lastIndex, structuredClone(re).extra);
const e = new RangeError('bad', { cause: 5 }); e.extra = 1; e.code = 'X';
const ce = structuredClone(e);
console.log(ce.name, ce.message, ce.cause, ce.extra, ce.code, ce instanceof RangeError,
  Object.keys(ce), Object.getOwnPropertyNames(ce).sort());
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const me = structuredClone(new MyErr('q'));
console.log(me.name, me.constructor.name, me.message, me instanceof MyErr);
const te = new TypeError('t'); te.name = 'SyntaxError';
console.log(structuredClone(te) instanceof SyntaxError);
const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab, 2, 3); u[0] = 7;
const cu = structuredClone(u);
console.log(cu, cu.buffer.byteLength, cu.byteOffset, cu.buffer === ab);
const pair = structuredClone([u, new Uint16Array(ab, 4, 2)]);
console.log(pair[0].buffer === pair[1].buffer, pair[1].length);
const f64 = structuredClone(new Float64Array([1.5, -2]));
console.log(f64, f64.constructor.name);
const moved = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, moved.byteLength, new Uint8Array(moved)[2]);
t(() => structuredClone());
t(() => structuredClone(1, 5));
t(() => structuredClone(1, { transfer: 5 }));
t(() => structuredClone(1, { transfer: [5] }));
const ab2 = new ArrayBuffer(2);
t(() => structuredClone(1, { transfer: [ab2, ab2] }));
t(() => structuredClone({ get g() { throw new Error('getter'); } }));
console.log(structuredClone({ get g() { return 'got'; } }));
console.log(structuredClone([1, 2, { a: [3] }]), structuredClone(null), structuredClone(undefined),
  structuredClone(-0), structuredClone('s'), structuredClone(true), structuredClone(1n));
const arr = [1, 2]; arr.extra = 'e';
console.log(structuredClone(arr), structuredClone(Object.create(null, { x: { value: 1, enumerable: true }, h: { value: 2 } })));
console.log(structuredClone(new DOMException('m', 'AbortError')));
console.log(structuredClone(new Map([[{ k: 1 }, [new Set([new Date(1)])]]])));
