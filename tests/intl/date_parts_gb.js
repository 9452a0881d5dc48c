// en-GB formatToParts, formatRange and formatRangeToParts (see date_parts.js):
// part types, the narrow no-break space before AM/PM (kept in parts and
// ranges, a plain space in format) and the thin spaces around range dashes.
'use strict';
const show = (s) => s.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const t = Date.UTC(2024, 2, 5, 14, 7, 9, 45);
const parts = (o, x = t) => {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), show(JSON.stringify(f.formatToParts(x))));
};
parts({});
parts({ dateStyle: 'full', timeStyle: 'full' });
parts({ dateStyle: 'short', timeStyle: 'short' });
parts({ weekday: 'long', era: 'short', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric',
  minute: 'numeric', second: 'numeric', fractionalSecondDigits: 2, timeZoneName: 'short' });
parts({ hour: 'numeric', dayPeriod: 'long' });
parts({ hour: 'numeric', hourCycle: 'h23', minute: 'numeric' });
parts({ year: '2-digit', month: '2-digit', day: '2-digit' }, Date.UTC(-100, 0, 1));
parts({ timeZoneName: 'longOffset' });
console.log(show(new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', timeStyle: 'short' }).format(t)));
console.log(show(new Date(t).toLocaleTimeString('en-GB', { timeZone: 'UTC' })));

const a = Date.UTC(2024, 0, 1, 10), b = Date.UTC(2024, 0, 5, 12), c = Date.UTC(2024, 0, 1, 12);
const d = Date.UTC(2025, 2, 3), e = Date.UTC(2024, 0, 1, 10, 30), g = Date.UTC(2024, 2, 20, 9);
for (const o of [{}, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { hour: 'numeric', minute: 'numeric' }, { hour: 'numeric' }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' },
  { dateStyle: 'medium', timeStyle: 'short' }, { month: 'short', day: 'numeric' },
  { month: 'long', day: 'numeric', year: 'numeric' }, { year: 'numeric', month: 'long' },
  { year: 'numeric', month: 'short' }, { month: 'long' }, { year: 'numeric' }]) {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), [[a, b], [a, c], [a, d], [a, a], [a, e], [a, g]]
    .map(([x, y]) => show(f.formatRange(x, y))).join(' | '));
}
const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' });
console.log(show(JSON.stringify(f.formatRangeToParts(a, b))));
console.log(show(JSON.stringify(f.formatRangeToParts(a, a))));
const h = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' });
console.log(show(JSON.stringify(h.formatRangeToParts(a, c))));
console.log(show(JSON.stringify(h.formatRangeToParts(a, e))));
console.log(show(f.formatRange(new Date(a), new Date(b))), show(f.formatRange(b, a)));
for (const args of [[], [a], [a, undefined], [NaN, a], [a, Infinity], [a, 8.64e15 + 1]]) {
  try {
    console.log(f.formatRange(...args));
  } catch (err) {
    console.log(args.length, err.name + ': ' + err.message);
  }
}
for (const v of [NaN, Infinity, 8.64e15 + 1, 'x']) {
  try {
    console.log(f.formatToParts(v));
  } catch (err) {
    console.log(String(v), err.name + ': ' + err.message);
  }
}
