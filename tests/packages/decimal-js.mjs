// decimal.js as ESM: "import" -> decimal.mjs (default and named Decimal).
import Decimal from 'decimal.js';
import { Decimal as Named } from 'decimal.js';
import * as ns from 'decimal.js';

const show = (label, v) => console.log(label + ': ' + (Array.isArray(v) ? v.map(String).join(' | ') : String(v)));
show('import forms', [Named === Decimal, ns.default === Decimal, Object.keys(ns).sort().join(',')]);

// Exact money arithmetic on a shopping cart.
const cart = [['Coffee beans', '18.99', 3], ['Filter papers', '4.35', 2], ['Mug', '12.50', 1], ['Syrup', '7.333', 4]];
let subtotal = new Decimal(0);
for (const [name, price, qty] of cart) {
  const line = new Decimal(price).times(qty);
  subtotal = subtotal.plus(line);
  console.log(name.padEnd(14) + String(qty).padStart(3) + ' x ' + price.padStart(7) + ' = ' + line.toFixed(2).padStart(8));
}
const tax = subtotal.times('0.0825').toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
show('subtotal/tax/total', [subtotal.toFixed(2), tax.toFixed(2), subtotal.plus(tax).toFixed(2)]);
const split = subtotal.plus(tax).div(3);
show('three-way split', [split.toFixed(2), split.toDecimalPlaces(2, Decimal.ROUND_DOWN).times(3).toFixed(2)]);

// Digits of pi (Machin's formula) at 60 significant digits.
const P = Decimal.clone({ precision: 60 });
const arctanInv = x => {
  const X = new P(x);
  let sum = new P(0), term = new P(1).div(X), n = 0;
  while (!term.isZero() && n < 200) {
    sum = n % 2 === 0 ? sum.plus(term.div(2 * n + 1)) : sum.minus(term.div(2 * n + 1));
    term = term.div(X.pow(2));
    n++;
  }
  return sum;
};
show('pi', arctanInv(5).times(16).minus(arctanInv(239).times(4)).toSignificantDigits(50));
show('pi builtin acos', new P(-1).acos().toSignificantDigits(50));
show('e', new P(1).exp().toSignificantDigits(50));
show('sqrt 2 squared', new P(2).sqrt().pow(2).toSignificantDigits(50));
show('factorial 30', Array.from({ length: 30 }, (_, i) => i + 1).reduce((a, b) => a.times(b), new Decimal(1)).toFixed());
try {
  new Decimal({});
} catch (e) {
  show('error', e.message);
}
