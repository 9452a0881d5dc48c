// X509Certificate over fixed self-made certificates (fixtures/): names,
// dates, serials, fingerprints, SAN, EKU, checks, verify, issuer, errors.
const { X509Certificate, createPrivateKey } = require('crypto');
const fs = require('fs');
const util = require('util');
const t = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const ca = new X509Certificate(fs.readFileSync('fixtures/ca.pem'));
const leaf = new X509Certificate(fs.readFileSync('fixtures/leaf.pem'));
const rsa = new X509Certificate(fs.readFileSync('fixtures/rsa.pem', 'utf8'));
for (const c of [ca, leaf, rsa]) {
  t('fields', () => ({ subject: c.subject, issuer: c.issuer, validFrom: c.validFrom,
    validTo: c.validTo, serialNumber: c.serialNumber, keyUsage: c.keyUsage,
    san: c.subjectAltName, ca: c.ca, info: c.infoAccess, issuerCert: c.issuerCertificate }));
  t('fingerprints', () => [c.fingerprint, c.fingerprint256, c.fingerprint512]);
  t('key', () => [c.publicKey.asymmetricKeyType, c.publicKey.type,
    c.publicKey.asymmetricKeyDetails]);
  t('raw', () => [c.raw.length, Buffer.isBuffer(c.raw), c.raw.toString('hex', 0, 8)]);
  t('pem', () => [c.toString() === c.toJSON(), c.toString().split('\n').length,
    c.toString().slice(0, 40)]);
}
t('json', () => JSON.stringify({ c: rsa }).length);
console.log(util.inspect(leaf));
t('host', () => [leaf.checkHost('example.com'), leaf.checkHost('foo.example.org'),
  leaf.checkHost('a.b.example.org'), leaf.checkHost('other.com'), leaf.checkHost('EXAMPLE.com'),
  leaf.checkHost('www.example.com')]);
t('host options', () => [leaf.checkHost('example.com', { subject: 'always' }),
  leaf.checkHost('example.com', { subject: 'never' }),
  leaf.checkHost('x.example.org', { wildcards: false }),
  leaf.checkHost('x.example.org', { partialWildcards: false }),
  leaf.checkHost('x.y.example.org', { multiLabelWildcards: true }),
  rsa.checkHost('rsa.test'), rsa.checkHost('rsa.test', { subject: 'never' })]);
t('email', () => [leaf.checkEmail('foo@example.com'), leaf.checkEmail('admin@example.com'),
  leaf.checkEmail('x@y'), leaf.checkEmail('admin@example.com', { subject: 'always' })]);
t('ip', () => [leaf.checkIP('127.0.0.1'), leaf.checkIP('::1'), leaf.checkIP('0:0::1'),
  leaf.checkIP('1.2.3.4')]);
t('bad ip', () => leaf.checkIP('foo'));
t('ip type', () => leaf.checkIP(1));
t('host type', () => leaf.checkHost(5));
t('email type', () => leaf.checkEmail(1));
t('bad subject', () => leaf.checkHost('a', { subject: 'x' }));
t('null options', () => leaf.checkHost('a', null));
t('bad wildcards', () => leaf.checkHost('a', { wildcards: 1 }));
t('verify', () => [leaf.verify(ca.publicKey), leaf.verify(rsa.publicKey), ca.verify(ca.publicKey),
  rsa.verify(rsa.publicKey)]);
t('verify private', () => leaf.verify(createPrivateKey(fs.readFileSync('fixtures/ca.key'))));
t('verify none', () => leaf.verify());
t('issued', () => [leaf.checkIssued(ca), ca.checkIssued(ca), leaf.checkIssued(rsa),
  rsa.checkIssued(rsa), ca.checkIssued(leaf)]);
t('issued type', () => leaf.checkIssued({}));
t('private key', () => [leaf.checkPrivateKey(createPrivateKey(fs.readFileSync('fixtures/leaf.key'))),
  leaf.checkPrivateKey(createPrivateKey(fs.readFileSync('fixtures/ca.key')))]);
t('garbage', () => new X509Certificate('garbage'));
t('number', () => new X509Certificate(5));
t('none', () => new X509Certificate());
const der = new X509Certificate(leaf.raw);
t('der', () => [der.subject === leaf.subject, der.fingerprint256 === leaf.fingerprint256,
  der.toString() === leaf.toString()]);
t('keys', () => Object.keys(leaf));
t('typed array', () => new X509Certificate(new Uint8Array(leaf.raw)).serialNumber);
for (const c of [ca, leaf, rsa]) {
  const o = c.toLegacyObject();
  for (const k of ['raw', 'pubkey']) o[k] = o[k].toString('hex').slice(0, 40) + ' ' + o[k].length;
  console.log(util.inspect(o));
}
t('proto', () => Object.getOwnPropertyNames(X509Certificate.prototype).join());
