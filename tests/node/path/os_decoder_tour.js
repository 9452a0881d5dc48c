const path = require('path');
const os = require('os');
const { StringDecoder } = require('string_decoder');
const cases = ['/a/b/../c/./d.txt', 'rel/x/', '', '.', '..', '/', 'a//b', '/foo/bar.tar.gz', '.bashrc', 'file.', '/x/y/'];
for (const c of cases) {
  console.log(JSON.stringify(c), path.normalize(c), path.basename(c), path.dirname(c), path.extname(c), path.isAbsolute(c), JSON.stringify(path.parse(c)));
}
console.log(path.join('a', '', '/b/', '../c'), path.join(), path.resolve('/root', 'x', '../y'), path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a'));
console.log(path.basename('/p/file.js', '.js'), path.basename('/p/file.js', 'file.js'), path.format({ dir: '/d', name: 'n', ext: 'e' }), path.format({ root: '/', base: 'b.txt' }));
console.log(path.sep, path.delimiter, path.posix === path, path.win32.sep, path.toNamespacedPath('/x'));
const w = path.win32;
console.log(w.join('C:\\a', '..\\b', 'c.txt'), w.normalize('C:/x//y\\..\\z'), w.resolve('C:\\a', 'D:\\b', 'c'), w.isAbsolute('\\\\server\\share'), w.isAbsolute('C:rel'));
console.log(w.parse('C:\\Users\\me\\doc.txt'), w.basename('C:\\a\\b.exe', '.exe'), w.dirname('\\\\srv\\share\\f'), w.relative('C:\\a\\b', 'C:\\a\\c\\d'), w.toNamespacedPath('C:\\x'));
try { path.join(null); } catch (e) { console.log(e.code, e.message); }
console.log(typeof os.hostname(), os.EOL === '\n', os.platform(), os.type(), typeof os.release(), os.endianness(), typeof os.arch());
console.log(os.tmpdir().length > 0, os.homedir() === process.env.HOME, os.cpus().length > 0, Object.keys(os.cpus()[0]), Object.keys(os.cpus()[0].times));
console.log(os.totalmem() > os.freemem(), os.loadavg().length, typeof os.uptime(), Object.keys(os.userInfo()), os.devNull, typeof os.availableParallelism());
const nets = os.networkInterfaces();
console.log(Array.isArray(nets.lo), nets.lo && Object.keys(nets.lo[0]), nets.lo && nets.lo[0].internal);
console.log(os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW, typeof os.getPriority(), os.machine === undefined ? 'none' : typeof os.machine(), typeof os.version());
const dec = new StringDecoder('utf8');
const euro = Buffer.from('€uro 𝄞');
let out = '';
for (const byte of euro) out += dec.write(Buffer.from([byte])) + '|';
console.log(out, JSON.stringify(dec.end()));
const d2 = new StringDecoder('utf8');
console.log(JSON.stringify(d2.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d2.end()), JSON.stringify(d2.end(Buffer.from('ok'))));
const d3 = new StringDecoder('hex'); console.log(d3.write(Buffer.from('ab')), d3.end(Buffer.from('c')), d3.encoding);
const d4 = new StringDecoder('base64'); console.log(d4.write(Buffer.from('ab')), d4.write(Buffer.from('cd')), d4.end());
const d5 = new StringDecoder('utf16le'); console.log(d5.write(Buffer.from([0x61, 0x00, 0x62])), d5.end(Buffer.from([0x00])), new StringDecoder('latin1').write(Buffer.from([0xe9])));
try { new StringDecoder('klingon'); } catch (e) { console.log(e.code, e.message); }
console.log(new StringDecoder().encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
