// SPDX-License-Identifier: MIT
//
// internal_intl_date.js: Intl.DateTimeFormat, Intl.RelativeTimeFormat,
// Intl.ListFormat and Intl.DisplayNames (ECMA-402 chapters 11-17) with
// English data, as node 20 (V8 + ICU) prints them for en-US (and en-GB's
// date patterns); each export becomes a property of Intl (internal_intl.js).
//
// DateTimeFormat turns its resolved components into a pattern (a list of
// fields and literals) the way ICU's pattern generator does for "en", then
// formats time values in the chosen zone: "UTC", or a zoneinfo file of the
// system (require('kiln:intl'), stdlib/node/intl.c).
'use strict';

const L = require('kiln:internal_intl_locale');

let natives;
function tzn() { return natives || (natives = require('kiln:intl')); }

const slots = new WeakMap();

function incompatible(method, self) {
  let shown;
  try { shown = self === null || typeof self !== 'object' ? String(self) : '#<' + (self.constructor && self.constructor.name || 'Object') + '>'; } catch { shown = '#<Object>'; }
  return new TypeError(`Method ${method} called on incompatible receiver ${shown}`);
}

// ---------------------------------------------------------------------------
// Time zones.
// ---------------------------------------------------------------------------

const UTC_NAMES = /^(?:etc\/)?(?:utc|gmt|uct|universal|zulu|greenwich|gmt0|gmt[+-]0)$/i;
// ICU's canonical ids where they differ from the zoneinfo name.
const ZONE_ALIASES = {
  'Asia/Kolkata': 'Asia/Calcutta', 'Europe/Kyiv': 'Europe/Kiev', 'Asia/Ho_Chi_Minh': 'Asia/Saigon',
  'Asia/Kathmandu': 'Asia/Katmandu', 'Asia/Yangon': 'Asia/Rangoon', 'Atlantic/Faroe': 'Atlantic/Faeroe',
  'America/Argentina/Buenos_Aires': 'America/Buenos_Aires', 'Pacific/Chuuk': 'Pacific/Truk',
  'Pacific/Pohnpei': 'Pacific/Ponape', 'America/Nuuk': 'America/Godthab', 'Pacific/Kanton': 'Pacific/Enderbury',
  'America/Indiana/Indianapolis': 'America/Indianapolis', 'America/Kentucky/Louisville': 'America/Louisville',
  'EST': 'America/Panama', 'MST': 'America/Phoenix', 'HST': 'Pacific/Honolulu',
  'EST5EDT': 'America/New_York', 'CST6CDT': 'America/Chicago', 'MST7MDT': 'America/Denver',
  'PST8PDT': 'America/Los_Angeles',
  'US/Eastern': 'America/New_York', 'US/Central': 'America/Chicago', 'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles', 'US/Alaska': 'America/Anchorage', 'US/Hawaii': 'Pacific/Honolulu',
  'US/Arizona': 'America/Phoenix', 'Japan': 'Asia/Tokyo', 'GB': 'Europe/London', 'Singapore': 'Asia/Singapore',
  'Hongkong': 'Asia/Hong_Kong', 'PRC': 'Asia/Shanghai', 'ROK': 'Asia/Seoul', 'Israel': 'Asia/Jerusalem',
  'Turkey': 'Europe/Istanbul', 'Egypt': 'Africa/Cairo', 'NZ': 'Pacific/Auckland', 'Poland': 'Europe/Warsaw',
  'Portugal': 'Europe/Lisbon', 'Eire': 'Europe/Dublin', 'Iceland': 'Atlantic/Reykjavik', 'Cuba': 'America/Havana',
  'Jamaica': 'America/Jamaica', 'Iran': 'Asia/Tehran', 'Libya': 'Africa/Tripoli', 'Navajo': 'America/Denver',
  'Canada/Eastern': 'America/Toronto', 'Canada/Pacific': 'America/Vancouver', 'Europe/Belfast': 'Europe/London',
  'Asia/Istanbul': 'Europe/Istanbul', 'Australia/ACT': 'Australia/Sydney', 'Australia/NSW': 'Australia/Sydney',
};

// A zone: { name (what resolvedOptions shows), file (the zoneinfo file,
// or 'UTC'), unnamed (no display names: only offsets) }, or undefined.
const zoneCache = new Map();
function canonicalZone(name) {
  if (UTC_NAMES.test(name)) return { name: 'UTC', file: 'UTC' };
  if (!/^[A-Za-z0-9_+\-/]+$/.test(name)) return undefined;
  if (zoneCache.has(name)) return zoneCache.get(name);
  const found = tzn().zoneName(name);
  let zone;
  if (found === undefined) zone = undefined;
  else if (UTC_NAMES.test(found)) zone = { name: 'UTC', file: 'UTC' };
  else zone = { name: ZONE_ALIASES[found] || found, file: found };
  zoneCache.set(name, zone);
  return zone;
}

// The process's zone as node names it: TZ, else /etc/localtime's link
// (read each time: a program may assign process.env.TZ).
const defaultZones = new Map();
function defaultZone() {
  const z = tzn().defaultZone();
  let zone = defaultZones.get(z);
  if (zone !== undefined) return zone;
  if (z === undefined) zone = { name: 'UTC', file: 'UTC' };
  else if (z === '') zone = { name: 'Etc/Unknown', file: 'UTC', unnamed: true };
  else if (z[0] === '/') zone = { name: undefined, file: z, unnamed: true };
  else if (!/^[A-Za-z0-9_+\-/]+$/.test(z)) zone = { name: 'UTC', file: 'UTC' };
  else {
    // Unlike the timeZone option, TZ must spell the zone's file exactly.
    zone = canonicalZone(z);
    if (zone === undefined || (z !== 'UTC' && z !== 'GMT' && !/^Etc\/(UTC|GMT)$/.test(z) &&
                               tzn().zoneName(z) !== z)) {
      zone = { name: undefined, file: 'UTC', unnamed: true };
    } else if (z === 'GMT' || z === 'Etc/GMT') {
      zone = { name: 'UTC', file: 'UTC', gmt: true };   // ICU keeps GMT's own names
    }
  }
  defaultZones.set(z, zone);
  return zone;
}

// [offset of [zone] east of UTC at instant [t] in minutes, is DST].
// Asking the C library costs a zoneinfo read, so a UTC day whose two ends
// have the same offset is remembered as one (zones change at most once a day).
const DAY = 86400000;
const offsetCache = new Map();
function zoneOffsetAt(file, t) {
  const r = tzn().zoneOffset(file, t);
  return r === undefined ? [0, false] : [r[0] / 60, r[1]];
}
function zoneOffset(zone, t) {
  if (zone.file === 'UTC') return [0, false];
  const day = Math.floor(t / DAY);
  const key = zone.file + '@' + day;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit || zoneOffsetAt(zone.file, t);
  const first = zoneOffsetAt(zone.file, day * DAY), last = zoneOffsetAt(zone.file, day * DAY + DAY - 1);
  const same = first[0] === last[0] && first[1] === last[1];
  if (offsetCache.size > 4096) offsetCache.clear();
  offsetCache.set(key, same ? first : null);
  return same ? first : zoneOffsetAt(zone.file, t);
}

// Zone display names: [short std, short dst, long std, long dst, short generic, long generic].
const ZONE_NAMES = {
  'America/New_York': ['EST', 'EDT', 'Eastern Standard Time', 'Eastern Daylight Time', 'ET', 'Eastern Time'],
  'America/Detroit': ['EST', 'EDT', 'Eastern Standard Time', 'Eastern Daylight Time', 'ET', 'Eastern Time'],
  'America/Toronto': ['EST', 'EDT', 'Eastern Standard Time', 'Eastern Daylight Time', 'ET', 'Eastern Time'],
  'America/Indianapolis': ['EST', 'EDT', 'Eastern Standard Time', 'Eastern Daylight Time', 'ET', 'Eastern Time'],
  'America/Louisville': ['EST', 'EDT', 'Eastern Standard Time', 'Eastern Daylight Time', 'ET', 'Eastern Time'],
  'America/Panama': ['EST', 'EST', 'Eastern Standard Time', 'Eastern Standard Time', 'EST', 'Eastern Standard Time'],
  'America/Chicago': ['CST', 'CDT', 'Central Standard Time', 'Central Daylight Time', 'CT', 'Central Time'],
  'America/Winnipeg': ['CST', 'CDT', 'Central Standard Time', 'Central Daylight Time', 'CT', 'Central Time'],
  'America/Denver': ['MST', 'MDT', 'Mountain Standard Time', 'Mountain Daylight Time', 'MT', 'Mountain Time'],
  'America/Edmonton': ['MST', 'MDT', 'Mountain Standard Time', 'Mountain Daylight Time', 'MT', 'Mountain Time'],
  'America/Phoenix': ['MST', 'MST', 'Mountain Standard Time', 'Mountain Standard Time', 'MST', 'Mountain Standard Time'],
  'America/Los_Angeles': ['PST', 'PDT', 'Pacific Standard Time', 'Pacific Daylight Time', 'PT', 'Pacific Time'],
  'America/Vancouver': ['PST', 'PDT', 'Pacific Standard Time', 'Pacific Daylight Time', 'PT', 'Pacific Time'],
  'America/Anchorage': ['AKST', 'AKDT', 'Alaska Standard Time', 'Alaska Daylight Time', 'AKT', 'Alaska Time'],
  'Pacific/Honolulu': ['HST', 'HDT', 'Hawaii-Aleutian Standard Time', 'Hawaii-Aleutian Daylight Time', 'HST', 'Hawaii-Aleutian Standard Time'],
  'Europe/London': [null, null, 'Greenwich Mean Time', 'British Summer Time', null, 'United Kingdom Time', 'United Kingdom Time'],
  'Europe/Dublin': [null, null, 'Greenwich Mean Time', 'Irish Standard Time', null, 'Ireland Time', 'Ireland Time'],
  'Europe/Paris': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'France Time'],
  'Europe/Berlin': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Germany Time'],
  'Europe/Madrid': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Madrid Time'],
  'Europe/Rome': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Italy Time'],
  'Europe/Amsterdam': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Netherlands Time'],
  'Europe/Brussels': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Belgium Time'],
  'Europe/Vienna': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Austria Time'],
  'Europe/Zurich': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Switzerland Time'],
  'Europe/Stockholm': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Sweden Time'],
  'Europe/Warsaw': [null, null, 'Central European Standard Time', 'Central European Summer Time', null, 'Central European Time', 'Poland Time'],
  'Europe/Athens': [null, null, 'Eastern European Standard Time', 'Eastern European Summer Time', null, 'Eastern European Time', 'Greece Time'],
  'Europe/Helsinki': [null, null, 'Eastern European Standard Time', 'Eastern European Summer Time', null, 'Eastern European Time', 'Finland Time'],
  'Europe/Kiev': [null, null, 'Eastern European Standard Time', 'Eastern European Summer Time', null, 'Eastern European Time', 'Kyiv Time'],
  'Europe/Lisbon': [null, null, 'Western European Standard Time', 'Western European Summer Time', null, 'Western European Time', 'Portugal Time'],
  'Europe/Moscow': [null, null, 'Moscow Standard Time', 'Moscow Summer Time', null, 'Moscow Time', 'Moscow Time'],
  'Europe/Istanbul': [null, null, 'GMT+03:00', 'GMT+03:00', null, 'Türkiye Time', 'Türkiye Time'],
  'Asia/Tokyo': [null, null, 'Japan Standard Time', 'Japan Daylight Time', null, 'Japan Standard Time', 'Japan Time'],
  'Asia/Seoul': [null, null, 'Korean Standard Time', 'Korean Daylight Time', null, 'Korean Standard Time', 'South Korea Time'],
  'Asia/Shanghai': [null, null, 'China Standard Time', 'China Daylight Time', null, 'China Standard Time', 'China Time'],
  'Asia/Hong_Kong': [null, null, 'Hong Kong Standard Time', 'Hong Kong Summer Time', null, 'Hong Kong Standard Time', 'Hong Kong Time'],
  'Asia/Singapore': [null, null, 'Singapore Standard Time', 'Singapore Standard Time', null, 'Singapore Standard Time', 'Singapore Time'],
  'Asia/Calcutta': [null, null, 'India Standard Time', 'India Standard Time', null, 'India Standard Time', 'India Time'],
  'Asia/Dubai': [null, null, 'Gulf Standard Time', 'Gulf Standard Time', null, 'Gulf Standard Time', 'United Arab Emirates Time'],
  'Australia/Sydney': [null, null, 'Australian Eastern Standard Time', 'Australian Eastern Daylight Time', null, 'Australian Eastern Time', 'Sydney Time'],
  'Australia/Melbourne': [null, null, 'Australian Eastern Standard Time', 'Australian Eastern Daylight Time', null, 'Australian Eastern Time', 'Melbourne Time'],
  'Pacific/Auckland': [null, null, 'New Zealand Standard Time', 'New Zealand Daylight Time', null, 'New Zealand Time', 'New Zealand Time'],
  'America/Sao_Paulo': [null, null, 'Brasilia Standard Time', 'Brasilia Summer Time', null, 'Brasilia Time', 'Sao Paulo Time'],
};

function gmtShort(off) {
  if (off === 0) return 'GMT';
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off), h = Math.floor(a / 60), m = a % 60;
  return 'GMT' + sign + h + (m ? ':' + String(m).padStart(2, '0') : '');
}
function gmtLong(off) {
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off), h = Math.floor(a / 60), m = a % 60;
  return 'GMT' + sign + String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0');
}

function zoneDisplay(zoneRec, style, off, dst) {
  if (zoneRec.unnamed) {
    style = style === 'short' || style === 'shortGeneric' ? 'shortOffset' : 'longOffset';
  }
  const zone = zoneRec.name;
  if (zoneRec.gmt && style !== 'shortOffset' && style !== 'longOffset') {
    return style === 'short' || style === 'shortGeneric' ? 'GMT' : 'Greenwich Mean Time';
  }
  if (zone === 'UTC') {
    return { short: 'UTC', long: 'Coordinated Universal Time', shortOffset: 'GMT+0', longOffset: 'GMT+00:00',
             shortGeneric: 'GMT+0', longGeneric: 'GMT+00:00' }[style];
  }
  if (style === 'shortOffset') return off === 0 ? 'GMT+0' : gmtShort(off);
  if (style === 'longOffset') return off === 0 ? 'GMT+00:00' : gmtLong(off);
  const n = ZONE_NAMES[zone];
  switch (style) {
    case 'short': return (n && n[dst ? 1 : 0]) || gmtShort(off);
    case 'long': return (n && n[dst ? 3 : 2]) || gmtLong(off);
    case 'shortGeneric': return n ? (n[4] || n[6] || n[5]) : gmtShort(off);
    case 'longGeneric': return n ? n[5] : gmtLong(off);
  }
  return gmtShort(off);
}

// ---------------------------------------------------------------------------
// English calendar data.
// ---------------------------------------------------------------------------

const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const MONTHS_SHORT = MONTHS_LONG.map((m) => m.slice(0, 3));
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_SHORT = DAYS_LONG.map((d) => d.slice(0, 3));
const ERAS = { short: ['BC', 'AD'], long: ['Before Christ', 'Anno Domini'], narrow: ['B', 'A'] };

function flexibleDayPeriod(h, width, exact) {
  if (h < 12) return 'in the morning';
  if (h === 12 && exact) return width === 'narrow' ? 'n' : 'noon';
  if (h === 12) return 'in the afternoon';
  if (h < 18) return 'in the afternoon';
  if (h < 21) return 'in the evening';
  return 'at night';
}

// Calendar fields of local time value [t] (ms).
function fieldsOf(t) {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(),
           weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes(),
           second: d.getUTCSeconds(), ms: d.getUTCMilliseconds() };
}

// ---------------------------------------------------------------------------
// Patterns: arrays of strings (literals) and field names.
// ---------------------------------------------------------------------------

const isText = (m) => m === 'short' || m === 'long' || m === 'narrow';

// en-GB orders day before month, pads numeric days and months, counts
// hours 0..23 and writes am/pm in lower case (CLDR en_GB).
function datePatternGB(c) {
  const { weekday: W, era: G, year: y, month: M, day: d } = c;
  const text = isText(M);
  let core;
  if (M && d) {
    core = text ? ['day', ' ', 'month'] : ['day', '/', 'month'];
    if (y) core.push(text ? ' ' : '/', 'year');
    if (W) core = [...(y ? ['weekday', ', '] : ['weekday', ' ']), ...core];
    if (G) core.push(' ', 'era');
    return core;
  }
  if (y && d && !M) {
    if (G) return ['year', ' ', 'era', ' (day: ', 'day', ...(W ? [' ', 'weekday'] : []), ')'];
    if (W) return ['weekday', ' ', 'day', ' ', 'year'];
    return y === '2-digit' && d === 'numeric' ? ['day', ' ', 'year'] : ['year', ' (day: ', 'day', ')'];
  }
  if (W && d && !M && !y && !G) return ['weekday', ' ', 'day'];
  return datePattern(c);
}

function datePattern(c) {
  const { weekday: W, era: G, year: y, month: M, day: d } = c;
  let core;
  const text = isText(M);
  if (y && M && d) core = text ? ['month', ' ', 'day', ', ', 'year'] : ['month', '/', 'day', '/', 'year'];
  else if (M && d) core = text ? ['month', ' ', 'day'] : ['month', '/', 'day'];
  else if (y && M) core = text ? ['month', ' ', 'year'] : ['month', '/', 'year'];
  else if (y && d) {
    // ICU appends the day the pattern for year + day lacks.
    if (G) return ['year', ' ', 'era', ' (day: ', 'day', ...(W ? [' ', 'weekday'] : []), ')'];
    if (W) return ['day', ' ', 'weekday', ' ', 'year'];
    core = y === '2-digit' && d === 'numeric' ? ['day', ' ', 'year'] : ['year', ' (day: ', 'day', ')'];
  } else if (G && !y && (M || d)) {
    return M ? ['era', ' (month: ', 'month', ')'] : W ? ['day', ' ', 'weekday', ' ', 'era'] : ['era', ' (day: ', 'day', ')'];
  }
  else if (M) core = ['month'];
  else if (y) core = ['year'];
  else if (d) core = ['day'];
  else core = [];
  if (G) core = core.length ? [...core, ' ', 'era'] : ['era'];
  // ICU's closest patterns for weekday + month and weekday + 2-digit year.
  if (M && !d && !y && !G && ((W === 'short' && M !== 'numeric' && M !== 'short') ||
                              (W === 'long' && M === 'narrow'))) {
    return ['weekday', ' (month: ', 'month', ')'];
  }
  if (W === 'short' && y === '2-digit' && !M && !d && !G) return ['weekday', ' ', 'year'];
  if (W) {
    if (d && M) core = ['weekday', ', ', ...core];
    else if (core.length) core = [...core, ' ', 'weekday'];
    else core = ['weekday'];
  }
  return core;
}

function timePattern(c, hc) {
  const out = [];
  const h12 = hc === 'h12' || hc === 'h11';
  if (c.hour) {
    out.push('hour');
    if (c.minute) {
      out.push(':', 'minute');
      if (c.second) out.push(':', 'second');
    }
    if (c.second && c.fractionalSecondDigits && c.minute) out.push('.', 'fractionalSecond');
    if (h12) out.push(c.dayPeriod ? ' ' : '\u202f', 'dayPeriod');
    if (!c.minute && c.second) {
      if (c.secondFirst) return ['second', ' (hour: ', 'hour', ')'];
      out.push(' (second: ', 'second', ')');
    }
  } else if (c.minute) {
    out.push('minute');
    if (c.second) out.push(':', 'second');
    if (c.second && c.fractionalSecondDigits) out.push('.', 'fractionalSecond');
  } else if (c.second) {
    out.push('second');
    if (c.fractionalSecondDigits) out.push('.', 'fractionalSecond');
  } else if (c.fractionalSecondDigits) {
    out.push('fractionalSecond');
  } else if (c.dayPeriod) {
    out.push('dayPeriod');
  }
  return out;
}

const DAY_FIRST = ['en-GB', 'en-150', 'en-IE', 'en-ZA', 'en-001', 'en-NZ', 'en-AU', 'en-IN'];
const TWELVE_HOUR = ['en-001', 'en-NZ', 'en-AU', 'en-IN'];
const STYLE_DATE_GB = {
  full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  short: { year: 'numeric', month: '2-digit', day: '2-digit' },
};
const STYLE_DATE = {
  full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  short: { year: '2-digit', month: 'numeric', day: 'numeric' },
};
const STYLE_TIME = {
  full: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'long' },
  long: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' },
  medium: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  short: { hour: 'numeric', minute: '2-digit' },
};

// The pattern for resolved components [c] (with dateStyle/timeStyle
// expanded) and the glue between date and time.
function buildPattern(c, hc, dateStyle, gb) {
  const date = gb ? datePatternGB(c) : datePattern(c);
  let time = timePattern(c, hc);
  if (gb && c.timeZoneName && time.length === 1 && time[0] === 'hour') time.push('h');
  if (c.timeZoneName) time = time.length ? [...time, ' ', 'timeZoneName'] : ['timeZoneName'];
  if (!date.length) return time;
  if (!time.length) return date;
  let glue;
  if (dateStyle) glue = dateStyle === 'full' || dateStyle === 'long' ? ' at ' : ', ';
  else if (c.month === 'long') glue = ' at ';
  else if (!c.month && !c.day && !c.year && c.weekday) glue = gb ? ', ' : ' ';
  else glue = ', ';
  return [...date, glue, ...time];
}

// ---------------------------------------------------------------------------
// Intl.DateTimeFormat
// ---------------------------------------------------------------------------

const COMPONENTS = [
  ['weekday', ['narrow', 'short', 'long']],
  ['era', ['narrow', 'short', 'long']],
  ['year', ['2-digit', 'numeric']],
  ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
  ['day', ['2-digit', 'numeric']],
  ['dayPeriod', ['narrow', 'short', 'long']],
  ['hour', ['2-digit', 'numeric']],
  ['minute', ['2-digit', 'numeric']],
  ['second', ['2-digit', 'numeric']],
  ['fractionalSecondDigits', null],
  ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
];

// CreateDateTimeFormat (#sec-createdatetimeformat) with ToDateTimeOptions'
// [required]/[defaults] ('any'|'date'|'time', 'date'|'time'|'all').
function createDateTimeFormat(self, locales, options, required, defaults) {
  L.setCtor('DateTimeFormat');
  const requested = L.canonicalizeLocaleList(locales);
  options = L.coerceOptions(options);
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const calendar = L.getOption(options, 'calendar', 'string', undefined, undefined);
  if (calendar !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(calendar)) {
    throw new RangeError(`Invalid calendar : ${calendar}`);
  }
  const numberingSystem = L.getOption(options, 'numberingSystem', 'string', undefined, undefined);
  if (numberingSystem !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(numberingSystem)) {
    throw new RangeError(`Invalid numberingSystem : ${numberingSystem}`);
  }
  const hour12 = L.getOption(options, 'hour12', 'boolean', undefined, undefined);
  let hourCycle = L.getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined);
  if (hour12 !== undefined) hourCycle = null;
  const r = L.resolveLocale(requested, ['ca', 'hc', 'nu']);
  let tz = options.timeZone;
  if (tz === undefined) {
    tz = defaultZone();
  } else {
    const name = String(tz);
    tz = canonicalZone(name);
    if (tz === undefined) throw new RangeError(`Invalid time zone specified: ${name}`);
  }
  const c = {};
  for (const [prop, values] of COMPONENTS) {
    if (values === null) {
      const v = L.getNumberOption(options, prop, 1, 3, undefined);
      if (v !== undefined) c[prop] = v;
    } else {
      const v = L.getOption(options, prop, 'string', values, undefined);
      if (v !== undefined) c[prop] = v;
    }
  }
  L.getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit');
  if (required === 'time' && options.dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
  if (required === 'date' && options.timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
  const dateStyle = L.getOption(options, 'dateStyle', 'string', ['full', 'long', 'medium', 'short'], undefined);
  const timeStyle = L.getOption(options, 'timeStyle', 'string', ['full', 'long', 'medium', 'short'], undefined);
  if (dateStyle !== undefined || timeStyle !== undefined) {
    for (const [prop] of COMPONENTS) {
      if (c[prop] !== undefined) {
        throw new TypeError(`Can't set option ${prop} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
      }
    }
    if (required === 'date' && timeStyle !== undefined) {
      throw new TypeError('Invalid option : timeStyle');
    }
  } else {
    let needDefaults = true;
    if (required === 'date' || required === 'any') {
      for (const p of ['weekday', 'year', 'month', 'day']) if (c[p] !== undefined) needDefaults = false;
    }
    if (required === 'time' || required === 'any') {
      for (const p of ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits']) {
        if (c[p] !== undefined) needDefaults = false;
      }
    }
    if (needDefaults && (defaults === 'date' || defaults === 'all')) {
      c.year = c.month = c.day = 'numeric';
    }
    if (needDefaults && (defaults === 'time' || defaults === 'all')) {
      c.hour = c.minute = c.second = 'numeric';
    }
  }
  // The components the pattern shows.
  // Day-first English locales share en-GB's patterns (CLDR en_001 family);
  // some of them count hours 1..12.
  const gb = DAY_FIRST.includes(r.locale);
  const comp = dateStyle || timeStyle
    ? Object.assign({}, dateStyle ? (gb ? STYLE_DATE_GB : STYLE_DATE)[dateStyle] : {},
                    timeStyle ? STYLE_TIME[timeStyle] : {})
    : c;
  // en-GB's numeric day/month patterns pad both unless one asked for 2 digits.
  if (gb && comp.day && (comp.month === 'numeric' || comp.month === '2-digit') &&
      ((comp.day === 'numeric' && comp.month === 'numeric') || comp.weekday)) {
    comp.day = comp.month = '2-digit';
  }
  if (gb && comp.year && comp.month === 'numeric' && !comp.day) comp.month = '2-digit';
  let hc;
  if (comp.hour !== undefined) {
    // V8: hour12 picks the 12- or 24-hour cycle of the locale's kind
    // (en-US's h12 pairs with h24, so hour12: false counts 1..24).
    const kwHc = r.keywords.get('hc');
    const base = ['h11', 'h12', 'h23', 'h24'].includes(kwHc) ? kwHc
      : gb && !TWELVE_HOUR.includes(r.locale) ? 'h23' : 'h12';
    const zeroBased = base === 'h11' || base === 'h23';
    if (hour12 !== undefined) hc = hour12 ? (zeroBased ? 'h11' : 'h12') : (zeroBased ? 'h23' : 'h24');
    else if (hourCycle) hc = hourCycle;
    else hc = base;
    // ICU's pattern for hour + second (no minute) puts the second first here.
    comp.secondFirst = hc === 'h24' || (hc === 'h23' && comp.hour === '2-digit' && comp.second === 'numeric');
    if (gb) {
      // en-GB's patterns are HH:mm: styles keep two digits in any cycle; an
      // hour asked as numeric keeps them when ICU's pattern matched the
      // request exactly.
      if (timeStyle ||
          (hc === 'h23' && !(comp.minute === '2-digit' && comp.second !== 'numeric' && !comp.timeZoneName)) ||
          (hc === 'h24' && (!comp.minute || (comp.minute === 'numeric' && comp.second === 'numeric')))) {
        comp.hour = '2-digit';
      }
    } else if (hc === 'h23' || hc === 'h24') {
      comp.hour = '2-digit';
    }
    if (comp.minute) comp.minute = '2-digit';
    if (comp.second && comp.minute) comp.second = '2-digit';
    if (hc === 'h23' || hc === 'h24') delete comp.dayPeriod;
  }
  if (!comp.hour && (comp.minute || comp.second)) {
    if (comp.minute && comp.second) { comp.minute = '2-digit'; comp.second = '2-digit'; }
  }
  // The -u- keywords the options did not override stay in the locale.
  const kw = new Map();
  const keep = (key, option) => {
    const v = r.keywords.get(key);
    if (v !== undefined && v !== '' && (option === undefined || option === v)) kw.set(key, v);
  };
  keep('ca', calendar);
  keep('nu', numberingSystem);
  if (hour12 === undefined && ['h11', 'h12', 'h23', 'h24'].includes(r.keywords.get('hc'))) {
    keep('hc', hourCycle === null ? undefined : hourCycle);
  }
  slots.set(self, {
    locale: L.withKeywords(r.locale, kw), timeZone: tz, hourCycle: hc, comp,
    dateStyle, timeStyle, pattern: buildPattern(comp, hc, dateStyle, gb), boundFormat: undefined, gb,
  });
  return self;
}

function getSlots(self, method) {
  const s = self !== null && typeof self === 'object' ? slots.get(self) : undefined;
  if (s === undefined) throw incompatible(method, self);
  return s;
}

function timeClip(x) {
  const n = x === undefined ? Date.now() : Number(x);
  if (!Number.isFinite(n) || Math.abs(n) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(n) + 0;
}

function pad(n, w) { return String(n).padStart(w, '0'); }

// The parts of instant [t] (a time value) under [s].
function partsOf(s, t, pattern) {
  const [off, dst] = zoneOffset(s.timeZone, t);
  const f = fieldsOf(t + off * 60000);
  const c = s.comp;
  const out = [];
  for (const p of pattern || s.pattern) {
    let type = p, value;
    switch (p) {
      case 'weekday': value = c.weekday === 'long' ? DAYS_LONG[f.weekday]
        : c.weekday === 'narrow' ? DAYS_LONG[f.weekday][0] : DAYS_SHORT[f.weekday]; break;
      case 'era': value = ERAS[c.era][f.year > 0 ? 1 : 0]; break;
      case 'year': {
        const y = f.year > 0 ? f.year : 1 - f.year;
        value = c.year === '2-digit' ? pad(y % 100, 2) : String(y);
        break;
      }
      case 'month':
        switch (c.month) {
          case 'long': value = MONTHS_LONG[f.month]; break;
          case 'short': value = MONTHS_SHORT[f.month]; break;
          case 'narrow': value = MONTHS_LONG[f.month][0]; break;
          case '2-digit': value = pad(f.month + 1, 2); break;
          default: value = String(f.month + 1);
        }
        break;
      case 'day': value = c.day === '2-digit' ? pad(f.day, 2) : String(f.day); break;
      case 'hour': {
        let h = f.hour;
        if (s.hourCycle === 'h12') h = h % 12 || 12;
        else if (s.hourCycle === 'h11') h %= 12;
        else if (s.hourCycle === 'h24') h = h || 24;
        value = c.hour === '2-digit' ? pad(h, 2) : String(h);
        break;
      }
      case 'minute': value = c.hour || c.second ? pad(f.minute, 2) : String(f.minute); break;
      case 'second': value = c.minute ? pad(f.second, 2) : String(f.second); break;
      case 'fractionalSecond':
        value = pad(f.ms, 3).slice(0, c.fractionalSecondDigits);
        break;
      case 'dayPeriod':
        value = c.dayPeriod
          ? flexibleDayPeriod(f.hour, c.dayPeriod, !((c.minute && f.minute) || (c.second && f.second)))
          : s.gb ? (f.hour < 12 ? 'am' : 'pm') : f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'timeZoneName': value = zoneDisplay(s.timeZone, c.timeZoneName, off, dst); break;
      default: type = 'literal'; value = p;
    }
    if (type === 'literal' && out.length && out[out.length - 1].type === 'literal') {
      out[out.length - 1].value += value;
    } else {
      out.push({ type, value });
    }
  }
  return out;
}

function formatDateTime(s, t) {
  let str = '';
  for (const p of partsOf(s, t)) str += p.value;
  return str.replace(/\u202f/g, ' ');
}

// Fields from the largest to the smallest, as the interval formats compare them.
const RANGE_FIELDS = ['era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecond'];

function rangeParts(s, x, y) {
  const [offA] = zoneOffset(s.timeZone, x), [offB] = zoneOffset(s.timeZone, y);
  const fa = fieldsOf(x + offA * 60000), fb = fieldsOf(y + offB * 60000);
  const dateDiffers = fa.year !== fb.year || fa.month !== fb.month || fa.day !== fb.day;
  let c = s.comp;
  const hadYear = !!c.year;
  if (s.gb && s.timeStyle && (s.hourCycle === 'h11' || s.hourCycle === 'h12')) {
    c = Object.assign({}, c, { hour: 'numeric' });   // en-GB's 12-hour interval patterns: "3:04:04 am"
    s = Object.assign({}, s, { comp: c });
  }
  // Larger fields than the pattern shows differ: ICU shows them too.
  const widen = (extra) => {
    c = Object.assign({}, extra, c);
    s = Object.assign({}, s, { comp: c, pattern: buildPattern(c, s.hourCycle, s.dateStyle, s.gb) });
  };
  if ((c.hour || c.minute || c.second || c.dayPeriod || c.fractionalSecondDigits) &&
      !(c.year || c.month || c.day || c.weekday) && dateDiffers) {
    widen(s.gb ? { year: 'numeric', month: '2-digit', day: '2-digit' } : { year: 'numeric', month: 'numeric', day: 'numeric' });
  } else if (c.month && c.day && !c.year && fa.year !== fb.year) {
    widen({ year: 'numeric' });
  } else if ((c.hour || c.minute || c.second) && c.weekday && !c.month && !c.day && !c.year && dateDiffers) {
    widen(fa.year !== fb.year ? { year: 'numeric', month: 'numeric', day: 'numeric' } : { month: 'numeric', day: 'numeric' });
  }
  const a = partsOf(s, x), b = partsOf(s, y);
  const shown = new Set(s.pattern.filter((p) => RANGE_FIELDS.includes(p) || p === 'weekday'));
  const hasTime = c.hour || c.minute || c.second;
  const hasDate = c.year || c.month || c.day || c.weekday || c.era;
  // A range when the largest field that differs is one the pattern shows
  // or a larger one (ICU's greatest difference).
  const diffs = [(fa.year > 0) !== (fb.year > 0), fa.year !== fb.year, fa.month !== fb.month,
    fa.day !== fb.day, (fa.hour < 12) !== (fb.hour < 12), fa.hour !== fb.hour, fa.minute !== fb.minute,
    fa.second !== fb.second,
    c.fractionalSecondDigits !== undefined &&
      pad(fa.ms, 3).slice(0, c.fractionalSecondDigits) !== pad(fb.ms, 3).slice(0, c.fractionalSecondDigits)];
  const greatest = diffs.indexOf(true);
  const RANK = { era: 0, year: 1, month: 2, day: 3, weekday: 3, hour: 5, minute: 6, second: 7, fractionalSecond: 8 };
  let smallest = -1;
  for (const p of s.pattern) {
    let r = RANK[p];
    if (p === 'dayPeriod') r = c.dayPeriod ? -1 : 4;
    if (r !== undefined && r > smallest) smallest = r;
  }
  if (greatest < 0 || greatest > smallest) return null;
  const sep = { type: 'literal', value: '\u2009\u2013\u2009', source: 'shared' };
  const mark = (parts, source) => parts.map((p) => ({ type: p.type, value: p.value, source }));
  // A date-only pattern with text month: share the year (and month).
  const sameEra = (fa.year > 0) === (fb.year > 0);
  if (!hasTime && isText(c.month) && c.day && c.weekday && !c.era && fa.year === fb.year && shown.has('year')) {
    // "Tuesday, March 5 – Friday, March 8, 2024"; en-GB drops the weekday's comma.
    const unComma = (parts) => (s.gb ? parts.map((p, i) => (i === 1 && p.value === ', ' ? { type: 'literal', value: ' ' } : p)) : parts);
    const ya = a.findIndex((p) => p.type === 'year'), yb = b.findIndex((p) => p.type === 'year');
    if (s.gb && fa.month === fb.month) {
      // CLDR en_GB's own spacing: "Tuesday 5\u2009March \u2013\u2009Friday 8 March 2024"
      const head = unComma(a.slice(0, ya - 1));
      const mi = head.findIndex((p) => p.type === 'month');
      head[mi - 1] = { type: 'literal', value: '\u2009' };
      return [...mark(head, 'startRange'), { type: 'literal', value: ' \u2013\u2009', source: 'shared' },
              ...mark(unComma(b.slice(0, yb - 1)), 'endRange'), ...mark(b.slice(yb - 1), 'shared')];
    }
    return [...mark(unComma(a.slice(0, ya - 1)), 'startRange'), sep, ...mark(unComma(b.slice(0, yb - 1)), 'endRange'),
            ...mark(b.slice(yb - 1), 'shared')];
  }
  if (!hasTime && hasDate && isText(c.month) && c.day && !c.weekday && (!c.era || sameEra) && fa.year === fb.year &&
      shown.has('year')) {
    // "Jan 1 – 5, 2024" / "Jan 1 – Mar 3, 2024"
    const cut = (parts) => {
      const i = parts.findIndex((p) => p.type === 'year');
      return [parts.slice(0, i - 1), parts.slice(i - 1)];
    };
    const [ha] = cut(a), [hb, tail] = cut(b);
    let endHead = hb;
    if (s.gb && fa.month === fb.month) {
      // "1 – 5 January 2024"
      return [...mark(a.filter((p) => p.type === 'day'), 'startRange'), sep, ...mark(b, 'endRange')];
    }
    if (fa.month === fb.month) endHead = hb.filter((p) => p.type === 'day');
    return [...mark(ha, 'startRange'), sep, ...mark(endHead, 'endRange'), ...mark(tail, 'shared')];
  }
  if (!hasTime && hasDate && isText(c.month) && !c.day && !c.weekday && !c.era && fa.year === fb.year && shown.has('year')) {
    // "January – March 2024"
    const i = a.findIndex((p) => p.type === 'year');
    return [...mark(a.slice(0, i - 1), 'startRange'), sep, ...mark(b.slice(0, i - 1), 'endRange'),
            ...mark(b.slice(i - 1), 'shared')];
  }
  if (!hasTime && hasDate && isText(c.month) && c.day && !c.year && !c.weekday && !c.era) {
    if (fa.month === fb.month) {
      if (s.gb) return [...mark(a.filter((p) => p.type === 'day'), 'startRange'), sep, ...mark(b, 'endRange')];
      return [...mark(a, 'startRange'), sep, ...mark(b.filter((p) => p.type === 'day'), 'endRange')];
    }
  }
  if (hasTime && !(c.timeZoneName && s.timeStyle) && !dateDiffers) {
    // Same day: "date, 10:00 – 11:00 AM" or "10:00 AM – 2:00 PM".
    const first = a.findIndex((p) => p.type === 'hour' || p.type === 'minute' || p.type === 'second');
    const head = first > 0 ? a.slice(0, first) : [];
    if (head.length === 2 && head[0].type === 'weekday' && head[1].value === ' ') {
      head[1] = { type: 'literal', value: ', ' };   // "Mon, 12 – 5 AM"
    }
    const ta = a.slice(first), tb = b.slice(first);
    const ia = ta.findIndex((p) => p.type === 'dayPeriod');
    const samePeriod = ia >= 0 && ta[ia].value === tb[ia].value && !c.dayPeriod;
    // en-GB's 24-hour ranges in a day: an en dash without spaces.
    const dash = s.gb && ia < 0 ? [{ type: 'literal', value: '\u2013', source: 'shared' }] : [sep];
    if (samePeriod) {
      return [...mark(head, 'shared'), ...mark(ta.slice(0, ia - 1), 'startRange'), sep,
              ...mark(tb.slice(0, ia - 1), 'endRange'), ...mark(tb.slice(ia - 1), 'shared')];
    }
    return [...mark(head, 'shared'), ...mark(ta, 'startRange'), ...dash, ...mark(tb, 'endRange')];
  }
  if (s.gb && c.weekday && isText(c.month) && c.day && hadYear) {
    const unComma = (parts) => parts.map((p, i) => (i === 1 && p.value === ', ' ? { type: 'literal', value: ' ' } : p));
    return [...mark(unComma(a), 'startRange'), sep, ...mark(unComma(b), 'endRange')];
  }
  const last = s.pattern.length - 1;
  if (s.pattern[last] === 'era' && sameEra) {
    // "1/1/2024 – 2/5/2024 AD"
    return [...mark(a.slice(0, -2), 'startRange'), sep, ...mark(b.slice(0, -2), 'endRange'),
            ...mark(b.slice(-2), 'shared')];
  }
  return [...mark(a, 'startRange'), sep, ...mark(b, 'endRange')];
}

function DateTimeFormat(locales, options) {
  const self = new.target === undefined ? Object.create(DateTimeFormat.prototype) : this;
  return createDateTimeFormat(self, locales, options, 'any', 'date');
}
Object.defineProperty(DateTimeFormat, 'length', { value: 0 });

L.defineMethods(DateTimeFormat, {
  supportedLocalesOf(locales, options) { return L.supportedLocalesOf(locales, options); },
});
L.defineMethods(DateTimeFormat.prototype, {
  resolvedOptions() {
    const s = getSlots(this, 'UnwrapDateTimeFormat');
    const o = { locale: s.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: s.timeZone.name };
    if (s.hourCycle !== undefined) {
      o.hourCycle = s.hourCycle;
      o.hour12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
    }
    if (s.dateStyle === undefined && s.timeStyle === undefined) {
      for (const [prop] of COMPONENTS) if (s.comp[prop] !== undefined) o[prop] = s.comp[prop];
    }
    if (s.dateStyle !== undefined) o.dateStyle = s.dateStyle;
    if (s.timeStyle !== undefined) o.timeStyle = s.timeStyle;
    return o;
  },
  formatToParts(date) {
    const s = getSlots(this, 'Intl.DateTimeFormat.prototype.formatToParts');
    return partsOf(s, timeClip(date));
  },
});
Object.defineProperty(DateTimeFormat.prototype, 'format', {
  get: function format() {
    const s = getSlots(this, 'UnwrapDateTimeFormat');
    if (s.boundFormat === undefined) {
      const f = (date) => formatDateTime(s, timeClip(date));
      Object.defineProperty(f, 'name', { value: '' });
      s.boundFormat = f;
    }
    return s.boundFormat;
  },
  enumerable: false, configurable: true,
});
L.defineMethods(DateTimeFormat.prototype, {
  formatRange(startDate, endDate) {
    const s = getSlots(this, 'Intl.DateTimeFormat.prototype.formatRange');
    if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
    const x = timeClip(startDate), y = timeClip(endDate);
    const parts = rangeParts(s, x, y);
    if (parts === null) return formatDateTime(s, x);
    let str = '';
    for (const p of parts) str += p.value;
    return str;
  },
  formatRangeToParts(startDate, endDate) {
    const s = getSlots(this, 'Intl.DateTimeFormat.prototype.formatRangeToParts');
    if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
    const x = timeClip(startDate), y = timeClip(endDate);
    const parts = rangeParts(s, x, y);
    if (parts === null) return partsOf(s, x).map((p) => ({ type: p.type, value: p.value, source: 'shared' }));
    const out = [];
    for (const p of parts) {
      const last = out[out.length - 1];
      if (p.type === 'literal' && last && last.type === 'literal' && last.source === p.source) last.value += p.value;
      else out.push(p);
    }
    return out;
  },
});
L.defineTag(DateTimeFormat.prototype, 'Intl.DateTimeFormat');

// Date.prototype.toLocale{,Date,Time}String (#sup-date.prototype.tolocalestring).
function toLocaleString(t, locales, options, kind) {
  if (Number.isNaN(t)) return 'Invalid Date';
  const self = Object.create(DateTimeFormat.prototype);
  const required = kind === 'date' ? 'date' : kind === 'time' ? 'time' : 'any';
  const defaults = kind === 'date' ? 'date' : kind === 'time' ? 'time' : 'all';
  try {
    createDateTimeFormat(self, locales, options, required, defaults);
  } catch (e) {
    // V8 names the Date method in its option errors.
    if (e instanceof RangeError && e.message.includes(' for Intl.DateTimeFormat options')) {
      const method = kind === 'date' ? 'toLocaleDateString' : kind === 'time' ? 'toLocaleTimeString' : 'toLocaleString';
      e.message = e.message.replace('Intl.DateTimeFormat', 'Date.prototype.' + method);
    }
    throw e;
  }
  return formatDateTime(slots.get(self), t);
}

// ---------------------------------------------------------------------------
// Numbers for RelativeTimeFormat: en grouping, up to 3 fraction digits.
// ---------------------------------------------------------------------------

function numberParts(x, unit) {
  const a = Math.abs(x);
  let s = a >= 1e21 ? BigInt(Math.round(a)).toString() : String(Math.round(a * 1000) / 1000);
  if (a >= 1e21) s = BigInt(a).toString();
  let [int, frac] = s.split('.');
  const out = [];
  const groups = [];
  while (int.length > 3) { groups.unshift(int.slice(-3)); int = int.slice(0, -3); }
  groups.unshift(int);
  groups.forEach((g, i) => {
    if (i) out.push({ type: 'group', value: ',', unit });
    out.push({ type: 'integer', value: g, unit });
  });
  if (frac) out.push({ type: 'decimal', value: '.', unit }, { type: 'fraction', value: frac, unit });
  return out;
}

// ---------------------------------------------------------------------------
// Intl.RelativeTimeFormat
// ---------------------------------------------------------------------------

const RT_UNITS = {
  second: ['second', 'seconds', 'sec.', 'sec.', 's', 's'],
  minute: ['minute', 'minutes', 'min.', 'min.', 'm', 'm'],
  hour: ['hour', 'hours', 'hr.', 'hr.', 'h', 'h'],
  day: ['day', 'days', 'day', 'days', 'd', 'd'],
  week: ['week', 'weeks', 'wk.', 'wk.', 'w', 'w'],
  month: ['month', 'months', 'mo.', 'mo.', 'mo', 'mo'],
  quarter: ['quarter', 'quarters', 'qtr.', 'qtrs.', 'q', 'q'],
  year: ['year', 'years', 'yr.', 'yr.', 'y', 'y'],
};
// numeric: 'auto' phrases for -1, 0, 1 (long; short and narrow).
const RT_AUTO = {
  second: [null, 'now', null],
  minute: [null, 'this minute', null],
  hour: [null, 'this hour', null],
  day: ['yesterday', 'today', 'tomorrow'],
  week: ['last week', 'this week', 'next week'],
  month: ['last month', 'this month', 'next month'],
  quarter: ['last quarter', 'this quarter', 'next quarter'],
  year: ['last year', 'this year', 'next year'],
};
const RT_AUTO_SHORT = {
  week: ['last wk.', 'this wk.', 'next wk.'],
  month: ['last mo.', 'this mo.', 'next mo.'],
  quarter: ['last qtr.', 'this qtr.', 'next qtr.'],
  year: ['last yr.', 'this yr.', 'next yr.'],
};
// Outside en-US, English (CLDR en_001 and its children) abbreviates units
// without dots; en-AU and en-CA add plural forms.
const RT_UNITS_001 = {
  second: ['sec', 'sec'], minute: ['min', 'min'], hour: ['hr', 'hr'], day: ['day', 'days'],
  week: ['wk', 'wk'], month: ['mo', 'mo'], quarter: ['qtr', 'qtr'], year: ['yr', 'yr'],
};
const RT_UNITS_AU = {
  second: ['sec', 'secs'], minute: ['min', 'mins'], hour: ['hr', 'hrs'], day: ['day', 'days'],
  week: ['wk', 'wks'], month: ['mo', 'mo'], quarter: ['qtr', 'qtrs'], year: ['yr', 'yrs'],
};
const RT_UNITS_CA = Object.assign({}, RT_UNITS_AU, { month: ['mo', 'mos'] });
const RT_AUTO_SHORT_001 = {
  week: ['last wk', 'this wk', 'next wk'],
  month: ['last mo', 'this mo', 'next mo'],
  quarter: ['last qtr.', 'this qtr.', 'next qtr.'],
  year: ['last yr', 'this yr', 'next yr'],
};
const isUS = (locale) => locale === 'en' || locale === 'en-US';
const rtSlots = new WeakMap();

function RelativeTimeFormat(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
  L.setCtor('RelativeTimeFormat');
  const requested = L.canonicalizeLocaleList(locales);
  options = L.coerceOptions(options);
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const ns = L.getOption(options, 'numberingSystem', 'string', undefined, undefined);
  if (ns !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(ns)) {
    throw new RangeError(`Invalid numberingSystem : ${ns}`);
  }
  const r = L.resolveLocale(requested, ['nu']);
  const style = L.getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long');
  const numeric = L.getOption(options, 'numeric', 'string', ['always', 'auto'], 'always');
  rtSlots.set(this, { locale: r.locale, style, numeric });
}

function rtSlotsOf(self, method) {
  const s = self !== null && typeof self === 'object' ? rtSlots.get(self) : undefined;
  if (s === undefined) throw incompatible(method, self);
  return s;
}

function rtParts(s, value, unit, method) {
  value = Number(value);
  unit = String(unit);
  let u = unit;
  if (u.endsWith('s') && RT_UNITS[u.slice(0, -1)]) u = u.slice(0, -1);
  if (!Object.prototype.hasOwnProperty.call(RT_UNITS, u)) {
    throw new RangeError(`Invalid unit argument for ${method}() '${unit}'`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`Value need to be finite number for ${method}()`);
  }
  const us = isUS(s.locale);
  if (s.numeric === 'auto' && (value === -1 || value === 0 || value === 1)) {
    const short = us ? RT_AUTO_SHORT : RT_AUTO_SHORT_001;
    const table = s.style !== 'long' && short[u] ? short[u] : RT_AUTO[u];
    const phrase = table[value + 1];
    if (phrase) return [{ type: 'literal', value: phrase }];
  }
  const neg = value < 0 || Object.is(value, -0);
  const names = RT_UNITS[u];
  const one = Math.abs(value) === 1;
  const base = s.style === 'long' ? 0 : s.style === 'short' ? 2 : 4;
  let word = names[base + (one ? 0 : 1)];
  let sp = s.style === 'narrow' ? '' : ' ';
  if (!us && s.style !== 'long') {
    const t = s.locale === 'en-AU' ? RT_UNITS_AU : s.locale === 'en-CA' ? RT_UNITS_CA : RT_UNITS_001;
    word = t[u][one ? 0 : 1];
    sp = ' ';
    if (s.locale === 'en-CA' && s.style === 'narrow' && u === 'day') { word = 'd'; sp = ''; }
  }
  const num = numberParts(value, u);
  return neg ? [...num, { type: 'literal', value: sp + word + ' ago' }]
    : [{ type: 'literal', value: 'in ' }, ...num, { type: 'literal', value: sp + word }];
}

Object.defineProperty(RelativeTimeFormat, 'length', { value: 0 });
L.defineMethods(RelativeTimeFormat, {
  supportedLocalesOf(locales, options) { return L.supportedLocalesOf(locales, options); },
});
L.defineMethods(RelativeTimeFormat.prototype, {
  resolvedOptions() {
    const s = rtSlotsOf(this, 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
    return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: 'latn' };
  },
  format(value, unit) {
    const s = rtSlotsOf(this, 'Intl.RelativeTimeFormat.prototype.format');
    return rtParts(s, value, unit, 'Intl.RelativeTimeFormat.prototype.format').map((p) => p.value).join('');
  },
  formatToParts(value, unit) {
    const s = rtSlotsOf(this, 'Intl.RelativeTimeFormat.prototype.formatToParts');
    return rtParts(s, value, unit, 'Intl.RelativeTimeFormat.prototype.formatToParts');
  },
});
L.defineTag(RelativeTimeFormat.prototype, 'Intl.RelativeTimeFormat');

// ---------------------------------------------------------------------------
// Intl.ListFormat
// ---------------------------------------------------------------------------

const lfSlots = new WeakMap();

function ListFormat(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  L.setCtor('ListFormat');
  const requested = L.canonicalizeLocaleList(locales);
  if (options === undefined) options = Object.create(null);
  else if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
    throw new TypeError('invalid_argument');
  }
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const r = L.resolveLocale(requested, []);
  const type = L.getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction');
  const style = L.getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long');
  lfSlots.set(this, { locale: r.locale, type, style });
}

function lfSlotsOf(self, method) {
  const s = self !== null && typeof self === 'object' ? lfSlots.get(self) : undefined;
  if (s === undefined) throw incompatible(method, self);
  return s;
}

function stringList(list) {
  if (list === undefined) return [];
  if (list === null || (typeof list !== 'string' && typeof list[Symbol.iterator] !== 'function')) {
    const t = list === null ? 'object null' : typeof list;
    const shown = t === 'number' || t === 'boolean' ? `${t} ${String(list)}` : t;
    throw new TypeError(`${shown} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  const out = [];
  for (const v of list) {
    if (typeof v !== 'string') {
      throw new TypeError(`Iterable yielded ${typeof v === 'symbol' ? 'Symbol()' : String(v)} which is not a string`);
    }
    out.push(v);
  }
  return out;
}

function lfParts(s, list) {
  const items = stringList(list);
  let pair, mid, end;
  const us = isUS(s.locale);
  if (s.type === 'conjunction' && !us) {
    // No serial comma outside en-US (CLDR en_001).
    if (s.style === 'narrow' && s.locale !== 'en-IN') { pair = ', '; mid = ', '; end = ', '; }
    else if (s.style === 'narrow') { pair = ', '; mid = ', '; end = ', and '; }
    else { pair = ' and '; mid = ', '; end = ' and '; }
  } else if (s.type === 'disjunction' && !us) {
    pair = ' or '; mid = ', '; end = ' or ';
  } else if (s.type === 'conjunction') {
    if (s.style === 'long') { pair = ' and '; mid = ', '; end = ', and '; }
    else if (s.style === 'short') { pair = ' & '; mid = ', '; end = ', & '; }
    else { pair = ', '; mid = ', '; end = ', '; }
  } else if (s.type === 'disjunction') {
    pair = ' or '; mid = ', '; end = ', or ';
  } else if (s.style === 'narrow') {
    pair = mid = end = ' ';
  } else {
    pair = mid = end = ', ';
  }
  const out = [];
  items.forEach((v, i) => {
    if (i > 0) {
      const lit = items.length === 2 ? pair : i === items.length - 1 ? end : mid;
      out.push({ type: 'literal', value: lit });
    }
    out.push({ type: 'element', value: v });
  });
  return out;
}

Object.defineProperty(ListFormat, 'length', { value: 0 });
L.defineMethods(ListFormat, {
  supportedLocalesOf(locales, options) { return L.supportedLocalesOf(locales, options); },
});
L.defineMethods(ListFormat.prototype, {
  resolvedOptions() {
    const s = lfSlotsOf(this, 'Intl.ListFormat.prototype.resolvedOptions');
    return { locale: s.locale, type: s.type, style: s.style };
  },
  format(list) {
    const s = lfSlotsOf(this, 'Intl.ListFormat.prototype.format');
    return lfParts(s, list).map((p) => p.value).join('');
  },
  formatToParts(list) {
    const s = lfSlotsOf(this, 'Intl.ListFormat.prototype.formatToParts');
    return lfParts(s, list);
  },
});
L.defineTag(ListFormat.prototype, 'Intl.ListFormat');

// ---------------------------------------------------------------------------
// Intl.DisplayNames (English names of common codes, CLDR en)
// ---------------------------------------------------------------------------

const REGIONS = {
  '001': 'world', '002': 'Africa', '019': 'Americas', '142': 'Asia', '150': 'Europe', '419': 'Latin America',
  '009': 'Oceania', EU: 'European Union', UN: 'United Nations', ZZ: 'Unknown Region',
  AE: 'United Arab Emirates', AR: 'Argentina', AT: 'Austria', AU: 'Australia', BE: 'Belgium', BD: 'Bangladesh',
  BG: 'Bulgaria', BR: 'Brazil', CA: 'Canada', CH: 'Switzerland', CL: 'Chile', CN: 'China', CO: 'Colombia',
  CZ: 'Czechia', DE: 'Germany', DK: 'Denmark', EG: 'Egypt', ES: 'Spain', FI: 'Finland', FR: 'France',
  GB: 'United Kingdom', GR: 'Greece', HK: 'Hong Kong SAR China', HU: 'Hungary', ID: 'Indonesia', IE: 'Ireland',
  IL: 'Israel', IN: 'India', IR: 'Iran', IS: 'Iceland', IT: 'Italy', JP: 'Japan', KE: 'Kenya', KR: 'South Korea',
  MX: 'Mexico', MY: 'Malaysia', NG: 'Nigeria', NL: 'Netherlands', NO: 'Norway', NZ: 'New Zealand', PE: 'Peru',
  PH: 'Philippines', PK: 'Pakistan', PL: 'Poland', PT: 'Portugal', RO: 'Romania', RU: 'Russia', SA: 'Saudi Arabia',
  SE: 'Sweden', SG: 'Singapore', TH: 'Thailand', TR: 'Türkiye', TW: 'Taiwan', UA: 'Ukraine', US: 'United States',
  VE: 'Venezuela', VN: 'Vietnam', ZA: 'South Africa',
};
const REGIONS_SHORT = { US: 'US', GB: 'UK', HK: 'Hong Kong', MO: 'Macao', PS: 'Palestine', UN: 'UN' };
const LANGUAGES = {
  af: 'Afrikaans', ar: 'Arabic', bg: 'Bulgarian', bn: 'Bangla', ca: 'Catalan', cs: 'Czech', cy: 'Welsh',
  da: 'Danish', de: 'German', el: 'Greek', en: 'English', eo: 'Esperanto', es: 'Spanish', et: 'Estonian',
  eu: 'Basque', fa: 'Persian', fi: 'Finnish', fil: 'Filipino', fr: 'French', ga: 'Irish', gl: 'Galician',
  gu: 'Gujarati', he: 'Hebrew', hi: 'Hindi', hr: 'Croatian', hu: 'Hungarian', hy: 'Armenian', id: 'Indonesian',
  is: 'Icelandic', it: 'Italian', ja: 'Japanese', ka: 'Georgian', kk: 'Kazakh', km: 'Khmer', kn: 'Kannada',
  ko: 'Korean', la: 'Latin', lt: 'Lithuanian', lv: 'Latvian', mk: 'Macedonian', ml: 'Malayalam', mn: 'Mongolian',
  mr: 'Marathi', ms: 'Malay', my: 'Burmese', nb: 'Norwegian Bokmål', ne: 'Nepali', nl: 'Dutch', no: 'Norwegian',
  pa: 'Punjabi', pl: 'Polish', pt: 'Portuguese', ro: 'Romanian', ru: 'Russian', sk: 'Slovak', sl: 'Slovenian',
  sq: 'Albanian', sr: 'Serbian', sv: 'Swedish', sw: 'Swahili', ta: 'Tamil', te: 'Telugu', th: 'Thai',
  tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', uz: 'Uzbek', vi: 'Vietnamese', yi: 'Yiddish', zh: 'Chinese',
  zu: 'Zulu', und: 'Unknown language',
};
// Dialect names (languageDisplay "dialect").
const DIALECTS = {
  'en-US': 'American English', 'en-GB': 'British English', 'en-AU': 'Australian English',
  'en-CA': 'Canadian English', 'fr-CA': 'Canadian French', 'fr-CH': 'Swiss French',
  'de-AT': 'Austrian German', 'de-CH': 'Swiss High German', 'es-419': 'Latin American Spanish',
  'es-ES': 'European Spanish', 'es-MX': 'Mexican Spanish', 'pt-BR': 'Brazilian Portuguese',
  'pt-PT': 'European Portuguese', 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese',
  'nl-BE': 'Flemish', 'ro-MD': 'Moldavian',
};
const SCRIPTS = {
  Arab: 'Arabic', Armn: 'Armenian', Beng: 'Bangla', Cyrl: 'Cyrillic', Deva: 'Devanagari', Geor: 'Georgian',
  Grek: 'Greek', Gujr: 'Gujarati', Hang: 'Hangul', Hani: 'Han', Hans: 'Simplified', Hant: 'Traditional',
  Hebr: 'Hebrew', Hira: 'Hiragana', Jpan: 'Japanese', Kana: 'Katakana', Khmr: 'Khmer', Knda: 'Kannada',
  Kore: 'Korean', Latn: 'Latin', Mlym: 'Malayalam', Taml: 'Tamil', Telu: 'Telugu', Thai: 'Thai',
  Zyyy: 'Common', Zzzz: 'Unknown Script',
};
const SCRIPTS_IN_NAMES = { Hans: 'Simplified', Hant: 'Traditional' };
const CURRENCIES = {
  AED: 'United Arab Emirates Dirham', ARS: 'Argentine Peso', AUD: 'Australian Dollar', BRL: 'Brazilian Real',
  CAD: 'Canadian Dollar', CHF: 'Swiss Franc', CLP: 'Chilean Peso', CNY: 'Chinese Yuan', COP: 'Colombian Peso',
  CZK: 'Czech Koruna', DKK: 'Danish Krone', EGP: 'Egyptian Pound', EUR: 'Euro', GBP: 'British Pound',
  HKD: 'Hong Kong Dollar', HUF: 'Hungarian Forint', IDR: 'Indonesian Rupiah', ILS: 'Israeli New Shekel',
  INR: 'Indian Rupee', JPY: 'Japanese Yen', KRW: 'South Korean Won', MXN: 'Mexican Peso', MYR: 'Malaysian Ringgit',
  NGN: 'Nigerian Naira', NOK: 'Norwegian Krone', NZD: 'New Zealand Dollar', PHP: 'Philippine Peso',
  PKR: 'Pakistani Rupee', PLN: 'Polish Zloty', RUB: 'Russian Ruble', SAR: 'Saudi Riyal', SEK: 'Swedish Krona',
  SGD: 'Singapore Dollar', THB: 'Thai Baht', TRY: 'Turkish Lira', TWD: 'New Taiwan Dollar', UAH: 'Ukrainian Hryvnia',
  USD: 'US Dollar', VND: 'Vietnamese Dong', XAU: 'Gold', XXX: 'Unknown Currency', ZAR: 'South African Rand',
  BTC: 'BTC',
};
const CALENDARS = {
  buddhist: 'Buddhist Calendar', chinese: 'Chinese Calendar', coptic: 'Coptic Calendar', dangi: 'Dangi Calendar',
  ethioaa: 'Ethiopic Amete Alem Calendar', ethiopic: 'Ethiopic Calendar', gregory: 'Gregorian Calendar',
  hebrew: 'Hebrew Calendar', indian: 'Indian National Calendar', islamic: 'Hijri Calendar',
  'islamic-civil': 'Hijri Calendar (tabular, civil epoch)', 'islamic-umalqura': 'Hijri Calendar (Umm al-Qura)',
  iso8601: 'Gregorian Calendar (ISO 8601 Weeks)', japanese: 'Japanese Calendar', persian: 'Persian Calendar', roc: 'Minguo Calendar',
};
const FIELDS = {
  era: 'era', year: 'year', quarter: 'quarter', month: 'month', weekOfYear: 'week', weekday: 'day of the week',
  day: 'day', dayPeriod: 'AM/PM', hour: 'hour', minute: 'minute', second: 'second', timeZoneName: 'time zone',
};
const FIELDS_SHORT = { year: 'yr.', quarter: 'qtr.', month: 'mo.', weekOfYear: 'wk.', weekday: 'day of wk.',
  dayPeriod: 'AM/PM', hour: 'hr.', minute: 'min.', second: 'sec.', timeZoneName: 'zone' };
const FIELDS_NARROW = { year: 'yr', quarter: 'qtr', month: 'mo', weekOfYear: 'wk', weekday: 'day of wk.',
  dayPeriod: 'AM/PM', hour: 'hr', minute: 'min', second: 'sec', timeZoneName: 'zone' };

const dnSlots = new WeakMap();

function DisplayNames(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
  L.setCtor('DisplayNames');
  const requested = L.canonicalizeLocaleList(locales);
  if (options === undefined || options === null || (typeof options !== 'object' && typeof options !== 'function')) {
    throw new TypeError('invalid_argument');
  }
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const r = L.resolveLocale(requested, []);
  const style = L.getOption(options, 'style', 'string', ['narrow', 'short', 'long'], 'long');
  const type = L.getOption(options, 'type', 'string',
                           ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined);
  if (type === undefined) throw new TypeError('invalid_argument');
  const fallback = L.getOption(options, 'fallback', 'string', ['code', 'none'], 'code');
  const languageDisplay = L.getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect');
  dnSlots.set(this, { locale: r.locale, style, type, fallback, languageDisplay });
}

function languageName(s, code) {
  if (!/^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-[a-z0-9]{5,8}|-[0-9][a-z0-9]{3})*$/i.test(code) &&
      !/^[a-z]{5,8}$/i.test(code)) {
    throw new RangeError('invalid_argument');
  }
  let tag;
  try { tag = L.canonicalizeTag(code); } catch { throw new RangeError('invalid_argument'); }
  const [lang, ...rest] = tag.split('-');
  if (s.languageDisplay === 'dialect' && DIALECTS[tag]) return DIALECTS[tag];
  let name = LANGUAGES[lang];
  if (name === undefined) return s.fallback === 'code' ? tag : undefined;
  const extra = [];
  for (const part of rest) {
    if (part.length === 4) {
      if (s.languageDisplay === 'dialect' && rest.length === 1 && SCRIPTS_IN_NAMES[part] && lang === 'zh') {
        return SCRIPTS_IN_NAMES[part] + ' ' + name;
      }
      extra.push(SCRIPTS[part] || part);
    } else {
      extra.push(REGIONS[part] || part);
    }
  }
  return extra.length ? `${name} (${extra.join(', ')})` : name;
}

function displayName(s, code) {
  code = String(code);
  let name;
  switch (s.type) {
    case 'region':
      if (!/^(?:[a-z]{2}|[0-9]{3})$/i.test(code)) throw new RangeError('invalid_argument');
      name = (s.style !== 'long' && REGIONS_SHORT[code]) || REGIONS[code];
      if (code === 'HK' && s.style === 'long') name = 'Hong Kong SAR China';
      break;
    case 'script':
      if (!/^[a-z]{4}$/i.test(code)) throw new RangeError('invalid_argument');
      name = SCRIPTS[code];
      break;
    case 'currency':
      if (!/^[a-z]{3}$/i.test(code)) throw new RangeError('invalid_argument');
      name = CURRENCIES[code.toUpperCase()];
      break;
    case 'calendar':
      if (!/^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i.test(code)) throw new RangeError('invalid_argument');
      name = CALENDARS[code.toLowerCase()];
      break;
    case 'dateTimeField':
      if (!Object.prototype.hasOwnProperty.call(FIELDS, code)) throw new RangeError('invalid_argument');
      name = (s.style === 'short' ? FIELDS_SHORT[code] : s.style === 'narrow' ? FIELDS_NARROW[code] : undefined) || FIELDS[code];
      break;
    default:
      return languageName(s, code);
  }
  if (name !== undefined) return name;
  if (s.fallback === 'none') return undefined;
  return s.type === 'currency' ? code.toUpperCase() : code;
}

Object.defineProperty(DisplayNames, 'length', { value: 2 });
L.defineMethods(DisplayNames, {
  supportedLocalesOf(locales, options) { return L.supportedLocalesOf(locales, options); },
});
L.defineMethods(DisplayNames.prototype, {
  resolvedOptions() {
    const s = dnSlots.get(this);
    if (s === undefined) throw incompatible('Intl.DisplayNames.prototype.resolvedOptions', this);
    const o = { locale: s.locale, style: s.style, type: s.type, fallback: s.fallback };
    if (s.type === 'language') o.languageDisplay = s.languageDisplay;
    return o;
  },
  of(code) {
    const s = dnSlots.get(this);
    if (s === undefined) throw incompatible('Intl.DisplayNames.prototype.of', this);
    if (code === undefined) throw new RangeError('invalid_argument');
    return displayName(s, code);
  },
});
L.defineTag(DisplayNames.prototype, 'Intl.DisplayNames');

// The Intl properties are the exports' own ones (internal_intl.js copies
// them); toLocaleString, for Date.prototype.toLocale*String (date.c), sits
// on the prototype so Intl does not show it.
module.exports = Object.assign(Object.create({ toLocaleString }),
                               { DateTimeFormat, RelativeTimeFormat, ListFormat, DisplayNames });
