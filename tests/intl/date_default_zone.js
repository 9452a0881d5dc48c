// The default time zone of Intl.DateTimeFormat follows TZ, as in node:
// assigning process.env.TZ switches it (and Date's local time) at once.
'use strict';
const show = (s) => String(s).replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const t = Date.UTC(2024, 6, 1, 12, 30), w = Date.UTC(2024, 0, 15, 3, 0);
for (const tz of ['UTC', 'America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Australia/Sydney', 'Etc/UTC',
  'america/los_angeles', 'US/Pacific', 'EST5EDT', ':Europe/London', 'Etc/GMT-3', 'Foo/Bar', '']) {
  process.env.TZ = tz;
  const f = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'long' });
  const g = new Intl.DateTimeFormat('en-US', { hour: 'numeric', timeZoneName: 'longGeneric' });
  console.log(JSON.stringify(tz), String(f.resolvedOptions().timeZone), '|', show(f.format(t)), '|', show(f.format(w)),
    '|', show(g.format(t)), '|', new Date(t).getHours(), show(new Date(w).toLocaleString('en-US', { timeZoneName: 'short' })));
}
delete process.env.TZ;
process.env.TZ = 'Asia/Tokyo';
console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone, new Date(t).getHours(), show(new Date(t).toLocaleTimeString('en-US')));
for (const tz of ['utc', 'GMT', 'Etc/GMT', 'UTC', 'etc/utc']) {
  process.env.TZ = tz;
  console.log(tz, String(new Intl.DateTimeFormat().resolvedOptions().timeZone), new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).format(0));
}
process.env.TZ = 'GMT';
for (const s of ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']) {
  console.log(s, new Intl.DateTimeFormat('en', { timeZoneName: s }).format(0));
}
