export const tag = "dep tag";
export const own = "own";
export interface Shape { x: number }
