// gzip details: several members in one input, zero padding after the
// end, trailing garbage, unzip's detection of gzip and zlib headers, the
// gzip header bytes per level, info: true and bytesWritten.
const zlib = require('zlib');
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const text = (b) => String.fromCharCode(...b);

function concat(...parts) {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const a = zlib.gzipSync('first member;');
const b = zlib.gzipSync('second member;');
console.log(text(zlib.gunzipSync(concat(a, b))));
console.log(text(zlib.unzipSync(concat(a, b, a))));
console.log(text(zlib.gunzipSync(concat(a, new Uint8Array(20)))));
try {
  zlib.gunzipSync(concat(a, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])));
} catch (e) {
  console.log('trailing garbage', e.code, e.message);
}
// Deflate streams stop at their end: anything after it is ignored.
const d = zlib.deflateSync('deflate data');
console.log(text(zlib.inflateSync(concat(d, new Uint8Array([9, 9, 9])))));
console.log(text(zlib.unzipSync(d)), text(zlib.unzipSync(a)));
// Level goes into the gzip header's XFL byte.
for (const level of [0, 1, 5, 9]) console.log('gzip header', level, hex(zlib.gzipSync('', { level }).subarray(0, 10)));

const info = zlib.gzipSync('some text for info', { info: true });
console.log(Object.keys(info), info.engine.constructor.name, info.engine.bytesWritten,
            info.buffer.length, info.engine._handle);
const back = zlib.gunzipSync(info.buffer, { info: true });
console.log(text(back.buffer), back.engine.constructor.name, back.engine.bytesWritten);
const br = zlib.brotliCompressSync('brotli info', { info: true });
console.log(br.engine.constructor.name, br.engine.bytesWritten, text(zlib.brotliDecompressSync(br.buffer)));
// bytesWritten counts only the input that was used.
const e = zlib.inflateSync(concat(d, new Uint8Array(5)), { info: true });
console.log('bytesWritten with trailing data', e.engine.bytesWritten, d.length);

zlib.gzip('callback info', { info: true }, (err, r) => {
  console.log('callback info', err, Object.keys(r), r.engine.constructor.name, r.engine.bytesWritten);
  zlib.gunzip(concat(a, b), (err2, r2) => console.log('callback members', err2, text(r2)));
});
