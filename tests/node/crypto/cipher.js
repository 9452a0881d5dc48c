// createCipheriv/createDecipheriv: AES CBC/CTR/ECB/GCM known ciphertexts,
// round trips with encodings, padding, AEAD tags and tampering, errors.
const crypto = require('crypto');
const hex = (b) => Array.from(new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength),
  (x) => x.toString(16).padStart(2, '0')).join('');
function fromHex(s) {
  const u = new Uint8Array(s.length / 2);
  for (let i = 0; i < u.length; i++) u[i] = parseInt(s.substr(i * 2, 2), 16);
  return u;
}
const concat = (a, b) => { const u = new Uint8Array(a.length + b.length); u.set(a); u.set(b, a.length); return u; };

// NIST SP 800-38A F.2.1 (CBC-AES128), F.5.1 (CTR-AES128), F.1.1 (ECB).
const key128 = fromHex('2b7e151628aed2a6abf7158809cf4f3c');
const pt = fromHex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51');
let c = crypto.createCipheriv('aes-128-cbc', key128, fromHex('000102030405060708090a0b0c0d0e0f'));
c.setAutoPadding(false);
console.log('cbc', hex(c.update(pt)) + hex(c.final()));
c = crypto.createCipheriv('aes-128-ctr', key128, fromHex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'));
console.log('ctr', c.update(pt, undefined, 'hex') + c.final('hex'));
c = crypto.createCipheriv('aes-128-ecb', key128, null);
c.setAutoPadding(false);
console.log('ecb', c.update(pt, null, 'hex') + c.final('hex'));

// Every key size and mode: fixed key/iv, ciphertext and round trip.
const text = 'Kiln compiles JavaScript ahead of time. \u00e9\u4e2d\ud83d\ude00';
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ctr', 'ecb', 'cfb', 'ofb']) {
    const name = 'aes-' + bits + '-' + mode;
    const key = new Uint8Array(bits / 8).map((_, i) => i * 7 + 1);
    const iv = mode === 'ecb' ? null : new Uint8Array(16).map((_, i) => 255 - i);
    const enc = crypto.createCipheriv(name, key, iv);
    const ct = enc.update(text, 'utf8', 'base64') + enc.final('base64');
    const dec = crypto.createDecipheriv(name, key, iv);
    const back = dec.update(ct, 'base64', 'utf8') + dec.final('utf8');
    console.log(name, ct, back === text);
  }
}

// Output encodings, pieces, and utf8 split across update() calls.
const k = new Uint8Array(16).fill(1);
const iv = new Uint8Array(16).fill(2);
for (const e of ['hex', 'base64', 'base64url', 'latin1']) {
  const x = crypto.createCipheriv('aes-128-cbc', k, iv);
  console.log(e, JSON.stringify(x.update('hello', 'utf8', e) + x.final(e)));
}
const x = crypto.createCipheriv('aes-128-ctr', k, iv);
const pieces = [x.update('\u4e2d\u6587'), x.update('\ud83d\ude00'), x.final()];
const d = crypto.createDecipheriv('aes-128-ctr', k, iv);
let out = '';
for (const p of pieces) for (let i = 0; i < p.length; i++) out += d.update(p.subarray(i, i + 1), undefined, 'utf8');
out += d.final('utf8');
console.log(out, out.length);
const ab = crypto.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'ponmlkjihgfedcba');
console.log(hex(concat(ab.update('x'), ab.final())));
console.log(hex(crypto.createCipheriv('aes-128-cbc', k, iv).final()));
console.log(crypto.createCipheriv('aes-128-cbc', k, iv).update('').length);

// Padding off: whole blocks only.
const np = crypto.createCipheriv('aes-128-cbc', k, iv);
console.log(np.setAutoPadding(false) === np);
console.log(np.update(new Uint8Array(32)).length, np.final().length);
const dp = crypto.createDecipheriv('aes-128-cbc', k, iv);
dp.setAutoPadding(false);
const withPad = crypto.createCipheriv('aes-128-cbc', k, iv);
const padded = concat(withPad.update('abc'), withPad.final());
console.log(hex(concat(dp.update(padded), dp.final())));

// GCM: NIST test case 2 (zero key and iv, one zero block).
const g = crypto.createCipheriv('aes-128-gcm', new Uint8Array(16), new Uint8Array(12));
console.log('gcm', hex(g.update(new Uint8Array(16))), hex(g.final()), hex(g.getAuthTag()));
// GCM with AAD, short tag, long iv, round trip and tampering.
function gcm(name, keyLen, ivLen, tagLen, aad, msg) {
  const key = new Uint8Array(keyLen).map((_, i) => i);
  const nonce = new Uint8Array(ivLen).map((_, i) => 100 + i);
  const opts = tagLen ? { authTagLength: tagLen } : undefined;
  const e = crypto.createCipheriv(name, key, nonce, opts);
  if (aad) e.setAAD(aad);
  const ct = concat(e.update(msg, 'utf8'), e.final());
  const tag = e.getAuthTag();
  console.log(name, ivLen, hex(ct), hex(tag));
  const dd = crypto.createDecipheriv(name, key, nonce, opts);
  if (aad) dd.setAAD(aad);
  dd.setAuthTag(tag);
  console.log(' back', dd.update(ct, undefined, 'utf8') + dd.final('utf8'));
  const bad = crypto.createDecipheriv(name, key, nonce, opts);
  if (aad) bad.setAAD(aad);
  const t2 = tag.slice();
  t2[0] ^= 1;
  bad.setAuthTag(t2);
  bad.update(ct);
  try {
    bad.final();
  } catch (err) {
    console.log(' tampered', err.name, err.code, err.message);
  }
}
gcm('aes-128-gcm', 16, 12, 0, null, 'attack at dawn');
gcm('aes-192-gcm', 24, 12, 8, new Uint8Array([1, 2, 3]), 'attack at dusk');
gcm('aes-256-gcm', 32, 16, 12, new Uint8Array(40), 'x'.repeat(100));
gcm('aes-256-gcm', 32, 1, 4, null, '');
gcm('chacha20-poly1305', 32, 12, 16, new Uint8Array([9]), 'chacha');

function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.library, e.reason);
  }
}
const z16 = new Uint8Array(16);
t('key length', () => crypto.createCipheriv('aes-128-cbc', new Uint8Array(5), z16));
t('key length 256', () => crypto.createCipheriv('aes-256-cbc', z16, z16));
t('iv length', () => crypto.createCipheriv('aes-128-cbc', z16, new Uint8Array(5)));
t('iv null', () => crypto.createCipheriv('aes-128-cbc', z16, null));
t('ecb with iv', () => crypto.createCipheriv('aes-128-ecb', z16, z16));
t('ecb empty iv', () => crypto.createCipheriv('aes-128-ecb', z16, new Uint8Array(0)).final('hex'));
t('unknown', () => crypto.createCipheriv('aes-128-xyz', z16, z16));
t('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', z16, new Uint8Array(0)));
t('bad key type', () => crypto.createCipheriv('aes-128-cbc', 5, z16));
t('bad iv type', () => crypto.createCipheriv('aes-128-cbc', z16, 5));
t('bad cipher type', () => crypto.createCipheriv(5, z16, z16));
t('bad tag length', () => crypto.createCipheriv('aes-128-gcm', z16, z16, { authTagLength: 5 }));
t('bad decrypt', () => {
  const dd = crypto.createDecipheriv('aes-128-cbc', z16, z16);
  dd.update(z16);
  return dd.final();
});
t('wrong final block', () => {
  const e = crypto.createCipheriv('aes-128-cbc', z16, z16);
  e.setAutoPadding(false);
  e.update('abc');
  return e.final();
});
t('decrypt short', () => {
  const dd = crypto.createDecipheriv('aes-128-cbc', z16, z16);
  dd.update(new Uint8Array(5));
  return dd.final();
});
t('final twice', () => { const e = crypto.createCipheriv('aes-128-cbc', z16, z16); e.final(); e.final(); });
t('update after final', () => { const e = crypto.createCipheriv('aes-128-cbc', z16, z16); e.final(); e.update('a'); });
t('getAuthTag early', () => crypto.createCipheriv('aes-128-gcm', z16, new Uint8Array(12)).getAuthTag());
t('getAuthTag cbc', () => { const e = crypto.createCipheriv('aes-128-cbc', z16, z16); e.final(); e.getAuthTag(); });
t('setAAD cbc', () => crypto.createCipheriv('aes-128-cbc', z16, z16).setAAD(new Uint8Array(3)));
t('no tag', () => {
  const dd = crypto.createDecipheriv('aes-128-gcm', z16, new Uint8Array(12));
  dd.update(z16);
  return dd.final();
});
t('tag length 3', () => crypto.createDecipheriv('aes-128-gcm', z16, new Uint8Array(12)).setAuthTag(new Uint8Array(3)));
t('setAuthTag on cipher', () => typeof crypto.createCipheriv('aes-128-gcm', z16, new Uint8Array(12)).setAuthTag);
t('getAuthTag on decipher', () => typeof crypto.createDecipheriv('aes-128-gcm', z16, new Uint8Array(12)).getAuthTag);
t('unknown out enc', () => crypto.createCipheriv('aes-128-cbc', z16, z16).update('a', 'utf8', 'bogus'));
t('bad data', () => crypto.createCipheriv('aes-128-cbc', z16, z16).update(5));
t('info', () => JSON.stringify(crypto.getCipherInfo('aes-256-gcm')));
t('info cbc', () => JSON.stringify(crypto.getCipherInfo('AES-128-CBC')));
t('info ecb', () => JSON.stringify(crypto.getCipherInfo('aes-128-ecb')));
t('info ctr', () => JSON.stringify(crypto.getCipherInfo('aes-192-ctr')));
t('info none', () => crypto.getCipherInfo('nope'));
t('ciphers', () => {
  const l = crypto.getCiphers();
  return [l.length > 50, l.includes('aes-256-gcm'), l.includes('chacha20-poly1305')];
});
