// The callback forms and util.promisify: results, options, empty input,
// large input, callbacks run after the current code, in sequence.
const zlib = require('zlib');
const util = require('util');
const text = (b) => String.fromCharCode(...b);
function checksum(b) {
  let s = 0;
  for (let i = 0; i < b.length; i++) s = (s * 31 + b[i]) % 1000000007;
  return b.length + ':' + s;
}

let big = '';
for (let i = 0; i < 40000; i++) big += 'line ' + i + ' of a long log\n';

const steps = [
  (next) => zlib.gzip('hello callbacks', (err, out) => {
    console.log('gzip', err, out.length);
    zlib.gunzip(out, (err2, back) => { console.log('gunzip', err2, text(back)); next(); });
  }),
  (next) => zlib.deflate('deflate me', { level: 9 }, (err, out) => {
    console.log('deflate', err, out.length);
    zlib.inflate(out, (err2, back) => { console.log('inflate', err2, text(back)); next(); });
  }),
  (next) => zlib.deflateRaw(new Uint8Array([1, 2, 3, 4]), (err, out) => {
    zlib.inflateRaw(out, (err2, back) => { console.log('raw', err, err2, Array.from(back)); next(); });
  }),
  (next) => zlib.unzip(zlib.gzipSync('unzip gzip'), (err, back) => {
    console.log('unzip', err, text(back));
    zlib.unzip(zlib.deflateSync('unzip deflate'), (err2, back2) => { console.log('unzip', err2, text(back2)); next(); });
  }),
  (next) => zlib.brotliCompress('brotli callback', (err, out) => {
    zlib.brotliDecompress(out, (err2, back) => { console.log('brotli', err, err2, text(back)); next(); });
  }),
  (next) => zlib.gzip('', (err, out) => {
    console.log('empty gzip', err, out.length);
    zlib.gunzip(out, (err2, back) => { console.log('empty gunzip', err2, back.length); next(); });
  }),
  (next) => zlib.deflate(big, (err, out) => {
    console.log('big deflate', err, out.length < big.length / 3);
    zlib.inflate(out, { chunkSize: 1024 }, (err2, back) => {
      console.log('big inflate', err2, checksum(back), back.length === big.length);
      next();
    });
  }),
  (next) => zlib.brotliCompress(big, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }, (err, out) => {
    zlib.brotliDecompress(out, (err2, back) => { console.log('big brotli', err, err2, checksum(back)); next(); });
  }),
  async (next) => {
    const gzip = util.promisify(zlib.gzip);
    const gunzip = util.promisify(zlib.gunzip);
    const out = await gzip('promisified');
    console.log('promisify', text(await gunzip(out)));
    try {
      await gunzip(new Uint8Array([1, 2, 3]));
    } catch (e) {
      console.log('promisify rejects', e.code, e.message);
    }
    const bc = util.promisify(zlib.brotliCompress);
    const bd = util.promisify(zlib.brotliDecompress);
    console.log('promisify brotli', text(await bd(await bc('p-brotli'))));
    next();
  },
];

let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else console.log('done');
}
next();
console.log('sync code ends first');
