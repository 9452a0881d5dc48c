"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.own = exports.tag = void 0;
exports.tag = "dep tag";
exports.own = "own";
