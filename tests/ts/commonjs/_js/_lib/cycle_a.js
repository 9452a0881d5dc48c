"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ready = void 0;
exports.ping = ping;
const cycle_b_1 = require("./cycle_b");
function ping(n) { return n <= 0 ? "done" : (0, cycle_b_1.pong)(n - 1); }
exports.ready = true;
console.log("cycle_a: loaded; cycle_b saw", cycle_b_1.seenFromB);
