'use strict';
const { parentPort } = require('worker_threads');
setInterval(() => {}, 1000);
parentPort.postMessage('ready');
