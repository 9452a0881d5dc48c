// Intl.NumberFormat over many option combinations: every style (currency
// displays and signs, units short/long/narrow, compound units) crossed with
// every notation and a set of digit options, signDisplay and useGrouping
// rotating through the combinations, formatToParts of awkward values
// (halfway cases, -0, BigInt, exact decimal strings, carries into a new
// digit) and formatRangeToParts of a few pairs.
'use strict';

const show = (f) => {
  try { return JSON.stringify(f()); } catch (e) { return `${e.name}: ${e.message}`; }
};
const values = [0, -0, 1, -1, 1.5, 0.0005, 12.345, 1234.5678, -9876.54321, 999.995, 1e21,
  1.23e-7, 999999, 0.1 + 0.2, NaN, -Infinity, -12345678901234567890n, '1.0000000000000000001',
  '-0', 2.5, -2.5, 99.5];
const styles = [{}, { style: 'percent' }, { style: 'currency', currency: 'USD' },
  { style: 'currency', currency: 'JPY' }, { style: 'currency', currency: 'EUR', currencyDisplay: 'name' },
  { style: 'currency', currency: 'CHF' },
  { style: 'currency', currency: 'GBP', currencyDisplay: 'code', currencySign: 'accounting' },
  { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol' },
  { style: 'unit', unit: 'kilometer-per-hour' }, { style: 'unit', unit: 'liter', unitDisplay: 'long' },
  { style: 'unit', unit: 'byte', unitDisplay: 'narrow' }, { style: 'unit', unit: 'percent' }];
const notations = [{}, { notation: 'scientific' }, { notation: 'engineering' }, { notation: 'compact' },
  { notation: 'compact', compactDisplay: 'long' }];
const digits = [{}, { maximumFractionDigits: 0 }, { minimumFractionDigits: 2 },
  { maximumSignificantDigits: 3 }, { minimumSignificantDigits: 4, maximumSignificantDigits: 6 },
  { minimumIntegerDigits: 3 },
  { maximumFractionDigits: 2, roundingPriority: 'lessPrecision', maximumSignificantDigits: 2 },
  { maximumFractionDigits: 1, roundingPriority: 'morePrecision', maximumSignificantDigits: 2 },
  { roundingIncrement: 25, maximumFractionDigits: 2, minimumFractionDigits: 2 },
  { trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }];
const signs = ['auto', 'always', 'exceptZero', 'never', 'negative'];
const groupings = [undefined, false, 'min2', 'always'];

let k = 0;
for (const s of styles) {
  for (const n of notations) {
    for (const d of digits) {
      const o = { ...s, ...n, ...d, signDisplay: signs[k % 5], useGrouping: groupings[(k >> 1) % 4] };
      k++;
      const nf = show(() => new Intl.NumberFormat('en-US', o));
      console.log(JSON.stringify(o));
      if (nf.startsWith('"') || nf.startsWith('{')) {
        const f = new Intl.NumberFormat('en-US', o);
        console.log(' ', show(() => f.resolvedOptions()));
        console.log(' ', values.map((v) => show(() => f.format(v))).join(' | '));
        if (k % 7 === 0) console.log(' ', show(() => f.formatToParts(-1234.5)));
        for (const [a, b] of [[1, 5], [5, 5], [-5, 5], [1000, 5000], [1000, 2e6]]) {
          console.log(' ', a, b, show(() => f.formatRangeToParts(a, b)));
        }
      } else {
        console.log(' ', nf);
      }
    }
  }
}
for (const mode of ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand',
  'halfTrunc', 'halfEven']) {
  for (const d of digits.slice(0, 5)) {
    const f = new Intl.NumberFormat('en', { roundingMode: mode, ...d });
    console.log(mode, JSON.stringify(d), values.map((v) => show(() => f.format(v))).join(' | '));
  }
}
