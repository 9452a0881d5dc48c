// object_freeze.js: freeze, seal, preventExtensions (sloppy and strict).
const f = Object.freeze({ a: 1, inner: { b: 2 } });
f.a = 2;
f.c = 3;
delete f.a;
f.inner.b = 20;
console.log(f, Object.isFrozen(f), Object.isFrozen(f.inner));
const s = Object.seal({ x: 1 });
s.x = 2;
s.y = 3;
delete s.x;
console.log(s, Object.isSealed(s), Object.isFrozen(s));
const p = Object.preventExtensions({ k: 1 });
p.k = 2;
p.n = 3;
delete p.k;
console.log(p, Object.isExtensible(p));
function strictAssign(obj, key, v) {
  "use strict";
  obj[key] = v;
}
for (const pair of [[f, "a"], [s, "y"], [p, "z"]]) {
  try {
    strictAssign(pair[0], pair[1], 9);
    console.log("no error");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
const arr = Object.freeze([1, 2, 3]);
try {
  arr.push(4);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(arr, Object.isFrozen("primitive"));
