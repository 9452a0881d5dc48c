const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const util = require('util');
const input = Buffer.from('Lorem ipsum dolor sit amet, '.repeat(200));
const gz = zlib.gzipSync(input, { level: 9 });
console.log(gz.length, gz[0], gz[1], gz[9], zlib.gunzipSync(gz).equals(input));
const df = zlib.deflateSync(input);
console.log(df.length, zlib.inflateSync(df).length, zlib.unzipSync(df).length, zlib.unzipSync(gz).length);
const raw = zlib.deflateRawSync('hello hello hello', { windowBits: 9 });
console.log(raw.toString('base64'), zlib.inflateRawSync(raw).toString());
const br = zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
console.log(br.length < 200, zlib.brotliDecompressSync(br).equals(input));
console.log(zlib.deflateSync('abc', { level: 0 }).toString('hex'), zlib.deflateSync('').toString('hex'));
console.log(zlib.crc32 ? 'has crc32' : 'no crc32');
for (const [name, fn] of [['gunzip', zlib.gunzipSync], ['inflate', zlib.inflateSync], ['brotli', zlib.brotliDecompressSync], ['inflateRaw', zlib.inflateRawSync]]) {
  try { fn(Buffer.from('this is not compressed data')); console.log(name, 'no error'); }
  catch (e) { console.log(name, e.code, e.errno, e.message, e.constructor.name); }
}
try { zlib.gunzipSync(gz.subarray(0, gz.length - 10)); } catch (e) { console.log('truncated', e.code, e.message); }
try { zlib.gzipSync(input, { level: 42 }); } catch (e) { console.log(e.code, e.message); }
try { zlib.gzipSync(123); } catch (e) { console.log(e.code, e.message); }
// The asynchronous forms one after another: on the thread pool, concurrent
// ones finish in any order (in node too).
const gzp = util.promisify(zlib.deflate);
const step = (start) => new Promise(start);
(async () => {
  const out = await step((done) => zlib.gzip('callback form', (err, o) => {
    console.log('gzip cb', err, o.length);
    done(o);
  }));
  await step((done) => zlib.gunzip(out, (err2, back) => {
    console.log('gunzip cb', err2, back.toString());
    done();
  }));
  await step((done) => zlib.inflate(Buffer.from([1, 2, 3, 4]), (err, o) => {
    console.log('inflate cb err', err.code, err.errno, err.message, o);
    done();
  }));
  const b = await gzp('promisified');
  console.log('promisified', zlib.inflateSync(b).toString());
  const chunks = [];
  await step((done) => pipeline(
    Readable.from([Buffer.from('stream '), Buffer.from('of '), Buffer.from('data '.repeat(1000))]),
    zlib.createGzip(),
    zlib.createGunzip(),
    new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
    (err) => {
      console.log('stream roundtrip', err, Buffer.concat(chunks).length, Buffer.concat(chunks).subarray(0, 15).toString());
      done();
    }
  ));
  await step((done) => {
    const g = zlib.createGunzip();
    g.on('error', (e) => console.log('stream error', e.code, e.message));
    g.on('close', () => { console.log('gunzip stream closed'); done(); });
    g.end(Buffer.from('garbage!garbage!'));
  });
  const inf = zlib.createInflate();
  let parts = 0;
  inf.on('data', () => parts++);
  inf.on('end', () => console.log('inflate stream end', parts > 0));
  const big = zlib.deflateSync(Buffer.alloc(100000, 'a'));
  for (let i = 0; i < big.length; i += 7) inf.write(big.subarray(i, i + 7));
  inf.end();
})();
console.log(zlib.constants.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.constants.BROTLI_MODE_TEXT, typeof zlib.codes, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
