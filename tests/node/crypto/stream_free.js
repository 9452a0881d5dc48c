// Many hashes and ciphers, digested or abandoned: no leak of OpenSSL
// contexts ends the run, and results stay right.
const crypto = require('crypto');
let last;
for (let i = 0; i < 20000; i++) {
  const h = crypto.createHash('sha256').update('n' + i);
  if (i % 2) last = h.digest('hex');
  const c = crypto.createCipheriv('aes-128-gcm', new Uint8Array(16), new Uint8Array(12));
  c.update('x');
  if (i % 3 === 0) c.final();
}
console.log(last);
