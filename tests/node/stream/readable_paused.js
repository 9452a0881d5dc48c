// Paused mode with 'readable': read() returns what is buffered, read(n)
// objects, the 'readable' event order and end of stream.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read(size) {
    console.log('_read', size, 'len', this.readableLength);
    n++;
    if (n <= 4) this.push('item' + n);
    else this.push(null);
  },
});
r.on('readable', () => {
  console.log('readable; len', r.readableLength);
  let c;
  while ((c = r.read()) !== null) console.log('read', c);
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close', r.destroyed));
console.log('flowing', r.readableFlowing);
