'use strict';
// A SharedArrayBuffer is shared with workers, not copied: Atomics.add from two workers
// adds up, and Atomics.wait / notify wake across threads.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

if (!isMainThread) {
  const a = new Int32Array(workerData.sab);
  for (let i = 0; i < 20000; i++) Atomics.add(a, 0, 1);
  if (workerData.role === 'waiter') {
    parentPort.postMessage('waiting');
    const r = Atomics.wait(a, 1, 0, 10000);
    parentPort.postMessage(['woken', r !== 'timed-out', Atomics.load(a, 1)]);
  } else {
    parentPort.postMessage(['same buffer', workerData.view.buffer === workerData.sab]);
  }
} else {
  const sab = new SharedArrayBuffer(16);
  const a = new Int32Array(sab);
  const copy = structuredClone(sab);
  new Int32Array(copy)[3] = 5;
  console.log('clone shares memory', copy === sab, a[3]);
  a[3] = 0;
  const logs = { waiter: [], adder: [] };
  let left = 2;
  const done = () => {
    if (--left > 0) return;
    console.log('waiter', logs.waiter);
    console.log('adder', logs.adder);
    console.log('total', Atomics.load(a, 0));
  };
  const waiter = new Worker(__filename, { workerData: { sab, role: 'waiter' } });
  waiter.on('message', (m) => {
    logs.waiter.push(m);
    if (m === 'waiting') {
      Atomics.store(a, 1, 7);
      Atomics.notify(a, 1);
    }
  });
  waiter.on('exit', done);
  const adder = new Worker(__filename, { workerData: { sab, view: new Uint8Array(sab, 4, 4) } });
  adder.on('message', (m) => logs.adder.push(m));
  adder.on('exit', done);
}
