// 32 MiB through Readable -> PassThrough -> Writable in 64 KiB chunks:
// all bytes arrive, in order, and the reader is paused by backpressure.
const { Readable, PassThrough, Writable, pipeline } = require('stream');
const CHUNK = 64 * 1024;
const COUNT = 512;
let made = 0;
let pauses = 0;
const src = new Readable({
  read() {
    if (made === COUNT) {
      this.push(null);
      return;
    }
    const b = Buffer.allocUnsafe(CHUNK);
    b.fill(made & 255);
    made++;
    this.push(b);
  },
});
src.on('pause', () => pauses++);
let total = 0;
let bad = 0;
let seen = 0;
const dst = new Writable({
  highWaterMark: 3 * CHUNK,
  write(chunk, enc, cb) {
    for (let i = 0; i < chunk.length; i += 4096) {
      if (chunk[i] !== ((total + i) / CHUNK & 255)) bad++;
    }
    total += chunk.length;
    seen++;
    if (seen % 7 === 0) setImmediate(cb);
    else cb();
  },
});
pipeline(src, new PassThrough(), dst, (err) => {
  console.log('done', err, total, total === CHUNK * COUNT, 'bad', bad,
              'paused', pauses > 0);
});
