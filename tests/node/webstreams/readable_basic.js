// ReadableStream with a default controller: start/pull/cancel order, queue
// and desiredSize, reader.read() results interleaved with other microtasks.
const log = (...a) => console.log(...a);
let pulls = 0;
const rs = new ReadableStream({
  start(c) {
    log('start', c.desiredSize);
    c.enqueue('a');
    log('after enqueue', c.desiredSize);
  },
  pull(c) {
    pulls++;
    log('pull', pulls, c.desiredSize);
    if (pulls < 3) c.enqueue('p' + pulls);
    else c.close();
  },
  cancel(reason) { log('cancel', reason); },
}, { highWaterMark: 2 });
log('constructed', rs.locked);
const reader = rs.getReader();
log('locked', rs.locked);
Promise.resolve().then(() => log('micro 1')).then(() => log('micro 2')).then(() => log('micro 3'));
(async () => {
  for (;;) {
    const r = await reader.read();
    log('read', JSON.stringify(r));
    if (r.done) break;
  }
  await reader.closed;
  log('closed');
  reader.releaseLock();
  log('released', rs.locked);
  const again = rs.getReader();
  log('read after close', JSON.stringify(await again.read()));
})();
queueMicrotask(() => log('queued microtask'));
log('sync end');
