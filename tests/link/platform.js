// Pulls in node's modules from libkiln_node.a (and libcrypto, zlib).
const crypto = require('crypto');
const zlib = require('zlib');
const path = require('path');
const data = Buffer.from('kiln '.repeat(20));
console.log(crypto.createHash('sha256').update(data).digest('hex'));
console.log(zlib.gunzipSync(zlib.gzipSync(data)).equals(data));
console.log(path.join('a', '..', 'b'), new URL('https://x.test/a/../b?q=1').href);
setTimeout(() => console.log('timer'), 1);
