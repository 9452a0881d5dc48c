// stream/promises pipeline and finished; require('stream').promises;
// util.promisify(pipeline).
const { Readable, Writable, PassThrough, Transform } = require('stream');
const sp = require('stream/promises');
const util = require('util');
console.log(require('stream').promises === sp, Object.keys(sp).join(','));
function collect() {
  const out = [];
  const w = new Writable({ objectMode: true,
    write(c, e, cb) { out.push(c); cb(); } });
  w.out = out;
  return w;
}
(async () => {
  const w = collect();
  const r = await sp.pipeline(Readable.from([1, 2, 3]), w);
  console.log('pipeline resolved', r, w.out.join(','));
  try {
    await sp.pipeline(
      Readable.from([1, 2, 3]),
      new Transform({ objectMode: true,
        transform(c, e, cb) { cb(c === 2 ? new Error('two') : null, c); } }),
      collect());
  } catch (e) {
    console.log('pipeline rejected', e.message);
  }
  const p = new PassThrough();
  setTimeout(() => p.end('x'), 1);
  p.resume();
  await sp.finished(p);
  console.log('finished resolved', p.readableEnded, p.writableFinished);
  const q = new PassThrough();
  setTimeout(() => q.destroy(new Error('qq')), 1);
  try {
    await sp.finished(q);
  } catch (e) {
    console.log('finished rejected', e.message);
  }
  const pp = util.promisify(require('stream').pipeline);
  const w2 = collect();
  await pp(Readable.from(['u']), w2);
  console.log('promisified', w2.out);
  const total = await sp.pipeline(Readable.from([4, 5]), async (src) => {
    let s = 0;
    for await (const x of src) s += x;
    return s;
  });
  console.log('value', total);
})();
