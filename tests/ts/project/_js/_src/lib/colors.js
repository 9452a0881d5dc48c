"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Priority = exports.Color = void 0;
exports.pick = pick;
// colors.ts: enums shared across the project's files.
var Color;
(function (Color) {
    Color["Red"] = "red";
    Color["Green"] = "green";
})(Color || (exports.Color = Color = {}));
var Priority;
(function (Priority) {
    Priority[Priority["Low"] = 1] = "Low";
    Priority[Priority["Mid"] = 2] = "Mid";
    Priority[Priority["High"] = 3] = "High";
})(Priority || (exports.Priority = Priority = {}));
function pick(p) { return p >= Priority.Mid ? Color.Red : Color.Green; }
