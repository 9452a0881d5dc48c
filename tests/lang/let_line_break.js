// `let` at the end of a line, then comments, then the bindings (Babel emits
// this): one declaration, in strict and sloppy code.
"use strict";
function f() {
    let
    t;
    let
    // c
    q, [a, b] = [1, 2];
    let
    [c] = [3];
    t=1;q=2;console.log(t,q,a,b,c)
}
f();
var let_ = 1;
function g() {
  let
  /* c */
  x = 7, y;
  return [x, y];
}
console.log(g());
