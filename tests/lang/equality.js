// equality.js: == versus === and their coercions.
console.log(1 == 1, 1 === 1, 1 == "1", 1 === "1");
console.log(0 == "", 0 == "0", "" == "0", 0 == false, "" == false);
console.log(null == undefined, null === undefined, null == 0, undefined == 0);
console.log(null == false, undefined == false, null == null);
console.log(NaN == NaN, NaN === NaN, NaN != NaN);
console.log("1" == true, "2" == true, [] == false, [0] == false, [1] == 1);
console.log([1, 2] == "1,2", ({}) == "[object Object]");
const a = { x: 1 };
const b = { x: 1 };
const c = a;
console.log(a == b, a === b, a == c, a === c);
console.log("abc" === "ab" + "c", "abc" == new String("abc").toString());
console.log(0 === -0, 0 == -0, Infinity == Infinity);
console.log(1 != 2, 1 !== 1, "a" != "a", "1" !== 1);
const v = { valueOf() { return 7; } };
console.log(v == 7, v === 7, v == "7");
