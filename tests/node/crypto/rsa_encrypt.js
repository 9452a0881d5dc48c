// publicEncrypt/privateDecrypt (OAEP with hash and label, PKCS#1 v1.5 refused for
// private decryption as node 20 does) and privateEncrypt/publicDecrypt.
const crypto = require('crypto');
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const pem = privateKey.export({ type: 'pkcs1', format: 'pem' });
const ct = crypto.publicEncrypt(publicKey, Buffer.from('secret'));
console.log(ct.length, crypto.privateDecrypt(privateKey, ct).toString(), crypto.privateDecrypt(pem, ct).toString());
const ct2 = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('pkcs1'));
try { crypto.privateDecrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }, ct2); } catch (e) { console.log(e.name, e.code, e.message); }
const ct3 = crypto.publicEncrypt({ key: pem, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, 'str input');
console.log(crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, ct3).toString());
const s = crypto.privateEncrypt(privateKey, Buffer.from('signed')); console.log(s.length, crypto.publicDecrypt(publicKey, s).toString(), crypto.publicDecrypt(pem, s).toString());
try { crypto.privateDecrypt(privateKey, Buffer.alloc(128, 1)); } catch (e) { console.log(e.code, e.message); }
try { crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, ct); } catch (e) { console.log(e.code, e.message); }
try { crypto.publicEncrypt(publicKey, Buffer.alloc(200)); } catch (e) { console.log(e.code, e.message); }
