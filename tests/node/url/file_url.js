// fileURLToPath and pathToFileURL (POSIX) and their errors.
'use strict';
const url = require('url');
const path = require('path');
for (const s of ['file:///tmp/a%20b', 'file:///', 'file://localhost/etc/x', 'file:///%E2%82%AC/%3F%23',
                 'file:///a/b/', 'file:///C:/x', new URL('file:///u/r/l')]) {
  console.log(String(s), '->', url.fileURLToPath(s));
}
for (const bad of ['http://x/', 'file://host/x', 'file:///a%2fb', 'file:///a%2Fb', 'nope', 42, null, {}, { href: 'file:///x' }]) {
  try {
    console.log(url.fileURLToPath(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const cwd = process.cwd();
const rel = (u) => u.href.replace(url.pathToFileURL(cwd).href, '<cwd>');
for (const p of ['/tmp/x y', '/a/b/', '/€/ü', '/q?#%', '/t\tn\nr\r', '/back\\slash', '/a/../b/./c', 'rel/file', './x/', '/', '/[]{}^`|"<>', '/ !"#$%&()*+,-.:;<=>?@[\\]^_`{|}~\u0001\u007f']) {
  const u = url.pathToFileURL(p);
  console.log(JSON.stringify(p), '->', rel(u), u instanceof URL,
              url.fileURLToPath(u) === path.resolve(p) + (p.endsWith('/') && p !== '/' ? '/' : ''));
}
for (const bad of [42, undefined, new Uint8Array(1)]) {
  try { url.pathToFileURL(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
