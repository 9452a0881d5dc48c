// Writable: write() return values around highWaterMark, 'drain', write
// callbacks, end(cb), 'finish' then 'close', and the writable* flags.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 3,
  decodeStrings: false,
  write(chunk, enc, cb) {
    console.log('_write', chunk, enc, 'len', this.writableLength);
    setImmediate(cb);
  },
});
for (const ev of ['drain', 'finish', 'prefinish', 'close', 'error']) {
  w.on(ev, () => console.log('event', ev, 'finished', w.writableFinished,
                             'ended', w.writableEnded));
}
console.log('write a', w.write('a', (e) => console.log('cb a', e)));
console.log('write bc', w.write('bc', (e) => console.log('cb bc', e)));
console.log('needDrain', w.writableNeedDrain, 'len', w.writableLength);
console.log('write d', w.write('d'));
w.once('drain', () => {
  console.log('drained; len', w.writableLength);
  w.end('e', () => console.log('end cb'));
  console.log('after end', w.writable, w.writableEnded, w.writableFinished);
});
