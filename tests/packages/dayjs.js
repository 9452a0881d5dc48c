// dayjs (CommonJS/UMD, no exports map) with plugins from file subpaths.
// Only fixed instants; run.py sets TZ=UTC for node and kiln alike.
'use strict';
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const customParseFormat = require('dayjs/plugin/customParseFormat');
const advancedFormat = require('dayjs/plugin/advancedFormat');
const duration = require('dayjs/plugin/duration');
const relativeTime = require('dayjs/plugin/relativeTime');
const isoWeek = require('dayjs/plugin/isoWeek');
const isBetween = require('dayjs/plugin/isBetween');
const minMax = require('dayjs/plugin/minMax');
const dayOfYear = require('dayjs/plugin/dayOfYear');
const weekOfYear = require('dayjs/plugin/weekOfYear');
const isLeapYear = require('dayjs/plugin/isLeapYear');
dayjs.extend(utc);
dayjs.extend(customParseFormat);
dayjs.extend(advancedFormat);
dayjs.extend(duration);
dayjs.extend(relativeTime);
dayjs.extend(isoWeek);
dayjs.extend(isBetween);
dayjs.extend(minMax);
dayjs.extend(dayOfYear);
dayjs.extend(weekOfYear);
dayjs.extend(isLeapYear);

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const base = dayjs.utc('2024-02-28T13:45:30.250Z');
show('iso', () => base.toISOString());
show('format default', () => base.format());
show('format tokens', () => base.format('YYYY YY M MM MMM MMMM D DD d dd ddd dddd H HH h hh m mm s ss SSS A a Z ZZ'));
show('advanced tokens', () => base.format('Q Do k kk X x w ww W WW'));
show('escaped', () => base.format('[Today is] dddd, [the] Do [of] MMMM'));
show('getters', () => [base.year(), base.month(), base.date(), base.day(), base.hour(), base.minute(), base.second(), base.millisecond()]);
show('add', () => ['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'millisecond'].map(u => base.add(1, u).toISOString()));
show('subtract', () => [base.subtract(2, 'month').format('YYYY-MM-DD'), base.subtract(1, 'year').format('YYYY-MM-DD'), base.subtract(59, 'day').format('YYYY-MM-DD')]);
show('leap day', () => [base.add(1, 'day').format('YYYY-MM-DD'), base.add(2, 'day').format('YYYY-MM-DD'), dayjs.utc('2024-02-29').add(1, 'year').format('YYYY-MM-DD'), base.daysInMonth(), base.isLeapYear(), dayjs.utc('1900-06-01').isLeapYear(), dayjs.utc('2000-06-01').isLeapYear()]);
show('month end clamp', () => dayjs.utc('2023-01-31').add(1, 'month').format('YYYY-MM-DD'));
show('startOf', () => ['year', 'month', 'week', 'isoWeek', 'day', 'hour'].map(u => base.startOf(u).toISOString()));
show('endOf', () => ['year', 'month', 'day'].map(u => base.endOf(u).toISOString()));
show('set', () => [base.set('month', 11).toISOString(), base.hour(0).minute(0).toISOString(), base.date(31).format('YYYY-MM-DD')]);
show('diff', () => {
  const b = dayjs.utc('2025-07-04T00:00:00Z');
  return [b.diff(base), b.diff(base, 'day'), b.diff(base, 'month'), b.diff(base, 'month', true).toFixed(4), b.diff(base, 'year', true).toFixed(4), b.diff(base, 'week')];
});
show('compare', () => [base.isBefore('2024-03-01'), base.isAfter(base), base.isSame(dayjs.utc('2024-02-28T00:00:00Z'), 'day'), base.isSame(dayjs.utc('2024-02-01'), 'month'), base.isBetween('2024-01-01', '2024-12-31', 'day', '[]')]);
show('min/max', () => [dayjs.max(dayjs.utc('2020-01-01'), base, dayjs.utc('2023-06-15')).format('YYYY-MM-DD'), dayjs.min([dayjs.utc('2020-01-01'), base]).format('YYYY-MM-DD')]);
show('customParseFormat', () => [
  dayjs.utc('12-25-1995', 'MM-DD-YYYY').format('YYYY-MM-DD'),
  dayjs.utc('1995/12/25 10:08 PM', 'YYYY/MM/DD hh:mm A').toISOString(),
  dayjs.utc('Dec 5th 2010', 'MMM Do YYYY').isValid(),
  dayjs.utc('31/02/2020', 'DD/MM/YYYY', true).isValid(),
  dayjs.utc('2020-13-01', 'YYYY-MM-DD', true).isValid(),
]);
show('parse forms', () => [dayjs.utc('2018-04-13 19:18').toISOString(), dayjs.utc('2018-04-13').valueOf(), dayjs.utc(0).toISOString(), dayjs.utc(Date.UTC(2010, 1, 14, 15, 25, 50, 125)).toISOString(), dayjs.utc('20100214', 'YYYYMMDD').toISOString()]);
show('invalid', () => [dayjs('not a date').isValid(), dayjs('not a date').format(), String(dayjs(NaN).toDate())]);
show('unix', () => [dayjs.unix(1318781876).utc().format(), base.unix(), base.valueOf()]);
show('utc offset', () => [base.utcOffset(), base.utcOffset(120).format(), base.utcOffset(-330).format('HH:mm Z'), base.local().isUTC(), base.isUTC()]);
show('dayOfYear/week', () => [base.dayOfYear(), base.week(), base.isoWeek(), base.isoWeekday(), dayjs.utc('2021-01-03').isoWeek(), dayjs.utc('2021-01-03').week()]);
show('duration', () => {
  const d = dayjs.duration({ days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 5 });
  return [d.asMilliseconds(), d.asHours().toFixed(3), d.toISOString(), d.format('D[d] HH:mm:ss.SSS'), d.days(), d.humanize()];
});
show('duration math', () => [dayjs.duration(90, 'minutes').toISOString(), dayjs.duration(90, 'minutes').add(30, 'minutes').asHours(), dayjs.duration('P1Y2M3DT4H5M6S').asDays().toFixed(2), dayjs.duration(-1500).toISOString()]);
show('humanize', () => [1, 43, 47, 88, 92, 60 * 43, 60 * 46, 3600 * 22 + 60, 3600 * 36 + 60, 86400 * 26 + 600, 86400 * 45 + 600, 86400 * 400].map(s => dayjs.duration(s, 'seconds').humanize()));
show('relative', () => {
  const ref = dayjs.utc('2024-06-01T00:00:00Z');
  return [ref.from(dayjs.utc('2024-06-01T00:00:30Z')), ref.from(dayjs.utc('2024-05-01T00:00:00Z')), ref.to(dayjs.utc('2027-01-01')), ref.from(dayjs.utc('2023-06-01'), true)];
});
show('toJSON/toObject-ish', () => [JSON.stringify({ at: base }), base.toDate().getTime(), base.toString()]);
show('clone independence', () => { const c = base.clone().add(1, 'day'); return [c.date(), base.date()]; });
show('locale', () => [dayjs.locale(), base.locale('en').format('dddd')]);
show('sorted', () => ['2024-03-01', '2023-12-31', '2024-02-29', '2024-01-15'].map(s => dayjs.utc(s)).sort((a, b) => a.diff(b)).map(d => d.format('MMM D, YYYY')));
show('calendar walk', () => { const out = []; let d = dayjs.utc('2024-01-31'); for (let i = 0; i < 6; i++) { out.push(d.format('ddd MM/DD')); d = d.add(1, 'month').endOf('month'); } return out; });
show('isDayjs', () => [dayjs.isDayjs(base), dayjs.isDayjs(new Date(0))]);
