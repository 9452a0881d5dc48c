// function_call_apply_bind.js: Function.prototype.call/apply/bind.
function describe(greeting, punct) {
  return greeting + ", " + this.name + punct;
}
const kiln = { name: "kiln" };
console.log(describe.call(kiln, "hello", "!"));
console.log(describe.apply(kiln, ["hi", "?"]));
const bound = describe.bind(kiln, "hey");
console.log(bound("."), bound.name, bound.length);
const rebound = bound.bind({ name: "other" });
console.log(rebound("..."));
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.slice.call("abc"));
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind(null, 1);
const bp = new BoundPoint(2);
console.log(bp, bp instanceof Point);
function whatIsThis() { "use strict"; return this; }
console.log(whatIsThis.call(5), whatIsThis.call(null), whatIsThis.apply(undefined));
function sloppyThis() { return typeof this; }
console.log(sloppyThis.call(5), sloppyThis.call("s"));
const add = (a, b) => a + b;
console.log(add.call(null, 2, 3), add.apply(null, [4, 5]), add.bind(null, 10)(1));
console.log(describe.call({ name: "arr" }, ...["a", "b"]));
