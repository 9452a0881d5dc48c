const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const sp = require('stream/promises');
const { once } = require('events');

class Upper extends Transform {
  _transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); }
}
class Collect extends Writable {
  constructor(opts) { super(opts); this.parts = []; }
  _write(chunk, enc, cb) { this.parts.push(chunk); setImmediate(cb); }
}
async function main() {
  const c = new Collect();
  pipeline(Readable.from(['ab', 'cd', 'ef']), new Upper(), c, (err) => {
    console.log('pipeline done', err, Buffer.concat(c.parts).toString());
  });
  await once(c, 'finish');
  // object mode
  const objs = [];
  await sp.pipeline(
    Readable.from([{ n: 1 }, { n: 2 }, { n: 3 }]),
    new Transform({ objectMode: true, transform(o, e, cb) { cb(null, { ...o, sq: o.n * o.n }); } }),
    new Writable({ objectMode: true, write(o, e, cb) { objs.push(o); cb(); } })
  );
  console.log(objs);
  // error mid-pipe
  let n = 0;
  const bad = new Transform({ transform(ch, e, cb) { if (++n === 2) cb(new Error('boom at ' + n)); else cb(null, ch); } });
  try {
    await sp.pipeline(Readable.from(['x', 'y', 'z']), bad, new PassThrough());
  } catch (e) { console.log('caught', e.message, bad.destroyed); }
  // backpressure
  const w = new Writable({ highWaterMark: 4, write(ch, e, cb) { setTimeout(cb, 1); } });
  const rets = [];
  for (let i = 0; i < 4; i++) rets.push(w.write('ab'));
  console.log(rets, w.writableLength, w.writableNeedDrain, w.writableHighWaterMark);
  await once(w, 'drain');
  console.log('drained', w.writableLength);
  w.end('last');
  await sp.finished(w);
  console.log('finished', w.writableFinished);
  // async iteration
  const r = new Readable({ read() {} });
  r.push('one'); r.push('two'); r.push(null);
  r.setEncoding('utf8');
  const got = [];
  for await (const ch of r) got.push(ch);
  console.log(got);
  const r2 = Readable.from([1, 2, 3, 4, 5]);
  console.log(await r2.filter((x) => x % 2).map((x) => x * 10).toArray());
  const r3 = new Readable({ read() { this.destroy(new Error('read fail')); } });
  finished(r3, (err) => console.log('finished cb', err && err.message));
  r3.on('error', (e) => console.log('error event', e.message));
  r3.resume();
  await new Promise((res) => setTimeout(res, 10));
  const p = new PassThrough();
  p.end('hello');
  p.on('data', (d) => console.log('data', d));
  await once(p, 'end');
  console.log(p.readableEnded, p.readableFlowing, p.readableObjectMode);
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.end();
  w2.write('x', (err) => console.log('write after end cb', err.code, err.message));
  w2.on('error', (e) => console.log('w2 error', e.code));
}
main();
