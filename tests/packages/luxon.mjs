// luxon (ES module build): DateTime parsing (ISO, formats, RFC 2822, HTTP,
// SQL, millis), toFormat tokens, toISO variants, arithmetic, startOf/endOf,
// diff, Duration and Interval, fixed-offset and UTC zones, invalid values.
// Runs with TZ=UTC; "now" is never printed.
import { DateTime, Duration, Interval, Info, Settings, FixedOffsetZone } from 'luxon';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + (e && e.name) + ': ' + (e && e.message));
  }
}
Settings.throwOnInvalid = false;

const dt = DateTime.fromISO('2024-02-29T13:45:30.123Z', { zone: 'utc' });
show('fields', () => [dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.millisecond, dt.weekday, dt.ordinal, dt.weekNumber, dt.weekYear, dt.quarter, dt.daysInMonth, dt.daysInYear, dt.isInLeapYear, dt.offset, dt.zoneName, dt.isValid, dt.toMillis()]);
show('toISO', () => [dt.toISO(), dt.toISODate(), dt.toISOTime(), dt.toISOWeekDate(), dt.toISO({ suppressMilliseconds: true }), dt.toISO({ includeOffset: false }), dt.toISO({ format: 'basic' }), dt.toRFC2822(), dt.toHTTP(), dt.toSQL(), dt.toSQLDate(), dt.toSeconds(), dt.toUnixInteger(), dt.toJSON(), String(dt), dt.toBSON().toISOString()]);
show('toFormat', () => ['yyyy-MM-dd HH:mm:ss.SSS', 'y yy yyyy', 'M MM L LL', 'd dd o ooo', 'H HH h hh a', 'm mm s ss S SSS u uu uuu', 'Z ZZ ZZZ', 'kkkk-WW-c', 'q qq', "yyyy 'literal' dd", 'X x'].map((f) => dt.toFormat(f)));
show('toFormat names', () => ['MMM MMMM', 'LLL LLLL', 'EEE EEEE', 'ccc cccc', 'MMMMM EEEEE', 'G GG'].map((f) => dt.toFormat(f, { locale: 'en-US' })));
show('fromFormat', () => [
  DateTime.fromFormat('2020-05-06 07:08', 'yyyy-MM-dd HH:mm', { zone: 'utc' }).toISO(),
  DateTime.fromFormat('06/05/2020', 'dd/MM/yyyy', { zone: 'utc' }).toISODate(),
  DateTime.fromFormat('May 25, 1982', 'MMMM dd, yyyy', { zone: 'utc', locale: 'en-US' }).toISODate(),
  DateTime.fromFormat('1982 123', 'yyyy ooo', { zone: 'utc' }).toISODate(),
  DateTime.fromFormat('12:30 PM', 'hh:mm a', { zone: 'utc' }).toFormat('HH:mm'),
  DateTime.fromFormat('2020-01-01T10:00:00+05:00', "yyyy-MM-dd'T'HH:mm:ssZZ", { setZone: true }).toISO(),
  DateTime.fromFormat('nope', 'yyyy').isValid,
  DateTime.fromFormat('nope', 'yyyy').invalidReason,
]);
show('fromISO variants', () => ['2016', '2016-05', '2016-05-25', '20160525', '2016-05-25T09', '2016-05-25T09:24:15.123', '2016-W21-3', '2016-200', '2016-05-25T09:24:15+03:00', '2016-05-25T09:24:15.123456Z', 'T09:30'].map((s) => DateTime.fromISO(s, { zone: 'utc' }).toISO()));
show('fromISO setZone', () => { const d = DateTime.fromISO('2016-05-25T09:24:15-05:00', { setZone: true }); return [d.toISO(), d.zoneName, d.offset, d.toUTC().toISO()]; });
show('other parsers', () => [DateTime.fromRFC2822('Tue, 01 Nov 2016 13:23:12 +0630').toUTC().toISO(), DateTime.fromHTTP('Sunday, 06-Nov-94 08:49:37 GMT').toUTC().toISO(), DateTime.fromSQL('2017-05-15 09:24:15', { zone: 'utc' }).toISO(), DateTime.fromMillis(1700000000000, { zone: 'utc' }).toISO(), DateTime.fromSeconds(1700000000, { zone: 'utc' }).toISO(), DateTime.fromObject({ year: 2020, month: 2, day: 29, hour: 1 }, { zone: 'utc' }).toISO(), DateTime.fromObject({ weekYear: 2020, weekNumber: 53, weekday: 5 }, { zone: 'utc' }).toISODate(), DateTime.fromJSDate(new Date(Date.UTC(2001, 0, 1)), { zone: 'utc' }).toISO()]);
show('invalid', () => { const d = DateTime.fromISO('2021-02-30', { zone: 'utc' }); return [d.isValid, d.invalidReason, d.invalidExplanation, d.toISO(), d.toString(), d.year, d.toFormat('yyyy'), DateTime.invalid('because').invalidReason, DateTime.fromObject({ month: 13 }, { zone: 'utc' }).invalidExplanation]; });
show('plus minus', () => [dt.plus({ days: 1 }).toISO(), dt.plus({ years: 1 }).toISODate(), dt.plus({ months: 1 }).toISODate(), dt.minus({ months: 1, days: 1 }).toISODate(), dt.plus({ hours: 36, minutes: 30 }).toISO(), dt.plus(Duration.fromObject({ weeks: 2 })).toISODate(), dt.plus(3600000).toISO(), dt.minus({ quarters: 2 }).toISODate(), DateTime.fromISO('2024-01-31', { zone: 'utc' }).plus({ months: 1 }).toISODate()]);
show('set', () => [dt.set({ year: 2023 }).toISODate(), dt.set({ month: 4, day: 31 }).toISODate(), dt.set({ hour: 0, minute: 0 }).toISO(), dt.set({ weekday: 1 }).toISODate(), dt.set({ ordinal: 1 }).toISODate()]);
show('startOf endOf', () => ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'].map((u) => dt.startOf(u).toISO() + ' ' + dt.endOf(u).toISO()));
show('diff', () => { const a = DateTime.fromISO('2024-03-15T12:00:00Z', { zone: 'utc' }); const b = DateTime.fromISO('2023-01-01T00:00:00Z', { zone: 'utc' }); return [a.diff(b).toObject(), a.diff(b, 'days').days, a.diff(b, ['years', 'months', 'days', 'hours']).toObject(), a.diff(b, 'weeks').weeks, b.diff(a, 'hours').hours, a.diff(b, 'months').months]; });
show('compare', () => { const a = DateTime.fromISO('2024-01-01', { zone: 'utc' }), b = DateTime.fromISO('2024-06-01', { zone: 'utc' }); return [a < b, a.equals(b), a.hasSame(b, 'year'), a.hasSame(b, 'month'), DateTime.min(a, b).toISODate(), DateTime.max(a, b).toISODate(), +a, a.valueOf() === a.toMillis()]; });
show('zones', () => { const d = DateTime.fromISO('2024-07-01T12:00:00Z', { zone: 'utc' }); return [d.setZone('UTC+3').toISO(), d.setZone('UTC-05:30').toString(), d.setZone(FixedOffsetZone.instance(120)).toFormat('HH:mm ZZ'), d.setZone('utc+2', { keepLocalTime: true }).toISO(), d.setZone('UTC+3').zoneName, FixedOffsetZone.parseSpecifier('UTC+6').name, d.setZone('Invalid/Zone').isValid, d.setZone('Invalid/Zone').invalidReason, d.toLocal().zoneName]; });
show('toObject', () => [dt.toObject(), dt.toObject({ includeConfig: true }).outputCalendar]);
show('durations', () => {
  const d = Duration.fromObject({ days: 1, hours: 26, minutes: 61, seconds: 3700, milliseconds: 1500 });
  return [d.toISO(), d.as('hours'), d.shiftTo('days', 'hours', 'minutes', 'seconds').toObject(), d.normalize().toObject(), d.rescale().toObject(), d.toFormat('d:hh:mm:ss.SSS'), d.toFormat("h 'hours'"), Duration.fromISO('P1Y2M3W4DT5H6M7.5S').toObject(), Duration.fromISOTime('11:22:33.444').toObject(), Duration.fromMillis(123456789).shiftTo('hours', 'minutes').toObject(), d.negate().toISO(), d.plus({ hours: 2 }).minus({ days: 1 }).toObject(), Duration.fromObject({ hours: 25 }).toISOTime(), Duration.fromObject({ months: 1 }).as('days'), Duration.invalid('nope').isValid, d.equals(Duration.fromObject(d.toObject())), d.mapUnits((x) => x * 2).toObject(), Duration.fromObject({ minutes: 90 }).toMillis(), Duration.fromISO('bad').invalidReason];
});
show('intervals', () => {
  const i = Interval.fromDateTimes(DateTime.fromISO('2024-01-01T00:00:00Z', { zone: 'utc' }), DateTime.fromISO('2024-03-15T12:00:00Z', { zone: 'utc' }));
  const j = Interval.fromISO('2024-02-01T00:00:00Z/P2M', { zone: 'utc' });
  return [i.toISO(), i.length('days'), i.count('months'), i.toDuration(['months', 'days']).toObject(), i.contains(DateTime.fromISO('2024-02-01', { zone: 'utc' })), i.overlaps(j), i.intersection(j).toISO(), i.union(j).toISO(), i.splitBy({ months: 1 }).map((x) => x.start.toISODate()), i.divideEqually(3).map((x) => x.end.toISO()), j.isValid, Interval.invalid('x').isValid, Interval.fromDateTimes(j.end, j.start).isValid, Interval.merge([i, j]).map(String), i.toFormat('yyyy-MM-dd'), i.isEmpty(), i.start.toISODate()];
});
show('Info', () => [Info.months('long', { locale: 'en-US' }).slice(0, 3), Info.weekdays('short', { locale: 'en-US' }), Info.meridiems({ locale: 'en-US' }), Info.eras('short', { locale: 'en-US' }), Info.isValidIANAZone('Not/AZone'), Info.features().relative]);
show('relative fixed', () => { const base = DateTime.fromISO('2024-01-10T00:00:00Z', { zone: 'utc' }); return [base.minus({ days: 3 }).toRelative({ base, locale: 'en-US' }), base.plus({ hours: 5 }).toRelative({ base, locale: 'en-US' }), base.minus({ days: 1 }).toRelativeCalendar({ base, locale: 'en-US' }), base.plus({ months: 2 }).toRelative({ base, unit: 'days', locale: 'en-US' })]; });
show('toLocaleString', () => [dt.setLocale('en-US').toLocaleString(DateTime.DATE_SHORT), dt.setLocale('en-US').toLocaleString(DateTime.DATETIME_MED), dt.setLocale('en-US').toLocaleString({ weekday: 'long', month: 'long', day: 'numeric' })]);
show('throwOnInvalid', () => { Settings.throwOnInvalid = true; try { return DateTime.fromISO('garbage'); } finally { Settings.throwOnInvalid = false; } });
