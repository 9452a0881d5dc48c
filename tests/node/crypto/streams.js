// Hash, Hmac and the ciphers as Transform streams; Buffer results.
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const h0 = crypto.createHash('sha256');
console.log(h0 instanceof Transform, typeof h0.pipe, typeof h0.write);
console.log(crypto.createHash('md5').update('abc').digest());
console.log(crypto.createHmac('sha1', 'k').update('abc').digest());
console.log(Buffer.isBuffer(crypto.randomBytes(4)), crypto.pbkdf2Sync('p', 's', 1, 8, 'sha1'));
console.log(crypto.scryptSync('p', 's', 8, { N: 16 }));

const h = crypto.createHash('sha256');
h.setEncoding('hex');
h.on('data', (d) => console.log('hash data', d));
h.on('end', () => console.log('hash end'));
h.write('ab');
h.write(Buffer.from('c'));
h.end();

const m = crypto.createHmac('sha256', 'key');
m.on('readable', () => {
  const d = m.read();
  if (d) console.log('hmac read', d.toString('base64'));
});
m.end('abc');

const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
const chunks = [];
pipeline(Readable.from(['hello ', 'stream ', 'world']),
  crypto.createCipheriv('aes-128-cbc', key, iv),
  crypto.createDecipheriv('aes-128-cbc', key, iv),
  new Transform({
    transform(chunk, enc, cb) { chunks.push(chunk); cb(); },
  }),
  (err) => {
    console.log('pipeline', err, Buffer.concat(chunks).toString());
    const bad = crypto.createDecipheriv('aes-128-cbc', key, Buffer.alloc(16, 3));
    bad.on('error', (e) => console.log('stream error', e.code, e.message));
    bad.on('data', (d) => console.log('bad data', d.length));
    bad.end(Buffer.alloc(16));
  });

const c = crypto.createCipheriv('aes-128-ctr', key, iv);
let out = '';
c.setEncoding('base64');
c.on('data', (d) => { out += d; });
c.on('end', () => console.log('ctr stream', out));
c.write('0123456789');
c.end('abcdef');

// Hash after a stream flush is finalized.
const f = crypto.createHash('sha1');
f.on('finish', () => {
  try {
    console.log('after flush', f.digest('hex'));
    f.digest();
  } catch (e) {
    console.log('after flush', e.code);
  }
});
f.resume();
f.end('x');
const g = crypto.createHmac('sha1', 'k');
g.on('finish', () => console.log('hmac after flush', JSON.stringify(g.digest('hex'))));
g.resume();
g.end('x');
