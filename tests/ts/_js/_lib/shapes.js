"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Area = exports.Kind = void 0;
// shapes.ts: exported enums, const enum and namespace for importers.
console.log("shapes loaded");
var Kind;
(function (Kind) {
    Kind[Kind["Circle"] = 0] = "Circle";
    Kind["Square"] = "sq";
})(Kind || (exports.Kind = Kind = {}));
var Area;
(function (Area) {
    function of(k) { return k === Kind.Circle ? "pi r2" : "s2"; }
    Area.of = of;
})(Area || (exports.Area = Area = {}));
