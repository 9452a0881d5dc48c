"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// enum_export.ts: enums, a const enum and a namespace exported by another
// file, used through imports (the const enum as an object: see below).
const shapes_1 = require("./_lib/shapes");
const s = { kind: shapes_1.Kind.Square };
console.log(shapes_1.Kind, s, shapes_1.Area.of(shapes_1.Kind.Circle), shapes_1.Area.of(s.kind), 2 /* Bits.Two */ | 1 /* Bits.One */);
