import { greeting } from './greeting.js';
import { count } from './lib/count.mjs';

const who: string = process.argv[2] ?? 'CMake';
console.log(`${greeting(who)} (${count()} modules)`);
