// fs sync API: files, fds, directories, links, metadata, and their errors.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp-sync-' + process.pid);
const p = (n) => path.join(dir, n);
const rel = (s) => String(s).split(dir).join('<dir>');
function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : rel(r));
  } catch (e) {
    console.log(label, e.name, e.code, rel(e.message), e.errno, e.syscall,
                e.path && rel(e.path), e.dest && rel(e.dest));
  }
}

fs.mkdirSync(dir);
try {
  // writeFile / appendFile / readFile
  fs.writeFileSync(p('a.txt'), 'hello ✓\n');
  fs.appendFileSync(p('a.txt'), 'second line\n');
  fs.appendFileSync(p('a.txt'), new Uint8Array([0x41, 0x42, 0x0a]));
  const text = fs.readFileSync(p('a.txt'), 'utf8');
  console.log(JSON.stringify(text), text.length);
  const bytes = fs.readFileSync(p('a.txt'));
  console.log(bytes instanceof Uint8Array, bytes.length, bytes[0], bytes[6]);
  console.log(fs.readFileSync(p('a.txt'), { encoding: 'hex' }).slice(0, 10));
  console.log(fs.readFileSync(p('a.txt'), { encoding: 'base64' }));
  console.log(fs.readFileSync(p('a.txt'), 'latin1').length);
  fs.writeFileSync(p('b.txt'), 'aGk=', 'base64');
  console.log(fs.readFileSync(p('b.txt'), 'utf8'));
  fs.writeFileSync(p('b.txt'), '6869', { encoding: 'hex', mode: 0o600 });
  console.log(fs.readFileSync(p('b.txt'), 'utf8'), (fs.statSync(p('b.txt')).mode & 0o777).toString(8));
  fs.writeFileSync(p('b.txt'), new Uint16Array([0x6968]));
  console.log(fs.readFileSync(p('b.txt'), 'utf8'));
  tryIt('wx existing:', () => fs.writeFileSync(p('b.txt'), 'x', { flag: 'wx' }));
  fs.writeFileSync(p('b.txt'), 'more', { flag: 'a' });
  console.log(fs.readFileSync(p('b.txt'), 'utf8'));
  tryIt('read missing:', () => fs.readFileSync(p('missing.txt')));
  tryIt('read dir:', () => fs.readFileSync(dir));
  tryIt('bad data:', () => fs.writeFileSync(p('c.txt'), 42));
  tryIt('bad flag:', () => fs.readFileSync(p('a.txt'), { flag: 'q' }));
  tryIt('bad encoding:', () => fs.readFileSync(p('a.txt'), 'nope'));

  // fd-based
  const fd = fs.openSync(p('fd.txt'), 'w+');
  console.log(typeof fd, fd > 2);
  console.log(fs.writeSync(fd, 'abcdef'));
  console.log(fs.writeSync(fd, new Uint8Array([49, 50, 51]), 1, 2));
  console.log(fs.writeSync(fd, 'XY', 0));
  const buf = new Uint8Array(10);
  console.log(fs.readSync(fd, buf, 0, 10, 0), Array.from(buf).join(','));
  console.log(fs.readSync(fd, buf, 2, 3, 1), Array.from(buf).join(','));
  console.log(fs.readSync(fd, buf, { position: 6, length: 2 }));
  console.log(fs.fstatSync(fd).size);
  fs.ftruncateSync(fd, 4);
  console.log(fs.fstatSync(fd).size);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.fchmodSync(fd, 0o640);
  console.log((fs.fstatSync(fd).mode & 0o777).toString(8));
  fs.futimesSync(fd, 1000, 2000);
  console.log(fs.fstatSync(fd).mtimeMs, fs.fstatSync(fd).atime.toISOString());
  console.log(fs.readFileSync(fd, 'utf8'));
  fs.closeSync(fd);
  tryIt('close again:', () => fs.closeSync(fd));
  tryIt('read bad fd:', () => fs.readSync(fd, buf, 0, 1, 0));
  tryIt('fstat bad fd:', () => fs.fstatSync(fd));
  tryIt('fd type:', () => fs.closeSync('3'));
  tryIt('fd range:', () => fs.closeSync(-1));
  tryIt('fd int:', () => fs.closeSync(1.5));
  tryIt('length range:', () => fs.readSync(0, buf, 0, 11, 0));
  tryIt('open missing:', () => fs.openSync(p('nope/x.txt'), 'r'));
  tryIt('open no path:', () => fs.openSync());
  tryIt('open number path:', () => fs.openSync(5));
  tryIt('nul byte:', () => fs.openSync('a\u0000b'));
  tryIt('wx:', () => fs.openSync(p('fd.txt'), 'wx'));
  tryIt('eisdir:', () => fs.openSync(dir, 'w'));

  // truncate
  fs.writeFileSync(p('t.txt'), '0123456789');
  fs.truncateSync(p('t.txt'), 3);
  console.log(fs.readFileSync(p('t.txt'), 'utf8'));
  fs.truncateSync(p('t.txt'));
  console.log(fs.statSync(p('t.txt')).size);

  // directories
  console.log(fs.mkdirSync(p('d1')));
  console.log(rel(fs.mkdirSync(p('d2/e/f'), { recursive: true })));
  console.log(fs.mkdirSync(p('d2/e/f'), { recursive: true }));
  tryIt('mkdir exists:', () => fs.mkdirSync(p('d1')));
  tryIt('mkdir enoent:', () => fs.mkdirSync(p('x/y')));
  tryIt('mkdir -p through file:', () => fs.mkdirSync(p('a.txt/z'), { recursive: true }));
  tryIt('mkdir -p onto file:', () => fs.mkdirSync(p('a.txt'), { recursive: true }));
  fs.writeFileSync(p('d2/e/f/g.txt'), 'g');
  fs.writeFileSync(p('d2/h.txt'), 'h');
  console.log(fs.readdirSync(dir).join(','));
  console.log(fs.readdirSync(p('d2'), { recursive: true }).sort().join(','));
  const ents = fs.readdirSync(p('d2'), { withFileTypes: true });
  for (const e of ents) {
    console.log(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(), rel(e.path), rel(e.parentPath), e instanceof fs.Dirent);
  }
  tryIt('readdir missing:', () => fs.readdirSync(p('none')));
  tryIt('readdir file:', () => fs.readdirSync(p('a.txt')));
  tryIt('rmdir not empty:', () => fs.rmdirSync(p('d2')));
  tryIt('rmdir file:', () => fs.rmdirSync(p('a.txt')));
  tryIt('rm dir:', () => fs.rmSync(p('d2')));
  tryIt('rm missing:', () => fs.rmSync(p('none')));
  tryIt('rm missing force:', () => fs.rmSync(p('none'), { force: true }));
  tryIt('rm -r:', () => fs.rmSync(p('d2'), { recursive: true }));
  console.log(fs.existsSync(p('d2')));
  fs.rmdirSync(p('d1'));
  const tmp = fs.mkdtempSync(p('tmp-'));
  console.log(path.basename(tmp).length, path.basename(tmp).startsWith('tmp-'), fs.statSync(tmp).isDirectory());
  fs.rmdirSync(tmp);
  tryIt('mkdtemp missing:', () => fs.mkdtempSync(p('no/tmp-')).length);
  tryIt('mkdtemp type:', () => fs.mkdtempSync(1));

  // unlink, rename, copyFile
  tryIt('unlink missing:', () => fs.unlinkSync(p('none')));
  tryIt('unlink dir:', () => fs.unlinkSync(dir));
  fs.renameSync(p('t.txt'), p('t2.txt'));
  console.log(fs.existsSync(p('t.txt')), fs.existsSync(p('t2.txt')));
  tryIt('rename missing:', () => fs.renameSync(p('none'), p('none2')));
  fs.copyFileSync(p('a.txt'), p('copy.txt'));
  console.log(fs.readFileSync(p('copy.txt'), 'utf8') === text);
  tryIt('copy excl:', () => fs.copyFileSync(p('a.txt'), p('copy.txt'), fs.constants.COPYFILE_EXCL));
  tryIt('copy missing:', () => fs.copyFileSync(p('none'), p('copy2.txt')));

  // links
  fs.symlinkSync('a.txt', p('link'));
  console.log(fs.readlinkSync(p('link')), fs.lstatSync(p('link')).isSymbolicLink(), fs.statSync(p('link')).isFile());
  console.log(rel(fs.realpathSync(p('link'))), rel(fs.realpathSync.native(p('link'))));
  tryIt('symlink exists:', () => fs.symlinkSync('a.txt', p('link')));
  tryIt('readlink not link:', () => fs.readlinkSync(p('a.txt')));
  tryIt('realpath missing:', () => fs.realpathSync(p('none/x')));
  tryIt('realpath.native missing:', () => fs.realpathSync.native(p('none/x')));
  fs.linkSync(p('a.txt'), p('hard'));
  console.log(fs.statSync(p('a.txt')).nlink, fs.statSync(p('hard')).ino === fs.statSync(p('a.txt')).ino);
  tryIt('link exists:', () => fs.linkSync(p('a.txt'), p('hard')));

  // access, exists, chmod, utimes
  fs.accessSync(p('a.txt'));
  fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK);
  tryIt('access missing:', () => fs.accessSync(p('none')));
  tryIt('access mode:', () => fs.accessSync(p('a.txt'), 8));
  console.log(fs.existsSync(p('a.txt')), fs.existsSync(p('none')), fs.existsSync(), fs.existsSync({}));
  fs.chmodSync(p('a.txt'), '755');
  console.log((fs.statSync(p('a.txt')).mode & 0o777).toString(8));
  tryIt('chmod bad:', () => fs.chmodSync(p('a.txt'), 'abc'));
  tryIt('chmod missing:', () => fs.chmodSync(p('none'), 0o644));
  fs.utimesSync(p('a.txt'), new Date('2020-01-02T03:04:05.678Z'), 1600000000.5);
  const st = fs.statSync(p('a.txt'));
  console.log(st.atime.toISOString(), st.mtimeMs, st.mtime.toISOString());
  fs.lutimesSync(p('link'), 5, 6);
  console.log(fs.lstatSync(p('link')).mtimeMs);
  const me = fs.statSync(p('a.txt'));
  fs.chownSync(p('a.txt'), me.uid, me.gid);
  fs.lchownSync(p('link'), me.uid, me.gid);
  tryIt('chown missing:', () => fs.chownSync(p('none'), me.uid, me.gid));
  console.log(fs.statSync(p('none'), { throwIfNoEntry: false }));
  tryIt('stat missing:', () => fs.statSync(p('none')));
  tryIt('lstat missing:', () => fs.lstatSync(p('none')));

  // cp
  fs.mkdirSync(p('src/sub'), { recursive: true });
  fs.writeFileSync(p('src/one'), '1');
  fs.writeFileSync(p('src/sub/two'), '2');
  fs.cpSync(p('src'), p('dst'), { recursive: true });
  console.log(fs.readdirSync(p('dst'), { recursive: true }).sort().join(','), fs.readFileSync(p('dst/sub/two'), 'utf8'));
  tryIt('cp dir no -r:', () => fs.cpSync(p('src'), p('dst2')));

  // opendir
  const d = fs.opendirSync(p('src'));
  const names = [];
  let ent;
  while ((ent = d.readSync()) !== null) names.push(ent.name + ':' + ent.isDirectory());
  d.closeSync();
  console.log(names.sort().join(','));
  tryIt('dir closed:', () => d.readSync());
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log('cleaned', fs.existsSync(dir));
