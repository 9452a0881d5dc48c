// Every sanctioned unit, alone and as x-per-hour / hour-per-x, in each unitDisplay and
// plural form; every currency in each currencyDisplay.
'use strict';

for (const u of Intl.supportedValuesOf('unit')) {
  const line = [];
  for (const d of ['short', 'long', 'narrow']) {
    for (const v of [1, 2, -1.5]) {
      line.push(new Intl.NumberFormat('en', { style: 'unit', unit: u, unitDisplay: d }).format(v));
    }
    line.push(new Intl.NumberFormat('en', { style: 'unit', unit: `${u}-per-hour`, unitDisplay: d }).format(1));
    if (u !== 'hour') {
      line.push(new Intl.NumberFormat('en', { style: 'unit', unit: `hour-per-${u}`, unitDisplay: d }).format(2));
    }
  }
  console.log(u, line.join(' | '));
}
const parts = new Intl.NumberFormat('en', { style: 'unit', unit: 'mile-per-gallon', unitDisplay: 'long' })
  .formatToParts(1);
console.log(parts);
for (const c of ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'CHF', 'KRW', 'BRL', 'RUB',
  'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'ZAR', 'HKD', 'SGD', 'NZD', 'ILS', 'KWD', 'BHD', 'CLP',
  'VND', 'XAF', 'XOF', 'ABC', 'usd']) {
  const line = [];
  for (const d of ['symbol', 'narrowSymbol', 'code', 'name']) {
    for (const v of [1, -2.5, 1234567.891]) {
      line.push(new Intl.NumberFormat('en', { style: 'currency', currency: c, currencyDisplay: d }).format(v));
    }
  }
  line.push(new Intl.NumberFormat('en', { style: 'currency', currency: c, currencySign: 'accounting' }).format(-3));
  console.log(c, line.join(' | '));
}
