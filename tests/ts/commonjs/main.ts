// main.ts: a TypeScript program that tsc emits as CommonJS (tsconfig
// "module": "commonjs", esModuleInterop): the imports are require() calls
// run where they are written, exports are properties of `exports`, and
// CommonJS's require, module, exports, __filename and __dirname exist.
import * as path from "path";
console.log("main: before the imports", typeof require, typeof module, this === module.exports);
import { log } from "./_lib/order_a";
import "./_lib/order_b";
import def, { counter, increment, Shape, helper as h, Mode } from "./_lib/values";
import * as values from "./_lib/values";
import plain from "./_lib/plain.js";
import * as plainNs from "./_lib/plain.js";
import { named } from "./_lib/plain.js";
import marked, { extra } from "./_lib/marked.js";
import fn = require("./_lib/assigned");
import * as barrel from "./_lib/barrel";
import { ping } from "./_lib/cycle_a";
import anon from "./_lib/anon_default";
import { readFileSync } from "fs";

log("main: after the imports");
console.log(typeof __filename, typeof __dirname, path.extname("a.ts"), typeof exports, typeof readFileSync);

// Named imports read the exporting module's current values.
console.log(def, counter, increment(), increment(), counter, values.counter, h(1));
console.log(new Shape(2).area(), Mode.On, Mode[Mode.Off], Object.keys(values));
console.log(values.default === def, require("./_lib/values") === values);

// Default imports of CommonJS: module.exports, unless __esModule says otherwise.
console.log(plain, named, plainNs.default === plain, Object.keys(plainNs));
console.log(marked, extra, fn(3), fn.tag);

// A barrel re-exports values (getters), never its types.
console.log(Object.keys(barrel), barrel.count, barrel.Kind.B, barrel.everything.total);
console.log(barrel);

// A cycle: cycle_b reads cycle_a's exports while cycle_a is still loading.
console.log(ping(3));

console.log(anon(), anon.name);

// Inner declarations shadow the imports.
function shadow(counter: number, def: string) { return [counter, def]; }
{
  const h = "block";
  console.log(shadow(7, "x"), h);
}

// This module's own exports.
export const answer = 42;
export let mutable = 1;
export function bump() { mutable += 1; return mutable; }
export class Widget { constructor(readonly id: number) {} }
export default function () { return "main default"; }
const local = "local";
export { local as renamed };
export const arrow = () => "arrow";
bump();
console.log(module.exports);
console.log(Object.getOwnPropertyDescriptor(exports, "__esModule"), arrow.name);

// import() is a require() in a promise under "module": "commonjs".
import("./_lib/totals").then((m) => console.log("import()", Object.keys(m), m.total));
const which = "plain";
import(`./_lib/${which}.js`).then((m) => console.log("import()", m.default === plain, m));
