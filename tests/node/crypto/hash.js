// createHash: known answers for every algorithm and output encoding,
// update chaining with input encodings, copy(), XOF lengths and errors.
const crypto = require('crypto');

const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224',
  'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128',
  'shake256', 'ripemd160', 'SHA256', 'Sha1', 'RSA-SHA256', 'blake2b512', 'sm3'];
for (const a of algs) {
  console.log(a, crypto.createHash(a).update('The quick brown fox').digest('hex'));
  console.log(a, 'empty', crypto.createHash(a).digest('hex'));
}

for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
  const d = crypto.createHash('sha256').update('abc').digest(enc);
  console.log(enc, JSON.stringify(d), d.length);
}
const ucs = crypto.createHash('sha1').update('abc').digest('ucs2');
console.log('ucs2', ucs.length, ucs.charCodeAt(0), ucs.charCodeAt(9));

// A digest without encoding is the bytes.
const raw = crypto.createHash('md5').update('abc').digest();
console.log(raw.length, raw[0], raw[15], raw instanceof Uint8Array);

// Chaining, input encodings, typed arrays.
const h = crypto.createHash('sha256');
console.log(h.update('a') === h);
h.update('62', 'hex').update('Yw==', 'base64').update('\u00e9', 'latin1').update('\u00e9');
console.log(h.digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint8Array([1, 2, 3])).digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint16Array([0x0201, 0x0003])).digest('hex'));
console.log(crypto.createHash('sha256').update('\ud83d\ude00 \ud800').digest('hex'));
console.log(crypto.createHash('sha256').update('abc', 'utf16le').digest('hex'));
console.log(crypto.createHash('sha256').update('abc', 'ascii').digest('hex'));
console.log(crypto.createHash('sha256').update('YWJj', 'base64url').digest('hex'));

// A long input in pieces equals one update.
let big = '';
for (let i = 0; i < 1000; i++) big += 'line ' + i + '\n';
const parts = crypto.createHash('sha512');
for (let i = 0; i < big.length; i += 777) parts.update(big.slice(i, i + 777));
console.log(parts.digest('hex') === crypto.createHash('sha512').update(big).digest('hex'));

// copy() keeps the state so far.
const base = crypto.createHash('sha256').update('hello ');
const c1 = base.copy();
console.log(base.update('world').digest('hex'));
console.log(c1.update('there').digest('hex'));

// XOF output lengths.
console.log(crypto.createHash('shake256', { outputLength: 4 }).update('x').digest('hex'));
console.log(crypto.createHash('shake128', { outputLength: 0 }).update('x').digest('hex'));
console.log(crypto.createHash('shake128').update('x').copy({ outputLength: 40 }).digest('hex'));
console.log(crypto.createHash('sha256', { outputLength: 32 }).update('x').digest('hex'));

function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('twice', () => { const x = crypto.createHash('sha1'); x.digest(); return x.digest(); });
t('update after', () => { const x = crypto.createHash('sha1'); x.digest(); x.update('a'); });
t('copy after', () => { const x = crypto.createHash('sha1'); x.digest(); x.copy(); });
t('unknown', () => crypto.createHash('sha257'));
t('not string', () => crypto.createHash(5));
t('bad data', () => crypto.createHash('sha1').update(5));
t('bad data obj', () => crypto.createHash('sha1').update({}));
t('bad data null', () => crypto.createHash('sha1').update(null));
t('not xof', () => crypto.createHash('sha256', { outputLength: 5 }));
t('bad length', () => crypto.createHash('shake128', { outputLength: -1 }));
t('bad length type', () => crypto.createHash('shake128', { outputLength: '5' }));
t('unknown enc', () => crypto.createHash('sha1').update('a', 'bogus').digest('hex'));
t('unknown out enc', () => crypto.createHash('sha1').update('a').digest('bogus').length);
t('hashes', () => {
  const l = crypto.getHashes();
  return [l.length > 10, l.includes('sha256'), l.includes('md5'), l.includes('sha3-512')];
});
t('Hash ctor', () => crypto.Hash('md5').update('a').digest('hex'));
t('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
t('odd hex hmac', () => crypto.createHmac('sha1', 'k').update('abc', 'hex'));
t('bad hex', () => crypto.createHash('sha1').update('zz12', 'hex').digest('hex'));
t('base64 spaces', () => crypto.createHash('sha1').update('YW Jj\n', 'base64').digest('hex'));

// crypto.hash(): one shot, hex by default.
t('hash', () => crypto.hash('sha1', 'abc'));
t('hash base64', () => crypto.hash('sha1', 'abc', 'base64'));
t('hash buffer', () => crypto.hash('sha1', 'abc', 'buffer').length);
t('hash bytes', () => crypto.hash('md5', new Uint8Array([1, 2, 3])));
t('hash bogus', () => crypto.hash('sha1', 'abc', 'bogus'));
t('hash input', () => crypto.hash('sha1', 5));
t('hash alg', () => crypto.hash('nope', 'a'));
t('hash alg type', () => crypto.hash(5, 'a'));
t('hash enc type', () => crypto.hash('sha1', 'a', 5));
t('hash shake', () => crypto.hash('shake256', 'a'));
