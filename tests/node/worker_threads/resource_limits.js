'use strict';
// resourceLimits: a worker past maxOldGenerationSizeMb ends with ERR_WORKER_OUT_OF_MEMORY on
// the parent (exit code 1); the limits are visible on both sides.
const { Worker, isMainThread, parentPort, resourceLimits } = require('worker_threads');

if (!isMainThread) {
  parentPort.postMessage(resourceLimits.maxOldGenerationSizeMb);
  if (process.argv[2] === 'grow') {
    const keep = [];
    for (;;) keep.push(new Array(10000).fill({ n: keep.length }));
  }
} else {
  const limits = { maxOldGenerationSizeMb: 24 };
  const w = new Worker(__filename, { argv: ['grow'], resourceLimits: limits });
  console.log('parent sees', w.resourceLimits.maxOldGenerationSizeMb);
  w.on('message', (m) => console.log('worker sees', m));
  w.on('error', (e) => console.log('error', e.name, e.code, e.message, e instanceof Error));
  w.on('exit', (code) => {
    console.log('exit', code);
    const calm = new Worker(__filename, { resourceLimits: { maxOldGenerationSizeMb: 64 } });
    calm.on('message', (m) => console.log('calm worker sees', m));
    calm.on('error', (e) => console.log('calm error', e.code));
    calm.on('exit', (c) => console.log('calm exit', c));
  });
}
