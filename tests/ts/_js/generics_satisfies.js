"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Generics with constraints, overloads, satisfies, as const, keyof, mapped
// results, definite assignment and non-null assertions.
const ROUTES = {
    home: "/",
    user: "/users/:id",
    post: "/posts/:postId/comments/:commentId",
};
function params(name) {
    return ROUTES[name].split("/").filter(p => p.startsWith(":")).map(p => p.slice(1));
}
function pick(obj, ...keys) {
    const out = {};
    for (const k of keys)
        out[k] = obj[k];
    return out;
}
function first(xs) {
    return typeof xs === "string" ? xs.charAt(0) : xs[0];
}
class Box {
    #value;
    count;
    static of(v) { const b = new Box(); b.#value = v; b.count = 1; return b; }
    map(f) { return Box.of(f(this.#value)); }
    get() { return this.#value; }
    toString() { return `Box(${this.#value})`; }
}
const palette = {
    red: [255, 0, 0],
    green: "#00ff00",
};
const tuple = [1, "two", { three: 3 }];
const lits = (...xs) => xs;
console.log(params("home"), params("user"), params("post"));
console.log(pick({ a: 1, b: "x", c: true }, "a", "c"));
console.log(first("hello"), first([3, 2, 1]), first([]));
const b = Box.of(21).map(n => n * 2).map(n => `n=${n}`);
console.log(String(b), b.get(), b.count, Object.keys(b));
console.log(palette.green.toUpperCase(), palette.red.map(x => x / 255));
console.log(tuple, lits(1, 2, "x"));
let late;
function init() { late = "set"; }
init();
console.log(late.length, late.toUpperCase());
const maybe = { deep: { v: 4 } };
console.log(maybe.deep.v, maybe?.deep?.v + 1);
const n = "5";
console.log(typeof n, n);
const id = x => x;
console.log(id(7), id("s"));
function assertIsString(v) {
    if (typeof v !== "string")
        throw new TypeError("not a string: " + typeof v);
}
try {
    assertIsString(3);
}
catch (e) {
    console.log(String(e));
}
function isNum(v) { return typeof v === "number"; }
console.log([1, "a", 2].filter(isNum));
