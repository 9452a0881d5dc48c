"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Plain = exports.Mixed = exports.Level = exports.Role = void 0;
var Role;
(function (Role) {
    Role["Admin"] = "admin";
    Role["User"] = "user";
})(Role || (exports.Role = Role = {}));
var Level;
(function (Level) {
    Level[Level["Low"] = 0] = "Low";
    Level[Level["High"] = 1] = "High";
})(Level || (exports.Level = Level = {}));
var Mixed;
(function (Mixed) {
    Mixed[Mixed["A"] = 1] = "A";
    Mixed["B"] = "b";
})(Mixed || (exports.Mixed = Mixed = {}));
exports.Plain = { x: 1 };
