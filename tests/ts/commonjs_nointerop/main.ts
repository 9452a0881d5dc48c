// main.ts: CommonJS emit without esModuleInterop (tsc's default for
// "module": "commonjs"), a .cts module, and the target's class fields.
import plain from "./_lib/plain.js";
import * as plainNs from "./_lib/plain.js";
import { named } from "./_lib/plain.js";
import marked from "./_lib/marked.js";
import * as os from "os";
import { greet, Counter } from "./_lib/helpers.cjs";
import type { Counter as C2 } from "./_lib/helpers.cjs";

console.log(plain, plainNs === require("./_lib/plain.js"), named, marked);
console.log(typeof os.EOL, greet("cts"));
const c: C2 = new Counter();
c.add(2);
console.log(c, Object.keys(c));
export {};
console.log(module.exports, Object.keys(exports));
import("./_lib/marked.js").then((m) => console.log("import()", m.default, m === require("./_lib/marked.js")));
