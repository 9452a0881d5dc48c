// Direct eval of strings the compiler can see: the caller's scope, var
// leaking (sloppy) or not (strict), completion values, early errors.

// Completion values (ECMA-262 #sec-updateempty).
// Each string is written out: eval of a variable's value is a run-time string.
console.log("\"1 + 2\"", '->', eval("1 + 2"));
console.log("\"1; if (false) 2;\"", '->', eval("1; if (false) 2;"));
console.log("\"1; if (true) {}\"", '->', eval("1; if (true) {}"));
console.log("\"1; {}\"", '->', eval("1; {}"));
console.log("\"1; var z0 = 3;\"", '->', eval("1; var z0 = 3;"));
console.log("\"do { 5; break; } while (false)\"", '->', eval("do { 5; break; } while (false)"));
console.log("\"1; while (false);\"", '->', eval("1; while (false);"));
console.log("\"7; l: { 8; break l; }\"", '->', eval("7; l: { 8; break l; }"));
console.log("\"try { 1 } finally { 2 }\"", '->', eval("try { 1 } finally { 2 }"));
console.log("\"try { throw 0 } catch (e) { 'c' }\"", '->', eval("try { throw 0 } catch (e) { 'c' }"));
console.log("\"1; switch (1) {}\"", '->', eval("1; switch (1) {}"));
console.log("\"switch (2) { case 2: 'two'; }\"", '->', eval("switch (2) { case 2: 'two'; }"));
console.log("\"for (var i = 0; i < 3; i++) i * 10\"", '->', eval("for (var i = 0; i < 3; i++) i * 10"));
console.log("\"'use strict'\"", '->', eval("'use strict'"));
console.log("\"1; function fd() {}\"", '->', eval("1; function fd() {}"));
console.log("\"1; class K {}\"", '->', eval("1; class K {}"));
console.log("\"1; let q = 2;\"", '->', eval("1; let q = 2;"));
console.log("\"\"", '->', eval(""));
console.log("\"var o = { a: 1 }; o\"", '->', eval("var o = { a: 1 }; o"));
console.log("\"x: for (;;) { 3; break x; }\"", '->', eval("x: for (;;) { 3; break x; }"));

// The caller's bindings: parameters, let/const, closures, this, arguments.
function scope(a) {
  let b = 10;
  const c = 5;
  eval("var d = a + b + c;");
  const get = () => d;
  eval("d += 1; b = 20;");
  return [d, b, get(), eval("arguments.length"), eval("typeof this")];
}
console.log(scope.call({}, 1, 2, 3));

// A closure created before the eval still sees the var it declares.
function later() {
  const read = () => typeof v;
  const before = read();
  eval("var v = 'now'");
  return [before, read(), v];
}
console.log(later());

// Function declarations leak too, and are created when the eval runs.
function fns() {
  const t = typeof inner;
  eval("function inner() { return 'inner'; }");
  return [t, inner()];
}
console.log(fns());

// Strict code keeps its declarations to itself.
function strict() {
  "use strict";
  eval("var s = 1; function sf() {}");
  return [typeof s, typeof sf, eval("var t = 2; t")];
}
console.log(strict());
function selfStrict() {
  eval("'use strict'; var u = 1;");
  return typeof u;
}
console.log(selfStrict());

// let/const/class in eval code stay inside it.
function lexical() {
  const r = eval("let w = 1; const w2 = 2; class W {} w + w2");
  return [r, typeof w, typeof w2, typeof W];
}
console.log(lexical());

// new.target and super from the caller.
function Ctor() { this.nt = eval("new.target === Ctor"); }
console.log(new Ctor().nt);
class Base { hi() { return 'base'; } }
class Derived extends Base { hi() { return eval("super.hi()") + '+derived'; } }
console.log(new Derived().hi());
console.log((() => eval("typeof this"))());

// A const bound to a visible string, concatenations, templates.
const code = "6 * 7";
console.log(eval(code), eval("'a' + " + "'b'"), eval(`3 - 1`));

// Nested eval: the inner var goes to the same caller.
function nested() {
  eval("eval('var deep = 42')");
  return deep;
}
console.log(nested());

// Conflicts with a lexical declaration are a SyntaxError when the eval runs.
function conflict() {
  let k = 1;
  try { eval("var k = 2"); } catch (e) { console.log(e.name + ': ' + e.message); }
  { let m; try { eval("var m"); } catch (e) { console.log(e.name + ': ' + e.message); } }
  return k;
}
console.log(conflict());
function paramConflict(a, p = eval("var a")) {}
try { paramConflict(1); } catch (e) { console.log(e.name + ': ' + e.message); }

// Early errors in the string: thrown when the call runs, not before.
let ran = false;
function bad() {
  ran = true;
  return eval("var 1x;");
}
try { bad(); } catch (e) { console.log(ran, e instanceof SyntaxError, e.name); }
try { eval("'use strict'; with (a) {}"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { eval("return 1"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { eval("new.target"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { eval("let a; let a;"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { eval("export default 1"); } catch (e) { console.log(e.name + ': ' + e.message); }

// eval shadowed or replaced is an ordinary call.
function shadow() {
  const eval = (s) => 'shadowed ' + s;
  return eval("1 + 1");
}
console.log(shadow());
const saved = globalThis.eval;
globalThis.eval = (s) => 'replaced ' + s;
console.log(eval("2 + 2"));
globalThis.eval = saved;
console.log(eval("2 + 2"));

// Errors thrown by the eval code propagate.
try { eval("throw new RangeError('boom')"); } catch (e) { console.log(e.name, e.message); }

