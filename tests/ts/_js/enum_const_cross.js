"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Enum corners: negative and computed members, string/number mix, const
// enums in expressions and property keys, enums as object keys and types,
// declare enum (no emit) and declaration merging.
var E;
(function (E) {
    E[E["A"] = -1] = "A";
    E[E["B"] = 0] = "B";
    E[E["C"] = 'c'.length] = "C";
    E[E["D"] = 9] = "D";
    E[E["E"] = -10] = "E";
})(E || (E = {}));
var Mixed;
(function (Mixed) {
    Mixed[Mixed["N"] = 1] = "N";
    Mixed["S"] = "str";
})(Mixed || (Mixed = {}));
(function (E) {
    E[E["F"] = 100] = "F";
})(E || (E = {}));
const perms = { [4 /* Bits.R */]: 'read', [2 /* Bits.W */]: 'write' };
function has(mask, b) { return (mask & b) === b; }
const ks = ['A', 'F'];
console.log(E, 7 /* Bits.All */, perms, has(6 /* Bits.RW */, 2 /* Bits.W */), has(4 /* Bits.R */, 1 /* Bits.X */));
console.log(Mixed, ks.map((k) => E[k]), E[E.D], typeof Ambient);
const d = Math.random() > 2 ? "left" /* Dir.L */ : "right" /* Dir.R */;
console.log(d, `${"left" /* Dir.L */}-${7 /* Bits.All */}`, 6 /* Bits['RW'] */);
