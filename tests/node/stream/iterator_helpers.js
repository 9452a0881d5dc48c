// Readable's iterator helpers: map, filter, flatMap, take, drop, forEach,
// toArray, some, every, find, reduce (sequential use).
const { Readable } = require('stream');
const from = (a) => Readable.from(a);
(async () => {
  console.log(await from([1, 2, 3]).map((x) => x * 2).toArray());
  console.log(await from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0)
    .toArray());
  console.log(await from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  console.log(await from([1, 2, 3, 4, 5]).drop(1).take(3).toArray());
  const seen = [];
  await from(['a', 'b']).forEach((x) => { seen.push(x); });
  console.log(seen);
  console.log(await from([1, 2, 3]).some((x) => x > 2),
              await from([1, 2, 3]).every((x) => x > 2),
              await from([1, 2, 3]).find((x) => x > 1),
              await from([1, 2, 3]).reduce((a, b) => a + b, 10),
              await from([1, 2, 3]).reduce((a, b) => a + b));
  try {
    await from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log(e.name, e.message);
  }
  try {
    from([1]).map(5);
  } catch (e) {
    console.log(e.code, e.message);
  }
  const mapped = from([1, 2]).map((x) => x);
  console.log('map returns Readable', mapped instanceof Readable,
              mapped.readableObjectMode);
  try {
    await from([1, 2]).map((x) => {
      if (x === 2) throw new Error('map failed');
      return x;
    }).toArray();
  } catch (e) {
    console.log('caught', e.message);
  }
})();
