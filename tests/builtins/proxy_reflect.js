// proxy_reflect.js: Reflect functions and Proxy traps, invariants, revocation.
console.log(Reflect.ownKeys({ a: 1, [Symbol('s')]: 2, 1: 3 }), Reflect.has({ x: 1 }, 'x'));
console.log(Reflect.get({ get x() { return this; } }, 'x', 5), Object.prototype.toString.call(Reflect));
const fro = Object.freeze({ a: 1 });
console.log(Reflect.set(fro, 'a', 2), Reflect.set({}, 'a', 2), Reflect.defineProperty(fro, 'b', { value: 1 }));
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.construct(Array, [3]).length);
class A { constructor() { this.nt = new.target.name; } }
class B {}
console.log(Reflect.construct(A, [], B).nt, Reflect.getPrototypeOf(Reflect.construct(A, [], B)) === B.prototype);
const p = new Proxy({}, { get(t, k) { return 'got ' + String(k); }, has(t, k) { return k === 'yes'; } });
console.log(p.foo, 'yes' in p, 'no' in p);
const log = [];
const p2 = new Proxy({ a: 1, b: 2 }, {
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
});
console.log(Object.keys(p2), JSON.stringify(p2), { ...p2 });
console.log(log.join(';'));
const fp = new Proxy(function (a, b) { return a + b; }, { apply(t, th, args) { return t(...args) * 10; } });
console.log(fp(1, 2), typeof fp, typeof new Proxy({}, {}));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { proxy.x; } catch (e) { console.log(e.constructor.name, e.message); }
const arrp = new Proxy([1, 2, 3], {});
console.log(Array.isArray(arrp), arrp.length, [...arrp], arrp.map((x) => x * 2));
class Base { constructor() { this.v = 1; } }
const CP = new Proxy(Base, { construct(t, args) { return { made: args }; } });
console.log(new CP(1, 2).made, new (new Proxy(Base, {}))() instanceof Base);
class X extends new Proxy(class { constructor() { this.q = 1; } }, {}) {}
console.log(new X().q);
const o = Object.create(new Proxy({}, { get(t, k) { return k === 'magic' ? 42 : undefined; } }));
console.log(o.magic, o.other);
const t = {};
Object.defineProperty(t, 'k', { value: 1 });
try { new Proxy(t, { get() { return 2; } }).k; } catch (e) { console.log(e.constructor.name); }
try { Object.keys(new Proxy({}, { ownKeys() { return [1]; } })); } catch (e) { console.log(e.constructor.name); }
try { Object.preventExtensions(new Proxy({}, { preventExtensions() { return false; } })); } catch (e) { console.log(e.constructor.name); }
const sp = new Proxy({}, { set() { return false; } });
sp.x = 1;
console.log(Reflect.set(sp, 'x', 1), Object.isFrozen(Object.freeze(new Proxy({ x: 1 }, {}))));
(function () {
  'use strict';
  try { sp.x = 1; } catch (e) { console.log(e.constructor.name); }
})();
