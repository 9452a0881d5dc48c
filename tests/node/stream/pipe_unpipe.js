// unpipe(): stops the flow, emits 'unpipe', leaves the destination open;
// pipe({ end: false }); two destinations; piping an ended stream.
const { Readable, PassThrough, Writable } = require('stream');
const src = new Readable({ objectMode: true, read() {} });
const seen = [];
const a = new Writable({ objectMode: true,
  write(c, e, cb) { console.log('a got', c); cb(); } });
const b = new Writable({ objectMode: true,
  write(c, e, cb) { console.log('b got', c); cb(); } });
a.on('unpipe', () => console.log('a unpipe'));
b.on('unpipe', () => console.log('b unpipe'));
a.on('finish', () => console.log('a finish'));
b.on('finish', () => console.log('b finish'));
src.pipe(a);
src.pipe(b, { end: false });
src.push(1);
setImmediate(() => {
  src.unpipe(a);
  console.log('after unpipe: flowing', src.readableFlowing,
              'pipes', src._readableState.pipes.length);
  src.push(2);
  setImmediate(() => {
    src.unpipe();
    console.log('after unpipe all: flowing', src.readableFlowing);
    src.push(3);
    src.push(null);
    setImmediate(() => {
      console.log('ended', src.readableEnded, 'a writable', a.writable,
                  'b writable', b.writable);
      src.resume();
      src.on('end', () => {
        console.log('src end');
        const late = new PassThrough({ objectMode: true });
        late.on('finish', () => console.log('late finish'));
        src.pipe(late);
      });
    });
  });
});
