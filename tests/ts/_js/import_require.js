"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// import_require.ts: `import x = require()` of built-ins and of a module
// written with `export =`; unused and type-only imports are dropped as tsc
// drops them, so their modules are not loaded.
const path = require("path");
const Counter = require("./_lib/counter");
const n = { name: "x" };
const id = 1;
let s;
const c = new Counter(Counter.start);
c.inc();
console.log(path.extname("a/b.ts"), c.n, n, id, s);
let u;
console.log(u);
