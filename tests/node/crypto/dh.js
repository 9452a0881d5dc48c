// Diffie-Hellman: fixed private keys over fixed groups, both sides agree;
// verifyError, encodings, getters/setters and node's errors.
const crypto = require('crypto');
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, typeof r === 'object' && r !== null && !Buffer.isBuffer(r) ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const group = crypto.getDiffieHellman('modp1');
const prime = group.getPrime();
t('prime', () => prime.toString('hex').slice(0, 32) + ' ' + prime.length);
t('generator', () => group.getGenerator('hex'));
t('group verifyError', () => group.verifyError);
t('group keys', () => Object.keys(group));
t('group proto', () => Object.getOwnPropertyNames(Object.getPrototypeOf(group)).join());
t('dh proto', () => Object.getOwnPropertyNames(crypto.DiffieHellman.prototype).join());
t('instanceof', () => [group instanceof crypto.DiffieHellmanGroup,
  crypto.createDiffieHellmanGroup('modp2') instanceof crypto.DiffieHellmanGroup,
  crypto.DiffieHellman(prime) instanceof crypto.DiffieHellman]);
t('group sizes', () => ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']
  .map((n) => crypto.getDiffieHellman(n).getPrime().length));
t('no public', () => group.getPublicKey());
t('no private', () => group.getPrivateKey());
t('no setters', () => typeof group.setPrivateKey);

const alice = crypto.createDiffieHellman(prime);
const bob = crypto.createDiffieHellman(prime.toString('hex'), 'hex', Buffer.from([2]));
t('verifyError', () => [alice.verifyError, bob.verifyError]);
alice.setPrivateKey(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'));
bob.setPrivateKey('fedcba9876543210fedcba9876543210', 'hex');
const apub = alice.generateKeys();
const bpub = bob.generateKeys('base64');
t('alice pub', () => apub.toString('hex'));
t('bob pub', () => bpub);
t('alice priv', () => alice.getPrivateKey('hex'));
const s1 = alice.computeSecret(bpub, 'base64', 'hex');
const s2 = bob.computeSecret(apub).toString('hex');
t('secret', () => s1);
t('agree', () => s1 === s2 && s1.length === 192);
t('setPublicKey', () => crypto.createDiffieHellman(prime).setPublicKey('0405', 'hex').getPublicKey('hex'));
t('too small', () => alice.computeSecret(Buffer.from([1])));
t('zero', () => alice.computeSecret(Buffer.alloc(0)));
t('too large', () => alice.computeSecret(Buffer.alloc(96, 255)).length);
t('bad key arg', () => alice.computeSecret(5));
t('no keys', () => crypto.createDiffieHellman(prime).computeSecret(Buffer.from([2])));

t('small prime', () => crypto.createDiffieHellman(Buffer.from('ffffffffffffffc5', 'hex')).verifyError);
t('not prime', () => crypto.createDiffieHellman(Buffer.from('17', 'hex'), 'xx').verifyError);
t('gen 5', () => crypto.createDiffieHellman('ffffffffffffffc5', 'hex', 5).getGenerator('hex'));
t('gen hex', () => crypto.createDiffieHellman('ffffffffffffffc5', 'hex', '05', 'hex').getGenerator('hex'));
t('gen 0 is 2', () => crypto.createDiffieHellman(prime, 0).getGenerator('hex'));
t('small generate', () => crypto.createDiffieHellman(Buffer.from('ffffffffffffffc5', 'hex')).generateKeys());
t('bad gen', () => crypto.createDiffieHellman(prime, 1));
t('bad gen buf', () => crypto.createDiffieHellman(prime, Buffer.from([1])));
t('bad gen type', () => crypto.createDiffieHellman(prime, {}));
t('bad size type', () => crypto.createDiffieHellman(true));
t('bad size', () => crypto.createDiffieHellman(1.5));
t('negative size', () => crypto.createDiffieHellman(-1));
t('small size', () => crypto.createDiffieHellman(64));
t('unknown group', () => crypto.getDiffieHellman('modp3'));
t('group type', () => crypto.getDiffieHellman(5));

// crypto.diffieHellman over KeyObjects (dh from a group, x25519 from fixed keys).
const k1 = crypto.generateKeyPairSync('dh', { group: 'modp1' });
const k2 = crypto.generateKeyPairSync('dh', { group: 'modp1' });
t('dh keyobject', () => [k1.privateKey.asymmetricKeyType, k1.privateKey.asymmetricKeyDetails]);
const x1 = crypto.diffieHellman({ privateKey: k1.privateKey, publicKey: k2.publicKey });
const x2 = crypto.diffieHellman({ privateKey: k2.privateKey, publicKey: k1.publicKey });
t('stateless dh', () => [x1.length, x1.equals(x2)]);
const xa = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519',
  d: 'dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo', x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' }, format: 'jwk' });
const xb = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519',
  x: '3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08' }, format: 'jwk' });
t('x25519', () => crypto.diffieHellman({ privateKey: xa, publicKey: xb }).toString('hex'));
t('no options', () => crypto.diffieHellman());
t('no public', () => crypto.diffieHellman({ privateKey: xa }));
t('public as private', () => crypto.diffieHellman({ privateKey: xb, publicKey: xb }));
t('mixed', () => crypto.diffieHellman({ privateKey: xa, publicKey: k1.publicKey }));
t('secret key', () => crypto.diffieHellman({ privateKey: xa, publicKey: crypto.createSecretKey(Buffer.alloc(4)) }));
t('string', () => crypto.diffieHellman({ privateKey: 'x', publicKey: 'x' }));
t('keygen missing', () => crypto.generateKeyPairSync('dh', {}));
t('keygen group', () => crypto.generateKeyPairSync('dh', { group: 'x' }));
t('keygen pair', () => crypto.generateKeyPairSync('dh', { group: 'modp1', prime: Buffer.alloc(3) }));
t('keygen prime', () => crypto.generateKeyPairSync('dh', { prime }).publicKey.asymmetricKeyType);
t('keygen length', () => crypto.generateKeyPairSync('dh', { primeLength: 'x' }));
console.log(require('util').inspect(group));
console.log(require('util').inspect(crypto.createDiffieHellman(Buffer.from('17', 'hex'), 'xx')));
