'use strict';
// A worker's console output goes through the main thread: it interleaves with the main
// thread's own output in the order messages order them; stdout: true keeps it to the parent.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  console.log('worker line 1');
  console.error('worker err 1');
  parentPort.postMessage('first');
  parentPort.once('message', () => {
    console.log('worker line 2', workerData);
    parentPort.postMessage('second');
  });
} else {
  console.log('main start');
  const w = new Worker(__filename, { workerData: 'piped' });
  w.on('message', (m) => {
    console.log('main got', m);
    if (m === 'first') w.postMessage('go');
  });
  w.on('exit', (code) => {
    console.log('exit', code);
    const quiet = new Worker(__filename, { workerData: 'kept', stdout: true });
    let text = '';
    quiet.stdout.setEncoding('utf8');
    quiet.stdout.on('data', (chunk) => { text += chunk; });
    quiet.on('message', (m) => { if (m === 'first') quiet.postMessage('go'); });
    quiet.on('exit', () => console.log('captured', JSON.stringify(text)));
  });
  console.log('main end');
}
