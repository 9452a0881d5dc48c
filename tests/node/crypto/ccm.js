// AES-CCM: authTagLength required, plaintextLength with AAD, round trip,
// tampering reported by final().
const crypto = require('crypto');
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const concat = (a, b) => { const u = new Uint8Array(a.length + b.length); u.set(a); u.set(b, a.length); return u; };
const key = new Uint8Array(16).map((_, i) => i + 0x40);
const nonce = new Uint8Array(12).map((_, i) => i + 0x10);
const aad = new Uint8Array(8).map((_, i) => i);
const msg = 'counter with cbc-mac';
for (const withAad of [false, true]) {
  const c = crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  if (withAad) c.setAAD(aad, { plaintextLength: msg.length });
  const ct = concat(c.update(msg, 'utf8'), c.final());
  const tag = c.getAuthTag();
  console.log(withAad, hex(ct), hex(tag));
  const d = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  d.setAuthTag(tag);
  if (withAad) d.setAAD(aad, { plaintextLength: ct.length });
  console.log(' back', d.update(ct, undefined, 'utf8') + d.final('utf8'));
  const bad = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  const t2 = tag.slice();
  t2[7] ^= 0x80;
  bad.setAuthTag(t2);
  if (withAad) bad.setAAD(aad, { plaintextLength: ct.length });
  console.log(' update', bad.update(ct).length);
  try {
    bad.final();
  } catch (e) {
    console.log(' tampered', e.message);
  }
}
try {
  crypto.createCipheriv('aes-128-ccm', key, nonce);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  crypto.createCipheriv('aes-128-ccm', key, new Uint8Array(14), { authTagLength: 8 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
