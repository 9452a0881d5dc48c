// Readable.from(): arrays, generators, async generators, promises as
// values, strings, null values, errors, and the objectMode/highWaterMark.
const { Readable } = require('stream');
async function all(r) {
  const out = [];
  for await (const x of r) out.push(x);
  return out;
}
(async () => {
  const a = Readable.from([1, 2, 3]);
  console.log('objectMode', a.readableObjectMode, 'hwm',
              a.readableHighWaterMark);
  console.log(await all(a));
  console.log(await all(Readable.from((function* () { yield 'g1'; yield 'g2'; })())));
  console.log(await all(Readable.from((async function* () {
    yield 'a1';
    await null;
    yield 'a2';
  })())));
  console.log(await all(Readable.from([Promise.resolve('p1'), 'p2'])));
  console.log(await all(Readable.from('a string')));
  const bytes = Readable.from(['x', 'y'], { objectMode: false });
  console.log('bytes objectMode', bytes.readableObjectMode);
  try {
    await all(Readable.from([1, null, 2]));
  } catch (e) {
    console.log('null', e.code, e.message);
  }
  try {
    await all(Readable.from((function* () { yield 1; throw new Error('gen err'); })()));
  } catch (e) {
    console.log('gen threw', e.message);
  }
  try {
    Readable.from(42);
  } catch (e) {
    console.log(e.code, e.message);
  }
  const order = Readable.from(['e1', 'e2']);
  order.on('data', (d) => console.log('data', d));
  order.on('end', () => console.log('end'));
  order.on('close', () => console.log('close'));
  process.nextTick(() => console.log('tick'));
})();
