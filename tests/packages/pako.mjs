// pako: deflate/inflate/gzip/raw round trips with levels, strategies,
// windowBits, dictionaries and gzip headers; streaming Deflate/Inflate in
// chunks; the exact compressed bytes (hashed) so output is compared too.
import * as pako from 'pako';
import { Deflate, Inflate, deflate, inflate, gzip, ungzip, deflateRaw, inflateRaw } from 'pako';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + (e && e.name) + ': ' + (e && e.message !== undefined ? e.message : e));
  }
}
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
// FNV-1a over the bytes: a short fingerprint of long outputs.
const fnv = (b) => { let h = 0x811c9dc5; for (const x of b) { h ^= x; h = Math.imul(h, 0x01000193) >>> 0; } return h.toString(16).padStart(8, '0'); };
const enc = new TextEncoder(), dec = new TextDecoder();

const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'ünïcødé', '€'];
let seed = 12345;
const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed >>> 16; };
const textParts = [];
for (let i = 0; i < 4000; i++) textParts.push(words[rand() % words.length]);
const text = textParts.join(' ');
const data = enc.encode(text);
const noise = new Uint8Array(5000);
for (let i = 0; i < noise.length; i++) noise[i] = rand() & 255;

show('exports', () => Object.keys(pako).filter((k) => !k.startsWith('Z_')).sort());
show('small', () => [hex(deflate(enc.encode('hello hello hello hello'))), hex(deflateRaw(enc.encode('abc'))), hex(deflate(new Uint8Array(0))), hex(gzip(enc.encode('hi'))).slice(0, 8)]);
show('levels', () => [-1, 0, 1, 2, 5, 6, 9].map((level) => { const c = deflate(data, { level }); return [level, c.length, fnv(c), dec.decode(inflate(c)) === text]; }));
show('strategies', () => [0, 1, 2, 3, 4].map((strategy) => { const c = deflate(data, { strategy }); return [strategy, c.length, fnv(c), inflate(c).length]; }));
show('memLevel windowBits', () => [[1, 9], [9, 15], [8, 10], [4, 12]].map(([memLevel, windowBits]) => { const c = deflate(data, { memLevel, windowBits }); return [memLevel, windowBits, c.length, fnv(c), inflate(c, { windowBits }).length]; }));
show('noise', () => { const c = deflate(noise); return [c.length, fnv(c), fnv(inflate(c)) === fnv(noise)]; });
show('raw', () => { const c = deflateRaw(data, { level: 9 }); return [c.length, fnv(c), dec.decode(inflateRaw(c)) === text]; });
show('gzip', () => { const c = gzip(data); return [c.length, hex(c.subarray(0, 10)), fnv(c), dec.decode(ungzip(c)) === text, inflate(c).length]; });
show('gzip header', () => {
  const c = gzip(enc.encode('payload'), { header: { name: 'file.txt', comment: 'a comment', time: 1700000000, os: 3, extra: [1, 2, 3], hcrc: true, text: true } });
  const inf = new Inflate();
  inf.onStart = function (strm) { this.header = new pako.GZheader(); pako.zlibInflateGetHeader(strm, this.header); };
  inf.push(c, true);
  const h = inf.header;
  return [hex(c), dec.decode(inf.result), h.name, h.comment, h.time, h.os, h.extra && Array.from(h.extra), h.text, h.xflags, h.extra_len, h.hcrc, h.done];
});
show('dictionary', () => {
  const dictionary = enc.encode('lorem ipsum dolor');
  const c = deflate(enc.encode('lorem ipsum dolor lorem ipsum'), { dictionary });
  const r = [hex(c), dec.decode(inflate(c, { dictionary }))];
  try { inflate(c); } catch (e) { r.push(String(e)); }
  return r;
});
show('streaming deflate', () => {
  const d = new Deflate({ level: 6 });
  for (let i = 0; i < data.length; i += 1000) d.push(data.subarray(i, i + 1000), false);
  d.push(new Uint8Array(0), true);
  const whole = deflate(data, { level: 6 });
  return [d.err, d.msg, d.result.length, fnv(d.result), fnv(d.result) === fnv(whole)];
});
show('streaming inflate', () => {
  const c = deflate(data);
  const inf = new Inflate();
  const got = [];
  inf.onData = (chunk) => got.push(chunk.length);
  for (let i = 0; i < c.length; i += 333) inf.push(c.subarray(i, i + 333), i + 333 >= c.length);
  return [inf.err, inf.ended, got.length > 0, got.reduce((a, b) => a + b, 0)];
});
show('chunkSize', () => { const d = new Deflate({ chunkSize: 64 }); const chunks = []; d.onData = (c) => chunks.push(c.length); d.push(data, true); return [chunks.length, chunks.slice(0, 3), chunks.reduce((a, b) => a + b, 0)]; });
show('flush modes', () => { const d = new Deflate(); d.push(enc.encode('abc'), pako.Z_SYNC_FLUSH); d.push(enc.encode('def'), true); return [hex(d.result), dec.decode(inflate(d.result))]; });
show('string input', () => { const c = deflate('string input ünïcødé'); return [hex(c), dec.decode(inflate(c))]; });
show('arraybuffer input', () => { const c = deflate(enc.encode('arraybuffer').buffer); return dec.decode(inflate(c)); });
show('corrupt', () => inflate(new Uint8Array([1, 2, 3, 4, 5])));
show('corrupt class', () => { const i = new Inflate(); i.push(new Uint8Array([0x78, 0x9c, 0xff, 0xff]), true); return [i.err, i.msg]; });
show('truncated', () => { const c = deflate(data); const i = new Inflate(); i.push(c.subarray(0, c.length - 10), true); return [i.err, i.msg, i.ended, i.result === undefined]; });
show('bad gzip crc', () => { const c = gzip(enc.encode('abc')); c[c.length - 6] ^= 1; return ungzip(c); });
show('Z constants', () => [pako.Z_OK, pako.Z_STREAM_END, pako.Z_NEED_DICT, pako.Z_DATA_ERROR, pako.Z_BUF_ERROR, pako.Z_BEST_COMPRESSION, pako.Z_DEFAULT_COMPRESSION, pako.Z_FINISH, pako.Z_SYNC_FLUSH]);
