// Readable errors: push after EOF, _read not implemented, invalid chunk,
// unshift after end, destroy(err) order and flags.
const { Readable } = require('stream');
function show(label, r) {
  r.on('error', (e) => console.log(label, 'error', e.code, e.message,
                                   e instanceof TypeError));
  r.on('close', () => console.log(label, 'close', r.destroyed,
                                   r.errored && r.errored.code));
}
const a = new Readable({ read() {} });
show('a', a);
a.push(null);
a.push('x');

const b = new Readable();
show('b', b);
b.read();

const c = new Readable({ read() {} });
show('c', c);
c.push(42);

const d = new Readable({ read() {}, autoDestroy: false });
d.on('error', (e) => console.log('d error', e.code, d.destroyed));
d.push(null);
d.resume();
d.on('end', () => {
  console.log('d end');
  d.unshift('z');
  console.log('d destroyed', d.destroyed);
});

const e = new Readable({ read() {} });
e.on('error', (err) => console.log('e error', err.message, e.destroyed,
                                   e.readableAborted));
e.on('close', () => console.log('e close', e.closed));
e.destroy(new Error('boom'));
console.log('e sync', e.destroyed, e.closed, e.errored.message);
e.destroy(new Error('second'));
e.push('late');
console.log('push after destroy ->', e.push('x'));
