'use strict';
const { workerData } = require('worker_threads');
if (workerData === 'TypeError') {
  null.x;
} else if (workerData === 'later') {
  setTimeout(() => {
    throw new RangeError('later failure');
  }, 5);
} else if (workerData === 'value') {
  throw 42;
} else {
  Promise.reject(new Error('rejected'));
}
