"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.total = void 0;
exports.sum = sum;
exports.total = 10;
function sum(a, b) { return a + b; }
