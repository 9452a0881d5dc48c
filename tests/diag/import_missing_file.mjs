// A static import of a file that does not exist.
import { x } from './_lib/nope.mjs';
console.log(x);
