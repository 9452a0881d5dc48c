// loops_for.js: for, for-in (key order), for-of over arrays and strings.
let s = 0;
for (let i = 1; i <= 10; i++) s += i;
console.log(s);
for (let i = 10; i > 0; i -= 4) console.log(i);
let k = 0;
for (;;) {
  if (++k > 3) break;
}
console.log(k);
const o = { b: 1, a: 2, 10: "ten", 2: "two", z: 3, "-1": "neg" };
const keys = [];
for (const key in o) keys.push(key);
console.log(keys.join(","));
function P() { this.own = 1; }
P.prototype.inh = 2;
const p = new P();
const pk = [];
for (const key in p) pk.push(key);
console.log(pk);
const arr = ["x", "y", "z"];
for (const i in arr) console.log(i, typeof i, arr[i]);
for (const v of arr) console.log(v);
for (const ch of "héllo") console.log(ch);
let sum = 0;
for (const n of [1, 2, 3, 4]) {
  if (n % 2) continue;
  sum += n;
}
console.log(sum);
const nested = [[1, 2], [3, 4]];
for (const row of nested) for (const cell of row) console.log(cell);
