// TransformStream: transform/flush order, backpressure, pipeThrough chains,
// terminate and error.
const log = (...a) => console.log(...a);
const upper = new TransformStream({
  start() { log('t start'); },
  transform(chunk, c) { log('transform', chunk); c.enqueue(String(chunk).toUpperCase()); },
  flush(c) { log('flush'); c.enqueue('!'); },
});
log(upper);
const src = new ReadableStream({
  start(c) { for (const s of ['a', 'b', 'c']) c.enqueue(s); c.close(); },
});
const doubled = new TransformStream({
  transform(chunk, c) { c.enqueue(chunk); c.enqueue(chunk); },
});
(async () => {
  const out = [];
  for await (const x of src.pipeThrough(upper).pipeThrough(doubled)) out.push(x);
  log(out.join(''));
  const ts = new TransformStream();
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  log('desired', w.desiredSize);
  w.write(1); w.write(2); w.close();
  log(JSON.stringify(await r.read()), JSON.stringify(await r.read()), JSON.stringify(await r.read()));
  const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
  const tw = term.writable.getWriter();
  const tr = term.readable.getReader();
  tw.write('only').catch((e) => log('write after terminate', e.code, e.message));
  log(JSON.stringify(await tr.read()), JSON.stringify(await tr.read()));
  tw.write('more').catch((e) => log('more', e.code, e.message));
  const bad = new TransformStream({ transform() { throw new RangeError('no'); } });
  const bw = bad.writable.getWriter();
  bw.write('x').catch((e) => log('bad write', e.name, e.message));
  bad.readable.getReader().read().catch((e) => log('bad read', e.message));
})();
