// mustache (dual: exports "require" -> mustache.js (UMD), "import" -> mustache.mjs).
'use strict';
const Mustache = require('mustache');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
const r = (t, v, p, tags) => Mustache.render(t, v, p, tags);

show('name/version', () => [Mustache.name, typeof Mustache.version]);
show('variables', () => r('Hello {{name}}! You are {{age}}.', { name: 'Ada', age: 36 }));
show('escaping', () => r('{{html}} | {{{html}}} | {{&html}}', { html: '<b>"Tom" & \'Jerry\'</b> / `x` = y' }));
show('missing', () => r('[{{missing}}][{{a.b.c}}]', { a: {} }));
show('dotted', () => r('{{person.name.first}} {{person.name.last}}', { person: { name: { first: 'Grace', last: 'Hopper' } } }));
show('sections list', () => r('{{#items}}<{{name}}:{{price}}>{{/items}}', { items: [{ name: 'a', price: 1 }, { name: 'b', price: 2 }] }));
show('implicit iterator', () => r('{{#xs}}{{.}},{{/xs}}', { xs: [1, 'two', 3.5] }));
show('falsy sections', () => ['', 0, false, null, [], 'x', 1, {}].map(v => r('{{#v}}yes{{/v}}{{^v}}no{{/v}}', { v })));
show('inverted', () => r('{{^repos}}No repos :({{/repos}}', { repos: [] }));
show('context object', () => r('{{#user}}{{name}} <{{email}}>{{/user}}', { user: { name: 'Lin', email: 'lin@x.io' } }));
show('parent lookup', () => r('{{#items}}{{name}} of {{owner}};{{/items}}', { owner: 'Zed', items: [{ name: 'i1' }, { name: 'i2', owner: 'Own' }] }));
show('functions', () => r('{{total}} / {{#upper}}shout {{name}}{{/upper}}', { name: 'me', price: 3, qty: 4, total() { return this.price * this.qty; }, upper: () => (text, render) => render(text).toUpperCase() }));
show('partials', () => r('<ul>{{#people}}{{> person}}{{/people}}</ul>', { people: [{ n: 'A' }, { n: 'B' }] }, { person: '<li>{{n}}</li>' }));
show('partial function', () => r('{{>dyn}}', { x: 1 }, name => 'partial ' + name + ' {{x}}'));
show('recursive partial', () => r('{{>node}}', { name: 'root', kids: [{ name: 'a', kids: [{ name: 'a1', kids: [] }] }, { name: 'b', kids: [] }] }, { node: '{{name}}({{#kids}}{{>node}}{{/kids}})' }));
show('comments', () => r('a{{! ignore me }}b', {}));
show('set delimiter', () => r('{{=<% %>=}}<% name %> {{name}} <%={{ }}=%>{{name}}', { name: 'N' }));
show('custom tags arg', () => r('[[ name ]] {{name}}', { name: 'T' }, {}, ['[[', ']]']));
show('standalone lines', () => r('Begin.\n{{#s}}\nInside\n{{/s}}\nEnd.\n', { s: true }));
show('indented partial', () => r('  {{>p}}\n', {}, { p: 'line1\nline2\n' }));
show('numbers/bools', () => r('{{n}} {{f}} {{t}} {{z}} {{neg}}', { n: 1e21, f: false, t: true, z: 0, neg: -0.5 }));
show('array index', () => r('{{list.1}} {{list.length}}', { list: ['a', 'b', 'c'] }));
show('nested sections', () => r('{{#a}}{{#b}}{{#c}}{{x}}{{/c}}{{/b}}{{/a}}', { a: { b: [{ c: { x: 1 } }, { c: { x: 2 } }] } }));
show('parse tokens', () => Mustache.parse('Hi {{name}}{{#s}}!{{/s}}'));
show('escape override', () => { const old = Mustache.escape; Mustache.escape = t => t.replace(/a/g, 'A'); try { return r('{{x}}', { x: 'banana <' }); } finally { Mustache.escape = old; } });
show('custom tags global', () => { const old = Mustache.tags; Mustache.tags = ['<%', '%>']; try { return r('<%x%> {{x}}', { x: 1 }); } finally { Mustache.tags = old; } });
show('unclosed section', () => r('{{#a}}oops', {}));
show('mismatched section', () => r('{{#a}}x{{/b}}', {}));
show('unclosed tag', () => r('Hello {{name', {}));
show('bad delimiter', () => r('{{=<% =}}', {}));
show('non-string template', () => r(42, {}));
show('cache', () => { Mustache.clearCache(); const t = 'x{{y}}'; Mustache.parse(t); return [Mustache.templateCache !== undefined, r(t, { y: 1 })]; });
show('Writer', () => { const w = new Mustache.Writer(); return w.render('{{a}}-{{b}}', { a: 1, b: 2 }); });
show('Context', () => { const c = new Mustache.Context({ a: { b: 5 } }); return [c.lookup('a.b'), c.push({ x: 1 }).lookup('a.b'), c.lookup('nope')]; });
show('email template', () => r(
  'Dear {{customer.first}},\n\nYour order #{{order.id}}:\n{{#order.lines}}  - {{qty}} x {{item}} @ {{price}}\n{{/order.lines}}{{^order.lines}}  (empty)\n{{/order.lines}}Total: {{order.total}}\n{{#vip}}Thanks for being VIP!\n{{/vip}}',
  { customer: { first: 'Sam' }, vip: true, order: { id: 1042, total: '$12.50', lines: [{ qty: 2, item: 'Pen', price: '$1.25' }, { qty: 1, item: 'Book & Co', price: '$10.00' }] } }
));
