// Node's errors: corrupt and truncated input (errno and code), missing and
// wrong dictionaries, brotli's decoder errors, bad input types, options
// out of range or of the wrong type, maxOutputLength.
const zlib = require('zlib');

function show(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message),
                Object.keys(e).join(','), e instanceof Error);
  }
}

const bytes = (...a) => new Uint8Array(a);
const gz = zlib.gzipSync('hello world, hello zlib');
const df = zlib.deflateSync('hello world, hello zlib');
const br = zlib.brotliCompressSync('hello world, hello zlib, hello brotli');

show('gunzip garbage', () => zlib.gunzipSync(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
show('inflate garbage', () => zlib.inflateSync(bytes(1, 2, 3, 4, 5, 6, 7, 8)));
show('unzip garbage', () => zlib.unzipSync(bytes(0x1f, 0x8c, 1, 2)));
show('inflateRaw bad block', () => zlib.inflateRawSync(bytes(0xff, 0xff)));
show('inflate gzip data', () => zlib.inflateSync(gz));
show('gunzip deflate data', () => zlib.gunzipSync(df));
show('gunzip truncated', () => zlib.gunzipSync(gz.subarray(0, gz.length - 6)));
show('gunzip header only', () => zlib.gunzipSync(gz.subarray(0, 10)));
show('inflate truncated', () => zlib.inflateSync(df.subarray(0, 8)));
show('inflateRaw truncated', () => zlib.inflateRawSync(zlib.deflateRawSync('abcdef').subarray(0, 3)));
show('inflate empty', () => zlib.inflateSync(''));
show('gunzip empty', () => zlib.gunzipSync(new Uint8Array(0)));
show('unzip empty', () => zlib.unzipSync(''));
show('inflateRaw empty', () => zlib.inflateRawSync(''));
show('gunzip bad crc', () => {
  const c = new Uint8Array(gz);
  c[c.length - 8] ^= 1;
  return zlib.gunzipSync(c);
});
show('inflate bad adler', () => {
  const c = new Uint8Array(df);
  c[c.length - 1] ^= 1;
  return zlib.inflateSync(c);
});
show('truncated, finishFlush sync', () => zlib.gunzipSync(gz.subarray(0, gz.length - 6),
  { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
show('brotli garbage', () => zlib.brotliDecompressSync(bytes(103, 97, 114, 98, 97, 103, 101, 33)));
show('brotli truncated', () => zlib.brotliDecompressSync(br.subarray(0, 5)));
show('brotli empty', () => zlib.brotliDecompressSync(''));
show('brotli truncated, finishFlush flush', () => zlib.brotliDecompressSync(br.subarray(0, 10),
  { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));

const dictionary = bytes(104, 101, 108, 108, 111);
const withDict = zlib.deflateSync('hello hello', { dictionary });
show('missing dictionary', () => zlib.inflateSync(withDict));
show('bad dictionary', () => zlib.inflateSync(withDict, { dictionary: bytes(1, 2, 3) }));
show('good dictionary', () => zlib.inflateSync(withDict, { dictionary }));
show('unzip dictionary', () => zlib.unzipSync(withDict, { dictionary }));
show('bad dictionary type', () => zlib.deflateSync('x', { dictionary: 'abc' }));

for (const v of [{}, 1, null, undefined, true, [1, 2], () => 1]) {
  show('input ' + typeof v, () => zlib.gzipSync(v));
}
show('input brotli number', () => zlib.brotliCompressSync(5));

const ranges = [
  ['level', 10], ['level', -2], ['level', '1'], ['level', Infinity],
  ['level', -Infinity], ['level', NaN], ['level', 3.5], ['windowBits', 7], ['windowBits', 16],
  ['memLevel', 0], ['memLevel', 10], ['strategy', 5], ['strategy', -1],
  ['chunkSize', 10], ['chunkSize', 'big'], ['chunkSize', 63], ['flush', 6], ['finishFlush', -1],
  ['maxOutputLength', 0], ['maxOutputLength', 2 ** 33], ['level', 5e12], ['level', null],
  ['windowBits', 0], ['level', {}],
];
for (const [k, v] of ranges) show('option ' + k + ' ' + String(v), () => zlib.deflateSync('abc', { [k]: v }));
show('gzip windowBits 8', () => zlib.gzipSync('abc', { windowBits: 8 }));
show('deflateRaw windowBits 8', () => zlib.inflateRawSync(zlib.deflateRawSync('abc', { windowBits: 8 })));
show('deflate windowBits 8', () => zlib.inflateSync(zlib.deflateSync('abc', { windowBits: 8 })));
show('inflate windowBits 0', () => zlib.inflateSync(df, { windowBits: 0 }));
show('inflate windowBits 8 too small', () => zlib.inflateSync(df, { windowBits: 8 }));
show('brotli flush 4', () => zlib.brotliCompressSync('abc', { flush: 4 }));
show('brotli param 99', () => zlib.brotliCompressSync('abc', { params: { 99: 1 } }));
show('brotli param -1', () => zlib.brotliCompressSync('abc', { params: { '-1': 1 } }));
show('brotli param name', () => zlib.brotliCompressSync('abc', { params: { quality: 1 } }));
show('brotli param string', () => zlib.brotliCompressSync('abc', { params: { 1: 'a' } }));
show('brotli quality 99', () => zlib.brotliCompressSync('abc', { params: { 1: 99 } }));
show('brotli bad lgwin', () => zlib.brotliCompressSync('abc', { params: { 2: 5 } }));

const big = 'x'.repeat(100000);
show('maxOutputLength deflate', () => zlib.deflateSync(big, { maxOutputLength: 10 }));
show('maxOutputLength inflate', () => zlib.inflateSync(zlib.deflateSync(big), { maxOutputLength: 99999 }));
show('maxOutputLength exact', () => zlib.inflateSync(zlib.deflateSync(big), { maxOutputLength: 100000 }));
show('maxOutputLength brotli', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(big), { maxOutputLength: 1000 }));

show('gzip callback missing', () => zlib.gzip('abc'));
show('gzip callback not function', () => zlib.gzip('abc', {}, 'nope'));
show('gzip callback bad input', () => zlib.gzip(42, () => {}));
show('gzip callback bad option', () => zlib.gzip('abc', { level: 42 }, () => {}));

// Errors of the callback forms come through the callback.
zlib.gunzip(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), (err, result) => {
  console.log('callback', err.code, err.errno, err.message, result);
  zlib.inflate(df.subarray(0, 6), (err2) => {
    console.log('callback', err2.code, err2.errno, err2.message);
    zlib.brotliDecompress(bytes(1, 2, 3), (err3) => {
      console.log('callback', err3.code, err3.errno, err3.message);
      zlib.inflate(zlib.deflateSync(big), { maxOutputLength: 50 }, (err4) => {
        console.log('callback', err4.code, err4.name, err4.message);
      });
    });
  });
});
