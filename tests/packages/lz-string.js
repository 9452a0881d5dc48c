// lz-string (CommonJS): compression to strings, base64, URI components, UTF-16.
const LZ = require('lz-string'); const s = 'Hello, world! '.repeat(10) + 'ünïcödé 😀';
const c = LZ.compress(s), b = LZ.compressToBase64(s), u = LZ.compressToEncodedURIComponent(s);
console.log(c.length, b, u.length, LZ.decompress(c) === s, LZ.decompressFromBase64(b) === s, LZ.decompressFromEncodedURIComponent(u) === s, LZ.compressToUint8Array('ab').length, LZ.compressToUTF16('abc'));
