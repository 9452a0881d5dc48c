// events: on() async iterator, once() with signal, captureRejections, addAbortListener.
const EventEmitter = require('events');
const { on, once, addAbortListener, getEventListeners, setMaxListeners, getMaxListeners } = EventEmitter;

async function main() {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('foo', 'bar');
    ee.emit('foo', 42, 'x');
    ee.emit('close');
  });
  for await (const args of on(ee, 'foo', { close: ['close'] })) console.log('on', args);
  console.log('iteration closed', ee.listenerCount('foo'), ee.listenerCount('error'));

  const ee2 = new EventEmitter();
  process.nextTick(() => ee2.emit('error', new Error('iter boom')));
  try { for await (const v of on(ee2, 'x')) console.log(v); } catch (e) { console.log('on error', e.message); }

  const ac = new AbortController();
  const ee3 = new EventEmitter();
  setTimeout(() => ac.abort('stop'), 5);
  try { for await (const v of on(ee3, 'x', { signal: ac.signal })) console.log(v); } catch (e) {
    console.log('on abort', e.name, e.code, e.cause);
  }
  const it = on(ee3, 'y');
  ee3.emit('y', 1); ee3.emit('y', 2);
  console.log(await it.next(), await it.next());
  console.log(await it.return(), await it.next(), ee3.listenerCount('y'));

  const p = once(ee, 'ready');
  ee.emit('ready', 1, 2);
  console.log('once', await p);
  const perr = once(ee, 'ready');
  ee.emit('error', new Error('once err'));
  console.log('once error', await perr.catch((e) => e.message), ee.listenerCount('ready'));
  const ac2 = new AbortController();
  const pab = once(ee, 'never', { signal: ac2.signal });
  ac2.abort();
  console.log('once abort', await pab.catch((e) => [e.name, e.code, e.message]), ee.listenerCount('never'));
  console.log(await once(ee, 'x', { signal: AbortSignal.abort('r') }).catch((e) => [e.name, e.cause]));
  try { on(ee, 'x', { signal: 5 }); } catch (e) { console.log(e.code, e.message); }
  console.log(await once(ee, 'x', { signal: 5 }).catch((e) => [e.code, e.message]));
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('EventTarget once', ev.type, getEventListeners(et, 'ping').length);

  // captureRejections
  const cap = new EventEmitter({ captureRejections: true });
  cap.on('ev', async () => { throw new Error('async listener failed'); });
  cap.on('error', (err) => console.log('captured to error:', err.message));
  cap.emit('ev');
  const cap2 = new EventEmitter({ captureRejections: true });
  cap2[Symbol.for('nodejs.rejection')] = (err, type, ...args) => console.log('rejection hook', err.message, type, args);
  cap2.on('ev', async (a) => { throw new Error('hooked'); });
  cap2.emit('ev', 7);
  try { new EventEmitter({ captureRejections: 1 }); } catch (e) { console.log(e.code, e.message); }
  await new Promise((r) => setTimeout(r, 5));

  // addAbortListener
  const ac3 = new AbortController();
  const disp = addAbortListener(ac3.signal, () => console.log('abort listener ran'));
  console.log(typeof disp, Object.getOwnPropertySymbols(disp).length);
  ac3.abort();
  addAbortListener(AbortSignal.abort(), () => console.log('already aborted: microtask'));
  console.log('sync after addAbortListener');
  try { addAbortListener({}, () => {}); } catch (e) { console.log(e.code, e.message); }
  try { addAbortListener(ac3.signal, 5); } catch (e) { console.log(e.code, e.message); }
  await null;

  // EventTarget listeners and max
  const target = new EventTarget();
  const fn = () => {};
  target.addEventListener('a', fn);
  target.addEventListener('a', { handleEvent() {} });
  console.log(getEventListeners(target, 'a').length, getEventListeners(target, 'a')[0] === fn, getEventListeners(target, 'b'));
  console.log(getMaxListeners(target), getMaxListeners(ee));
  setMaxListeners(3, target, ee);
  console.log(getMaxListeners(target), getMaxListeners(ee));
  try { setMaxListeners(1, {}); } catch (e) { console.log(e.code, e.message); }
  try { getEventListeners({}, 'x'); } catch (e) { console.log(e.code, e.message); }
  try { setMaxListeners(-1); } catch (e) { console.log(e.code, e.message); }
}
main();
