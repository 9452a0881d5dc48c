'use strict';
const { workerData } = require('worker_threads');
if (workerData === 'TypeError') {
  null.x;
} else if (workerData === 'code') {
  const err = new Error('with code');
  err.code = 'E_CUSTOM';
  err.info = { n: 1 };
  throw err;
} else if (workerData === 'later') {
  setTimeout(() => {
    throw new RangeError('later failure');
  }, 5);
} else if (workerData === 'value') {
  throw 42;
} else {
  Promise.reject(new Error('rejected'));
}
