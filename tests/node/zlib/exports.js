// The module's shape: constants (node's numbers), codes, the legacy
// top-level constants, classes callable without new, factory functions.
const zlib = require('zlib');
const c = zlib.constants;
console.log(Object.keys(c).length, Object.getPrototypeOf(c));
for (const k of Object.keys(c)) console.log(k, c[k]);
console.log(JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
const names = Object.getOwnPropertyNames(zlib).filter((n) => n !== 'crc32');
console.log(names.join(' '));
console.log(Object.keys(zlib).filter((n) => n !== 'crc32').join(' '));
console.log(zlib.Z_OK, zlib.Z_DATA_ERROR, zlib.Z_BEST_COMPRESSION, zlib.Z_MAX_CHUNK, zlib.BROTLI_PARAM_QUALITY);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH')));
const d = Object.getOwnPropertyDescriptor(zlib, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
const f = Object.getOwnPropertyDescriptor(zlib, 'createGzip');
console.log(f.writable, f.enumerable, f.configurable, typeof f.value);
console.log(zlib.gzip.length, zlib.gzipSync.length, zlib.createGzip.length, zlib.Gzip.length);
console.log(zlib.Gzip.name, zlib.BrotliCompress.name, zlib.DeflateRaw.name);
for (const C of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress']) {
  const o = zlib[C]();
  const p = new zlib[C]({ level: 1 });
  const made = zlib['create' + C]();
  console.log(C, o instanceof zlib[C], p instanceof zlib[C], made instanceof zlib[C],
              typeof o.close, typeof o.reset, typeof o.params, o.bytesWritten,
              o._chunkSize, o._defaultFlushFlag, o._finishFlushFlag);
  o.close();
  p.close();
  made.close();
}
