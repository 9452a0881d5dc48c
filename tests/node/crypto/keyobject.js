// createSecretKey: a secret KeyObject, exported and used as a key.
const crypto = require('crypto');
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const hex = (b) => Array.from(new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength),
  (x) => x.toString(16).padStart(2, '0')).join('');
const k = crypto.createSecretKey(new Uint8Array([97, 98, 99]));
t('shape', () => [k.type, k.symmetricKeySize, k.asymmetricKeyType,
  Object.prototype.toString.call(k), k.constructor.name, k instanceof crypto.KeyObject].join(' '));
t('export', () => hex(k.export()));
t('export buffer', () => hex(k.export({ format: 'buffer' })));
t('jwk', () => JSON.stringify(k.export({ format: 'jwk' })));
t('pem', () => k.export({ format: 'pem' }));
t('equals', () => k.equals(crypto.createSecretKey('abc', 'utf8')));
t('not equals', () => k.equals(crypto.createSecretKey('abd', 'utf8')));
t('equals other', () => k.equals('abc'));
t('hex', () => crypto.createSecretKey('6162', 'hex').symmetricKeySize);
t('ab', () => crypto.createSecretKey(new ArrayBuffer(5)).symmetricKeySize);
t('bad', () => crypto.createSecretKey(5));
t('hmac', () => crypto.createHmac('sha1', k).update('x').digest('hex'));
t('cipher', () => crypto.createCipheriv('aes-128-cbc',
  crypto.createSecretKey(new Uint8Array(16)), new Uint8Array(16)).final('hex'));
t('hkdf', () => hex(crypto.hkdfSync('sha256', k, 's', 'i', 4)));
t('pbkdf2', () => crypto.pbkdf2Sync(k, 's', 1, 4, 'sha1'));
t('ctor', () => new crypto.KeyObject('secret', {}));
