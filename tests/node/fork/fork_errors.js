'use strict';
// fork(): a child that throws, exits with a code, is killed; silent stdio;
// argument and channel errors.
const { fork } = require('child_process');
const path = require('path');

function run(mode, options) {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, '_child', 'errors.js'), [mode], options);
    let out = '';
    let err = '';
    if (child.stdout) child.stdout.on('data', (d) => { out += d; });
    if (child.stderr) child.stderr.on('data', (d) => { err += d; });
    child.on('message', (m) => {
      console.log(mode, 'message', m);
      console.log('kill', child.kill());
    });
    child.on('close', (code, signal) => resolve({ code, signal, out, err, child }));
  });
}

(async () => {
  let r = await run('throw', { silent: true });
  console.log('throw', r.code, r.signal, r.out === '', r.err.includes('Error: boom in child'));
  r = await run('exit');
  console.log('exit', r.code, r.signal, r.child.connected, r.child.exitCode);
  r = await run('wait');
  console.log('wait', r.code, r.signal, r.child.killed, r.child.signalCode);
  r = await run('print', { silent: true });
  console.log('print', r.code, JSON.stringify(r.out), JSON.stringify(r.err));

  const child = r.child;
  child.on('error', (e) => console.log('error event', e.code, e.message));
  console.log('send after exit', child.send('x'));
  child.send('y', (e) => console.log('callback', e.code));
  await new Promise((res) => setImmediate(res));
  child.disconnect();
  try {
    child.send(undefined);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    fork(path.join(__dirname, '_child', 'errors.js'), [], { stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    fork(42);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
