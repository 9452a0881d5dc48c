'use strict';
// An error in a worker with no 'error' listener in the parent ends the parent with it.
const { Worker, isMainThread } = require('worker_threads');

if (!isMainThread) {
  throw new TypeError('worker failed');
} else {
  const w = new Worker(__filename);
  w.on('exit', (code) => console.log('exit', code));
  console.log('started');
}
