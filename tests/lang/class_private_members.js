class C {
  #x = 1; static #s = 2; #y;
  get #g() { return this.#x * 10; } set #g(v) { this.#x = v; }
  #m() { return "m" + this.#x; }
  static #sm() { return C.#s; }
  run() { this.#g = 5; return [this.#g, this.#m(), C.#sm(), #x in this, #y in this, this.#y]; }
  static check(o) { try { return o.#x; } catch (e) { return e.constructor.name + ": " + e.message; } }
}
const c = new C();
console.log(c.run(), C.check({}), Object.getOwnPropertySymbols(c), Reflect.ownKeys(c));
Object.freeze(c);
class D extends C { #z = 3; z() { return this.#z; } }
console.log(new D().z());
