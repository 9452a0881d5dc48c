// fs.watch, watchFile/unwatchFile, readv/writev, statfs.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, 'tmp-watch-' + process.pid);
fs.mkdirSync(dir);
const f = path.join(dir, 'v.txt');

// readv / writev
const fd = fs.openSync(f, 'w+');
console.log(fs.writevSync(fd, [new Uint8Array([97, 98]), new Uint8Array([99]), new Uint8Array(0)]));
const a = new Uint8Array(1), b = new Uint8Array(5);
console.log(fs.readvSync(fd, [a, b], 0), a[0], Array.from(b).join(','));
fs.closeSync(fd);
try { fs.writevSync(1, 'x'); } catch (e) { console.log(e.code, e.message); }

// statfs
const sf = fs.statfsSync(dir);
console.log(Object.keys(sf).join(','), sf.constructor.name, typeof sf.bsize, sf.blocks > 0);
console.log(typeof fs.statfsSync(dir, { bigint: true }).bsize);
try { fs.statfsSync(path.join(dir, 'none')); } catch (e) { console.log(e.code, e.syscall); }

// watch errors
try { fs.watch(path.join(dir, 'none')); } catch (e) { console.log(e.code, e.syscall, e.message.split(',')[0]); }

fs.writev(fs.openSync(f, 'a'), [new Uint8Array([100])], (err, n, bufs) => {
  console.log('writev cb', err, n, bufs.length);
  // watch: the first event for a new file is 'rename' with its name.
  const w = fs.watch(dir, (type, name) => {
    console.log('watch', type, name);
    w.close();
  });
  w.on('close', () => {
    console.log('watcher closed');
    // watchFile: a size change is seen by the next poll.
    let changes = 0;
    const listener = (curr, prev) => {
      changes++;
      console.log('watchFile', curr.size, prev.size, curr instanceof fs.Stats);
      fs.unwatchFile(f, listener);
      fsp.statfs(dir).then((s) => {
        console.log('promises statfs', typeof s.type);
        fs.rmSync(dir, { recursive: true });
        console.log('done', changes);
      });
    };
    fs.watchFile(f, { interval: 20 }, listener);
    setTimeout(() => fs.appendFileSync(f, 'more'), 100);
  });
  setTimeout(() => fs.writeFileSync(path.join(dir, 'new.txt'), 'x'), 50);
});
