// enum_esm.mts: enums, namespaces and `import = require` in an ES module
// TypeScript file (tsc builds a require with module.createRequire).
import fs = require("fs");
export enum Level { Debug, Info = 10 }
export namespace Log { export const prefix = "[" + Level[10] + "]"; }
console.log(Level, Log.prefix, typeof fs.readFileSync, typeof import.meta.url);
