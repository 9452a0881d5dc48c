// Transform: transform callback with data, push several, flush with data,
// event order, objectMode sides.
const { Transform, PassThrough } = require('stream');
const t = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    const s = String.fromCharCode(...chunk);
    for (const word of s.split(' ')) this.push(word);
    cb();
  },
  flush(cb) {
    console.log('flush');
    cb(null, 'FLUSHED');
  },
});
for (const ev of ['end', 'finish', 'prefinish', 'close']) {
  t.on(ev, () => console.log('event', ev));
}
t.on('data', (w) => console.log('data', w));
t.write('hello big');
t.write('world');
t.end(() => console.log('end cb'));

const u = new Transform({
  objectMode: true,
  transform(n, enc, cb) { cb(null, n * 2); },
});
u.on('data', (x) => console.log('u', x));
u.on('end', () => console.log('u end'));
[1, 2, 3].forEach((n) => u.write(n));
u.end();

const p = new PassThrough({ objectMode: true });
p.end({ a: 1 });
p.on('data', (x) => console.log('pass', x));
p.on('end', () => console.log('pass end'));

const bad = new Transform();
bad.on('error', (e) => console.log('bad error', e.code, e.message));
try {
  bad.write('x');
} catch (e) {
  console.log('bad threw', e.code, e.message);
}

const terr = new Transform({
  transform(c, e, cb) { cb(new Error('nope')); },
});
terr.on('error', (e) => console.log('terr error', e.message));
terr.on('close', () => console.log('terr close'));
terr.write('x', (e) => console.log('terr write cb', e.message));
