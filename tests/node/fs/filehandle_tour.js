const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { Readable, Writable, Duplex } = require('stream');
const { Blob, File } = require('buffer');
async function main() {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'm2-'));
  const f = path.join(dir, 'fh.txt');
  const fh = await fsp.open(f, 'w+');
  console.log(typeof fh.fd, fh.constructor.name);
  const { bytesWritten } = await fh.write('hello filehandle\n');
  await fh.write(Buffer.from('second line\n'));
  await fh.appendFile('third\n');
  const st = await fh.stat();
  const buf = Buffer.alloc(5);
  const { bytesRead } = await fh.read(buf, 0, 5, 6);
  console.log(bytesWritten, st.size, bytesRead, buf.toString());
  console.log(JSON.stringify(await fh.readFile('utf8')));
  await fh.truncate(5);
  await fh.sync();
  await fh.close();
  try { await fh.read(buf, 0, 1, 0); } catch (e) { console.log(e.code, e.message); }
  console.log(await fsp.readFile(f, 'utf8'));
  const fh2 = await fsp.open(f);
  for await (const line of fh2.readLines()) console.log('line:', line);
  await fsp.writeFile(path.join(dir, 'it.txt'), Readable.from(['a', 'b', 'c']));
  console.log(await fsp.readFile(path.join(dir, 'it.txt'), 'utf8'));
  await fsp.cp(dir, dir + '-copy', { recursive: true });
  console.log((await fsp.readdir(dir + '-copy')).sort());
  await fsp.rename(path.join(dir, 'it.txt'), path.join(dir, 'moved.txt'));
  console.log(fs.existsSync(path.join(dir, 'moved.txt')), (await fsp.lstat(dir)).isDirectory());
  await fsp.symlink(f, path.join(dir, 'sl'));
  console.log(path.basename(await fsp.readlink(path.join(dir, 'sl'))), path.basename(await fsp.realpath(path.join(dir, 'sl'))));
  try { await fsp.access(path.join(dir, 'nope')); } catch (e) { console.log(e.code, e.syscall); }
  try { await fsp.mkdir(dir); } catch (e) { console.log(e.code, e.syscall); }
  try { await fsp.rmdir(dir); } catch (e) { console.log(e.code, e.syscall); }
  try { await fsp.rm(path.join(dir, 'nope')); } catch (e) { console.log(e.code, e.syscall, e.message.replace(dir, '<d>')); }
  await fsp.rm(path.join(dir, 'nope'), { force: true });
  const dh = await fsp.opendir(dir);
  const names = [];
  for await (const d of dh) names.push(d.name + (d.isSymbolicLink() ? '@' : ''));
  console.log(names.sort());
  await fsp.rm(dir, { recursive: true }); await fsp.rm(dir + '-copy', { recursive: true });
  const blob = new Blob(['ab', Buffer.from('cd'), new Uint8Array([101])], { type: 'text/plain' });
  console.log(blob.size, blob.type, await blob.text(), Buffer.from(await blob.slice(1, 3).arrayBuffer()).toString(), blob);
  const file = new File(['x'], 'name.txt', { lastModified: 5 });
  console.log(file.name, file.size, file.lastModified, file instanceof Blob);
  const d = new Duplex({ read() {}, write(c, e, cb) { this.push(c.toString().toUpperCase()); cb(); }, final(cb) { this.push(null); cb(); } });
  d.end('duplex');
  console.log((await d.toArray()).map(String));
  const w = new Writable({ writev(chunks, cb) { console.log('writev', chunks.length, chunks.map((c) => c.chunk.toString())); cb(); }, write(c, e, cb) { console.log('write', c.toString()); cb(); } });
  w.cork(); w.write('1'); w.write('2'); process.nextTick(() => w.uncork());
  await new Promise((r) => setImmediate(r));
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 }); r.push('s'); r.push(null);
  console.log(r.read(), r.read(), r.read(), r.readableLength);
  const r2 = Readable.from('a string is one chunk');
  console.log(await r2.toArray());
  const rr = new Readable({ read() {} });
  rr.push('x');
  rr.destroy(new Error('destroyed with error'));
  rr.on('error', (e) => console.log('rr error', e.message, rr.destroyed, rr.errored && rr.errored.message));
  rr.on('close', () => console.log('rr close'));
}
main();
