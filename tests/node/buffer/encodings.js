// Every encoding both ways, with malformed input and partial characters.
const samples = ['', 'abc', 'héllo wörld', '€uro', '😀 smile', 'a\ud800b', '\udc00', 'ÿ\u0100', '\0\x7f\x80'];
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'binary', 'utf-8', 'UCS-2'];
for (const s of samples) {
  for (const e of encs) {
    const b = Buffer.from(s, e);
    console.log(JSON.stringify(s), e, b.toString('hex'), JSON.stringify(b.toString(e)));
  }
}
const bytes = Buffer.from([0, 0x41, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe2, 0x82]);
for (const e of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  console.log(e, JSON.stringify(bytes.toString(e)));
  for (let i = 0; i < 6; i++) console.log(' ', i, JSON.stringify(bytes.toString(e, i, bytes.length - i)));
}
// hex: stops at the first bad pair; odd length drops the last digit.
for (const h of ['zz', 'abc', 'a', '0g12', '12 34', 'ABCDEF', '']) console.log('hex', JSON.stringify(h), Buffer.from(h, 'hex'));
// base64: skips junk, stops at '=', accepts both alphabets.
for (const s of ['aGVsbG8', 'aGVsbG8=', 'aGVs bG8=', 'aGVsbG8==junk', '-_-_', '+/+/', 'a', 'ab', 'abc', '====', 'a=b', '\u00e9aGk', 'YQ', 'YWI']) {
  console.log('b64', JSON.stringify(s), Buffer.from(s, 'base64'), Buffer.from(s, 'base64url'));
}
for (let n = 0; n < 7; n++) {
  const b = Buffer.from('abcdef'.slice(0, n));
  console.log(n, b.toString('base64'), b.toString('base64url'));
}
// toString ranges.
const t = Buffer.from('hello');
console.log(t.toString('utf8', -1, 100), t.toString('utf8', 2), t.toString(undefined, 1, 3), t.toString('utf8', 4, 2), JSON.stringify(t.toString('utf8', 10)), t.toString('utf8', '1', '3'), t.toString('utf8', NaN, NaN), t.toString('utf8', 1.7, 3.2));
try { t.toString('bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
try { t.toString(null); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(t.toString(undefined), t.toLocaleString('hex'));
// A large string through the hot paths.
const big = 'ab€😀'.repeat(100000);
const bb = Buffer.from(big);
console.log(bb.length, Buffer.byteLength(big), bb.toString() === big, bb.toString('base64').length, Buffer.from(bb.toString('hex'), 'hex').equals(bb));
