// 'readable' versus 'data': adding 'readable' takes precedence, removing
// it lets 'data' resume; read(0); highWaterMark 0; pause()/isPaused().
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.on('data', (d) => console.log('data', d));
r.on('readable', function onr() {
  console.log('readable, flowing', r.readableFlowing);
  let x;
  while ((x = r.read()) !== null) console.log('read', x);
});
r.push('a');
process.nextTick(() => {
  r.removeAllListeners('readable');
  process.nextTick(() => {
    console.log('after removal flowing', r.readableFlowing);
    r.push('b');
  });
});

const z = new Readable({
  highWaterMark: 0,
  objectMode: true,
  read() { console.log('z _read'); },
});
z.on('readable', () => console.log('z readable', z.read()));
setImmediate(() => {
  z.push('zz');
  z.push(null);
});
z.on('end', () => console.log('z end'));

const p = new Readable({ objectMode: true, read() {} });
console.log('isPaused fresh', p.isPaused(), p.readableFlowing);
p.pause();
console.log('isPaused after pause', p.isPaused(), p.readableFlowing);
p.on('data', (d) => console.log('p data', d));
p.push(1);
setImmediate(() => {
  console.log('p still paused', p.readableLength);
  p.resume();
  console.log('p resumed', p.isPaused(), p.readableFlowing);
});
