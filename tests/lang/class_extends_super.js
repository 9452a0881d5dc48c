// class_extends_super.js: extends, super(...) and super.method().
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() { return this.name + " makes a sound"; }
  describe() { return "I am " + this.name + ": " + this.speak(); }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return super.speak() + " (woof)"; }
}
class Puppy extends Dog {
  speak() { return super.speak() + " (tiny)"; }
}
const d = new Dog("Rex", "lab");
const p = new Puppy("Bit", "pug");
console.log(d.speak());
console.log(p.describe());
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal);
console.log(Object.getPrototypeOf(Puppy) === Dog, p.breed, p.constructor.name);
console.log(d, p);
class NoCtor extends Animal {}
console.log(new NoCtor("auto").name);
class Counter {
  constructor() { this.n = 0; }
  inc() { this.n++; return this; }
}
class Double extends Counter {
  inc() { super.inc(); return super.inc(); }
}
console.log(new Double().inc().inc().n);
try {
  class Bad extends Animal {
    constructor() { this.x = 1; super("x"); }
  }
  new Bad();
} catch (e) {
  console.log(e.name);
}
