"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kindCount = exports.Kind = void 0;
var Kind;
(function (Kind) {
    Kind["A"] = "a";
    Kind["B"] = "b";
})(Kind || (exports.Kind = Kind = {}));
exports.kindCount = 2;
