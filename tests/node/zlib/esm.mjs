// zlib from an ES module: default and named imports, node: prefix,
// util.promisify with await at the top level.
import zlib, { gzipSync, gunzipSync, constants } from 'zlib';
import { brotliCompressSync } from 'node:zlib';
import { promisify } from 'util';

const packed = gzipSync('esm import');
console.log(gunzipSync(packed).toString(), zlib.gzipSync === gzipSync, constants.Z_FINISH);
console.log(brotliCompressSync('esm').toString('base64'));
const inflate = promisify(zlib.inflate);
console.log((await inflate(zlib.deflateSync('awaited'))).toString());
