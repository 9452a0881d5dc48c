// pbkdf2, scrypt and hkdf: RFC known answers, sync and async, errors.
const crypto = require('crypto');
const hex = (b) => Array.from(new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength),
  (x) => x.toString(16).padStart(2, '0')).join('');

// RFC 6070 (PBKDF2-HMAC-SHA1).
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('passwordPASSWORDpassword',
  'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 2, 32, 'sha256')));
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 1, 64, 'SHA512')));
console.log(hex(crypto.pbkdf2Sync(new Uint8Array([1, 2]), new ArrayBuffer(4), 3, 10, 'md5')));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1').length);
const pb = crypto.pbkdf2Sync('p', 's', 1, 4, 'sha1');
console.log(pb instanceof Uint8Array, pb.length);

// RFC 7914 scrypt vectors (small ones) and node's defaults.
console.log(hex(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 })));
console.log(hex(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 })));
console.log(hex(crypto.scryptSync('password', 'NaCl', 32, { cost: 1024, blockSize: 8,
  parallelization: 2 })));
console.log(hex(crypto.scryptSync('p', 's', 16)));
console.log(hex(crypto.scryptSync('p', 's', 16, {})));
console.log(hex(crypto.scryptSync('p', 's', 16, { N: 1024, maxmem: 2 ** 26 })));

// RFC 5869 HKDF test case 1 and 3.
const ikm = new Uint8Array(22).fill(0x0b);
const salt = new Uint8Array(13).map((_, i) => i);
const info = new Uint8Array(10).map((_, i) => 0xf0 + i);
const okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log(okm instanceof ArrayBuffer, okm.byteLength, hex(okm));
console.log(hex(crypto.hkdfSync('sha256', ikm, '', '', 42)));
console.log(hex(crypto.hkdfSync('sha1', 'key', 'salt', 'info', 20)));
console.log(hex(crypto.hkdfSync('sha512', 'key', 'salt', 'info', 255 * 64)).length);
console.log(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 0).byteLength);

function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'));
t('pbkdf2 iterations 1.5', () => crypto.pbkdf2Sync('p', 's', 1.5, 10, 'sha1'));
t('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
t('pbkdf2 keylen str', () => crypto.pbkdf2Sync('p', 's', 1, '1', 'sha1'));
t('pbkdf2 digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'));
t('pbkdf2 no digest', () => crypto.pbkdf2Sync('p', 's', 1, 10));
t('pbkdf2 password', () => crypto.pbkdf2Sync(5, 's', 1, 10, 'sha1'));
t('pbkdf2 salt', () => crypto.pbkdf2Sync('p', {}, 1, 10, 'sha1'));
t('pbkdf2 no cb', () => crypto.pbkdf2('p', 's', 1, 10, 'sha1'));
t('scrypt N 3', () => crypto.scryptSync('p', 's', 10, { N: 3 }));
t('scrypt N 1', () => crypto.scryptSync('p', 's', 10, { N: 1 }));
t('scrypt maxmem', () => crypto.scryptSync('p', 's', 10, { N: 2 ** 20 }));
t('scrypt both', () => crypto.scryptSync('p', 's', 10, { N: 16, cost: 16 }));
t('scrypt keylen', () => crypto.scryptSync('p', 's', -1));
t('scrypt N type', () => crypto.scryptSync('p', 's', 10, { N: 'x' }));
t('scrypt no cb', () => crypto.scrypt('p', 's', 10));
t('hkdf too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
t('hkdf digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 10));
t('hkdf digest type', () => crypto.hkdfSync(1, 'k', 's', 'i', 10));
t('hkdf length', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
t('hkdf info', () => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 10));
t('hkdf ikm', () => crypto.hkdfSync('sha256', 5, 's', 'i', 10));
t('hkdf salt', () => crypto.hkdfSync('sha256', 'k', null, 'i', 10));
t('hkdf no cb', () => crypto.hkdf('sha256', 'k', 's', 'i', 10));

// Async forms: callbacks after the synchronous code and nextTicks. The
// pool runs them in parallel, so results are printed at exit in a fixed order.
const order = [];
const results = {};
crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
  order.push('done');
  results.pbkdf2 = [err, hex(key)];
});
crypto.scrypt('password', 'NaCl', 16, { N: 1024 }, (err, key) => {
  order.push('done');
  results.scrypt = [err, hex(key)];
});
crypto.scrypt('p', 's', 8, (err, key) => {
  results.scryptDefaults = [err, hex(key)];
});
crypto.hkdf('sha256', ikm, salt, info, 42, (err, key) => {
  order.push('done');
  results.hkdf = [err, key instanceof ArrayBuffer, hex(key)];
});
crypto.hkdf('sha256', 'k', 's', 'i', 0, (err, key) => {
  results.hkdf0 = [err, key.byteLength];
});
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
order.push('sync');
process.on('exit', () => {
  console.log(order.join(' '));
  for (const k of Object.keys(results).sort()) console.log(k, results[k].join(' '));
});
