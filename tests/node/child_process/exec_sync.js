// spawnSync / execSync / execFileSync: results, errors, inherited stderr.
const cp = require('child_process');
const show = (x) => (x === null || x === undefined ? x : typeof x === 'string' ? JSON.stringify(x) : 'bytes:' + JSON.stringify(String.fromCharCode(...x)));

const r = cp.spawnSync('sh', ['-c', 'echo hi; echo e >&2; exit 2']);
console.log(Object.keys(r), r.status, r.signal, r.output.length, r.output[0], show(r.stdout), show(r.stderr), typeof r.pid);

const r2 = cp.spawnSync('nosuch_kiln_cmd', ['x']);
console.log(Object.keys(r2), r2.error.message, r2.error.code, r2.error.errno, r2.error.syscall, r2.error.path, r2.error.spawnargs, r2.status, r2.stdout, r2.pid);

const r3 = cp.spawnSync('sleep', ['3'], { timeout: 100 });
console.log('timeout:', r3.error.message, r3.error.code, r3.signal, r3.status);

const r4 = cp.spawnSync('cat', { input: 'from input ✓\n', encoding: 'utf8' });
console.log('input:', show(r4.stdout), r4.status);

const r5 = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log('signaled:', r5.status, r5.signal);

const r6 = cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' });
console.log('cwd:', show(r6.stdout));

const r7 = cp.spawnSync('sh', ['-c', 'echo $A$B'], { env: { A: 'x', B: 1 }, encoding: 'utf8' });
console.log('env:', show(r7.stdout));

const r8 = cp.spawnSync('sh', ['-c', 'head -c 5000 /dev/zero'], { maxBuffer: 100 });
console.log('maxBuffer:', r8.error && r8.error.code, r8.stdout && r8.stdout.length <= 5000);

console.log('execSync:', show(cp.execSync('echo x; echo y', { encoding: 'utf8' })));
console.log('execFileSync:', show(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' })));
try {
  cp.execSync('echo out; echo err-text >&2; exit 4', { encoding: 'utf8' });
} catch (e) {
  console.log(Object.keys(e), JSON.stringify(e.message), e.status, e.signal, show(e.stdout), show(e.stderr));
}
try {
  cp.execFileSync('sh', ['-c', 'exit 5'], { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status);
}
try {
  cp.execFileSync('nosuch_kiln_cmd2');
} catch (e) {
  console.log(e.message, e.code, Object.keys(e));
}
try { cp.spawnSync(42); } catch (e) { console.log(e.name, e.code, e.message); }
try { cp.spawnSync(''); } catch (e) { console.log(e.name, e.code, e.message); }
try { cp.spawnSync('echo', 'str'); } catch (e) { console.log(e.name, e.code, e.message); }
try { cp.spawnSync('echo', [], { timeout: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { cp.spawnSync('echo', [], { killSignal: 'SIGNOPE' }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('inherit:');
cp.spawnSync('echo', ['inherited line'], { stdio: 'inherit' });
console.log('after inherit');
