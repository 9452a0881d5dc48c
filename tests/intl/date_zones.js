// Intl.DateTimeFormat time zones: IANA names (case, aliases, ICU's legacy
// ids), DST transitions from the system's zoneinfo, zone display names and
// invalid zones. Only fixed instants and explicit timeZone options.
'use strict';
const show = (s) => s.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const zones = ['UTC', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix',
  'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'Europe/London', 'Europe/Paris',
  'Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata', 'Asia/Shanghai', 'Australia/Sydney',
  'Pacific/Auckland', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Etc/GMT+5', 'Etc/GMT-14'];
const winter = Date.UTC(2024, 0, 15, 12, 0, 0), summer = Date.UTC(2024, 6, 15, 12, 0, 0);
for (const z of zones) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: z, dateStyle: 'medium', timeStyle: 'long' });
  console.log(z, '->', f.resolvedOptions().timeZone, '|', show(f.format(winter)), '|', show(f.format(summer)));
}
for (const timeZoneName of ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']) {
  for (const z of ['UTC', 'America/New_York', 'America/Los_Angeles', 'America/Phoenix', 'Europe/London',
    'Europe/Paris', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'Etc/GMT+5']) {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName });
    console.log(timeZoneName, z, show(f.format(winter)), '/', show(f.format(summer)));
  }
}
// DST transitions: the hours around them, in New York, Paris and Sydney.
const hourly = (z, start, n) => {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: z, month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: '2-digit', timeZoneName: 'shortOffset' });
  const out = [];
  for (let i = 0; i < n; i++) out.push(show(f.format(start + i * 1800000)));
  console.log(z, out.join(' | '));
};
hourly('America/New_York', Date.UTC(2024, 2, 10, 5, 0), 8);
hourly('America/New_York', Date.UTC(2024, 10, 3, 4, 0), 8);
hourly('Europe/Paris', Date.UTC(2024, 2, 31, 0, 0), 6);
hourly('Europe/Paris', Date.UTC(2024, 9, 27, 0, 0), 6);
hourly('Australia/Sydney', Date.UTC(2024, 3, 6, 15, 0), 6);
hourly('America/New_York', Date.UTC(1970, 0, 1, 0, 0), 2);
hourly('America/New_York', Date.UTC(2100, 6, 1, 0, 0), 2);
hourly('Europe/London', Date.UTC(1900, 0, 1, 0, 0), 2);
// names: case, aliases, links
for (const z of ['america/new_york', 'AMERICA/NEW_YORK', 'US/Eastern', 'Asia/Calcutta', 'Asia/Kolkata',
  'Europe/Kyiv', 'Asia/Ho_Chi_Minh', 'etc/utc', 'GMT', 'Etc/GMT', 'Etc/UTC', 'UCT', 'Zulu', 'EST',
  'EST5EDT', 'Japan', 'utc', 'Etc/GMT+5', 'America/Indiana/Indianapolis']) {
  console.log(JSON.stringify(z), new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone);
}
for (const z of ['Mars/Base', '+05:30', '-08:00', 'posix/Europe/Paris', 'right/UTC', '', 'Europe/', '/etc/passwd',
  '../zoneinfo/UTC', 'zone.tab', 'America/New_York ', 'localtime', 'Factory2']) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    console.log(JSON.stringify(z), 'accepted');
  } catch (e) {
    console.log(JSON.stringify(z), e.name + ': ' + e.message);
  }
}
const o = { toString() { return 'Asia/Tokyo'; } };
console.log(new Intl.DateTimeFormat('en', { timeZone: o, hour: 'numeric' }).format(0));
// half-hour zones and DST steps, every 20 minutes across the change
hourly('America/St_Johns', Date.UTC(2024, 2, 10, 4, 0), 8);
hourly('Australia/Lord_Howe', Date.UTC(2024, 3, 6, 14, 0), 6);
hourly('Australia/Lord_Howe', Date.UTC(2024, 9, 5, 15, 0), 6);
hourly('Asia/Tehran', Date.UTC(2022, 2, 21, 19, 0), 4);
const fine = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', hour: 'numeric', minute: '2-digit',
  second: '2-digit', timeZoneName: 'shortOffset' });
const around = Date.UTC(2024, 9, 27, 1, 0, 0);
console.log([-2000, -1000, -1, 0, 1, 1000].map((d) => show(fine.format(around + d))).join(' | '));
