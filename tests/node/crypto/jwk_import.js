// createPrivateKey/createPublicKey from JWKs (RSA, EC, OKP), round trips with
// export({ format: 'jwk' }), signing with JWK keys, and node's JWK errors.
const c = require('crypto');
for (const k of [{ kty: 'RSA' }, { kty: 'XX' }, 5, { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' }, { kty: 'OKP', crv: 'Foo', x: 'AA' }, { kty: 'oct', k: 'AA' }, { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }]) {
  try { c.createPublicKey({ key: k, format: 'jwk' }); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { c.createPrivateKey({ key: { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, format: 'jwk' }); } catch (e) { console.log(e.name, e.code, e.message); }
for (const [type, opts] of [['rsa', { modulusLength: 1024 }], ['ec', { namedCurve: 'P-256' }], ['ec', { namedCurve: 'secp256k1' }], ['ed25519', {}], ['x25519', {}]]) {
  const { publicKey, privateKey } = c.generateKeyPairSync(type, opts);
  const pj = privateKey.export({ format: 'jwk' }), uj = publicKey.export({ format: 'jwk' });
  const back = c.createPrivateKey({ key: pj, format: 'jwk' }), backPub = c.createPublicKey({ key: uj, format: 'jwk' }), fromPriv = c.createPublicKey({ key: pj, format: 'jwk' });
  console.log(type, back.type, back.asymmetricKeyType, back.equals(privateKey), backPub.equals(publicKey), fromPriv.type, fromPriv.equals(publicKey), JSON.stringify(back.asymmetricKeyDetails, (k, v) => typeof v === 'bigint' ? String(v) : v));
  if (type !== 'x25519') {
    const sig = c.sign(type === 'ed25519' ? null : 'sha256', Buffer.from('m'), { key: pj, format: 'jwk' });
    console.log(c.verify(type === 'ed25519' ? null : 'sha256', Buffer.from('m'), { key: uj, format: 'jwk' }, sig));
  }
}
