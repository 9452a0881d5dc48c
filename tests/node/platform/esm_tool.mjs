import { readFile, writeFile, mkdtemp, rm, readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, gunzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';
import assert from 'node:assert/strict';
import * as util from 'node:util';

const here = fileURLToPath(import.meta.url);
console.log(basename(here), extname(here), typeof import.meta.dirname, typeof import.meta.filename);
const dir = await mkdtemp(join(tmpdir(), 'esm-'));
const files = { 'a.txt': 'alpha', 'b.txt': 'bravo'.repeat(50), 'c.json': JSON.stringify({ c: [1, 2, 3] }) };
for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
const manifest = [];
for (const name of (await readdir(dir)).sort()) {
  const buf = await readFile(join(dir, name));
  const st = await stat(join(dir, name));
  manifest.push({ name, size: st.size, sha1: createHash('sha1').update(buf).digest('hex').slice(0, 12), gz: gzipSync(buf).length });
}
console.table(manifest);
const ee = new EventEmitter();
const results = [];
ee.on('job', async (n) => { await sleep(n); results.push(n); });
for (const n of [3, 1, 2]) ee.emit('job', n * 5);
await sleep(40);
console.log(results);
assert.deepEqual(gunzipSync(gzipSync('x')).toString(), 'x');
try { assert.equal(1, 2); } catch (e) { console.log(e.message.split('\n')[0], e.operator); }
console.log(util.format('%s files, %d bytes', manifest.length, manifest.reduce((a, m) => a + m.size, 0)));
await rm(dir, { recursive: true });
try { await stat(dir); } catch (e) { console.log(e.code); }
const mod = await import('node:path');
console.log(mod.default === mod.default.posix, typeof mod.join, Object.keys(await import('node:os')).includes('cpus'));
