'use strict';
// Worker errors: an uncaught error surfaces as 'error' in the parent (exit code 1),
// process.exit(n) ends only the worker, terminate() resolves the exit code, bad paths throw.
const { Worker } = require('worker_threads');
const path = require('path');

// Worker paths are literals: the compiler compiles the modules they name in.
const start = {
  'throws.js': (options) => new Worker(path.join(__dirname, '_workers', 'throws.js'), options),
  'exits.js': (options) => new Worker(path.join(__dirname, '_workers', 'exits.js'), options),
};

function run(name, options) {
  return new Promise((resolve) => {
    const w = start[name](options);
    w.on('error', (e) => {
      if (e instanceof Error) {
        console.log(name, 'error', e.constructor.name, e.name, e.message, e.code, e.info);
      }
      else console.log(name, 'error value', e);
    });
    w.on('exit', (code) => {
      console.log(name, 'exit', code);
      resolve();
    });
  });
}

(async () => {
  for (const bad of ['worker.js', 'x/y.js']) {
    try {
      new Worker(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    new Worker(42);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const missing = new Worker(path.join(__dirname, ['_workers', 'missing.js'].join('/')));
  missing.on('error', (e) => console.log('missing', e.name, e.code,
                                         e.message.replace(__dirname, '<dir>')));
  await new Promise((resolve) => missing.on('exit', resolve));
  await run('throws.js', { workerData: 'TypeError' });
  await run('throws.js', { workerData: 'code' });
  await run('throws.js', { workerData: 'later' });
  await run('throws.js', { workerData: 'value' });
  await run('throws.js', { workerData: 'reject' });
  await run('exits.js', { workerData: 3 });
  await run('exits.js', { workerData: 0 });
  const w = new Worker(`${__dirname}/_workers/forever.js`);
  w.on('exit', (code) => console.log('forever exit', code));
  await new Promise((resolve) => w.once('message', resolve));
  const code = await w.terminate();
  console.log('terminated', code);
  console.log('terminate again', await w.terminate());
  console.log('main still running');
})();
