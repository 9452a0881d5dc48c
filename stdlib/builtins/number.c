// SPDX-License-Identifier: MIT
//
// number.c: the Number constructor, its constants and predicates,
// parseInt/parseFloat (shared with the globals), and Number.prototype's
// formatting methods (ECMA-262 #sec-number-objects).
//
// toFixed, toExponential and toPrecision work on the exact decimal
// expansion of the double (glibc's printf prints it exactly), then round half
// up on the magnitude, which is what the spec's "pick the larger n" means.
// toLocaleString imitates ICU's en-US output: grouping commas, at most three
// fraction digits.
#include "../stdlib.h"

#include <math.h>
#include <stdlib.h>

// ---------------------------------------------------------------------------
// Decimal digit strings.
// ---------------------------------------------------------------------------

// A finite nonzero |x| as digits d[0..n) (no leading or trailing zeros) and
// exponent e: |x| = d0.d1d2... * 10^e.
typedef struct Decimal {
  char d[800];
  int n, e;
} Decimal;

// The exact expansion: a double has at most 767 significant digits.
static void exact_decimal(double x, Decimal *out) {
  char buf[820];
  snprintf(buf, sizeof buf, "%.780e", fabs(x));
  int n = 0;
  const char *p = buf;
  for (; *p && *p != 'e'; p++)
    if (*p >= '0' && *p <= '9')
      out->d[n++] = *p;
  while (n > 1 && out->d[n - 1] == '0')
    n--;
  out->n = n;
  out->e = atoi(p + 1);
}

// The shortest round-trip digits (what ToString prints), read back from
// js_dtoa's text.
static void shortest_decimal(double x, Decimal *out) {
  char buf[40];
  js_dtoa(fabs(x), buf);
  int n = 0, point = -1, exp = 0, lead = 0;
  bool seen = false;
  for (const char *p = buf; *p; p++) {
    if (*p == '.') {
      point = n + lead;
    } else if (*p == 'e') {
      exp = atoi(p + 1);
      break;
    } else if (*p == '0' && !seen) {
      lead++;
    } else {
      seen = true;
      out->d[n++] = *p;
    }
  }
  int int_digits = (point < 0 ? n + lead : point);  // digits before the point
  while (n > 1 && out->d[n - 1] == '0')
    n--;
  out->n = n;
  out->e = int_digits - lead - 1 + exp;
}

// Rounds [x] to [k] >= 1 significant digits (half up): out->d gets exactly
// k digits and out->e may grow by one on carry.
static void round_sig(const Decimal *x, int k, Decimal *out) {
  out->e = x->e;
  out->n = k;
  for (int i = 0; i < k; i++)
    out->d[i] = i < x->n ? x->d[i] : '0';
  if (x->n <= k || x->d[k] < '5')
    return;
  int i = k - 1;
  while (i >= 0 && out->d[i] == '9')
    out->d[i--] = '0';
  if (i >= 0) {
    out->d[i]++;
  } else {
    out->d[0] = '1';
    out->e++;
  }
}

// round(|x| * 10^f) as a digit string (no leading zeros, "0" for zero),
// from the exact value of x or, like ICU, from its shortest digits.
static int scaled_integer(double x, int f, bool shortest, char *out) {
  if (x == 0) {
    strcpy(out, "0");
    return 1;
  }
  Decimal dx, r;
  if (shortest)
    shortest_decimal(x, &dx);
  else
    exact_decimal(x, &dx);
  int k = dx.e + 1 + f;  // digits of the integer part of |x| * 10^f
  if (k < 0 || (k == 0 && dx.d[0] < '5')) {
    strcpy(out, "0");
    return 1;
  }
  if (k == 0) {
    strcpy(out, "1");
    return 1;
  }
  round_sig(&dx, k, &r);
  int n = k + (r.e > dx.e);
  if (r.e > dx.e) {  // carried into a new leading digit: 99.9 -> 100
    out[0] = '1';
    memset(out + 1, '0', (size_t)(n - 1));
  } else {
    memcpy(out, r.d, (size_t)n);
  }
  out[n] = 0;
  return n;
}

// ---------------------------------------------------------------------------
// The constructor, static predicates and parsing.
// ---------------------------------------------------------------------------

// thisNumberValue (#sec-thisnumbervalue).
static int this_number(JsRt *rt, JsValue v, const char *method, double *out) {
  if (js_is_number(v)) {
    *out = js_get_number(v);
    return 0;
  }
  if (js_class_of(v) == JS_CLASS_NUMBER) {
    *out = js_get_number(js_boxed_value(js_obj(v)));
    return 0;
  }
  js_throw_type_error(rt, "Number.prototype.%s requires that 'this' be a Number", method);
  return -1;
}

// Number(value) / new Number(value): ECMA-262 #sec-number-constructor-number-value
static JsValue number_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  JsValue n = js_int(0);
  if (argc > 0) {
    n = js_to_numeric(rt, argv[0]);
    if (js_is_exception(n))
      return n;
    if (!js_is_number(n)) {  // BigInt: its value as a Number
      const char *s = js_cstr(rt, n);
      n = js_number(strtod(s, NULL));
    }
  }
  if (js_is_undefined(new_target))
    return n;
  JsValue o = js_ordinary_create_from_constructor(rt, new_target, rt->number_proto,
                                                  JS_CLASS_NUMBER);
  if (js_is_exception(o))
    return o;
  js_set_boxed_value(js_obj(o), n);
  return o;
}

static JsValue number_is_finite(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  JsValue v = js_arg(argc, argv, 0);
  return js_bool(js_is_number(v) && isfinite(js_get_number(v)));
}

static JsValue number_is_nan(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  JsValue v = js_arg(argc, argv, 0);
  return js_bool(js_is_number(v) && isnan(js_get_number(v)));
}

static bool is_integral(JsValue v) {
  if (js_is_int(v))
    return true;
  if (!js_is_number(v))
    return false;
  double d = js_get_number(v);
  return isfinite(d) && d == trunc(d);
}

static JsValue number_is_integer(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  return js_bool(is_integral(js_arg(argc, argv, 0)));
}

static JsValue number_is_safe_integer(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsValue v = js_arg(argc, argv, 0);
  return js_bool(is_integral(v) && fabs(js_get_number(v)) <= 9007199254740991.0);
}

static bool is_ws(uint16_t c) {
  return c == 0x20 || (c >= 9 && c <= 13) || c == 0xa0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
         c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

static int digit_of(uint16_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

// The value of the digits s[i..end) in a power-of-two radix, correctly
// rounded (half to even), as V8 does.
static double parse_pow2(JsString *s, uint32_t i, uint32_t end, int radix) {
  int bits = radix == 2 ? 1 : radix == 4 ? 2 : radix == 8 ? 3 : radix == 16 ? 4 : 5;
  uint64_t m = 0;
  int exp = 0;
  bool sticky = false;
  while (i < end && js_str_at(s, i) == '0')
    i++;
  for (; i < end; i++) {
    uint64_t d = (uint64_t)digit_of(js_str_at(s, i));
    for (int b = bits - 1; b >= 0; b--) {
      if (m < (1ull << 54)) {
        m = (m << 1) | ((d >> b) & 1);
      } else {
        sticky |= (d >> b) & 1;
        exp++;
      }
    }
  }
  // m holds up to 55 significant bits: round to 53.
  int extra = 0;
  while ((m >> extra) >= (1ull << 53))
    extra++;
  if (extra) {
    uint64_t rem = m & ((1ull << extra) - 1), half = 1ull << (extra - 1);
    m >>= extra;
    if (rem > half || (rem == half && (sticky || (m & 1))))
      m++;
    exp += extra;
  }
  return ldexp((double)m, exp);
}

// parseInt(string, radix): ECMA-262 #sec-parseint-string-radix
static JsValue number_parse_int(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  JsString *s = js_to_flat_string(rt, js_arg(argc, argv, 0));
  double rd;
  if (!s || js_to_double(rt, js_arg(argc, argv, 1), &rd) < 0)
    return JS_EXCEPTION;
  uint32_t n = js_str_len(s), i = 0;
  while (i < n && is_ws(js_str_at(s, i)))
    i++;
  double sign = 1;
  if (i < n && (js_str_at(s, i) == '-' || js_str_at(s, i) == '+'))
    sign = js_str_at(s, i++) == '-' ? -1 : 1;
  int radix = js_to_int32_d(rd);
  bool strip = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36)
      return js_double(NAN);
    strip = radix == 16;
  } else {
    radix = 10;
  }
  if (strip && i + 1 < n && js_str_at(s, i) == '0' && (js_str_at(s, i + 1) | 0x20) == 'x') {
    i += 2;
    radix = 16;
  }
  uint32_t end = i;
  while (end < n && digit_of(js_str_at(s, end)) < radix)
    end++;
  if (end == i)
    return js_double(NAN);
  double v = 0;
  if (radix == 10) {
    char *buf = js_gc_alloc_atomic(end - i + 1);
    for (uint32_t k = i; k < end; k++)
      buf[k - i] = (char)js_str_at(s, k);
    buf[end - i] = 0;
    v = strtod(buf, NULL);
  } else if ((radix & (radix - 1)) == 0) {
    v = parse_pow2(s, i, end, radix);
  } else {
    for (uint32_t k = i; k < end; k++)
      v = v * radix + digit_of(js_str_at(s, k));
  }
  return js_number(sign * v);
}

// parseFloat(string): ECMA-262 #sec-parsefloat-string. The longest prefix
// that is a StrDecimalLiteral, converted with strtod.
static JsValue number_parse_float(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  JsString *s = js_to_flat_string(rt, js_arg(argc, argv, 0));
  if (!s)
    return JS_EXCEPTION;
  uint32_t n = js_str_len(s), i = 0;
  while (i < n && is_ws(js_str_at(s, i)))
    i++;
  char buf[512];
  uint32_t k = 0, start = i;
  if (i < n && (js_str_at(s, i) == '-' || js_str_at(s, i) == '+'))
    buf[k++] = (char)js_str_at(s, i++);
  static const char inf[] = "Infinity";
  uint32_t j = 0;
  while (j < 8 && i + j < n && js_str_at(s, i + j) == (uint16_t)inf[j])
    j++;
  if (j == 8)
    return js_double(k && buf[0] == '-' ? -INFINITY : INFINITY);
  uint32_t digits = 0, mark = i;
  bool dot = false;
  for (; i < n; i++) {
    uint16_t c = js_str_at(s, i);
    if (c >= '0' && c <= '9') {
      digits++;
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      break;
    }
  }
  if (digits == 0)
    return js_double(NAN);
  // An exponent counts only when digits follow it.
  uint32_t e = i;
  if (e < n && (js_str_at(s, e) | 0x20) == 'e') {
    e++;
    if (e < n && (js_str_at(s, e) == '+' || js_str_at(s, e) == '-'))
      e++;
    uint32_t ed = e;
    while (e < n && js_str_at(s, e) >= '0' && js_str_at(s, e) <= '9')
      e++;
    if (e > ed)
      i = e;
  }
  (void)start;
  char *p = i - mark + k < sizeof buf ? buf : js_gc_alloc_atomic(i - mark + k + 1);
  if (p != buf && k)
    p[0] = buf[0];
  for (uint32_t q = mark; q < i; q++)
    p[k++] = (char)js_str_at(s, q);
  p[k] = 0;
  return js_number(strtod(p, NULL));
}

// ---------------------------------------------------------------------------
// Number.prototype.
// ---------------------------------------------------------------------------

static JsValue number_proto_value_of(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  double x;
  if (this_number(rt, this_val, "valueOf", &x) < 0)
    return JS_EXCEPTION;
  return js_number(x);
}

static const char radix_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Number::toString(x, radix) for radix != 10, with V8's digits: fraction
// digits only as far as the double's precision reaches (delta is half the
// distance to the next double, scaled along), rounded half to even; integer
// digits beyond 2^53 come out as zeros.
static JsValue to_radix(JsRt *rt, double x, int radix) {
  char buf[2200];
  int mid = 1100, lo = mid, hi = mid;
  bool neg = x < 0;
  double v = fabs(x), ip = floor(v), frac = v - ip;
  double delta = fmax(0.5 * (nextafter(v, INFINITY) - v), nextafter(0.0, 1.0));
  if (frac >= delta) {
    buf[hi++] = '.';
    do {
      frac *= radix;
      delta *= radix;
      int digit = (int)frac;
      buf[hi++] = radix_digits[digit];
      frac -= digit;
      if ((frac > 0.5 || (frac == 0.5 && (digit & 1))) && frac + delta > 1) {
        // Round up, carrying into earlier digits (and the integer part).
        for (;;) {
          if (buf[--hi] == '.') {
            ip += 1;
            break;
          }
          int d = buf[hi] <= '9' ? buf[hi] - '0' : buf[hi] - 'a' + 10;
          if (d + 1 < radix) {
            buf[hi++] = radix_digits[d + 1];
            break;
          }
        }
        break;
      }
    } while (frac >= delta && hi < (int)sizeof buf - 1);
    if (buf[hi - 1] == '.')
      hi--;
  }
  while (ip / radix >= 9007199254740992.0) {
    ip /= radix;
    buf[--lo] = '0';
  }
  do {
    double r = fmod(ip, radix);
    buf[--lo] = radix_digits[(int)r];
    ip = (ip - r) / radix;
  } while (ip > 0 && lo > 1);
  if (neg)
    buf[--lo] = '-';
  return js_new_string(rt, buf + lo, (size_t)(hi - lo));
}

// Number.prototype.toString(radix): ECMA-262 #sec-number.prototype.tostring
static JsValue number_proto_to_string(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  double x, radix = 10;
  if (this_number(rt, this_val, "toString", &x) < 0)
    return JS_EXCEPTION;
  JsValue r = js_arg(argc, argv, 0);
  if (!js_is_undefined(r) && js_to_integer(rt, r, &radix) < 0)
    return JS_EXCEPTION;
  if (radix < 2 || radix > 36)
    return js_throw_range_error(rt, "toString() radix argument must be between 2 and 36");
  if (radix == 10 || !isfinite(x) || x == 0)
    return js_number_to_string(rt, x, 10);
  return to_radix(rt, x, (int)radix);
}

// Number.prototype.toFixed(fractionDigits): ECMA-262 #sec-number.prototype.tofixed
static JsValue number_proto_to_fixed(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  double x, f;
  if (this_number(rt, this_val, "toFixed", &x) < 0 ||
      js_to_integer(rt, js_arg(argc, argv, 0), &f) < 0)
    return JS_EXCEPTION;
  if (f < 0 || f > 100)
    return js_throw_range_error(rt, "toFixed() digits argument must be between 0 and 100");
  if (!isfinite(x) || fabs(x) >= 1e21)
    return js_number_to_string(rt, x, 10);
  // round(|x| * 10^f), padded to f + 1 digits, then the point goes in.
  char digits[420], m[420], out[440];
  int fd = (int)f, k = 0, n = scaled_integer(x, fd, false, digits), len = 0;
  for (int i = n; i < fd + 1; i++)
    m[len++] = '0';
  memcpy(m + len, digits, (size_t)n);
  len += n;
  if (x < 0)
    out[k++] = '-';
  memcpy(out + k, m, (size_t)(len - fd));
  k += len - fd;
  if (fd) {
    out[k++] = '.';
    memcpy(out + k, m + len - fd, (size_t)fd);
    k += fd;
  }
  return js_new_string(rt, out, (size_t)k);
}

// Exponential notation of k digits d with exponent e: d.ddde+x.
static JsValue format_exponential(JsRt *rt, bool neg, const Decimal *x) {
  char out[160];
  int k = 0;
  if (neg)
    out[k++] = '-';
  out[k++] = x->d[0];
  if (x->n > 1) {
    out[k++] = '.';
    memcpy(out + k, x->d + 1, (size_t)(x->n - 1));
    k += x->n - 1;
  }
  k += snprintf(out + k, sizeof out - (size_t)k, "e%c%d", x->e < 0 ? '-' : '+', abs(x->e));
  return js_new_string(rt, out, (size_t)k);
}

// Number.prototype.toExponential(fractionDigits):
// ECMA-262 #sec-number.prototype.toexponential
static JsValue number_proto_to_exponential(JsRt *rt, JsValue callee, JsValue this_val,
                                           int argc, JsValue *argv, JsValue new_target) {
  double x, f;
  JsValue fv = js_arg(argc, argv, 0);
  if (this_number(rt, this_val, "toExponential", &x) < 0 ||
      js_to_integer(rt, fv, &f) < 0)
    return JS_EXCEPTION;
  if (!isfinite(x))
    return js_number_to_string(rt, x, 10);
  if (f < 0 || f > 100)
    return js_throw_range_error(rt, "toExponential() argument must be between 0 and 100");
  Decimal d, r;
  if (x == 0) {
    r.n = js_is_undefined(fv) ? 1 : (int)f + 1;
    r.e = 0;
    memset(r.d, '0', (size_t)r.n);
    return format_exponential(rt, false, &r);
  }
  if (js_is_undefined(fv)) {
    shortest_decimal(x, &r);
  } else {
    exact_decimal(x, &d);
    round_sig(&d, (int)f + 1, &r);
  }
  return format_exponential(rt, x < 0, &r);
}

// Number.prototype.toPrecision(precision):
// ECMA-262 #sec-number.prototype.toprecision
static JsValue number_proto_to_precision(JsRt *rt, JsValue callee, JsValue this_val,
                                         int argc, JsValue *argv, JsValue new_target) {
  double x, p;
  JsValue pv = js_arg(argc, argv, 0);
  if (this_number(rt, this_val, "toPrecision", &x) < 0)
    return JS_EXCEPTION;
  if (js_is_undefined(pv))
    return js_number_to_string(rt, x, 10);
  if (js_to_integer(rt, pv, &p) < 0)
    return JS_EXCEPTION;
  if (!isfinite(x))
    return js_number_to_string(rt, x, 10);
  if (p < 1 || p > 100)
    return js_throw_range_error(rt, "toPrecision() argument must be between 1 and 100");
  int prec = (int)p;
  Decimal d, r;
  if (x == 0) {
    r.n = prec;
    r.e = 0;
    memset(r.d, '0', (size_t)prec);
  } else {
    exact_decimal(x, &d);
    round_sig(&d, prec, &r);
  }
  bool neg = x < 0;
  if (r.e < -6 || r.e >= prec)
    return format_exponential(rt, neg, &r);
  char out[240];
  int k = 0;
  if (neg)
    out[k++] = '-';
  if (r.e < 0) {
    out[k++] = '0';
    out[k++] = '.';
    for (int i = 0; i < -r.e - 1; i++)
      out[k++] = '0';
    memcpy(out + k, r.d, (size_t)prec);
    k += prec;
  } else {
    memcpy(out + k, r.d, (size_t)r.e + 1);
    k += r.e + 1;
    if (prec > r.e + 1) {
      out[k++] = '.';
      memcpy(out + k, r.d + r.e + 1, (size_t)(prec - r.e - 1));
      k += prec - r.e - 1;
    }
  }
  return js_new_string(rt, out, (size_t)k);
}

// toLocaleString(locales, options) of a Number or BigInt [x]: with either
// argument given, Intl.NumberFormat formats it (internal_intl.js, linked
// when a program names toLocaleString: compiler/module/builtin_refs.c);
// *handled = false when neither is given or Intl is not linked.
JsValue js_intl_to_locale_string(JsRt *rt, JsValue x, int argc, JsValue *argv,
                                 bool *handled) {
  *handled = false;
  JsValue locales = argc > 0 ? argv[0] : JS_UNDEFINED;
  JsValue options = argc > 1 ? argv[1] : JS_UNDEFINED;
  if (js_is_undefined(locales) && js_is_undefined(options))
    return JS_UNDEFINED;
  JsValue args[3] = {x, locales, options};
  JsValue r = js_call_builtin(rt, "kiln:internal_intl", "numberToLocaleString", 3, args, handled);
  return *handled ? r : JS_UNDEFINED;
}

// Number.prototype.toLocaleString(): en-US, as node's ICU prints it:
// 1234567.891 -> "1,234,567.891", at most three fraction digits rounded
// half away from zero, infinities as "∞".
static JsValue number_proto_to_locale_string(JsRt *rt, JsValue callee,
                                             JsValue this_val, int argc,
                                             JsValue *argv, JsValue new_target) {
  double x;
  if (this_number(rt, this_val, "toLocaleString", &x) < 0)
    return JS_EXCEPTION;
  bool handled;
  JsValue r = js_intl_to_locale_string(rt, js_number(x), argc, argv, &handled);
  if (handled)
    return r;
  if (isnan(x))
    return js_new_cstring(rt, "NaN");
  if (isinf(x))
    return js_new_cstring(rt, x < 0 ? "-\xe2\x88\x9e" : "\xe2\x88\x9e");
  char digits[420], out[600];
  int n = scaled_integer(x, 3, true, digits), k = 0;
  if (signbit(x))
    out[k++] = '-';
  int int_len = n > 3 ? n - 3 : 0;
  if (int_len == 0)
    out[k++] = '0';
  for (int i = 0; i < int_len; i++) {
    if (i > 0 && (int_len - i) % 3 == 0)
      out[k++] = ',';
    out[k++] = digits[i];
  }
  char frac[4] = "000";
  for (int i = 0; i < 3 && i < n; i++)
    frac[2 - i] = digits[n - 1 - i];
  int fl = 3;
  while (fl > 0 && frac[fl - 1] == '0')
    fl--;
  if (fl) {
    out[k++] = '.';
    memcpy(out + k, frac, (size_t)fl);
    k += fl;
  }
  return js_new_string(rt, out, (size_t)k);
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef number_static_funcs[] = {
  JS_FN("isFinite", number_is_finite, 1),
  JS_FN("isInteger", number_is_integer, 1),
  JS_FN("isNaN", number_is_nan, 1),
  JS_FN("isSafeInteger", number_is_safe_integer, 1),
};

static const JsNativeDef number_proto_funcs[] = {
  JS_FN("toExponential", number_proto_to_exponential, 1),
  JS_FN("toFixed", number_proto_to_fixed, 1),
  JS_FN("toPrecision", number_proto_to_precision, 1),
  JS_FN("toString", number_proto_to_string, 1),
  JS_FN("toLocaleString", number_proto_to_locale_string, 0),
  JS_FN("valueOf", number_proto_value_of, 0),
};

// parseInt/parseFloat are one function object each, reachable both as
// globals and as Number.parseInt/parseFloat (#sec-number.parseint).
static JsValue shared_global_fn(JsRt *rt, const char *name, JsFn fn, int length) {
  JsValue key = js_atom_cstr(rt, name);
  JsPropDesc desc;
  if (js_get_own_property(rt, rt->global, key, &desc) == 1 &&
      (desc.has & JS_DESC_HAS_VALUE) && js_is_callable(desc.value))
    return desc.value;
  JsValue f = js_new_native(rt, fn, name, length);
  js_define_value(rt, rt->global, key, f, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return f;
}

void stdlib_number_init(JsRt *rt) {
  // Number.prototype is itself a Number object whose value is +0.
  JsValue proto = rt->number_proto;
  if (!js_is_object(proto)) {
    proto = js_obj_value(js_new_object_class(rt, rt->object_proto, JS_CLASS_NUMBER));
    rt->number_proto = proto;
  }
  js_set_boxed_value(js_obj(proto), js_int(0));
  JsValue ctor = js_new_native_ctor(rt, number_ctor, "Number", 1, proto);
  js_define_value(rt, proto, rt->atom_constructor, ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JS_INSTALL(rt, ctor, number_static_funcs);
  JS_INSTALL(rt, proto, number_proto_funcs);
  static const struct { const char *name; double v; } consts[] = {
    { "EPSILON", 2.220446049250313e-16 },
    { "MAX_SAFE_INTEGER", 9007199254740991.0 },
    { "MIN_SAFE_INTEGER", -9007199254740991.0 },
    { "MAX_VALUE", 1.7976931348623157e308 },
    { "MIN_VALUE", 5e-324 },
    { "NaN", NAN },
    { "NEGATIVE_INFINITY", -INFINITY },
    { "POSITIVE_INFINITY", INFINITY },
  };
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    js_define_value(rt, ctor, js_atom_cstr(rt, consts[i].name),
                    js_number(consts[i].v), 0);
  js_define_value(rt, ctor, js_atom_cstr(rt, "parseFloat"),
                  shared_global_fn(rt, "parseFloat", number_parse_float, 1),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  js_define_value(rt, ctor, js_atom_cstr(rt, "parseInt"),
                  shared_global_fn(rt, "parseInt", number_parse_int, 2),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Number"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
