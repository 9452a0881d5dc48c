// commonjs_default.ts: without a tsconfig, a .ts file with imports is
// emitted as tsc --module nodenext emits it outside "type": "module":
// CommonJS, with esModuleInterop. Its imports run in order, as require().
console.log("first statement", typeof require, this === exports);
import { EventEmitter } from "events";
import assert from "assert";
import * as util from "util";
import json from "./_lib/data.json";

export const emitter = new EventEmitter();
emitter.on("ping", (n: number) => console.log("ping", n));
emitter.emit("ping", 1);
assert.strictEqual(1, 1);
console.log(util.format("%s:%d", "x", 2), typeof json, Object.keys(module.exports));
export let state = "start";
export function setState(s: string) { state = s; }
setState("changed");
console.log(state, exports.state, require.main === module);
try {
  console.log(notYet);
} catch (e) {
  console.log((e as Error).constructor.name);
}
export const notYet = 1;
function hoisted() { return exports.later; }
export const later = "later";
console.log(hoisted());
