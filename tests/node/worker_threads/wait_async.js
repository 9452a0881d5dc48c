'use strict';
// Atomics.waitAsync: settled by Atomics.notify in this thread (in the order the waits came,
// up to the count), by a worker's notify on shared memory, or by its timeout; answered at
// once when the value differs or the timeout is 0.
const { Worker, isMainThread, workerData } = require('worker_threads');

if (!isMainThread) {
  const i32 = new Int32Array(workerData);
  Atomics.store(i32, 1, 7);
  console.log('worker notified', Atomics.notify(i32, 1));
} else {
  const log = [];
  const sab = new SharedArrayBuffer(16);
  const i32 = new Int32Array(sab);
  const a = Atomics.waitAsync(i32, 0, 0);
  const b = Atomics.waitAsync(i32, 0, 0, 10000);
  const c = Atomics.waitAsync(i32, 0, 0);
  console.log(a.async, b.async, c.async, a.value instanceof Promise);
  a.value.then((v) => log.push('a ' + v));
  b.value.then((v) => log.push('b ' + v));
  c.value.then((v) => log.push('c ' + v));
  console.log('notify 2:', Atomics.notify(i32, 0, 2));
  console.log('notify rest:', Atomics.notify(i32, 0));
  console.log('none left:', Atomics.notify(i32, 0));
  console.log(Atomics.waitAsync(i32, 0, 1));
  console.log(Atomics.waitAsync(i32, 0, 0, 0));
  const big = new BigInt64Array(new SharedArrayBuffer(16));
  console.log(Atomics.waitAsync(big, 0, 1n));
  try {
    Atomics.waitAsync(new Int32Array(4), 0, 0);
  } catch (e) {
    console.log(e.name, e.message);
  }
  // A pending waitAsync does not keep the process alive: a timer does.
  const alive = setInterval(() => {}, 1000);
  const t = Atomics.waitAsync(i32, 2, 0, 50);
  t.value.then((v) => {
    log.push('timeout ' + v);
    const fromWorker = Atomics.waitAsync(i32, 1, 0);
    fromWorker.value.then((v2) => {
      log.push('worker ' + v2 + ' ' + Atomics.load(i32, 1));
    });
    const w = new Worker(__filename, { workerData: sab });
    w.on('exit', (code) => {
      setTimeout(() => {
        console.log(log.join('\n'));
        console.log('exit', code);
        clearInterval(alive);
      }, 20);
    });
  });
}
