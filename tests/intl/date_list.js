// Intl.ListFormat (en): conjunction, disjunction and unit lists in the three
// styles, formatToParts, iterables, resolvedOptions, errors.
'use strict';
for (const type of ['conjunction', 'disjunction', 'unit']) {
  for (const style of ['long', 'short', 'narrow']) {
    const l = new Intl.ListFormat('en', { type, style });
    console.log(type, style, [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((x) => JSON.stringify(l.format(x))).join(' | '));
  }
}
const l = new Intl.ListFormat('en');
console.log(JSON.stringify(l.formatToParts(['x', 'y', 'z'])), JSON.stringify(l.formatToParts(['x', 'y'])));
console.log(JSON.stringify(l.resolvedOptions()), JSON.stringify(new Intl.ListFormat('en-US', { type: 'unit', style: 'narrow' }).resolvedOptions()));
console.log(l.format(new Set(['red', 'green', 'blue'])), l.format('abc'), JSON.stringify(l.format()));
console.log(l.format((function* () { yield 'one'; yield 'two'; })()));
for (const t of [() => l.format(['a', 1]), () => l.format([null]), () => l.format(5),
  () => new Intl.ListFormat('en', { type: 'x' }), () => new Intl.ListFormat('en', { style: 'x' }),
  () => new Intl.ListFormat('en', 'long'), () => Intl.ListFormat(), () => Intl.ListFormat.prototype.format.call({}, [])]) {
  try {
    console.log(t());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(Object.getOwnPropertyNames(Intl.ListFormat.prototype), Intl.ListFormat.length, Object.prototype.toString.call(l));
for (const v of [{}, null, true, Symbol('q'), 5n]) {
  try {
    l.format(v);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
