// import_json.ts: `import x = require("./x.json")` in a file that also has
// ES imports (kiln compiles it as a module, tsc as CommonJS).
import { basename } from "path";
import data = require("./_lib/data.json");
console.log(basename("/x/y.json"), data.name, data.list.length);
