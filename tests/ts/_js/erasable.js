"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const sym = Symbol("u");
class Base {
    count;
    #level_accessor_storage = 3;
    get level() { return this.#level_accessor_storage; }
    set level(value) { this.#level_accessor_storage = value; }
    static sharedCount = 0;
    describe(suffix) { return `${this.name}:${this.area()}${suffix ?? ""}`; }
}
class Sq extends Base {
    side;
    name = "sq";
    constructor(side) {
        super();
        this.side = side;
    }
    area() { return this.side ** 2; }
}
function over(x) { return x; }
const cfg = { a: 1, b: [1, 2] };
const sat = { k: "v" };
const n = "5";
let definite;
definite = 3;
const s = new Sq(3);
s.level += 1;
console.log(s.describe(), s.describe("!"), over(2), cfg, sat, n, definite);
console.log(Object.keys(s), "opt" in s, "tag" in s, s.level, Sq.sharedCount, typeof sym);
const fnx = function (x) { return x * 2; };
console.log(fnx(4), "cast");
class Box {
    #value_accessor_storage = "v";
    get value() { return this.#value_accessor_storage; }
    set value(value) { this.#value_accessor_storage = value; }
}
const bx = new Box();
bx.value += "!";
console.log(bx.value, Object.keys(bx), Object.getOwnPropertyNames(Box.prototype));
