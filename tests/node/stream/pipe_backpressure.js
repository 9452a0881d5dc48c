// pipe(): the source pauses when write() returns false and resumes on
// 'drain'; trace of reads, writes, pause/resume and the end of both sides.
const { Readable, Writable } = require('stream');
let i = 0;
const src = new Readable({
  highWaterMark: 4,
  read(size) {
    i++;
    console.log('_read', size, 'i', i);
    if (i > 6) this.push(null);
    else this.push('abc');
  },
});
const dst = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    console.log('_write', chunk.length, 'dst len', this.writableLength);
    setTimeout(cb, 2);
  },
});
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
src.on('end', () => console.log('src end'));
src.on('close', () => console.log('src close'));
dst.on('pipe', (s) => console.log('dst pipe', s === src));
dst.on('unpipe', (s) => console.log('dst unpipe', s === src));
dst.on('drain', () => console.log('dst drain'));
dst.on('finish', () => console.log('dst finish'));
dst.on('close', () => console.log('dst close'));
console.log('pipe returns dest', src.pipe(dst) === dst);
console.log('flowing', src.readableFlowing);
