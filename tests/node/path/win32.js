// path.win32 (node's Windows rules on any host): roots, drives, UNC and
// device paths, normalize/join guards for ':' and reserved device names,
// and a seeded sweep of random paths through every function. resolve,
// relative and toNamespacedPath get paths under 'C:\\' (no cwd in the output).
const path = require('path');
const w = path.win32;
const R = (p) => 'C:\\' + p;
// q without a drive other than C: (another drive's cwd would be the cwd).
const onC = (q) => {
  while (/^[A-Za-z]:/.test(q) && !/^[Cc]:/.test(q)) q = q.slice(2);
  return q;
};
const S = (f) => {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return 'ERR ' + e.code;
  }
};

console.log(w.sep, w.delimiter, w.win32 === w, w.posix === path, path.win32 === w,
            path.posix.win32 === w, w._makeLong === w.toNamespacedPath);
const samples = ['', '.', '..', '/', '\\', '\\\\', 'C:', 'C:\\', 'C:/x/../y', 'c:a\\b',
  '\\\\server\\share', '\\\\server\\share\\dir\\f.txt', '//server/share/', '\\\\.\\pipe\\x',
  '\\\\?\\C:\\long', 'a\\b\\..\\..\\..\\c', 'x\\C:', '1:\\x', 'CON', 'CON:', 'CONb', 'NUL:a\\',
  'dir/file.tar.gz', '.bashrc', 'file.', 'C:\\a\\b\\', 'a:b'];
for (const p of samples) {
  console.log(JSON.stringify(p), S(() => w.normalize(p)), S(() => w.isAbsolute(p)),
              S(() => w.dirname(p)), S(() => w.basename(p)), S(() => w.basename(p, '.gz')),
              S(() => w.extname(p)), S(() => w.parse(p)), S(() => w.resolve(R(p))),
              S(() => w.toNamespacedPath(R(p))), S(() => w.join('x', p)));
}
console.log(S(() => w.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb')),
            S(() => w.relative('C:\\', 'D:\\x')), S(() => w.relative('c:\\A\\b', 'C:\\a\\B\\c')),
            S(() => w.relative('\\\\s\\sh\\a', '\\\\s\\sh\\b')),
            S(() => w.format({ root: 'C:\\', dir: 'C:\\x', base: 'y.z' })),
            S(() => w.format({ name: 'n', ext: 'e' })), S(() => w.join(1)),
            S(() => w.basename('x', 1)), S(() => w.format('x')));

// A deterministic sweep.
let seed = 2024;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const toks = ['a', 'b', '.', '..', '/', '\\', '\\', 'C:', 'x:', ':', 'CON', '?', 'f.txt', '.e', 'd.'];
const gen = () => {
  let s = '';
  for (let n = rnd(7); n > 0; n--) s += toks[rnd(toks.length)];
  return s;
};
let digest = 0;
const lines = [];
for (let i = 0; i < 1500; i++) {
  const p = gen();
  const q = gen();
  const line = [S(() => w.normalize(p)), S(() => w.join(p, q)), S(() => w.resolve(R(p), onC(q))),
    S(() => w.relative(R(p), R(q))), S(() => w.dirname(p)), S(() => w.basename(p, q)),
    S(() => w.extname(p)), S(() => w.parse(p)), S(() => w.toNamespacedPath(R(p))),
    S(() => w.format(w.parse(p)))].join(' ');
  for (let k = 0; k < line.length; k++) digest = (digest * 31 + line.charCodeAt(k)) >>> 0;
  if (i % 100 === 0) lines.push(JSON.stringify(p) + ' ' + JSON.stringify(q) + ' ' + line);
}
console.log(lines.join('\n'));
console.log('digest', digest);
