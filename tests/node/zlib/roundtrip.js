// Every format round-trips text and binary input of several sizes and
// input types (string, Uint8Array, other typed arrays, ArrayBuffer),
// including a 1 MB text (Buffer for the expected bytes).
const zlib = require('zlib');

function checksum(b) {
  let s = 0;
  for (let i = 0; i < b.length; i++) s = (s * 31 + b[i]) % 1000000007;
  return b.length + ':' + s;
}

let seed = 7;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}

function text(size) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'kiln', 'node', 'zlib',
    'ünïcödé', '漢字', '\n'];
  const parts = [];
  let n = 0;
  while (n < size) {
    const w = words[rnd() % words.length];
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ');
}

function binary(size) {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i++) b[i] = (rnd() >> 16) & 0xff;
  return b;
}

function utf8(s) {
  return Buffer.from(s, 'utf8');
}

const pairs = [
  ['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'],
  ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync'],
  ['deflateSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync'],
];

const inputs = [
  ['empty string', ''],
  ['short string', 'hello world'],
  ['unicode text 5k', text(5000)],
  ['binary 1', binary(1)],
  ['binary 20000', binary(20000)],
  // 1 MB: 16 different 64 KB texts.
  ['text 1M', Array.from({ length: 16 }, () => text(1 << 16)).join('')],
];

for (const [name, input] of inputs) {
  const bytes = typeof input === 'string' ? utf8(input) : input;
  const want = checksum(bytes);
  const big = bytes.length > 100000;
  for (const [c, d] of pairs) {
    if (big && (d === 'unzipSync' || c === 'deflateRawSync')) continue;
    const opts = c.startsWith('brotli') && big ?
      { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } : undefined;
    const packed = zlib[c](input, opts);
    const back = zlib[d](packed);
    const got = big ? (back.equals(bytes) ? want : 'differs') : checksum(back);
    console.log(name, c, d, got === want, got, packed.length < bytes.length + 64);
  }
}

// Other input types: the bytes of the view, not its elements.
const u16 = new Uint16Array([0x4142, 0x4344, 0x4546]);
const viaView = zlib.inflateSync(zlib.deflateSync(u16));
console.log('Uint16Array', Array.from(viaView).join(','));
const ab = new Uint8Array([104, 105, 33]).buffer;
console.log('ArrayBuffer', Array.from(zlib.gunzipSync(zlib.gzipSync(ab))).join(','));
const sub = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).subarray(2, 5);
console.log('subarray', Array.from(zlib.inflateRawSync(zlib.deflateRawSync(sub))).join(','));
const f64 = new Float64Array([1.5, -2]);
console.log('Float64Array', checksum(zlib.brotliDecompressSync(zlib.brotliCompressSync(f64))));
console.log('compressed ArrayBuffer input',
            Array.from(zlib.inflateSync(new Uint8Array(zlib.deflateSync('ok')).buffer)).join(','));
