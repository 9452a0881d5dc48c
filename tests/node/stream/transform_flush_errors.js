// Transform flush errors reach 'error' and the end() callback; a
// transform callback called twice; push after the readable side ended.
const { Transform, Writable, Readable } = require('stream');
const t = new Transform({
  transform(c, e, cb) { cb(null, c); },
  flush(cb) { cb(new Error('flush failed')); },
});
t.on('error', (e) => console.log('t error', e.message));
t.on('close', () => console.log('t close', t.destroyed));
t.resume();
t.end('x', (e) => console.log('t end cb', e && e.message));

const twice = new Writable({
  write(c, e, cb) {
    cb();
    cb();
  },
});
twice.on('error', (e) => console.log('twice error', e.code, e.message));
twice.write('a');

const r = new Readable({ read() {} });
r.on('error', (e) => console.log('r error', e.code));
r.push('a');
r.push(null);
r.resume();
r.on('end', () => {
  console.log('r end; push returns', r.push('more'));
});

const w = new Writable({
  writev(chunks, cb) {
    console.log('writev', chunks.length, chunks.allBuffers,
                Buffer.concat(chunks.map((c) => c.chunk)).toString());
    cb();
  },
});
w.write('a');
w.write('b');
w.write('c');
w.end(() => console.log('w end cb'));
