// fs callback API: each operation chained, results and errors as node gives them.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp-cb-' + process.pid);
const p = (n) => path.join(dir, n);
const rel = (s) => String(s).split(dir).join('<dir>');
const show = (label, err, ...rest) =>
  console.log(label, err ? `${err.code} ${rel(err.message)} ${err.errno} ${err.syscall}` : err,
              ...rest.map((r) => (typeof r === 'string' ? rel(r) : r)));

const steps = [
  (next) => fs.mkdir(dir, (err) => { show('mkdir', err); next(); }),
  (next) => fs.writeFile(p('a.txt'), 'alpha ✓', (err) => { show('writeFile', err); next(); }),
  (next) => fs.appendFile(p('a.txt'), '\nbeta', (err) => { show('appendFile', err); next(); }),
  (next) => fs.appendFile(p('a.txt'), new Uint8Array([33]), { mode: 0o600 }, (err) => { show('appendFile bytes', err); next(); }),
  (next) => fs.readFile(p('a.txt'), 'utf8', (err, d) => { show('readFile utf8', err, JSON.stringify(d)); next(); }),
  (next) => fs.readFile(p('a.txt'), (err, d) => { show('readFile', err, d instanceof Uint8Array, d.length); next(); }),
  (next) => fs.readFile(p('a.txt'), { encoding: 'hex', flag: 'r' }, (err, d) => { show('readFile hex', err, d); next(); }),
  (next) => fs.readFile(p('missing'), (err, d) => { show('readFile missing', err, d); next(); }),
  (next) => fs.readFile(dir, (err, d) => { show('readFile dir', err, d); next(); }),
  (next) => fs.writeFile(p('a.txt'), 'x', { flag: 'wx' }, (err) => { show('writeFile wx', err); next(); }),
  (next) => fs.open(p('f.txt'), 'w+', (err, fd) => {
    show('open', err, typeof fd);
    fs.write(fd, 'hello world', (err, n, s) => {
      show('write string', err, n, s);
      const b = new Uint8Array([65, 66, 67]);
      fs.write(fd, b, 0, 3, 0, (err, n, buf) => {
        show('write buffer', err, n, buf === b);
        const rb = new Uint8Array(5);
        fs.read(fd, rb, 0, 5, 2, (err, n, buf) => {
          show('read', err, n, buf === rb, Array.from(rb).join(','));
          fs.read(fd, { buffer: new Uint8Array(4), position: 0 }, (err, n, buf) => {
            show('read options', err, n, Array.from(buf).join(','));
            fs.fstat(fd, (err, st) => {
              show('fstat', err, st.size, st.isFile());
              fs.ftruncate(fd, 3, (err) => {
                show('ftruncate', err);
                fs.fsync(fd, (err) => {
                  show('fsync', err);
                  fs.close(fd, (err) => {
                    show('close', err);
                    fs.close(fd, (err) => { show('close again', err); next(); });
                  });
                });
              });
            });
          });
        });
      });
    });
  }),
  (next) => fs.open(p('nope/x'), 'r', (err, fd) => { show('open missing', err, fd); next(); }),
  (next) => fs.stat(p('f.txt'), (err, st) => { show('stat', err, st.size, st.isDirectory(), st instanceof fs.Stats); next(); }),
  (next) => fs.stat(p('f.txt'), { bigint: true }, (err, st) => { show('stat bigint', err, typeof st.size, st.size, typeof st.mtimeNs); next(); }),
  (next) => fs.lstat(p('none'), (err, st) => { show('lstat missing', err, st); next(); }),
  (next) => fs.mkdir(p('x/y/z'), { recursive: true }, (err, first) => { show('mkdir -p', err, first); next(); }),
  (next) => fs.mkdir(p('x/y/z'), { recursive: true }, (err, first) => { show('mkdir -p again', err, first); next(); }),
  (next) => fs.mkdir(p('x'), (err) => { show('mkdir exists', err); next(); }),
  (next) => fs.readdir(dir, (err, names) => { show('readdir', err, names.join(',')); next(); }),
  (next) => fs.readdir(dir, { withFileTypes: true }, (err, ents) => {
    show('readdir types', err, ents.map((e) => e.name + (e.isDirectory() ? '/' : '')).join(','));
    next();
  }),
  (next) => fs.readdir(dir, { recursive: true }, (err, names) => { show('readdir -r', err, names.sort().join(',')); next(); }),
  (next) => fs.readdir(p('f.txt'), (err) => { show('readdir file', err); next(); }),
  (next) => fs.mkdtemp(p('t-'), (err, d) => { show('mkdtemp', err, path.basename(d).length); fs.rmdir(d, (err) => { show('rmdir', err); next(); }); }),
  (next) => fs.rename(p('f.txt'), p('g.txt'), (err) => { show('rename', err); next(); }),
  (next) => fs.rename(p('f.txt'), p('h.txt'), (err) => { show('rename missing', err); next(); }),
  (next) => fs.copyFile(p('g.txt'), p('c.txt'), (err) => { show('copyFile', err); next(); }),
  (next) => fs.copyFile(p('g.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL, (err) => { show('copyFile excl', err); next(); }),
  (next) => fs.symlink('g.txt', p('ln'), (err) => { show('symlink', err); next(); }),
  (next) => fs.readlink(p('ln'), (err, t) => { show('readlink', err, t); next(); }),
  (next) => fs.realpath(p('ln'), (err, t) => { show('realpath', err, t); next(); }),
  (next) => fs.realpath.native(p('ln'), (err, t) => { show('realpath.native', err, t); next(); }),
  (next) => fs.link(p('g.txt'), p('hard'), (err) => { show('link', err); next(); }),
  (next) => fs.link(p('g.txt'), p('hard'), (err) => { show('link exists', err); next(); }),
  (next) => fs.access(p('g.txt'), fs.constants.R_OK, (err) => { show('access', err); next(); }),
  (next) => fs.access(p('none'), (err) => { show('access missing', err); next(); }),
  (next) => fs.exists(p('g.txt'), (...args) => { console.log('exists', args); next(); }),
  (next) => fs.exists(p('none'), (...args) => { console.log('exists missing', args); next(); }),
  (next) => fs.chmod(p('g.txt'), 0o600, (err) => {
    show('chmod', err, (fs.statSync(p('g.txt')).mode & 0o777).toString(8)); next();
  }),
  (next) => fs.utimes(p('g.txt'), 100, 200.25, (err) => { show('utimes', err, fs.statSync(p('g.txt')).mtimeMs); next(); }),
  (next) => fs.truncate(p('g.txt'), 1, (err) => { show('truncate', err, fs.readFileSync(p('g.txt'), 'utf8')); next(); }),
  (next) => fs.truncate(p('none'), (err) => { show('truncate missing', err); next(); }),
  (next) => fs.unlink(p('none'), (err) => { show('unlink missing', err); next(); }),
  (next) => fs.rm(p('x'), (err) => { show('rm dir', err); next(); }),
  (next) => fs.rm(p('none'), { force: true }, (err) => { show('rm force', err); next(); }),
  (next) => fs.cp(p('x'), p('x2'), { recursive: true }, (err) => { show('cp', err, fs.readdirSync(p('x2'), { recursive: true }).join(',')); next(); }),
  (next) => fs.opendir(dir, (err, d) => {
    show('opendir', err);
    d.read((err, e) => { show('dir.read', err, typeof e.name); d.close((err) => { show('dir.close', err); next(); }); });
  }),
  (next) => fs.rm(dir, { recursive: true }, (err) => { show('rm -r', err, fs.existsSync(dir)); next(); }),
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('all done'); };
next();
console.log('sync code first');
