// Symbol.dispose/asyncDispose exist as in node 20 (registered 'nodejs.*'
// symbols); addAbortListener's result disposes its listener; an
// EventTarget's MaxListenersExceededWarning names the limit.
const events = require('events');
console.log(typeof Symbol.dispose, String(Symbol.asyncDispose),
            Symbol.dispose === Symbol.for('nodejs.dispose'),
            Object.getOwnPropertyDescriptor(Symbol, 'dispose').writable);
const ac = new AbortController();
const d = events.addAbortListener(ac.signal, () => console.log('should not run'));
console.log(typeof d[Symbol.dispose]);
d[Symbol.dispose]();
ac.abort();
const ac2 = new AbortController();
events.addAbortListener(ac2.signal, () => console.log('abort listener ran'));
ac2.abort();
process.on('warning', (w) => console.log(w.name, w.message));
const et = new EventTarget();
events.setMaxListeners(1, et);
et.addEventListener('x', () => {});
et.addEventListener('x', () => {});
const ee = new events.EventEmitter();
ee.setMaxListeners(1);
ee.on('y', () => {});
ee.on('y', () => {});
