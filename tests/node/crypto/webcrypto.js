// crypto.webcrypto and the global crypto: getRandomValues, randomUUID,
// subtle.digest; and crypto.constants.
const crypto = require('crypto');
const hex = (ab) => Array.from(new Uint8Array(ab), (x) => x.toString(16).padStart(2, '0')).join('');

console.log(globalThis.crypto === crypto.webcrypto, crypto.subtle === crypto.webcrypto.subtle);
console.log(Object.prototype.toString.call(crypto.webcrypto),
  Object.prototype.toString.call(crypto.webcrypto.subtle));
console.log(typeof globalThis.crypto.randomUUID(), globalThis.crypto.randomUUID().length);
console.log(globalThis.crypto.getRandomValues(new Uint8Array(4)).length);

async function main() {
  const data = new Uint8Array([97, 98, 99]);
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-256' }]) {
    const d = await crypto.subtle.digest(alg, data);
    console.log(JSON.stringify(alg), d instanceof ArrayBuffer, d.byteLength, hex(d));
  }
  console.log(hex(await crypto.subtle.digest('SHA-256', new ArrayBuffer(0))));
  console.log(hex(await crypto.subtle.digest('SHA-256', new Uint16Array([1, 2]))));
  for (const [alg, d] of [['SHA-257', data], ['MD5', data], ['SHA-256', 'abc'], [5, data]]) {
    try {
      await crypto.subtle.digest(alg, d);
    } catch (e) {
      console.log('rejected', e.name, e.code, e.message);
    }
  }
  const p = crypto.subtle.digest('SHA-256', data);
  console.log(p instanceof Promise);
}
main().then(() => {
  const c = crypto.constants;
  console.log(Object.getPrototypeOf(c), Object.keys(c).length);
  console.log(c.RSA_PKCS1_PADDING, c.POINT_CONVERSION_UNCOMPRESSED, c.TLS1_3_VERSION);
  console.log(typeof crypto.createHash, typeof crypto.Hash, typeof crypto.Cipheriv);
});
