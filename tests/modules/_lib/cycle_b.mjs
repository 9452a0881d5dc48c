import { hello, aValue } from './cycle_a.mjs';
console.log('b runs first');
// a has not run: its function declarations exist, its let is in TDZ.
console.log('b calls hello:', hello());
try { console.log(aValue); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
export const fromB = 'b-value';
export function callA() { return aValue; }
