// crypto through import, with and without node:, default and named.
import crypto, { createHash, randomUUID } from 'crypto';
import * as ns from 'node:crypto';
import { webcrypto } from 'node:crypto';
console.log(createHash('sha1').update('esm').digest('hex'));
console.log(crypto.createHash === createHash, ns.createHash === createHash);
console.log(randomUUID().length, typeof webcrypto.subtle.digest);
const d = await webcrypto.subtle.digest('SHA-256', new Uint8Array([1]));
console.log(d.byteLength);
