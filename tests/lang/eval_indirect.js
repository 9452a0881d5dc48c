// Indirect eval of strings the compiler can see: global scope, global
// var and function bindings (deletable), its own lexical scope.
var local = 'module';  // a CommonJS module's var, not a global
globalThis.g = 'global';
function f() {
  const g = 'local';
  const e = eval;
  return [(0, eval)("typeof local"), (0, eval)("g"), e("g"), globalThis.eval("g"),
          eval("g")];
}
console.log(f());

// var and function declarations become configurable global properties.
(0, eval)("var made = 1; function madeFn() { return 'fn'; }");
console.log(made, madeFn(), JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'made')));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'madeFn').configurable);
console.log(delete globalThis.made, typeof made);

// let/const stay inside the eval code; `this` is the global object.
console.log((0, eval)("let hidden = 5; hidden * 2"), typeof hidden);
console.log((0, eval)("this === globalThis"), (0, eval)("'use strict'; this === globalThis"));

// Strict indirect eval keeps its vars.
(0, eval)("'use strict'; var kept = 1;");
console.log(typeof kept);

// Completion values and early errors as for direct eval.
console.log((0, eval)("if (true) { 'yes' }"));
try { (0, eval)("super.x"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (0, eval)("import x from 'y'"); } catch (e) { console.log(e.name + ': ' + e.message); }

// Functions made by indirect eval see globals only.
function maker() {
  const secret = 1;
  return (0, eval)("(function () { return typeof secret; })");
}
console.log(maker()());

// A global function that cannot be redefined stops the whole declaration.
try {
  (0, eval)("var before1; function NaN() {} var after1;");
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
