"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Generic call and arrow syntax that looks like comparisons: `<T,>`
// arrows, explicit type arguments, instantiation expressions, optional
// calls with type arguments, and real comparisons next to them.
const identity = (x) => x;
const pair = (a, b) => [a, b];
const later = async (v) => Object.keys(v)[0];
function makeBox(value) { return { value }; }
const makeStringBox = (makeBox);
class Registry {
    map = new Map();
    set(k, v) { this.map.set(k, v); return this; }
    get(k) { return this.map.get(k); }
}
const a = 1, b = 2, c = 3;
console.log(identity(5), pair("x", "y"), makeStringBox("s"));
console.log(a < b, b > c, (a < b) > false, a < b === true);
const r = new Registry().set("one", 1).set("two", 2);
console.log(r.get("one"), r.get("two"), r.get("none"));
const obj = { m: x => [x, x] };
console.log(obj.m?.(3), obj.n?.("x"));
later({ first: 1 }).then(k => console.log("later", k));
const f = function (xs) { return xs.at(-1); };
console.log(f(["p", "q"]));
const cmp = (x, y) => x < y ? -1 : x > y ? 1 : 0;
console.log([3, 1, 2].sort(cmp), [[1, 2], [3]].map(xs => xs.length > 1));
const arr = [[1]];
const m2 = new Map([["k", [{ a: 1 }]]]);
console.log(arr, m2.get("k")?.[0]?.a, "cast", [1, 2].length);
let g = identity;
console.log(g(true), typeof g);
