// map_set.js: Map and Set semantics: SameValueZero keys, insertion order,
// live iteration across deletes/inserts/compaction/clear, constructors.
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
m.forEach((v, k, map) => { seen.push(k); if (k === 1) { map.delete(2); map.set(4, 'd'); } });
console.log(seen.join(','), m.size);
const s = new Set();
for (let i = 0; i < 100; i++) s.add(i);
const it = s.values();
console.log(it.next().value, it.next().value);
for (let i = 0; i < 90; i++) s.delete(i);
for (let i = 100; i < 120; i++) s.add(i);
console.log([...it].join(','));
const it2 = s.keys();
s.clear();
s.add('x');
console.log([...it2], it2.next());
console.log(new Map([[NaN, 1]]).get(NaN), new Map([[-0, 2]]).get(0), Object.is([...new Map([[-0, 2]]).keys()][0], -0));
console.log(new Set([1, '1', 1.0, NaN, NaN, {}, {}]).size);
console.log(String(new Map().entries()), Object.prototype.toString.call(new Set().values()));
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Set.prototype.keys === Set.prototype.values);
console.log(Map[Symbol.species] === Map, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name);
const big = new Map();
for (let i = 0; i < 10000; i++) big.set('k' + i, i);
let sum = 0;
for (const [, v] of big) sum += v;
console.log(big.size, sum, big.get('k9999'), big.has('k10000'));
try { Map(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.constructor.name); }
try { new Map([1]); } catch (e) { console.log(e.constructor.name, e.message); }
class MyMap extends Map { set(k, v) { return super.set(k, v * 2); } }
console.log([...new MyMap([[1, 1]])], new MyMap() instanceof Map);
const e = new Set(['a', 'b']).entries();
console.log(e.next().value, [...e]);
console.log([...new Set([3, 1, 3, 2])], [...new Map([['x', 1]]).values()]);
