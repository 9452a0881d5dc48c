// object_define_property.js: property descriptors and their defaults.
const o = {};
Object.defineProperty(o, "hidden", { value: 1 });
Object.defineProperty(o, "visible", { value: 2, enumerable: true, writable: true });
console.log(o, Object.keys(o), o.hidden);
o.hidden = 100;
console.log(o.hidden);
console.log(Object.getOwnPropertyDescriptor(o, "hidden"));
console.log(Object.getOwnPropertyDescriptor(o, "visible"));
console.log(Object.getOwnPropertyDescriptor({ n: 5 }, "n"));
let backing = 10;
Object.defineProperty(o, "acc", {
  get() { return backing * 2; },
  set(v) { backing = v; },
  enumerable: true,
  configurable: true,
});
o.acc = 21;
console.log(o.acc, backing, Object.keys(o));
Object.defineProperties(o, { p1: { value: "a", enumerable: true }, p2: { value: "b" } });
console.log(Object.keys(o), o.p2);
try {
  "use strict";
  Object.defineProperty(o, "hidden", { value: 3 });
} catch (e) {
  console.log(e.name + ": " + e.message);
}
function strictWrite() {
  "use strict";
  o.hidden = 5;
}
try {
  strictWrite();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
