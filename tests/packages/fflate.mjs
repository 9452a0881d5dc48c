// fflate as ESM: exports 'import' -> esm/index.mjs.
import { deflateSync, inflateSync, gzipSync, gunzipSync, zipSync, unzipSync, strToU8, strFromU8, zlibSync } from 'fflate';
const data = strToU8('hello hello hello hello world '.repeat(20));
const d = deflateSync(data, { level: 9 }); console.log(d.length, strFromU8(inflateSync(d)).length, Buffer.from(zlibSync(data)).toString('base64').slice(0, 30));
const g = gzipSync(data, { mtime: 0 }); console.log(g.length, gunzipSync(g).length);
const z = zipSync({ 'a.txt': strToU8('A'), 'dir/b.txt': strToU8('BB') }, { mtime: new Date(Date.UTC(2020, 0, 1)) }); const u = unzipSync(z); console.log(Object.keys(u), strFromU8(u['dir/b.txt']));
