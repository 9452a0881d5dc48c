// tweetnacl (CommonJS): ed25519 signatures, secretbox, sha512, scalar multiplication.
const nacl = require('tweetnacl');
const seed = new Uint8Array(32).map((_, i) => i); const kp = nacl.sign.keyPair.fromSeed(seed);
const msg = new TextEncoder().encode('hello'); const sig = nacl.sign.detached(msg, kp.secretKey);
console.log(Buffer.from(kp.publicKey).toString('hex'), Buffer.from(sig).toString('hex').slice(0, 40), nacl.sign.detached.verify(msg, sig, kp.publicKey));
const k = new Uint8Array(32).fill(7), n = new Uint8Array(24).fill(1); const box = nacl.secretbox(msg, n, k); console.log(Buffer.from(box).toString('hex'), Buffer.from(nacl.secretbox.open(box, n, k)).toString());
console.log(Buffer.from(nacl.hash(msg)).toString('hex').slice(0, 32), Buffer.from(nacl.scalarMult.base(seed)).toString('hex'));
