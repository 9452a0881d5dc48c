'use strict';
// Messages of every shape a worker echoes back: what JSON keeps and what it would lose
// (undefined, -0, NaN, holes, extra array keys, shared objects, prototypes, getters read
// once, toJSON never called, symbol and non-enumerable keys dropped).
const { Worker, isMainThread, parentPort } = require('worker_threads');
const util = require('util');

if (!isMainThread) {
  parentPort.on('message', (m) => parentPort.postMessage(m));
} else {
  let reads = 0;
  class Point {
    constructor() { this.x = 1; }
    toJSON() { return 'toJSON called'; }
  }
  const shared = { s: 1 };
  const holes = [1, , 3];
  const extra = [1, 2];
  extra.name = 'extra';
  const hidden = { a: 1 };
  Object.defineProperty(hidden, 'b', { value: 2, enumerable: false });
  hidden[Symbol('k')] = 3;
  const proto = JSON.parse('{"__proto__": {"p": 1}, "q": 2}');
  const messages = [
    { seq: 1, body: 'x', nested: { deep: [1, 'two', true, null] } },
    { n: -0, nan: NaN, inf: -Infinity, u: undefined },
    [undefined, 1],
    holes,
    extra,
    { a: shared, b: shared },
    new Point(),
    Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }),
    { get once() { reads++; return 'got'; } },
    hidden,
    proto,
    { big: 12345678901234567890n },
    'plain string',
    42,
    [],
    {},
    { s: 'lone \ud800 surrogate', e: '\u2028' },
  ];
  const w = new Worker(__filename);
  let i = 0;
  w.on('message', (m) => {
    console.log(i, util.inspect(m, { depth: 5 }), Object.getPrototypeOf(m) === Object.prototype);
    if (++i === messages.length) {
      console.log('getter reads', reads);
      w.terminate();
    }
  });
  for (const m of messages) w.postMessage(m);
}
