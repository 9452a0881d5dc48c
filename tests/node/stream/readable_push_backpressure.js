// push() returns false at the high-water mark; _read is called again only
// when the consumer drains below it; objectMode counts items.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 3,
  read() {
    console.log('_read, buffered', this.readableLength);
    let more = true;
    while (more && n < 8) {
      n++;
      more = this.push(n);
      console.log('push', n, '->', more);
    }
    if (n === 8) this.push(null);
  },
});
r.once('readable', () => {
  console.log('first readable, len', r.readableLength);
  console.log('read', r.read(), 'len', r.readableLength);
  setImmediate(() => {
    console.log('len now', r.readableLength);
    r.on('data', (d) => console.log('data', d));
    r.on('end', () => console.log('end'));
  });
});
