// createHmac: RFC 4231 / RFC 2202 known answers, key types, encodings, errors.
const crypto = require('crypto');
function fromHex(s) {
  const u = new Uint8Array(s.length / 2);
  for (let i = 0; i < u.length; i++) u[i] = parseInt(s.substr(i * 2, 2), 16);
  return u;
}
// RFC 4231 test case 1 and 2.
const k1 = new Uint8Array(20).fill(0x0b);
for (const a of ['sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(a, crypto.createHmac(a, k1).update('Hi There').digest('hex'));
  console.log(a, crypto.createHmac(a, 'Jefe').update('what do ya want for nothing?').digest('hex'));
}
// RFC 4231 case 6: a key longer than the block.
const longKey = new Uint8Array(131).fill(0xaa);
console.log(crypto.createHmac('sha256', longKey)
  .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
// RFC 2202 md5 / sha1.
console.log(crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log(crypto.createHmac('sha1', fromHex('0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c'))
  .update('Test With Truncation').digest('hex'));
for (const a of ['sha3-256', 'sha512-256', 'ripemd160', 'SHA1', 'RSA-SHA256']) {
  console.log(a, crypto.createHmac(a, 'key').update('data').digest('base64'));
}
for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
  console.log(enc, JSON.stringify(crypto.createHmac('sha1', 'k').update('abc').digest(enc)));
}
// Empty key, ArrayBuffer key, chained updates.
console.log(crypto.createHmac('sha256', '').update('x').digest('hex'));
console.log(crypto.createHmac('sha256', new ArrayBuffer(3)).update('x').digest('hex'));
const m = crypto.createHmac('sha256', 'k');
console.log(m.update('a') === m);
console.log(m.update('62', 'hex').digest('hex') === crypto.createHmac('sha256', 'k').update('ab').digest('hex'));
// A second digest gives an empty result; update after it throws.
console.log(JSON.stringify(m.digest('hex')), m.digest().length);
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('update after', () => m.update('x'));
t('unknown', () => crypto.createHmac('nope', 'k'));
t('bad key', () => crypto.createHmac('sha256', 5));
t('bad key null', () => crypto.createHmac('sha256', null));
t('bad alg', () => crypto.createHmac(1, 'k'));
t('bad data', () => crypto.createHmac('sha256', 'k').update([]));
t('Hmac ctor', () => crypto.Hmac('md5', 'k').update('a').digest('hex'));
