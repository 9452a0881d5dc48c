// preact 11 + preact-render-to-string via require: exports resolve to ES modules (require of an ES module); components, hooks, HTML string.
const { h, Fragment } = require('preact');
const { useState, useMemo } = require('preact/hooks');
const { render } = require('preact-render-to-string');
function Item({ name, price }) { const label = useMemo(() => name.toUpperCase(), [name]); return h('li', { class: 'item', 'data-p': price }, label, ' $', price); }
function App({ items }) { const [t] = useState('Cart <&>'); return h(Fragment, null, h('h1', { style: { color: 'red', fontSize: 12 } }, t), h('ul', null, items.map(i => h(Item, { key: i.name, ...i }))), h('input', { disabled: true, value: 'x' }), h('div', { dangerouslySetInnerHTML: { __html: '<b>raw</b>' } })); }
console.log(render(h(App, { items: [{ name: 'tea', price: 3 }, { name: 'cake', price: 5 }] })));
