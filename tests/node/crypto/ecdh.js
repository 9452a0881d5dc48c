// ECDH: fixed private keys, point formats, convertKey, errors; getCurves.
const crypto = require('crypto');
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, typeof r === 'object' && r !== null && !Buffer.isBuffer(r) ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const curves = crypto.getCurves();
t('curves', () => [curves.length, curves.slice(0, 4).join(), curves.includes('prime256v1'),
  curves.includes('secp256k1'), curves.join().length]);

const e = crypto.createECDH('prime256v1');
t('no public', () => e.getPublicKey());
t('no private', () => e.getPrivateKey());
t('no pair', () => e.computeSecret(Buffer.from('04', 'hex')));
e.setPrivateKey('0101010101010101010101010101010101010101010101010101010101010101', 'hex');
t('uncompressed', () => e.getPublicKey('hex'));
t('compressed', () => e.getPublicKey('hex', 'compressed'));
t('hybrid', () => e.getPublicKey('base64', 'hybrid'));
t('bad format', () => e.getPublicKey(null, 'foo'));
t('private', () => e.getPrivateKey('hex'));
t('buffer', () => e.getPublicKey().length);
t('bad point', () => e.computeSecret(Buffer.from('04', 'hex')));
t('bad string', () => e.computeSecret('zz'));
const f = crypto.createECDH('prime256v1');
f.setPrivateKey(Buffer.alloc(32, 2));
t('secret', () => e.computeSecret(f.getPublicKey()).toString('hex'));
t('secret enc', () => f.computeSecret(e.getPublicKey('hex', 'compressed'), 'hex', 'hex'));
t('zero key', () => e.setPrivateKey(Buffer.alloc(32, 0)));
t('big key', () => e.setPrivateKey(Buffer.alloc(33, 255)));
t('set bad public', () => e.setPublicKey(Buffer.from('0102', 'hex')));
t('chain', () => e.setPrivateKey(Buffer.alloc(32, 3)) === e);
t('convert', () => crypto.ECDH.convertKey(f.getPublicKey(), 'prime256v1', null, 'hex', 'compressed'));
t('convert back', () => crypto.ECDH.convertKey(f.getPublicKey('hex', 'compressed'), 'prime256v1', 'hex', 'hex', 'uncompressed'));
t('convert buffer', () => crypto.ECDH.convertKey(f.getPublicKey(), 'prime256v1').length);
t('convert infinity', () => crypto.ECDH.convertKey('00', 'prime256v1', 'hex', 'hex'));
t('convert empty', () => crypto.ECDH.convertKey('', 'prime256v1', 'hex', 'hex'));
t('convert bad curve', () => crypto.ECDH.convertKey('00', 'nope', 'hex', 'hex'));
t('convert curve type', () => crypto.ECDH.convertKey('00', 5));
t('convert bad point', () => crypto.ECDH.convertKey('0102', 'prime256v1', 'hex'));
t('curve type', () => crypto.createECDH(5));
t('no curve', () => crypto.createECDH());
t('bad curve', () => crypto.createECDH('foo'));
t('k1 sizes', () => [crypto.createECDH('secp256k1').generateKeys().length,
  crypto.createECDH('secp256k1').generateKeys('hex', 'compressed').length,
  crypto.createECDH('secp384r1').generateKeys(null, 'compressed').length,
  crypto.createECDH('secp521r1').generateKeys().length]);
t('proto', () => Object.getOwnPropertyNames(crypto.ECDH.prototype).join());
t('keys', () => Object.keys(crypto.createECDH('secp256k1')));
t('call', () => crypto.ECDH('prime256v1') instanceof crypto.ECDH);
const x = crypto.createECDH('prime256v1');
x.setPrivateKey(Buffer.alloc(32, 7));
const y = crypto.createECDH('prime256v1');
y.setPublicKey(x.getPublicKey());
t('public only', () => y.getPublicKey().equals(x.getPublicKey()));
t('public only secret', () => y.computeSecret(x.getPublicKey()));
t('public only private', () => y.getPrivateKey());
// Random keys agree.
const a = crypto.createECDH('secp384r1');
const b = crypto.createECDH('secp384r1');
const ak = a.generateKeys();
const bk = b.generateKeys('hex', 'compressed');
t('agree', () => a.computeSecret(bk, 'hex').equals(b.computeSecret(ak)));
// ECDH KeyObjects with crypto.diffieHellman agree with the ECDH class.
const ka = crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256',
  d: e.getPrivateKey('base64url'),
  x: e.getPublicKey().subarray(1, 33).toString('base64url'),
  y: e.getPublicKey().subarray(33).toString('base64url') }, format: 'jwk' });
const kb = crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256',
  x: f.getPublicKey().subarray(1, 33).toString('base64url'),
  y: f.getPublicKey().subarray(33).toString('base64url') }, format: 'jwk' });
t('keyobject', () => crypto.diffieHellman({ privateKey: ka, publicKey: kb }).equals(e.computeSecret(f.getPublicKey())));
console.log(require('util').inspect(crypto.createECDH('secp256k1')));
