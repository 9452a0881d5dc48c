"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Counter = void 0;
exports.greet = greet;
const util_1 = require("util");
function greet(who) { return (0, util_1.format)("hello %s from %s", who, typeof module); }
class Counter {
    constructor() {
        this.total = 0;
    }
    add(n) { this.total += n; }
}
exports.Counter = Counter;
