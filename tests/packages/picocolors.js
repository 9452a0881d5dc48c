// picocolors (CommonJS): colour functions with colours forced on and off.
'use strict';
const pc = require('picocolors');

const esc = s => JSON.stringify(s);
console.log('default isColorSupported (pipe, no FORCE_COLOR): ' + pc.isColorSupported);
const on = pc.createColors(true);
const off = pc.createColors(false);
const names = Object.keys(on).filter(k => typeof on[k] === 'function').sort();
console.log('functions: ' + names.join(' '));
for (const n of names) {
  console.log(n.padEnd(16) + esc(on[n]('x')) + ' ' + esc(off[n]('x')));
}
console.log('nested: ' + esc(on.red('a' + on.blue('b') + 'c')));
console.log('nested bold/dim: ' + esc(on.bold('1' + on.dim('2') + '3')));
console.log('deep: ' + esc(on.bgYellow(on.black(on.underline('u') + 'v'))));
console.log('number: ' + esc(on.green(42)) + ' ' + esc(on.green(0)));
console.log('empty: ' + esc(on.red('')) + ' undefined: ' + esc(on.red(undefined)) + ' null: ' + esc(on.red(null)));
console.log('multiple close: ' + esc(on.red('a\x1b[39mb\x1b[39mc')));
console.log('bold reopen: ' + esc(on.bold('x\x1b[22my')));
console.log('off nested: ' + esc(off.red('a' + off.blue('b') + 'c')));
console.log('createColors default: ' + (typeof pc.createColors() .red) + ' ' + pc.createColors().isColorSupported);
console.log('on.isColorSupported=' + on.isColorSupported + ' off.isColorSupported=' + off.isColorSupported);
const table = [['ok', on.green], ['warn', on.yellow], ['fail', on.red]];
for (const [label, fn] of table) console.log(esc(fn(label.toUpperCase()) + ' ' + on.gray('(' + label.length + ')')));
