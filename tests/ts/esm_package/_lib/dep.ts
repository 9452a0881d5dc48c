console.log("dep body (runs first)");
export const loadedAt = "dep";
export let counter = 0;
export function bump() { counter++; }
