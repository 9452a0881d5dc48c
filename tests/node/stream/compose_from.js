// stream.compose and Duplex.from: generator and async-function stages, a
// { readable, writable } pair, iterables and promises, errors and destroy.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, compose } = require('stream');
const sp = require('stream/promises');
(async () => {
  const up = compose(async function* (s) { for await (const x of s) yield String(x).toUpperCase(); }, new PassThrough());
  console.log(up.constructor.name, up.readable, up.writable, up.readableObjectMode, up.writableObjectMode);
  up.write('ab'); up.end('cd');
  console.log((await up.toArray()).map(String));
  const d = Duplex.from(async function* (src) { for await (const c of src) yield c.toString().split('').reverse().join(''); });
  console.log(d.constructor.name, d.readableObjectMode, d.writableObjectMode);
  d.end('hello'); console.log(await d.toArray());
  const d2 = Duplex.from([1, 2, 3]); console.log(d2.writable, await d2.toArray());
  const d3 = Duplex.from(Promise.resolve('p')); console.log(await d3.toArray());
  const got = [];
  const d4 = Duplex.from(async function (src) { for await (const c of src) got.push(c.toString()); });
  await sp.pipeline(Readable.from(['x', 'y']), d4); console.log('consumed', got);
  const pair = Duplex.from({ readable: Readable.from(['r1', 'r2']), writable: new Writable({ write(c, e, cb) { console.log('pair write', c.toString()); cb(); } }) });
  pair.end('w1'); console.log(await pair.toArray());
  try { Duplex.from(42); } catch (e) { console.log(e.code, e.message); }
  try { compose(); } catch (e) { console.log(e.code, e.message); }
  try { compose(new Writable(), new PassThrough()); } catch (e) { console.log(e.code, e.message.slice(0, 50)); }
  // compose in pipeline
  const out = [];
  await sp.pipeline(Readable.from(['a', 'b', 'c']), compose(new Transform({ transform(c, e, cb) { cb(null, c + '1'); } }), async function* (s) { for await (const x of s) yield x + '2'; }), new Writable({ objectMode: true, write(c, e, cb) { out.push(String(c)); cb(); } }));
  console.log(out);
  // error inside composed stage
  const bad = compose(new PassThrough(), async function* (s) { for await (const x of s) throw new Error('stage failed'); });
  bad.on('error', (e) => console.log('compose error', e.message));
  bad.write('z'); bad.resume();
  await new Promise((r) => setTimeout(r, 20));
  const ds = compose(new PassThrough(), new PassThrough()); ds.on('error', (e) => console.log('destroy err', e.name, e.code)); ds.on('close', () => console.log('ds close')); ds.destroy();
  await new Promise((r) => setTimeout(r, 20));
})();
