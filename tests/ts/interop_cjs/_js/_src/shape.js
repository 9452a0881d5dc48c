"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.counter = exports.unit = void 0;
exports.bump = bump;
class Shape {
    sides;
    constructor(sides = 3) {
        this.sides = sides;
    }
    toString() { return `Shape(${this.sides})`; }
}
exports.default = Shape;
exports.unit = new Shape(4);
exports.counter = 0;
function bump() { exports.counter++; return exports.counter; }
