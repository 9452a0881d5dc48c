// fields_assigned.ts: useDefineForClassFields false (from the tsconfig
// this one extends): fields become constructor assignments after the
// parameter properties, static ones static blocks; declared-only fields
// vanish; subclass setters see the assignments.
class A {
  a = 1;
  b: number;
  static s = 2;
  static t: number;
  ["c" + 1] = 3;
  #p = 4;
  constructor(public x: number) { console.log("ctor", this.a, this.#p); }
  peek() { return this.#p; }
}
class B extends A { y = this.x + 1; z!: string; }
class C { q = 5; }
const a = new A(9);
console.log(a, Object.keys(a), (A as any).s, "t" in A, a.peek());
console.log(new B(1), new C());
class D { constructor(readonly r = 1) {} get g() { return 1; } f = this.r + 1; }
console.log(new D(), Object.keys(new D()));
class Base { set v(x: number) { console.log("setter", x); } }
class Sub extends Base { v = 5; }
console.log(Object.keys(new Sub()));
