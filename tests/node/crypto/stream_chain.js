const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-'));
  const plain = path.join(dir, 'plain.bin');
  const data = Buffer.alloc(100000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
  fs.writeFileSync(plain, data);
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(plain, { highWaterMark: 4096 }), hash);
  console.log('stream sha256', hash.digest('hex'));
  console.log('oneshot', crypto.createHash('sha256').update(data).digest('hex'), crypto.hash ? crypto.hash('sha1', 'abc') : 'no crypto.hash');
  const key = crypto.randomBytes(32);
  const iv = crypto.randomBytes(16);
  const enc = path.join(dir, 'enc.bin');
  await pipeline(fs.createReadStream(plain), zlib.createGzip(), crypto.createCipheriv('aes-256-ctr', key, iv), fs.createWriteStream(enc));
  const back = [];
  await pipeline(fs.createReadStream(enc), crypto.createDecipheriv('aes-256-ctr', key, iv), zlib.createGunzip(), async function* (src) { for await (const c of src) back.push(c); });
  console.log('roundtrip', Buffer.concat(back).equals(data), fs.statSync(enc).size < data.length);
  const h = crypto.createHmac('sha1', 'k');
  h.write('streamed '); h.end('hmac');
  h.on('readable', () => { const d = h.read(); if (d) console.log('hmac stream', d.toString('hex')); });
  await new Promise((r) => h.on('end', r));
  const c = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16, 5), Buffer.alloc(12, 6));
  const parts = [];
  c.on('data', (d) => parts.push(d));
  c.write('gcm '); c.end('stream');
  await new Promise((r) => c.on('end', r));
  console.log('gcm', Buffer.concat(parts).toString('hex'), c.getAuthTag().toString('hex'));
  const digestStream = crypto.createHash('md5').setEncoding('hex');
  await pipeline(Readable.from(['a', 'b', 'c']), digestStream);
  console.log('md5 setEncoding', digestStream.read());
  const bad = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  try { await pipeline(Readable.from([Buffer.from('notamultipleof16')]), bad, async function* (s) { for await (const x of s) ; }); }
  catch (e) { console.log('pipeline error', e.code, e.reason); }
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  console.log(typeof privateKey, privateKey.startsWith('-----BEGIN PRIVATE KEY-----'), publicKey.split('\n').length);
  const ct = crypto.publicEncrypt(publicKey, Buffer.from('secret msg'));
  console.log(ct.length, crypto.privateDecrypt(privateKey, ct).toString());
  const ko = crypto.createPublicKey(publicKey);
  console.log(ko.asymmetricKeyDetails.modulusLength, ko.asymmetricKeyDetails.publicExponent, Object.keys(ko.export({ format: 'jwk' })).sort());
  try { crypto.createPrivateKey('not a key'); } catch (e) { console.log(e.code, e.message); }
  fs.rmSync(dir, { recursive: true });
}
main();
