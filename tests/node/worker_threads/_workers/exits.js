'use strict';
const { workerData } = require('worker_threads');
process.on('exit', (code) => console.log('worker exit event', code));
process.exit(workerData);
