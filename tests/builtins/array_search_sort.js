// array_search_sort.js: indexOf/includes/join/sort/slice/concat/at.
const a = [3, 1, 10, 2, 21];
console.log(a.slice().sort(), a.slice().sort((x, y) => x - y), a);
console.log(["b", "a", "C", "é"].sort(), [true, false, null, undefined, 2].sort());
const people = [{ n: "x", age: 30 }, { n: "y", age: 25 }, { n: "z", age: 30 }, { n: "w", age: 25 }];
console.log(people.sort((p, q) => p.age - q.age).map((p) => p.n).join(""));
console.log(a.indexOf(10), a.indexOf(99), a.lastIndexOf(1), [NaN].indexOf(NaN), [NaN].includes(NaN));
console.log(a.includes(2), a.includes("2"), a.join("-"), a.join(), [null, undefined, 1].join("+"));
console.log(a.slice(1, 3), a.slice(-2), a.slice(2, 1), a.concat([7], 8).join(","));
console.log(a.at(0), a.at(-1), a.at(99));
console.log(Array.isArray(a), Array.isArray("no"), a.toString(), String([[1, 2], [3]]));
console.log([3, 2, 1].toSorted(), [1, 2, 3].toReversed());
const nums = [5, 25, 100, 1];
nums.sort();
console.log(nums);
