// pipeTo (close, preventClose, abort via signal, errors both ways), tee,
// async iteration with break and preventCancel.
const log = (...a) => console.log(...a);
function source(n, extra = {}) {
  let i = 0;
  return new ReadableStream({
    pull(c) { if (i < n) c.enqueue(i++); else c.close(); },
    cancel(r) { log('source cancel', r instanceof Error ? r.message : r); },
    ...extra,
  });
}
function sink(name, extra = {}) {
  const got = [];
  return {
    got,
    ws: new WritableStream({
      write(c) { got.push(c); },
      close() { log(name, 'closed', got.join(',')); },
      abort(r) { log(name, 'aborted', r instanceof Error ? r.message : r, got.join(',')); },
      ...extra,
    }),
  };
}
(async () => {
  const a = sink('a');
  await source(4).pipeTo(a.ws);
  log('pipe 1 done');
  const b = sink('b');
  await source(2).pipeTo(b.ws, { preventClose: true });
  log('pipe 2 done', b.ws.locked, b.got.join(','));
  const ac = new AbortController();
  const c = sink('c');
  const p = source(1000).pipeTo(c.ws, { signal: ac.signal });
  setTimeout(() => ac.abort(new Error('stop')), 0);
  try { await p; } catch (e) { log('pipe 3 rejected', e.message); }
  const d = sink('d', { write() { throw new Error('sink broke'); } });
  try { await source(3).pipeTo(d.ws); } catch (e) { log('pipe 4 rejected', e.message); }
  const failing = new ReadableStream({ start(ctl) { ctl.enqueue(1); ctl.error(new Error('src broke')); } });
  const e = sink('e');
  try { await failing.pipeTo(e.ws); } catch (err) { log('pipe 5 rejected', err.message); }
  const aborted = new AbortController();
  aborted.abort();
  try { await source(2).pipeTo(sink('f').ws, { signal: aborted.signal }); } catch (err) { log('pipe 6', err.name); }
  const [t1, t2] = source(3).tee();
  const r1 = t1.getReader();
  const r2 = t2.getReader();
  log(JSON.stringify(await r1.read()), JSON.stringify(await r2.read()));
  log(JSON.stringify(await r1.read()), JSON.stringify(await r1.read()), JSON.stringify(await r1.read()));
  log(JSON.stringify(await r2.read()), JSON.stringify(await r2.read()), JSON.stringify(await r2.read()));
  const [c1, c2] = source(5).tee();
  await c1.cancel('one');
  await c2.cancel('two');
  for await (const x of source(10)) { log('iter', x); if (x === 2) break; }
  const keep = source(4);
  for await (const x of keep.values({ preventCancel: true })) { if (x === 1) break; }
  log('after preventCancel', keep.locked, JSON.stringify(await keep.getReader().read()));
  const it = source(2)[Symbol.asyncIterator]();
  log(JSON.stringify(await Promise.all([it.next(), it.next(), it.next(), it.next()])));
})();
