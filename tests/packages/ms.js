// ms (CommonJS, main "./index" without an extension).
'use strict';
const ms = require('ms');

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
const inputs = ['100', '1ms', '1 msec', '2 milliseconds', '1s', '1 sec', '10 seconds', '1m', '1 min', '5 minutes', '1h', '2 hrs', '1.5h', '1d', '3 days', '1w', '2 weeks', '1y', '1 year', '-1h', '-.5h', '.5d', '1   s', 'abc', '1 lightyear', '', '1e3', '1.5e3ms', '10 Hours', '53 YRS'];
for (const s of inputs) {
  try {
    show(JSON.stringify(s), ms(s));
  } catch (e) {
    show(JSON.stringify(s), 'threw ' + e.name + ': ' + e.message);
  }
}
const numbers = [0, 1, 999, 1000, 1499, 1500, 59999, 60000, 90000, 3599999, 3600000, 5400000, 86399999, 86400000, 129600000, 604800000, 31557600000, -1000, -3600000, -86400000 * 3, 1.5];
for (const n of numbers) show(String(n), [ms(n), ms(n, { long: true })]);
for (const bad of [undefined, null, [], {}, NaN, Infinity, true, 'x'.repeat(101)]) {
  try {
    show('bad ' + String(bad).slice(0, 10), ms(bad));
  } catch (e) {
    show('bad ' + String(bad).slice(0, 10), 'threw ' + e.name + ': ' + e.message);
  }
}
show('round trip', ['1d', '3h', '45m', '20s'].map(s => ms(ms(s), { long: true })));
