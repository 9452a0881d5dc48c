// finished(): the callback after end/finish, on error, on premature close,
// for streams already done, and the cleanup function it returns.
const { finished, Readable, Writable, PassThrough } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
finished(r, (err) => console.log('r finished', err));
r.on('end', () => console.log('r end'));
r.on('close', () => console.log('r close'));
r.resume();
r.push(1);
r.push(null);

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('w finished', err));
w.on('finish', () => console.log('w finish'));
w.end('x');

const p = new PassThrough();
finished(p, (err) => console.log('p finished', err.code, err.message));
p.destroy();

const q = new PassThrough();
q.on('error', () => {});
finished(q, (err) => console.log('q finished', err.message));
q.destroy(new Error('q broke'));

const done = new PassThrough();
done.end();
done.resume();
done.on('close', () => {
  finished(done, (err) => console.log('already closed', err));
});

const c = new PassThrough();
const cleanup = finished(c, () => console.log('never'));
cleanup();
c.destroy();
c.on('close', () => console.log('c closed, no callback'));

const wo = new PassThrough();
finished(wo, { readable: false }, (err) => console.log('writable side only',
                                                        err));
wo.end('z');

try {
  finished({}, () => {});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  finished(new PassThrough());
} catch (e) {
  console.log(e.code, e.message);
}
