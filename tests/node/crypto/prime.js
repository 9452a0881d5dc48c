// generatePrime(Sync) and checkPrime(Sync): sizes, bigint, add/rem, safe,
// fixed candidates, node's errors; callbacks from the thread pool.
const crypto = require('crypto');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
const bits = (n) => n.toString(2).length;

t('arraybuffer', () => crypto.generatePrimeSync(16) instanceof ArrayBuffer);
t('bytes', () => crypto.generatePrimeSync(64).byteLength);
const p64 = crypto.generatePrimeSync(64, { bigint: true });
t('bigint', () => [typeof p64, bits(p64), crypto.checkPrimeSync(p64)]);
t('tiny', () => [crypto.generatePrimeSync(2, { bigint: true }), crypto.generatePrimeSync(3, { bigint: true })]);
const mod = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
t('add rem', () => [mod % 12n, bits(mod), crypto.checkPrimeSync(mod)]);
const mod2 = crypto.generatePrimeSync(32, { add: Buffer.from([12]), rem: Buffer.from([11]), bigint: true });
t('add rem bytes', () => mod2 % 12n);
const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
t('safe', () => [crypto.checkPrimeSync(safe), crypto.checkPrimeSync((safe - 1n) / 2n), bits(safe)]);
t('rem only', () => crypto.generatePrimeSync(8, { rem: 3n }).byteLength);
t('size 1', () => crypto.generatePrimeSync(1));
t('size 0', () => crypto.generatePrimeSync(0));
t('size -1', () => crypto.generatePrimeSync(-1));
t('size str', () => crypto.generatePrimeSync('x'));
t('size float', () => crypto.generatePrimeSync(1.5));
t('options null', () => crypto.generatePrimeSync(8, null));
t('safe type', () => crypto.generatePrimeSync(8, { safe: 1 }));
t('bigint type', () => crypto.generatePrimeSync(8, { bigint: 1 }));
t('add too big', () => crypto.generatePrimeSync(8, { add: 1000n }));
t('rem >= add', () => crypto.generatePrimeSync(32, { add: 12n, rem: 13n }));
t('add type', () => crypto.generatePrimeSync(32, { add: 12 }));
t('add negative', () => crypto.generatePrimeSync(32, { add: -12n }));

t('check', () => [crypto.checkPrimeSync(7n), crypto.checkPrimeSync(8n), crypto.checkPrimeSync(1n),
  crypto.checkPrimeSync(2n), crypto.checkPrimeSync(0n)]);
t('check bytes', () => [crypto.checkPrimeSync(Buffer.from([7])), crypto.checkPrimeSync(new Uint8Array([0xff, 0xf1])),
  crypto.checkPrimeSync(new Uint8Array([13]).buffer), crypto.checkPrimeSync(new DataView(new Uint8Array([1, 1]).buffer))]);
t('mersenne', () => [crypto.checkPrimeSync(2n ** 127n - 1n, { checks: 10 }), crypto.checkPrimeSync(2n ** 521n - 1n),
  crypto.checkPrimeSync(2n ** 128n - 1n), crypto.checkPrimeSync(2n ** 89n - 1n, { checks: 0 })]);
const modp1 = crypto.getDiffieHellman('modp1').getPrime();
t('modp1', () => crypto.checkPrimeSync(modp1));
t('check negative', () => crypto.checkPrimeSync(-7n));
t('check number', () => crypto.checkPrimeSync(7));
t('check checks', () => crypto.checkPrimeSync(7n, { checks: -1 }));
t('check checks type', () => crypto.checkPrimeSync(7n, { checks: 'x' }));
t('check options', () => crypto.checkPrimeSync(7n, 5));
t('no callback', () => crypto.generatePrime(8));
t('no callback check', () => crypto.checkPrime(7n));
t('async size', () => crypto.generatePrime(0, () => {}));
t('async add', () => crypto.generatePrime(8, { add: 1000n }, () => {}));

const results = [];
let pending = 4;
const done = () => {
  if (--pending === 0) for (const r of results.sort()) console.log(r);
};
crypto.generatePrime(48, { bigint: true }, (err, p) => {
  results.push('gen ' + err + ' ' + typeof p + ' ' + bits(p) + ' ' + crypto.checkPrimeSync(p));
  done();
});
crypto.generatePrime(24, (err, p) => {
  results.push('gen buffer ' + err + ' ' + (p instanceof ArrayBuffer) + ' ' + p.byteLength);
  done();
});
crypto.checkPrime(2n ** 61n - 1n, (err, r) => {
  results.push('check cb ' + err + ' ' + r);
  done();
});
crypto.generatePrime(1, (err, p) => {
  results.push('gen error ' + err.name + ' ' + err.code + ' ' + err.message + ' ' + p);
  done();
});
process.nextTick(() => console.log('tick'));
