// Calling digest() twice is an uncaught ERR_CRYPTO_HASH_FINALIZED.
const { createHash } = require('crypto');
const h = createHash('sha256').update('x');
console.log(h.digest('hex'));
h.digest('hex');
console.log('not reached');
