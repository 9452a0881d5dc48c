// enum_export.ts: enums, a const enum and a namespace exported by another
// file, used through imports (the const enum as an object: see below).
import { Kind, Bits, Area, type Shape } from "./_lib/shapes";
const s: Shape = { kind: Kind.Square };
console.log(Kind, s, Area.of(Kind.Circle), Area.of(s.kind), Bits.Two | Bits.One);
