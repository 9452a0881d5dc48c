// object_literals.js: shorthand, computed keys, methods, key order, nesting.
const x = 1, y = 2;
const key = "dyn";
const o = {
  x,
  y,
  [key]: "computed",
  [key + "2"]: "computed2",
  ["a" + 1]: true,
  "quoted key": 3,
  42: "num",
  1.5: "float key",
  method() { return this.x + this.y; },
  nested: { deep: { deeper: [1, 2] } },
};
console.log(o);
console.log(o.method(), o.dyn, o["quoted key"], o[42], o["1.5"]);
console.log(Object.keys(o).join(","));
const later = {};
later.b = 1;
later.a = 2;
later[3] = 3;
later[1] = 1;
console.log(later);
const dup = { a: 1, b: 2, a: 3 };
console.log(dup);
const empty = {};
console.log(empty, Object.keys(empty).length);
console.log(o.missing, o.nested.deep.deeper[1]);
const counter = { n: 0, bump() { this.n++; return this; } };
console.log(counter.bump().bump().n);
