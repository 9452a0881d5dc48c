"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const m = 3 /* Mode.Both */;
console.log(1 /* Mode.Read */, 2 /* Mode["Write"] */, m, "mode" /* Mode.Name */);
function can(x, want) { return (x & want) === want; }
console.log(can(3 /* Mode.Both */, 2 /* Mode.Write */), can(1 /* Mode.Read */, 2 /* Mode.Write */));
const table = { [1 /* Mode.Read */]: "r", [2 /* Mode.Write */]: "w" };
console.log(table);
switch (m) {
    case 1 /* Mode.Read */:
        console.log("read");
        break;
    case 3 /* Mode.Both */:
        console.log("both");
        break;
}
console.log(typeof globalThis.Mode);
