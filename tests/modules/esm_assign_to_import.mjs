// Imports are immutable bindings: assigning one is a TypeError at run time.
import { label } from './_lib/counter.mjs';
console.log(label);
label = 'other';
console.log('not reached');
