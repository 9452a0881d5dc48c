// ramda (dual: exports "require" -> src/index.js, subpaths ./src/* and ./es/*).
'use strict';
const R = require('ramda');
const { pipe, map, filter, prop, sortBy, groupBy } = require('ramda');
const add = require('ramda/src/add');
const lensPath = require('ramda/src/lensPath');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const people = [
  { name: 'Ada', dept: 'eng', salary: 120, langs: ['js', 'c'] },
  { name: 'Bob', dept: 'ops', salary: 90, langs: ['sh'] },
  { name: 'Cy', dept: 'eng', salary: 110, langs: ['js', 'go'] },
  { name: 'Di', dept: 'sales', salary: 70, langs: [] },
];

show('subpath add', () => [add(2, 3), add(2)(40), add === R.add]);
show('pipe', () => pipe(filter(p => p.dept === 'eng'), map(prop('name')))(people));
show('compose', () => R.compose(R.toUpper, R.join('|'), R.map(R.head))(['alpha', 'beta', 'gamma']));
show('sortBy/groupBy', () => R.map(R.pluck('name'), groupBy(prop('dept'), sortBy(prop('salary'), people))));
show('sortWith', () => R.pluck('name', R.sortWith([R.ascend(prop('dept')), R.descend(prop('salary'))], people)));
show('curry placeholder', () => { const f = R.curry((a, b, c) => a + '-' + b + '-' + c); return [f('a')('b')('c'), f(R.__, 'b')('a', 'c'), f('a', R.__, 'c')('b')]; });
show('reduce/scan', () => [R.reduce(R.subtract, 0, [1, 2, 3, 4]), R.scan(R.multiply, 1, [1, 2, 3, 4])]);
show('lensPath', () => { const l = lensPath(['a', 'b', 0]); const o = { a: { b: [1, 2] } }; return [R.view(l, o), R.set(l, 9, o), R.over(l, R.inc, o), o]; });
show('lensProp/lensIndex', () => [R.over(R.lensProp('n'), R.negate, { n: 3 }), R.set(R.lensIndex(1), 'x', ['a', 'b', 'c'])]);
show('assocPath/dissocPath', () => [R.assocPath(['a', 'b', 'c'], 42, { a: { x: 1 } }), R.dissocPath(['a', 'x'], { a: { x: 1, y: 2 } })]);
show('evolve', () => R.evolve({ salary: R.multiply(2), langs: R.append('ts'), missing: R.inc }, people[0]));
show('mergeDeepRight/mergeWith', () => [R.mergeDeepRight({ a: { b: 1, c: [1] } }, { a: { c: [2], d: 3 } }), R.mergeWith(R.concat, { a: [1] }, { a: [2], b: [3] })]);
show('applySpec', () => R.applySpec({ n: R.length, sum: R.sum, stats: { max: R.reduce(R.max, -Infinity), min: R.reduce(R.min, Infinity) } })([3, 1, 4, 1, 5]));
show('cond', () => { const f = R.cond([[R.equals(0), R.always('zero')], [R.lt(R.__, 0), R.always('neg')], [R.T, n => 'pos ' + n]]); return [f(0), f(-3), f(7)]; });
show('ifElse/when/unless', () => [R.ifElse(R.has('x'), R.prop('x'), R.always('none'))({ x: 1 }), R.when(R.is(Number), R.inc)(1), R.unless(R.isNil, R.toString)(null)]);
show('equals deep', () => [R.equals({ a: [1, { b: new Map([[1, 2]]) }] }, { a: [1, { b: new Map([[1, 2]]) }] }), R.equals(NaN, NaN), R.equals(0, -0)]);
show('uniqWith/union/difference', () => [R.uniqWith(R.eqBy(Math.abs), [1, -1, 2, -2, 3]), R.union([1, 2], [2, 3]), R.difference([1, 2, 3, 4], [2, 4])]);
show('splitEvery/aperture/xprod', () => [R.splitEvery(3, 'abcdefgh'), R.aperture(2, [1, 2, 3, 4]), R.xprod([1, 2], ['a', 'b'])]);
show('zip/zipObj/fromPairs', () => [R.zip([1, 2, 3], ['a', 'b']), R.zipObj(['x', 'y'], [1, 2]), R.fromPairs([['k', 1], ['k', 2]])]);
show('transpose', () => R.transpose([[1, 'a'], [2, 'b'], [3]]));
show('range/repeat/times', () => [R.range(2, 7), R.repeat('z', 3), R.times(R.identity, 4)]);
show('partition/splitWhen', () => [R.partition(R.includes('s'), ['sss', 'ttt', 'foo', 'bars']), R.splitWhen(R.equals(2), [1, 2, 3, 1, 2, 3])]);
show('countBy/indexBy', () => [R.countBy(Math.floor, [1.0, 1.1, 1.2, 2.0, 3.0, 2.2]), R.keys(R.indexBy(R.prop('name'), people))]);
show('chain/ap/of', () => [R.chain(n => [n, n * 10], [1, 2]), R.ap([R.multiply(2), R.add(3)], [1, 2, 3]), R.of(Array, 1)]);
show('converge', () => R.converge(R.divide, [R.sum, R.length])([1, 2, 3, 4]));
show('memoizeWith', () => { let c = 0; const f = R.memoizeWith(String, n => { c++; return n * 2; }); f(2); f(2); f(3); return c; });
show('string fns', () => [R.split(',', 'a,b,,c'), R.replace(/o/g, '0', 'foo boo'), R.trim('  x '), R.test(/^\d+$/, '123'), R.match(/\d/g, 'a1b22')]);
show('path/pathOr/props', () => [R.path(['a', 0, 'b'], { a: [{ b: 5 }] }), R.pathOr('d', ['x', 'y'], {}), R.props(['name', 'dept'], people[1])]);
show('pick/omit/project', () => [R.pick(['a', 'z'], { a: 1, b: 2 }), R.omit(['a'], { a: 1, b: 2 }), R.project(['name'], people.slice(0, 2))]);
show('where/whereEq', () => [R.filter(R.where({ salary: R.gt(R.__, 100) }), people).length, R.whereEq({ dept: 'ops' })(people[1])]);
show('adjust/update/insert/remove', () => [R.adjust(1, R.toUpper, ['a', 'b']), R.update(-1, 'z', ['a', 'b']), R.insert(1, 'x', [1, 2]), R.remove(1, 2, [1, 2, 3, 4])]);
show('slice/take/drop', () => [R.slice(1, 3, 'abcd'), R.takeLast(2, [1, 2, 3]), R.dropWhile(R.gt(3), [1, 2, 3, 1]), R.takeLastWhile(x => x !== 1, [1, 2, 3])]);
show('invert/invertObj', () => [R.invert({ a: 'x', b: 'y', c: 'x' }), R.invertObj({ a: 'x', b: 'y', c: 'x' })]);
show('type/is', () => [R.type(null), R.type([]), R.type(/x/), R.type(new Date(0)), R.type(() => 1), R.is(Object, [])]);
show('tryCatch', () => R.tryCatch(JSON.parse, (e, s) => 'bad json: ' + s)('{oops'));
show('transduce', () => R.transduce(R.compose(R.map(R.inc), R.filter(x => x % 2 === 0), R.take(3)), R.flip(R.append), [], [1, 2, 3, 4, 5, 6, 7, 8, 9]));
show('into', () => R.into([], R.compose(R.map(R.multiply(3)), R.filter(R.gt(R.__, 5))), [1, 2, 3, 4]));
show('mapObjIndexed/toPairs', () => [R.mapObjIndexed((v, k) => k + v, { a: 1, b: 2 }), R.toPairs({ a: 1, b: 2 })]);
show('clamp/mean/median/modulo', () => [R.clamp(1, 10, -5), R.mean([2, 7, 9]), R.median([7, 2, 10, 9]), R.modulo(-17, 3), R.mathMod(-17, 3)]);
show('collectBy', () => R.collectBy(R.prop('dept'), people).map(R.pluck('name')));
show('swap/move', () => [R.move(0, 2, ['a', 'b', 'c', 'd']), R.swap(0, 2, ['a', 'b', 'c'])]);
show('errors', () => { try { R.reduce(R.add, 0, 5); } catch (e) { return e.constructor.name + ': ' + e.message; } return 'no error'; });
