// Top-level await: a module waits only for the modules it depends on.
import { slow } from './_lib/tla_slow.mjs';
import { sibling } from './_lib/tla_sibling.mjs';
import { dependent } from './_lib/tla_dependent.mjs';
console.log('entry:', slow, sibling, dependent);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
const v = await new Promise((r) => setTimeout(() => r('timer'), 1));
console.log('entry awaited', v);
for await (const x of [1, Promise.resolve(2)]) console.log('for await', x);
