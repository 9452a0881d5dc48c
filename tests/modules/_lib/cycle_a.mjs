import { fromB, callA } from './cycle_b.mjs';
console.log('a runs; fromB =', fromB);
export function hello() { return 'hello from a'; }
export let aValue = 'a-value';
console.log('a calls b:', callA());
