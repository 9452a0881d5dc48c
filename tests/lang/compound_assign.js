// compound_assign.js: every compound assignment operator, evaluated once.
let a = 10;
a += 5; console.log(a);
a -= 3; console.log(a);
a *= 2; console.log(a);
a /= 4; console.log(a);
a %= 4; console.log(a);
a **= 3; console.log(a);
let s = "ab";
s += "cd"; s += 1; console.log(s);
let count = 0;
const obj = { v: 1 };
function get() { count++; return obj; }
get().v += 10;
get()["v"] *= 2;
console.log(obj.v, count);
const arr = [1, 2, 3];
let i = 0;
arr[i++] += 100;
console.log(arr, i);
let x, y, z;
x = y = z = 7;
console.log(x, y, z);
