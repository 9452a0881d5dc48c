'use strict';
// Messages between threads are structured clones: types JSON loses survive the trip,
// cycles and shared references too; functions and symbols throw DataCloneError.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const util = require('util');

if (!isMainThread) {
  parentPort.on('message', (m) => {
    if (m === 'done') {
      parentPort.close();
      return;
    }
    parentPort.postMessage(m);
  });
} else {
  const shared = { s: 1 };
  const cyc = { name: 'cyc' };
  cyc.self = cyc;
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const err = new RangeError('bad range');
  err.extra = 1;
  const values = [
    undefined, null, -0, NaN, Infinity, 12345678901234567890n, 'str', true,
    new Date(0), /a+b/gi, new Map([[1, { a: 1 }], ['k', [2]]]), new Set([1, 'x', null]),
    ab, new Uint16Array([1, 65535]), new Float64Array([0.5, -1.25]),
    new DataView(ab, 2, 4), Buffer.from('hi'), [1, , 3], { a: shared, b: shared }, cyc,
    err, new TypeError('tt', { cause: 'why' }), Object(5), Object('boxed'),
    { nested: { deeper: [new Date(1000), new Map([[new Set([1]), 'v']])] } },
  ];
  const w = new Worker(__filename);
  let i = 0;
  w.on('message', (m) => {
    let text = util.inspect(m, { depth: 5 });
    if (m instanceof Error) text = `${m.constructor.name} ${m.name} ${m.message} ${m.cause} ${m.extra}`;
    console.log(i, text);
    if (m && m.a) console.log('  shared kept', m.a === m.b);
    if (m && m.self) console.log('  cycle kept', m.self === m);
    i++;
    if (i === values.length) {
      w.postMessage('done');
    }
  });
  for (const v of values) w.postMessage(v);
  for (const bad of [Math.max, Symbol('s'), { f: Math.min }]) {
    try {
      w.postMessage(bad);
    } catch (e) {
      console.log(e.name, e.message, e.code, e instanceof DOMException);
    }
  }
  w.on('exit', (code) => console.log('exit', code));
}
