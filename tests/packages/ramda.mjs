// ramda as ESM: "import" condition -> es/index.js (no default export), the
// "./es/*" subpath pattern, a namespace import and named imports.
import * as R from 'ramda';
import { pipe, map, filter, reduce, curry, __, lensProp, over, view, set } from 'ramda';
import addEs from 'ramda/es/add';
import sortByEs from 'ramda/es/sortBy';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const orders = [
  { id: 1, customer: 'kim', items: [{ sku: 'pen', n: 3, cents: 150 }, { sku: 'pad', n: 1, cents: 499 }] },
  { id: 2, customer: 'lee', items: [{ sku: 'ink', n: 2, cents: 899 }] },
  { id: 3, customer: 'kim', items: [] },
  { id: 4, customer: 'max', items: [{ sku: 'pen', n: 10, cents: 150 }] },
];
const total = pipe(R.prop('items'), map(i => i.n * i.cents), R.sum);

show('no default export', () => 'default' in R);
show('namespace vs named', () => [R.pipe === pipe, typeof R.map, Object.keys(R).length > 200]);
show('es subpaths', () => [addEs(1, 2), addEs === R.add, sortByEs(R.identity, [3, 1, 2])]);
show('totals', () => map(o => [o.id, total(o)], orders));
show('per customer', () => R.map(R.compose(R.sum, map(total)), R.groupBy(R.prop('customer'), orders)));
show('non-empty ids', () => pipe(filter(R.pipe(R.prop('items'), R.isEmpty, R.not)), R.pluck('id'))(orders));
show('sku counts', () => reduce((acc, i) => R.assoc(i.sku, (acc[i.sku] || 0) + i.n, acc), {}, R.chain(R.prop('items'), orders)));
show('curry placeholder', () => { const fmt = curry((cur, digits, n) => cur + (n / 100).toFixed(digits)); return map(fmt('$', __, __)(2), [150, 899, 12345]); });
show('lens', () => { const l = lensProp('customer'); return [view(l, orders[0]), over(l, R.toUpper, orders[1]).customer, set(l, 'zed', orders[2]).customer, orders[2].customer]; });
show('descending totals', () => R.pluck('id', R.sort(R.descend(total), orders)));
show('uniq customers', () => R.uniq(R.pluck('customer', orders)));
show('zipWith', () => R.zipWith(R.concat, ['a', 'b', 'c'], ['1', '2']));
show('unfold', () => R.unfold(n => (n > 50 ? false : [n, n * 2]), 1));
show('until', () => R.until(R.gt(R.__, 100), R.multiply(3))(1));
show('pathEq/propEq', () => [R.pathEq(3, ['items', 0, 'n'], orders[0]), R.filter(R.propEq('kim', 'customer'), orders).length]);
show('groupWith', () => R.groupWith((a, b) => a + 1 === b, [0, 1, 1, 2, 3, 5, 8, 9]));
show('intersperse/join', () => R.join('', R.intersperse('-', ['a', 'b', 'c'])));
show('endsWith/startsWith', () => [R.startsWith('ab', 'abc'), R.endsWith(['c'], ['a', 'b', 'c'])]);
show('reduceBy', () => R.reduceBy((acc, o) => acc + o.items.length, 0, R.prop('customer'), orders));
show('sequence/traverse', () => [R.sequence(R.of(Array), [[1, 2], [3]]), R.traverse(R.of(Array), x => [x, -x], [1, 2])]);
show('error', () => R.reduce(R.add, 0, null));
