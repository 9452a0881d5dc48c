// destroy(): close without error, error then close, custom _destroy with
// async callback, destroy during construct, emitClose false, autoDestroy
// false, and the flags at each step.
const { Readable, Writable, Duplex } = require('stream');
const r = new Readable({ read() {} });
r.on('close', () => console.log('r close', r.destroyed, r.closed));
r.destroy();
console.log('r sync', r.destroyed, r.closed, r.readableAborted);

const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) {
    console.log('_destroy', err && err.message);
    setImmediate(() => cb(err));
  },
});
w.on('error', (e) => console.log('w error', e.message, w.closed));
w.on('close', () => console.log('w close', w.closed));
w.write('a', (e) => console.log('w write cb', e && e.message));
w.destroy(new Error('kaboom'), (e) => console.log('w destroy cb', e.message));
console.log('w sync', w.destroyed, w.closed, w.writable);

const c = new Readable({
  construct(cb) { console.log('construct'); setImmediate(cb); },
  read() { console.log('read after construct'); this.push(null); },
  destroy(err, cb) { console.log('c _destroy', err); cb(err); },
});
c.on('close', () => console.log('c close'));
c.destroy();
console.log('c destroyed', c.destroyed);

const n = new Readable({ emitClose: false, read() {} });
n.on('close', () => console.log('never'));
n.destroy();

const d = new Duplex({ autoDestroy: false, read() {}, write(c, e, cb) { cb(); } });
d.on('end', () => console.log('d end', d.destroyed));
d.on('finish', () => console.log('d finish', d.destroyed));
d.resume();
d.push(null);
d.end();
process.on('exit', () => console.log('d at exit', d.destroyed));

const e = new Readable({ read() {}, destroy(err, cb) { cb(new Error('in destroy')); } });
e.on('error', (err) => console.log('e error', err.message));
e.on('close', () => console.log('e close'));
e.destroy();

const t = new Readable({ read() {} });
t.on('error', (err) => console.log('t error', err.message));
t.destroy(new Error('first'));
t.destroy(new Error('second'));
