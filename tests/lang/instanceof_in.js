// instanceof_in.js: instanceof walks prototypes; in checks own and
// inherited keys.
function Animal() {}
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object);
console.log([] instanceof Array, [] instanceof Object, ({}) instanceof Array);
console.log(f instanceof Function, null instanceof Object);
function f() {}
class A {}
class B extends A {}
console.log(new B() instanceof A, new A() instanceof B);
const o = { a: 1, b: undefined };
console.log("a" in o, "b" in o, "c" in o, "toString" in o);
console.log(0 in [5], 1 in [5], "length" in [], 2 in [1, , 3], 1 in [1, , 3]);
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 1;
console.log("inherited" in child, "own" in child, child.hasOwnProperty("inherited"));
try {
  console.log("x" in "string");
} catch (e) {
  console.log(e instanceof TypeError, e.constructor.name);
}
try {
  console.log(1 instanceof 1);
} catch (e) {
  console.log(e instanceof TypeError);
}
