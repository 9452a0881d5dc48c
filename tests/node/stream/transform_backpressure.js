// A Transform whose readable side is full holds the write callback until
// the consumer reads; writableNeedDrain / readableLength trace.
const { Transform } = require('stream');
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(c, e, cb) {
    console.log('transform', c);
    cb(null, c);
  },
});
for (let i = 1; i <= 5; i++) {
  const ok = t.write(i, () => console.log('write cb', i));
  console.log('write', i, ok, 'rlen', t.readableLength, 'wlen',
              t.writableLength, 'needDrain', t.writableNeedDrain);
}
t.on('drain', () => console.log('drain'));
setImmediate(() => {
  console.log('reading');
  let v;
  while ((v = t.read()) !== null) console.log('read', v);
  setImmediate(() => {
    while ((v = t.read()) !== null) console.log('read later', v);
    t.end();
    t.on('end', () => console.log('end'));
    t.on('finish', () => console.log('finish'));
    t.resume();
  });
});
