// mustache as ESM: the "import" condition -> mustache.mjs (default export),
// and the "./*" subpath pattern (mustache/mustache.mjs).
import Mustache from 'mustache';
import * as ns from 'mustache';
import Same from 'mustache/mustache.mjs';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [typeof Mustache.render, ns.default === Mustache, Same === Mustache, Object.keys(ns)]);

const invoice = `INVOICE {{number}}
Bill to: {{client.name}}{{#client.vat}} (VAT {{.}}){{/client.vat}}
{{#lines}}
{{idx}}. {{desc}} ........ {{amount}}
{{/lines}}
{{^lines}}
(nothing billed)
{{/lines}}
{{> footer}}`;
const partials = { footer: '-- {{company}} <{{&email}}>' };
const data = {
  number: 'INV-0042',
  company: 'Acme & Sons',
  email: 'billing@acme.test',
  client: { name: 'Globex <Corp>', vat: 'GB123' },
  lines: ['Widgets', 'Gadgets', 'Support'].map((desc, i) => ({ idx: i + 1, desc, amount: ((i + 1) * 12.5).toFixed(2) })),
};
console.log(Mustache.render(invoice, data, partials));
console.log(Mustache.render(invoice, { ...data, lines: [], client: { name: 'Solo' } }, partials));
const table = '{{#rows}}|{{#cells}} {{.}} |{{/cells}}\n{{/rows}}';
console.log(Mustache.render(table, { rows: [[1, 2, 3], ['a', 'b', 'c']].map(cells => ({ cells })) }));
try {
  Mustache.render('{{#open}}never closed', {});
} catch (e) {
  show('error', e.message);
}
