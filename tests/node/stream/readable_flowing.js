// Flowing mode: 'data' listener resumes in the next tick; the order of
// resume/data/end/close events and the state flags in between.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
for (const ev of ['resume', 'pause', 'readable', 'end', 'close', 'error']) {
  r.on(ev, (...a) => console.log('event', ev, a.length));
}
r.push('a');
r.push('b');
console.log('flowing before', r.readableFlowing, 'length', r.readableLength);
r.on('data', (d) => console.log('data', d, 'len', r.readableLength));
console.log('flowing after on(data)', r.readableFlowing);
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => {
  console.log('immediate: push c');
  r.push('c');
  console.log('after push c, len', r.readableLength);
  r.push(null);
  console.log('ended?', r.readableEnded, 'destroyed', r.destroyed);
  setImmediate(() => {
    console.log('final', r.readableEnded, r.destroyed, r.closed, r.readable);
  });
});
