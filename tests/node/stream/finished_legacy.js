// finished() and pipeline() with plain emitters that look like streams,
// and with a Duplex whose sides finish at different times.
const { finished, Duplex, PassThrough, pipeline } = require('stream');
const EE = require('events');
const legacy = new EE();
legacy.write = () => true;
legacy.writable = true;
finished(legacy, (err) => console.log('legacy finished', err));
legacy.writable = false;
legacy.emit('end');

const d = new Duplex({
  read() {},
  write(c, e, cb) { cb(); },
});
finished(d, (err) => console.log('duplex finished', err, d.readableEnded,
                                 d.writableFinished));
d.end('x');
setImmediate(() => {
  console.log('duplex writable finished, readable open');
  d.push(null);
  d.resume();
});

const a = new PassThrough();
const b = new PassThrough();
pipeline(a, b, (err) => console.log('pipeline', err && err.code));
b.resume();
a.end('data');
