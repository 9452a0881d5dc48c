// import_require.ts: `import x = require()` of built-ins and of a module
// written with `export =`; unused and type-only imports are dropped as tsc
// drops them, so their modules are not loaded.
import path = require("path");
import Counter = require("./_lib/counter");
import unused = require("./_lib/types_only");
import { Named, Id } from "./_lib/types_only";
import type { Shape } from "./_lib/shapes";
const n: Named = { name: "x" };
const id: Id = 1;
let s: Shape | undefined;
const c = new Counter(Counter.start);
c.inc();
console.log(path.extname("a/b.ts"), c.n, n, id, s);
let u: typeof unused | undefined;
console.log(u);
