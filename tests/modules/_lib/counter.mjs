// A module with live state: importers see every change.
export let count = 0;
export function increment(by = 1) { count += by; return count; }
export function reset() { count = 0; }
export const label = 'counter';
export default class Counter {
  constructor(name) { this.name = name; }
  toString() { return `Counter(${this.name}, ${count})`; }
}
