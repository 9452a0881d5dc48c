// WritableStream: sink call order, backpressure through writer.ready and
// desiredSize, close/abort results, errors after close.
const log = (...a) => console.log(...a);
const ws = new WritableStream({
  start(c) { log('start', typeof c.signal); },
  write(chunk, c) {
    log('write', chunk);
    return new Promise((r) => setTimeout(r, 1));
  },
  close() { log('sink close'); },
  abort(reason) { log('sink abort', reason); },
}, new CountQueuingStrategy({ highWaterMark: 2 }));
const w = ws.getWriter();
log('desired', w.desiredSize, ws.locked);
const p1 = w.write('one').then(() => log('one written'));
const p2 = w.write('two').then(() => log('two written'));
log('desired after 2', w.desiredSize);
w.ready.then(() => log('ready resolved', w.desiredSize));
Promise.resolve().then(() => log('micro'));
(async () => {
  await p1; await p2;
  await w.write('three');
  await w.close();
  log('closed', w.desiredSize);
  await w.closed;
  log('closed promise');
  try { await w.close(); } catch (e) { log(e.name, e.code, e.message); }
  const ws2 = new WritableStream({ abort(r) { log('abort2', r); } });
  const w2 = ws2.getWriter();
  const wp = w2.write('x');
  await w2.abort('why');
  log('aborted');
  try { await wp; } catch (e) { log('write rejected', e); }
  try { await w2.closed; } catch (e) { log('closed rejected', e); }
  const ws3 = new WritableStream({ write() { throw new Error('sink failed'); } });
  const w3 = ws3.getWriter();
  try { await w3.write(1); } catch (e) { log('w3', e.message); }
  try { await w3.ready; } catch (e) { log('w3 ready', e.message); }
  log(ws3);
  w3.releaseLock();
  try { await w3.closed; } catch (e) { log(e.code, e.message); }
  log(ws, new WritableStream());
})();
log('sync end');
