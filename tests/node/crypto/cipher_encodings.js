// String output across update() calls: base64 holds bytes past a multiple
// of 3, utf16le an odd byte, utf8 an incomplete character, so that the
// pieces join into one valid string, as node's StringDecoder does.
const crypto = require('crypto');
const key = new Uint8Array(16).map((_, i) => i);
const iv = new Uint8Array(16).map((_, i) => 16 - i);
for (const enc of ['base64', 'base64url', 'hex', 'latin1', 'utf16le']) {
  const c = crypto.createCipheriv('aes-128-ctr', key, iv);
  const parts = [c.update('a', 'utf8', enc), c.update('bcd', 'utf8', enc),
    c.update('efghijk', 'utf8', enc), c.final(enc)];
  console.log(enc, JSON.stringify(parts));
  const d = crypto.createDecipheriv('aes-128-ctr', key, iv);
  console.log(' back', d.update(parts.join(''), enc, 'utf8') + d.final('utf8'));
}
const c = crypto.createCipheriv('aes-128-cbc', key, iv);
const out = [c.update('0123456789abcdef0', 'utf8', 'base64'), c.final('base64')];
console.log(JSON.stringify(out));
const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
console.log(d.update(out.join(''), 'base64', 'utf8') + d.final('utf8'));
