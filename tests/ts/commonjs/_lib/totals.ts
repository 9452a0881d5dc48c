export const total = 10;
export function sum(a: number, b: number) { return a + b; }
