// let_const_scope.js: block scoping and shadowing with let and const.
let a = 1;
{
  let a = 2;
  console.log(a);
  {
    const a = 3;
    console.log(a);
  }
  console.log(a);
}
console.log(a);
const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
if (true) {
  let onlyHere = "inside";
  console.log(onlyHere);
}
console.log(typeof onlyHere);
for (let i = 0; i < 2; i++) {
  let i2 = i * 10;
  console.log(i, i2);
}
let x = "outer";
function f() {
  let x = "inner";
  return x;
}
console.log(f(), x);
switch (1) {
  case 1: {
    let s = "case block";
    console.log(s);
  }
}
try {
  const c = 1;
  c = 2;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  console.log(tdz);
  let tdz = 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
