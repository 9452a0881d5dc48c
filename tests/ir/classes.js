// A class with a field, a private method, an accessor, and a subclass.
class A {
  x = 1;
  #p() { return this.x; }
  get v() { return this.#p(); }
}
class B extends A {
  constructor() { super(); this.y = 2; }
}
new B().v;
