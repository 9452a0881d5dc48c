// main.ts: an ES module (nodenext, "type": "module"): imports are hoisted,
// no require, `this` is undefined, top-level await and import.meta work.
console.log("main body", typeof require, typeof module, this);
import { loadedAt, counter, bump } from "./_lib/dep.js";
import * as dep from "./_lib/dep.js";
const value = await Promise.resolve(41);
bump();
console.log(loadedAt, counter, value + 1, typeof import.meta.url, Object.keys(dep));
