// When 'finish', 'drain' and write callbacks fire relative to
// process.nextTick and promises, for synchronous _write implementations
// with and without callbacks.
const { Writable } = require('stream');
let step = 0;
const mark = (s) => console.log(step, s);
function ticker() {
  if (++step < 12) process.nextTick(ticker);
}
const a = new Writable({ write(c, e, cb) { mark('a _write'); cb(); } });
a.on('finish', () => mark('a finish'));
a.on('close', () => mark('a close'));
a.write('x');
a.write('y');
a.end();

const b = new Writable({ highWaterMark: 1,
  write(c, e, cb) { mark('b _write'); cb(); } });
b.on('drain', () => mark('b drain'));
b.on('finish', () => mark('b finish'));
console.log('b write ->', b.write('x', () => mark('b cb x')));
b.write('y', () => mark('b cb y'));
b.end('z', () => mark('b end cb'));

const c = new Writable({ write(c2, e, cb) { cb(); } });
c.on('finish', () => mark('c finish'));
c.end();
Promise.resolve().then(() => mark('promise'));
process.nextTick(ticker);
