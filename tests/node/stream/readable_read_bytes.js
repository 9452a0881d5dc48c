// read(n) on a byte stream with setEncoding: exact sizes, partial reads,
// the highWaterMark growth for a big read(n), and unshift.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.push('hello ');
r.push('world');
console.log('len', r.readableLength, 'hwm', r.readableHighWaterMark);
console.log(JSON.stringify(r.read(3)));
console.log(JSON.stringify(r.read(4)));
console.log('len', r.readableLength);
console.log(JSON.stringify(r.read(100)));
console.log('hwm after read(100)', r.readableHighWaterMark);
r.unshift('XY');
console.log('after unshift', r.readableLength);
console.log(JSON.stringify(r.read()));
r.push(null);
console.log(JSON.stringify(r.read()));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.read();
