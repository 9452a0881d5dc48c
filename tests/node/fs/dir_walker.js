const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-'));
const rel = (p) => path.relative(root, p) || '.';
function mk(p, content) {
  fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
  fs.writeFileSync(path.join(root, p), content);
}
mk('a/b/c/deep.txt', 'deep');
mk('a/one.js', 'console.log(1)\n');
mk('a/two.md', '# two');
mk('z.txt', 'zzz');
mk('a/b/e.bin', Buffer.alloc(1024, 7));
fs.mkdirSync(path.join(root, 'empty'));
fs.symlinkSync('a/one.js', path.join(root, 'link.js'));
console.log('mkdir recursive returns', rel(fs.mkdirSync(path.join(root, 'x/y/z'), { recursive: true })));
console.log('mkdir again', fs.mkdirSync(path.join(root, 'x/y/z'), { recursive: true }));
const ents = fs.readdirSync(root, { withFileTypes: true });
for (const e of ents.sort((a, b) => a.name.localeCompare(b.name))) {
  console.log(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(), typeof e.path, rel(e.path));
}
const all = fs.readdirSync(root, { recursive: true }).sort();
console.log(all);
const allT = fs.readdirSync(root, { recursive: true, withFileTypes: true })
  .map((d) => `${rel(path.join(d.path, d.name))}:${d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : 'f'}`).sort();
console.log(allT);
function walk(dir, depth = 0) {
  let size = 0;
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (st.isDirectory()) { console.log('  '.repeat(depth) + name + '/'); size += walk(p, depth + 1); }
    else { console.log('  '.repeat(depth) + name, st.size, st.isSymbolicLink() ? '-> ' + fs.readlinkSync(p) : ''); size += st.size; }
  }
  return size;
}
console.log('total', walk(root));
const st = fs.statSync(path.join(root, 'link.js'));
console.log(st.isFile(), st.size, typeof st.mtimeMs, st.mtime instanceof Date, typeof st.ino, typeof st.blksize);
console.log(fs.statSync(path.join(root, 'nope'), { throwIfNoEntry: false }));
console.log(fs.realpathSync(path.join(root, 'link.js')) === fs.realpathSync(path.join(root, 'a/one.js')));
fs.renameSync(path.join(root, 'z.txt'), path.join(root, 'empty/z2.txt'));
fs.copyFileSync(path.join(root, 'a/two.md'), path.join(root, 'empty/two.md'));
try { fs.copyFileSync(path.join(root, 'a/two.md'), path.join(root, 'empty/two.md'), fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, e.message.split(root).join('<r>')); }
fs.cpSync(path.join(root, 'a'), path.join(root, 'acopy'), { recursive: true });
console.log(fs.readdirSync(path.join(root, 'acopy'), { recursive: true }).sort());
try { fs.rmdirSync(path.join(root, 'a')); } catch (e) { console.log(e.code, e.syscall); }
try { fs.rmSync(path.join(root, 'a')); } catch (e) { console.log(e.code, e.name, e.message.split(root).join('<r>')); }
try { fs.readdirSync(path.join(root, 'z.txt')); } catch (e) { console.log(e.code, e.message.split(root).join('<r>')); }
try { fs.readdirSync(path.join(root, 'a/one.js')); } catch (e) { console.log(e.code, e.message.split(root).join('<r>')); }
try { fs.mkdirSync(path.join(root, 'a')); } catch (e) { console.log(e.code, e.message.split(root).join('<r>')); }
try { fs.unlinkSync(path.join(root, 'a')); } catch (e) { console.log(e.code, e.message.split(root).join('<r>')); }
fs.rmSync(root, { recursive: true, force: true });
fs.rmSync(root, { recursive: true, force: true });
console.log(fs.existsSync(root));
