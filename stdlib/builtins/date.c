// SPDX-License-Identifier: MIT
//
// date.c: the Date constructor and Date.prototype (ECMA-262
// #sec-date-objects).
//
// A Date object is a JS_CLASS_DATE object whose `internal` holds its time
// value as a boxed number (js_boxed_value): milliseconds since the epoch,
// UTC, or NaN. The calendar arithmetic (#sec-time-values-and-time-range)
// works on doubles with the spec's MakeDay/MakeTime/MakeDate/TimeClip;
// days <-> civil dates use the proleptic Gregorian calendar through the
// era-based day-count formulas.
//
// Local time comes from the C library: the offset at a given instant is
// localtime_r's tm_gmtoff (LocalTZA, #sec-local-time-zone-adjustment), and
// the zone's name for toString is derived from tm_zone. With TZ unset the
// offset is 0 and the name "Coordinated Universal Time", as node prints.
// Output formats copy V8's: toString "Tue Mar 05 2024 10:00:00 GMT+0000
// (Coordinated Universal Time)", toLocaleString en-US "3/5/2024, 10:00:00 AM".
// Date.parse reads the ISO format (#sec-date-time-string-format) and falls
// back to a lenient reader for the toString/toUTCString forms and the usual
// "Mar 5, 2024 10:00 PM", "3/5/2024", "5 March 2024 10:00 GMT+0100" ones.
#include "internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <strings.h>
#include <time.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

#define MS_PER_DAY 86400000.0
#define MAX_TIME 8.64e15

static const char *const day_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// ---------------------------------------------------------------------------
// Time arithmetic (#sec-time-values-and-time-range).
// ---------------------------------------------------------------------------

// Days since 1970-01-01 of the civil date y-m-d (m 1..12).
static int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The civil date of day [z] since the epoch (m 1..12).
static void civil_from_days(int64_t z, int64_t *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

// #sec-maketime
static double make_time(double h, double m, double s, double ms) {
  if (!isfinite(h) || !isfinite(m) || !isfinite(s) || !isfinite(ms))
    return NAN;
  return trunc(h) * 3600000.0 + trunc(m) * 60000.0 + trunc(s) * 1000.0 + trunc(ms);
}

// #sec-makeday
static double make_day(double year, double month, double date) {
  if (!isfinite(year) || !isfinite(month) || !isfinite(date))
    return NAN;
  double y = trunc(year), m = trunc(month), dt = trunc(date);
  double ym = y + floor(m / 12);
  if (fabs(ym) > 400000)
    return NAN;  // far outside the time range: TimeClip would reject it
  int mn = (int)(m - floor(m / 12) * 12);
  return (double)days_from_civil((int64_t)ym, mn + 1, 1) + dt - 1;
}

// #sec-makedate
static double make_date(double day, double time) {
  double tv = day * MS_PER_DAY + time;
  return isfinite(tv) ? tv : NAN;
}

// #sec-timeclip
static double time_clip(double t) {
  if (!isfinite(t) || fabs(t) > MAX_TIME)
    return NAN;
  return trunc(t) + 0.0;  // + 0.0 turns -0 into +0
}

// A time value split into calendar fields.
typedef struct Fields {
  double year;
  int month;  // 0..11
  int day;    // 1..31
  int hour, min, sec, ms, wday;
} Fields;

static void split_time(double t, Fields *f) {
  double day = floor(t / MS_PER_DAY);
  double within = t - day * MS_PER_DAY;
  int64_t y;
  int m, d;
  civil_from_days((int64_t)day, &y, &m, &d);
  f->year = (double)y;
  f->month = m - 1;
  f->day = d;
  int64_t ms = (int64_t)within;
  f->hour = (int)(ms / 3600000);
  f->min = (int)(ms / 60000 % 60);
  f->sec = (int)(ms / 1000 % 60);
  f->ms = (int)(ms % 1000);
  int64_t wd = ((int64_t)day + 4) % 7;
  f->wday = (int)(wd < 0 ? wd + 7 : wd);
}

// --- local time -------------------------------------------------------------------

// The local zone's offset from UTC at UTC instant [t], in ms (LocalTZA(t, true)).
static double tz_offset(double t) {
  if (!isfinite(t))
    return 0;
  time_t s = (time_t)floor(t / 1000.0);
  struct tm tm;
  if (!localtime_r(&s, &tm))
    return 0;
  return tm.tm_gmtoff * 1000.0;
}

// #sec-localtime
static double local_time(double t) { return t + tz_offset(t); }

// #sec-utc-t: local time -> UTC. Near a transition (the offsets a day
// before and after differ) a local time may name two instants (the clock
// went back: take the earlier) or none (it skipped ahead: use the offset
// from before the transition).
static double utc_time(double t) {
  if (!isfinite(t))
    return NAN;
  double before = tz_offset(t - MS_PER_DAY), after = tz_offset(t + MS_PER_DAY);
  if (before == after)
    return t - before;
  double ua = t - before, ub = t - after;
  bool a_ok = tz_offset(ua) == before, b_ok = tz_offset(ub) == after;
  if (a_ok && b_ok)
    return ua < ub ? ua : ub;
  if (b_ok)
    return ub;
  return ua;
}

// The zone's name the way V8 prints it after the offset: ICU's long names
// for the common abbreviations, else the abbreviation itself.
static const char *tz_name(double t, char *buf, size_t n) {
  time_t s = (time_t)floor(t / 1000.0);
  struct tm tm;
  const char *abbr = localtime_r(&s, &tm) ? tm.tm_zone : NULL;
  static const char *const names[][2] = {
    {"UTC", "Coordinated Universal Time"}, {"GMT", "Greenwich Mean Time"},
    {"BST", "British Summer Time"}, {"IST", "India Standard Time"},
    {"CET", "Central European Standard Time"}, {"CEST", "Central European Summer Time"},
    {"EET", "Eastern European Standard Time"}, {"EEST", "Eastern European Summer Time"},
    {"WET", "Western European Standard Time"}, {"WEST", "Western European Summer Time"},
    {"EST", "Eastern Standard Time"}, {"EDT", "Eastern Daylight Time"},
    {"CST", "Central Standard Time"}, {"CDT", "Central Daylight Time"},
    {"MST", "Mountain Standard Time"}, {"MDT", "Mountain Daylight Time"},
    {"PST", "Pacific Standard Time"}, {"PDT", "Pacific Daylight Time"},
    {"AKST", "Alaska Standard Time"}, {"AKDT", "Alaska Daylight Time"},
    {"HST", "Hawaii-Aleutian Standard Time"}, {"JST", "Japan Standard Time"},
    {"KST", "Korean Standard Time"}, {"MSK", "Moscow Standard Time"},
    {"AEST", "Australian Eastern Standard Time"},
    {"AEDT", "Australian Eastern Daylight Time"},
  };
  if (!abbr || !*abbr || (tm.tm_gmtoff == 0 && (!strcmp(abbr, "UTC") || !strcmp(abbr, "UCT") ||
                                                 !strcmp(abbr, "Universal") ||
                                                 !strcmp(abbr, "Zulu"))))
    return "Coordinated Universal Time";
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(names[i][0], abbr))
      return names[i][1];
  if (abbr[0] == '+' || abbr[0] == '-') {
    long off = tm.tm_gmtoff / 60;
    snprintf(buf, n, "GMT%c%02ld:%02ld", off < 0 ? '-' : '+', labs(off) / 60, labs(off) % 60);
    return buf;
  }
  return abbr;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)(ts.tv_nsec / 1000000);
}

// ---------------------------------------------------------------------------
// Date objects.
// ---------------------------------------------------------------------------

double js_date_value(JsValue v) { return js_get_number(js_boxed_value(js_obj(v))); }

static void set_date_value(JsValue v, double t) {
  js_set_boxed_value(js_obj(v), js_number(t));
}

// thisTimeValue (#sec-thistimevalue): -1 and TypeError for a non-Date.
static int this_time(JsRt *rt, JsValue v, double *t) {
  if (js_class_of(v) != JS_CLASS_DATE) {
    js_throw_type_error(rt, "this is not a Date object.");
    return -1;
  }
  *t = js_date_value(v);
  return 0;
}

// ---------------------------------------------------------------------------
// Formatting.
// ---------------------------------------------------------------------------

// "2024", "0748", "-0001", "10000", "-271821".
static void fmt_year(char *buf, size_t n, double y) {
  long long v = (long long)y;
  if (v >= 0)
    snprintf(buf, n, "%04lld", v);
  else
    snprintf(buf, n, "-%04lld", -v);
}

// "GMT+0100 (Central European Standard Time)" for the zone at UTC [t].
static void fmt_zone(char *buf, size_t n, double t) {
  char tmp[32];
  double off = tz_offset(t) / 60000.0;
  long o = (long)off;
  snprintf(buf, n, "GMT%c%02ld%02ld (%s)", o < 0 ? '-' : '+', labs(o) / 60, labs(o) % 60,
           tz_name(t, tmp, sizeof tmp));
}

enum { FMT_FULL, FMT_DATE, FMT_TIME, FMT_UTC, FMT_ISO };

static JsValue format_date(JsRt *rt, double t, int kind) {
  if (t != t) {
    if (kind == FMT_ISO)
      return js_throw_range_error(rt, "Invalid time value");
    return js_atom_cstr(rt, "Invalid Date");
  }
  Fields f;
  split_time(kind == FMT_UTC || kind == FMT_ISO ? t : local_time(t), &f);
  char year[24], zone[96], out[192];
  fmt_year(year, sizeof year, f.year);
  switch (kind) {
  case FMT_ISO:
    if (f.year >= 0 && f.year <= 9999)
      snprintf(year, sizeof year, "%04d", (int)f.year);
    else
      snprintf(year, sizeof year, "%c%06lld", f.year < 0 ? '-' : '+', llabs((long long)f.year));
    snprintf(out, sizeof out, "%s-%02d-%02dT%02d:%02d:%02d.%03dZ", year, f.month + 1, f.day,
             f.hour, f.min, f.sec, f.ms);
    break;
  case FMT_UTC:
    snprintf(out, sizeof out, "%s, %02d %s %s %02d:%02d:%02d GMT", day_names[f.wday], f.day,
             month_names[f.month], year, f.hour, f.min, f.sec);
    break;
  case FMT_DATE:
    snprintf(out, sizeof out, "%s %s %02d %s", day_names[f.wday], month_names[f.month], f.day,
             year);
    break;
  case FMT_TIME:
    fmt_zone(zone, sizeof zone, t);
    snprintf(out, sizeof out, "%02d:%02d:%02d %s", f.hour, f.min, f.sec, zone);
    break;
  default:
    fmt_zone(zone, sizeof zone, t);
    snprintf(out, sizeof out, "%s %s %02d %s %02d:%02d:%02d %s", day_names[f.wday],
             month_names[f.month], f.day, year, f.hour, f.min, f.sec, zone);
  }
  return js_new_cstring(rt, out);
}

// toLocale{,Date,Time}String for en-US (node's default locale): "3/5/2024,
// 10:00:00 AM". Of the options only timeZone "UTC" and hour12 are read.
static JsValue format_locale(JsRt *rt, double t, bool date, bool time, JsValue options) {
  if (t != t)
    return js_atom_cstr(rt, "Invalid Date");
  bool utc = false, h12 = true;
  if (js_is_object(options)) {
    JsValue tz = js_get_prop(rt, options, js_atom_cstr(rt, "timeZone"));
    if (js_is_exception(tz))
      return tz;
    if (js_is_string(tz)) {
      const char *z = js_cstr(rt, tz);
      utc = !strcasecmp(z, "UTC") || !strcasecmp(z, "GMT") || !strcasecmp(z, "Etc/UTC");
    }
    JsValue h = js_get_prop(rt, options, js_atom_cstr(rt, "hour12"));
    if (js_is_exception(h))
      return h;
    if (h != JS_UNDEFINED)
      h12 = js_truthy(rt, h);
  }
  Fields f;
  split_time(utc ? t : local_time(t), &f);
  char out[128], tbuf[48];
  double year = f.year <= 0 ? 1 - f.year : f.year;  // en-US shows era years
  if (h12)
    snprintf(tbuf, sizeof tbuf, "%d:%02d:%02d %s", f.hour % 12 ? f.hour % 12 : 12, f.min,
             f.sec, f.hour < 12 ? "AM" : "PM");
  else  // ICU's en-US with hour12: false counts hours 1..24 (h24)
    snprintf(tbuf, sizeof tbuf, "%02d:%02d:%02d", f.hour ? f.hour : 24, f.min, f.sec);
  if (date && time)
    snprintf(out, sizeof out, "%d/%d/%lld, %s", f.month + 1, f.day, (long long)year, tbuf);
  else if (date)
    snprintf(out, sizeof out, "%d/%d/%lld", f.month + 1, f.day, (long long)year);
  else
    snprintf(out, sizeof out, "%s", tbuf);
  return js_new_cstring(rt, out);
}

// ---------------------------------------------------------------------------
// Parsing.
// ---------------------------------------------------------------------------

typedef struct Scan {
  const char *p;
} Scan;

// Reads exactly [n] digits.
static bool scan_digits(Scan *s, int n, int *out) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (!isdigit((unsigned char)s->p[i]))
      return false;
    v = v * 10 + (s->p[i] - '0');
  }
  s->p += n;
  *out = v;
  return true;
}

// The ISO format (#sec-date-time-string-format): YYYY[-MM[-DD]] or
// ±YYYYYY..., then optionally THH:mm[:ss[.sss]] and Z or ±HH:mm. Returns
// 1 parsed (*t set, NaN for out-of-range fields), 0 not this format.
static int parse_iso(const char *str, double *t) {
  Scan s = {str};
  int year, month = 1, day = 1, h = 0, mi = 0, sec = 0, ms = 0;
  int sign = 1;
  if (*s.p == '+' || *s.p == '-') {
    sign = *s.p++ == '-' ? -1 : 1;
    if (!scan_digits(&s, 6, &year))
      return 0;
    if (sign < 0 && year == 0)
      return -1;  // -000000 is not a year
  } else if (!scan_digits(&s, 4, &year)) {
    return 0;
  }
  if (*s.p == '-') {
    s.p++;
    if (!scan_digits(&s, 2, &month))
      return 0;
    if (*s.p == '-') {
      s.p++;
      if (!scan_digits(&s, 2, &day))
        return 0;
    }
  }
  bool has_time = false, has_tz = false;
  int tz = 0;
  if (*s.p == 'T' || *s.p == 't') {
    s.p++;
    has_time = true;
    if (!scan_digits(&s, 2, &h) || *s.p++ != ':' || !scan_digits(&s, 2, &mi))
      return -1;
    if (*s.p == ':') {
      s.p++;
      if (!scan_digits(&s, 2, &sec))
        return -1;
      if (*s.p == '.') {
        s.p++;
        if (!isdigit((unsigned char)*s.p))
          return -1;
        int scale = 100;
        for (; isdigit((unsigned char)*s.p); s.p++, scale /= 10)
          ms += (*s.p - '0') * scale;
      }
    }
  }
  if (*s.p == 'Z' || *s.p == 'z') {
    s.p++;
    has_tz = true;
  } else if (has_time && (*s.p == '+' || *s.p == '-')) {
    int tsign = *s.p++ == '-' ? -1 : 1, th, tm;
    if (!scan_digits(&s, 2, &th))
      return -1;
    if (*s.p == ':')
      s.p++;
    if (!scan_digits(&s, 2, &tm) || th > 23 || tm > 59)
      return -1;
    has_tz = true;
    tz = tsign * (th * 60 + tm);
  }
  while (*s.p == ' ')
    s.p++;
  if (*s.p)
    return has_time ? -1 : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 24 || mi > 59 || sec > 59 ||
      (h == 24 && (mi || sec || ms))) {
    *t = NAN;
    return 1;
  }
  double v = make_date(make_day(sign * year, month - 1, day), make_time(h, mi, sec, ms));
  if (!has_time || has_tz)
    v -= tz * 60000.0;  // date-only forms are UTC
  else
    v = utc_time(v);
  *t = v;
  return 1;
}

// Words of the lenient format, by their first letters.
static int month_of_word(const char *w) {
  for (int i = 0; i < 12; i++)
    if (!strncasecmp(w, month_names[i], 3))
      return i;
  return -1;
}

static bool is_day_word(const char *w) {
  for (int i = 0; i < 7; i++)
    if (!strncasecmp(w, day_names[i], 3))
      return true;
  return false;
}

// Minutes east of UTC for a zone word, or INT32_MIN.
static int zone_of_word(const char *w) {
  static const struct { const char *name; int minutes; } zones[] = {
    {"utc", 0}, {"gmt", 0}, {"ut", 0}, {"z", 0},
    {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
    {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
  };
  for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
    if (!strcasecmp(w, zones[i].name))
      return zones[i].minutes;
  return INT32_MIN;
}

typedef struct Legacy {
  double nums[3];
  int ndigits[3];
  int nnums;
  int month;                  // named month, or -1
  int hour, min, sec, ms;     // -1 when absent
  int ampm;                   // 0 none, 1 am, 2 pm
  bool has_tz;
  int tz;                     // minutes east of UTC
} Legacy;

// Reads "H:MM[:SS[.mmm]]" starting with the hour already scanned.
static bool legacy_time(Scan *s, Legacy *L, long hour) {
  if (L->hour >= 0)
    return false;
  L->hour = (int)hour;
  s->p++;  // ':'
  if (!isdigit((unsigned char)*s->p))
    return false;
  L->min = (int)strtol(s->p, (char **)&s->p, 10);
  L->sec = 0;
  L->ms = 0;
  if (*s->p == ':' && isdigit((unsigned char)s->p[1])) {
    s->p++;
    L->sec = (int)strtol(s->p, (char **)&s->p, 10);
    if (*s->p == '.' && isdigit((unsigned char)s->p[1])) {
      s->p++;
      int scale = 100;
      for (; isdigit((unsigned char)*s->p); s->p++, scale /= 10)
        L->ms += (*s->p - '0') * scale;
    }
  }
  return true;
}

// "+0100", "+01:00", "+1", "-05": minutes east of UTC.
static void legacy_offset(Scan *s, Legacy *L, int sign) {
  const char *start = s->p;
  long n = strtol(s->p, (char **)&s->p, 10);
  long digits = s->p - start, minutes;
  if (*s->p == ':' && isdigit((unsigned char)s->p[1])) {
    s->p++;
    minutes = n * 60 + strtol(s->p, (char **)&s->p, 10);
  } else {
    minutes = digits <= 2 ? n * 60 : (n / 100) * 60 + n % 100;
  }
  L->has_tz = true;
  L->tz = (int)(sign * minutes);
}

static bool legacy_word(Scan *s, Legacy *L) {
  char w[16];
  int n = 0;
  while (isalpha((unsigned char)*s->p) || (*s->p == '.' && n && n < 4)) {
    if (n < 15)
      w[n++] = *s->p;
    s->p++;
  }
  w[n] = 0;
  if (!strcasecmp(w, "am") || !strcasecmp(w, "pm")) {
    L->ampm = tolower((unsigned char)w[0]) == 'a' ? 1 : 2;
    return true;
  }
  int z = zone_of_word(w);
  if (z != INT32_MIN) {
    L->has_tz = true;
    L->tz = z;
    return true;
  }
  if (!strcasecmp(w, "t"))
    return true;
  if (n >= 3 && month_of_word(w) >= 0) {
    if (L->month >= 0)
      return false;
    L->month = month_of_word(w);
    return true;
  }
  if (n >= 3 && is_day_word(w))
    return true;
  // Unknown words are skipped before the first number, fatal after it.
  return L->nnums == 0 && L->hour < 0;
}

static double legacy_year(double y, int digits) {
  if (digits <= 2)
    return y < 50 ? 2000 + y : 1900 + y;
  return y;
}

// Assembles the fields: NaN when they do not make a date.
static double legacy_finish(Legacy *L) {
  double year, month, day;
  bool first_is_year = L->nnums > 0 && (L->ndigits[0] >= 3 || L->nums[0] > 31);
  if (L->month >= 0) {
    month = L->month;
    if (L->nnums == 0)
      return NAN;
    if (L->nnums == 1) {
      if (first_is_year) {
        year = L->nums[0];
        day = 1;
      } else {
        year = 2001;
        day = L->nums[0];
      }
    } else if (first_is_year) {
      year = L->nums[0];
      day = L->nums[1];
    } else {
      day = L->nums[0];
      year = legacy_year(L->nums[1], L->ndigits[1]);
    }
    if (L->nnums == 3)
      return NAN;
  } else if (L->nnums == 1 && first_is_year) {
    year = L->nums[0];
    month = 0;
    day = 1;
  } else {
    if (L->nnums != 3)
      return NAN;
    if (first_is_year) {
      year = L->nums[0];
      month = L->nums[1] - 1;
      day = L->nums[2];
    } else {
      month = L->nums[0] - 1;
      day = L->nums[1];
      year = legacy_year(L->nums[2], L->ndigits[2]);
    }
  }
  if (month < 0 || month > 11 || day < 1 || day > 31)
    return NAN;
  int h = L->hour < 0 ? 0 : L->hour;
  if (L->ampm) {
    if (h > 12)
      return NAN;
    h = h % 12 + (L->ampm == 2 ? 12 : 0);
  }
  if (h > 24 || L->min > 59 || L->sec > 59)
    return NAN;
  double v = make_date(make_day(year, month, day),
                       make_time(h, L->min < 0 ? 0 : L->min, L->sec < 0 ? 0 : L->sec,
                                 L->ms < 0 ? 0 : L->ms));
  return L->has_tz ? v - L->tz * 60000.0 : utc_time(v);
}

static double parse_legacy(const char *str) {
  Legacy L = {.month = -1, .hour = -1, .min = -1, .sec = -1, .ms = -1};
  Scan s = {str};
  int sign = 0;
  bool loose_minus = false;  // a '-' after a space (not a separator)
  while (*s.p) {
    char c = *s.p;
    if (c == '(') {
      int depth = 0;
      for (; *s.p; s.p++) {
        depth += *s.p == '(' ? 1 : *s.p == ')' ? -1 : 0;
        if (!depth) {
          s.p++;
          break;
        }
      }
      continue;
    }
    if (isdigit((unsigned char)c)) {
      const char *start = s.p;
      long n = strtol(s.p, (char **)&s.p, 10);
      if (sign && (L.hour >= 0 || L.has_tz)) {
        Scan t = {start};
        legacy_offset(&t, &L, sign);
        s.p = t.p;
        sign = 0;
        continue;
      }
      if (sign < 0 && loose_minus)
        return NAN;  // "Jan 1 -1": V8 takes no negative years here
      sign = 0;
      if (*s.p == ':') {
        if (!legacy_time(&s, &L, n))
          return NAN;
        continue;
      }
      if (L.nnums == 3)
        return NAN;
      L.ndigits[L.nnums] = (int)(s.p - start);
      L.nums[L.nnums++] = (double)n;
      continue;
    }
    if (isalpha((unsigned char)c)) {
      if (!legacy_word(&s, &L))
        return NAN;
      continue;
    }
    sign = c == '+' ? 1 : c == '-' ? -1 : 0;
    loose_minus = c == '-' && s.p > str && s.p[-1] == ' ';
    if (!strchr(" ,/.-+\t\n\r", c))
      return NAN;
    s.p++;
  }
  return legacy_finish(&L);
}

// Date.parse semantics on a string value.
static double parse_date(JsRt *rt, JsValue str) {
  const char *s = js_cstr(rt, str);
  while (*s == ' ' || *s == '\t' || *s == '\n')
    s++;
  double t;
  int r = parse_iso(s, &t);
  if (r < 0)
    return NAN;
  if (r == 0)
    t = parse_legacy(s);
  return time_clip(t);
}

// ---------------------------------------------------------------------------
// The constructor and its functions.
// ---------------------------------------------------------------------------

// Reads up to 7 numeric components (year, month, ...) with ToNumber, all of
// them in order; absent ones take the defaults of #sec-date-constructor.
static int read_components(JsRt *rt, int argc, JsValue *argv, double *out) {
  static const double defaults[7] = {NAN, 0, 1, 0, 0, 0, 0};
  for (int i = 0; i < 7; i++) {
    out[i] = defaults[i];
    if (i < argc && js_to_double(rt, argv[i], &out[i]) < 0)
      return -1;
  }
  double y = out[0];
  if (y == y) {
    double yi = trunc(y);
    if (yi >= 0 && yi <= 99)
      out[0] = 1900 + yi;
  }
  return 0;
}

static double components_time(const double *c) {
  return make_date(make_day(c[0], c[1], c[2]), make_time(c[3], c[4], c[5], c[6]));
}

// #sec-date-constructor
NATIVE(date_ctor) {
  UNUSED_ARGS;
  if (new_target == JS_UNDEFINED)
    return format_date(rt, now_ms(), FMT_FULL);
  double tv;
  if (argc == 0) {
    tv = now_ms();
  } else if (argc == 1) {
    JsValue v = argv[0];
    if (js_class_of(v) == JS_CLASS_DATE) {
      tv = js_date_value(v);
    } else {
      v = js_to_primitive(rt, v, 0);
      if (js_is_exception(v))
        return v;
      if (js_is_string(v)) {
        tv = parse_date(rt, v);
      } else if (js_to_double(rt, v, &tv) < 0) {
        return JS_EXCEPTION;
      }
    }
    tv = time_clip(tv);
  } else {
    double c[7];
    if (read_components(rt, argc, argv, c) < 0)
      return JS_EXCEPTION;
    tv = time_clip(utc_time(components_time(c)));
  }
  JsValue obj = js_ordinary_create_from_constructor(rt, new_target, rt->date_proto,
                                                    JS_CLASS_DATE);
  if (js_is_exception(obj))
    return obj;
  set_date_value(obj, tv);
  return obj;
}

NATIVE(date_now) {
  UNUSED_ARGS;
  (void)rt;
  return js_number(now_ms());
}

NATIVE(date_parse) {
  UNUSED_ARGS;
  JsValue s = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(s))
    return s;
  return js_number(parse_date(rt, s));
}

// #sec-date.utc
NATIVE(date_utc) {
  UNUSED_ARGS;
  double c[7];
  if (read_components(rt, argc, argv, c) < 0)
    return JS_EXCEPTION;
  return js_number(time_clip(components_time(c)));
}

// ---------------------------------------------------------------------------
// Getters.
// ---------------------------------------------------------------------------

enum { F_YEAR, F_MONTH, F_DATE, F_HOUR, F_MIN, F_SEC, F_MS, F_DAY };

static JsValue get_field(JsRt *rt, JsValue this_val, bool local, int field) {
  double t;
  if (this_time(rt, this_val, &t) < 0)
    return JS_EXCEPTION;
  if (t != t)
    return js_number(NAN);
  Fields f;
  split_time(local ? local_time(t) : t, &f);
  switch (field) {
  case F_YEAR: return js_number(f.year);
  case F_MONTH: return js_int(f.month);
  case F_DATE: return js_int(f.day);
  case F_HOUR: return js_int(f.hour);
  case F_MIN: return js_int(f.min);
  case F_SEC: return js_int(f.sec);
  case F_MS: return js_int(f.ms);
  default: return js_int(f.wday);
  }
}

#define DATE_GETTER(name, local, field)           \
  NATIVE(name) {                                  \
    UNUSED_ARGS;                                  \
    return get_field(rt, this_val, local, field); \
  }

DATE_GETTER(date_proto_get_full_year, true, F_YEAR)
DATE_GETTER(date_proto_get_month, true, F_MONTH)
DATE_GETTER(date_proto_get_date, true, F_DATE)
DATE_GETTER(date_proto_get_day, true, F_DAY)
DATE_GETTER(date_proto_get_hours, true, F_HOUR)
DATE_GETTER(date_proto_get_minutes, true, F_MIN)
DATE_GETTER(date_proto_get_seconds, true, F_SEC)
DATE_GETTER(date_proto_get_milliseconds, true, F_MS)
DATE_GETTER(date_proto_get_utc_full_year, false, F_YEAR)
DATE_GETTER(date_proto_get_utc_month, false, F_MONTH)
DATE_GETTER(date_proto_get_utc_date, false, F_DATE)
DATE_GETTER(date_proto_get_utc_day, false, F_DAY)
DATE_GETTER(date_proto_get_utc_hours, false, F_HOUR)
DATE_GETTER(date_proto_get_utc_minutes, false, F_MIN)
DATE_GETTER(date_proto_get_utc_seconds, false, F_SEC)
DATE_GETTER(date_proto_get_utc_milliseconds, false, F_MS)

NATIVE(date_proto_get_time) {
  UNUSED_ARGS;
  double t;
  if (this_time(rt, this_val, &t) < 0)
    return JS_EXCEPTION;
  return js_number(t);
}

NATIVE(date_proto_get_timezone_offset) {
  UNUSED_ARGS;
  double t;
  if (this_time(rt, this_val, &t) < 0)
    return JS_EXCEPTION;
  if (t != t)
    return js_number(NAN);
  return js_number((t - local_time(t)) / 60000.0);
}

// B.2.3.1 Date.prototype.getYear
NATIVE(date_proto_get_year) {
  UNUSED_ARGS;
  JsValue y = get_field(rt, this_val, true, F_YEAR);
  if (js_is_exception(y))
    return y;
  return js_number(js_get_number(y) - 1900);
}

// ---------------------------------------------------------------------------
// Setters (#sec-date.prototype.sethours and friends).
// ---------------------------------------------------------------------------

// Sets fields [first, first + n) from the arguments (at least one is read,
// the others only when passed), keeping the rest. setFullYear starts from
// +0 when the date is invalid; the others return NaN.
static JsValue set_fields(JsRt *rt, JsValue this_val, int argc, JsValue *argv, int first,
                          int n, bool local) {
  double t;
  if (this_time(rt, this_val, &t) < 0)
    return JS_EXCEPTION;
  double v[7];
  int given = argc < 1 ? 1 : (argc < n ? argc : n);
  for (int i = 0; i < given; i++)
    if (js_to_double(rt, js_arg(argc, argv, i), &v[first + i]) < 0)
      return JS_EXCEPTION;
  if (t != t) {
    if (first != F_YEAR)
      return js_number(NAN);
    t = 0;
  } else if (local) {
    t = local_time(t);
  }
  Fields f;
  split_time(t, &f);
  double cur[7] = {f.year, f.month, f.day, f.hour, f.min, f.sec, f.ms};
  for (int i = 0; i < 7; i++)
    if (i < first || i >= first + given)
      v[i] = cur[i];
  double nt = components_time(v);
  nt = time_clip(local ? utc_time(nt) : nt);
  set_date_value(this_val, nt);
  return js_number(nt);
}

#define DATE_SETTER(name, first, n, local)                       \
  NATIVE(name) {                                                 \
    UNUSED_ARGS;                                                 \
    return set_fields(rt, this_val, argc, argv, first, n, local); \
  }

DATE_SETTER(date_proto_set_full_year, F_YEAR, 3, true)
DATE_SETTER(date_proto_set_month, F_MONTH, 2, true)
DATE_SETTER(date_proto_set_date, F_DATE, 1, true)
DATE_SETTER(date_proto_set_hours, F_HOUR, 4, true)
DATE_SETTER(date_proto_set_minutes, F_MIN, 3, true)
DATE_SETTER(date_proto_set_seconds, F_SEC, 2, true)
DATE_SETTER(date_proto_set_milliseconds, F_MS, 1, true)
DATE_SETTER(date_proto_set_utc_full_year, F_YEAR, 3, false)
DATE_SETTER(date_proto_set_utc_month, F_MONTH, 2, false)
DATE_SETTER(date_proto_set_utc_date, F_DATE, 1, false)
DATE_SETTER(date_proto_set_utc_hours, F_HOUR, 4, false)
DATE_SETTER(date_proto_set_utc_minutes, F_MIN, 3, false)
DATE_SETTER(date_proto_set_utc_seconds, F_SEC, 2, false)
DATE_SETTER(date_proto_set_utc_milliseconds, F_MS, 1, false)

NATIVE(date_proto_set_time) {
  UNUSED_ARGS;
  double t, v;
  if (this_time(rt, this_val, &t) < 0 || js_to_double(rt, js_arg(argc, argv, 0), &v) < 0)
    return JS_EXCEPTION;
  v = time_clip(v);
  set_date_value(this_val, v);
  return js_number(v);
}

// B.2.3.2 Date.prototype.setYear
NATIVE(date_proto_set_year) {
  UNUSED_ARGS;
  double t, y;
  if (this_time(rt, this_val, &t) < 0 || js_to_double(rt, js_arg(argc, argv, 0), &y) < 0)
    return JS_EXCEPTION;
  if (y != y) {
    set_date_value(this_val, NAN);
    return js_number(NAN);
  }
  double yi = trunc(y);
  if (yi >= 0 && yi <= 99)
    y = 1900 + yi;
  Fields f;
  split_time(t != t ? 0 : local_time(t), &f);
  double within = f.hour * 3600000.0 + f.min * 60000.0 + f.sec * 1000.0 + f.ms;
  double nt = time_clip(utc_time(make_date(make_day(y, f.month, f.day), within)));
  set_date_value(this_val, nt);
  return js_number(nt);
}

// ---------------------------------------------------------------------------
// Conversions.
// ---------------------------------------------------------------------------

static JsValue to_string_kind(JsRt *rt, JsValue this_val, int kind) {
  double t;
  if (this_time(rt, this_val, &t) < 0)
    return JS_EXCEPTION;
  return format_date(rt, t, kind);
}

NATIVE(date_proto_to_string) {
  UNUSED_ARGS;
  return to_string_kind(rt, this_val, FMT_FULL);
}

NATIVE(date_proto_to_date_string) {
  UNUSED_ARGS;
  return to_string_kind(rt, this_val, FMT_DATE);
}

NATIVE(date_proto_to_time_string) {
  UNUSED_ARGS;
  return to_string_kind(rt, this_val, FMT_TIME);
}

NATIVE(date_proto_to_utc_string) {
  UNUSED_ARGS;
  return to_string_kind(rt, this_val, FMT_UTC);
}

NATIVE(date_proto_to_iso_string) {
  UNUSED_ARGS;
  return to_string_kind(rt, this_val, FMT_ISO);
}

static JsValue to_locale_kind(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                              bool date, bool time) {
  double t;
  if (this_time(rt, this_val, &t) < 0)
    return JS_EXCEPTION;
  JsValue locales = js_arg(argc, argv, 0), options = js_arg(argc, argv, 1);
  // With arguments, Intl.DateTimeFormat formats when the program links it
  // (stdlib/node/internal_intl_date.js); otherwise the en-US code here.
  if (locales != JS_UNDEFINED || options != JS_UNDEFINED) {
    bool found = false;
    JsValue args[4] = {js_number(t), locales, options,
                       js_atom_cstr(rt, date && time ? "any" : date ? "date" : "time")};
    JsValue r = js_call_builtin(rt, "kiln:internal_intl_date", "toLocaleString", 4, args, &found);
    if (found)
      return r;
  }
  return format_locale(rt, t, date, time, options);
}

NATIVE(date_proto_to_locale_string) {
  UNUSED_ARGS;
  return to_locale_kind(rt, this_val, argc, argv, true, true);
}

NATIVE(date_proto_to_locale_date_string) {
  UNUSED_ARGS;
  return to_locale_kind(rt, this_val, argc, argv, true, false);
}

NATIVE(date_proto_to_locale_time_string) {
  UNUSED_ARGS;
  return to_locale_kind(rt, this_val, argc, argv, false, true);
}

NATIVE(date_proto_value_of) {
  UNUSED_ARGS;
  double t;
  if (this_time(rt, this_val, &t) < 0)
    return JS_EXCEPTION;
  return js_number(t);
}

// #sec-date.prototype.tojson
NATIVE(date_proto_to_json) {
  UNUSED_ARGS;
  JsValue o = js_to_object(rt, this_val);
  if (js_is_exception(o))
    return o;
  JsValue tv = js_to_primitive(rt, o, 1);
  if (js_is_exception(tv))
    return tv;
  if (js_is_number(tv) && !isfinite(js_get_number(tv)))
    return JS_NULL;
  return js_invoke(rt, o, js_atom_cstr(rt, "toISOString"), 0, NULL);
}

// Date.prototype[Symbol.toPrimitive](hint) (#sec-date.prototype-@@toprimitive).
NATIVE(date_proto_to_primitive) {
  UNUSED_ARGS;
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Date.prototype [ @@toPrimitive ] called on non-object");
  JsValue hint = js_arg(argc, argv, 0);
  const char *h = js_is_string(hint) ? js_cstr(rt, hint) : "";
  int kind;
  if (!strcmp(h, "string") || !strcmp(h, "default"))
    kind = 2;
  else if (!strcmp(h, "number"))
    kind = 1;
  else
    return js_throw_type_error(rt, "Invalid hint: %s", js_value_cstr_short(rt, hint));
  // OrdinaryToPrimitive: toString/valueOf in the hint's order.
  JsValue order[2] = {rt->atom_to_string, rt->atom_value_of};
  if (kind == 1) {
    order[0] = rt->atom_value_of;
    order[1] = rt->atom_to_string;
  }
  for (int i = 0; i < 2; i++) {
    JsValue f = js_get_prop(rt, this_val, order[i]);
    if (js_is_exception(f))
      return f;
    if (!js_is_callable(f))
      continue;
    JsValue r = js_call(rt, f, this_val, 0, NULL);
    if (js_is_exception(r) || !js_is_object(r))
      return r;
  }
  return js_throw_type_error(rt, "Cannot convert object to primitive value");
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef date_static_funcs[] = {
  JS_FN("now", date_now, 0),
  JS_FN("parse", date_parse, 1),
  JS_FN("UTC", date_utc, 7),
};

static const JsNativeDef date_proto_funcs[] = {
  JS_FN("toString", date_proto_to_string, 0),
  JS_FN("toDateString", date_proto_to_date_string, 0),
  JS_FN("toTimeString", date_proto_to_time_string, 0),
  JS_FN("toISOString", date_proto_to_iso_string, 0),
  JS_FN("toUTCString", date_proto_to_utc_string, 0),
  JS_FN("getDate", date_proto_get_date, 0),
  JS_FN("setDate", date_proto_set_date, 1),
  JS_FN("getDay", date_proto_get_day, 0),
  JS_FN("getFullYear", date_proto_get_full_year, 0),
  JS_FN("setFullYear", date_proto_set_full_year, 3),
  JS_FN("getHours", date_proto_get_hours, 0),
  JS_FN("setHours", date_proto_set_hours, 4),
  JS_FN("getMilliseconds", date_proto_get_milliseconds, 0),
  JS_FN("setMilliseconds", date_proto_set_milliseconds, 1),
  JS_FN("getMinutes", date_proto_get_minutes, 0),
  JS_FN("setMinutes", date_proto_set_minutes, 3),
  JS_FN("getMonth", date_proto_get_month, 0),
  JS_FN("setMonth", date_proto_set_month, 2),
  JS_FN("getSeconds", date_proto_get_seconds, 0),
  JS_FN("setSeconds", date_proto_set_seconds, 2),
  JS_FN("getTime", date_proto_get_time, 0),
  JS_FN("setTime", date_proto_set_time, 1),
  JS_FN("getTimezoneOffset", date_proto_get_timezone_offset, 0),
  JS_FN("getUTCDate", date_proto_get_utc_date, 0),
  JS_FN("setUTCDate", date_proto_set_utc_date, 1),
  JS_FN("getUTCDay", date_proto_get_utc_day, 0),
  JS_FN("getUTCFullYear", date_proto_get_utc_full_year, 0),
  JS_FN("setUTCFullYear", date_proto_set_utc_full_year, 3),
  JS_FN("getUTCHours", date_proto_get_utc_hours, 0),
  JS_FN("setUTCHours", date_proto_set_utc_hours, 4),
  JS_FN("getUTCMilliseconds", date_proto_get_utc_milliseconds, 0),
  JS_FN("setUTCMilliseconds", date_proto_set_utc_milliseconds, 1),
  JS_FN("getUTCMinutes", date_proto_get_utc_minutes, 0),
  JS_FN("setUTCMinutes", date_proto_set_utc_minutes, 3),
  JS_FN("getUTCMonth", date_proto_get_utc_month, 0),
  JS_FN("setUTCMonth", date_proto_set_utc_month, 2),
  JS_FN("getUTCSeconds", date_proto_get_utc_seconds, 0),
  JS_FN("setUTCSeconds", date_proto_set_utc_seconds, 2),
  JS_FN("valueOf", date_proto_value_of, 0),
  JS_FN("getYear", date_proto_get_year, 0),
  JS_FN("setYear", date_proto_set_year, 1),
  JS_FN("toJSON", date_proto_to_json, 1),
  JS_FN("toLocaleString", date_proto_to_locale_string, 0),
  JS_FN("toLocaleDateString", date_proto_to_locale_date_string, 0),
  JS_FN("toLocaleTimeString", date_proto_to_locale_time_string, 0),
};

void stdlib_date_init(JsRt *rt) {
  tzset();
  JsValue proto = rt->date_proto;
  if (!js_is_object(proto)) {
    proto = js_new_object(rt);
    rt->date_proto = proto;
  }
  JsValue ctor = js_new_native_ctor(rt, date_ctor, "Date", 7, proto);
  JS_INSTALL(rt, ctor, date_static_funcs);
  JS_INSTALL(rt, proto, date_proto_funcs);
  // toGMTString is the same function object as toUTCString (B.2.3.3).
  js_define_value(rt, proto, js_atom_cstr(rt, "toGMTString"),
                  js_get_prop(rt, proto, js_atom_cstr(rt, "toUTCString")),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JsValue prim = js_new_native(rt, date_proto_to_primitive, "[Symbol.toPrimitive]", 1);
  js_define_value(rt, proto, rt->sym_to_primitive, prim, JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Date"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
