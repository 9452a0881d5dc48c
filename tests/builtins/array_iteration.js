// array_iteration.js: forEach/map/filter/reduce/some/every/find/flat.
const xs = [1, 2, 3, 4, 5, 6];
const seen = [];
xs.forEach((x, i, arr) => seen.push(x * i + arr.length));
console.log(seen);
console.log(xs.map((x) => x * x), xs.filter((x) => x % 2 === 0));
console.log(xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 100));
console.log(xs.reduceRight((acc, x) => acc + x, ""));
console.log(xs.some((x) => x > 5), xs.some((x) => x > 6), xs.every((x) => x > 0));
console.log(xs.find((x) => x > 3), xs.findIndex((x) => x > 3), xs.find((x) => x > 9));
console.log(xs.findLast((x) => x % 2 === 1), xs.findLastIndex((x) => x > 100));
console.log([[1, 2], [3, [4, [5]]]].flat(), [[1, [2, [3]]]].flat(Infinity));
console.log([1, 2].flatMap((x) => [x, x * 10]));
console.log(["a", "b"].map((c, i) => c + i), ["1", "2", "3"].map(Number));
console.log([1, , 3].map((x) => x * 2));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(Array.from({ length: 4 }, (_, i) => i * i));
const entries = [];
for (const e of ["p", "q"].entries()) entries.push(e[0] + ":" + e[1]);
console.log(entries);
