"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// enum_computed.ts: constant expressions folded as tsc folds them, members
// referring to earlier members (bare, E.X and E["X"]), other enums, and
// non-constant initializers evaluated at run time.
var Flags;
(function (Flags) {
    Flags[Flags["None"] = 0] = "None";
    Flags[Flags["A"] = 1] = "A";
    Flags[Flags["B"] = 2] = "B";
    Flags[Flags["C"] = 3] = "C";
    Flags[Flags["D"] = -2] = "D";
    Flags[Flags["E"] = 2] = "E";
    Flags[Flags["F"] = 16] = "F";
})(Flags || (Flags = {}));
var Size;
(function (Size) {
    Size[Size["Small"] = 2] = "Small";
    Size[Size["Large"] = 20] = "Large";
    Size[Size["Huge"] = 21] = "Huge";
    Size[Size["Giant"] = 42] = "Giant";
})(Size || (Size = {}));
var Text;
(function (Text) {
    Text["Hello"] = "hello";
    Text[Text["Len"] = Text.Hello.length] = "Len";
    Text["Tpl"] = "t";
    Text["Both"] = "t!";
})(Text || (Text = {}));
var Other;
(function (Other) {
    Other[Other["X"] = 5] = "X";
    Other[Other["Y"] = 6] = "Y";
})(Other || (Other = {}));
let calls = 0;
function next() { return ++calls * 100; }
var Runtime;
(function (Runtime) {
    Runtime[Runtime["First"] = next()] = "First";
    Runtime[Runtime["Second"] = next()] = "Second";
    Runtime[Runtime["Third"] = Runtime.First + 1] = "Third";
})(Runtime || (Runtime = {}));
var Shift;
(function (Shift) {
    Shift[Shift["S"] = 15] = "S";
    Shift[Shift["R"] = -4] = "R";
    Shift[Shift["M"] = 3] = "M";
    Shift[Shift["Dv"] = 0.25] = "Dv";
})(Shift || (Shift = {}));
console.log(Flags, Size, Text, Other);
console.log(Runtime, calls, Shift);
let boom = false;
try {
    let Bad;
    (function (Bad) {
        Bad[Bad["Ok"] = 1] = "Ok";
        Bad[Bad["Throws"] = (() => { boom = true; throw new Error("init failed"); })()] = "Throws";
    })(Bad || (Bad = {}));
    console.log(Bad);
}
catch (e) {
    console.log(e.message, boom);
}
