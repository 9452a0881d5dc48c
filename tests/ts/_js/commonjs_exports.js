"use strict";
var _a, _b, _c;
Object.defineProperty(exports, "__esModule", { value: true });
exports.Color = exports.Space = exports.Klass = exports.anonymous = exports.make = exports.Thing = exports.inner = exports.second = exports.first = exports.v = exports.count = exports.local = exports.renamed = void 0;
exports.hoisted = hoisted;
// commonjs_exports.ts: the exports of a module tsc emits as CommonJS.
// Exported variables live on `exports` (read before their declaration
// they are undefined, not in their TDZ); `export { l as e }` copies l to
// exports.e after each assignment; functions are exported first.
const seen = [];
const probe = (label) => seen.push([label, exports.count, exports.renamed, exports.v]);
probe("start");
console.log(Object.keys(exports), typeof hoisted, exports.hoisted === hoisted);
let local = 1;
exports.renamed = local;
exports.local = local;
exports.count = 0;
exports.v = "v", _a = ["one"], exports.first = _a[0], _b = _a[1], exports.second = _b === void 0 ? "dflt" : _b, exports.inner = { deep: { inner: "in" } }.deep.inner;
exports.count++;
probe("count++");
exports.local = exports.renamed = local += 10;
probe("local += 10");
const post = (exports.local = exports.renamed = (_c = local++, local), _c);
probe("local++");
exports.local = exports.renamed = local = [50][0];
probe("[local] = [50]");
(exports.local = exports.renamed = local = { local: 60 }.local);
probe("({ local } = ...)");
for (exports.local = exports.renamed = local = 0; local < 2; exports.local = exports.renamed = (local++, local))
    probe("for");
function hoisted() { return "hoisted"; }
class Thing {
    static make() { return new Thing(); }
}
exports.Thing = Thing;
const make = () => Thing.make(), anonymous = function () { }, Klass = class {
};
exports.make = make, exports.anonymous = anonymous, exports.Klass = Klass;
function shadowing(count) { const v = "inner"; return [count, v, exports.v]; }
exports.default = { count: exports.count, post };
var Space;
(function (Space) {
    Space.dim = 2 /* Level.High */;
})(Space || (exports.Space = Space = {}));
var Color;
(function (Color) {
    Color["Red"] = "r";
})(Color || (exports.Color = Color = {}));
console.log(exports.first, exports.second, exports.inner, post, shadowing(99), (0, exports.make)() instanceof Thing);
console.log(exports.make.name, exports.anonymous.name, exports.Klass.name, hoisted.name);
console.log(seen);
console.log(module.exports, Object.keys(exports));
