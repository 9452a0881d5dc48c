// TextEncoderStream/TextDecoderStream (split multi-byte characters) and
// CompressionStream/DecompressionStream round trips.
const log = (...a) => console.log(...a);
async function collect(readable) {
  const out = [];
  for await (const c of readable) out.push(c);
  return out;
}
(async () => {
  const enc = new TextEncoderStream();
  log(enc.encoding, Object.prototype.toString.call(enc));
  const w = enc.writable.getWriter();
  w.write('h\u00e9');
  w.write('\ud83d');
  w.write('\ude00!');
  w.close();
  const bytes = await collect(enc.readable);
  log(bytes.map((b) => Array.from(b).join(' ')));
  const dec = new TextDecoderStream();
  log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const dw = dec.writable.getWriter();
  const all = Buffer.from('caf\u00e9 \u20ac');
  dw.write(all.subarray(0, 4));
  dw.write(all.subarray(4, 7));
  dw.write(all.subarray(7));
  dw.close();
  log(JSON.stringify(await collect(dec.readable)));
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const text = 'web streams '.repeat(50);
    const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream(format));
    const parts = await collect(compressed.pipeThrough(new DecompressionStream(format)));
    log(format, Buffer.concat(parts.map((p) => Buffer.from(p))).toString() === text);
  }
  try { new CompressionStream('brotli'); } catch (e) { log(e.name, e.code, e.message); }
  const ds = new DecompressionStream('gzip');
  const dsw = ds.writable.getWriter();
  dsw.write(new Uint8Array([1, 2, 3, 4])).catch(() => {});
  dsw.close().catch(() => {});
  try { await collect(ds.readable); } catch (e) { log('bad gzip', e.code); }
})();
