// lru-cache: LRU order, max and maxSize with sizeCalculation, dispose and
// disposeAfter reasons, peek/has/get/set options, iteration orders,
// dump/load, pop, fetch with fetchMethod, memo, status objects, errors.
// No ttl timing is printed (a ttl far in the future only).
import { LRUCache } from 'lru-cache';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + (e && e.name) + ': ' + (e && e.message !== undefined ? e.message : e));
  }
}

show('basic', () => {
  const c = new LRUCache({ max: 3 });
  c.set('a', 1).set('b', 2).set('c', 3);
  c.get('a');
  c.set('d', 4);
  return [c.size, [...c.keys()], [...c.values()], [...c.entries()], [...c.rkeys()], c.has('b'), c.get('b'), c.peek('a'), c.max, c.maxSize, c.calculatedSize];
});
show('update moves', () => { const c = new LRUCache({ max: 3 }); c.set(1, 'x'); c.set(2, 'y'); c.set(3, 'z'); c.set(1, 'X'); c.set(4, 'w'); return [...c.entries()]; });
show('peek does not move', () => { const c = new LRUCache({ max: 2 }); c.set('a', 1); c.set('b', 2); c.peek('a'); c.set('c', 3); return [...c.keys()]; });
show('has updateAgeOnHas false', () => { const c = new LRUCache({ max: 2 }); c.set('a', 1); c.set('b', 2); c.has('a'); c.set('c', 3); return [...c.keys()]; });
show('object keys', () => { const k1 = {}, k2 = []; const c = new LRUCache({ max: 5 }); c.set(k1, 'obj'); c.set(k2, 'arr'); c.set(NaN, 'nan'); c.set(0, 'zero'); return [c.get(k1), c.get(k2), c.get({}), c.get(NaN), c.get(-0), c.size]; });
show('undefined value', () => { const c = new LRUCache({ max: 2 }); c.set('u', undefined); return [c.has('u'), c.size]; });
show('dispose', () => {
  const log = [];
  const c = new LRUCache({ max: 2, dispose: (v, k, reason) => log.push(['dispose', k, v, reason]), disposeAfter: (v, k, reason) => log.push(['after', k, v, reason]) });
  c.set('a', 1); c.set('b', 2); c.set('c', 3); c.set('b', 20); c.set('b', 20); c.delete('c'); c.set('d', 4); c.clear();
  return log;
});
show('noDisposeOnSet', () => { const log = []; const c = new LRUCache({ max: 2, noDisposeOnSet: true, dispose: (v, k, r) => log.push([k, v, r]) }); c.set('a', 1); c.set('a', 2); c.set('b', 3); c.set('c', 4); return log; });
show('maxSize', () => {
  const log = [];
  const c = new LRUCache({ maxSize: 10, sizeCalculation: (v) => v.length, dispose: (v, k, r) => log.push(k + ':' + r) });
  c.set('a', 'xxxx'); c.set('b', 'yyyy'); c.set('c', 'zz'); c.set('d', 'www');
  const r = [[...c.keys()], c.calculatedSize, c.size];
  c.set('big', 'x'.repeat(11));
  r.push(c.has('big'), [...c.keys()], log);
  c.set('e', 'e', { size: 5 });
  r.push(c.calculatedSize, [...c.keys()]);
  return r;
});
show('maxEntrySize', () => { const c = new LRUCache({ max: 10, maxSize: 100, maxEntrySize: 5, sizeCalculation: (v) => v.length }); c.set('ok', 'abc'); c.set('no', 'abcdef'); return [[...c.keys()], c.calculatedSize]; });
show('forEach', () => { const c = new LRUCache({ max: 5 }); for (const k of 'abcde') c.set(k, k.charCodeAt(0)); c.get('b'); const out = []; c.forEach((v, k, cache) => out.push(k + v + (cache === c))); const r = []; c.rforEach((v, k) => r.push(k)); return [out, r]; });
show('iterator', () => { const c = new LRUCache({ max: 3 }); c.set('x', 1).set('y', 2); return [[...c], c[Symbol.toStringTag], String(c)]; });
show('pop', () => { const c = new LRUCache({ max: 3 }); c.set('a', 1).set('b', 2).set('c', 3); c.get('a'); return [c.pop(), c.pop(), c.size, [...c.keys()], new LRUCache({ max: 1 }).pop()]; });
show('find', () => { const c = new LRUCache({ max: 5 }); c.set('a', 1).set('b', 22).set('c', 3); return [c.find((v) => v > 10), c.find((v) => v > 100)]; });
show('dump load', () => {
  const c = new LRUCache({ max: 5 }); c.set('a', 1).set('b', { n: 2 }).set('c', [3]);
  const d = c.dump();
  const c2 = new LRUCache({ max: 5 }); c2.load(d);
  return [d, [...c2.entries()]];
});
show('info', () => { const c = new LRUCache({ max: 5 }); c.set('a', 'v'); return [c.info('a'), c.info('zz')]; });
show('status', () => {
  const c = new LRUCache({ max: 2 });
  const s1 = {}, s2 = {}, s3 = {}, s4 = {};
  c.set('a', 1, { status: s1 }); c.set('a', 2, { status: s2 }); c.get('a', { status: s3 }); c.get('zz', { status: s4 });
  return [s1, s2, s3, s4];
});
show('ttl far', () => { const c = new LRUCache({ max: 5, ttl: 1e9 }); c.set('a', 1); c.set('b', 2, { ttl: 0 }); return [c.get('a'), c.getRemainingTTL('a') > 1e8, c.getRemainingTTL('b'), c.getRemainingTTL('none'), c.purgeStale(), c.ttl]; });
show('errors', () => {
  const r = [];
  for (const opts of [{}, { max: -1 }, { max: 'x' }, { maxSize: 10 }, { max: 1, sizeCalculation: 5 }, { ttl: -1, max: 1 }, { max: 1, fetchMethod: 5 }, { max: 0, ttlAutopurge: true }]) {
    try { new LRUCache(opts); r.push('ok'); } catch (e) { r.push(e.name + ': ' + e.message); }
  }
  try { const c = new LRUCache({ maxSize: 5, sizeCalculation: () => -1 }); c.set('a', 1); r.push('ok'); } catch (e) { r.push(e.name + ': ' + e.message); }
  try { const c = new LRUCache({ maxSize: 5 }); c.set('a', 1); r.push('ok'); } catch (e) { r.push(e.name + ': ' + e.message); }
  return r;
});
show('memo', () => { let calls = 0; const c = new LRUCache({ max: 3, memoMethod: (k, old, { context }) => { calls++; return k * 2 + (context || 0); } }); return [c.memo(2), c.memo(2), c.memo(3, { context: 100 }), calls]; });

async function asyncPart() {
  let calls = 0;
  const c = new LRUCache({
    max: 10,
    fetchMethod: async (key, stale, { signal, options, context }) => { calls++; await null; if (key === 'bad') throw new Error('fetch failed for ' + key); return key.toUpperCase() + (context ? ':' + context : ''); },
  });
  const [a, b] = await Promise.all([c.fetch('a'), c.fetch('a')]);
  console.log('fetch dedupe: ' + JSON.stringify([a, b, calls, c.get('a')]));
  console.log('fetch context: ' + JSON.stringify(await c.fetch('z', { context: 'ctx' })));
  console.log('fetch cached: ' + JSON.stringify([await c.fetch('a'), calls]));
  console.log('fetch forceRefresh: ' + JSON.stringify([await c.fetch('a', { forceRefresh: true }), calls]));
  try { await c.fetch('bad'); } catch (e) { console.log('fetch error: ' + e.message + ' ' + c.has('bad')); }
  const s = {};
  await c.fetch('q', { status: s });
  console.log('fetch status: ' + JSON.stringify(s));
  const plain = new LRUCache({ max: 2 });
  plain.set('k', 'v');
  console.log('fetch without method: ' + JSON.stringify([await plain.fetch('k'), await plain.fetch('missing')]));
  const ac = new AbortController();
  const slow = new LRUCache({ max: 2, fetchMethod: (k, s, { signal }) => new Promise((res, rej) => { signal.addEventListener('abort', () => rej(signal.reason)); }) });
  const p = slow.fetch('s', { signal: ac.signal });
  ac.abort(new Error('stop'));
  try { await p; } catch (e) { console.log('fetch aborted: ' + e.message); }
  const fm = new LRUCache({ max: 3, fetchMethod: async (k) => k.length });
  console.log('forceFetch: ' + JSON.stringify([await fm.forceFetch('hello'), fm.get('hello')]));
}
asyncPart();
