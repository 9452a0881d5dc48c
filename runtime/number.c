// SPDX-License-Identifier: MIT
//
// number.c: number <-> string conversions and the integer conversions.
//
// Number::toString (ECMA-262 #sec-numeric-types-number-tostring) needs the
// shortest digit string that reads back to the same double: we try 1..17
// significant digits with printf's correctly rounded "%.*e" and keep the
// first that strtod maps back exactly, then lay the digits out as the spec
// says. Radix conversion follows the same "shortest that round-trips"
// idea with an error bound (delta) on the fraction digits.
#include "internal.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

// The correctly rounded p-significant-digit form of d > 0, digits only
// (trailing zeros dropped) into [digits]; the decimal exponent n such that
// d ~ 0.digits * 10^n. Returns the digit count.
static int rounded_digits(double d, int p, char *digits, int *n_out) {
  char tmp[40];
  snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
  int k = 0;
  char *s = tmp;
  for (; *s && *s != 'e'; s++)
    if (*s >= '0' && *s <= '9')
      digits[k++] = *s;
  while (k > 1 && digits[k - 1] == '0')
    k--;
  digits[k] = 0;
  *n_out = atoi(s + 1) + 1;
  return k;
}

// Shortest round-trip digits of d > 0 (see rounded_digits). A decimal of
// at most 15 digits survives the trip through a double (DBL_DIG), so if
// the shortest form has k <= 15 digits, the 15-digit rounding is it padded
// with zeros: one try covers p = 1..15, then 16 and 17.
static int shortest_digits(double d, char *digits, int *n_out) {
  // Subnormals carry fewer bits: the DBL_DIG argument does not hold.
  for (int p = d < DBL_MIN ? 1 : 15; p < 17; p++) {
    int k = rounded_digits(d, p, digits, n_out);
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%se%d", digits, *n_out - k);
    if (strtod(tmp, NULL) == d)
      return k;
  }
  return rounded_digits(d, 17, digits, n_out);
}

// Integers below 2^53 print as their digits; returns the length.
static int int_to_chars(uint64_t v, char *out) {
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  for (int i = 0; i < n; i++)
    out[i] = tmp[n - 1 - i];
  out[n] = 0;
  return n;
}

int js_dtoa(double d, char *buf) {
  if (d != d)
    return sprintf(buf, "NaN");
  if (d == 0)
    return sprintf(buf, "0");
  if (isinf(d))
    return sprintf(buf, d < 0 ? "-Infinity" : "Infinity");
  char *out = buf;
  if (d < 0) {
    *out++ = '-';
    d = -d;
  }
  if (d < 9007199254740992.0 && d == (double)(uint64_t)d)
    return (int)(out - buf) + int_to_chars((uint64_t)d, out);
  char digits[24];
  int n, k = shortest_digits(d, digits, &n);
  if (k <= n && n <= 21) {
    memcpy(out, digits, (size_t)k);
    out += k;
    for (int i = 0; i < n - k; i++)
      *out++ = '0';
  } else if (0 < n && n <= 21) {
    memcpy(out, digits, (size_t)n);
    out += n;
    *out++ = '.';
    memcpy(out, digits + n, (size_t)(k - n));
    out += k - n;
  } else if (-6 < n && n <= 0) {
    *out++ = '0';
    *out++ = '.';
    for (int i = 0; i < -n; i++)
      *out++ = '0';
    memcpy(out, digits, (size_t)k);
    out += k;
  } else {
    *out++ = digits[0];
    if (k > 1) {
      *out++ = '.';
      memcpy(out, digits + 1, (size_t)(k - 1));
      out += k - 1;
    }
    out += sprintf(out, "e%c%d", n - 1 >= 0 ? '+' : '-', abs(n - 1));
  }
  *out = 0;
  return (int)(out - buf);
}

// strtod for a text already known to be a decimal literal ([+-]digits
// [.digits][e[+-]digits], NUL-terminated). Clinger's fast path: with at
// most 15 significant digits the mantissa m is exact, and so is 10^e for
// e <= 22, so one IEEE multiplication or division rounds correctly.
double js_decimal_to_double(const char *s) {
  static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                  1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
  const char *p = s;
  bool neg = *p == '-';
  if (*p == '+' || *p == '-')
    p++;
  uint64_t m = 0;
  int digits = 0, scale = 0;
  for (; *p >= '0' && *p <= '9'; p++) {
    if (m || *p != '0')
      digits++;
    m = m * 10 + (uint64_t)(*p - '0');
    if (digits > 15)
      return strtod(s, NULL);
  }
  if (*p == '.') {
    for (p++; *p >= '0' && *p <= '9'; p++, scale--) {
      if (m || *p != '0')
        digits++;
      m = m * 10 + (uint64_t)(*p - '0');
      if (digits > 15)
        return strtod(s, NULL);
    }
  }
  if (*p == 'e' || *p == 'E') {
    p++;
    bool eneg = *p == '-';
    if (*p == '+' || *p == '-')
      p++;
    int e = 0;
    for (; *p >= '0' && *p <= '9'; p++) {
      e = e * 10 + (*p - '0');
      if (e > 400)
        return strtod(s, NULL);
    }
    scale += eneg ? -e : e;
  }
  if (scale < -22 || scale > 22)
    return strtod(s, NULL);
  double v = (double)m;
  v = scale < 0 ? v / pow10[-scale] : v * pow10[scale];
  return neg ? -v : v;
}

static const char radix_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Number.prototype.toString(radix) for radix != 10: integer digits exactly,
// fraction digits until the remaining error bound says the result already
// reads back as [d].
static JsValue radix_to_string(JsRt *rt, double d, int radix) {
  char buf[2200];
  int mid = 1100, lo = mid, hi = mid;  // integer part grows left, fraction right
  bool neg = d < 0;
  if (neg)
    d = -d;
  double integer = floor(d), fraction = d - integer;
  double delta = 0.5 * (nextafter(d, INFINITY) - d);
  double min_delta = nextafter(0.0, 1.0);
  if (delta < min_delta)
    delta = min_delta;
  if (fraction >= delta) {
    buf[hi++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = (int)fraction;
      buf[hi++] = radix_chars[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          // Round up, propagating carries to the left.
          for (;;) {
            hi--;
            if (buf[hi] == '.') {
              integer += 1;
              break;
            }
            char c = buf[hi];
            int v = c <= '9' ? c - '0' : c - 'a' + 10;
            if (v + 1 < radix) {
              buf[hi++] = radix_chars[v + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta && hi < (int)sizeof buf - 2);
    if (buf[hi - 1] == '.')
      hi--;
  }
  // Integer part: divide down while the value exceeds exact integer range.
  int e;
  frexp(integer, &e);
  while (e > 53) {
    integer /= radix;
    buf[--lo] = '0';
    frexp(integer, &e);
  }
  do {
    double r = fmod(integer, radix);
    buf[--lo] = radix_chars[(int)r];
    integer = (integer - r) / radix;
  } while (integer > 0 && lo > 1);
  if (neg)
    buf[--lo] = '-';
  return js_new_string(rt, buf + lo, (size_t)(hi - lo));
}

JsValue js_number_to_string(JsRt *rt, double d, int radix) {
  if (radix == 10 || d != d || isinf(d) || d == 0) {
    if (d >= 0 && d < 1024 && d == (double)(int)d)
      return js_index_atom(rt, (uint32_t)d);
    char buf[40];
    int n = js_dtoa(d, buf);
    return js_new_string(rt, buf, (size_t)n);
  }
  return radix_to_string(rt, d, radix);
}

static bool is_js_space(uint16_t c) {
  switch (c) {
  case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20:
  case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f:
  case 0x205f: case 0x3000: case 0xfeff:
    return true;
  default:
    return c >= 0x2000 && c <= 0x200a;
  }
}

static int digit_value(uint16_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

// StringToNumber (#sec-stringtonumber).
double js_string_to_number(JsString *s) {
  js_str_flatten(js__rt, s);
  uint32_t len = js_str_len(s), i = 0, j = len;
  while (i < j && is_js_space(js_str_at(s, i)))
    i++;
  while (j > i && is_js_space(js_str_at(s, j - 1)))
    j--;
  if (i == j)
    return 0;
  uint32_t n = j - i;
  if (n > 2 && js_str_at(s, i) == '0') {
    uint16_t p = js_str_at(s, i + 1) | 0x20;
    int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (radix) {
      double v = 0;
      for (uint32_t k = i + 2; k < j; k++) {
        int dv = digit_value(js_str_at(s, k));
        if (dv >= radix)
          return NAN;
        v = v * radix + dv;
      }
      return v;
    }
  }
  // Decimal: validate the StrDecimalLiteral grammar, then let strtod round.
  char small[128];
  char *buf = n < sizeof small ? small : malloc(n + 1);
  uint32_t k = 0, p = i;
  for (; p < j; p++) {
    uint16_t c = js_str_at(s, p);
    if (c > 0x7f)
      break;
    buf[k++] = (char)c;
  }
  buf[k] = 0;
  double result = NAN;
  if (p == j) {
    const char *q = buf;
    bool neg = false;
    if (*q == '+' || *q == '-')
      neg = *q++ == '-';
    if (strcmp(q, "Infinity") == 0) {
      result = neg ? -INFINITY : INFINITY;
    } else {
      const char *t = q;
      int digits = 0;
      while (*t >= '0' && *t <= '9')
        t++, digits++;
      if (*t == '.') {
        t++;
        while (*t >= '0' && *t <= '9')
          t++, digits++;
      }
      bool ok = digits > 0;
      if (ok && (*t == 'e' || *t == 'E')) {
        t++;
        if (*t == '+' || *t == '-')
          t++;
        int ed = 0;
        while (*t >= '0' && *t <= '9')
          t++, ed++;
        ok = ed > 0;
      }
      if (ok && *t == 0)
        result = js_decimal_to_double(buf);
    }
  }
  if (buf != small)
    free(buf);
  return result;
}

uint32_t js_to_uint32_d(double d) {
  if (d != d || isinf(d))
    return 0;
  if (d >= 0 && d < 4294967296.0)
    return (uint32_t)d;
  double t = trunc(d);
  double m = fmod(t, 4294967296.0);
  if (m < 0)
    m += 4294967296.0;
  return (uint32_t)m;
}

int32_t js_to_int32_d(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0)
    return (int32_t)d;
  return (int32_t)js_to_uint32_d(d);
}

int js_to_double(JsRt *rt, JsValue v, double *out) {
  if (js_is_number(v)) {
    *out = js_get_number(v);
    return 0;
  }
  JsValue n = js_to_number(rt, v);
  if (js_is_exception(n))
    return -1;
  *out = js_get_number(n);
  return 0;
}

int js_to_integer(JsRt *rt, JsValue v, double *out) {
  if (js_is_int(v)) {
    *out = js_get_int(v);
    return 0;
  }
  double d;
  if (js_to_double(rt, v, &d) < 0)
    return -1;
  if (d != d || d == 0)
    d = 0;
  else if (!isinf(d))
    d = trunc(d);
  *out = d + 0.0;  // no -0
  return 0;
}

int js_to_length(JsRt *rt, JsValue v, double *out) {
  double d;
  if (js_to_integer(rt, v, &d) < 0)
    return -1;
  if (d < 0)
    d = 0;
  if (d > 9007199254740991.0)
    d = 9007199254740991.0;
  *out = d;
  return 0;
}
