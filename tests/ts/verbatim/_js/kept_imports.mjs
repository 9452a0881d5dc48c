// kept_imports.mts: verbatimModuleSyntax keeps every import not marked
// `type` (so the module below is loaded though its value is unused), and
// const enums keep their object as well as being inlined.
import { unused } from "./_lib/effects.mjs";
import {} from "./_lib/effects.mjs";
var Mode;
(function (Mode) {
    Mode[Mode["On"] = 1] = "On";
    Mode[Mode["Off"] = 0] = "Off";
})(Mode || (Mode = {}));
const s = { n: Mode.On };
console.log(s, typeof Mode, Mode[1]);
