// zlib.crc32 (node 20.15+): strings as UTF-8, any view's bytes, a running
// value, and node's argument errors.
const zlib = require('zlib');
console.log(Object.keys(zlib)[0], typeof zlib.crc32);
console.log(zlib.crc32('hello'), zlib.crc32('world', 123), zlib.crc32(''), zlib.crc32('é'));
console.log(zlib.crc32(Buffer.from('hello')), zlib.crc32(new Uint16Array([1, 2])),
            zlib.crc32(new DataView(new ArrayBuffer(2))), zlib.crc32('x', 0xffffffff));
const whole = zlib.crc32('hello world');
console.log(whole === zlib.crc32(' world', zlib.crc32('hello')));
for (const args of [[5], ['x', 'y'], ['x', -1], ['x', 2 ** 32], ['x', 1.5], [new ArrayBuffer(2)], [null]]) {
  try { zlib.crc32(...args); } catch (e) { console.log(e.code, e.message); }
}
