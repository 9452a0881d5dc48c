"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// class_syntax.ts: class members TypeScript erases: constructor overloads,
// private constructors, index signatures, abstract accessors, this
// parameters, generics on arrows and methods, assertion functions.
class P {
    a;
    static instance;
    static K = 1;
    constructor(a) {
        this.a = a;
    }
    static get() { return (P.instance ??= new P(5)); }
    toString() { return "P" + this.a; }
    static name2;
    m(u) { return [undefined, u]; }
}
console.log(P.get(), String(P.get()), P.K, P.get().m(2));
class Q {
    show() { return this.v; }
}
class R extends Q {
    get v() { return 7; }
    set v(x) { }
}
console.log(new R().show());
const arrow = async (x) => x;
arrow(3).then(v => console.log("arrow", v));
function assertIsString(v) { if (typeof v !== "string")
    throw new TypeError("nope"); }
function isNum(v) { return typeof v === "number"; }
try {
    assertIsString(1);
}
catch (e) {
    console.log(e.message, isNum(2));
}
let tuple = [1];
const obj = { m(x) { return x; } };
console.log(tuple, obj.m("g"), null?.x);
