// preact 11 + preact-render-to-string as ESM: dist/preact.mjs, the preact/hooks subpath.
import { h, Fragment } from 'preact';
import { useState, useMemo } from 'preact/hooks';
import render from 'preact-render-to-string';
function Item({ name, price }) { const label = useMemo(() => name.toUpperCase(), [name]); return h('li', { class: 'item', 'data-p': price }, label, ' $', price); }
function App({ items }) { const [t] = useState('Cart <&>'); return h(Fragment, null, h('h1', { style: { color: 'red', fontSize: 12 } }, t), h('ul', null, items.map(i => h(Item, { key: i.name, ...i }))), h('input', { disabled: true, value: 'x' }), h('div', { dangerouslySetInnerHTML: { __html: '<b>raw</b>' } })); }
console.log(render(h(App, { items: [{ name: 'tea', price: 3 }, { name: 'cake', price: 5 }] })));
