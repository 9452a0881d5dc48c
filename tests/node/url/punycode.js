// punycode (RFC 3492): encode/decode, toASCII/toUnicode, ucs2 helpers and
// the RangeErrors for bad input.
'use strict';
const p = require('punycode');
console.log(p.version, Object.keys(p), Object.keys(p.ucs2));
const words = ['bücher', 'mañana', 'ü', '💩', 'abc', '', '-', 'a-b', 'ليهمابتكلموشعربي؟', '他们为什么不说中文',
  'Pročprostěnemluvíčesky', 'почемужеонинеговорятпорусски', '3年B組金八先生', 'MajiでKoiする5秒前', '\u00e9-'];
for (const w of words) {
  const e = p.encode(w);
  console.log(JSON.stringify(w), '->', JSON.stringify(e), p.decode(e) === w);
}
for (const s of ['a!', 'ü', '\u00e9-', 'zzzzzzzzzzzzzz', '99999999999', 'egbpdaj6bu4bxfgehfvwxn', 'ABC-']) {
  try { console.log(JSON.stringify(p.decode(s))); } catch (e) { console.log(e.name, e.message); }
}
console.log(p.toASCII('mañana.com'), p.toASCII('a@bücher.de'), p.toASCII('☃-⌘.com'), p.toASCII('Bücher。de'), p.toASCII('ascii.only'));
console.log(p.toUnicode('xn--maana-pta.com'), p.toUnicode('xn--ls8h'), p.toUnicode('XN--ls8h'), p.toUnicode('a@xn--bcher-kva.de'), p.toUnicode('plain'));
console.log(p.ucs2.decode('a😀\uD800b'), p.ucs2.encode([0x61, 0x1F600, 0xD800]), p.ucs2.encode([]).length);
try { p.toUnicode('xn--a!'); } catch (e) { console.log(e.name, e.message); }
