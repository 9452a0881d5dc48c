// eventemitter3 (ES module wrapper, index.mjs): on/once/off with contexts, emit with many
// argument counts, listeners/listenerCount/eventNames (string and symbol
// events), prefixed storage, removeAllListeners, subclassing.
console.log('named import: ' + (Named === EventEmitter));
import EventEmitter, { EventEmitter as Named } from 'eventemitter3';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + (e && e.name) + ': ' + (e && e.message));
  }
}

show('shape', () => [typeof EventEmitter, EventEmitter.prefixed, typeof EventEmitter.EventEmitter, EventEmitter.EventEmitter === EventEmitter, Object.getOwnPropertyNames(EventEmitter.prototype).sort()]);
show('emit args', () => {
  const e = new EventEmitter();
  const out = [];
  e.on('x', (...args) => out.push(args));
  for (let n = 0; n <= 7; n++) e.emit('x', ...Array.from({ length: n }, (_, i) => i));
  return [out, e.emit('x'), e.emit('none')];
});
show('context', () => {
  const e = new EventEmitter();
  const ctx = { name: 'ctx' };
  const out = [];
  e.on('a', function () { out.push(this === ctx ? 'ctx' : this === e ? 'emitter' : 'other'); }, ctx);
  e.on('a', function () { out.push(this === e ? 'emitter' : 'other'); });
  e.once('a', function (v) { out.push('once ' + v + ' ' + (this === ctx)); }, ctx);
  e.emit('a', 1);
  e.emit('a', 2);
  return out;
});
show('once', () => {
  const e = new EventEmitter();
  const out = [];
  e.once('o', (a, b, c, d, f, g) => out.push([a, b, c, d, f, g]));
  e.emit('o', 1, 2, 3, 4, 5, 6);
  e.emit('o', 'again');
  return [out, e.listenerCount('o')];
});
show('off variants', () => {
  const e = new EventEmitter();
  const f = () => {}, g = () => {};
  const ctx = {};
  e.on('a', f); e.on('a', f, ctx); e.once('a', f); e.on('a', g);
  const r = [e.listenerCount('a')];
  e.off('a', f, undefined, true); r.push(e.listenerCount('a'));
  e.off('a', f, {}); r.push(e.listenerCount('a'));
  e.removeListener('a', f, ctx); r.push(e.listenerCount('a'));
  e.off('a', f); r.push(e.listenerCount('a'));
  e.off('a'); r.push(e.listenerCount('a'), e.eventNames());
  return r;
});
show('listeners', () => {
  const e = new EventEmitter();
  function one() {} function two() {}
  e.on('l', one); e.once('l', two);
  return [e.listeners('l').map((f) => f.name), e.listeners('none'), e.listenerCount('l'), e.listenerCount('none')];
});
show('eventNames', () => {
  const e = new EventEmitter();
  const s = Symbol('sym');
  e.on('b', () => {}); e.on(s, () => {}); e.on('a', () => {}); e.on('__proto__', () => {}); e.on('constructor', () => {});
  return e.eventNames().map(String);
});
show('symbol events', () => { const e = new EventEmitter(); const s = Symbol('go'); let n = 0; e.on(s, (v) => { n += v; }); e.emit(s, 5); e.emit(s, 6); return [n, e.listenerCount(s)]; });
show('removeAllListeners', () => {
  const e = new EventEmitter();
  e.on('a', () => {}); e.on('b', () => {}); e.on('b', () => {});
  e.removeAllListeners('b');
  const r = [e.eventNames()];
  e.removeAllListeners();
  r.push(e.eventNames(), e.removeAllListeners() === e);
  return r;
});
show('chaining', () => { const e = new EventEmitter(); return [e.on('a', () => {}) === e, e.once('a', () => {}) === e, e.off('a') === e, e.addListener('b', () => {}) === e, e.removeListener('b') === e]; });
show('remove during emit', () => {
  const e = new EventEmitter();
  const out = [];
  const b = () => out.push('b');
  e.on('x', () => { out.push('a'); e.off('x', b); });
  e.on('x', b);
  e.on('x', () => out.push('c'));
  e.emit('x'); e.emit('x');
  return out;
});
show('add during emit', () => { const e = new EventEmitter(); const out = []; e.on('x', () => { out.push(1); e.on('x', () => out.push(2)); }); e.emit('x'); e.emit('x'); return out; });
show('error event not special', () => { const e = new EventEmitter(); return [e.emit('error', new Error('x'))]; });
show('listener throws', () => { const e = new EventEmitter(); e.on('t', () => { throw new Error('from listener'); }); e.emit('t'); });
show('bad listener', () => { const e = new EventEmitter(); e.on('x', 'not a function'); });
class Store extends EventEmitter {
  constructor() { super(); this.items = []; }
  add(item) { this.items.push(item); this.emit('added', item, this.items.length); return this; }
}
show('subclass', () => { const s = new Store(); const seen = []; s.on('added', (item, n) => seen.push(item + '#' + n)); s.add('x').add('y'); return [seen, s instanceof EventEmitter, s.constructor.name]; });
show('many listeners', () => { const e = new EventEmitter(); let sum = 0; for (let i = 0; i < 1000; i++) e.on('n', (v) => { sum += v + i; }); e.emit('n', 1); return [sum, e.listenerCount('n')]; });
show('prefixed storage', () => { const e = new EventEmitter(); e.on('k', () => {}); return [Object.keys(e._events), e._eventsCount]; });
