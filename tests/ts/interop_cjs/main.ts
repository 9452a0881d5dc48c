// esModuleInterop in a CommonJS build: default imports of node built-ins
// and of CommonJS modules, `import * as`, `import = require`, live
// bindings of `export let`, an `__esModule` module's default.
import path from "path";
import * as os from "os";
import { EventEmitter } from "events";
import EE from "events";
import util = require("util");
import legacy from "./_src/legacy";
import * as legacyNs from "./_src/legacy";
import flagsDefault, { enabled, level } from "./_src/flags";
import Shape, { unit, counter, bump } from "./_src/shape";
import shapeMod = require("./_src/shape");

console.log(path.posix.join("a", "b"), typeof os.EOL, EE === EventEmitter);
console.log(util.format("%s=%d", "n", 42), typeof util.inspect);
console.log(legacy("x"), legacy.version, typeof legacyNs, typeof (legacyNs as any).default, (legacyNs as any).helper());
console.log(flagsDefault, enabled, level);
console.log(String(new Shape()), String(unit), counter, bump(), bump(), counter);
console.log(Object.keys(shapeMod), shapeMod.default === Shape, shapeMod.counter);
const e = new EE();
e.on("x", (v: number) => console.log("got", v));
e.emit("x", 1);
