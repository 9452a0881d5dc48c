"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// enum_numeric.ts: numeric enums with reverse mapping, auto-increment
// after explicit values, negative and fractional members.
var Color;
(function (Color) {
    Color[Color["Red"] = 0] = "Red";
    Color[Color["Green"] = 1] = "Green";
    Color[Color["Blue"] = 2] = "Blue";
})(Color || (Color = {}));
var Status;
(function (Status) {
    Status[Status["Active"] = 1] = "Active";
    Status[Status["Paused"] = 2] = "Paused";
    Status[Status["Stopped"] = 10] = "Stopped";
    Status[Status["Gone"] = 11] = "Gone";
})(Status || (Status = {}));
var Signed;
(function (Signed) {
    Signed[Signed["Neg"] = -3] = "Neg";
    Signed[Signed["Next"] = -2] = "Next";
    Signed[Signed["Frac"] = 1.5] = "Frac";
    Signed[Signed["After"] = 2.5] = "After";
})(Signed || (Signed = {}));
console.log(Color.Red, Color.Green, Color.Blue);
console.log(Color[0], Color[2], Color[Color.Green]);
console.log(Status, Signed);
console.log(Object.keys(Color), Object.values(Status));
for (const k in Signed)
    console.log(k, typeof Signed[k]);
function name(c) { return Color[c]; }
console.log(name(Color.Blue), name(7));
let c = Color.Red;
c++;
console.log(c === Color.Green, Color[99]);
