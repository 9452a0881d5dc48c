// Numbering systems that only change the digits, from the locale's -u-nu-
// keyword or the numberingSystem option (which wins), and unknown ones.
'use strict';

for (const nu of Intl.supportedValuesOf('numberingSystem')) {
  if (nu === 'arab' || nu === 'arabext') continue;  // symbols change too: not in kiln
  const f = new Intl.NumberFormat(`en-u-nu-${nu}`, { minimumFractionDigits: 1 });
  console.log(nu, f.format(-1234567.5), f.resolvedOptions().locale);
}
for (const [l, o] of [['en', { numberingSystem: 'thai' }], ['en-u-nu-thai', { numberingSystem: 'latn' }],
  ['en-u-nu-thai', { numberingSystem: 'thai' }], ['en-u-nu-abcd', {}], ['en', { numberingSystem: 'abcd' }],
  ['en-u-nu-hanidec', { notation: 'scientific' }], ['en-u-nu-deva', { style: 'currency', currency: 'INR' }],
  ['en-u-nu-fullwide', { notation: 'compact' }], ['en-GB-u-nu-beng', { style: 'percent' }]]) {
  const f = new Intl.NumberFormat(l, o);
  const r = f.resolvedOptions();
  console.log(l, JSON.stringify(o), f.format(-12345.678), r.locale, r.numberingSystem,
              JSON.stringify(f.formatRangeToParts(1, 20)));
}
console.log((1234.5).toLocaleString('en-u-nu-thai'), (77n).toLocaleString('en-u-nu-mymr'));
