import { createRequire as _createRequire } from "module";
const __require = _createRequire(import.meta.url);
// An ES module TypeScript file: import = require through createRequire,
// JSON via require, top-level await, enums and namespaces exported.
import { createRequire } from 'node:module';
const path = __require("node:path");
import * as os from 'node:os';
const require = createRequire(import.meta.url);
const pkgish = require('node:util').inspect ? { name: 'util-ok' } : {};
export var Level;
(function (Level) {
    Level[Level["Low"] = 1] = "Low";
    Level[Level["High"] = 10] = "High";
})(Level || (Level = {}));
export var Config;
(function (Config) {
    Config.defaults = { level: Level.Low, name: 'cfg' };
    function merge(a, b) { return { ...a, ...b }; }
    Config.merge = merge;
})(Config || (Config = {}));
const wait = (ms) => new Promise((r) => setTimeout(() => r(ms), ms));
const got = await wait(2);
console.log(got, path.posix.join('a', 'b'), typeof os.EOL, pkgish.name);
console.log(Config.merge(Config.defaults, { level: Level.High }), Level[10]);
console.log(typeof import.meta.url, import.meta.url.startsWith('file:'));
