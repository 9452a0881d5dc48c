// moment (CommonJS): parsing (ISO, formats, strict), formatting tokens,
// manipulation, durations, diffs, queries, utc/utcOffset, locales bundled
// with the package, invalid dates. Runs with TZ=UTC; "now" is never printed.
'use strict';
const moment = require('moment');
require('moment/locale/fr');
require('moment/locale/de');
require('moment/locale/ja');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
moment.locale('en');

const base = moment.utc('2024-02-29T13:45:30.123Z');
show('version', () => typeof moment.version);
show('iso parse', () => [base.toISOString(), base.valueOf(), base.unix(), base.year(), base.month(), base.date(), base.day(), base.hour(), base.minute(), base.second(), base.millisecond()]);
show('formats', () => ['YYYY-MM-DD', 'dddd, MMMM Do YYYY, h:mm:ss a', 'ddd MMM D YY', 'HH:mm:ss.SSS', 'X x', 'Q [quarter] wo [week] DDDo [day]', 'gggg-[W]ww-e GGGG-[W]WW-E', 'LT LTS L LL LLL LLLL', 'l ll lll llll', 'kk A hh', 'Z ZZ z'].map((f) => base.format(f)));
show('default format', () => [base.format(), moment.utc(0).format(), base.toString(), base.toJSON(), String(base.toDate().toISOString())]);
show('parse formats', () => [
  moment.utc('12-25-1995', 'MM-DD-YYYY').toISOString(),
  moment.utc('1995/12/25 23:59', 'YYYY/MM/DD HH:mm').toISOString(),
  moment.utc('25 December 1995', 'DD MMMM YYYY').toISOString(),
  moment.utc('Mon, 25 Dec 1995 13:30:00 +0430', 'ddd, DD MMM YYYY HH:mm:ss ZZ').toISOString(),
  moment.utc('2010-10-20 4:30 pm', 'YYYY-MM-DD h:mm a').toISOString(),
  moment.utc('1318781876', 'X').toISOString(),
  moment.utc('2024-W05-3', 'GGGG-[W]WW-E').toISOString(),
  moment.utc('2016 123', 'YYYY DDDD').format('YYYY-MM-DD'),
]);
show('multiple formats', () => moment.utc('29-06-1995', ['MM-DD-YYYY', 'DD-MM', 'DD-MM-YYYY']).format('YYYY-MM-DD'));
show('strict', () => [moment.utc('2012-05-25', 'YYYY-MM-DD', true).isValid(), moment.utc('2012.05.25', 'YYYY-MM-DD', true).isValid(), moment.utc('2012.05.25', 'YYYY-MM-DD').isValid(), moment.utc('It is 2012-05-25', 'YYYY-MM-DD').isValid()]);
show('iso variants', () => ['2013-02-08', '2013-W06-5', '2013-039', '20130208', '2013-02-08T09', '2013-02-08 09:30:26.123', '2013-02-08T09:30:26+07:00', '2013-02-08T09:30:26.123456789Z', '2013-02'].map((s) => moment.utc(s, moment.ISO_8601).toISOString()));
show('objects arrays', () => [moment.utc([2010, 1, 14, 15, 25, 50, 125]).toISOString(), moment.utc({ year: 2010, month: 3, day: 5, hour: 15, minute: 10, second: 3, ms: 123 }).toISOString(), moment.utc(Date.UTC(2000, 0, 1)).toISOString(), moment.unix(1000000000).utc().format()]);
show('invalid', () => {
  const bad = moment.utc('2010-13-01', 'YYYY-MM-DD');
  const bad2 = moment.utc('not a date at all', 'YYYY-MM-DD', true);
  return [bad.isValid(), bad.invalidAt(), bad.format(), bad.toISOString(), String(bad.valueOf()), bad2.isValid(), bad2.parsingFlags().userInvalidated, moment.invalid().isValid(), moment.utc([2015, 1, 30]).isValid(), moment.utc([2015, 1, 30]).invalidAt()];
});
show('parsingFlags', () => { const f = moment.utc('2013-02-08 garbage', 'YYYY-MM-DD').parsingFlags(); return [f.unusedInput, f.charsLeftOver, f.overflow, f.empty, f.nullInput]; });
show('add subtract', () => [
  base.clone().add(1, 'day').toISOString(), base.clone().add(1, 'year').toISOString(), base.clone().add(4, 'years').toISOString(),
  base.clone().subtract(1, 'month').toISOString(), base.clone().add({ hours: 30, minutes: 90 }).toISOString(), base.clone().add(moment.duration(2, 'weeks')).toISOString(),
  base.clone().add(1.5, 'months').toISOString(), base.clone().add(-3, 'quarters').toISOString(), moment.utc('2024-01-31').add(1, 'month').format('YYYY-MM-DD'),
]);
show('startOf endOf', () => ['year', 'quarter', 'month', 'week', 'isoWeek', 'day', 'hour', 'minute', 'second'].map((u) => base.clone().startOf(u).toISOString() + ' ' + base.clone().endOf(u).toISOString()));
show('setters', () => { const m = base.clone(); m.year(2000).month(5).date(15).hours(1).minutes(2).seconds(3).milliseconds(4); return [m.toISOString(), m.clone().day(0).format('YYYY-MM-DD dddd'), m.clone().isoWeekday(7).format('YYYY-MM-DD'), m.clone().dayOfYear(1).format('YYYY-MM-DD'), m.clone().set('month', 11).format('MMM'), m.get('date'), m.clone().week(1).format('YYYY-MM-DD'), m.clone().isoWeek(10).format('YYYY-MM-DD')]; });
show('queries', () => { const a = moment.utc('2010-10-20'), b = moment.utc('2010-12-31'); return [a.isBefore(b), a.isAfter(b), a.isSame(b, 'year'), a.isSame(b, 'month'), a.isSameOrBefore('2010-10-20'), a.isBetween('2010-10-19', b), a.isBetween('2010-10-20', b, 'day', '[)'), moment.isMoment(a), moment.isDate(new Date()), a.isLeapYear(), moment.utc('2000-01-01').isLeapYear(), base.daysInMonth(), base.weeksInYear(), base.isoWeeksInYear(), moment.utc('2020-06-01').isoWeeksInYear()]; });
show('diff', () => { const a = moment.utc('2007-01-28'), b = moment.utc('2007-01-01'); return [a.diff(b), a.diff(b, 'days'), a.diff(b, 'weeks'), a.diff(b, 'weeks', true), moment.utc('2020-03-31').diff('2020-02-29', 'months', true), moment.utc('2024-01-01').diff('2000-06-15', 'years'), moment.utc('2024-01-01').diff('2000-06-15', 'years', true), b.diff(a, 'hours')]; });
show('min max', () => [moment.min(moment.utc('2001-01-01'), moment.utc('2000-06-06')).format('YYYY-MM-DD'), moment.max([moment.utc('2001-01-01'), moment.utc('2003-03-03')]).format('YYYY-MM-DD')]);
show('relative', () => { const ref = moment.utc('2020-01-01T00:00:00Z'); return [[-30, 's'], [-44, 's'], [-90, 's'], [-45, 'm'], [-3, 'h'], [-22, 'h'], [-36, 'h'], [-5, 'd'], [-26, 'd'], [-45, 'd'], [-11, 'M'], [-18, 'M'], [-5, 'y'], [2, 'h'], [3, 'd']].map(([n, u]) => ref.clone().add(n, u).from(ref)).concat([ref.clone().add(1, 'h').to(ref, true)]); });
show('calendar', () => { const ref = moment.utc('2020-06-10T12:00:00Z'); return [0, -1, 1, 3, -3, 20].map((d) => ref.clone().add(d, 'days').calendar(ref)); });
show('utcOffset', () => { const m = moment.utc('2024-07-01T12:00:00Z'); return [m.clone().utcOffset(120).format(), m.clone().utcOffset('-05:30').format(), m.clone().utcOffset(-8).format('HH:mm Z'), m.clone().utcOffset(120).utcOffset(), moment.parseZone('2013-01-01T00:00:00-13:00').utcOffset(), moment.parseZone('2013-01-01T00:00:00-13:00').format(), m.clone().utcOffset(60, true).toISOString(), m.isUTC(), m.clone().local().isLocal(), m.clone().local().format()]; });
show('local TZ=UTC', () => [moment('2024-03-10T02:30:00').format(), moment('2024-03-10T02:30:00').utcOffset(), moment(0).format('YYYY-MM-DD HH:mm Z')]);
show('durations', () => {
  const d = moment.duration({ days: 1, hours: 26, minutes: 61, seconds: 3700, milliseconds: 1500 });
  return [d.toISOString(), d.asHours(), d.asMinutes(), d.days(), d.hours(), d.minutes(), d.seconds(), d.milliseconds(), d.humanize(), d.humanize(true), moment.duration(-90, 'minutes').humanize(true), moment.duration('P1Y2M3DT4H5M6S').toISOString(), moment.duration('23:59:59').asSeconds(), moment.duration('1.02:03:04.567').toJSON(), moment.duration(100000000).toISOString(), moment.duration(2, 'months').asDays(), moment.duration(1, 'year').asMonths(), moment.duration(-1, 'week').toISOString(), moment.duration(1, 'day').add(2, 'hours').subtract(30, 'minutes').toISOString(), moment.duration(NaN).isValid(), moment.isDuration(d), moment.duration({ weeks: 2 }).weeks()];
});
show('duration humanize thresholds', () => [44, 45, 89, 90, 3600, 86400 * 25, 86400 * 26, 86400 * 345].map((s) => moment.duration(s, 'seconds').humanize()));
show('locales', () => moment.locales().filter((l) => ['en', 'fr', 'de', 'ja'].includes(l)).sort());
show('fr', () => { const m = base.clone().locale('fr'); return [m.format('LLLL'), m.format('dddd D MMMM YYYY'), m.clone().subtract(3, 'days').from(base), m.calendar(base), moment.duration(5, 'minutes').locale('fr').humanize(true), m.format('Do MMM')]; });
show('de', () => { const m = base.clone().locale('de'); return [m.format('LLLL'), m.format('dd, D. MMM YYYY'), moment.utc('3. März 2021', 'D. MMMM YYYY', 'de').format('YYYY-MM-DD'), m.clone().add(2, 'years').from(base)]; });
show('ja', () => { const m = base.clone().locale('ja'); return [m.format('LLLL'), m.format('A h時'), m.clone().add(1, 'hour').fromNow === undefined]; });
show('localeData', () => { const ld = moment.localeData('en'); return [ld.months().slice(0, 3), ld.monthsShort(moment.utc([2000, 4])), ld.weekdaysMin(), ld.firstDayOfWeek(), ld.longDateFormat('LLL'), ld.ordinal(22), ld.meridiem(13, 0, false), moment.months()[11], moment.weekdaysShort(3)]; });
show('global locale', () => { moment.locale('de'); const r = [moment.locale(), moment.utc('2024-05-01').format('dddd, D. MMMM')]; moment.locale('en'); return r.concat(moment.locale()); });
show('toArray toObject', () => [base.toArray(), base.toObject()]);
show('creation data', () => { const cd = moment.utc('2024-01-02', 'YYYY-MM-DD').creationData(); return [cd.input, cd.format, cd.isUTC, cd.strict]; });
show('compare sort', () => ['2024-03-01', '2023-12-31', '2024-01-15'].map((s) => moment.utc(s)).sort((a, b) => a - b).map((m) => m.format('L')));
show('weekYear edge', () => ['2020-12-31', '2021-01-01', '2021-01-03', '2021-01-04', '2026-12-31'].map((s) => moment.utc(s).format('gggg-ww GGGG-WW')));
show('overflow', () => [moment.utc([2019, 1, 29]).isValid(), moment.utc('2019-02-29', 'YYYY-MM-DD').parsingFlags().overflow, moment.utc('2020-01-01 24:00', 'YYYY-MM-DD HH:mm').format('YYYY-MM-DD HH:mm'), moment.utc('2020-01-01 24:01', 'YYYY-MM-DD HH:mm').isValid()]);
show('deprecated fallback', () => { moment.suppressDeprecationWarnings = true; return moment.utc('Feb 29 2024 10:00 GMT').toISOString(); });
show('locale loaded on demand', () => ['es', 'zh-cn', 'pt-BR', 'xx'].map((l) => { const got = moment.locale(l); const r = [l, got, moment.utc('2024-05-01T13:00:00Z').format('LLLL')]; moment.locale('en'); return r; }));
