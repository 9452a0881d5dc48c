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
exports.arrow = exports.renamed = exports.Widget = exports.mutable = exports.answer = void 0;
exports.bump = bump;
exports.default = default_1;
// main.ts: a TypeScript program that tsc emits as CommonJS (tsconfig
// "module": "commonjs", esModuleInterop): the imports are require() calls
// run where they are written, exports are properties of `exports`, and
// CommonJS's require, module, exports, __filename and __dirname exist.
const path = __importStar(require("path"));
console.log("main: before the imports", typeof require, typeof module, this === module.exports);
const order_a_1 = require("./_lib/order_a");
require("./_lib/order_b");
const values_1 = __importStar(require("./_lib/values"));
const values = __importStar(require("./_lib/values"));
const plain_js_1 = __importDefault(require("./_lib/plain.js"));
const plainNs = __importStar(require("./_lib/plain.js"));
const plain_js_2 = require("./_lib/plain.js");
const marked_js_1 = __importStar(require("./_lib/marked.js"));
const fn = require("./_lib/assigned");
const barrel = __importStar(require("./_lib/barrel"));
const cycle_a_1 = require("./_lib/cycle_a");
const anon_default_1 = __importDefault(require("./_lib/anon_default"));
const fs_1 = require("fs");
(0, order_a_1.log)("main: after the imports");
console.log(typeof __filename, typeof __dirname, path.extname("a.ts"), typeof exports, typeof fs_1.readFileSync);
// Named imports read the exporting module's current values.
console.log(values_1.default, values_1.counter, (0, values_1.increment)(), (0, values_1.increment)(), values_1.counter, values.counter, (0, values_1.helper)(1));
console.log(new values_1.Shape(2).area(), values_1.Mode.On, values_1.Mode[values_1.Mode.Off], Object.keys(values));
console.log(values.default === values_1.default, require("./_lib/values") === values);
// Default imports of CommonJS: module.exports, unless __esModule says otherwise.
console.log(plain_js_1.default, plain_js_2.named, plainNs.default === plain_js_1.default, Object.keys(plainNs));
console.log(marked_js_1.default, marked_js_1.extra, fn(3), fn.tag);
// A barrel re-exports values (getters), never its types.
console.log(Object.keys(barrel), barrel.count, barrel.Kind.B, barrel.everything.total);
console.log(barrel);
// A cycle: cycle_b reads cycle_a's exports while cycle_a is still loading.
console.log((0, cycle_a_1.ping)(3));
console.log((0, anon_default_1.default)(), anon_default_1.default.name);
// Inner declarations shadow the imports.
function shadow(counter, def) { return [counter, def]; }
{
    const h = "block";
    console.log(shadow(7, "x"), h);
}
// This module's own exports.
exports.answer = 42;
exports.mutable = 1;
function bump() { exports.mutable += 1; return exports.mutable; }
class Widget {
    id;
    constructor(id) {
        this.id = id;
    }
}
exports.Widget = Widget;
function default_1() { return "main default"; }
const local = "local";
exports.renamed = local;
const arrow = () => "arrow";
exports.arrow = arrow;
bump();
console.log(module.exports);
console.log(Object.getOwnPropertyDescriptor(exports, "__esModule"), exports.arrow.name);
// import() is a require() in a promise under "module": "commonjs".
Promise.resolve().then(() => __importStar(require("./_lib/totals"))).then((m) => console.log("import()", Object.keys(m), m.total));
const which = "plain";
Promise.resolve(`${`./_lib/${which}.js`}`).then(s => __importStar(require(s))).then((m) => console.log("import()", m.default === plain_js_1.default, m));
