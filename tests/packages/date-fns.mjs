// date-fns as ESM: named, namespace and default imports of subpaths
// (date-fns/addDays, date-fns/fp/format, date-fns/locale). TZ=UTC (run.py).
import { format, parseISO, addBusinessDays, isWeekend, nextMonday, previousFriday, eachWeekOfInterval, startOfDay } from 'date-fns';
import * as dfns from 'date-fns';
import addDaysDefault, { addDays } from 'date-fns/addDays';
import fpFormat from 'date-fns/fp/format';
import { enGB, es, zhCN } from 'date-fns/locale';
import { minutesInHour } from 'date-fns/constants';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const start = parseISO('2023-12-22T09:30:00Z');
show('default and named subpath import', () => [addDaysDefault === addDays, addDays === dfns.addDays, typeof dfns.default]);
show('constants', () => minutesInHour);
show('business days', () => [1, 2, 5, 10].map(n => format(addBusinessDays(start, n), 'EEE yyyy-MM-dd')));
show('weekend walk', () => Array.from({ length: 10 }, (_, i) => addDays(start, i)).filter(isWeekend).map(d => format(d, 'MM/dd')));
show('next/previous', () => [format(nextMonday(start), 'PPPP'), format(previousFriday(start), 'PPPP')]);
show('weeks of interval', () => eachWeekOfInterval({ start, end: parseISO('2024-01-31') }, { weekStartsOn: 1 }).map(d => format(d, 'd MMM')));
show('fp format default import', () => fpFormat('yyyy.MM.dd HH:mm')(start));
show('locales', () => [enGB, es, zhCN].map(locale => format(start, 'PPPP p', { locale })));
show('formatDistance locales', () => [enGB, es, zhCN].map(locale => dfns.formatDistance(start, parseISO('2024-03-01'), { locale, addSuffix: true })));
show('year boundary', () => [format(start, 'RRRR-II'), format(parseISO('2024-12-30'), "RRRR-'W'II-i"), format(parseISO('2021-01-01'), 'YYYY-ww', { useAdditionalWeekYearTokens: true })]);
show('startOfDay chain', () => [startOfDay(start).toISOString(), dfns.endOfDay(start).toISOString(), dfns.endOfISOWeek(start).toISOString()]);
show('differenceIn', () => ['Days', 'Weeks', 'Months', 'Quarters', 'Years', 'Minutes', 'Seconds'].map(u => dfns['differenceIn' + u](parseISO('2026-07-01T00:00:00Z'), start)));
show('intlFormat-free lightFormat', () => dfns.lightFormat(start, 'yyyy-MM-dd HH:mm:ss.SSS a'));
show('sorting', () => dfns.closestTo(start, [parseISO('2023-01-01'), parseISO('2024-01-01'), parseISO('2023-12-01')]).toISOString());
show('non-latin literals pass through', () => format(start, 'yyyy ♥ q — Ω'));
show('invalid inputs', () => [dfns.isValid(parseISO('2023-02-30')), String(addDays(new Date(NaN), 1)), dfns.differenceInDays(NaN, start)]);
