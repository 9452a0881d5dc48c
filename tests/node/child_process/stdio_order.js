// stdio arrays with fd numbers and 'inherit', argv0, and the order of a
// child's events.
const { spawn } = require('child_process');
const c2 = spawn('sh', ['-c', 'echo to-inherited-stdout; echo $0'], { stdio: ['ignore', 'inherit', 2], argv0: 'custom-argv0' });
// (Printed once the child is done: the child writes to the same stdout.)
const streams = [c2.stdin, c2.stdout, c2.stderr];
c2.on('close', (code) => {
  console.log('stdio', ...streams);
  console.log('inherit close', code);
  const order = [];
  const c3 = spawn('sh', ['-c', 'echo data']);
  c3.on('spawn', () => order.push('spawn'));
  c3.stdout.on('data', () => order.push('data'));
  c3.on('close', () => { order.push('close'); console.log(order.join(' > ')); });
  try { spawn('echo', [], { signal: 'nope' }); } catch (e) { console.log(e.code); }
  try { spawn('echo', [], { stdio: 'bogus' }); } catch (e) { console.log(e.code, e.message); }
  try { spawn('echo', [], { cwd: 5 }); } catch (e) { console.log(e.code, e.message); }
});
