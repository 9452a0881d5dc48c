// object_keys_entries.js: Object.keys/values/entries and own-key order.
const o = { b: 2, a: 1, 10: "x", 1: "y", c: undefined };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o).map((e) => e.join("=")).join(" "));
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
console.log(Object.keys(child), Object.entries(child));
console.log(Object.keys([5, 6, 7]), Object.keys("abc"), Object.keys({}));
const pairs = [];
for (const kv of Object.entries({ x: 1, y: 2 })) pairs.push(kv[0] + "=" + kv[1]);
console.log(pairs.join("&"));
console.log(Object.fromEntries([["a", 1], ["b", 2]]));
console.log(Object.getOwnPropertyNames({ p: 1, q: 2 }));
console.log(o.hasOwnProperty("a"), Object.hasOwn(o, "z"), Object.prototype.hasOwnProperty.call(o, "c"));
