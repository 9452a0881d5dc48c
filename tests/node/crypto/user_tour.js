const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'sha3-512', 'ripemd160', 'shake256', 'blake2b512']) {
  console.log(alg, crypto.createHash(alg).update('hello').update(Buffer.from(' world')).digest('hex').slice(0, 40));
}
console.log(crypto.createHash('sha256').update('x').digest('base64'), crypto.createHash('sha256').update('x').digest('base64url'));
console.log(crypto.createHash('md5').update('é', 'latin1').digest().length, crypto.createHash('md5').update('é').digest('latin1').length);
const h = crypto.createHash('sha1'); h.update('a'); const h2 = h.copy(); h.update('b');
console.log(h.digest('hex'), h2.digest('hex'));
try { h.digest(); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.createHmac('sha256', 'key').update('data').digest('hex'));
console.log(crypto.createHmac('sha512', Buffer.alloc(200, 1)).update('data').digest('base64'));
const u = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), u.length);
console.log(crypto.randomBytes(16).length, typeof crypto.randomInt(10), crypto.randomInt(5, 6));
try { crypto.randomInt(5, 5); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.pbkdf2Sync('pw', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 32, { N: 1024 }).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 16)).toString('hex'));
const key = crypto.scryptSync('secret', 'salt', 32);
const iv = Buffer.alloc(12, 3);
const c = crypto.createCipheriv('aes-256-gcm', key, iv);
c.setAAD(Buffer.from('header'));
const ct = Buffer.concat([c.update('attack at dawn', 'utf8'), c.final()]);
const tag = c.getAuthTag();
console.log(ct.toString('hex'), tag.toString('hex'));
const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
d.setAAD(Buffer.from('header')); d.setAuthTag(tag);
console.log(d.update(ct, undefined, 'utf8') + d.final('utf8'));
const d2 = crypto.createDecipheriv('aes-256-gcm', key, iv);
d2.setAAD(Buffer.from('headex')); d2.setAuthTag(tag); d2.update(ct);
try { d2.final(); } catch (e) { console.log('bad tag:', e.message, e.code); }
const cbc = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16, 1), Buffer.alloc(16, 2));
const enc = cbc.update('some text', 'utf8', 'base64') + cbc.final('base64');
console.log(enc);
const dc = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), Buffer.alloc(16, 2));
dc.update(enc, 'base64');
try { dc.final(); } catch (e) { console.log(e.message, e.code, e.reason, e.library); }
try { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)); } catch (e) { console.log(e.code, e.message); }
try { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(3)); } catch (e) { console.log(e.code, e.message); }
const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const sig = crypto.sign('sha256', Buffer.from('msg'), privateKey);
console.log(crypto.verify('sha256', Buffer.from('msg'), publicKey, sig), crypto.verify('sha256', Buffer.from('msh'), publicKey, sig));
console.log(publicKey.type, publicKey.asymmetricKeyType, publicKey.asymmetricKeyDetails, privateKey.type);
console.log(publicKey.export({ type: 'spki', format: 'pem' }).split('\n')[0]);
const ed = crypto.generateKeyPairSync('ed25519');
const s2 = crypto.sign(null, Buffer.from('m'), ed.privateKey);
console.log(s2.length, crypto.verify(null, Buffer.from('m'), ed.publicKey, s2), ed.publicKey.export({ format: 'der', type: 'spki' }).length);
const signer = crypto.createSign('SHA256'); signer.update('abc');
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const rs = signer.sign(rsa.privateKey, 'hex');
console.log(rs.length, crypto.createVerify('SHA256').update('abc').verify(rsa.publicKey, rs, 'hex'));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
try { crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('ab')); } catch (e) { console.log(e.code, e.message); }
const sk = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
console.log(sk.type, sk.symmetricKeySize, sk.export().toString());
console.log(crypto.getHashes().includes('sha256'), crypto.getCiphers().includes('aes-256-gcm'), typeof crypto.webcrypto.subtle);
(async () => {
  const dg = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('hello'));
  console.log(Buffer.from(dg).toString('hex'));
  const k = await crypto.subtle.importKey('raw', Buffer.from('key'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const sg = await crypto.subtle.sign('HMAC', k, Buffer.from('data'));
  console.log(Buffer.from(sg).toString('hex'), k.algorithm, k.usages, k.extractable, k.type);
  console.log(await crypto.subtle.verify('HMAC', k, sg, Buffer.from('data')));
  try { await crypto.subtle.digest('SHA-7', Buffer.from('x')); } catch (e) { console.log(e.name, e.message); }
  crypto.pbkdf2('a', 'b', 1, 8, 'sha1', (err, k2) => console.log('pbkdf2 cb', err, k2.toString('hex')));
  crypto.scrypt('a', 'b', 8, (err, k3) => console.log('scrypt cb', err, k3.toString('hex')));
})();
