// _final runs before 'finish'; prefinish order; final error; construct.
const { Writable } = require('stream');
const w = new Writable({
  construct(cb) {
    console.log('construct');
    setImmediate(() => { console.log('constructed'); cb(); });
  },
  write(c, e, cb) { console.log('_write', String(c.length)); cb(); },
  final(cb) {
    console.log('_final');
    setImmediate(() => { console.log('final done'); cb(); });
  },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.write('abc');
w.end(() => console.log('end cb'));
console.log('sync done');

const w2 = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
w2.on('error', (e) => console.log('w2 error', e.message));
w2.on('finish', () => console.log('w2 finish'));
w2.on('close', () => console.log('w2 close'));
w2.end((e) => console.log('w2 end cb', e && e.message));
