// Without an encoding, child output comes as Buffers.
const cp = require('child_process');
const out = cp.execSync('printf "h\\303\\251"');
console.log(Buffer.isBuffer(out), out, out.toString());
const r = cp.spawnSync('cat', { input: Buffer.from([0, 1, 255, 10]) });
console.log(r.stdout, Buffer.isBuffer(r.stderr), r.stderr.length);
console.log(cp.execFileSync('echo', ['abc']).toString('hex'));
const child = cp.spawn('sh', ['-c', 'printf abc; printf err >&2']);
const chunks = [];
child.stdout.on('data', (c) => chunks.push(c));
child.stderr.on('data', (c) => console.log('stderr chunk is buffer', Buffer.isBuffer(c), String(c)));
child.on('close', () => console.log('stdout', Buffer.concat(chunks), Buffer.isBuffer(chunks[0])));
cp.exec('printf xyz', { encoding: 'buffer' }, (err, so, se) => console.log('exec buffer', err, so, se));
cp.exec('printf xyz', { encoding: 'hex' }, (err, so) => console.log('exec hex', so));
try { cp.execSync('echo bad >&2; exit 1'); } catch (e) { console.log('stderr buffer', e.stderr, JSON.stringify(e.message)); }
