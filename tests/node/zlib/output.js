// The compressed bytes are node's for the same options: levels,
// strategies, windowBits, memLevel, a dictionary, brotli's quality, mode
// and window (printed in hex).
//
// Node bundles Chromium's zlib, whose match finder differs from stock
// zlib's (kiln links the system's zlib 1.2.13): for many inputs with
// repeats at levels >= 1 the two make different (equally valid) streams.
// The inputs here are ones where both make the same bytes; node_data.js
// checks that node's streams decode.
const zlib = require('zlib');
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

const inputs = ['', 'a', 'hello world', 'hello hello hello hello world',
  'abcabcabcabcabcabcabcabcabcabcabcabc-xyz'];

for (const s of inputs) {
  for (const level of [-1, 0, 1, 6, 9]) {
    console.log(JSON.stringify(s), 'level', level,
                hex(zlib.deflateSync(s, { level })),
                hex(zlib.gzipSync(s, { level })),
                hex(zlib.deflateRawSync(s, { level })));
  }
}

const t = 'to be or not to be, that is the question; to be or not to be';
const s = 'hello hello hello hello world, hello world';
for (const strategy of [0, 1, 2, 3, 4]) {
  console.log('strategy', strategy, hex(zlib.deflateSync(s, { strategy })));
}
for (const windowBits of [8, 9, 12, 15]) {
  console.log('windowBits', windowBits, hex(zlib.deflateSync(s, { windowBits })),
              hex(zlib.deflateRawSync(s, { windowBits })));
}
console.log('gzip windowBits 9', hex(zlib.gzipSync(s, { windowBits: 9 })));
for (const memLevel of [1, 5, 9]) {
  console.log('memLevel', memLevel, hex(zlib.deflateSync(s, { memLevel })));
}
const dictionary = new Uint8Array(Array.from('hello world', (c) => c.charCodeAt(0)));
const withDict = zlib.deflateSync(s, { dictionary });
console.log('dictionary', hex(withDict));
console.log('dictionary back',
            String.fromCharCode(...zlib.inflateSync(withDict, { dictionary })));
const rawDict = zlib.deflateRawSync(s, { dictionary });
console.log('raw dictionary', hex(rawDict),
            String.fromCharCode(...zlib.inflateRawSync(rawDict, { dictionary })));
console.log('dictionary ArrayBuffer',
            hex(zlib.deflateSync(s, { dictionary: dictionary.buffer })));

for (const q of [0, 1, 4, 5, 9, 11]) {
  const out = zlib.brotliCompressSync(s, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q } });
  console.log('brotli quality', q, hex(out));
  console.log('brotli quality', q, hex(zlib.brotliCompressSync(t, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q } })));
}
console.log('brotli text mode', hex(zlib.brotliCompressSync(s, {
  params: {
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: s.length,
  },
})));
console.log('brotli lgwin 10', hex(zlib.brotliCompressSync(s, {
  params: { [zlib.constants.BROTLI_PARAM_LGWIN]: 10, [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
})));
console.log('brotli empty', hex(zlib.brotliCompressSync('')));
console.log('brotli boolean param', hex(zlib.brotliCompressSync('x', {
  params: { [zlib.constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true },
})));

// Bigger inputs where the stock zlib and node's agree: repetitive text,
// level 0 (stored), Huffman-only and RLE.
let big = '';
for (let i = 0; i < 2000; i++) big += 'line ' + (i % 7) + ' of the repeated text\n';
function sum(b) {
  let t = 0;
  for (let i = 0; i < b.length; i++) t = (t * 33 + b[i]) % 1000003;
  return b.length + ':' + t;
}
console.log('big level 6', sum(zlib.deflateSync(big)));
console.log('big level 9 gzip', sum(zlib.gzipSync(big, { level: 9 })));
console.log('big stored', sum(zlib.deflateSync(big, { level: 0 })));
console.log('big huffman', sum(zlib.deflateSync(big, { strategy: zlib.constants.Z_HUFFMAN_ONLY })));
console.log('big rle', sum(zlib.deflateRawSync(big, { strategy: zlib.constants.Z_RLE })));
console.log('big chunkSize 64', sum(zlib.deflateSync(big, { chunkSize: 64 })));
