// A library for C programs (built by kiln_add_library in ../CMakeLists.txt).
import { scale } from './util.mjs';

// Top-level await: mathlib_init() returns once this has settled.
const config = await new Promise((resolve) => setTimeout(() => resolve({ unit: 'cm' }), 1));
console.log('lib.mjs loaded');

export const version = '1.0.0';

export function add(a, b) {
  return a + b;
}

export function greet(name) {
  return `Hello, ${name}! (${config.unit})`;
}

// JSON in, an object out.
export function stats(values) {
  const sum = values.reduce((s, x) => s + x, 0);
  return { count: values.length, sum, mean: sum / values.length, unit: config.unit };
}

export async function doubleLater(x) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return scale(x, 2);
}

export function fail(message) {
  throw new RangeError(message);
}

export async function failLater(message) {
  await null;
  throw new TypeError(message);
}
