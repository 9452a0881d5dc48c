// main.mts: an ES module importing TypeScript modules emitted as CommonJS.
import lib, { value, Tool, tag, own } from "./_lib/lib.js";
import * as ns from "./_lib/lib.js";
import { later } from "./_lib/dynamic.js";
console.log(value, new Tool().name, tag, own, Object.keys(ns));
console.log(lib.value === value, lib.default, typeof lib.__esModule);
later().then((m) => console.log("import() in a CommonJS .ts", Object.keys(m), m.default === m.value));
