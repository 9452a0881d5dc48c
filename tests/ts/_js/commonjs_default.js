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
exports.later = exports.notYet = exports.state = exports.emitter = void 0;
exports.setState = setState;
// commonjs_default.ts: without a tsconfig, a .ts file with imports is
// emitted as tsc --module nodenext emits it outside "type": "module":
// CommonJS, with esModuleInterop. Its imports run in order, as require().
console.log("first statement", typeof require, this === exports);
const events_1 = require("events");
const assert_1 = __importDefault(require("assert"));
const util = __importStar(require("util"));
const data_json_1 = __importDefault(require("./_lib/data.json"));
exports.emitter = new events_1.EventEmitter();
exports.emitter.on("ping", (n) => console.log("ping", n));
exports.emitter.emit("ping", 1);
assert_1.default.strictEqual(1, 1);
console.log(util.format("%s:%d", "x", 2), typeof data_json_1.default, Object.keys(module.exports));
exports.state = "start";
function setState(s) { exports.state = s; }
setState("changed");
console.log(exports.state, exports.state, require.main === module);
try {
    console.log(exports.notYet);
}
catch (e) {
    console.log(e.constructor.name);
}
exports.notYet = 1;
function hoisted() { return exports.later; }
exports.later = "later";
console.log(hoisted());
