// A bad decrypt thrown from final() ends the program with OpenSSL's message.
const crypto = require('crypto');
const key = new Uint8Array(32).fill(7);
const iv = new Uint8Array(16).fill(3);
const e = crypto.createCipheriv('aes-256-cbc', key, iv);
const ct = e.update('secret', 'utf8', 'hex') + e.final('hex');
console.log(ct);
const d = crypto.createDecipheriv('aes-256-cbc', new Uint8Array(32), iv);
d.update(ct, 'hex');
d.final();
