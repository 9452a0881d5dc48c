"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// import_json.ts: `import x = require("./x.json")` in a file that also has
// ES imports (kiln compiles it as a module, tsc as CommonJS).
const path_1 = require("path");
const data = require("./_lib/data.json");
console.log((0, path_1.basename)("/x/y.json"), data.name, data.list.length);
