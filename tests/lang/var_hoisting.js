// var_hoisting.js: var and function declarations are hoisted.
console.log(v);
var v = 1;
console.log(v);
console.log(hoisted());
function hoisted() { return "hoisted function"; }
console.log(typeof later);
var later = function () { return 2; };
console.log(typeof later, later());
function scope() {
  console.log(inner);
  if (true) {
    var inner = "function-scoped";
  }
  console.log(inner);
  for (var k = 0; k < 3; k++) {}
  console.log(k);
}
scope();
var v = 2;
console.log(v);
function shadow() {
  var v = "local";
  return v;
}
console.log(shadow(), v);
function twice() { return 1; }
function twice() { return 2; }
console.log(twice());
