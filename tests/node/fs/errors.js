// Argument validation errors (node's codes and messages) and uvException
// errors as objects.
const fs = require('fs');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, '|', e.name, '|', e.code, '|', e.message);
  }
}
t('readFile no cb', () => fs.readFile('x'));
t('readFile bad cb', () => fs.readFile('x', 'utf8', 5));
t('stat no cb', () => fs.stat('x'));
t('open no cb', () => fs.open('x', 'r'));
t('writeFile no cb', () => fs.writeFile('x', 'data'));
t('mkdir no cb', () => fs.mkdir('x'));
t('exists no cb', () => fs.exists('x'));
t('close bad cb', () => fs.close(99, 'nope'));
t('path undefined', () => fs.readFileSync(undefined));
t('path null', () => fs.statSync(null));
t('path object', () => fs.statSync({}));
t('path array', () => fs.statSync([1]));
t('path number cb', () => fs.stat(1, () => {}));
t('rename dest', () => fs.renameSync('a', 5));
t('copy src', () => fs.copyFileSync(null, 'b'));
t('symlink target', () => fs.symlinkSync(undefined, 'b'));
t('fd string', () => fs.fstatSync('1'));
t('fd big', () => fs.fstatSync(2 ** 31));
t('options type', () => fs.readFileSync(__filename, 42));
t('encoding bad', () => fs.readFileSync(__filename, { encoding: 'utf9' }));
t('flag bad', () => fs.openSync(__filename, 'rw'));
t('mode bad', () => fs.openSync(__filename, 'r', 'z'));
t('mode range', () => fs.openSync(__filename, 'r', -1));
t('recursive type', () => fs.mkdirSync('x', { recursive: 1 }));
t('rm force type', () => fs.rmSync('x', { force: 'yes' }));
t('write bad buffer', () => fs.writeSync(1, 42));
t('read bad buffer', () => fs.readSync(0, 'abc'));
t('read offset', () => fs.readSync(0, new Uint8Array(4), 5, 1, 0));
t('utimes bad', () => fs.utimesSync(__filename, 'abc', 1));
t('symlink type', () => fs.symlinkSync('a', 'b', 'weird'));
t('url scheme', () => fs.readFileSync({ href: 'http://x/', protocol: 'http:', origin: 'http://x', pathname: '/', hostname: 'x' }));
t('buffer path', () => fs.statSync(Uint8Array.from(__filename, (c) => c.charCodeAt(0))).isFile());
t('url path', () => fs.statSync({ href: 'file://' + __filename, protocol: 'file:', origin: 'null', pathname: __filename, hostname: '' }).isFile());

try {
  fs.readFileSync('missing.txt');
} catch (e) {
  console.log(e instanceof Error, e.name, Object.keys(e).join(','));
  console.log(e.message, e.errno, e.code, e.syscall, e.path);
  console.log(String(e));
  console.log(e.stack.split('\n')[0]);
}
try {
  fs.renameSync('missing-a', 'missing-b');
} catch (e) {
  console.log(Object.keys(e).join(','), e.message, e.dest);
}
// One after another: two requests in flight at once finish in either order.
fs.readFile('missing.txt', (e) => {
  console.log('async', e.message, Object.keys(e).join(','));
  fs.stat('missing.txt', (e) => {
    console.log(e);
    require('fs/promises').open('missing.txt').catch((e2) => console.log(e2.message, Object.keys(e2).join(',')));
  });
});
