// crypto.generateKey/generateKeySync for hmac and aes secret keys (lengths in bits,
// node's validation errors), and the inspect output of a secret KeyObject.
const c = require('crypto');
for (const a of [['hmac', { length: 64 }], ['hmac', { length: 7 }], ['hmac', { length: 12 }], ['aes', { length: 128 }], ['aes', { length: 100 }], ['des', { length: 64 }], ['hmac', {}], ['hmac'], [5, {}], ['hmac', { length: 'x' }], ['hmac', { length: 2 ** 31 }], ['aes', { length: '128' }]]) {
  try { const k = c.generateKeySync(...a); console.log(k.type, k.symmetricKeySize, k.export().length); } catch (e) { console.log(e.name, e.code, e.message); }
}
c.generateKey('aes', { length: 256 }, (err, k) => console.log('cb', err, k.symmetricKeySize));
try { c.generateKey('aes', { length: 256 }); } catch (e) { console.log(e.code, e.message); }
try { c.generateKey('aes', { length: 99 }, () => {}); } catch (e) { console.log(e.code, e.message); }
console.log(c.generateKeySync('hmac', {length: 16}));
const k = c.createSecretKey(Buffer.from('key'));
console.log(k, [k], Object.getOwnPropertySymbols(k).length, k.equals(c.createSecretKey(Buffer.from('key'))));
const g = c.generateKeySync('hmac', { length: 256 });
console.log(c.createHmac('sha256', g).update('x').digest().length, g.export({ format: 'jwk' }).kty);
