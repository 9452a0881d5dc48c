// let/const reads: each has its TDZ check until a pass proves it initialised.
let a = 1;
const b = a + 1;
function f() { return a + b; }
{
  let c = b;
  c = c + a;
  f(c);
}
