const EventEmitter = require('events');
const { once, on, errorMonitor, getEventListeners } = EventEmitter;
class Job extends EventEmitter {}
async function main() {
  const j = new Job();
  j.on('data', (x) => console.log('on', x));
  j.prependListener('data', (x) => console.log('prepend', x));
  j.once('data', (x) => console.log('once', x));
  j.emit('data', 1); j.emit('data', 2);
  console.log(j.listenerCount('data'), j.eventNames(), j.rawListeners('data').length, getEventListeners(j, 'data').length);
  setTimeout(() => j.emit('ready', 'a', 'b'), 1);
  console.log('once resolved', await once(j, 'ready'));
  setTimeout(() => j.emit('error', new Error('failed')), 1);
  try { await once(j, 'never'); } catch (e) { console.log('once rejected', e.message); }
  j.on(errorMonitor, (e) => console.log('monitor saw', e.message));
  j.on('error', (e) => console.log('handler saw', e.message));
  j.emit('error', new Error('second'));
  const e3 = new EventEmitter();
  try { e3.emit('error', new Error('unhandled')); } catch (e) { console.log('thrown', e.message); }
  try { e3.emit('error', 'a string'); } catch (e) { console.log('thrown', e.code, e.message); }
  try { e3.emit('error', { message: 'obj' }); } catch (e) { console.log('thrown', e.code, e.message); }
  const ac = new AbortController();
  const src = new EventEmitter();
  setTimeout(() => { src.emit('tick', 1); src.emit('tick', 2); src.emit('tick', 3); }, 1);
  const seen = [];
  try {
    for await (const [v] of on(src, 'tick', { signal: ac.signal })) { seen.push(v); if (v === 3) ac.abort(); }
  } catch (e) { console.log('iterator end', e.name, e.code, e.message); }
  console.log(seen);
  const cr = new EventEmitter({ captureRejections: true });
  cr.on('go', async () => { throw new Error('async fail'); });
  cr.on('error', (e) => console.log('captured', e.message));
  cr.emit('go');
  await new Promise((r) => setTimeout(r, 5));
  const big = new EventEmitter();
  big.setMaxListeners(2);
  process.on('warning', (w) => console.log('warning', w.name, w.message, w.count, w.type));
  for (let i = 0; i < 3; i++) big.on('x', () => {});
  console.log(big.getMaxListeners(), EventEmitter.defaultMaxListeners);
  const et = new EventTarget();
  et.addEventListener('ping', (ev) => console.log('ET', ev.type, ev instanceof Event, ev.defaultPrevented, ev.cancelable), { once: true });
  console.log(et.dispatchEvent(new Event('ping', { cancelable: true })), et.dispatchEvent(new Event('ping')));
  const ce = new CustomEvent('c', { detail: { d: 1 } });
  et.addEventListener('c', { handleEvent(ev) { console.log('handleEvent', ev.detail); } });
  et.dispatchEvent(ce);
  j.removeAllListeners('data');
  console.log(j.listenerCount('data'), j.off === j.removeListener);
  await new Promise((r) => setImmediate(r));
  console.log(Object.keys(j).filter((k) => !k.startsWith("_")));
}
function util_inspect(x) { return require('util').inspect(x, { depth: 0 }); }
main();
