import { pong, seenFromB } from "./cycle_b";
export function ping(n: number): string { return n <= 0 ? "done" : pong(n - 1); }
export const ready = true;
console.log("cycle_a: loaded; cycle_b saw", seenFromB);
