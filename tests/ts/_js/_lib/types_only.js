"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// types_only.ts: only types; importing them must not load this file.
console.log("types_only loaded (tsc would not load it)");
