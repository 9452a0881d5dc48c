// An ESM package (type: module) under verbatimModuleSyntax: type-only
// imports marked, a .mts module with TC39 decorators, a .cts module with
// `export =` imported through createRequire, useDefineForClassFields off.
import Store, { byPriority, TaskStore } from "./_src/store.mjs";
import { Priority } from "./_src/types.js";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const slug = require("./_src/legacy.cjs");
const s = new Store();
s.add("Write report", Priority.High);
s.add("Buy milk");
s.add("Call Bob", Priority.Low);
s.complete(2);
try {
    s.add("x".repeat(30));
}
catch (e) {
    console.log(e.message);
}
const open = (t) => !t.done;
console.log(s.query(byPriority(Priority.Normal)).map((t) => t.title));
console.log(s.query(open).map((t) => `${t.id}:${Priority[t.priority]}`));
console.log(TaskStore.calls, Store === TaskStore);
console.log(Object.keys(s), "kind" in s, "title" in s);
console.log(slug("Hello, World!"), slug.join("A b", "C&D"), slug.sep);
await new Promise((r) => setTimeout(r, 1));
console.log("done", typeof require);
