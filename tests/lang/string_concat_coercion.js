// string_concat_coercion.js: + with strings, ToPrimitive and ToString.
console.log("a" + 1, 1 + "a", 1 + 2 + "3", "1" + 2 + 3);
console.log("x" + true, "x" + null, "x" + undefined, "x" + NaN);
console.log(1 + true, 1 + null, 1 + undefined, true + true);
console.log([] + [], [] + {}, [1, 2] + [3], String({}));
console.log("" + [1, [2, 3]], "" + [null, undefined, 4]);
const obj = { valueOf() { return 42; } };
const obj2 = { toString() { return "two"; } };
const obj3 = { valueOf() { return 1; }, toString() { return "s"; } };
console.log(obj + 1, obj + "", obj2 + 1, obj2 + "!", `${obj3}`, obj3 + "");
console.log("5" - 2, "5" * "2", "10" / "4", "7" % "4", "2" ** "3");
console.log("abc" - 1, "3" - - "3");
let s = "n=";
s += 5;
s += 0.5;
console.log(s);
console.log(typeof ("" + 1), typeof (1 - "1"));
console.log(String(123), String(true), String(null), String(undefined));
console.log(String([1, 2, 3]), String(function f() {}).length > 0);
