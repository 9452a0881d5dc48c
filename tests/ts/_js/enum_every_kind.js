"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Enums of every kind: numeric, string, heterogeneous, computed, const
// references, auto-increment after an initializer, merging, namespaces.
var Direction;
(function (Direction) {
    Direction[Direction["Up"] = 1] = "Up";
    Direction[Direction["Down"] = 2] = "Down";
    Direction[Direction["Left"] = 3] = "Left";
    Direction[Direction["Right"] = 4] = "Right";
})(Direction || (Direction = {}));
var Status;
(function (Status) {
    Status["Active"] = "ACTIVE";
    Status["Inactive"] = "INACTIVE";
})(Status || (Status = {}));
var Mixed;
(function (Mixed) {
    Mixed[Mixed["No"] = 0] = "No";
    Mixed["Yes"] = "YES";
    Mixed[Mixed["Maybe"] = 5] = "Maybe";
    Mixed[Mixed["Later"] = 6] = "Later";
})(Mixed || (Mixed = {}));
var Flags;
(function (Flags) {
    Flags[Flags["None"] = 0] = "None";
    Flags[Flags["Read"] = 1] = "Read";
    Flags[Flags["Write"] = 2] = "Write";
    Flags[Flags["Exec"] = 4] = "Exec";
    Flags[Flags["ReadWrite"] = 3] = "ReadWrite";
    Flags[Flags["All"] = 7] = "All";
    Flags[Flags["Neg"] = -8] = "Neg";
    Flags[Flags["Big"] = 1024] = "Big";
    Flags[Flags["Mod"] = 2] = "Mod";
})(Flags || (Flags = {}));
const base = 100;
var Computed;
(function (Computed) {
    Computed[Computed["A"] = 100] = "A";
    Computed[Computed["B"] = 200] = "B";
    Computed[Computed["C"] = "abc".length] = "C";
    Computed[Computed["D"] = 12] = "D";
})(Computed || (Computed = {}));
var Text;
(function (Text) {
    Text["Hello"] = "hi";
    Text["World"] = "world";
    Text["Both"] = "hi!";
})(Text || (Text = {}));
(function (Direction) {
    Direction[Direction["Stop"] = 0] = "Stop";
})(Direction || (Direction = {})); // merging
(function (Direction) {
    function parse(s) {
        return Direction[s];
    }
    Direction.parse = parse;
    Direction.count = 5;
})(Direction || (Direction = {}));
console.log(Direction, Status, Mixed);
console.log(Direction.Up, Direction[2], Direction[Direction.Right], Direction.Stop, Direction[0]);
console.log(Direction.parse("Left"), Direction.count);
console.log(Flags, Flags.All & Flags.Write ? "w" : "-", Flags[3]);
console.log(Computed, Computed[200], Computed[3]);
console.log(Text);
console.log(Object.keys(Mixed), Object.values(Status));
function describe(d) {
    switch (d) {
        case Direction.Up: return "north";
        case Direction.Down: return "south";
        default: return Direction[d] ?? "?";
    }
}
console.log([1, 2, 3, 4, 0, 9].map(describe).join(","));
const s = Status.Active;
console.log(s === "ACTIVE", typeof Status.Inactive, Status["Active"]);
var E;
(function (E) {
    E[E["quoted key"] = 3] = "quoted key";
    E[E["single"] = 4] = "single";
    E[E["computed"] = 5] = "computed";
})(E || (E = {}));
console.log(E, E["quoted key"], E[4]);
console.log(typeof globalThis.Ambient);
var Self;
(function (Self) {
    Self[Self["A"] = 2] = "A";
    Self[Self["B"] = 6] = "B";
    Self[Self["C"] = 7] = "C";
    Self[Self["D"] = 8] = "D";
})(Self || (Self = {}));
console.log(Self);
const suffix = String(Date.now() > 0);
var Dyn;
(function (Dyn) {
    Dyn["A"] = `a-${suffix}`;
    Dyn["B"] = "b" + suffix;
    Dyn[Dyn["C"] = suffix.length] = "C";
    Dyn["D"] = "d3";
    Dyn["E"] = "e1";
})(Dyn || (Dyn = {}));
console.log(Dyn);
