// mitt as ESM: "import" -> dist/mitt.mjs (default export only).
import mitt from 'mitt';
import * as ns from 'mitt';

console.log('import forms: ' + JSON.stringify([typeof mitt, ns.default === mitt, Object.keys(ns)]));
const bus = mitt();
const cart = [];
bus.on('add', item => cart.push(item));
bus.on('remove', name => { const i = cart.findIndex(x => x.name === name); if (i >= 0) cart.splice(i, 1); });
bus.on('*', (type, payload) => console.log('event ' + type + ' ' + JSON.stringify(payload)));
bus.emit('add', { name: 'tea', price: 3 });
bus.emit('add', { name: 'cake', price: 5 });
bus.emit('remove', 'tea');
bus.emit('add', { name: 'jam', price: 4 });
console.log('cart: ' + JSON.stringify(cart) + ' total ' + cart.reduce((s, x) => s + x.price, 0));
const done = new Promise(resolve => bus.on('done', resolve));
setTimeout(() => bus.emit('done', 'later'), 5);
console.log('awaited: ' + (await done));
