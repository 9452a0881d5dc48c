import { createRequire as _createRequire } from "module";
const __require = _createRequire(import.meta.url);
// enum_esm.mts: enums, namespaces and `import = require` in an ES module
// TypeScript file (tsc builds a require with module.createRequire).
const fs = __require("fs");
export var Level;
(function (Level) {
    Level[Level["Debug"] = 0] = "Debug";
    Level[Level["Info"] = 10] = "Info";
})(Level || (Level = {}));
export var Log;
(function (Log) {
    Log.prefix = "[" + Level[10] + "]";
})(Log || (Log = {}));
console.log(Level, Log.prefix, typeof fs.readFileSync, typeof import.meta.url);
