// Number.prototype.toLocaleString and BigInt.prototype.toLocaleString with
// locales and options (through Intl.NumberFormat), without naming Intl.
'use strict';

const opts = [undefined, {}, { style: 'currency', currency: 'USD' }, { maximumFractionDigits: 0 },
  { minimumFractionDigits: 2 }, { style: 'percent' }, { notation: 'compact' },
  { style: 'unit', unit: 'megabyte', unitDisplay: 'long' }, { useGrouping: false },
  { maximumSignificantDigits: 2 }];
for (const v of [0, -0, 1234.5678, -0.005, 1e21, NaN, Infinity, 0.125]) {
  console.log(v, opts.map((o) => v.toLocaleString('en-US', o)).join(' | '), v.toLocaleString(),
              v.toLocaleString(undefined, { minimumFractionDigits: 1 }));
}
for (const b of [0n, 123456789n, -98765432109876543210n]) {
  console.log(String(b), opts.map((o) => b.toLocaleString('en', o)).join(' | '), b.toLocaleString());
}
try { (1).toLocaleString('en', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('xx_YY'); } catch (e) { console.log(e.name, e.message); }
try { (1n).toLocaleString('en', { maximumFractionDigits: -1 }); } catch (e) { console.log(e.name, e.message); }
console.log([1234.5, 2e6].toLocaleString('en', { style: 'currency', currency: 'EUR' }));
