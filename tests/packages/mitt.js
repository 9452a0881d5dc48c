// mitt (dual: exports "require" -> dist/mitt.js, "import" -> dist/mitt.mjs).
'use strict';
const mitt = require('mitt');

const log = [];
const emitter = mitt();
const onFoo = e => log.push('foo:' + JSON.stringify(e));
emitter.on('foo', onFoo);
emitter.on('foo', e => log.push('foo#2:' + JSON.stringify(e)));
emitter.on('*', (type, e) => log.push('*:' + String(type) + ':' + JSON.stringify(e)));
emitter.emit('foo', { a: 1 });
emitter.emit('bar', 'x');
emitter.off('foo', onFoo);
emitter.emit('foo', 2);
emitter.off('foo');
emitter.emit('foo', 3);
emitter.off('never-registered', onFoo);
const sym = Symbol('evt');
emitter.on(sym, e => log.push('symbol:' + e));
emitter.emit(sym, 'payload');
emitter.emit('no-payload');
for (const line of log) console.log(line);
console.log('type: ' + typeof mitt + ', default prop: ' + typeof mitt.default);
console.log('all is a Map: ' + (emitter.all instanceof Map) + ', keys: ' + JSON.stringify([...emitter.all.keys()].map(String)));
const shared = new Map();
const a = mitt(shared);
const b = mitt(shared);
a.on('ping', n => console.log('shared handler got ' + n));
b.emit('ping', 42);
emitter.all.clear();
emitter.emit('foo', 'after clear');
console.log('after clear: ' + emitter.all.size);
const order = [];
const e2 = mitt();
e2.on('x', () => { order.push(1); e2.off('x'); e2.on('x', () => order.push('late')); });
e2.on('x', () => order.push(2));
e2.emit('x');
e2.emit('x');
console.log('mutation during emit: ' + JSON.stringify(order));
try {
  const e3 = mitt();
  e3.on('boom', () => { throw new Error('handler failed'); });
  e3.on('boom', () => console.log('second handler never runs'));
  e3.emit('boom');
} catch (e) {
  console.log('emit threw: ' + e.message);
}
