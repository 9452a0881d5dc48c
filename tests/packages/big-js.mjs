// big.js as ESM: "import" -> big.mjs (default export and named Big).
import Big from 'big.js';
import { Big as Named } from 'big.js';
import * as ns from 'big.js';

const show = (label, v) => console.log(label + ': ' + (Array.isArray(v) ? v.map(String).join(' | ') : String(v)));
show('import forms', [Named === Big, ns.default === Big, Object.keys(ns).sort().join(',')]);
const B = Big();
B.DP = 30;
// Harmonic numbers H(n) exactly enough to compare with floats.
let h = B(0), hf = 0;
for (let n = 1; n <= 30; n++) {
  h = h.plus(B(1).div(n));
  hf += 1 / n;
  if (n % 5 === 0) console.log('H(' + n + ') = ' + h.toFixed(20) + '  float ' + hf.toFixed(15));
}
// Currency conversion with banker's rounding.
const rates = { EUR: '0.9213', GBP: '0.7891', JPY: '151.37' };
for (const [cur, rate] of Object.entries(rates)) {
  const amt = B('1234.565').times(rate);
  console.log(cur + ' ' + amt.round(2, Big.roundHalfEven).toFixed(2) + ' (half-up ' + amt.round(2, Big.roundHalfUp).toFixed(2) + ')');
}
show('strict parse error', (() => { const S = Big(); S.strict = true; try { S(0.1); } catch (e) { return e.message; } })());
