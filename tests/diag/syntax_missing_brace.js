// syntax_missing_brace.js: the file ends inside a function body.
function f() {
  return 1;
