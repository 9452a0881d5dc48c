"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.log = log;
console.log("order_a: loaded");
function log(msg) { console.log(msg); }
