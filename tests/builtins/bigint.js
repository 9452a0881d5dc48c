// bigint.js: BigInt values: arithmetic past 64 bits, conversions, mixed
// comparisons, the BigInt built-ins and the errors V8 throws.
function attempt(f) {
  try {
    const r = f();
    console.log(typeof r === 'bigint' ? r + 'n' : r);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
const big = 2n ** 100n + 12345678901234567890n;
console.log(big, -big, typeof big, big * big, big / 7n, big % 7n, -big % 7n);
console.log(big >> 3n, big << 70n, -big >> 3n, big & 0xffffn, -big | 0xffn, big ^ -1n, ~big);
console.log((-255n).toString(16), (2n ** 64n).toString(2).length, (123456789n).toLocaleString());
let n = 1n;
for (let i = 1n; i <= 30n; i++) n *= i;
console.log(n, n.toString(36), BigInt(n.toString()) === n);
let c = 9n;
c++; c += 5n; c **= 2n; --c;
console.log(c, -0n, 0n ? 'yes' : 'no', !1n, `${7n}`, 3n + 'x');
console.log(1n == 1, 1n == '1', 1n === 1, 2n > 1.5, 1n < '2', 1n < 'x', 10n > 9, 2n ** 64n > 2 ** 64);
console.log(BigInt(42), BigInt('0x1f'), BigInt(' -12 '), BigInt(true), BigInt(''), BigInt(1e21));
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n));
console.log(Number(2n ** 64n + 1n), Number(-5n), Object.is(0n, -0n), [1n, 2n].includes(2n), new Set([1n, 1n]).size);
const o = {};
o[10n] = 'ten';
console.log(Object.keys(o), o['10'], Object(3n), [1n, -5n], { k: 6n });
console.log(Object.prototype.toString.call(1n), BigInt.prototype[Symbol.toStringTag], Object(2n) + 1n);
attempt(() => BigInt(1.5));
attempt(() => BigInt('1.5'));
attempt(() => BigInt(undefined));
attempt(() => BigInt(Symbol('q')));
attempt(() => new BigInt(1));
attempt(() => 1n / 0n);
attempt(() => 1n >>> 1n);
attempt(() => 1n + 1);
attempt(() => +1n);
attempt(() => Math.abs(1n));
attempt(() => 1n << 10000000000n);
attempt(() => BigInt.prototype.toString.call(1));
attempt(() => (1n).toString(37));
attempt(() => BigInt.asIntN(-1, 1n));
attempt(() => BigInt.asIntN(64, 3));
attempt(() => JSON.stringify({ a: 1n }));
