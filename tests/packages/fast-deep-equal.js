// fast-deep-equal (CommonJS, no exports map; file subpaths es6/ and react).
'use strict';
const equal = require('fast-deep-equal');
const equalES6 = require('fast-deep-equal/es6');
const equalReact = require('fast-deep-equal/react');

const cases = [
  ['numbers', 1, 1], ['number vs string', 1, '1'], ['NaN', NaN, NaN], ['zeros', 0, -0],
  ['null/undefined', null, undefined], ['strings', 'a', 'a'], ['objects', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
  ['extra key', { a: 1 }, { a: 1, b: undefined }], ['missing vs undefined', { a: undefined, b: 1 }, { c: undefined, b: 1 }],
  ['nested', { a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 2 }] } } }], ['nested diff', { a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 3 }] } } }],
  ['arrays order', [1, 2, 3], [3, 2, 1]], ['array length', [1, 2], [1, 2, undefined]], ['array vs object', [], {}],
  ['array-like', { 0: 'a', length: 1 }, ['a']], ['dates', new Date(0), new Date(0)], ['dates differ', new Date(0), new Date(1)],
  ['date vs number', new Date(0), 0], ['regexps', /a/gi, /a/gi], ['regexp flags', /a/g, /a/i], ['functions same', equal, equal],
  ['functions differ', () => 1, () => 1], ['class instances', new (class A { constructor() { this.x = 1; } })(), { x: 1 }],
  ['null proto', Object.assign(Object.create(null), { a: 1 }), { a: 1 }], ['custom valueOf', { valueOf: () => 1 }, { valueOf: () => 1 }],
  ['custom toString', { toString() { return 'x'; } }, { toString() { return 'x'; } }],
  ['Map', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], ['Map differ', new Map([[1, 2]]), new Map([[1, 3]])],
  ['Set', new Set([1, 2]), new Set([2, 1])], ['Set differ', new Set([1]), new Set([2])],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])], ['typed differ', new Int16Array([1]), new Int16Array([2])],
  ['typed kinds', new Uint8Array([1]), new Int8Array([1])], ['Map vs object', new Map(), {}],
  ['symbols', Symbol.for('a'), Symbol.for('a')], ['bigint', 10n, 10n],
];
for (const [label, a, b] of cases) {
  let r = [];
  for (const fn of [equal, equalES6, equalReact]) {
    try {
      r.push(fn(a, b));
    } catch (e) {
      r.push('threw ' + e.name);
    }
  }
  console.log(label + ': ' + r.join(' '));
}
const reactEl = { $$typeof: Symbol.for('react.element'), _owner: { cyclic: null }, props: { a: 1 } };
reactEl._owner.cyclic = reactEl;
const reactEl2 = { $$typeof: Symbol.for('react.element'), _owner: { other: 1 }, props: { a: 1 } };
console.log('react _owner skipped: ' + equalReact(reactEl, reactEl2));
const big = n => Array.from({ length: n }, (_, i) => ({ id: i, tags: ['t' + (i % 7)], nested: { v: i * 2 } }));
console.log('large equal: ' + equal(big(2000), big(2000)));
const b2 = big(2000);
b2[1999].nested.v = -1;
console.log('large differ at end: ' + equal(big(2000), b2));
