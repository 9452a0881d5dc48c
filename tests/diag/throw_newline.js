// throw_newline.js: no line terminator between throw and its value.
function f() {
  throw
  new Error("x");
}
