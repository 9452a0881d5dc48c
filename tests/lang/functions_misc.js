// functions_misc.js: expressions, IIFEs, name/length, functions as values.
const square = function (x) { return x * x; };
const named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(square(5), named(5), square.name, named.name);
console.log((function () { return "iife"; })());
console.log((() => "arrow iife")());
function three(a, b, c) {}
console.log(three.length, ((a, b) => 0).length, (function () {}).length);
const arrow = () => {};
console.log(arrow.name, typeof arrow);
function apply(f, ...args) { return f(...args); }
console.log(apply(Math.max, 3, 9, 2), apply((s) => s.toUpperCase(), "up"));
const table = { add: (a, b) => a + b, mul: (a, b) => a * b };
for (const op of ["add", "mul"]) console.log(op, table[op](6, 7));
function noReturn() {}
console.log(noReturn(), typeof noReturn());
function manyReturns(x) {
  if (x > 0) return "pos";
  if (x < 0) return "neg";
}
console.log(manyReturns(1), manyReturns(-1), manyReturns(0));
const obj = { method() {}, arrow: () => {}, fn: function () {} };
console.log(obj.method.name, obj.arrow.name, obj.fn.name);
console.log(typeof Function.prototype, square instanceof Function);
function fnWithProps() {}
fnWithProps.meta = "attached";
console.log(fnWithProps.meta);
