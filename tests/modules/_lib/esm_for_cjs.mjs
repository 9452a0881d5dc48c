export const fromEsm = 'esm value';
export default function greet(n) { return 'hi ' + n; }
export let n = 1;
export function inc() { n++; }
