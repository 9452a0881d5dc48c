// relational.js: < > <= >= on numbers, strings and mixes.
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1);
console.log("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a");
console.log("10" < "9", 10 < 9, "10" < 9, 10 < "9");
console.log(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN);
console.log(undefined < 1, null < 1, null >= 0, null <= 0, null > -1);
console.log("a" < 1, "a" > 1, true > false, true >= 1);
console.log([2] > 1, [1, 2] < 3, -Infinity < -1e308);
const o = { valueOf() { return 3; } };
console.log(o > 2, o < 4, o >= 3);
console.log("Z" < "a", "é" > "z");
