const cp = require('child_process');
const util = require('util');
const execP = util.promisify(cp.exec);
const execFileP = util.promisify(cp.execFile);
async function main() {
  const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  console.log(r.status, r.signal, r.stdout.toString(), r.stderr.toString(), r.pid > 0, r.output.length);
  const r2 = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
  console.log(r2.status, r2.signal);
  const r3 = cp.spawnSync('definitely-not-a-command-xyz', ['a']);
  console.log(r3.error.code, r3.error.syscall, r3.error.path, r3.error.spawnargs, r3.error.message, r3.status);
  const r4 = cp.spawnSync('cat', { input: 'fed via stdin', encoding: 'utf8' });
  console.log(JSON.stringify(r4.stdout));
  console.log(cp.execSync('echo $FOO', { env: { ...process.env, FOO: 'bar' } }).toString().trim());
  console.log(cp.execSync('pwd', { cwd: '/', encoding: 'utf8' }));
  try { cp.execSync('echo to-stderr >&2; exit 2', { stdio: 'pipe' }); } catch (e) {
    console.log(e.status, e.signal, e.message, JSON.stringify(e.stderr.toString()), e.constructor.name);
  }
  try { cp.execFileSync('false'); } catch (e) { console.log('execFileSync', e.status, e.message); }
  const { stdout, stderr } = await execP('echo a; echo b 1>&2');
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  try { await execP('exit 7'); } catch (e) { console.log(e.code, e.killed, e.signal, e.cmd, JSON.stringify(e.stdout), e.message); }
  try { await execFileP('nope-nope-cmd'); } catch (e) { console.log(e.code, e.errno, e.syscall, e.path, e.message); }
  const out = await execFileP('printf', ['%s-%s', 'x', 'y']);
  console.log(out);
  await new Promise((res) => {
    const ch = cp.spawn('sh', ['-c', 'read l; echo got:$l; exit 4'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let buf = '';
    ch.stdout.setEncoding('utf8');
    ch.stdout.on('data', (d) => { buf += d; });
    ch.on('exit', (code, sig) => console.log('exit', code, sig));
    ch.on('close', (code, sig) => { console.log('close', code, sig, JSON.stringify(buf)); res(); });
    ch.stdin.end('line1\n');
  });
  await new Promise((res) => {
    const ch = cp.spawn('sleep', ['5']);
    ch.on('close', (code, sig) => { console.log('killed', code, sig, ch.killed, ch.signalCode, ch.exitCode); res(); });
    setTimeout(() => console.log('kill returned', ch.kill()), 20);
  });
  await new Promise((res) => {
    const ch = cp.spawn('no-such-binary-here');
    ch.on('error', (e) => { console.log('spawn error', e.code, e.message, e.spawnargs); });
    ch.on('close', (code) => { console.log('close after error', code); res(); });
  });
  const ch = cp.spawn('echo', ['ignored'], { stdio: 'ignore' });
  console.log(ch.stdout, ch.stdin, ch.stdio.length);
  await new Promise((resolve) => ch.on('close', (c) => { console.log('ignore close', c); resolve(); }));
  const sh = cp.spawn('echo $0 "$1"', { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for await (const d of sh.stdout) console.log('shell out', JSON.stringify(d.toString()));
  cp.exec('echo cb-form', (err, so, se) => console.log('cb', err, JSON.stringify(so), JSON.stringify(se)));
}
main();
