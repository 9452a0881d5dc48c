const fs = require('fs');
const os = require('os');
const path = require('path');
const base = path.join(os.tmpdir(), 'kiln-cb-' + process.pid);
const steps = [];
function step(name, err, val) {
  steps.push(name);
  console.log(name, err ? `${err.code} ${err.syscall}` : 'ok', val === undefined ? '' : val);
}
fs.mkdir(base, { recursive: true }, (err, made) => {
  step('mkdir', err, made === base);
  const f = path.join(base, 'data.txt');
  fs.writeFile(f, 'line1\nline2\n', (err) => {
    step('writeFile', err);
    fs.appendFile(f, 'line3\n', 'utf8', (err) => {
      step('appendFile', err);
      fs.readFile(f, 'utf8', (err, txt) => {
        step('readFile', err, JSON.stringify(txt));
        fs.open(f, 'r+', (err, fd) => {
          step('open', err, typeof fd);
          const buf = Buffer.alloc(5);
          fs.read(fd, buf, 0, 5, 6, (err, n, b) => {
            step('read', err, `${n} ${b.toString()} ${b === buf}`);
            fs.write(fd, 'LINE', 0, (err, written, str) => {
              step('write', err, `${written} ${str}`);
              fs.fstat(fd, (err, st) => {
                step('fstat', err, st.size);
                fs.close(fd, (err) => {
                  step('close', err);
                  errors(f);
                });
              });
            });
          });
        });
      });
    });
  });
});
function errors(f) {
  fs.readFile(path.join(base, 'nope'), (err, d) => {
    step('readFile missing', err, d);
    console.log(err.message.replace(base, '<b>'), err.errno, Object.keys(err));
    fs.readdir(f, (err) => {
      step('readdir file', err);
      fs.rename(path.join(base, 'nope'), path.join(base, 'x'), (err) => {
        step('rename missing', err);
        console.log(err.message.split(base).join('<b>'));
        fs.access(f, fs.constants.R_OK, (err) => {
          step('access', err);
          fs.exists(f, (yes) => {
            step('exists', null, yes);
            fs.readdir(base, { withFileTypes: true }, (err, ents) => {
              step('readdir', err, ents.map((e) => `${e.name}:${e.isFile()}`).join(','));
              fs.rm(base, { recursive: true }, (err) => {
                step('rm', err);
                fs.rmdir(base, (err) => {
                  step('rmdir gone', err);
                  console.log(steps.length, fs.readFileSync(__filename, 'utf8').length > 0);
                });
              });
            });
          });
        });
      });
    });
  });
}
try { fs.readFile(); } catch (e) { console.log(e.code, e.message); }
try { fs.readFile(__filename); } catch (e) { console.log(e.code, e.message); }
try { fs.writeFileSync(path.join(os.tmpdir(), 'x'), 42); } catch (e) { console.log(e.code, e.message); }
try { fs.openSync(__filename, 'bogus'); } catch (e) { console.log(e.code, e.message); }
try { fs.readFileSync(__filename, 'nope-enc'); } catch (e) { console.log(e.code, e.message); }
console.log('sync part done');
