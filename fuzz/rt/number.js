// fuzz/rt/number.js: number <-> string. The input's text goes through
// Number(), parseFloat and parseInt; the number made of its first 8 bytes
// (any double: NaN payloads, subnormals, huge exponents) and the parsed
// ones through toString(radix), toFixed, toPrecision and toExponential,
// with the round trips that must hold.
'use strict';
function check(cond, what) {
  if (!cond) throw new Error('invariant: ' + what);
}
function same(a, b) { return Object.is(a, b) || (a !== a && b !== b); }
function format(x, k) {
  const s = String(x);
  check(same(Number(s), x) || (x === 0 && Number(s) === 0), 'String round trip ' + s);
  check(same(parseFloat(s), x) || x === 0, 'parseFloat round trip ' + s);
  if (x === x) check(same(Number(x.toExponential()), x) || x === 0, 'toExponential round trip');
  const radix = 2 + (k % 35);
  const r = x.toString(radix);
  if (radix === 10) check(r === s, 'toString(10)');
  if (Number.isSafeInteger(x)) check(parseInt(r, radix) === x, 'parseInt(toString(r), r) ' + r);
  const digits = k % 101;
  x.toFixed(digits);
  x.toPrecision(1 + (k % 100));
  x.toExponential(digits);
  x.toLocaleString();
  BigInt.asIntN(64, BigInt(Math.trunc(x) === Math.trunc(x) && isFinite(x) ? Math.trunc(x) : 0));
}
exports.fuzz = function (s, d) {
  const k = s.length ? s.charCodeAt(s.length - 1) : 0;
  format(d, k);
  format(Number(s), k);
  format(parseFloat(s), k + 1);
  format(parseInt(s, k % 37), k + 2);
  format(Math.fround(d), k + 3);
  try {
    format(Number(BigInt(s)), k);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
  }
  try {
    (2 + (k % 35)) === 10 || d.toString(k % 40);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
};
