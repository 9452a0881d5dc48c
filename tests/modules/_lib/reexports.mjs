// Every re-export form.
export { count as total, increment as bump } from './counter.mjs';
export * from './shapes.mjs';
export * as counterNs from './counter.mjs';
export { default as CounterClass } from './counter.mjs';
import { label } from './counter.mjs';
export { label as counterLabel };
import * as shapes from './shapes.mjs';
export { shapes };
