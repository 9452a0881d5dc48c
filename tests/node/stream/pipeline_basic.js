// pipeline() with callback: success, error in the middle destroying all,
// premature close, generator stages, the returned stream.
const { pipeline, Readable, Writable, Transform, PassThrough } =
  require('stream');
function sink(name, fail) {
  const out = [];
  const w = new Writable({
    objectMode: true,
    write(c, e, cb) { out.push(c); cb(); },
  });
  w.on('finish', () => console.log(name, 'sink finish', out.join(',')));
  w.on('close', () => console.log(name, 'sink close'));
  return w;
}
const up = new Transform({ objectMode: true,
  transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const ret = pipeline(Readable.from(['a', 'b', 'c']), up, sink('ok'), (err) => {
  console.log('ok done', err);
});
console.log('returns last', ret instanceof Writable);

const src2 = Readable.from(['x', 'y', 'z']);
const bad = new Transform({ objectMode: true,
  transform(c, e, cb) { cb(c === 'y' ? new Error('bad y') : null, c); } });
const s2 = sink('bad');
src2.on('close', () => console.log('bad src close', src2.destroyed));
pipeline(src2, bad, s2, (err) => {
  console.log('bad done', err && err.message, 'destroyed:', src2.destroyed,
              bad.destroyed, s2.destroyed);
});

const src3 = new Readable({ objectMode: true, read() {} });
const mid3 = new PassThrough({ objectMode: true });
pipeline(src3, mid3, sink('premature'), (err) => {
  console.log('premature done', err && err.code, err && err.message);
});
src3.push('one');
setTimeout(() => mid3.destroy(), 5);

setTimeout(() => {
  pipeline(
    function* () { yield 1; yield 2; yield 3; },
    async function* (source) { for await (const n of source) yield n * 10; },
    sink('gen'),
    (err) => console.log('gen done', err),
  );
}, 20);

setTimeout(() => {
  pipeline(
    Readable.from([1, 2]),
    async function (source) {
      let sum = 0;
      for await (const n of source) sum += n;
      return sum;
    },
    (err, value) => console.log('value done', err, value),
  );
}, 40);

try {
  pipeline(Readable.from([1]), () => {});
} catch (e) {
  console.log('short', e.code, e.message);
}
try {
  pipeline(Readable.from([1]), sink('x'));
} catch (e) {
  console.log('no cb', e.code, e.message);
}
