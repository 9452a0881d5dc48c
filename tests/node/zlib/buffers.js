// With Buffer: results are Buffers, Buffer input and output, base64 of
// compressed data, stream chunks are Buffers, the info engine.
const zlib = require('zlib');

const out = zlib.gzipSync(Buffer.from('buffer in, buffer out'));
console.log(Buffer.isBuffer(out), out.constructor.name, out.toString('base64'));
console.log(zlib.gunzipSync(out).toString(), Buffer.isBuffer(zlib.gunzipSync(out)));
console.log(zlib.deflateSync('abc'));
console.log(zlib.inflateSync(Buffer.from('eJxLTEoGAAJNASc=', 'base64')));
console.log(zlib.deflateRawSync('').length, Buffer.isBuffer(zlib.inflateRawSync(zlib.deflateRawSync(''))));
console.log(zlib.brotliCompressSync('brotli buffer').toString('hex'));
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(10, 'z'))).toString());
const big = Buffer.alloc(200000, 'abcdefgh');
const packed = zlib.deflateSync(big);
console.log(packed.length, zlib.inflateSync(packed).equals(big));
console.log(zlib.unzipSync(zlib.gzipSync(big, { chunkSize: 1024 })).equals(big));
const info = zlib.deflateSync('info', { info: true });
console.log(Buffer.isBuffer(info.buffer), info.engine.bytesWritten);
zlib.gzip(Buffer.from('callback buffer'), (err, r) => {
  console.log(err, Buffer.isBuffer(r), r.length);
  zlib.gunzip(r, (err2, back) => {
    console.log(err2, back.toString());
    const g = zlib.createGzip();
    const chunks = [];
    g.on('data', (c) => chunks.push(c));
    g.on('end', () => {
      console.log(chunks.every((c) => Buffer.isBuffer(c)), zlib.gunzipSync(Buffer.concat(chunks)).toString());
    });
    g.end('stream of buffers');
  });
});
try {
  zlib.gunzipSync(Buffer.from('not gzip data at all'));
} catch (e) {
  console.log(String(e), { ...e });
}
