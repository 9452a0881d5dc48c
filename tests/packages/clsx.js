// clsx (dual: exports "." and "./lite" with import/default conditions;
// require takes the "default" branch -> dist/clsx.js).
'use strict';
const clsx = require('clsx');
const { clsx: named } = require('clsx');
const lite = require('clsx/lite');

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('export shape', [typeof clsx, named === clsx, clsx.clsx === clsx, typeof lite, typeof lite.clsx]);
show('strings', clsx('foo', 'bar', '', 'baz'));
show('falsy dropped', clsx('a', null, undefined, false, 0, NaN, '', 'b'));
show('numbers', clsx(1, 2, 0, -1, 1.5));
show('objects', clsx({ a: true, b: false, c: 1, d: 0, e: 'yes', f: '', 'g h': true }));
show('arrays', clsx(['a', ['b', ['c', { d: true, e: false }]], [], [[]]]));
show('mixed', clsx('btn', { 'btn-primary': true, 'btn-lg': false }, ['icon', { spin: 1 }], null, 'extra'));
show('bigint/symbol/functions ignored', clsx(10n, () => 'x', 'ok'));
show('object inherited keys', clsx(Object.create({ inherited: true }, { own: { value: true, enumerable: true } })));
show('no args', clsx());
show('lite strings only', lite.clsx('a', { b: true }, ['c'], 'd', 0, 'e'));
const button = ({ variant = 'primary', size, disabled, active, className }) =>
  clsx('btn', `btn-${variant}`, size && `btn-${size}`, { 'is-disabled': disabled, 'is-active': active && !disabled }, className);
for (const props of [{}, { variant: 'danger', size: 'sm' }, { disabled: true, active: true }, { active: true, className: ['mx-2', { hidden: false }] }]) {
  show('button ' + JSON.stringify(props), button(props));
}
