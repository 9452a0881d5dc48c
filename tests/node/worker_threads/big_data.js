// big_data.js: workerData of any size (here about 1.2 MB of JSON) reaches the worker.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const rows = Array.from({ length: 100000 }, (_, i) => ({ id: i, name: 'row' + i }));
  const w = new Worker(__filename, { workerData: { rows, when: new Date(0), tags: new Set(['a', 'b']) } });
  w.on('message', (m) => console.log('worker saw', m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  const { rows, when, tags } = workerData;
  parentPort.postMessage([rows.length, rows[99999].name, when.toISOString(), [...tags]]);
}
