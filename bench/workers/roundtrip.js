// roundtrip.js [count]: [count] (default 20,000) messages sent to a worker
// one at a time, each answered before the next; bench/workers.py times it.
'use strict';
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const count = Number(process.argv[2] || 20000);
  const w = new Worker(__filename);
  let sent = 0;
  w.on('message', (m) => {
    if (m.seq !== sent) throw new Error('out of order');
    if (++sent === count) {
      console.log('round trips', sent);
      w.terminate();
    } else {
      w.postMessage({ seq: sent, body: 'x' });
    }
  });
  w.postMessage({ seq: 0, body: 'x' });
} else {
  parentPort.on('message', (m) => parentPort.postMessage(m));
}
