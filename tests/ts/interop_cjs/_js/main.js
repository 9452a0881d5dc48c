"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// esModuleInterop in a CommonJS build: default imports of node built-ins
// and of CommonJS modules, `import * as`, `import = require`, live
// bindings of `export let`, an `__esModule` module's default.
const path_1 = __importDefault(require("path"));
const os = __importStar(require("os"));
const events_1 = require("events");
const events_2 = __importDefault(require("events"));
const util = require("util");
const legacy_1 = __importDefault(require("./_src/legacy"));
const legacyNs = __importStar(require("./_src/legacy"));
const flags_1 = __importStar(require("./_src/flags"));
const shape_1 = __importStar(require("./_src/shape"));
const shapeMod = require("./_src/shape");
console.log(path_1.default.posix.join("a", "b"), typeof os.EOL, events_2.default === events_1.EventEmitter);
console.log(util.format("%s=%d", "n", 42), typeof util.inspect);
console.log((0, legacy_1.default)("x"), legacy_1.default.version, typeof legacyNs, typeof legacyNs.default, legacyNs.helper());
console.log(flags_1.default, flags_1.enabled, flags_1.level);
console.log(String(new shape_1.default()), String(shape_1.unit), shape_1.counter, (0, shape_1.bump)(), (0, shape_1.bump)(), shape_1.counter);
console.log(Object.keys(shapeMod), shapeMod.default === shape_1.default, shapeMod.counter);
const e = new events_2.default();
e.on("x", (v) => console.log("got", v));
e.emit("x", 1);
