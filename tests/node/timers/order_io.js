const fs = require('fs');
const tp = require('timers/promises');
const log = (...a) => console.log(...a);
log('sync start');
process.nextTick(() => log('nextTick 1'));
Promise.resolve().then(() => log('microtask 1'));
queueMicrotask(() => log('queueMicrotask'));
process.nextTick(() => { log('nextTick 2'); Promise.resolve().then(() => log('microtask from tick')); process.nextTick(() => log('nested tick')); });
fs.readFile(__filename, () => {
  log('readFile cb');
  setTimeout(() => { log('timeout in io'); statPart(); }, 0);
  setImmediate(() => log('immediate in io'));
  process.nextTick(() => log('tick in io'));
});
const t = setTimeout(() => log('never'), 1000);
console.log(typeof t, t.hasRef(), typeof t[Symbol.toPrimitive](), t.unref() === t, t.hasRef());
clearTimeout(t);
function statPart() { fs.stat(__filename, (err, st) => { log('stat cb', err, st.isFile()); setImmediate(() => log('immediate after stat')); process.nextTick(() => log('tick after stat')); setImmediate(timersPart); }); }
function timersPart() {
const i = setInterval(() => { log('interval', ++n); if (n === 3) { clearInterval(i); setTimeout(asyncPart, 1); } }, 30);
let n = 0;
const r = setTimeout(() => log('refreshed timer'), 5);
r.refresh();
setTimeout((a, b) => log('args', a, b), 3, 'x', 'y');
const im = setImmediate(() => log('cleared immediate'));
clearImmediate(im);
}
async function asyncPart() {
  const v = await tp.setTimeout(10, 'value');
  log('tp.setTimeout', v);
  log('tp.setImmediate', await tp.setImmediate('imm'));
  let c = 0;
  for await (const x of tp.setInterval(2, 'iv')) { log('tp interval', x, ++c); if (c === 2) break; }
  const ac = new AbortController();
  const p = tp.setTimeout(1000, null, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { log(e.name, e.code, e.message); }
  try { await tp.setTimeout(1, null, { signal: AbortSignal.abort('why') }); } catch (e) { log(e.name, e.code, e.cause); }
  const s = AbortSignal.timeout(5);
  await tp.setTimeout(20);
  log('timeout signal', s.aborted, s.reason.name, s.reason.message);
  const any = AbortSignal.any([new AbortController().signal, AbortSignal.abort(new Error('first'))]);
  log('any', any.aborted, any.reason.message);
  setTimeout(() => log('last timer'), 1).unref();
  log('end of async');
}
log('sync end');
