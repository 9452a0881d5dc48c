// exec / execFile: callbacks with (err, stdout, stderr), err.code = exit
// code, err.cmd, timeouts, a missing command, encodings.
const cp = require('child_process');
const steps = [
  (next) => cp.exec('echo hello; echo warn >&2', (err, out, errOut) => { console.log('ok:', err, JSON.stringify(out), JSON.stringify(errOut)); next(); }),
  (next) => cp.exec('echo a; exit 2', (err, out) => { console.log('fail:', Object.keys(err), JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd, JSON.stringify(out)); next(); }),
  (next) => cp.execFile('nosuch_kiln_y', ['q'], (err, out) => { console.log('missing:', Object.keys(err), err.message, err.code, err.cmd, JSON.stringify(out)); next(); }),
  (next) => cp.exec('sleep 3', { timeout: 100 }, (err) => { console.log('timeout:', Object.keys(err), JSON.stringify(err.message), err.killed, err.signal, err.code); next(); }),
  (next) => cp.execFile('sh', ['-c', 'echo $((1+2))'], (err, out) => { console.log('execFile:', err, JSON.stringify(out)); next(); }),
  (next) => cp.execFile('sh', ['-c', 'exit 7'], (err) => { console.log('execFile fail:', JSON.stringify(err.message), err.code, err.cmd); next(); }),
  (next) => cp.exec('pwd', { cwd: '/' }, (err, out) => { console.log('cwd:', JSON.stringify(out)); next(); }),
  (next) => cp.exec('echo $KILN_X', { env: { KILN_X: 'from env' } }, (err, out) => { console.log('env:', JSON.stringify(out)); next(); }),
  (next) => cp.exec('head -c 3000 /dev/zero | tr "\\0" a', { maxBuffer: 1000 }, (err, out) => { console.log('maxBuffer:', err.code, err.message, out.length); next(); }),
  (next) => { const child = cp.exec('echo returned'); console.log('exec returns', child.constructor.name, typeof child.pid); child.on('close', (c) => { console.log('close', c); next(); }); },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
try { cp.exec(42); } catch (e) { console.log(e.code, e.message); }
try { cp.execFile('echo', [], {}, 'notfn'); } catch (e) { console.log(e.code, e.message); }
