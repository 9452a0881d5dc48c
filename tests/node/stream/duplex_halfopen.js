// Duplex: both sides independent; allowHalfOpen false ends the writable
// side after 'end'; readable:false / writable:false options.
const { Duplex } = require('stream');
function make(name, opts) {
  const d = new Duplex({
    objectMode: true,
    ...opts,
    read() {},
    write(c, e, cb) { console.log(name, '_write', c); cb(); },
    final(cb) { console.log(name, '_final'); cb(); },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish']) {
    d.on(ev, () => console.log(name, ev));
  }
  return d;
}
const a = make('a', {});
a.on('data', (x) => console.log('a data', x));
a.push('r1');
a.push(null);
a.write('w1');
setTimeout(() => {
  console.log('a still writable', a.writable, a.destroyed);
  a.end();
}, 5);

const b = make('b', { allowHalfOpen: false });
b.resume();
b.push(null);
console.log('b allowHalfOpen', b.allowHalfOpen);

const c = make('c', { readable: false });
console.log('c readable', c.readable, c.readableEnded, 'writable', c.writable);
c.end('x');

const d = make('d', { writable: false });
console.log('d writable', d.writable, d.writableFinished);
d.resume();
d.push(null);
