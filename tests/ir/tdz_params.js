// dump-ir-after: tdz
// Parameters with default values are initialised once the parameter list
// has run: reads in the body need no TDZ check, reads in a later default of
// a parameter still to come keep theirs.
function defaults(a, b = 2, c = a + b) {
  return a + b + c;
}
function fromEarlier(a = b, b = 1) {
  return a + b;
}
function destructured({ x, y } = {}, z = x) {
  return x + y + z;
}
defaults(1); fromEarlier(undefined, 2); destructured({ x: 1, y: 2 });
