// if_else.js: if/else chains and truthiness of every kind of value.
const values = [0, 1, -1, "", "0", " ", null, undefined, NaN, [], {}, Infinity, -0];
const out = [];
for (const v of values) {
  if (v) out.push("T");
  else out.push("F");
}
console.log(out.join(""));
function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "large";
}
console.log([-5, 0, 3, 42].map(classify).join(" "));
let x = 5;
if (x > 3)
  if (x > 4) console.log("dangling else binds inner: >4");
  else console.log("<=4");
if (x > 10) {
  console.log("no");
} else if (x > 2) {
  console.log("yes");
}
if (!x) console.log("not printed");
