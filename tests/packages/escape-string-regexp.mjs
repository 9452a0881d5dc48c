// escape-string-regexp (ESM only: exports "./index.js", default export).
import escapeStringRegexp from 'escape-string-regexp';
import * as ns from 'escape-string-regexp';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [typeof escapeStringRegexp, ns.default === escapeStringRegexp, Object.keys(ns)]);
const samples = ['How much $ for a 🦄?', 'a.b*c+d?e^f$g|h(i)j[k]l{m}n\\o', 'no specials', '-dash-', '/slash/', '', 'x{1,2}', 'tab\tnew\nline', '(?<name>x)', 'Ünïcödé'];
for (const s of samples) {
  const esc = escapeStringRegexp(s);
  const re = new RegExp('^' + esc + '$');
  const reU = new RegExp('^' + esc + '$', 'u');
  show(JSON.stringify(s), [esc, re.test(s), reU.test(s), re.test(s + 'x')]);
}
const text = 'Prices: $5.00, $12.50 (sale!), and $5.00 again. Call 1-800-[KILN].';
for (const needle of ['$5.00', '(sale!)', '[KILN]', '.']) {
  const all = text.match(new RegExp(escapeStringRegexp(needle), 'g')) || [];
  show('count ' + needle, all.length);
}
show('replaceAll-like', text.replace(new RegExp(escapeStringRegexp('$5.00'), 'g'), '€4.60'));
try {
  escapeStringRegexp(5);
} catch (e) {
  show('non-string', e.constructor.name + ': ' + e.message);
}
