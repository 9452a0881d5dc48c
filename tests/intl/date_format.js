// Intl.DateTimeFormat: component options, dateStyle/timeStyle, hour cycles
// and day periods for en-US, formatted in UTC (fixed instants only).
'use strict';
const show = (s) => s.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const instants = [Date.UTC(2024, 2, 5, 14, 7, 9, 45), Date.UTC(2024, 11, 31, 0, 0, 0, 999),
  Date.UTC(1999, 6, 4, 12, 30, 5, 7), Date.UTC(-50, 0, 5, 2, 7, 9), Date.UTC(5, 5, 6, 23, 59, 59)];
function run(o) {
  try {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...o });
    console.log(JSON.stringify(o), instants.map((t) => show(f.format(t))).join(' | '));
  } catch (e) {
    console.log(JSON.stringify(o), 'threw', e.name + ': ' + e.message);
  }
}
run({});
for (const s of ['full', 'long', 'medium', 'short']) {
  run({ dateStyle: s });
  run({ timeStyle: s });
  for (const t of ['full', 'long', 'medium', 'short']) run({ dateStyle: s, timeStyle: t });
}
const W = [undefined, 'short', 'long', 'narrow'], Y = [undefined, 'numeric', '2-digit'];
const M = [undefined, 'numeric', '2-digit', 'short', 'long', 'narrow'], D = [undefined, 'numeric', '2-digit'];
for (const weekday of W) for (const year of Y) for (const month of M) for (const day of D) {
  const o = {};
  if (weekday) o.weekday = weekday;
  if (year) o.year = year;
  if (month) o.month = month;
  if (day) o.day = day;
  if (Object.keys(o).length) run(o);
}
for (const era of ['short', 'long', 'narrow']) {
  run({ era });
  run({ era, year: 'numeric' });
  run({ era, year: 'numeric', month: 'short', day: 'numeric' });
  run({ era, year: 'numeric', month: 'numeric', day: 'numeric' });
}
for (const hc of [{}, { hour12: false }, { hour12: true }, { hourCycle: 'h11' }, { hourCycle: 'h12' },
  { hourCycle: 'h23' }, { hourCycle: 'h24' }, { hour12: true, hourCycle: 'h23' }]) {
  for (const hour of [undefined, 'numeric', '2-digit']) for (const minute of [undefined, 'numeric', '2-digit']) {
    for (const second of [undefined, 'numeric', '2-digit']) {
      const o = { ...hc };
      if (hour) o.hour = hour;
      if (minute) o.minute = minute;
      if (second) o.second = second;
      if (hour || minute || second) run(o);
    }
  }
  run({ ...hc, timeStyle: 'medium' });
  run({ ...hc, dateStyle: 'short', timeStyle: 'short' });
}
for (const fsd of [1, 2, 3]) {
  run({ hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: fsd });
  run({ minute: 'numeric', second: 'numeric', fractionalSecondDigits: fsd });
  run({ second: 'numeric', fractionalSecondDigits: fsd });
  run({ fractionalSecondDigits: fsd });
}
for (const dayPeriod of ['narrow', 'short', 'long']) {
  run({ dayPeriod });
  run({ dayPeriod, hour: 'numeric' });
  run({ dayPeriod, hour: 'numeric', minute: 'numeric' });
  run({ dayPeriod, hour: 'numeric', hourCycle: 'h23' });
  const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dayPeriod, hour: 'numeric' });
  const out = [];
  for (let h = 0; h < 24; h++) out.push(f.format(Date.UTC(2024, 0, 1, h, 30)));
  console.log(dayPeriod, out.join(', '));
}
// date and time together: the glue depends on the month's width
run({ month: 'long', day: 'numeric', hour: 'numeric' });
run({ month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
run({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric' });
run({ weekday: 'short', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric' });
run({ weekday: 'long', hour: 'numeric' });
run({ month: 'long', year: 'numeric', hour: 'numeric' });
run({ day: 'numeric', hour: 'numeric' });
run({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
run({ timeZoneName: 'long', hour: 'numeric' });
run({ timeZoneName: 'short', month: 'long' });
run({ minute: 'numeric', timeZoneName: 'short' });
for (const timeZoneName of ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']) {
  run({ timeZoneName });
}
// the bound format and calling without new
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' });
const g = f.format;
console.log(g === f.format, g.name === '', g.length, [0, 86400000].map(g).join(' / '));
console.log(Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0), new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(new Date(0)));
console.log(new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format('86400000'), new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(8.64e15));
