// immutable (CommonJS/UMD main, no exports map; node ignores "module").
'use strict';
const Immutable = require('immutable');
const { Map, List, Set, OrderedMap, OrderedSet, Stack, Record, Seq, Range, Repeat, fromJS, is, hash } = Immutable;

function show(label, f) {
  try {
    const v = f();
    console.log(label + ': ' + (typeof v === 'string' ? v : JSON.stringify(v)));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const m1 = Map({ a: 1, b: 2, c: 3 });
show('Map basics', () => [m1.get('a'), m1.set('b', 50).get('b'), m1.get('b'), m1.size, m1.has('z'), m1.get('z', 'dflt')]);
show('Map toString', () => m1.set('d', List([1, 2])).toString());
show('Map update/merge', () => [m1.update('a', v => v * 100).toJS(), m1.merge({ c: 30, d: 4 }).toJS(), m1.mergeWith((o, n) => o + n, { a: 10, e: 5 }).toJS()]);
show('Map delete/clear', () => [m1.delete('a').toJS(), m1.clear().size, m1.deleteAll(['a', 'b']).toJS()]);
show('Map iteration order', () => [...m1.keys(), ...m1.values()]);
show('Map map/filter', () => m1.map(v => v * 2).filter(v => v > 2).toObject());
show('Map sort/flip', () => [m1.sortBy(v => -v).keySeq().toArray(), m1.flip().toJS()]);
show('equality', () => [is(Map({ a: List([1]) }), Map({ a: List([1]) })), Map({ a: 1 }) === Map({ a: 1 }), is(m1, m1.set('a', 1)), m1.set('a', 1) === m1, Map({ a: 1, b: 2 }).equals(Map({ b: 2, a: 1 }))]);
show('hash', () => [hash('abc'), hash(123), hash(true), hash(null), hash(List([1, 2])) === hash(List([1, 2]))]);
show('non-string keys', () => { const k = List([1]); const m = Map().set(k, 'list-key').set(NaN, 'nan').set(0, 'zero'); return [m.get(List([1])), m.get(NaN), m.get(-0)]; });
const l = List([1, 2, 3, 4, 5]);
show('List ops', () => [l.push(6).toArray(), l.pop().toArray(), l.unshift(0).toArray(), l.shift().toArray(), l.insert(2, 'x').toArray(), l.remove(0).toArray(), l.set(-1, 50).toArray(), l.setSize(2).toArray()]);
show('List get/index', () => [l.get(0), l.get(-1), l.get(10), l.first(), l.last(), l.indexOf(3), l.findIndex(v => v > 3), l.includes(5)]);
show('List transforms', () => [l.map(x => x * x).toArray(), l.filter(x => x % 2).toArray(), l.reduce((a, b) => a + b, 0), l.reverse().toArray(), l.slice(1, -1).toArray(), l.splice(1, 2, 'a', 'b', 'c').toArray(), l.interpose(0).toArray(), l.zip(List(['a', 'b'])).toJS()]);
show('List grouping', () => [l.groupBy(x => (x % 2 ? 'odd' : 'even')).toJS(), l.partition(x => x > 2).map(x => x.toArray()), l.countBy(x => x > 2).toJS()]);
show('large List', () => { let big = List(); for (let i = 0; i < 5000; i++) big = big.push(i); return [big.size, big.get(4321), big.reduce((a, b) => a + b, 0), big.setIn([2500], 'x').get(2500)]; });
show('withMutations', () => List().withMutations(lst => { for (let i = 0; i < 5; i++) lst.push(i * 10); }).toArray());
show('Set ops', () => { const s = Set([3, 1, 2, 3, 1]); return [s.toArray(), s.add(4).size, s.union([5, 1]).toArray(), s.intersect([1, 2, 9]).toArray(), s.subtract([1]).toArray(), s.isSubset([1, 2, 3, 4]), Set.of(1, 2).equals(Set([2, 1]))]; });
show('OrderedMap/OrderedSet', () => [OrderedMap([['z', 1], ['a', 2]]).set('m', 3).keySeq().toArray(), OrderedSet(['b', 'a', 'b', 'c']).toArray(), OrderedMap({ x: 1 }).toString()]);
show('Stack', () => { const s = Stack([1, 2]).push(3).unshift(0); return [s.toArray(), s.peek(), s.pop().toArray()]; });
show('fromJS/toJS deep', () => { const d = fromJS({ a: { b: [1, { c: 2 }] } }); return [d.getIn(['a', 'b', 1, 'c']), d.setIn(['a', 'b', 0], 100).toJS(), d.updateIn(['a', 'x'], v => (v || 0) + 1).toJS(), d.hasIn(['a', 'b', 1]), d.removeIn(['a', 'b', 1]).toJS(), List.isList(d.getIn(['a', 'b']))]; });
show('fromJS reviver', () => fromJS({ a: [1, 2], b: { c: 3 } }, (key, value) => (Immutable.isKeyed(value) ? value.toOrderedMap() : value.toSet())).toString());
show('mergeDeep', () => fromJS({ a: { x: 1, l: [1] } }).mergeDeep({ a: { y: 2, l: [2] } }).toJS());
show('Record', () => {
  const Point = Record({ x: 0, y: 0 }, 'Point');
  const p = Point({ x: 3 });
  return [p.x, p.y, p.set('y', 4).toJS(), p.toString(), p.has('z'), Point.isRecord ? 'n/a' : Immutable.Record.isRecord(p), p.equals(Point({ x: 3, y: 0 }))];
});
show('Record unknown key set', () => { const R = Record({ a: 1 }); return R().set('b', 2); });
show('Record class', () => { class Vec extends Record({ x: 0, y: 0 }) { len() { return Math.hypot(this.x, this.y); } } return new Vec({ x: 3, y: 4 }).len(); });
show('Seq laziness', () => { const seen = []; const r = Seq([1, 2, 3, 4, 5, 6]).filter(x => { seen.push(x); return x % 2 === 0; }).map(x => x * 10).take(2).toArray(); return [r, seen]; });
show('Range/Repeat', () => [Range(0, 10, 3).toArray(), Range(5, 0, -2).toArray(), Repeat('z', 3).join(''), Range(1, Infinity).skip(1000).map(n => -n).take(2).toArray()]);
show('Seq.Keyed', () => Seq({ a: 1, b: 2 }).mapKeys(k => k.toUpperCase()).mapEntries(([k, v]) => [k + k, v * 2]).toObject());
show('flatten/flatMap', () => [fromJS([1, [2, [3, [4]]]]).flatten().toArray(), fromJS([1, [2, [3]]]).flatten(1).toJS(), List([1, 2]).flatMap(x => [x, x]).toArray()]);
show('sort stability/compare', () => List(['b', 'A', 'c', 'a']).sort().toArray().concat(List([3, 1, 2]).sortBy(x => x, (a, b) => b - a).toArray()));
show('functional API', () => [Immutable.get([1, 2], 1), Immutable.set({ a: 1 }, 'b', 2), Immutable.updateIn({ a: { b: 1 } }, ['a', 'b'], v => v + 1), Immutable.merge({ a: 1 }, { b: 2 }), Immutable.remove(['x', 'y'], 0)]);
show('predicates', () => [Immutable.isImmutable(m1), Immutable.isMap(m1), Immutable.isOrdered(l), Immutable.isIndexed(l), Immutable.isCollection({}), Immutable.isValueObject(m1)]);
show('getIn on non-collection', () => fromJS({ a: 5 }).getIn(['a', 'b'], 'notset'));
show('setIn through primitive', () => fromJS({ a: 5 }).setIn(['a', 'b'], 1));
show('List.set out of range', () => List([1]).set(3, 'x').toJS());
show('toJSON/JSON.stringify', () => JSON.stringify(fromJS({ a: [1, { b: Set([2]) }] })));
show('version', () => typeof Immutable.version);
