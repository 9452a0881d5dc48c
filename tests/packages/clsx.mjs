// clsx as ESM: "import" condition -> dist/clsx.mjs and dist/lite.mjs.
import clsx, { clsx as named } from 'clsx';
import * as ns from 'clsx';
import liteDefault, { clsx as liteNamed } from 'clsx/lite';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [named === clsx, ns.default === clsx, Object.keys(ns).sort(), liteDefault === liteNamed, liteDefault === clsx]);
const rows = [{ id: 1, selected: true }, { id: 2, odd: true }, { id: 3, selected: true, odd: true, error: 'x' }];
for (const r of rows) show('row ' + r.id, clsx('row', { 'row--selected': r.selected, 'row--odd': r.odd }, r.error && ['row--error', `row--error-${r.error}`]));
show('lite', liteDefault('a', ['ignored'], { ignored: true }, 'b'));
show('deep', clsx([[[[['deep']]]], { a: [] }]));
