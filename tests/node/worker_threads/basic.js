'use strict';
// worker_threads: one file as main and worker (__filename), workerData, threadId,
// parentPort messages both ways, events in order.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (isMainThread) {
  console.log('main', isMainThread, threadId, parentPort, workerData);
  const w = new Worker(__filename, { workerData: { n: 20, list: [1, 'two'] } });
  console.log('threadId', w.threadId);
  w.on('online', () => console.log('online'));
  w.on('message', (m) => {
    console.log('main got', JSON.stringify(m));
    if (m.ready) w.postMessage({ add: 22 });
  });
  w.on('error', (e) => console.log('error', e));
  w.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.postMessage({ ready: true, isMainThread, threadId, workerData,
                          argv: process.argv.length });
  parentPort.once('message', (m) => {
    parentPort.postMessage({ sum: workerData.n + m.add, got: m });
  });
}
