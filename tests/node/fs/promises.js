// fs/promises: the functions, FileHandle, rejections, and fs.promises identity.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, 'tmp-prom-' + process.pid);
const p = (n) => path.join(dir, n);
const rel = (s) => String(s).split(dir).join('<dir>');
const err = (e) => `${e.name} ${e.code} ${rel(e.message)} ${e.errno} ${e.syscall}`;

async function main() {
  console.log(fs.promises === fsp, require('node:fs/promises') === fsp, typeof fsp.constants.O_RDONLY);
  console.log(await fsp.mkdir(dir), rel(await fsp.mkdir(p('a/b'), { recursive: true })));
  console.log(await fsp.writeFile(p('f.txt'), 'one ✓'));
  await fsp.appendFile(p('f.txt'), '\ntwo');
  console.log(JSON.stringify(await fsp.readFile(p('f.txt'), 'utf8')));
  const b = await fsp.readFile(p('f.txt'));
  console.log(b instanceof Uint8Array, b.length);
  console.log(await fsp.readFile(p('f.txt'), { encoding: 'base64' }));
  const st = await fsp.stat(p('f.txt'));
  console.log(st.size, st.isFile(), st.isDirectory(), st instanceof fs.Stats);
  const bst = await fsp.stat(p('f.txt'), { bigint: true });
  console.log(typeof bst.size, bst.size, bst.isFile(), typeof bst.atimeNs);
  console.log((await fsp.lstat(p('a'))).isDirectory());
  console.log((await fsp.readdir(dir)).join(','));
  console.log((await fsp.readdir(dir, { withFileTypes: true })).map((d) => d.name + ':' + d.isFile()).join(','));
  console.log((await fsp.readdir(dir, { recursive: true })).sort().join(','));
  await fsp.access(p('f.txt'), fs.constants.R_OK);
  await fsp.copyFile(p('f.txt'), p('g.txt'));
  await fsp.rename(p('g.txt'), p('h.txt'));
  await fsp.symlink('h.txt', p('ln'));
  console.log(await fsp.readlink(p('ln')), rel(await fsp.realpath(p('ln'))));
  await fsp.link(p('h.txt'), p('hard'));
  await fsp.chmod(p('h.txt'), 0o640);
  console.log(((await fsp.stat(p('h.txt'))).mode & 0o777).toString(8));
  await fsp.utimes(p('h.txt'), 1, 2);
  console.log((await fsp.stat(p('h.txt'))).mtimeMs);
  await fsp.truncate(p('h.txt'), 2);
  console.log(await fsp.readFile(p('h.txt'), 'utf8'));
  const t = await fsp.mkdtemp(p('tmp-'));
  console.log(path.basename(t).length);
  await fsp.rmdir(t);
  await fsp.unlink(p('hard'));

  // FileHandle
  const fh = await fsp.open(p('fh.txt'), 'w+');
  console.log(typeof fh.fd, fh.constructor.name);
  console.log((await fh.write('abcdef')).bytesWritten);
  const w = await fh.write(new Uint8Array([49, 50]), 0, 2, 0);
  console.log(w.bytesWritten, w.buffer instanceof Uint8Array);
  const r = await fh.read(new Uint8Array(4), 0, 4, 1);
  console.log(r.bytesRead, Array.from(r.buffer).join(','));
  const r2 = await fh.read({ buffer: new Uint8Array(3), position: 3 });
  console.log(r2.bytesRead, Array.from(r2.buffer).join(','));
  console.log((await fh.stat()).size);
  await fh.truncate(4);
  console.log(await fh.readFile('utf8'), (await fh.stat()).size);
  await fh.writeFile('XYZ');
  await fh.sync();
  await fh.datasync();
  let closed = false;
  fh.on('close', () => { closed = true; });
  await fh.close();
  console.log('closed', closed, fh.fd);
  await fh.close();
  console.log(await fsp.readFile(p('fh.txt'), 'utf8'));
  const fh2 = await fsp.open(p('fh.txt'));
  console.log(await fsp.readFile(fh2, 'utf8'));
  await fh2.close();

  // rejections
  for (const [label, fn] of [
    ['readFile missing', () => fsp.readFile(p('none'))],
    ['open missing', () => fsp.open(p('none'))],
    ['open wx', () => fsp.open(p('fh.txt'), 'wx')],
    ['stat missing', () => fsp.stat(p('none'))],
    ['mkdir exists', () => fsp.mkdir(p('a'))],
    ['mkdir -p file', () => fsp.mkdir(p('fh.txt/x'), { recursive: true })],
    ['readdir file', () => fsp.readdir(p('fh.txt'))],
    ['rmdir not empty', () => fsp.rmdir(p('a'))],
    ['rm dir', () => fsp.rm(p('a'))],
    ['rm missing', () => fsp.rm(p('none'))],
    ['rename missing', () => fsp.rename(p('none'), p('none2'))],
    ['access missing', () => fsp.access(p('none'))],
    ['unlink dir', () => fsp.unlink(p('a'))],
    ['copyFile excl', () => fsp.copyFile(p('f.txt'), p('h.txt'), fs.constants.COPYFILE_EXCL)],
    ['readFile dir', () => fsp.readFile(dir)],
    ['bad path', () => fsp.readFile(undefined)],
    ['bad data', () => fsp.writeFile(p('x'), 1)],
  ]) {
    try {
      await fn();
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, err(e));
    }
  }
  console.log(await fsp.rm(p('none'), { force: true }));
  const all = await Promise.allSettled([fsp.readFile(p('f.txt'), 'utf8'), fsp.access(p('none'))]);
  console.log(all.map((x) => x.status).join(','));
  await fsp.rm(dir, { recursive: true });
  console.log('removed', fs.existsSync(dir));
}
main().then(() => console.log('done'));
console.log('main returned first');
