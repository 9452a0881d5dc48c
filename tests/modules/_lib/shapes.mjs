export const PI2 = Math.PI * 2;
export function area(r) { return Math.PI * r * r; }
export var kind = 'shapes';
export let mutable = 1;
export function setMutable(v) { mutable = v; }
export { area as circleArea };
