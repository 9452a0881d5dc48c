// A 1 MB stream through gzip and gunzip with a reader that pauses:
// backpressure must not lose or reorder output.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');

let seed = 3;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}
const piece = 16384;
let produced = 0;
let inSum = 0;
const src = new Readable({
  read() {
    if (produced >= 64) return this.push(null);
    const b = new Uint8Array(piece);
    for (let i = 0; i < piece; i++) {
      b[i] = (rnd() >> 20) % 16 + 97;
      inSum = (inSum * 31 + b[i]) % 1000000007;
    }
    produced++;
    this.push(b);
  },
});

let total = 0, outSum = 0, writes = 0;
const sink = new Writable({
  highWaterMark: 1024,
  write(chunk, enc, cb) {
    for (let i = 0; i < chunk.length; i++) outSum = (outSum * 31 + chunk[i]) % 1000000007;
    total += chunk.length;
    // Every 10th chunk is slow: the pipe must wait.
    if (++writes % 10 === 0) setTimeout(cb, 1);
    else cb();
  },
});

const gz = zlib.createGzip({ level: 3, chunkSize: 4096 });
const gun = zlib.createGunzip({ chunkSize: 2048 });
pipeline(src, gz, gun, sink, (err) => {
  console.log('done', err, total, total === produced * piece, outSum === inSum);
  console.log('bytesWritten', gz.bytesWritten, gun.bytesWritten > 0);
});
