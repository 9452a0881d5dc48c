// string_conversion.js: ToString of many values and String.prototype.split
// round trips.
const values = [0, -0, 1.5, -1e-7, 1e21, NaN, Infinity, true, null, undefined,
  [], [1], [1, [2, 3]], {}, "s"];
console.log(values.map((v) => String(v)).join(" | "));
console.log(values.map((v) => typeof v).join(" "));
const csv = "name,age\nann,31\nbob,27";
const rows = csv.split("\n").map((line) => line.split(","));
console.log(rows);
const total = rows.slice(1).reduce((s, r) => s + Number(r[1]), 0);
console.log(total, (total / 2).toFixed(1));
console.log("a-b-c".split("-", 2), "".split(","), "".split(""), "abc".split("", 2));
console.log([1, 2, 3].join(""), [1, 2, 3].join(undefined), Array(3).join("x"));
