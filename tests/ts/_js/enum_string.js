"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// enum_string.ts: string members (no reverse mapping), mixed enums, and
// members whose names are strings.
var Dir;
(function (Dir) {
    Dir["Up"] = "UP";
    Dir["Down"] = "DOWN";
})(Dir || (Dir = {}));
var Mixed;
(function (Mixed) {
    Mixed[Mixed["No"] = 0] = "No";
    Mixed["Yes"] = "yes";
    Mixed[Mixed["Later"] = 5] = "Later";
})(Mixed || (Mixed = {}));
var Quoted;
(function (Quoted) {
    Quoted[Quoted["with space"] = 1] = "with space";
    Quoted["single"] = "s";
    Quoted[Quoted["plain"] = 3] = "plain";
})(Quoted || (Quoted = {}));
console.log(Dir.Up, Dir["Down"], Dir.UP);
console.log(Mixed, Quoted);
console.log(Quoted["with space"], Quoted[1], Quoted.single);
const all = Object.keys(Dir).map(k => Dir[k]);
console.log(all.join(","));
