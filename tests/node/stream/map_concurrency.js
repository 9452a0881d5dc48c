// Readable.prototype.map/filter/forEach/some/find with { concurrency }:
// calls overlap up to the limit, results keep input order; option errors,
// a rejecting mapper, abort, and the deprecated asIndexedPairs.
const { Readable } = require('stream');

// A gate per item, opened by hand: the order of events does not depend on
// timing.
function gates(n) {
  const g = [];
  for (let i = 0; i < n; i++) {
    let open;
    const p = new Promise((r) => { open = r; });
    g.push({ p, open });
  }
  return g;
}
const tick = () => new Promise((r) => setImmediate(r));

(async () => {
  const g = gates(5);
  const log = [];
  const done = Readable.from([0, 1, 2, 3, 4]).map(async (x) => {
    log.push('start ' + x);
    await g[x].p;
    log.push('end ' + x);
    return x * 10;
  }, { concurrency: 2 }).toArray();
  await tick();
  console.log(log.join(', '));
  g[1].open();
  await tick();
  console.log(log.join(', '));
  g[0].open();
  await tick();
  console.log(log.join(', '));
  g[2].open(); g[3].open(); g[4].open();
  console.log(await done);

  const seq = [];
  await Readable.from([1, 2, 3]).map(async (x) => {
    seq.push('s' + x);
    await tick();
    seq.push('e' + x);
  }).toArray();
  console.log('default concurrency', seq.join(' '));

  for (const concurrency of [0, 'a', -1, 1.5]) {
    try {
      const r = await Readable.from([1]).map((x) => x, { concurrency }).toArray();
      console.log('concurrency', concurrency, 'ok', r);
    } catch (e) {
      console.log('concurrency', concurrency, e.code, e.message);
    }
  }
  try {
    await Readable.from([1, 2, 3]).map(async (x) => {
      if (x === 2) throw new Error('bad ' + x);
      return x;
    }, { concurrency: 2 }).toArray();
  } catch (e) {
    console.log('rejected', e.message);
  }
  const fg = gates(4);
  const kept = Readable.from([1, 2, 3, 4]).filter(async (x) => {
    await fg[x - 1].p;
    return x % 2 === 0;
  }, { concurrency: 4 }).toArray();
  fg[3].open(); fg[2].open(); fg[1].open(); fg[0].open();
  console.log('filter', await kept);
  const seen = [];
  const eg = gates(3);
  const each = Readable.from([0, 1, 2]).forEach(async (x) => {
    await eg[x].p;
    seen.push(x);
  }, { concurrency: 3 });
  eg[2].open();
  await tick();
  eg[0].open();
  await tick();
  eg[1].open();
  await each;
  console.log('forEach', seen);
  console.log(await Readable.from([1, 5, 9]).some(async (x) => x > 4, { concurrency: 2 }),
              await Readable.from([1, 5, 9]).every(async (x) => x > 4, { concurrency: 2 }),
              await Readable.from([1, 5, 9]).find(async (x) => x > 4, { concurrency: 2 }));
  const ac = new AbortController();
  const r = Readable.from([1, 2, 3]).map(async (x) => {
    ac.abort();
    return x;
  }, { signal: ac.signal });
  try {
    await r.toArray();
  } catch (e) {
    console.log('abort', e.name, e.message);
  }
  process.on('warning', (w) => console.log('warning', w.name, w.message));
  console.log(await Readable.from(['a', 'b']).asIndexedPairs().toArray());
})();
