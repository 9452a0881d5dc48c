// atob/btoa (forgiving base64, errors) and Blob/File.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
show('btoa', () => [btoa('hello'), btoa(''), btoa('\xff\xfe'), btoa(123), btoa(null)]);
show('btoa bad', () => btoa('€'));
show('btoa none', () => btoa());
show('atob', () => [atob('aGVsbG8='), atob('aGVsbG8'), atob(' aGVs\nbG8= '), atob(''), JSON.stringify(atob('//79'))]);
for (const s of ['a', 'ab', 'abc', 'abcd', 'ab=', 'ab==', 'ab===', 'a=b=', 'ab=c', '-_', 'a b c d', 'Y\tQ\f=\r=']) show(`atob ${JSON.stringify(s)}`, () => JSON.stringify(atob(s)));
show('atob none', () => atob());
show('module', () => { const b = require('buffer'); return [b.atob === atob, b.btoa === btoa, b.Blob === Blob]; });
show('utf8/ascii', () => { const b = require('buffer'); return [b.isUtf8(Buffer.from('héllo')), b.isUtf8(Buffer.from([0xc0, 0x80])), b.isUtf8(new Uint8Array([0xe2, 0x82])), b.isAscii(Buffer.from('abc')), b.isAscii(Buffer.from('é')), b.isUtf8(new ArrayBuffer(2))]; });
show('isUtf8 bad', () => require('buffer').isUtf8('x'));
const blob = new Blob(['héllo ', Buffer.from('wörld'), new Uint8Array([33]), new ArrayBuffer(1)], { type: 'Text/Plain' });
show('blob', () => [blob.size, blob.type, blob instanceof Blob, Object.prototype.toString.call(blob)]);
console.log(blob);
show('blob slice', () => { const s = blob.slice(1, -2, 'x/y'); return [s.size, s.type]; });
show('blob bad', () => new Blob('abc'));
show('blob bad type', () => new Blob([], { type: 'é' }).type);
const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 42 });
show('file', () => [f.name, f.size, f.type, f.lastModified, f instanceof Blob, Object.prototype.toString.call(f)]);
(async () => {
  console.log(JSON.stringify(await blob.text()));
  const ab = await blob.slice(0, 3).arrayBuffer();
  console.log(ab.byteLength, new Uint8Array(ab));
  console.log(await f.text(), await new Blob().text() === '');
})();
