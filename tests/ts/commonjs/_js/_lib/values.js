"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Mode = exports.helper = exports.Shape = exports.counter = void 0;
exports.increment = increment;
exports.counter = 0;
function increment() { exports.counter++; return exports.counter; }
class Shape {
    side;
    constructor(side) {
        this.side = side;
    }
    area() { return this.side * this.side; }
}
exports.Shape = Shape;
exports.default = "values default";
const helper = (n) => n + exports.counter;
exports.helper = helper;
var Mode;
(function (Mode) {
    Mode[Mode["Off"] = 0] = "Off";
    Mode[Mode["On"] = 1] = "On";
})(Mode || (exports.Mode = Mode = {}));
