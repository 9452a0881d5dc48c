// closure_loop_let.js: a let in a for head gets a fresh binding per
// iteration; var does not.
const lets = [];
for (let i = 0; i < 3; i++) lets.push(() => i);
console.log(lets.map((f) => f()));
const vars = [];
for (var j = 0; j < 3; j++) vars.push(() => j);
console.log(vars.map((f) => f()));
const mutated = [];
for (let k = 0; k < 3; k++) {
  mutated.push(() => k);
  k++;
}
console.log(mutated.map((f) => f()));
const ofs = [];
for (const x of ["a", "b", "c"]) ofs.push(() => x);
console.log(ofs.map((f) => f()));
const ins = [];
for (const key in { p: 1, q: 2 }) ins.push(() => key);
console.log(ins.map((f) => f()));
const w = [];
let n = 0;
while (n < 3) {
  let copy = n;
  w.push(() => copy);
  n++;
}
console.log(w.map((f) => f()));
const shared = [];
for (let i = 0; i < 2; i++) {
  shared.push(() => i++, () => i);
}
console.log(shared[0](), shared[1](), shared[2](), shared[3]());
