// types_only.ts: only types; importing them must not load this file.
console.log("types_only loaded (tsc would not load it)");
export interface Named { name: string }
export type Id = number;
