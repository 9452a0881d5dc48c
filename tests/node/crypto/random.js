// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues,
// timingSafeEqual: shapes and ranges only, errors, callback order.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const b = crypto.randomBytes(32);
console.log(b.length, b instanceof Uint8Array);
console.log(crypto.randomBytes(0).length);
// 64 random bytes are not all zero.
console.log(crypto.randomBytes(64).some((x) => x !== 0));
t('size -1', () => crypto.randomBytes(-1));
t('size str', () => crypto.randomBytes('5'));
t('size big', () => crypto.randomBytes(2 ** 31));
t('size NaN', () => crypto.randomBytes(NaN));
t('size frac', () => crypto.randomBytes(1.5).length);
t('bad cb', () => crypto.randomBytes(4, 5));

const u = new Uint32Array(4);
console.log(crypto.randomFillSync(u) === u, u.length);
const z = new Uint8Array(10);
crypto.randomFillSync(z, 2, 3);
console.log(z[0], z[1], z[5], z[9]);
const ab = new ArrayBuffer(8);
console.log(crypto.randomFillSync(ab) === ab, ab.byteLength);
const z16 = new Uint16Array(6);
crypto.randomFillSync(z16, 4);
console.log(z16[0], z16[3]);
t('fill offset', () => crypto.randomFillSync(new Uint8Array(4), 5));
t('fill size', () => crypto.randomFillSync(new Uint8Array(4), 1, 5));
t('fill neg', () => crypto.randomFillSync(new Uint8Array(4), -1));
t('fill type', () => crypto.randomFillSync('x'));
t('fill offset type', () => crypto.randomFillSync(new Uint8Array(4), '1'));
t('fill no cb', () => crypto.randomFill(new Uint8Array(4)));

for (let i = 0; i < 200; i++) {
  const r = crypto.randomInt(10);
  if (!(Number.isInteger(r) && r >= 0 && r < 10)) console.log('bad', r);
  const s = crypto.randomInt(-5, -2);
  if (!(s >= -5 && s < -2)) console.log('bad', s);
  const big = crypto.randomInt(2 ** 47, 2 ** 48);
  if (!(big >= 2 ** 47 && big < 2 ** 48)) console.log('bad', big);
}
console.log(crypto.randomInt(7, 8));
t('int order', () => crypto.randomInt(10, 5));
t('int frac', () => crypto.randomInt(1.5));
t('int zero', () => crypto.randomInt(0));
t('int range', () => crypto.randomInt(-5, 2 ** 48 + 1));
t('int range max', () => crypto.randomInt(2 ** 48 + 1));
t('int str', () => crypto.randomInt('a'));
t('int min str', () => crypto.randomInt('1', 5));
t('int cb', () => crypto.randomInt(5, 6, 7));

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 100; i++) {
  const id = crypto.randomUUID();
  if (!re.test(id)) console.log('bad uuid', id);
  seen.add(id);
}
console.log(seen.size, re.test(crypto.randomUUID({ disableEntropyCache: true })));
t('uuid opt', () => crypto.randomUUID({ disableEntropyCache: 5 }));
t('uuid opt type', () => crypto.randomUUID(5));

const g = new Int32Array(8);
console.log(crypto.getRandomValues(g) === g, crypto.webcrypto.getRandomValues(new Uint8Array(65536)).length);
t('grv quota', () => crypto.getRandomValues(new Uint8Array(65537)));
t('grv float', () => crypto.getRandomValues(new Float64Array(2)));
t('grv str', () => crypto.webcrypto.getRandomValues('x'));
t('grv big', () => crypto.webcrypto.getRandomValues(new Uint32Array(16385)));

console.log(crypto.timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3])));
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])));
console.log(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
console.log(crypto.timingSafeEqual(new ArrayBuffer(2), new Uint8Array(2)));
t('tse length', () => crypto.timingSafeEqual(new Uint8Array(2), new Uint8Array(3)));
t('tse type', () => crypto.timingSafeEqual('a', new Uint8Array(3)));
t('tse type 2', () => crypto.timingSafeEqual(new Uint8Array(3), 5));

// Callbacks run after the synchronous code, nextTicks and microtasks.
const order = [];
crypto.randomBytes(16, (err, buf) => {
  order.push('randomBytes');
  console.log('randomBytes cb', err, buf.length);
  crypto.randomFill(new Uint8Array(8), 2, (err2, buf2) => {
    console.log('randomFill cb', err2, buf2.length, buf2[0], buf2[1]);
    crypto.randomInt(3, (err3, n) => {
      console.log('randomInt cb', err3, n >= 0 && n < 3);
      crypto.randomFill(new Uint8Array(8), 2, 2, (err4, buf4) => {
        console.log('randomFill 4 cb', err4, buf4[0], buf4[4], buf4[7]);
        console.log(order.join(' '));
      });
    });
  });
});
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
order.push('sync');
