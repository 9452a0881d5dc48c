// target ES2017: fields become constructor assignments (define semantics
// off by default), #private members become WeakMaps, static blocks and
// ?? / ?. are lowered; the observable differences from ES2022 show.
class Base {
  constructor() { this.init(); }
  init() {}
}
class Child extends Base {
  value = "field";
  seen?: string;
  override init() { this.seen = "init ran, value=" + this.value; }
}
const c = new Child();
console.log(c.seen, c.value, Object.keys(c));

class Setter {
  set x(v: number) { console.log("setter called", v); }
}
class UsesSetter extends Setter {
  // @ts-ignore: assigned, not defined, below ES2022
  x = 5;
}
new UsesSetter();

class Priv {
  #n = 1;
  static #made = 0;
  static { Priv.#made = 10; }
  bump() { return ++this.#n; }
  static made() { return ++Priv.#made; }
  static has(o: object) { return #n in o; }
  static read(o: any) { return o.#n; }
}
const p = new Priv();
console.log(p.bump(), p.bump(), Priv.made(), Priv.has(p), Priv.has({}), Object.keys(p));
try { Priv.read({}); } catch (e) { console.log((e as Error).constructor.name); }
const o: { a?: { b?: number } } | null = Math.random() < 2 ? { a: {} } : null;
console.log(o?.a?.b ?? "dflt", o?.a ?? 1);
let z: number | undefined;
z ??= 4; z ||= 9; z &&= z * 2;
console.log(z, 2 ** 10);
async function f() { await null; return "async ok"; }
f().then(console.log);
const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, rest);
