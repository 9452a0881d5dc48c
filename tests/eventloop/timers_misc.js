// Timer delays are coerced like node's; clear* accept anything; Timeout
// objects; unref'd timers do not keep the process alive.
const log = (...a) => console.log(...a);
setTimeout(() => log('zero'), 0);
setTimeout(() => log('negative'), -5);
setTimeout(() => log('NaN'), NaN);
setTimeout((x, y) => log('args', x, y), 1, 'p', 'q');
setTimeout(() => log('string 20'), '20');
const c = setTimeout(() => log('cleared, never'), 2);
clearTimeout(c);
clearTimeout(undefined); clearTimeout(null); clearInterval(); clearImmediate(null); clearTimeout({});
const u = setTimeout(() => log('unref, never'), 5000);
log(u.unref() === u, u.hasRef(), typeof u.refresh);
const r = setTimeout(() => log('re-referenced fires'), 30);
r.unref(); r.ref();
const t = setTimeout(() => log('by primitive id, never'), 5);
clearTimeout(+t);
let n = 0;
const iv = setInterval(function () {
  log('interval', ++n, this === iv);
  Promise.resolve().then(() => log('  microtask after interval', n));
  if (n === 3) clearInterval(iv);
}, 40);
let k = 0;
const again = setTimeout(() => { log('refresh', ++k); if (k < 3) again.refresh(); }, 200);
try { setTimeout('code'); } catch (e) { log(e.name, e.code, e.message); }
try { setImmediate(); } catch (e) { log(e.name, e.code, e.message); }
try { process.nextTick(5); } catch (e) { log(e.name, e.code, e.message); }
try { queueMicrotask({}); } catch (e) { log(e.name, e.code, e.message); }
log(Object.keys(globalThis).filter((k) => ['setTimeout', 'setImmediate', 'queueMicrotask', 'process'].includes(k)));
