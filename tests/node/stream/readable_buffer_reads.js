// read(n) across chunk boundaries returns one Buffer; unshift of a
// Buffer; 'data' chunks in flowing mode keep push() boundaries.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push(Buffer.from('abc'));
r.push(Buffer.from('defg'));
r.push(Buffer.from('hi'));
console.log(r.read(2).toString(), r.read(4).toString(), r.readableLength);
r.unshift(Buffer.from('XY'));
console.log(r.read(5).toString(), r.readableLength);
const rest = r.read();
console.log(rest === null, r.readableLength);
r.push(null);
console.log(r.read());
const f = new Readable({ read() {} });
f.on('data', (d) => console.log('flow', d.length, d.toString()));
f.push('one');
f.push('three');
setImmediate(() => {
  f.push('x');
  f.push(null);
});
