// crypto.subtle.digest runs on the thread pool like node's (it settles after
// the current microtasks and ticks), rejects unknown algorithms and bad data;
// getCurves lists node's curves. Digests run one after the other (parallel
// jobs finish in any order on the pool).
const crypto = require('crypto');
const order = [];
crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((d) => {
  order.push('digest');
  console.log(d instanceof ArrayBuffer, d.byteLength, Buffer.from(d).toString('hex'));
  console.log(order.join(' '));
})
  .then(() => crypto.subtle.digest({ name: 'sha-512' }, new Uint8Array(0)))
  .then((d) => console.log('sha-512 empty', Buffer.from(d).toString('base64').slice(0, 16)))
  .then(() => crypto.subtle.digest('SHA-384', new DataView(new ArrayBuffer(3))))
  .then((d) => console.log('sha-384 dataview', d.byteLength));
let p = Promise.resolve();
for (let i = 0; i < 5; i++) p = p.then(() => order.push('micro' + i));
process.nextTick(() => order.push('tick'));
crypto.subtle.digest('MD5', Buffer.from('abc'))
  .catch((e) => console.log('md5', e.name, e.message));
crypto.subtle.digest('SHA-1', 'text')
  .catch((e) => console.log('string', e.name, e.code));
const curves = crypto.getCurves();
console.log(curves.length, curves.includes('prime256v1'), curves.includes('secp384r1'),
            curves.includes('secp256k1'), curves === crypto.getCurves());
