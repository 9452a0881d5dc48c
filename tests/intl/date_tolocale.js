// Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString
// with locales and options go through Intl.DateTimeFormat (this program
// names Intl, so it is linked).
'use strict';
const show = (s) => s.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const d = new Date(Date.UTC(2024, 2, 5, 0, 7, 9, 45));
const calls = [
  ['en-US', { timeZone: 'UTC' }], ['en-US', { timeZone: 'America/New_York' }], [undefined, { timeZone: 'Asia/Tokyo' }],
  ['en-US', { timeZone: 'UTC', hour12: false }], ['en-US', { timeZone: 'UTC', hourCycle: 'h23' }],
  ['en-US', { timeZone: 'UTC', dateStyle: 'full' }], ['en-US', { timeZone: 'UTC', timeStyle: 'short' }],
  ['en-US', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'long' }],
  ['en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }],
  ['en-US', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }],
  ['en-US', { timeZone: 'Europe/Paris', timeZoneName: 'short' }],
  ['en-US', { timeZone: 'UTC', year: 'numeric' }], ['en-US', { timeZone: 'UTC', month: 'short' }],
  ['en', { timeZone: 'UTC' }], [[], { timeZone: 'UTC' }],
];
for (const [l, o] of calls) {
  const out = [];
  for (const m of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    try {
      out.push(show(d[m](l, o)));
    } catch (e) {
      out.push(e.name + ': ' + e.message);
    }
  }
  console.log(JSON.stringify(l), JSON.stringify(o), out.join(' | '));
}
console.log(new Date(NaN).toLocaleString('en-US', { timeZone: 'UTC' }), new Date(NaN).toLocaleDateString('en-US', { timeZone: 'Mars/Base' }));
for (const [l, o] of [['en-US', { timeZone: 'Mars/Base' }], ['en-US', { month: 'x' }], ['!!', {}], ['en-US', null]]) {
  try {
    console.log(d.toLocaleString(l, o));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(typeof Intl);
for (const m of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
  for (const o of [{ month: 'x' }, { fractionalSecondDigits: 9 }, { timeZone: 'X/Y' }, { dateStyle: 'x' },
    { timeStyle: 'x' }, { hourCycle: 'x' }, { dateStyle: 'short' }, { timeStyle: 'short' }]) {
    try {
      console.log(m, JSON.stringify(o), show(d[m]('en', { timeZone: 'UTC', ...o })));
    } catch (e) {
      console.log(m, JSON.stringify(o), e.name + ': ' + e.message);
    }
  }
}
