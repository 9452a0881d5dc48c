// lodash-es (ESM only, "type": "module", no exports map): the default
// export, named imports, a namespace import and deep file imports.
import _ from 'lodash-es';
import { chunk, groupBy, sortBy, map, camelCase, merge, isEqual, get, set } from 'lodash-es';
import * as L from 'lodash-es';
import uniqDeep from 'lodash-es/uniq.js';
import kebab from 'lodash-es/kebabCase.js';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const inventory = [
  { sku: 'A-1', kind: 'fruit', name: 'apple', qty: 12, price: 0.5 },
  { sku: 'B-7', kind: 'veg', name: 'beet', qty: 0, price: 1.25 },
  { sku: 'C-3', kind: 'fruit', name: 'cherry', qty: 200, price: 0.1 },
  { sku: 'D-2', kind: 'grain', name: 'durum', qty: 5, price: 3 },
  { sku: 'E-9', kind: 'veg', name: 'endive', qty: 7, price: 2.5 },
];

show('default === namespace default', () => _ === L.default);
show('named === namespace member', () => [chunk === L.chunk, _.chunk === chunk]);
show('namespace has many functions', () => Object.keys(L).filter(k => typeof L[k] === 'function').length > 250);
show('chunk', () => chunk(map(inventory, 'sku'), 2));
show('groupBy kind', () => L.mapValues(groupBy(inventory, 'kind'), g => map(g, 'name')));
show('sortBy price desc', () => map(sortBy(inventory, x => -x.price), 'name'));
show('sumBy value', () => L.sumBy(inventory, x => x.qty * x.price));
show('in stock', () => L.filter(inventory, 'qty').length);
show('camelCase', () => ['Stock Keeping Unit', 'x-ray_vision', 'ÀLPHA beta'].map(camelCase));
show('deep kebabCase import', () => kebab('InventoryItemCount'));
show('deep uniq import', () => uniqDeep([3, 1, 3, 2, 1]));
show('merge', () => merge({ cfg: { a: 1, list: [1, 2] } }, { cfg: { b: 2, list: [9] } }));
show('isEqual', () => [isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), isEqual({ a: 1 }, { a: 1, b: undefined })]);
show('get/set', () => { const o = {}; set(o, 'x.y[2].z', 'deep'); return [get(o, ['x', 'y', 2, 'z']), o.x.y.length]; });
show('template-free string ops', () => [L.startCase('hello_world-again'), L.snakeCase('helloWorldAgain'), L.lowerFirst('ABC'), L.pad('x', 5, '*')]);
show('zipWith', () => L.zipWith([1, 2], [10, 20], [100, 200], (a, b, c) => a + b + c));
show('transform', () => L.transform([2, 3, 4], (r, n) => { r.push(n * n); return n % 2 === 0; }, []));
show('cloneDeepWith', () => L.cloneDeepWith({ a: 1, b: { c: 2 } }, v => (typeof v === 'number' ? v * 100 : undefined)));
show('unionBy/intersectionWith', () => [L.unionBy([2.1], [1.2, 2.3], Math.floor), L.intersectionWith([{ x: 1 }, { x: 2 }], [{ x: 1 }], isEqual)]);
show('chain via _', () => _(inventory).filter(x => x.kind !== 'veg').map('sku').join(',').valueOf());
show('at/invokeMap', () => [L.at({ a: [{ b: { c: 3 } }, 4] }, ['a[0].b.c', 'a[1]']), L.invokeMap([[5, 1, 7], [3, 2, 1]], 'sort')]);
show('flip/rearg/spread', () => [L.flip((...a) => a)(1, 2, 3), L.rearg((a, b, c) => [a, b, c], [2, 0, 1])('b', 'c', 'a'), L.spread((a, b) => a * b)([6, 7])]);
show('shuffle keeps length', () => L.shuffle([1, 2, 3]).length);
show('conforms/matches', () => [L.filter([{ a: 2, b: 1 }, { a: 1, b: 2 }], L.conforms({ b: n => n > 1 })), L.some(inventory, { kind: 'grain' })]);
show('parseInt radix', () => ['08', '0x1f', '12'].map(L.parseInt));
show('max/min/mean', () => [L.max([4, 2, 8, 6]), L.min([]), L.mean([4, 2, 8, 6])]);
show('countBy/size', () => [L.countBy(inventory, 'kind'), L.size({ a: 1, b: 2 }), L.size('pebbles')]);
