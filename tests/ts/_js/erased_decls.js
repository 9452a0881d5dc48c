"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fs_1 = require("fs");
class Shape {
}
let u;
const sym = Symbol("k");
function f(x) { return x[0]; }
const p = "./nope";
console.log((0, fs_1.existsSync)(p), f(["a", "b"]), typeof sym);
function overload(a) { return a; }
console.log(overload("x"), overload(1));
let v = globalThis.__appVersion ?? "none";
console.log(v, typeof globalThis.NS, typeof globalThis.Ambient);
let t = "prefix-1";
let tu = ["a", 1, true];
let c = "s";
console.log(t, tu, c);
var Kind;
(function (Kind) {
    Kind["A"] = "a";
})(Kind || (Kind = {}));
const kk = "A";
console.log(Kind[kk]);
class Impl {
}
console.log(Object.getOwnPropertyNames(Impl.prototype));
