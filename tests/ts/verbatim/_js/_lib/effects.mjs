// effects.mts: logs when loaded; exports a value nobody uses.
console.log("effects loaded");
export const unused = 1;
