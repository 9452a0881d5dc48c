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
console.log(-1 /* Ambient.Low */, 99 /* Ambient.High */, "t" /* Ambient["Tag"] */);
var Holder;
(function (Holder) {
    Holder.one = 1 /* Local.One */;
})(Holder || (Holder = {}));
console.log(Holder.one, 2 /* Holder.Shared.Two */);
