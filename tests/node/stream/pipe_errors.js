// Errors around pipe(): a destination error unpipes the source; a source
// error does not end the destination.
const { Readable, Writable, PassThrough } = require('stream');
const src = new Readable({ objectMode: true, read() {} });
const dst = new Writable({
  objectMode: true,
  write(c, e, cb) {
    console.log('write', c);
    cb(c === 2 ? new Error('bad two') : null);
  },
});
dst.on('unpipe', () => console.log('dst unpipe'));
dst.on('error', (e) => console.log('dst error', e.message));
dst.on('close', () => console.log('dst close'));
src.on('close', () => console.log('src close'));
src.pipe(dst);
src.push(1);
src.push(2);
src.push(3);
setTimeout(() => {
  console.log('src flowing', src.readableFlowing, 'len', src.readableLength,
              'destroyed', src.destroyed);
  const s2 = new Readable({ read() {} });
  const p2 = new PassThrough();
  p2.on('finish', () => console.log('p2 finish'));
  p2.on('close', () => console.log('p2 close'));
  s2.on('error', (e) => console.log('s2 error', e.message));
  s2.on('close', () => {
    console.log('s2 close; p2 ended', p2.writableEnded, p2.destroyed);
  });
  s2.pipe(p2);
  s2.destroy(new Error('src broke'));
}, 10);
