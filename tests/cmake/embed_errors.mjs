// The library of embed_errors.c: exceptions in every place C can meet them.
export function ok(x) { return x + 1; }
export function throwsString() { throw 'a plain string'; }
export function timerThrows() { setTimeout(() => { throw new Error('boom in a timer'); }, 1); return 1; }
export function orphanRejection() { Promise.reject(new Error('nobody handles me')); return 2; }
export function never() { return new Promise(() => {}); }
export const cyclic = (() => { const o = {}; o.self = o; return o; })();
export function tickThrows() { process.nextTick(() => { throw new RangeError('in a tick'); }); return 3; }
export async function awaitsTimer(ms) { await new Promise((r) => setTimeout(r, ms)); return ms; }
