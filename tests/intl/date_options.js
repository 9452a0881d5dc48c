// Intl.DateTimeFormat: resolvedOptions (keys and order), locales, option
// errors, the constructor's and prototype's shape, supportedLocalesOf.
'use strict';
const ro = (l, o) => {
  try {
    console.log(JSON.stringify(l), JSON.stringify(o), JSON.stringify(new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).resolvedOptions()));
  } catch (e) {
    console.log(JSON.stringify(l), JSON.stringify(o), 'threw', e.name + ': ' + e.message);
  }
};
ro(undefined, {});
ro('en-US', { dateStyle: 'short' });
ro('en-US', { dateStyle: 'short', timeStyle: 'short' });
ro('en-US', { timeStyle: 'full', hour12: false });
ro('en-US', { timeStyle: 'full', hourCycle: 'h11' });
ro('en', { weekday: 'long', era: 'short', year: '2-digit', month: 'long', day: '2-digit', hour: '2-digit',
  minute: '2-digit', second: '2-digit', fractionalSecondDigits: 2, timeZoneName: 'short', hourCycle: 'h23', dayPeriod: 'long' });
ro('en', { hour: 'numeric' });
ro('en', { hour: 'numeric', minute: 'numeric', second: 'numeric' });
ro('en', { minute: 'numeric', second: 'numeric' });
ro('en', { hour: 'numeric', hour12: false });
ro('en', { hour: 'numeric', hourCycle: 'h23' });
ro('en', { hour: 'numeric', hourCycle: 'h24' });
ro('en', { hour: 'numeric', hourCycle: 'h11' });
ro('en', { hour: 'numeric', hour12: true, hourCycle: 'h23' });
ro('en', { hour12: false });
ro('en', { dayPeriod: 'short' });
ro('en', { dayPeriod: 'short', hour: 'numeric' });
ro('en', { era: 'long' });
ro('en', { timeZoneName: 'short' });
ro('en', { fractionalSecondDigits: 1 });
ro('en', { calendar: 'gregory', numberingSystem: 'latn' });
// kiln has English data only (like node with small-icu): no other locales here.
ro('EN-us', {});
ro([], {});
ro('en-u-hc-h23', { hour: 'numeric' });
for (const [l, o] of [['en-u-ca-gregory', {}], ['en-u-ca-gregory', { calendar: 'gregory' }], ['en-u-nu-latn', {}],
  ['en-u-hc-h23', {}], ['en-u-hc-h23', { hour: 'numeric', hour12: true }], ['en-u-hc-h23', { hour: 'numeric', hourCycle: 'h23' }],
  ['en-u-hc-h11', { hour: 'numeric', hourCycle: 'h12' }], ['en-u-ca-gregory-hc-h11-nu-latn', { hour: 'numeric' }],
  ['en-u-co-phonebk', {}], ['en-US-u-hc-h23', { timeStyle: 'short' }]]) ro(l, o);
for (const o of [{ dateStyle: 'short', hour: 'numeric' }, { timeStyle: 'short', weekday: 'long' },
  { dateStyle: 'short', timeZoneName: 'short' }, { dateStyle: 'bad' }, { timeStyle: 'x' }, { month: 'bogus' },
  { weekday: 'numeric' }, { hour: 'long' }, { hourCycle: 'h25' }, { fractionalSecondDigits: 4 },
  { fractionalSecondDigits: 0 }, { fractionalSecondDigits: 'x' }, { timeZone: 'Mars/Base' },
  { localeMatcher: 'nope' }, { formatMatcher: 'x' }, { timeZoneName: 'medium' }, { era: 'numeric' }]) {
  ro('en', o);
}
for (const [l, o] of [['xx-invalid-!', {}], ['en', null], [null, {}], [[1], {}], ['', {}], ['en_US', {}]]) ro(l, o);
// required/defaults through Date.prototype
const dt = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
for (const [m, o] of [['toLocaleDateString', { timeStyle: 'short' }], ['toLocaleTimeString', { dateStyle: 'short' }],
  ['toLocaleDateString', { hour: 'numeric' }], ['toLocaleTimeString', { month: 'long' }],
  ['toLocaleString', { dateStyle: 'medium' }]]) {
  try {
    console.log(m, JSON.stringify(o), dt[m]('en-US', { timeZone: 'UTC', ...o }));
  } catch (e) {
    console.log(m, JSON.stringify(o), e.name + ': ' + e.message);
  }
}
// receivers
for (const m of ['resolvedOptions', 'formatToParts', 'formatRange', 'formatRangeToParts']) {
  try {
    Intl.DateTimeFormat.prototype[m].call({});
  } catch (e) {
    console.log(m, e.name + ': ' + e.message);
  }
}
try {
  Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format').get.call(Intl.DateTimeFormat.prototype);
} catch (e) {
  console.log('format', e.name + ': ' + e.message);
}
console.log(Object.getOwnPropertyNames(Intl.DateTimeFormat.prototype), Object.getOwnPropertyNames(Intl.DateTimeFormat));
console.log(Intl.DateTimeFormat.length, Intl.DateTimeFormat.name, String(new Intl.DateTimeFormat()),
  Object.prototype.toString.call(Intl.DateTimeFormat.prototype), typeof Intl.DateTimeFormat.prototype.format);
console.log(new Intl.DateTimeFormat() instanceof Intl.DateTimeFormat, Intl.DateTimeFormat() instanceof Intl.DateTimeFormat);
console.log(Intl.DateTimeFormat.supportedLocalesOf(['en-US', 'en-GB', 'en']),
  Intl.DateTimeFormat.supportedLocalesOf('en-ZA'), Intl.DateTimeFormat.supportedLocalesOf([]));
const order = [];
new Intl.DateTimeFormat('en', new Proxy({}, { get(target, key) { order.push(String(key)); return undefined; } }));
console.log(order.join(','));
class Sub extends Intl.DateTimeFormat {}
const s = new Sub('en', { timeZone: 'UTC' });
console.log(s instanceof Sub, s.format(0));
