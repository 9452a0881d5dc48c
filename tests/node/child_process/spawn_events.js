// spawn: event order, exit codes, signals, a missing command.
const { spawn } = require('child_process');
function run(name, cmd, args, opts) {
  return new Promise((resolve) => {
    const events = [];
    const child = spawn(cmd, args, opts);
    console.log(name, 'pid type', typeof child.pid, 'connected stdio', child.stdio.length, child.stdin !== null, child.stdout !== null, child.stderr !== null);
    let out = '';
    let err = '';
    if (child.stdout) { child.stdout.setEncoding('utf8'); child.stdout.on('data', (d) => { out += d; }); child.stdout.on('end', () => events.push('stdout end')); }
    if (child.stderr) { child.stderr.setEncoding('utf8'); child.stderr.on('data', (d) => { err += d; }); }
    child.on('spawn', () => events.push('spawn'));
    child.on('error', (e) => { events.push('error'); console.log(name, 'error:', e.message, e.code, e.errno, e.syscall, e.path, JSON.stringify(e.spawnargs)); });
    child.on('exit', (code, signal) => { events.push('exit ' + code + ' ' + signal); });
    child.on('close', (code, signal) => {
      events.push('close ' + code + ' ' + signal);
      console.log(name, JSON.stringify(out), JSON.stringify(err), events.filter((e) => e !== 'stdout end').join(', '), 'exitCode', child.exitCode, 'signalCode', child.signalCode, 'killed', child.killed);
      resolve();
    });
  });
}
(async () => {
  await run('echo', 'echo', ['hello', 'world']);
  await run('fail', 'sh', ['-c', 'echo out; echo oops >&2; exit 3']);
  await run('missing', 'nosuchcmd_kiln', ['a', 'b']);
  await run('shell', 'echo $((6*7)) | tr 4 X', [], { shell: true });
  await run('cwd', 'pwd', [], { cwd: '/' });
  await run('env', 'sh', ['-c', 'echo "$ONLY_VAR:$PATH"'], { env: { ONLY_VAR: 'set' } });
  await new Promise((resolve) => {
    const child = spawn('sleep', ['5']);
    child.on('exit', (code, signal) => console.log('sleep exit', code, signal, child.killed, child.signalCode));
    child.on('close', resolve);
    setTimeout(() => console.log('kill returned', child.kill()), 50);
  });
  await new Promise((resolve) => {
    const child = spawn('cat');
    let got = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => { got += d; });
    child.on('close', (code) => { console.log('cat echoed', JSON.stringify(got), code); resolve(); });
    child.stdin.write('line 1\n');
    child.stdin.end('line 2\n');
  });
  await new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'kill -USR1 $$']);
    child.on('exit', (code, signal) => { console.log('self-signaled', code, signal); resolve(); });
  });
  const ig = spawn('echo', ['ignored'], { stdio: 'ignore' });
  console.log('ignore stdio', ig.stdout, ig.stdin, ig.stdio);
  ig.on('close', (code) => console.log('ignore close', code));
})();
