// StringDecoder: characters split across chunks in every encoding, end(), errors.
const { StringDecoder } = require('string_decoder');
function run(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map(c => JSON.stringify(d.write(Buffer.from(c))));
  out.push(JSON.stringify(d.end()));
  console.log(enc, out.join(' '), d.lastNeed, d.lastTotal);
}
const euro = [0xe2, 0x82, 0xac], smile = [0xf0, 0x9f, 0x98, 0x80];
run('utf8', [[0xe2], [0x82], [0xac, 0x41]]);
run('utf8', [[0x41, 0xe2, 0x82], [0xac]]);
run('utf8', [[0xf0, 0x9f], [0x98], [0x80]]);
run('utf8', [[0xe2, 0x82], [0x41]]);
run('utf8', [[0xe2, 0x82]]);
run('utf8', [[0xff, 0xfe, 0x80], [0x80]]);
run('utf8', [[0xc0], [0x80]]);
run('utf8', [[0x80, 0x80, 0x80, 0x80]]);
run('utf16le', [[0x61], [0x00, 0x62], [0x00]]);
run('utf16le', [[0x3d, 0xd8], [0x00, 0xde]]);
run('utf16le', [[0x3d, 0xd8]]);
run('utf16le', [[0x3d]]);
run('base64', [[1], [2, 3, 4], [5]]);
run('base64url', [[1, 2, 3, 4]]);
run('hex', [[1, 255], [16]]);
run('latin1', [[0xe9, 0x41]]);
run('ascii', [[0xe9, 0x41]]);
const d = new StringDecoder();
console.log(d.encoding, d.write('str'), d.end(Buffer.from([0xe2])), new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
try { new StringDecoder('xyz'); } catch (e) { console.log(e.code, e.message); }
try { d.write(123); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(new StringDecoder('utf8').write(new Uint16Array([0x4141, 0x42]))));
const d2 = new StringDecoder('utf8'); d2.write(Buffer.from([0xe2]));
console.log(d2.lastChar, d2.lastNeed, d2.lastTotal);
