// A module worker started with new URL(..., import.meta.url); ref/unref and worker
// options accepted as node does.
import { Worker, isMainThread, parentPort, workerData, threadId } from 'node:worker_threads';

if (isMainThread) {
  const w = new Worker(new URL('./esm.mjs', import.meta.url), {
    workerData: { from: 'main' }, argv: ['x', 'y'], env: { ONLY: '1' },
    resourceLimits: { maxOldGenerationSizeMb: 64 },
  });
  console.log('resourceLimits', w.resourceLimits.maxOldGenerationSizeMb);
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (code) => console.log('exit', code));
  const idle = new Worker(new URL('./_workers/forever.js', import.meta.url));
  idle.unref();
  idle.on('exit', () => console.log('not reached'));
} else {
  parentPort.postMessage([threadId, workerData, process.argv.slice(2), process.env.ONLY,
                          Object.keys(process.env).includes('PATH')]);
}
