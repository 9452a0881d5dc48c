// shapes.ts: exported enums, const enum and namespace for importers.
console.log("shapes loaded");
export enum Kind { Circle, Square = "sq" }
export const enum Bits { One = 1, Two = 2 }
export namespace Area { export function of(k: Kind) { return k === Kind.Circle ? "pi r2" : "s2"; } }
export interface Shape { kind: Kind }
