// comma_void_logical.js: comma, conditional and short-circuit operators
// return operand values, not booleans.
let a = (1, 2, 3);
console.log(a);
let n = 0;
const r = (n++, n++, n);
console.log(r, n);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
console.log(0 || "x", "" || 0, "a" || "b", null || undefined);
console.log(1 && 2, 0 && 2, "" && "x", "a" && null);
console.log(null ?? "d", undefined ?? 0, 0 ?? 1, "" ?? "e", false ?? true);
let calls = 0;
function t() { calls++; return true; }
false && t();
true || t();
true && t();
false || t();
console.log(calls);
console.log(true ? "yes" : "no", 0 ? "yes" : "no", 1 > 2 ? 1 : 2 > 1 ? 2 : 3);
console.log(void 0 === undefined);
let x = null;
x ||= 5;
let y = 1;
y &&= 9;
let z;
z ??= "z";
console.log(x, y, z);
