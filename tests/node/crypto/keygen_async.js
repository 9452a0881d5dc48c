// generateKeyPair runs on the thread pool: a setImmediate queued at the same
// time comes first (RSA takes a while); errors in options throw at once,
// OpenSSL's errors come to the callback.
const crypto = require('crypto');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};


const later = [];
let pending = 6;  // five below and the RSA key at the end
const collect = (line) => {
  if (line) later.push(line);
  if (--pending === 0) for (const l of later.sort()) console.log(l);
};
crypto.generateKeyPair('ed25519', (err, pub, priv) => collect('ed25519 ' + err + ' ' + pub.type + ' ' + priv.asymmetricKeyType));
crypto.generateKeyPair('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'der' },
}, (err, pub, priv) => collect('ec ' + err + ' ' + pub.split('\n')[0] + ' ' + Buffer.isBuffer(priv)));
crypto.generateKeyPair('rsa', { modulusLength: 1 }, (err, pub, priv) =>
  collect('small rsa ' + err.message + ' ' + pub + ' ' + priv));
crypto.generateKeyPair('x25519', {}, (err, pub, priv) => collect('x25519 ' + err + ' ' + priv.type));
crypto.generateKeyPair('dh', { group: 'modp1' }, (err, pub, priv) => collect('dh ' + err + ' ' + priv.asymmetricKeyType));

t('bad curve', () => crypto.generateKeyPair('ec', { namedCurve: 'foo' }, () => {}));
t('no callback', () => crypto.generateKeyPair('ed25519', {}));
t('bad type', () => crypto.generateKeyPair('foo', {}, () => {}));
t('bad length', () => crypto.generateKeyPair('rsa', { modulusLength: 'x' }, () => {}));
t('bad encoding', () => crypto.generateKeyPair('ed25519', { publicKeyEncoding: 5 }, () => {}));
t('dh missing', () => crypto.generateKeyPair('dh', {}, () => {}));

// Last, so that nothing slow runs between queueing the job and the loop.
crypto.generateKeyPair('rsa', { modulusLength: 1024 }, (err, pub, priv) => {
  console.log('rsa', err, pub.type, priv.type, pub.asymmetricKeyType,
              JSON.stringify(priv.asymmetricKeyDetails, (k, v) => typeof v === 'bigint' ? String(v) : v));
  const sig = crypto.sign('sha256', Buffer.from('hello'), priv);
  console.log('rsa verify', crypto.verify('sha256', Buffer.from('hello'), pub, sig));
  collect();
});
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
console.log('sync');
