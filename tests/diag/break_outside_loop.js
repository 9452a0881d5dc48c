// break_outside_loop.js: break with no enclosing loop or switch.
function f() {
  break;
}
f();
