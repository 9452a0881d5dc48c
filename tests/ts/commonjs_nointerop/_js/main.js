"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// main.ts: CommonJS emit without esModuleInterop (tsc's default for
// "module": "commonjs"), a .cts module, and the target's class fields.
const plain_js_1 = require("./_lib/plain.js");
const plainNs = require("./_lib/plain.js");
const plain_js_2 = require("./_lib/plain.js");
const marked_js_1 = require("./_lib/marked.js");
const os = require("os");
const helpers_cjs_1 = require("./_lib/helpers.cjs");
console.log(plain_js_1.default, plainNs === require("./_lib/plain.js"), plain_js_2.named, marked_js_1.default);
console.log(typeof os.EOL, (0, helpers_cjs_1.greet)("cts"));
const c = new helpers_cjs_1.Counter();
c.add(2);
console.log(c, Object.keys(c));
console.log(module.exports, Object.keys(exports));
Promise.resolve().then(() => require("./_lib/marked.js")).then((m) => console.log("import()", m.default, m === require("./_lib/marked.js")));
