// The module exports a, not b.
import { b } from './_lib/exports_a.mjs';
console.log(b);
