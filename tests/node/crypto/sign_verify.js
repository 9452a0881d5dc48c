// Asymmetric keys: generateKeyPair(Sync) for rsa/ec/ed25519, createPrivateKey/
// createPublicKey (PEM, DER, PKCS#1, SEC1, encrypted PKCS#8), export, sign/verify
// (createSign/createVerify, one-shot, PSS, ECDSA ieee-p1363) and node's errors.
const crypto = require('crypto');
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log(publicKey, privateKey, publicKey.type, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, publicKey.asymmetricKeyDetails);
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
console.log(pem.split('\n')[0], publicKey.export({ type: 'spki', format: 'pem' }).split('\n')[0], publicKey.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0], privateKey.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0]);
const s = crypto.createSign('RSA-SHA256'); s.update('hello'); const sig = s.sign(privateKey, 'base64');
const v = crypto.createVerify('SHA256'); v.update('hello'); console.log(sig.length, v.verify(publicKey, sig, 'base64'));
console.log(crypto.verify('sha256', Buffer.from('hello'), pem, Buffer.from(sig, 'base64')), crypto.verify('sha256', Buffer.from('hellx'), publicKey, Buffer.from(sig, 'base64')));
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'pem' } });
console.log(typeof ec.publicKey, ec.privateKey.split('\n')[0]);
const esig = crypto.sign('sha256', Buffer.from('m'), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
console.log(esig.length, crypto.verify('sha256', Buffer.from('m'), { key: ec.publicKey, dsaEncoding: 'ieee-p1363' }, esig));
const ed = crypto.generateKeyPairSync('ed25519');
const edsig = crypto.sign(null, Buffer.from('x'), ed.privateKey); console.log(edsig.length, crypto.verify(null, Buffer.from('x'), ed.publicKey, edsig), ed.privateKey.asymmetricKeyType, ed.publicKey.asymmetricKeyDetails);
const pub = crypto.createPublicKey(pem); console.log(pub.type, pub.equals(publicKey), crypto.createPublicKey(privateKey).type);
const priv2 = crypto.createPrivateKey({ key: privateKey.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' }); console.log(priv2.asymmetricKeyDetails.modulusLength);
try { crypto.createPrivateKey('not a key'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createSign('nope'); } catch (e) { console.log(e.code, e.message); }
const enc = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' });
console.log(enc.split('\n')[0], crypto.createPrivateKey({ key: enc, passphrase: 'pw' }).type);
try { crypto.createPrivateKey(enc); } catch (e) { console.log(e.code, e.message); }
crypto.generateKeyPair('ec', { namedCurve: 'secp256k1' }, (err, pk, sk) => console.log('async', err, pk.asymmetricKeyDetails, sk.type));
const pss = crypto.sign('sha256', Buffer.from('p'), { key: privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
console.log(pss.length, crypto.verify('sha256', Buffer.from('p'), { key: publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss));
console.log(crypto.createSign('sha256') instanceof require('stream').Writable, typeof crypto.Sign, crypto.createSign('sha1').update('a').update('b') instanceof crypto.Sign);
const small = crypto.generateKeyPairSync('rsa', { modulusLength: 512 });
const enc2 = small.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' });
try { crypto.createPrivateKey({ key: enc2, passphrase: 'wrong' }); } catch (e) { console.log(e.code, e.message); }
try { crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'); } catch (e) { console.log(e.code, e.message); }
try { crypto.sign('sha256', Buffer.from('x'), small.publicKey); } catch (e) { console.log(e.code, e.message); }
try { crypto.createSign('sha256').update('x').sign('garbage'); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('rsa', {}); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('foo', {}); } catch (e) { console.log(e.code, e.message); }
try { small.privateKey.export({ format: 'pem', type: 'spki' }); } catch (e) { console.log(e.code, e.message); }
try { small.privateKey.export(); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.verify('sha256', Buffer.from('x'), small.publicKey, Buffer.alloc(64)), crypto.createVerify('sha1').update('x').verify(small.publicKey, 'bad', 'hex'));
const pkcs1 = small.publicKey.export({ type: 'pkcs1', format: 'pem' });
console.log(crypto.createPublicKey(pkcs1).asymmetricKeyType, crypto.createPublicKey({ key: small.publicKey.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(small.publicKey));
console.log(crypto.createPrivateKey(small.privateKey.export({ type: 'pkcs1', format: 'pem' })).equals(small.privateKey));
const fixedRsa = "-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBANKbw+i7hgtgARUE\neteaJza0sCOgxYztNczhZrvyO0E/76IEwAH+OcArtzYB69r9siouq/l94T85Ez/8\ndGuaN6OQ2blCDrcOLOSfk8MI2lo9JrqIbDIo4zdAAXATA/eRTBRoEq6Mq1C1gSWB\neZsTx8zTc/vyuNGQAgPFm4qRI++HAgMBAAECgYEAnsA7FBsGF1zuc+FEl2/jTyE0\nBCcTwf6sJxtgTRtx/uUqxH3AHcB715ccKuGX3yKMQa+cghuYxgdHs1ughdthQ9Nj\nmmWtjEXlDwlL+cbtE41eOPCS0pUkYzDT9hFJOa72hj7nIrSgjlwHCw3HnLSDt73n\n+SRsXcniLWiKwRY9msECQQDzViw6Sbj6M+embdfFdCoR9gNOroSSIoD/IrPC7saL\n5BwOpQN55Yth+klJuMnngwer7LNrrkpKR+vviy7j6i1lAkEA3ZGTM2ytjLs7f+kq\n9+k48e2lck+Xkzv2nB9VA9ibUTB5FpIvGI9HulA5WQedFLf1XG3/yczz282fjc16\njq2gewJARO9WnDSiaI8nwug/RjrAaFIvYazi9Zs8vAqSrliCesLmh+eLco7qy5ji\nBjaJTEK8e6IUuh6oAR8a4cOmRv7iWQJBAJCDV4gt9RAaOpeWBBGISzz4LHXfVdSR\nQqrXgMKub7dHr2K6W/9fzH/HvW/FGH4f8eekUzZS+Ca/+bYqdCpFMqsCQF0OJGNM\nsI2DZPqB/bZXW6M2beCZ55xdVvorc5Whk0ulmOGCNNjjjZoVi3fCC9jl6F7e94Tb\nvWNq6w00eu1RJBc=\n-----END PRIVATE KEY-----\n";
const fixedEd = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJCw5wpC7D9/ZeHZn0C4MNFzVICgdjOKu3fHJmd7mlqq\n-----END PRIVATE KEY-----\n";
console.log(crypto.createSign('sha256').update('fixed').sign(fixedRsa, 'hex'));
console.log(crypto.sign(null, Buffer.from('fixed'), fixedEd).toString('base64'));
console.log(crypto.createPublicKey(fixedRsa).export({ type: 'spki', format: 'der' }).toString('base64').slice(0, 40));
