// SPDX-License-Identifier: MIT
//
// ast_build_lit.c: literal text -> values, for the CST -> AST step.
//
// tree-sitter tells us where a literal is; this file decides what it means:
// string and template escapes (to WTF-8, so lone surrogates survive as
// 3-byte sequences), identifier escapes, numeric literals in every radix
// and BigInt digits. Pure text functions: no tree-sitter here.
#include "ast_build.h"
#include "unicode_id.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

// Output being decoded, with one UTF-16 high surrogate held back so that a
// following low surrogate escape can join it into one code point.
typedef struct Out {
  char *buf;
  size_t len;
  int32_t pending; // held high surrogate, or -1
} Out;

static void put_cp(Out *o, uint32_t cp) {
  char *p = o->buf + o->len;
  if (cp < 0x80) {
    p[0] = (char)cp;
    o->len += 1;
  } else if (cp < 0x800) {
    p[0] = (char)(0xC0 | (cp >> 6));
    p[1] = (char)(0x80 | (cp & 0x3F));
    o->len += 2;
  } else if (cp < 0x10000) {
    p[0] = (char)(0xE0 | (cp >> 12));
    p[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    p[2] = (char)(0x80 | (cp & 0x3F));
    o->len += 3;
  } else {
    p[0] = (char)(0xF0 | (cp >> 18));
    p[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    p[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    p[3] = (char)(0x80 | (cp & 0x3F));
    o->len += 4;
  }
}

static void flush_pending(Out *o) {
  if (o->pending >= 0) {
    put_cp(o, (uint32_t)o->pending);
    o->pending = -1;
  }
}

// Emits a code point produced by an escape (may be a surrogate).
static void put_unit(Out *o, uint32_t cp) {
  if (cp >= 0xDC00 && cp <= 0xDFFF && o->pending >= 0) {
    uint32_t hi = (uint32_t)o->pending;
    o->pending = -1;
    put_cp(o, 0x10000 + ((hi - 0xD800) << 10) + (cp - 0xDC00));
    return;
  }
  flush_pending(o);
  if (cp >= 0xD800 && cp <= 0xDBFF)
    o->pending = (int32_t)cp;
  else
    put_cp(o, cp);
}

static void put_byte(Out *o, char c) {
  flush_pending(o);
  o->buf[o->len++] = c;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// Reads the escape after "\u" at s[*i]: XXXX or {X...}. Returns the code
// point, or -1 (malformed) / -2 (above U+10FFFF); advances *i past it.
static int32_t read_unicode_escape(const char *s, size_t n, size_t *i) {
  size_t p = *i;
  if (p < n && s[p] == '{') {
    uint32_t v = 0;
    size_t start = ++p;
    while (p < n && hex_value(s[p]) >= 0) {
      v = v * 16 + (uint32_t)hex_value(s[p]);
      if (v > 0x10FFFF)
        v = 0x110000;
      p++;
    }
    if (p == start || p >= n || s[p] != '}')
      return -1;
    *i = p + 1;
    return v > 0x10FFFF ? -2 : (int32_t)v;
  }
  if (p + 4 > n)
    return -1;
  int32_t v = 0;
  for (int k = 0; k < 4; k++) {
    int h = hex_value(s[p + k]);
    if (h < 0)
      return -1;
    v = v * 16 + h;
  }
  *i = p + 4;
  return v;
}

// Length of a line terminator at s[i] (LF, CR, CRLF, U+2028, U+2029) or 0.
static size_t line_terminator(const char *s, size_t n, size_t i) {
  if (s[i] == '\n')
    return 1;
  if (s[i] == '\r')
    return (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
  if ((unsigned char)s[i] == 0xE2 && i + 2 < n &&
      (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))
    return 3;
  return 0;
}

// Decodes one escape; s[i] is the character after the backslash. Returns
// the index after the escape, or (size_t)-1 with r->err set.
static size_t decode_escape(const char *s, size_t n, size_t i, bool template,
                            Out *o, LitResult *r) {
  char c = s[i];
  size_t lt = line_terminator(s, n, i);
  if (lt)
    return i + lt; // line continuation: contributes nothing
  switch (c) {
  case 'n': put_byte(o, '\n'); return i + 1;
  case 't': put_byte(o, '\t'); return i + 1;
  case 'r': put_byte(o, '\r'); return i + 1;
  case 'b': put_byte(o, '\b'); return i + 1;
  case 'f': put_byte(o, '\f'); return i + 1;
  case 'v': put_byte(o, '\v'); return i + 1;
  case 'x': {
    int h1 = i + 1 < n ? hex_value(s[i + 1]) : -1;
    int h2 = i + 2 < n ? hex_value(s[i + 2]) : -1;
    if (h1 < 0 || h2 < 0) {
      r->err = "Invalid hexadecimal escape sequence";
      return (size_t)-1;
    }
    put_unit(o, (uint32_t)(h1 * 16 + h2));
    return i + 3;
  }
  case 'u': {
    size_t p = i + 1;
    int32_t cp = read_unicode_escape(s, n, &p);
    if (cp < 0) {
      r->err = cp == -2 ? "Undefined Unicode code-point"
                        : "Invalid Unicode escape sequence";
      return (size_t)-1;
    }
    put_unit(o, (uint32_t)cp);
    return p;
  }
  case '8':
  case '9':
    if (template) {
      r->err = "\\8 and \\9 are not allowed in template strings";
      return (size_t)-1;
    }
    r->legacy_octal = true;
    put_byte(o, c);
    return i + 1;
  default: break;
  }
  if (c >= '0' && c <= '7') {
    bool next_digit = i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9';
    if (c == '0' && !next_digit) {
      put_byte(o, '\0');
      return i + 1;
    }
    if (template) {
      r->err = "Octal escape sequences are not allowed in template strings";
      return (size_t)-1;
    }
    // LegacyOctalEscapeSequence: at most three digits, value <= 0377.
    r->legacy_octal = true;
    uint32_t v = (uint32_t)(c - '0');
    size_t p = i + 1;
    size_t max = c <= '3' ? 3 : 2;
    while (p < n && p - i < max && s[p] >= '0' && s[p] <= '7')
      v = v * 8 + (uint32_t)(s[p++] - '0');
    put_unit(o, v);
    return p;
  }
  // Any other character (possibly multi-byte) stands for itself.
  flush_pending(o);
  size_t end = i + 1;
  while (end < n && ((unsigned char)s[end] & 0xC0) == 0x80)
    end++;
  memcpy(o->buf + o->len, s + i, end - i);
  o->len += end - i;
  return end;
}

LitResult lit_decode_string(const char *s, size_t n, bool template) {
  LitResult r = {0};
  // Every escape is at least as long as what it produces, so n bytes do.
  Out o = {arena_alloc(n + 4), 0, -1};
  size_t i = 0;
  while (i < n) {
    char c = s[i];
    if (c == '\\' && i + 1 < n) {
      size_t next = decode_escape(s, n, i + 1, template, &o, &r);
      if (next == (size_t)-1) {
        r.err_at = i;
        return r;
      }
      i = next;
    } else if (template && c == '\r') {
      put_byte(&o, '\n'); // TV of CR and CRLF is LF
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
    } else if (!template && (c == '\n' || c == '\r')) {
      r.err = "Invalid or unexpected token";  // a string ends on its line
      r.err_at = SIZE_MAX;
      return r;
    } else {
      put_byte(&o, c);
      i++;
    }
  }
  flush_pending(&o);
  o.buf[o.len] = '\0';
  r.str = o.buf;
  r.len = o.len;
  return r;
}

char *lit_template_raw(const char *s, size_t n, size_t *out_len) {
  char *p = arena_alloc(n + 1);
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\r') {
      p[len++] = '\n';
      if (i + 1 < n && s[i + 1] == '\n')
        i++;
    } else {
      p[len++] = s[i];
    }
  }
  p[len] = '\0';
  *out_len = len;
  return p;
}

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < r[mid][0])
      hi = mid;
    else if (cp > r[mid][1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static bool id_start(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
  return in_ranges(unicode_id_start, COUNT_OF(unicode_id_start), cp);
}

static bool id_part(uint32_t cp) {
  if (cp < 0x80)
    return id_start(cp) || (cp >= '0' && cp <= '9');
  return cp == 0x200C || cp == 0x200D ||
         in_ranges(unicode_id_continue, COUNT_OF(unicode_id_continue), cp);
}

// ECMA-262 #prod-IdentifierName over the UTF-8 (WTF-8) of a name, escapes
// already decoded: ID_Start, $ or _ first, then ID_Continue, $, ZWNJ or ZWJ.
bool lit_ident_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    uint32_t c = p[i];
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c >= 0x80 && !extra)
      return false;
    if (i + (size_t)extra >= n)
      return false;  // truncated
    if (extra)
      c &= 0x3Fu >> extra;
    for (int k = 1; k <= extra; k++)
      c = (c << 6) | (p[i + (size_t)k] & 0x3F);
    if (!(i == 0 ? id_start(c) : id_part(c)))
      return false;
    i += 1 + (size_t)extra;
  }
  return n > 0;
}

char *lit_decode_ident(const char *s, size_t n, size_t *out_len) {
  Out o = {arena_alloc(n + 4), 0, -1};
  size_t i = 0;
  while (i < n) {
    if (s[i] == '\\') {
      if (i + 1 >= n || s[i + 1] != 'u')
        return NULL;
      size_t p = i + 2;
      int32_t cp = read_unicode_escape(s, n, &p);
      if (cp < 0)
        return NULL;
      put_unit(&o, (uint32_t)cp);
      i = p;
    } else {
      put_byte(&o, s[i++]);
    }
  }
  flush_pending(&o);
  o.buf[o.len] = '\0';
  *out_len = o.len;
  return o.buf;
}

// Copies [s, s+n) without numeric separators into buf (size >= n + 1).
static size_t strip_separators(const char *s, size_t n, char *buf) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] != '_')
      buf[len++] = s[i];
  buf[len] = '\0';
  return len;
}

static int radix_of(const char *s, size_t n) {
  if (n < 2 || s[0] != '0')
    return 10;
  switch (s[1]) {
  case 'x':
  case 'X': return 16;
  case 'o':
  case 'O': return 8;
  case 'b':
  case 'B': return 2;
  default: return 10;
  }
}

// Integer digits in a power-of-two radix, rounded to the nearest double:
// keep the top 64 bits, fold the rest into a sticky bit, let the hardware
// round the 64-bit integer, then scale.
static bool parse_pow2(const char *s, size_t n, int radix, double *out) {
  int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
  uint64_t m = 0;
  int shift = 0;
  bool sticky = false;
  if (n == 0)
    return false;
  for (size_t i = 0; i < n; i++) {
    int d = hex_value(s[i]);
    if (d < 0 || d >= radix)
      return false;
    for (int b = bits - 1; b >= 0; b--) {
      int bit = (d >> b) & 1;
      if (m >> 63) {
        shift++;
        sticky |= bit;
      } else {
        m = m * 2 + (uint64_t)bit;
      }
    }
  }
  if (sticky)
    m |= 1;
  *out = ldexp((double)m, shift);
  return true;
}

// Numeric separators (ECMA-262 #sec-literals-numeric-literals): each `_`
// sits between two digits of the literal's radix, never right after the
// radix prefix, and never in a literal with a leading 0 (`0_1`, `00_1`).
static bool separators_ok(const char *s, size_t n, int radix) {
  size_t first = radix == 10 ? 0 : 2;
  bool leading_zero = radix == 10 && n > 1 && s[0] == '0' && s[1] != '.' &&
                      s[1] != 'e' && s[1] != 'E';
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '_')
      continue;
    if (leading_zero || i <= first || i + 1 >= n)
      return false;
    int before = hex_value(s[i - 1]), after = hex_value(s[i + 1]);
    if (before < 0 || before >= radix || after < 0 || after >= radix)
      return false;
  }
  return true;
}

bool lit_parse_number(const char *s, size_t n, double *out,
                      bool *legacy_octal) {
  *legacy_octal = false;
  if (memchr(s, '_', n) && !separators_ok(s, n, radix_of(s, n)))
    return false;
  char small[128];
  char *buf = n < sizeof small ? small : malloc(n + 1);
  if (!buf)
    return false;
  size_t len = strip_separators(s, n, buf);
  bool ok = false;
  int radix = radix_of(buf, len);
  if (radix != 10) {
    ok = parse_pow2(buf + 2, len - 2, radix, out);
  } else if (len > 1 && buf[0] == '0' && buf[1] >= '0' && buf[1] <= '9') {
    // 010 is legacy octal; 08 and 019.5 are decimal. Both are sloppy only.
    *legacy_octal = true;
    bool octal = true;
    for (size_t i = 0; i < len; i++)
      if (buf[i] < '0' || buf[i] > '7')
        octal = false;
    if (octal) {
      ok = parse_pow2(buf + 1, len - 1, 8, out);
    } else {
      char *end;
      *out = strtod(buf, &end);
      ok = end == buf + len;
    }
  } else {
    char *end;
    *out = strtod(buf, &end);
    ok = len > 0 && end == buf + len;
  }
  if (buf != small)
    free(buf);
  return ok;
}

bool lit_bigint_ok(const char *s, size_t n) {
  int radix = radix_of(s, n);
  if (n == 0 || !separators_ok(s, n, radix))
    return false;
  if (radix != 10)
    return n > 2;
  if (n > 1 && s[0] == '0')
    return false; // 01n, 08n: no legacy forms for BigInt
  for (size_t i = 0; i < n; i++)
    if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '_')
      return false; // 1.5n, 1e3n
  return true;
}

char *lit_bigint_decimal(const char *s, size_t n) {
  char *buf = malloc(n + 1);
  if (!buf)
    return arena_strndup("0", 1);
  size_t len = strip_separators(s, n, buf);
  int radix = radix_of(buf, len);
  size_t i = radix == 10 ? 0 : 2;
  // Little-endian limbs in base 1e9.
  // A hex digit adds log10(16) < 1.21 decimal digits.
  size_t cap = len * 13 / 90 + 2, nlimbs = 1;
  uint32_t *limb = calloc(cap, sizeof *limb);
  if (!limb) {
    free(buf);
    return arena_strndup("0", 1);
  }
  for (; i < len; i++) {
    int d = hex_value(buf[i]);
    if (d < 0 || d >= radix)
      continue;
    uint64_t carry = (uint64_t)d;
    for (size_t k = 0; k < nlimbs; k++) {
      uint64_t v = (uint64_t)limb[k] * (uint64_t)radix + carry;
      limb[k] = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry && nlimbs < cap)
      limb[nlimbs++] = (uint32_t)carry;
  }
  char *out = arena_alloc(nlimbs * 9 + 1);
  int o = sprintf(out, "%u", limb[nlimbs - 1]);
  for (size_t k = nlimbs - 1; k-- > 0;)
    o += sprintf(out + o, "%09u", limb[k]);
  free(limb);
  free(buf);
  return out;
}
