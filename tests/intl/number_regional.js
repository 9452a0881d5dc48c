// Intl.NumberFormat in the English locales beside en-US (en-GB, en-AU,
// en-CA, en-IN, en-NZ, en-IE, en-ZA, en-001, en-150): separators, Indian
// grouping and lakh/crore, currency symbols and placement, units, compact
// notation; and what other languages resolve to.
'use strict';

const show = (f) => {
  try { return JSON.stringify(f()); } catch (e) { return `${e.name}: ${e.message}`; }
};
const opts = [{}, { style: 'currency', currency: 'USD' }, { style: 'currency', currency: 'EUR' },
  { style: 'currency', currency: 'GBP', currencySign: 'accounting' }, { style: 'currency', currency: 'JPY' },
  { style: 'currency', currency: 'CAD' }, { style: 'currency', currency: 'AUD', currencyDisplay: 'narrowSymbol' },
  { style: 'currency', currency: 'INR' }, { style: 'currency', currency: 'ZAR' },
  { style: 'currency', currency: 'CHF', currencyDisplay: 'name' }, { style: 'currency', currency: 'RUB', currencyDisplay: 'name' },
  { style: 'currency', currency: 'USD', notation: 'compact' },
  { notation: 'compact' }, { notation: 'compact', compactDisplay: 'long' }, { notation: 'scientific' },
  { style: 'percent', maximumFractionDigits: 1 }, { useGrouping: 'min2' },
  { style: 'unit', unit: 'liter', unitDisplay: 'long' }, { style: 'unit', unit: 'gallon' },
  { style: 'unit', unit: 'kilometer-per-hour' }, { style: 'unit', unit: 'mile-per-gallon' },
  { style: 'unit', unit: 'hour', unitDisplay: 'short' }, { style: 'unit', unit: 'percent', unitDisplay: 'long' }];
const values = [0, -1, 1234.5, -9876543.21, 123456789012, 0.000123, 1e5, 99999.9];
for (const loc of ['en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-NZ', 'en-IE', 'en-ZA', 'en-001', 'en-150']) {
  console.log(loc);
  for (const o of opts) {
    const nf = new Intl.NumberFormat(loc, o);
    console.log(' ', JSON.stringify(o), values.map((v) => show(() => nf.format(v))).join(' | '));
    console.log('   ', show(() => nf.formatRange(3, 5)), show(() => nf.formatToParts(-1234.5)));
  }
}
for (const loc of ['en-GB-u-nu-latn', 'en-US-u-ca-gregory-nu-latn', 'EN-gb', ['en-GB', 'en-US'], ['en-ZA', 'en-US']]) {
  console.log(JSON.stringify(loc), new Intl.NumberFormat(loc).resolvedOptions().locale,
              new Intl.PluralRules(loc).resolvedOptions().locale);
}
