// kept_imports.mts: verbatimModuleSyntax keeps every import not marked
// `type` (so the module below is loaded though its value is unused), and
// const enums keep their object as well as being inlined.
import { unused } from "./_lib/effects.mjs";
import { type Shape } from "./_lib/effects.mjs";
const enum Mode { On = 1, Off = 0 }
const s: Shape = { n: Mode.On };
console.log(s, typeof Mode, (Mode as any)[1]);
