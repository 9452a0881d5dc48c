// date-fns (dual, "type": "module", 700+ exports entries with require/import
// conditions): the root, subpaths (date-fns/addDays, date-fns/locale/fr,
// date-fns/fp). Fixed instants only; run.py sets TZ=UTC.
'use strict';
const dfns = require('date-fns');
const { format, parseISO, differenceInCalendarDays, isValid, eachDayOfInterval, formatDistance, formatDistanceStrict, intervalToDuration, formatDuration } = require('date-fns');
const addDays = require('date-fns/addDays').addDays;
const { fr } = require('date-fns/locale/fr');
const { de, ja } = require('date-fns/locale');
const fp = require('date-fns/fp');
const constants = require('date-fns/constants');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const d = new Date(Date.UTC(2024, 1, 28, 13, 45, 30, 250));
show('subpath function is the root one', () => addDays === dfns.addDays);
show('format', () => format(d, "yyyy-MM-dd'T'HH:mm:ss.SSS"));
show('format tokens', () => format(d, 'G y yy yyy yyyy R u Q QQQ QQQQ M MM MMM MMMM L w ww I do E EEEE EEEEE e i iii a b B h H K k m s S SS x xxx X O OOOO'));
show('format literal', () => format(d, "'quarter' Q', day' d 'of' MMMM''s"));
show('format locales', () => [format(d, 'PPPPpppp', { locale: fr }), format(d, 'EEEE d. MMMM yyyy', { locale: de }), format(d, 'PPP', { locale: ja })]);
show('format long', () => ['P', 'PP', 'PPP', 'PPPP', 'p', 'pp', 'Pp', 'PPpp'].map(t => format(d, t)));
show('bad format token', () => format(d, 'yyyy-MM-dd nope'));
show('invalid date format', () => format(new Date(NaN), 'yyyy'));
show('addDays etc.', () => [addDays(d, 1), dfns.addMonths(d, 1), dfns.addYears(dfns.parseISO('2024-02-29'), 1), dfns.addBusinessDays(d, 3), dfns.subWeeks(d, 9), dfns.add(d, { years: 1, months: 2, days: 3, hours: 4 })].map(x => x.toISOString()));
show('parseISO', () => ['2024-02-29', '2024-02-29T12:00', '2024-W09-3', '2024-059', '2024-13-01', '20240229T101112Z', '2024-02-29T10:11:12+05:30'].map(s => { const x = parseISO(s); return isValid(x) ? x.toISOString() : 'invalid'; }));
show('parse', () => [
  dfns.parse('02/11/2014', 'MM/dd/yyyy', d).toISOString(),
  String(dfns.parse('30 febrero', 'd MMMM', d)),
  dfns.parse('3rd of March 2021, 4:05 PM', "do 'of' MMMM yyyy, h:mm a", d).toISOString(),
  dfns.parse('lundi 5 août 2019', 'EEEE d MMMM yyyy', d, { locale: fr }).toISOString(),
]);
show('differences', () => {
  const e = new Date(Date.UTC(2025, 6, 4, 0, 0, 0));
  return [differenceInCalendarDays(e, d), dfns.differenceInDays(e, d), dfns.differenceInMonths(e, d), dfns.differenceInYears(e, d), dfns.differenceInBusinessDays(e, d), dfns.differenceInHours(e, d), dfns.differenceInISOWeekYears(e, d), dfns.differenceInCalendarWeeks(e, d)];
});
show('comparisons', () => [dfns.isAfter(d, 0), dfns.isBefore(d, d), dfns.isEqual(d, new Date(d.getTime())), dfns.isSameMonth(d, parseISO('2024-02-01')), dfns.isWeekend(d), dfns.isLeapYear(d), dfns.compareAsc(d, 0), dfns.compareDesc(d, 0)]);
show('start/end', () => [dfns.startOfWeek(d), dfns.startOfWeek(d, { weekStartsOn: 1 }), dfns.endOfMonth(d), dfns.startOfQuarter(d), dfns.endOfYear(d), dfns.startOfISOWeekYear(d), dfns.lastDayOfMonth(d)].map(x => x.toISOString()));
show('getters', () => [dfns.getDay(d), dfns.getDayOfYear(d), dfns.getISOWeek(d), dfns.getWeek(d), dfns.getDaysInMonth(d), dfns.getQuarter(d), dfns.getISOWeeksInYear(d), dfns.getWeeksInMonth(d), dfns.getUnixTime(d)]);
show('setters', () => [dfns.setMonth(d, 0), dfns.setDate(d, 31), dfns.setISOWeek(d, 1), dfns.setDay(d, 0), dfns.set(d, { year: 2000, hours: 0 })].map(x => x.toISOString()));
show('eachDayOfInterval', () => eachDayOfInterval({ start: parseISO('2024-02-26'), end: parseISO('2024-03-02') }).map(x => format(x, 'EEE d')));
show('eachWeekend/months', () => [dfns.eachWeekendOfMonth(d).map(x => x.getUTCDate()), dfns.eachMonthOfInterval({ start: parseISO('2023-11-15'), end: parseISO('2024-03-01') }).map(x => format(x, 'MMM yy'))]);
show('bad interval', () => eachDayOfInterval({ start: parseISO('2024-03-02'), end: parseISO('2024-02-26') }).length);
show('interval ops', () => [dfns.areIntervalsOverlapping({ start: 0, end: 10 }, { start: 5, end: 20 }), dfns.isWithinInterval(d, { start: parseISO('2024-01-01'), end: parseISO('2024-12-31') }), dfns.clamp(parseISO('2030-01-01'), { start: 0, end: d }).toISOString()]);
show('closest/min/max', () => [dfns.closestIndexTo(d, [parseISO('2024-01-01'), parseISO('2024-03-01'), parseISO('2025-01-01')]), dfns.max([d, 0, parseISO('2030-05-05')]).toISOString(), dfns.min([d, parseISO('1999-09-09')]).toISOString()]);
show('formatDistance', () => [
  formatDistance(d, addDays(d, 3)),
  formatDistance(d, dfns.addSeconds(d, 15), { includeSeconds: true }),
  formatDistance(dfns.addYears(d, 2), d, { addSuffix: true }),
  formatDistance(d, dfns.addMonths(d, 13), { addSuffix: true }),
  formatDistance(d, dfns.addMinutes(d, 90), { locale: fr, addSuffix: true }),
  formatDistanceStrict(d, dfns.addHours(d, 49)),
  formatDistanceStrict(d, dfns.addHours(d, 49), { unit: 'minute' }),
  dfns.formatRelative(addDays(d, -3), d),
]);
show('durations', () => {
  const dur = intervalToDuration({ start: d, end: parseISO('2026-05-01T09:00:00Z') });
  return [dur, formatDuration(dur), formatDuration({ months: 9, days: 2 }, { delimiter: ', ' }), formatDuration(dur, { format: ['years', 'days'], locale: de }), dfns.formatISODuration({ years: 1, hours: 5 })];
});
show('formatISO/RFC', () => [dfns.formatISO(d), dfns.formatISO(d, { representation: 'date' }), dfns.formatISO9075(d), dfns.formatRFC3339(d, { fractionDigits: 3 }), dfns.formatRFC7231(d)]);
show('roundToNearest', () => [dfns.roundToNearestMinutes(d, { nearestTo: 15 }).toISOString(), dfns.roundToNearestHours(d).toISOString()]);
show('isValid/isDate/isExists', () => [isValid(new Date('x')), dfns.isDate(d), dfns.isExists(2024, 1, 30), dfns.isMatch('2024-02-30', 'yyyy-MM-dd'), dfns.isMatch('2024-02-29', 'yyyy-MM-dd')]);
show('locale names', () => [fr.code, de.code, ja.code, dfns.format(d, 'MMMM', { locale: fr })]);
show('fp', () => [fp.format('yyyy/MM/dd')(fp.addDays(10)(d)), fp.differenceInDays(d)(parseISO('2024-12-25')), fp.formatWithOptions({ locale: fr })('EEEE')(d)]);
show('fp compose', () => { const pipeline = [fp.startOfMonth, fp.addMonths(1), fp.subDays(1), fp.format('yyyy-MM-dd')]; return pipeline.reduce((v, f) => f(v), d); });
show('constants', () => [constants.millisecondsInWeek, constants.daysInYear, constants.maxTime, 'millisecondsInWeek' in dfns]);
