import { encode, decode } from '@msgpack/msgpack';
const e = encode({ a: 1, b: [1.5, 'x', null, true], c: new Uint8Array([1,2]), d: 2n**40n > 0n ? 123456789012 : 0 });
console.log(Buffer.from(e).toString('hex')); console.log(decode(e));
