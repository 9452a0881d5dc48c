"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.later = later;
// nodenext keeps import() in a CommonJS file: node's import of CommonJS.
function later() { return import("./dep.js"); }
