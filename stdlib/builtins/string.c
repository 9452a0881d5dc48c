// SPDX-License-Identifier: MIT
//
// string.c: the String constructor, String.prototype and the String
// Iterator (ECMA-262 #sec-string-objects), plus GetSubstitution, which
// RegExp's [Symbol.replace] shares.
//
// Strings are sequences of UTF-16 code units; methods flatten their inputs
// once (js_to_flat_string) and then index code units with js_str_at. Case
// mapping covers Latin, Greek and Cyrillic (what node's output shows for
// everyday text); localeCompare reads its options here and collates in
// collate.c.
#include "../stdlib.h"

#include <math.h>

// V8's maximum string length (2^29 - 24 code units).
#define MAX_STRING_LEN 536870888.0

JsString *js_to_flat_string(JsRt *rt, JsValue v) {
  if (!js_is_string(v)) {
    v = js_to_string(rt, v);
    if (js_is_exception(v))
      return NULL;
  }
  return js_str_flatten(rt, js_str(v));
}

static JsValue str_val(JsString *s) { return js_from_cell(s); }

// RequireObjectCoercible(this) then ToString, with V8's message.
static JsString *this_str(JsRt *rt, JsValue this_val, const char *method) {
  if (js_is_nullish(this_val)) {
    js_throw_type_error(rt, "String.prototype.%s called on null or undefined", method);
    return NULL;
  }
  return js_to_flat_string(rt, this_val);
}

// Substring of a flat string by code-unit indices.
static JsValue sub(JsRt *rt, JsString *s, double start, double end) {
  if (start >= end)
    return rt->atom_empty;
  return js_str_substring(rt, s, (uint32_t)start, (uint32_t)end);
}

// StringIndexOf (#sec-stringindexof): first index >= from where [pat]
// occurs in [s], or -1. Both flat.
static int64_t str_index_of(JsString *s, JsString *pat, uint32_t from) {
  uint32_t n = js_str_len(s), m = js_str_len(pat);
  if (m == 0)
    return from <= n ? (int64_t)from : -1;
  if (m > n)
    return -1;
  if (!(s->hdr.flags & JS_STR_WIDE)) {
    if (pat->hdr.flags & JS_STR_WIDE)
      return -1;  // pat has a unit above 0xff (flat strings are narrowest)
    const uint8_t *b = s->data, *pb = pat->data;
    for (uint32_t i = from; i + m <= n; i++) {
      const uint8_t *hit = memchr(b + i, pb[0], n - m + 1 - i);
      if (!hit)
        return -1;
      i = (uint32_t)(hit - b);
      if (memcmp(hit + 1, pb + 1, m - 1) == 0)
        return i;
    }
    return -1;
  }
  uint16_t first = js_str_at(pat, 0);
  for (uint32_t i = from; i + m <= n; i++) {
    if (js_str_at(s, i) != first)
      continue;
    uint32_t j = 1;
    while (j < m && js_str_at(s, i + j) == js_str_at(pat, j))
      j++;
    if (j == m)
      return i;
  }
  return -1;
}

// Last index <= from where [pat] occurs in [s], or -1.
static int64_t str_last_index_of(JsString *s, JsString *pat, double from) {
  uint32_t n = js_str_len(s), m = js_str_len(pat);
  if (m > n)
    return -1;
  double start = fmin(from, n - m);
  if (m > 0 && !(s->hdr.flags & JS_STR_WIDE) && !(pat->hdr.flags & JS_STR_WIDE)) {
    const uint8_t *b = s->data, *pb = pat->data;
    for (int64_t i = (int64_t)start; i >= 0; i--)
      if (b[i] == pb[0] && memcmp(b + i, pb, m) == 0)
        return i;
    return -1;
  }
  for (int64_t i = (int64_t)start; i >= 0; i--) {
    uint32_t j = 0;
    while (j < m && js_str_at(s, (uint32_t)i + j) == js_str_at(pat, j))
      j++;
    if (j == m)
      return i;
  }
  return -1;
}

static bool starts_at(JsString *s, JsString *pat, uint32_t at) {
  uint32_t m = js_str_len(pat);
  if ((uint64_t)at + m > js_str_len(s))
    return false;
  for (uint32_t j = 0; j < m; j++)
    if (js_str_at(s, at + j) != js_str_at(pat, j))
      return false;
  return true;
}

// Clamped integer argument: ToIntegerOrInfinity, then into [0, len].
static int clamp_arg(JsRt *rt, JsValue v, double len, double dflt, double *out) {
  if (js_is_undefined(v)) {
    *out = dflt;
    return 0;
  }
  double d;
  if (js_to_integer(rt, v, &d) < 0)
    return -1;
  *out = d < 0 ? 0 : d > len ? len : d;
  return 0;
}

// IsRegExp (#sec-isregexp): 1, 0 or -1.
static int is_regexp(JsRt *rt, JsValue v) {
  if (!js_is_object(v))
    return 0;
  JsValue m = js_get_prop(rt, v, rt->sym_match);
  if (js_is_exception(m))
    return -1;
  if (!js_is_undefined(m))
    return js_truthy(rt, m);
  return js_class_of(v) == JS_CLASS_REGEXP;
}

// The search-string argument of includes/startsWith/endsWith.
static JsString *search_arg(JsRt *rt, JsValue v, const char *method) {
  int r = is_regexp(rt, v);
  if (r < 0)
    return NULL;
  if (r) {
    js_throw_type_error(rt, "First argument to String.prototype.%s must not be a "
                        "regular expression", method);
    return NULL;
  }
  return js_to_flat_string(rt, v);
}

// ---------------------------------------------------------------------------
// The constructor and its static methods.
// ---------------------------------------------------------------------------

// A String wrapper object (#sec-stringcreate): class JS_CLASS_STRING holding
// the primitive, with an own non-writable length.
static JsValue string_create(JsRt *rt, JsValue s, JsValue new_target) {
  JsValue o = js_ordinary_create_from_constructor(rt, new_target, rt->string_proto,
                                                  JS_CLASS_STRING);
  if (js_is_exception(o))
    return o;
  // The runtime presents length and the indices of JS_CLASS_STRING objects.
  js_set_boxed_value(js_obj(o), s);
  return o;
}

// String(value) / new String(value): ECMA-262 #sec-string-constructor-string-value
static JsValue string_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  JsValue s = rt->atom_empty;
  if (argc > 0) {
    if (js_is_undefined(new_target) && js_is_symbol(argv[0])) {
      JsValue d = ((JsSymbol *)js_cell(argv[0]))->description;
      JsStrBuf sb;
      js_sb_init(&sb);
      js_sb_puts(&sb, "Symbol(");
      if (js_is_string(d))
        js_sb_put_str(rt, &sb, js_str(d));
      js_sb_putc(&sb, ')');
      return js_sb_finish(rt, &sb);
    }
    s = js_to_string(rt, argv[0]);
    if (js_is_exception(s))
      return s;
  }
  if (js_is_undefined(new_target))
    return s;
  return string_create(rt, s, new_target);
}

// String.fromCharCode(...codeUnits)
static JsValue string_from_char_code(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  JsStrBuf sb;
  js_sb_init(&sb);
  uint16_t last = 0;
  for (int i = 0; i < argc; i++) {
    double d;
    if (js_to_double(rt, argv[i], &d) < 0)
      return JS_EXCEPTION;
    last = (uint16_t)js_to_uint32_d(d);
    js_sb_putc(&sb, last);
  }
  if (argc == 1)
    return js_str_from_char(rt, last);
  return js_sb_finish(rt, &sb);
}

static void put_code_point(JsStrBuf *sb, uint32_t cp) {
  if (cp < 0x10000) {
    js_sb_putc(sb, (uint16_t)cp);
    return;
  }
  cp -= 0x10000;
  js_sb_putc(sb, (uint16_t)(0xd800 + (cp >> 10)));
  js_sb_putc(sb, (uint16_t)(0xdc00 + (cp & 0x3ff)));
}

// String.fromCodePoint(...codePoints)
static JsValue string_from_code_point(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsStrBuf sb;
  js_sb_init(&sb);
  for (int i = 0; i < argc; i++) {
    double d;
    if (js_to_double(rt, argv[i], &d) < 0)
      return JS_EXCEPTION;
    if (!(d >= 0 && d <= 0x10ffff) || d != floor(d))
      return js_throw_range_error(rt, "Invalid code point %s",
                                  js_cstr(rt, js_is_number(argv[i]) ? argv[i] : js_number(d)));
    put_code_point(&sb, (uint32_t)d);
  }
  return js_sb_finish(rt, &sb);
}

// String.raw(template, ...substitutions): ECMA-262 #sec-string.raw
static JsValue string_raw(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  JsValue cooked = js_to_object(rt, js_arg(argc, argv, 0));
  if (js_is_exception(cooked))
    return cooked;
  JsValue raw = js_get_prop(rt, cooked, rt->atom_raw);
  if (js_is_exception(raw) || js_is_exception(raw = js_to_object(rt, raw)))
    return JS_EXCEPTION;
  double len;
  if (js_length_of(rt, raw, &len) < 0)
    return JS_EXCEPTION;
  JsStrBuf sb;
  js_sb_init(&sb);
  for (double i = 0; i < len; i++) {
    JsValue seg = js_get_elem(rt, raw, js_number(i));
    if (js_is_exception(seg) || js_sb_put_value(rt, &sb, seg) < 0)
      return JS_EXCEPTION;
    if (i + 1 == len)
      break;
    if (i + 1 < argc && js_sb_put_value(rt, &sb, argv[(int)i + 1]) < 0)
      return JS_EXCEPTION;
  }
  return js_sb_finish(rt, &sb);
}

// ---------------------------------------------------------------------------
// String.prototype: characters and searching.
// ---------------------------------------------------------------------------

// thisStringValue (#sec-thisstringvalue) for toString and valueOf.
static JsValue this_string_value(JsRt *rt, JsValue v, const char *method) {
  if (js_is_string(v))
    return v;
  if (js_class_of(v) == JS_CLASS_STRING)
    return js_boxed_value(js_obj(v));
  return js_throw_type_error(rt, "String.prototype.%s requires that 'this' be a String",
                             method);
}

static JsValue string_proto_to_string(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  return this_string_value(rt, this_val, "toString");
}

static JsValue string_proto_value_of(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  return this_string_value(rt, this_val, "valueOf");
}

static JsValue string_proto_at(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "at");
  double k;
  if (!s || js_to_integer(rt, js_arg(argc, argv, 0), &k) < 0)
    return JS_EXCEPTION;
  double len = js_str_len(s);
  if (k < 0)
    k += len;
  if (k < 0 || k >= len)
    return JS_UNDEFINED;
  return js_str_from_char(rt, js_str_at(s, (uint32_t)k));
}

static JsValue string_proto_char_at(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "charAt");
  double k;
  if (!s || js_to_integer(rt, js_arg(argc, argv, 0), &k) < 0)
    return JS_EXCEPTION;
  if (k < 0 || k >= js_str_len(s))
    return rt->atom_empty;
  return js_str_from_char(rt, js_str_at(s, (uint32_t)k));
}

static JsValue string_proto_char_code_at(JsRt *rt, JsValue callee, JsValue this_val,
                                         int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "charCodeAt");
  double k;
  if (!s || js_to_integer(rt, js_arg(argc, argv, 0), &k) < 0)
    return JS_EXCEPTION;
  if (k < 0 || k >= js_str_len(s))
    return js_double(NAN);
  return js_int(js_str_at(s, (uint32_t)k));
}

// The code point at [i] of a flat string (a lone surrogate stands alone);
// *units gets 1 or 2.
static uint32_t code_point_at(JsString *s, uint32_t i, int *units) {
  uint16_t c = js_str_at(s, i);
  *units = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < js_str_len(s)) {
    uint16_t d = js_str_at(s, i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      *units = 2;
      return 0x10000 + ((uint32_t)(c - 0xd800) << 10) + (d - 0xdc00);
    }
  }
  return c;
}

static JsValue string_proto_code_point_at(JsRt *rt, JsValue callee, JsValue this_val,
                                          int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "codePointAt");
  double k;
  if (!s || js_to_integer(rt, js_arg(argc, argv, 0), &k) < 0)
    return JS_EXCEPTION;
  if (k < 0 || k >= js_str_len(s))
    return JS_UNDEFINED;
  int units;
  return js_int((int32_t)code_point_at(s, (uint32_t)k, &units));
}

static JsValue string_proto_concat(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "concat");
  if (!s)
    return JS_EXCEPTION;
  JsValue r = str_val(s);
  for (int i = 0; i < argc; i++) {
    JsValue t = js_to_string(rt, argv[i]);
    if (js_is_exception(t))
      return t;
    r = js_concat(rt, r, t);
    if (js_is_exception(r))
      return r;
  }
  return r;
}

static JsValue string_proto_index_of(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "indexOf");
  JsString *pat = s ? js_to_flat_string(rt, js_arg(argc, argv, 0)) : NULL;
  double pos;
  if (!pat || clamp_arg(rt, js_arg(argc, argv, 1), js_str_len(s), 0, &pos) < 0)
    return JS_EXCEPTION;
  return js_number((double)str_index_of(s, pat, (uint32_t)pos));
}

static JsValue string_proto_last_index_of(JsRt *rt, JsValue callee, JsValue this_val,
                                          int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "lastIndexOf");
  JsString *pat = s ? js_to_flat_string(rt, js_arg(argc, argv, 0)) : NULL;
  double num;
  if (!pat || js_to_double(rt, js_arg(argc, argv, 1), &num) < 0)
    return JS_EXCEPTION;
  double pos = num != num ? INFINITY : trunc(num);
  double len = js_str_len(s);
  pos = pos < 0 ? 0 : pos > len ? len : pos;
  return js_number((double)str_last_index_of(s, pat, pos));
}

static JsValue string_proto_includes(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "includes");
  JsString *pat = s ? search_arg(rt, js_arg(argc, argv, 0), "includes") : NULL;
  double pos;
  if (!pat || clamp_arg(rt, js_arg(argc, argv, 1), js_str_len(s), 0, &pos) < 0)
    return JS_EXCEPTION;
  return js_bool(str_index_of(s, pat, (uint32_t)pos) >= 0);
}

static JsValue string_proto_starts_with(JsRt *rt, JsValue callee, JsValue this_val,
                                        int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "startsWith");
  JsString *pat = s ? search_arg(rt, js_arg(argc, argv, 0), "startsWith") : NULL;
  double pos;
  if (!pat || clamp_arg(rt, js_arg(argc, argv, 1), js_str_len(s), 0, &pos) < 0)
    return JS_EXCEPTION;
  return js_bool(starts_at(s, pat, (uint32_t)pos));
}

static JsValue string_proto_ends_with(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "endsWith");
  JsString *pat = s ? search_arg(rt, js_arg(argc, argv, 0), "endsWith") : NULL;
  double end;
  if (!pat ||
      clamp_arg(rt, js_arg(argc, argv, 1), js_str_len(s), js_str_len(s), &end) < 0)
    return JS_EXCEPTION;
  double start = end - js_str_len(pat);
  return js_bool(start >= 0 && starts_at(s, pat, (uint32_t)start));
}

// ---------------------------------------------------------------------------
// String.prototype: extracting and building.
// ---------------------------------------------------------------------------

static JsValue string_proto_slice(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "slice");
  if (!s)
    return JS_EXCEPTION;
  double len = js_str_len(s), from, to;
  JsValue a = js_arg(argc, argv, 0), b = js_arg(argc, argv, 1);
  if (js_to_integer(rt, a, &from) < 0)
    return JS_EXCEPTION;
  to = len;
  if (!js_is_undefined(b) && js_to_integer(rt, b, &to) < 0)
    return JS_EXCEPTION;
  from = from < 0 ? fmax(len + from, 0) : fmin(from, len);
  to = to < 0 ? fmax(len + to, 0) : fmin(to, len);
  return sub(rt, s, from, to);
}

static JsValue string_proto_substring(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "substring");
  double len = s ? js_str_len(s) : 0, a, b;
  if (!s || clamp_arg(rt, js_arg(argc, argv, 0), len, 0, &a) < 0 ||
      clamp_arg(rt, js_arg(argc, argv, 1), len, len, &b) < 0)
    return JS_EXCEPTION;
  return sub(rt, s, fmin(a, b), fmax(a, b));
}

// String.prototype.substr(start, length): Annex B #sec-string.prototype.substr
static JsValue string_proto_substr(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "substr");
  double start, n;
  if (!s || js_to_integer(rt, js_arg(argc, argv, 0), &start) < 0)
    return JS_EXCEPTION;
  double size = js_str_len(s);
  start = start < 0 ? fmax(size + start, 0) : fmin(start, size);
  JsValue l = js_arg(argc, argv, 1);
  n = size;
  if (!js_is_undefined(l) && js_to_integer(rt, l, &n) < 0)
    return JS_EXCEPTION;
  n = fmin(fmax(n, 0), size);
  return sub(rt, s, start, fmin(start + n, size));
}

// padStart/padEnd (#sec-stringpad).
static JsValue pad(JsRt *rt, JsValue this_val, int argc, JsValue *argv, bool at_start,
                   const char *method) {
  JsString *s = this_str(rt, this_val, method);
  double max;
  if (!s || js_to_length(rt, js_arg(argc, argv, 0), &max) < 0)
    return JS_EXCEPTION;
  uint32_t len = js_str_len(s);
  if (max <= len)
    return str_val(s);
  JsString *fill = NULL;
  JsValue f = js_arg(argc, argv, 1);
  if (!js_is_undefined(f) && !(fill = js_to_flat_string(rt, f)))
    return JS_EXCEPTION;
  if (fill && js_str_len(fill) == 0)
    return str_val(s);
  if (max > MAX_STRING_LEN)
    return js_throw_range_error(rt, "Invalid string length");
  JsStrBuf sb;
  js_sb_init(&sb);
  if (!at_start)
    js_sb_put_str(rt, &sb, s);
  uint32_t n = (uint32_t)max - len;
  for (uint32_t i = 0; i < n; i++)
    js_sb_putc(&sb, fill ? js_str_at(fill, i % js_str_len(fill)) : ' ');
  if (at_start)
    js_sb_put_str(rt, &sb, s);
  return js_sb_finish(rt, &sb);
}

static JsValue string_proto_pad_start(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  return pad(rt, this_val, argc, argv, true, "padStart");
}

static JsValue string_proto_pad_end(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  return pad(rt, this_val, argc, argv, false, "padEnd");
}

// String.prototype.repeat(count): ECMA-262 #sec-string.prototype.repeat
static JsValue string_proto_repeat(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "repeat");
  double n;
  if (!s || js_to_integer(rt, js_arg(argc, argv, 0), &n) < 0)
    return JS_EXCEPTION;
  if (n < 0 || isinf(n))
    return js_throw_range_error(rt, "Invalid count value: %s",
                                js_cstr(rt, js_number(n)));
  uint32_t len = js_str_len(s);
  if (n == 0 || len == 0)
    return rt->atom_empty;
  if (n * len > MAX_STRING_LEN)
    return js_throw_range_error(rt, "Invalid string length");
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < (uint32_t)n; i++)
    js_sb_put_str(rt, &sb, s);
  return js_sb_finish(rt, &sb);
}

// JS WhiteSpace and LineTerminator code units (#sec-white-space).
static bool is_space(uint16_t c) {
  if (c <= 0x20)
    return c == 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0)
    return false;
  return c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f ||
         c == 0x3000 || c == 0xfeff;
}

static JsValue trim(JsRt *rt, JsValue this_val, bool start, bool end,
                    const char *method) {
  JsString *s = this_str(rt, this_val, method);
  if (!s)
    return JS_EXCEPTION;
  uint32_t a = 0, b = js_str_len(s);
  while (start && a < b && is_space(js_str_at(s, a)))
    a++;
  while (end && b > a && is_space(js_str_at(s, b - 1)))
    b--;
  return sub(rt, s, a, b);
}

static JsValue string_proto_trim(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  return trim(rt, this_val, true, true, "trim");
}

static JsValue string_proto_trim_start(JsRt *rt, JsValue callee, JsValue this_val,
                                       int argc, JsValue *argv, JsValue new_target) {
  return trim(rt, this_val, true, false, "trimStart");
}

static JsValue string_proto_trim_end(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  return trim(rt, this_val, false, true, "trimEnd");
}

// ---------------------------------------------------------------------------
// split, replace and the RegExp-delegating methods.
// ---------------------------------------------------------------------------

// If [v] is an object with a [sym] method (a RegExp or a user matcher),
// calls it as v[sym](this, extra...) and sets *done. Returns the result or
// JS_UNDEFINED. Primitives are not asked (ES2025: their prototypes'
// Symbol.split etc. are not looked up).
static JsValue delegate(JsRt *rt, JsValue v, JsValue sym, JsValue o, int nextra,
                        JsValue *extra, bool *done) {
  *done = false;
  if (!js_is_object(v))
    return JS_UNDEFINED;
  JsValue m = js_get_method(rt, v, sym);
  if (js_is_exception(m) || js_is_undefined(m)) {
    *done = js_is_exception(m);
    return m;
  }
  *done = true;
  JsValue args[2] = { o, nextra ? extra[0] : JS_UNDEFINED };
  return js_call(rt, m, v, 1 + nextra, args);
}

// String.prototype.split(separator, limit): ECMA-262 #sec-string.prototype.split
static JsValue string_proto_split(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  if (js_is_nullish(this_val))
    return js_throw_type_error(rt, "String.prototype.split called on null or undefined");
  JsValue sepv = js_arg(argc, argv, 0), limv = js_arg(argc, argv, 1);
  bool done;
  JsValue r = delegate(rt, sepv, rt->sym_split, this_val, 1, &limv, &done);
  if (done)
    return r;
  JsString *s = js_to_flat_string(rt, this_val);
  if (!s)
    return JS_EXCEPTION;
  double lim = 4294967295.0, d;
  if (!js_is_undefined(limv)) {
    if (js_to_double(rt, limv, &d) < 0)
      return JS_EXCEPTION;
    lim = js_to_uint32_d(d);
  }
  JsString *sep = js_to_flat_string(rt, sepv);
  if (!sep)
    return JS_EXCEPTION;
  JsValue a = js_new_array(rt, 0);
  if (lim == 0)
    return a;
  if (js_is_undefined(sepv))
    return js_new_array_from(rt, 1, (JsValue[]){ str_val(s) });
  uint32_t len = js_str_len(s), m = js_str_len(sep);
  if (len == 0)
    return m == 0 ? a : js_new_array_from(rt, 1, (JsValue[]){ str_val(s) });
  if (m == 0) {
    for (uint32_t i = 0; i < len && i < lim; i++)
      js_array_push(rt, a, js_str_from_char(rt, js_str_at(s, i)));
    return a;
  }
  uint32_t p = 0, count = 0;
  int64_t q;
  while ((q = str_index_of(s, sep, p)) >= 0) {
    js_array_push(rt, a, sub(rt, s, p, (double)q));
    if (++count >= lim)
      return a;
    p = (uint32_t)q + m;
  }
  js_array_push(rt, a, sub(rt, s, p, len));
  return a;
}

// GetSubstitution (#sec-getsubstitution): expands $$, $&, $`, $', $n, $nn
// and $<name> in [tmpl]. [captures] holds ncaptures values (strings or
// undefined) for $1..; [named] is the groups object or undefined.
JsValue js_get_substitution(JsRt *rt, JsString *matched, JsString *str,
                            uint32_t pos, int ncaptures, const JsValue *captures,
                            JsValue named, JsString *tmpl) {
  JsStrBuf sb;
  js_sb_init(&sb);
  js_str_flatten(rt, tmpl);
  uint32_t n = js_str_len(tmpl), len = js_str_len(str);
  uint32_t tail = pos + js_str_len(matched);
  if (tail > len)
    tail = len;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = js_str_at(tmpl, i);
    uint16_t d = i + 1 < n ? js_str_at(tmpl, i + 1) : 0;
    if (c != '$' || i + 1 >= n) {
      js_sb_putc(&sb, c);
    } else if (d == '$') {
      js_sb_putc(&sb, '$');
      i++;
    } else if (d == '&') {
      js_sb_put_str(rt, &sb, matched);
      i++;
    } else if (d == '`') {
      js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, str, 0, pos)));
      i++;
    } else if (d == '\'') {
      js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, str, tail, len)));
      i++;
    } else if (d >= '0' && d <= '9') {
      int idx = d - '0', used = 1;
      uint16_t e = i + 2 < n ? js_str_at(tmpl, i + 2) : 0;
      if (e >= '0' && e <= '9' && idx * 10 + (e - '0') >= 1 &&
          idx * 10 + (e - '0') <= ncaptures) {
        idx = idx * 10 + (e - '0');
        used = 2;
      }
      if (idx < 1 || idx > ncaptures) {
        js_sb_putc(&sb, '$');
        continue;
      }
      JsValue cap = captures[idx - 1];
      if (!js_is_undefined(cap) && js_sb_put_value(rt, &sb, cap) < 0)
        return JS_EXCEPTION;
      i += used;
    } else if (d == '<' && !js_is_undefined(named)) {
      uint32_t j = i + 2;
      while (j < n && js_str_at(tmpl, j) != '>')
        j++;
      if (j >= n) {
        js_sb_putc(&sb, '$');
        continue;
      }
      JsValue key = js_str_substring(rt, tmpl, i + 2, j);
      JsValue cap = js_get_prop(rt, named, js_str_intern(rt, key));
      if (js_is_exception(cap))
        return cap;
      if (!js_is_undefined(cap) && js_sb_put_value(rt, &sb, cap) < 0)
        return JS_EXCEPTION;
      i = j;
    } else {
      js_sb_putc(&sb, '$');
    }
  }
  return js_sb_finish(rt, &sb);
}

// The replacement for one match at [pos]: the function's result or the
// expanded template.
static JsString *replacement(JsRt *rt, JsString *s, JsString *pat, uint32_t pos,
                             JsValue fn, JsString *tmpl) {
  JsValue r;
  if (tmpl) {
    r = js_get_substitution(rt, pat, s, pos, 0, NULL, JS_UNDEFINED, tmpl);
  } else {
    JsValue args[3] = { str_val(pat), js_int((int32_t)pos), str_val(s) };
    r = js_call(rt, fn, JS_UNDEFINED, 3, args);
  }
  if (js_is_exception(r))
    return NULL;
  return js_to_flat_string(rt, r);
}

// replace and replaceAll with a string pattern (#sec-string.prototype.replace).
static JsValue replace(JsRt *rt, JsValue this_val, int argc, JsValue *argv, bool all) {
  const char *name = all ? "replaceAll" : "replace";
  if (js_is_nullish(this_val))
    return js_throw_type_error(rt, "String.prototype.%s called on null or undefined", name);
  JsValue pv = js_arg(argc, argv, 0), rv = js_arg(argc, argv, 1);
  if (all && !js_is_nullish(pv)) {
    int re = is_regexp(rt, pv);
    if (re < 0)
      return JS_EXCEPTION;
    if (re) {
      JsValue flags = js_get_prop(rt, pv, rt->atom_flags);
      JsString *f;
      if (js_is_exception(flags))
        return flags;
      if (js_is_nullish(flags))
        return js_throw_type_error(rt, "String.prototype.replaceAll called with a non-global RegExp argument");
      if (!(f = js_to_flat_string(rt, flags)))
        return JS_EXCEPTION;
      if (str_index_of(f, js_str(js_str_from_char(rt, 'g')), 0) < 0)
        return js_throw_type_error(rt, "String.prototype.replaceAll called with a non-global RegExp argument");
    }
  }
  bool done;
  JsValue r = delegate(rt, pv, rt->sym_replace, this_val, 1, &rv, &done);
  if (done)
    return r;
  JsString *s = js_to_flat_string(rt, this_val);
  JsString *pat = s ? js_to_flat_string(rt, pv) : NULL;
  JsString *tmpl = NULL;
  if (!pat || (!js_is_callable(rv) && !(tmpl = js_to_flat_string(rt, rv))))
    return JS_EXCEPTION;
  uint32_t m = js_str_len(pat), end = 0;
  int64_t pos = str_index_of(s, pat, 0);
  if (pos < 0)
    return str_val(s);
  JsStrBuf sb;
  js_sb_init(&sb);
  while (pos >= 0) {
    JsString *rep = replacement(rt, s, pat, (uint32_t)pos, rv, tmpl);
    if (!rep)
      return JS_EXCEPTION;
    js_sb_put_str(rt, &sb, js_str(sub(rt, s, end, (double)pos)));
    js_sb_put_str(rt, &sb, rep);
    end = (uint32_t)pos + m;
    if (!all)
      break;
    pos = str_index_of(s, pat, (uint32_t)pos + (m ? m : 1));
  }
  js_sb_put_str(rt, &sb, js_str(sub(rt, s, end, js_str_len(s))));
  return js_sb_finish(rt, &sb);
}

static JsValue string_proto_replace(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  return replace(rt, this_val, argc, argv, false);
}

static JsValue string_proto_replace_all(JsRt *rt, JsValue callee, JsValue this_val,
                                        int argc, JsValue *argv, JsValue new_target) {
  return replace(rt, this_val, argc, argv, true);
}

// RegExp is linked per use (stdlib/init.c): a program that names match,
// matchAll or search links it (compiler/module/builtin_refs.c); one that
// reaches these methods only through a computed key may not have it.
__attribute__((weak)) JsValue js_new_regexp(JsRt *rt, JsValue source, JsValue flags);

// match, matchAll, search: delegate to the argument's method, else to a new
// RegExp made from it (#sec-string.prototype.match).
static JsValue regexp_delegate(JsRt *rt, JsValue this_val, JsValue arg, JsValue sym,
                               const char *flags, const char *name) {
  if (js_is_nullish(this_val))
    return js_throw_type_error(rt, "String.prototype.%s called on null or undefined", name);
  bool done;
  JsValue r = delegate(rt, arg, sym, this_val, 0, NULL, &done);
  if (done)
    return r;
  JsValue s = js_to_string(rt, this_val);
  if (js_is_exception(s))
    return s;
  JsValue src = js_is_undefined(arg) ? rt->atom_empty : js_to_string(rt, arg);
  if (js_is_exception(src))
    return src;
  if (!js_new_regexp)
    return js_throw_type_error(rt, "String.prototype.%s: RegExp is not linked into this "
                              "executable", name);
  JsValue rx = js_new_regexp(rt, src, js_new_cstring(rt, flags));
  if (js_is_exception(rx))
    return rx;
  return js_invoke(rt, rx, sym, 1, &s);
}

static JsValue string_proto_match(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  return regexp_delegate(rt, this_val, js_arg(argc, argv, 0), rt->sym_match, "", "match");
}

static JsValue string_proto_search(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  return regexp_delegate(rt, this_val, js_arg(argc, argv, 0), rt->sym_search, "", "search");
}

static JsValue string_proto_match_all(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsValue rx = js_arg(argc, argv, 0);
  int re = js_is_nullish(this_val) ? 0 : is_regexp(rt, rx);
  if (re < 0)
    return JS_EXCEPTION;
  if (re) {
    JsValue flags = js_get_prop(rt, rx, rt->atom_flags);
    JsString *f;
    if (js_is_exception(flags))
      return flags;
    if (js_is_nullish(flags))
      return js_throw_type_error(rt, "String.prototype.matchAll called with a non-global RegExp argument");
    if (!(f = js_to_flat_string(rt, flags)))
      return JS_EXCEPTION;
    if (str_index_of(f, js_str(js_str_from_char(rt, 'g')), 0) < 0)
      return js_throw_type_error(rt, "String.prototype.matchAll called with a non-global RegExp argument");
  }
  return regexp_delegate(rt, this_val, rx, rt->sym_match_all, "g", "matchAll");
}

// ---------------------------------------------------------------------------
// Case mapping, normalization and comparison.
// ---------------------------------------------------------------------------

// Case mapping of BMP code units. The tables below were generated from the
// Unicode Character Database (UnicodeData.txt and SpecialCasing.txt) as
// node 20 applies it: for c in [lo, hi] with (c - lo) % step == 0 the simple
// mapping is c + delta. Upper-case mappings that expand to several units
// (ß -> SS) are listed separately; the only expanding lower-case mapping
// (İ -> i + combining dot) and the context-dependent final sigma are handled
// in convert_case.
typedef struct CaseRange {
  uint16_t lo, hi;
  uint8_t step;
  int32_t delta;
} CaseRange;

typedef struct CaseExpansion {
  uint16_t c;
  uint16_t units[3];  // 0-terminated when shorter
} CaseExpansion;

static const CaseRange upper_ranges[] = {
  { 0x61, 0x7a, 1, -32 }, { 0xb5, 0xb5, 1, 743 }, { 0xe0, 0xf6, 1, -32 },
  { 0xf8, 0xfe, 1, -32 }, { 0xff, 0xff, 1, 121 }, { 0x101, 0x12f, 2, -1 },
  { 0x131, 0x131, 1, -232 }, { 0x133, 0x137, 2, -1 }, { 0x13a, 0x148, 2, -1 },
  { 0x14b, 0x177, 2, -1 }, { 0x17a, 0x17e, 2, -1 }, { 0x17f, 0x17f, 1, -300 },
  { 0x180, 0x180, 1, 195 }, { 0x183, 0x185, 2, -1 }, { 0x188, 0x188, 1, -1 },
  { 0x18c, 0x18c, 1, -1 }, { 0x192, 0x192, 1, -1 }, { 0x195, 0x195, 1, 97 },
  { 0x199, 0x199, 1, -1 }, { 0x19a, 0x19a, 1, 163 },
  { 0x19b, 0x19b, 1, 42561 }, { 0x19e, 0x19e, 1, 130 },
  { 0x1a1, 0x1a5, 2, -1 }, { 0x1a8, 0x1a8, 1, -1 }, { 0x1ad, 0x1ad, 1, -1 },
  { 0x1b0, 0x1b0, 1, -1 }, { 0x1b4, 0x1b6, 2, -1 }, { 0x1b9, 0x1b9, 1, -1 },
  { 0x1bd, 0x1bd, 1, -1 }, { 0x1bf, 0x1bf, 1, 56 }, { 0x1c5, 0x1c5, 1, -1 },
  { 0x1c6, 0x1c6, 1, -2 }, { 0x1c8, 0x1c8, 1, -1 }, { 0x1c9, 0x1c9, 1, -2 },
  { 0x1cb, 0x1cb, 1, -1 }, { 0x1cc, 0x1cc, 1, -2 }, { 0x1ce, 0x1dc, 2, -1 },
  { 0x1dd, 0x1dd, 1, -79 }, { 0x1df, 0x1ef, 2, -1 }, { 0x1f2, 0x1f2, 1, -1 },
  { 0x1f3, 0x1f3, 1, -2 }, { 0x1f5, 0x1f5, 1, -1 }, { 0x1f9, 0x21f, 2, -1 },
  { 0x223, 0x233, 2, -1 }, { 0x23c, 0x23c, 1, -1 }, { 0x23f, 0x240, 1, 10815 },
  { 0x242, 0x242, 1, -1 }, { 0x247, 0x24f, 2, -1 }, { 0x250, 0x250, 1, 10783 },
  { 0x251, 0x251, 1, 10780 }, { 0x252, 0x252, 1, 10782 },
  { 0x253, 0x253, 1, -210 }, { 0x254, 0x254, 1, -206 },
  { 0x256, 0x257, 1, -205 }, { 0x259, 0x259, 1, -202 },
  { 0x25b, 0x25b, 1, -203 }, { 0x25c, 0x25c, 1, 42319 },
  { 0x260, 0x260, 1, -205 }, { 0x261, 0x261, 1, 42315 },
  { 0x263, 0x263, 1, -207 }, { 0x264, 0x264, 1, 42343 },
  { 0x265, 0x265, 1, 42280 }, { 0x266, 0x266, 1, 42308 },
  { 0x268, 0x268, 1, -209 }, { 0x269, 0x269, 1, -211 },
  { 0x26a, 0x26a, 1, 42308 }, { 0x26b, 0x26b, 1, 10743 },
  { 0x26c, 0x26c, 1, 42305 }, { 0x26f, 0x26f, 1, -211 },
  { 0x271, 0x271, 1, 10749 }, { 0x272, 0x272, 1, -213 },
  { 0x275, 0x275, 1, -214 }, { 0x27d, 0x27d, 1, 10727 },
  { 0x280, 0x280, 1, -218 }, { 0x282, 0x282, 1, 42307 },
  { 0x283, 0x283, 1, -218 }, { 0x287, 0x287, 1, 42282 },
  { 0x288, 0x288, 1, -218 }, { 0x289, 0x289, 1, -69 },
  { 0x28a, 0x28b, 1, -217 }, { 0x28c, 0x28c, 1, -71 },
  { 0x292, 0x292, 1, -219 }, { 0x29d, 0x29d, 1, 42261 },
  { 0x29e, 0x29e, 1, 42258 }, { 0x345, 0x345, 1, 84 }, { 0x371, 0x373, 2, -1 },
  { 0x377, 0x377, 1, -1 }, { 0x37b, 0x37d, 1, 130 }, { 0x3ac, 0x3ac, 1, -38 },
  { 0x3ad, 0x3af, 1, -37 }, { 0x3b1, 0x3c1, 1, -32 }, { 0x3c2, 0x3c2, 1, -31 },
  { 0x3c3, 0x3cb, 1, -32 }, { 0x3cc, 0x3cc, 1, -64 }, { 0x3cd, 0x3ce, 1, -63 },
  { 0x3d0, 0x3d0, 1, -62 }, { 0x3d1, 0x3d1, 1, -57 }, { 0x3d5, 0x3d5, 1, -47 },
  { 0x3d6, 0x3d6, 1, -54 }, { 0x3d7, 0x3d7, 1, -8 }, { 0x3d9, 0x3ef, 2, -1 },
  { 0x3f0, 0x3f0, 1, -86 }, { 0x3f1, 0x3f1, 1, -80 }, { 0x3f2, 0x3f2, 1, 7 },
  { 0x3f3, 0x3f3, 1, -116 }, { 0x3f5, 0x3f5, 1, -96 }, { 0x3f8, 0x3f8, 1, -1 },
  { 0x3fb, 0x3fb, 1, -1 }, { 0x430, 0x44f, 1, -32 }, { 0x450, 0x45f, 1, -80 },
  { 0x461, 0x481, 2, -1 }, { 0x48b, 0x4bf, 2, -1 }, { 0x4c2, 0x4ce, 2, -1 },
  { 0x4cf, 0x4cf, 1, -15 }, { 0x4d1, 0x52f, 2, -1 }, { 0x561, 0x586, 1, -48 },
  { 0x10d0, 0x10fa, 1, 3008 }, { 0x10fd, 0x10ff, 1, 3008 },
  { 0x13f8, 0x13fd, 1, -8 }, { 0x1c80, 0x1c80, 1, -6254 },
  { 0x1c81, 0x1c81, 1, -6253 }, { 0x1c82, 0x1c82, 1, -6244 },
  { 0x1c83, 0x1c84, 1, -6242 }, { 0x1c85, 0x1c85, 1, -6243 },
  { 0x1c86, 0x1c86, 1, -6236 }, { 0x1c87, 0x1c87, 1, -6181 },
  { 0x1c88, 0x1c88, 1, 35266 }, { 0x1c8a, 0x1c8a, 1, -1 },
  { 0x1d79, 0x1d79, 1, 35332 }, { 0x1d7d, 0x1d7d, 1, 3814 },
  { 0x1d8e, 0x1d8e, 1, 35384 }, { 0x1e01, 0x1e95, 2, -1 },
  { 0x1e9b, 0x1e9b, 1, -59 }, { 0x1ea1, 0x1eff, 2, -1 },
  { 0x1f00, 0x1f07, 1, 8 }, { 0x1f10, 0x1f15, 1, 8 }, { 0x1f20, 0x1f27, 1, 8 },
  { 0x1f30, 0x1f37, 1, 8 }, { 0x1f40, 0x1f45, 1, 8 }, { 0x1f51, 0x1f57, 2, 8 },
  { 0x1f60, 0x1f67, 1, 8 }, { 0x1f70, 0x1f71, 1, 74 },
  { 0x1f72, 0x1f75, 1, 86 }, { 0x1f76, 0x1f77, 1, 100 },
  { 0x1f78, 0x1f79, 1, 128 }, { 0x1f7a, 0x1f7b, 1, 112 },
  { 0x1f7c, 0x1f7d, 1, 126 }, { 0x1fb0, 0x1fb1, 1, 8 },
  { 0x1fbe, 0x1fbe, 1, -7205 }, { 0x1fd0, 0x1fd1, 1, 8 },
  { 0x1fe0, 0x1fe1, 1, 8 }, { 0x1fe5, 0x1fe5, 1, 7 },
  { 0x214e, 0x214e, 1, -28 }, { 0x2170, 0x217f, 1, -16 },
  { 0x2184, 0x2184, 1, -1 }, { 0x24d0, 0x24e9, 1, -26 },
  { 0x2c30, 0x2c5f, 1, -48 }, { 0x2c61, 0x2c61, 1, -1 },
  { 0x2c65, 0x2c65, 1, -10795 }, { 0x2c66, 0x2c66, 1, -10792 },
  { 0x2c68, 0x2c6c, 2, -1 }, { 0x2c73, 0x2c73, 1, -1 },
  { 0x2c76, 0x2c76, 1, -1 }, { 0x2c81, 0x2ce3, 2, -1 },
  { 0x2cec, 0x2cee, 2, -1 }, { 0x2cf3, 0x2cf3, 1, -1 },
  { 0x2d00, 0x2d25, 1, -7264 }, { 0x2d27, 0x2d27, 1, -7264 },
  { 0x2d2d, 0x2d2d, 1, -7264 }, { 0xa641, 0xa66d, 2, -1 },
  { 0xa681, 0xa69b, 2, -1 }, { 0xa723, 0xa72f, 2, -1 },
  { 0xa733, 0xa76f, 2, -1 }, { 0xa77a, 0xa77c, 2, -1 },
  { 0xa77f, 0xa787, 2, -1 }, { 0xa78c, 0xa78c, 1, -1 },
  { 0xa791, 0xa793, 2, -1 }, { 0xa794, 0xa794, 1, 48 },
  { 0xa797, 0xa7a9, 2, -1 }, { 0xa7b5, 0xa7c3, 2, -1 },
  { 0xa7c8, 0xa7ca, 2, -1 }, { 0xa7cd, 0xa7db, 2, -1 },
  { 0xa7f6, 0xa7f6, 1, -1 }, { 0xab53, 0xab53, 1, -928 },
  { 0xab70, 0xabbf, 1, -38864 }, { 0xff41, 0xff5a, 1, -32 },
};

static const CaseRange lower_ranges[] = {
  { 0x41, 0x5a, 1, 32 }, { 0xc0, 0xd6, 1, 32 }, { 0xd8, 0xde, 1, 32 },
  { 0x100, 0x12e, 2, 1 }, { 0x132, 0x136, 2, 1 }, { 0x139, 0x147, 2, 1 },
  { 0x14a, 0x176, 2, 1 }, { 0x178, 0x178, 1, -121 }, { 0x179, 0x17d, 2, 1 },
  { 0x181, 0x181, 1, 210 }, { 0x182, 0x184, 2, 1 }, { 0x186, 0x186, 1, 206 },
  { 0x187, 0x187, 1, 1 }, { 0x189, 0x18a, 1, 205 }, { 0x18b, 0x18b, 1, 1 },
  { 0x18e, 0x18e, 1, 79 }, { 0x18f, 0x18f, 1, 202 }, { 0x190, 0x190, 1, 203 },
  { 0x191, 0x191, 1, 1 }, { 0x193, 0x193, 1, 205 }, { 0x194, 0x194, 1, 207 },
  { 0x196, 0x196, 1, 211 }, { 0x197, 0x197, 1, 209 }, { 0x198, 0x198, 1, 1 },
  { 0x19c, 0x19c, 1, 211 }, { 0x19d, 0x19d, 1, 213 }, { 0x19f, 0x19f, 1, 214 },
  { 0x1a0, 0x1a4, 2, 1 }, { 0x1a6, 0x1a6, 1, 218 }, { 0x1a7, 0x1a7, 1, 1 },
  { 0x1a9, 0x1a9, 1, 218 }, { 0x1ac, 0x1ac, 1, 1 }, { 0x1ae, 0x1ae, 1, 218 },
  { 0x1af, 0x1af, 1, 1 }, { 0x1b1, 0x1b2, 1, 217 }, { 0x1b3, 0x1b5, 2, 1 },
  { 0x1b7, 0x1b7, 1, 219 }, { 0x1b8, 0x1b8, 1, 1 }, { 0x1bc, 0x1bc, 1, 1 },
  { 0x1c4, 0x1c4, 1, 2 }, { 0x1c5, 0x1c5, 1, 1 }, { 0x1c7, 0x1c7, 1, 2 },
  { 0x1c8, 0x1c8, 1, 1 }, { 0x1ca, 0x1ca, 1, 2 }, { 0x1cb, 0x1db, 2, 1 },
  { 0x1de, 0x1ee, 2, 1 }, { 0x1f1, 0x1f1, 1, 2 }, { 0x1f2, 0x1f4, 2, 1 },
  { 0x1f6, 0x1f6, 1, -97 }, { 0x1f7, 0x1f7, 1, -56 }, { 0x1f8, 0x21e, 2, 1 },
  { 0x220, 0x220, 1, -130 }, { 0x222, 0x232, 2, 1 },
  { 0x23a, 0x23a, 1, 10795 }, { 0x23b, 0x23b, 1, 1 },
  { 0x23d, 0x23d, 1, -163 }, { 0x23e, 0x23e, 1, 10792 },
  { 0x241, 0x241, 1, 1 }, { 0x243, 0x243, 1, -195 }, { 0x244, 0x244, 1, 69 },
  { 0x245, 0x245, 1, 71 }, { 0x246, 0x24e, 2, 1 }, { 0x370, 0x372, 2, 1 },
  { 0x376, 0x376, 1, 1 }, { 0x37f, 0x37f, 1, 116 }, { 0x386, 0x386, 1, 38 },
  { 0x388, 0x38a, 1, 37 }, { 0x38c, 0x38c, 1, 64 }, { 0x38e, 0x38f, 1, 63 },
  { 0x391, 0x3a1, 1, 32 }, { 0x3a3, 0x3ab, 1, 32 }, { 0x3cf, 0x3cf, 1, 8 },
  { 0x3d8, 0x3ee, 2, 1 }, { 0x3f4, 0x3f4, 1, -60 }, { 0x3f7, 0x3f7, 1, 1 },
  { 0x3f9, 0x3f9, 1, -7 }, { 0x3fa, 0x3fa, 1, 1 }, { 0x3fd, 0x3ff, 1, -130 },
  { 0x400, 0x40f, 1, 80 }, { 0x410, 0x42f, 1, 32 }, { 0x460, 0x480, 2, 1 },
  { 0x48a, 0x4be, 2, 1 }, { 0x4c0, 0x4c0, 1, 15 }, { 0x4c1, 0x4cd, 2, 1 },
  { 0x4d0, 0x52e, 2, 1 }, { 0x531, 0x556, 1, 48 }, { 0x10a0, 0x10c5, 1, 7264 },
  { 0x10c7, 0x10c7, 1, 7264 }, { 0x10cd, 0x10cd, 1, 7264 },
  { 0x13a0, 0x13ef, 1, 38864 }, { 0x13f0, 0x13f5, 1, 8 },
  { 0x1c89, 0x1c89, 1, 1 }, { 0x1c90, 0x1cba, 1, -3008 },
  { 0x1cbd, 0x1cbf, 1, -3008 }, { 0x1e00, 0x1e94, 2, 1 },
  { 0x1e9e, 0x1e9e, 1, -7615 }, { 0x1ea0, 0x1efe, 2, 1 },
  { 0x1f08, 0x1f0f, 1, -8 }, { 0x1f18, 0x1f1d, 1, -8 },
  { 0x1f28, 0x1f2f, 1, -8 }, { 0x1f38, 0x1f3f, 1, -8 },
  { 0x1f48, 0x1f4d, 1, -8 }, { 0x1f59, 0x1f5f, 2, -8 },
  { 0x1f68, 0x1f6f, 1, -8 }, { 0x1f88, 0x1f8f, 1, -8 },
  { 0x1f98, 0x1f9f, 1, -8 }, { 0x1fa8, 0x1faf, 1, -8 },
  { 0x1fb8, 0x1fb9, 1, -8 }, { 0x1fba, 0x1fbb, 1, -74 },
  { 0x1fbc, 0x1fbc, 1, -9 }, { 0x1fc8, 0x1fcb, 1, -86 },
  { 0x1fcc, 0x1fcc, 1, -9 }, { 0x1fd8, 0x1fd9, 1, -8 },
  { 0x1fda, 0x1fdb, 1, -100 }, { 0x1fe8, 0x1fe9, 1, -8 },
  { 0x1fea, 0x1feb, 1, -112 }, { 0x1fec, 0x1fec, 1, -7 },
  { 0x1ff8, 0x1ff9, 1, -128 }, { 0x1ffa, 0x1ffb, 1, -126 },
  { 0x1ffc, 0x1ffc, 1, -9 }, { 0x2126, 0x2126, 1, -7517 },
  { 0x212a, 0x212a, 1, -8383 }, { 0x212b, 0x212b, 1, -8262 },
  { 0x2132, 0x2132, 1, 28 }, { 0x2160, 0x216f, 1, 16 },
  { 0x2183, 0x2183, 1, 1 }, { 0x24b6, 0x24cf, 1, 26 },
  { 0x2c00, 0x2c2f, 1, 48 }, { 0x2c60, 0x2c60, 1, 1 },
  { 0x2c62, 0x2c62, 1, -10743 }, { 0x2c63, 0x2c63, 1, -3814 },
  { 0x2c64, 0x2c64, 1, -10727 }, { 0x2c67, 0x2c6b, 2, 1 },
  { 0x2c6d, 0x2c6d, 1, -10780 }, { 0x2c6e, 0x2c6e, 1, -10749 },
  { 0x2c6f, 0x2c6f, 1, -10783 }, { 0x2c70, 0x2c70, 1, -10782 },
  { 0x2c72, 0x2c72, 1, 1 }, { 0x2c75, 0x2c75, 1, 1 },
  { 0x2c7e, 0x2c7f, 1, -10815 }, { 0x2c80, 0x2ce2, 2, 1 },
  { 0x2ceb, 0x2ced, 2, 1 }, { 0x2cf2, 0x2cf2, 1, 1 }, { 0xa640, 0xa66c, 2, 1 },
  { 0xa680, 0xa69a, 2, 1 }, { 0xa722, 0xa72e, 2, 1 }, { 0xa732, 0xa76e, 2, 1 },
  { 0xa779, 0xa77b, 2, 1 }, { 0xa77d, 0xa77d, 1, -35332 },
  { 0xa77e, 0xa786, 2, 1 }, { 0xa78b, 0xa78b, 1, 1 },
  { 0xa78d, 0xa78d, 1, -42280 }, { 0xa790, 0xa792, 2, 1 },
  { 0xa796, 0xa7a8, 2, 1 }, { 0xa7aa, 0xa7aa, 1, -42308 },
  { 0xa7ab, 0xa7ab, 1, -42319 }, { 0xa7ac, 0xa7ac, 1, -42315 },
  { 0xa7ad, 0xa7ad, 1, -42305 }, { 0xa7ae, 0xa7ae, 1, -42308 },
  { 0xa7b0, 0xa7b0, 1, -42258 }, { 0xa7b1, 0xa7b1, 1, -42282 },
  { 0xa7b2, 0xa7b2, 1, -42261 }, { 0xa7b3, 0xa7b3, 1, 928 },
  { 0xa7b4, 0xa7c2, 2, 1 }, { 0xa7c4, 0xa7c4, 1, -48 },
  { 0xa7c5, 0xa7c5, 1, -42307 }, { 0xa7c6, 0xa7c6, 1, -35384 },
  { 0xa7c7, 0xa7c9, 2, 1 }, { 0xa7cb, 0xa7cb, 1, -42343 },
  { 0xa7cc, 0xa7da, 2, 1 }, { 0xa7dc, 0xa7dc, 1, -42561 },
  { 0xa7f5, 0xa7f5, 1, 1 }, { 0xff21, 0xff3a, 1, 32 },
};

static const CaseExpansion upper_expansions[] = {
  { 0xdf, { 0x53, 0x53, 0x0 } }, { 0x149, { 0x2bc, 0x4e, 0x0 } },
  { 0x1f0, { 0x4a, 0x30c, 0x0 } }, { 0x390, { 0x399, 0x308, 0x301 } },
  { 0x3b0, { 0x3a5, 0x308, 0x301 } }, { 0x587, { 0x535, 0x552, 0x0 } },
  { 0x1e96, { 0x48, 0x331, 0x0 } }, { 0x1e97, { 0x54, 0x308, 0x0 } },
  { 0x1e98, { 0x57, 0x30a, 0x0 } }, { 0x1e99, { 0x59, 0x30a, 0x0 } },
  { 0x1e9a, { 0x41, 0x2be, 0x0 } }, { 0x1f50, { 0x3a5, 0x313, 0x0 } },
  { 0x1f52, { 0x3a5, 0x313, 0x300 } }, { 0x1f54, { 0x3a5, 0x313, 0x301 } },
  { 0x1f56, { 0x3a5, 0x313, 0x342 } }, { 0x1f80, { 0x1f08, 0x399, 0x0 } },
  { 0x1f81, { 0x1f09, 0x399, 0x0 } }, { 0x1f82, { 0x1f0a, 0x399, 0x0 } },
  { 0x1f83, { 0x1f0b, 0x399, 0x0 } }, { 0x1f84, { 0x1f0c, 0x399, 0x0 } },
  { 0x1f85, { 0x1f0d, 0x399, 0x0 } }, { 0x1f86, { 0x1f0e, 0x399, 0x0 } },
  { 0x1f87, { 0x1f0f, 0x399, 0x0 } }, { 0x1f88, { 0x1f08, 0x399, 0x0 } },
  { 0x1f89, { 0x1f09, 0x399, 0x0 } }, { 0x1f8a, { 0x1f0a, 0x399, 0x0 } },
  { 0x1f8b, { 0x1f0b, 0x399, 0x0 } }, { 0x1f8c, { 0x1f0c, 0x399, 0x0 } },
  { 0x1f8d, { 0x1f0d, 0x399, 0x0 } }, { 0x1f8e, { 0x1f0e, 0x399, 0x0 } },
  { 0x1f8f, { 0x1f0f, 0x399, 0x0 } }, { 0x1f90, { 0x1f28, 0x399, 0x0 } },
  { 0x1f91, { 0x1f29, 0x399, 0x0 } }, { 0x1f92, { 0x1f2a, 0x399, 0x0 } },
  { 0x1f93, { 0x1f2b, 0x399, 0x0 } }, { 0x1f94, { 0x1f2c, 0x399, 0x0 } },
  { 0x1f95, { 0x1f2d, 0x399, 0x0 } }, { 0x1f96, { 0x1f2e, 0x399, 0x0 } },
  { 0x1f97, { 0x1f2f, 0x399, 0x0 } }, { 0x1f98, { 0x1f28, 0x399, 0x0 } },
  { 0x1f99, { 0x1f29, 0x399, 0x0 } }, { 0x1f9a, { 0x1f2a, 0x399, 0x0 } },
  { 0x1f9b, { 0x1f2b, 0x399, 0x0 } }, { 0x1f9c, { 0x1f2c, 0x399, 0x0 } },
  { 0x1f9d, { 0x1f2d, 0x399, 0x0 } }, { 0x1f9e, { 0x1f2e, 0x399, 0x0 } },
  { 0x1f9f, { 0x1f2f, 0x399, 0x0 } }, { 0x1fa0, { 0x1f68, 0x399, 0x0 } },
  { 0x1fa1, { 0x1f69, 0x399, 0x0 } }, { 0x1fa2, { 0x1f6a, 0x399, 0x0 } },
  { 0x1fa3, { 0x1f6b, 0x399, 0x0 } }, { 0x1fa4, { 0x1f6c, 0x399, 0x0 } },
  { 0x1fa5, { 0x1f6d, 0x399, 0x0 } }, { 0x1fa6, { 0x1f6e, 0x399, 0x0 } },
  { 0x1fa7, { 0x1f6f, 0x399, 0x0 } }, { 0x1fa8, { 0x1f68, 0x399, 0x0 } },
  { 0x1fa9, { 0x1f69, 0x399, 0x0 } }, { 0x1faa, { 0x1f6a, 0x399, 0x0 } },
  { 0x1fab, { 0x1f6b, 0x399, 0x0 } }, { 0x1fac, { 0x1f6c, 0x399, 0x0 } },
  { 0x1fad, { 0x1f6d, 0x399, 0x0 } }, { 0x1fae, { 0x1f6e, 0x399, 0x0 } },
  { 0x1faf, { 0x1f6f, 0x399, 0x0 } }, { 0x1fb2, { 0x1fba, 0x399, 0x0 } },
  { 0x1fb3, { 0x391, 0x399, 0x0 } }, { 0x1fb4, { 0x386, 0x399, 0x0 } },
  { 0x1fb6, { 0x391, 0x342, 0x0 } }, { 0x1fb7, { 0x391, 0x342, 0x399 } },
  { 0x1fbc, { 0x391, 0x399, 0x0 } }, { 0x1fc2, { 0x1fca, 0x399, 0x0 } },
  { 0x1fc3, { 0x397, 0x399, 0x0 } }, { 0x1fc4, { 0x389, 0x399, 0x0 } },
  { 0x1fc6, { 0x397, 0x342, 0x0 } }, { 0x1fc7, { 0x397, 0x342, 0x399 } },
  { 0x1fcc, { 0x397, 0x399, 0x0 } }, { 0x1fd2, { 0x399, 0x308, 0x300 } },
  { 0x1fd3, { 0x399, 0x308, 0x301 } }, { 0x1fd6, { 0x399, 0x342, 0x0 } },
  { 0x1fd7, { 0x399, 0x308, 0x342 } }, { 0x1fe2, { 0x3a5, 0x308, 0x300 } },
  { 0x1fe3, { 0x3a5, 0x308, 0x301 } }, { 0x1fe4, { 0x3a1, 0x313, 0x0 } },
  { 0x1fe6, { 0x3a5, 0x342, 0x0 } }, { 0x1fe7, { 0x3a5, 0x308, 0x342 } },
  { 0x1ff2, { 0x1ffa, 0x399, 0x0 } }, { 0x1ff3, { 0x3a9, 0x399, 0x0 } },
  { 0x1ff4, { 0x38f, 0x399, 0x0 } }, { 0x1ff6, { 0x3a9, 0x342, 0x0 } },
  { 0x1ff7, { 0x3a9, 0x342, 0x399 } }, { 0x1ffc, { 0x3a9, 0x399, 0x0 } },
  { 0xfb00, { 0x46, 0x46, 0x0 } }, { 0xfb01, { 0x46, 0x49, 0x0 } },
  { 0xfb02, { 0x46, 0x4c, 0x0 } }, { 0xfb03, { 0x46, 0x46, 0x49 } },
  { 0xfb04, { 0x46, 0x46, 0x4c } }, { 0xfb05, { 0x53, 0x54, 0x0 } },
  { 0xfb06, { 0x53, 0x54, 0x0 } }, { 0xfb13, { 0x544, 0x546, 0x0 } },
  { 0xfb14, { 0x544, 0x535, 0x0 } }, { 0xfb15, { 0x544, 0x53b, 0x0 } },
  { 0xfb16, { 0x54e, 0x546, 0x0 } }, { 0xfb17, { 0x544, 0x53d, 0x0 } },
};

static uint16_t map_case(const CaseRange *t, size_t n, uint16_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {  // the last range with t[i].lo <= c
    size_t mid = (lo + hi) / 2;
    if (t[mid].lo <= c)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return c;
  const CaseRange *r = &t[lo - 1];
  if (c > r->hi || (c - r->lo) % r->step)
    return c;
  return (uint16_t)(c + r->delta);
}

static uint16_t upper1(uint16_t c) {
  if (c < 0x80)
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  return map_case(upper_ranges, sizeof upper_ranges / sizeof upper_ranges[0], c);
}

static uint16_t lower1(uint16_t c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  return map_case(lower_ranges, sizeof lower_ranges / sizeof lower_ranges[0], c);
}

// Outside the BMP only a few scripts have case (Deseret, Osage, Adlam ...):
// [lo, hi] maps to c + delta.
static const struct { uint32_t lo, hi; int32_t delta; } astral_upper[] = {
  { 0x10428, 0x1044f, -40 }, { 0x104d8, 0x104fb, -40 }, { 0x10597, 0x105a1, -39 },
  { 0x105a3, 0x105b1, -39 }, { 0x105b3, 0x105b9, -39 }, { 0x105bb, 0x105bc, -39 },
  { 0x10cc0, 0x10cf2, -64 }, { 0x10d70, 0x10d85, -32 }, { 0x118c0, 0x118df, -32 },
  { 0x16e60, 0x16e7f, -32 }, { 0x16ebb, 0x16ed3, -27 }, { 0x1e922, 0x1e943, -34 },
}, astral_lower[] = {
  { 0x10400, 0x10427, 40 }, { 0x104b0, 0x104d3, 40 }, { 0x10570, 0x1057a, 39 },
  { 0x1057c, 0x1058a, 39 }, { 0x1058c, 0x10592, 39 }, { 0x10594, 0x10595, 39 },
  { 0x10c80, 0x10cb2, 64 }, { 0x10d50, 0x10d65, 32 }, { 0x118a0, 0x118bf, 32 },
  { 0x16e40, 0x16e5f, 32 }, { 0x16ea0, 0x16eb8, 27 }, { 0x1e900, 0x1e921, 34 },
};

static uint32_t astral_case(uint32_t cp, bool upper) {
  size_t n = sizeof astral_upper / sizeof astral_upper[0];
  for (size_t i = 0; i < n; i++) {
    uint32_t lo = upper ? astral_upper[i].lo : astral_lower[i].lo;
    uint32_t hi = upper ? astral_upper[i].hi : astral_lower[i].hi;
    if (cp >= lo && cp <= hi)
      return cp + (upper ? astral_upper[i].delta : astral_lower[i].delta);
  }
  return cp;
}

// The multi-unit upper-case mapping of [c], or NULL.
static const uint16_t *upper_expansion(uint16_t c) {
  size_t lo = 0, hi = sizeof upper_expansions / sizeof upper_expansions[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (upper_expansions[mid].c == c)
      return upper_expansions[mid].units;
    if (upper_expansions[mid].c < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static bool in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n) {
  for (size_t i = 0; i < n; i++)
    if (c >= r[i][0] && c <= r[i][1])
      return true;
  return false;
}

// Unicode's Cased property: letters with case mappings, plus the letters
// that are cased without one (modifier letters, Roman numerals, circled
// letters, mathematical alphanumerics).
static bool is_cased(uint32_t c) {
  static const uint32_t extra[][2] = {
    { 0xaa, 0xaa }, { 0xba, 0xba }, { 0x130, 0x130 } /* lowercases by expansion */, { 0x2b0, 0x2b8 }, { 0x2c0, 0x2c1 },
    { 0x2e0, 0x2e4 }, { 0x345, 0x345 }, { 0x37a, 0x37a }, { 0x1d2c, 0x1d6a },
    { 0x2071, 0x2071 }, { 0x207f, 0x207f }, { 0x2090, 0x209c }, { 0x2160, 0x217f },
    { 0x24b6, 0x24e9 }, { 0x1d400, 0x1d7cb },
  };
  if (c > 0xffff)
    return astral_case(c, true) != c || astral_case(c, false) != c ||
           in_ranges(c, extra, sizeof extra / sizeof extra[0]);
  return upper1((uint16_t)c) != c || lower1((uint16_t)c) != c || (c >= 0xdf && upper_expansion((uint16_t)c)) ||
         in_ranges(c, extra, sizeof extra / sizeof extra[0]);
}

// Unicode's Case_Ignorable property for the common cases: apostrophes and
// dots, modifier letters and symbols, combining marks, format controls.
static bool is_case_ignorable(uint32_t c) {
  static const uint32_t r[][2] = {
    { 0x27, 0x27 }, { 0x2e, 0x2e }, { 0x3a, 0x3a }, { 0x5e, 0x5e }, { 0x60, 0x60 },
    { 0xa8, 0xa8 }, { 0xad, 0xad }, { 0xaf, 0xaf }, { 0xb4, 0xb4 }, { 0xb7, 0xb8 },
    { 0x2b0, 0x36f }, { 0x374, 0x375 }, { 0x37a, 0x37a }, { 0x384, 0x385 },
    { 0x387, 0x387 }, { 0x483, 0x489 }, { 0x591, 0x5bd }, { 0x610, 0x61a },
    { 0x64b, 0x65f }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff }, { 0x200b, 0x200f },
    { 0x2018, 0x2019 }, { 0x2024, 0x2024 }, { 0x2027, 0x2027 }, { 0x2060, 0x2064 },
    { 0x20d0, 0x20f0 }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f }, { 0xfeff, 0xfeff },
    { 0xff07, 0xff07 }, { 0xff0e, 0xff0e }, { 0xff1a, 0xff1a }, { 0xff3e, 0xff3e },
    { 0xff40, 0xff40 }, { 0x1d167, 0x1d169 }, { 0x1d173, 0x1d182 },
    { 0x1d185, 0x1d18b }, { 0x1d1aa, 0x1d1ad }, { 0x1d242, 0x1d244 },
    { 0xe0001, 0xe0001 }, { 0xe0020, 0xe007f }, { 0xe0100, 0xe01ef },
  };
  return in_ranges(c, r, sizeof r / sizeof r[0]);
}

// The code point ending just before unit [i] (a surrogate pair counts as
// one); *start gets its first unit.
static uint32_t code_point_before(JsString *s, uint32_t i, uint32_t *start) {
  uint16_t c = js_str_at(s, i - 1);
  *start = i - 1;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    uint16_t h = js_str_at(s, i - 2);
    if (h >= 0xd800 && h <= 0xdbff) {
      *start = i - 2;
      return 0x10000 + ((uint32_t)(h - 0xd800) << 10) + (c - 0xdc00);
    }
  }
  return c;
}

// Final_Sigma (Unicode SpecialCasing): a capital sigma preceded by a cased
// letter (case-ignorable characters in between are skipped) and not
// followed by one lowers to the final form.
static bool final_sigma(JsString *s, uint32_t i) {
  uint32_t j = i, n = js_str_len(s), cp = 0;
  bool found = false;
  while (j > 0) {
    cp = code_point_before(s, j, &j);
    if (!is_case_ignorable(cp)) {
      found = is_cased(cp);
      break;
    }
  }
  if (!found)
    return false;
  for (j = i + 1; j < n;) {
    int units;
    cp = code_point_at(s, j, &units);
    j += (uint32_t)units;
    if (!is_case_ignorable(cp))
      return !is_cased(cp);
  }
  return true;
}

// Whether unit [c] changes under the mapping (or expands). A surrogate
// may start an astral letter: the slow path decides.
static bool case_changes(uint16_t c, bool upper) {
  if (c >= 0xd800 && c <= 0xdbff)
    return true;
  if (upper)
    return upper1(c) != c || (c >= 0xdf && upper_expansion(c));
  return lower1(c) != c || c == 0x130;
}

static JsValue convert_case(JsRt *rt, JsValue this_val, bool upper, const char *name) {
  JsString *s = this_str(rt, this_val, name);
  if (!s)
    return JS_EXCEPTION;
  uint32_t n = js_str_len(s), i = 0;
  while (i < n && !case_changes(js_str_at(s, i), upper))
    i++;
  if (i == n)
    return str_val(s);  // nothing changes: share the string
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_put_str(rt, &sb, js_str(sub(rt, s, 0, i)));
  for (; i < n; i++) {
    uint16_t c = js_str_at(s, i);
    const uint16_t *x = upper && c >= 0xdf ? upper_expansion(c) : NULL;
    int units;
    uint32_t cp = c >= 0xd800 && c <= 0xdbff ? code_point_at(s, i, &units) : c;
    if (cp > 0xffff) {
      put_code_point(&sb, astral_case(cp, upper));
      i++;
    } else if (x) {
      for (int k = 0; k < 3 && x[k]; k++)
        js_sb_putc(&sb, x[k]);
    } else if (!upper && c == 0x130) {
      js_sb_putc(&sb, 'i');
      js_sb_putc(&sb, 0x307);
    } else if (!upper && c == 0x3a3 && final_sigma(s, i)) {
      js_sb_putc(&sb, 0x3c2);
    } else {
      js_sb_putc(&sb, upper ? upper1(c) : lower1(c));
    }
  }
  return js_sb_finish(rt, &sb);
}

static JsValue string_proto_to_upper_case(JsRt *rt, JsValue callee, JsValue this_val,
                                          int argc, JsValue *argv, JsValue new_target) {
  return convert_case(rt, this_val, true, "toUpperCase");
}

static JsValue string_proto_to_lower_case(JsRt *rt, JsValue callee, JsValue this_val,
                                          int argc, JsValue *argv, JsValue new_target) {
  return convert_case(rt, this_val, false, "toLowerCase");
}

// --- toLocaleUpperCase / toLocaleLowerCase ----------------------------------
// Node 20 (full ICU) has special case mappings for three languages: Turkish
// and Azeri (dotted and dotless i), Lithuanian (the dot above i and j kept
// when they take more accents). Every other locale maps like toUpperCase.
typedef enum { LOC_ROOT, LOC_TURKIC, LOC_LITHUANIAN } CaseLocale;

// A structurally valid BCP 47 tag, enough to tell what ICU rejects: alphanumeric
// subtags of 1..8 characters, the first one 2..3 or 5..8 letters.
static bool valid_language_tag(JsString *t) {
  uint32_t n = js_str_len(t), start = 0;
  if (n == 0)
    return false;
  for (uint32_t i = 0; i <= n; i++) {
    uint16_t c = i < n ? js_str_at(t, i) : '-';
    if (c == '-') {
      uint32_t len = i - start;
      if (len == 0 || len > 8 || (start == 0 && (len < 2 || len == 4)))
        return false;
      start = i + 1;
      continue;
    }
    bool alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!alpha && !(c >= '0' && c <= '9'))
      return false;
    if (start == 0 && !alpha)
      return false;
  }
  return true;
}

static CaseLocale locale_of_tag(JsString *t) {
  char lang[4] = { 0 };
  uint32_t n = js_str_len(t), k = 0;
  for (; k < n && k < 4 && js_str_at(t, k) != '-'; k++)
    lang[k < 3 ? k : 3] = (char)(js_str_at(t, k) | 0x20);
  if (k > 3)
    return LOC_ROOT;
  if (!strcmp(lang, "tr") || !strcmp(lang, "az") || !strcmp(lang, "tur") || !strcmp(lang, "aze"))
    return LOC_TURKIC;
  if (!strcmp(lang, "lt") || !strcmp(lang, "lit"))
    return LOC_LITHUANIAN;
  return LOC_ROOT;
}

// The first requested locale, as V8 takes it: the first element of the list
// (ECMA-402 CanonicalizeLocaleList) is checked, later ones are not; -1 threw.
// [tag_out], when not NULL, receives the first tag (or NULL).
static int requested_locale(JsRt *rt, JsValue locales, CaseLocale *out, JsString **tag_out) {
  *out = LOC_ROOT;
  if (tag_out)
    *tag_out = NULL;
  if (js_is_undefined(locales))
    return 0;
  JsValue list = JS_UNDEFINED;
  uint32_t n = 1;
  if (!js_is_string(locales)) {
    list = js_to_object(rt, locales);
    if (js_is_exception(list))
      return -1;
    double len;
    if (js_length_of(rt, list, &len) < 0)
      return -1;
    n = len > 0xffffffffu ? 0xffffffffu : (uint32_t)len;
  }
  for (uint32_t i = 0; i < n; i++) {
    JsValue tag = locales;
    if (!js_is_undefined(list)) {
      int has = js_has_property(rt, list, js_index_atom(rt, i));
      if (has < 0)
        return -1;
      if (!has)
        continue;
      tag = js_get_index(rt, list, i);
      if (js_is_exception(tag))
        return -1;
      if (!js_is_string(tag) && !js_is_object(tag)) {
        js_throw_error(rt, JS_TYPE_ERROR, "Language ID should be string or object.");
        return -1;
      }
    }
    JsString *t = js_to_flat_string(rt, tag);
    if (!t)
      return -1;
    if (!valid_language_tag(t)) {
      js_throw_error(rt, JS_RANGE_ERROR, "Incorrect locale information provided");
      return -1;
    }
    *out = locale_of_tag(t);  // V8 looks no further than the first one
    if (tag_out)
      *tag_out = t;
    break;
  }
  return 0;
}

static int requested_case_locale(JsRt *rt, JsValue locales, CaseLocale *out) {
  return requested_locale(rt, locales, out, NULL);
}

// Combining marks (canonical combining class not 0), and those of class 230
// (Above), for the contexts of SpecialCasing.txt.
static bool is_combining(uint32_t c) {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x483 && c <= 0x489) ||
         (c >= 0x591 && c <= 0x5c7) || (c >= 0x610 && c <= 0x61a) ||
         (c >= 0x64b && c <= 0x65f) || (c >= 0x1ab0 && c <= 0x1aff) ||
         (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20f0) ||
         (c >= 0xfe20 && c <= 0xfe2f);
}

static bool is_class_above(uint32_t c) {
  static const uint32_t r[][2] = {
    { 0x300, 0x314 }, { 0x33d, 0x344 }, { 0x346, 0x346 }, { 0x34a, 0x34c },
    { 0x350, 0x352 }, { 0x357, 0x357 }, { 0x35b, 0x35b }, { 0x363, 0x36f },
    { 0x483, 0x487 }, { 0x1dc0, 0x1dc1 }, { 0x1dc3, 0x1dc9 }, { 0x1dcb, 0x1dcc },
    { 0x1dd1, 0x1df5 }, { 0x20d0, 0x20d1 }, { 0x20d4, 0x20d7 }, { 0x20db, 0x20dc },
    { 0x20e1, 0x20e1 }, { 0x20e7, 0x20e7 }, { 0x20e9, 0x20e9 }, { 0x20f0, 0x20f0 },
    { 0xfe20, 0xfe26 },
  };
  return in_ranges(c, r, sizeof r / sizeof r[0]);
}

// More_Above: a mark of class 230 follows unit [i] with only other marks
// between.
static bool more_above(JsString *s, uint32_t i) {
  uint32_t n = js_str_len(s);
  for (uint32_t j = i + 1; j < n; j++) {
    uint16_t c = js_str_at(s, j);
    if (!is_combining(c))
      return false;
    if (is_class_above(c))
      return true;
  }
  return false;
}

// Before_Dot: U+0307 follows unit [i] with no mark of class 0 or 230 between.
static bool before_dot(JsString *s, uint32_t i) {
  uint32_t n = js_str_len(s);
  for (uint32_t j = i + 1; j < n; j++) {
    uint16_t c = js_str_at(s, j);
    if (c == 0x307)
      return true;
    if (!is_combining(c) || is_class_above(c))
      return false;
  }
  return false;
}

static bool is_soft_dotted(uint32_t c) {
  return c == 'i' || c == 'j' || c == 0x12f || c == 0x249 || c == 0x268 ||
         c == 0x29d || c == 0x2b2 || c == 0x3f3 || c == 0x456 || c == 0x458 ||
         c == 0x1d62 || c == 0x1d96 || c == 0x1da4 || c == 0x1da8 ||
         c == 0x1e2d || c == 0x1ecb || c == 0x2071 || c == 0x2148 || c == 0x2149 ||
         c == 0x2c7c;
}

// After_Soft_Dotted (or After_I when [letter_i] is set): the last letter
// before unit [i], with only marks not of class 230 between, is soft-dotted
// (is 'I').
static bool after_dotted(JsString *s, uint32_t i, bool letter_i) {
  while (i > 0) {
    uint16_t c = js_str_at(s, --i);
    if (!is_combining(c))
      return letter_i ? c == 'I' : is_soft_dotted(c);
    if (is_class_above(c))
      return false;
  }
  return false;
}

static JsValue convert_locale_case(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                                   bool upper, const char *name) {
  JsString *s = this_str(rt, this_val, name);
  if (!s)
    return JS_EXCEPTION;
  CaseLocale loc;
  if (requested_case_locale(rt, argc > 0 ? argv[0] : JS_UNDEFINED, &loc) < 0)
    return JS_EXCEPTION;
  if (loc == LOC_ROOT)
    return convert_case(rt, str_val(s), upper, name);
  // Apply the language's rules to the units they concern, the default
  // mapping to the runs between them.
  uint32_t n = js_str_len(s), run = 0;
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = js_str_at(s, i);
    uint16_t rep[3] = { 0 };
    bool special = true;
    if (loc == LOC_TURKIC && upper && c == 'i')
      rep[0] = 0x130;
    else if (loc == LOC_TURKIC && !upper && c == 0x130)
      rep[0] = 'i';
    else if (loc == LOC_TURKIC && !upper && c == 0x307 && after_dotted(s, i, true))
      ;  // the dot of I + U+0307 is dropped: the I became i
    else if (loc == LOC_TURKIC && !upper && c == 'I')
      rep[0] = before_dot(s, i) ? 'i' : 0x131;
    else if (loc == LOC_LITHUANIAN && upper && c == 0x307 && after_dotted(s, i, false))
      ;  // the dot above a soft-dotted letter goes away in capitals
    else if (loc == LOC_LITHUANIAN && !upper && (c == 'I' || c == 'J' || c == 0x12e) &&
             more_above(s, i))
      rep[0] = c == 'I' ? 'i' : c == 'J' ? 'j' : 0x12f, rep[1] = 0x307;
    else if (loc == LOC_LITHUANIAN && !upper && (c == 0xcc || c == 0xcd || c == 0x128))
      rep[0] = 'i', rep[1] = 0x307, rep[2] = c == 0xcc ? 0x300 : c == 0xcd ? 0x301 : 0x303;
    else if (!upper && c == 0x3a3)  // Final_Sigma looks beyond the run
      rep[0] = final_sigma(s, i) ? 0x3c2 : 0x3c3;
    else
      special = false;
    if (!special)
      continue;
    if (i > run) {
      JsValue part = convert_case(rt, js_str_substring(rt, s, run, i), upper, name);
      if (js_is_exception(part))
        return part;
      js_sb_put_str(rt, &sb, js_str(part));
    }
    for (int k = 0; k < 3 && rep[k]; k++)
      js_sb_putc(&sb, rep[k]);
    run = i + 1;
  }
  if (run < n) {
    JsValue part = convert_case(rt, js_str_substring(rt, s, run, n), upper, name);
    if (js_is_exception(part))
      return part;
    js_sb_put_str(rt, &sb, js_str(part));
  }
  return js_sb_finish(rt, &sb);
}

static JsValue string_proto_to_locale_upper_case(JsRt *rt, JsValue callee,
                                                 JsValue this_val, int argc,
                                                 JsValue *argv, JsValue new_target) {
  return convert_locale_case(rt, this_val, argc, argv, true, "toLocaleUpperCase");
}

static JsValue string_proto_to_locale_lower_case(JsRt *rt, JsValue callee,
                                                 JsValue this_val, int argc,
                                                 JsValue *argv, JsValue new_target) {
  return convert_locale_case(rt, this_val, argc, argv, false, "toLocaleLowerCase");
}

// Canonical decompositions of Latin-1 letters U+00C0..U+00FF: base letter
// and combining mark, or 0 when the letter does not decompose.
static const uint16_t combining_marks[] = { 0x300, 0x301, 0x302, 0x303, 0x308,
                                            0x30a, 0x327 };
static const char latin1_base[65] = "AAAAAA CEEEEIIII NOOOOO  UUUUY  aaaaaa ceeeeiiii nooooo  uuuuy y";
static const char latin1_mark[65] = "012345 601240124 301234  01241  012345 601240124 301234  01241 4";

static bool decompose(uint16_t c, uint16_t *base, uint16_t *mark) {
  if (c < 0xc0 || c > 0xff || latin1_base[c - 0xc0] == ' ')
    return false;
  *base = (uint8_t)latin1_base[c - 0xc0];
  *mark = combining_marks[latin1_mark[c - 0xc0] - '0'];
  return true;
}

static uint16_t compose(uint16_t base, uint16_t mark) {
  for (uint16_t c = 0xc0; c <= 0xff; c++) {
    uint16_t b, m;
    if (decompose(c, &b, &m) && b == base && m == mark)
      return c;
  }
  return 0;
}

// String.prototype.normalize(form): NFC/NFD for Latin-1 letters with their
// combining marks; other text is returned as it is.
static JsValue string_proto_normalize(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "normalize");
  if (!s)
    return JS_EXCEPTION;
  bool nfd = false;
  JsValue f = js_arg(argc, argv, 0);
  if (!js_is_undefined(f)) {
    const char *form = js_str_to_utf8(rt, js_to_flat_string(rt, f) ?: js_str(rt->atom_empty), NULL);
    if (rt->has_exception)
      return JS_EXCEPTION;
    if (strcmp(form, "NFC") && strcmp(form, "NFD") && strcmp(form, "NFKC") &&
        strcmp(form, "NFKD"))
      return js_throw_range_error(rt, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    nfd = form[2] == 'D' || form[3] == 'D';
  }
  JsStrBuf sb;
  js_sb_init(&sb);
  uint32_t n = js_str_len(s);
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = js_str_at(s, i), b, m;
    if (nfd && decompose(c, &b, &m)) {
      js_sb_putc(&sb, b);
      js_sb_putc(&sb, m);
    } else if (!nfd && i + 1 < n && (m = compose(c, js_str_at(s, i + 1)))) {
      js_sb_putc(&sb, m);
      i++;
    } else {
      js_sb_putc(&sb, c);
    }
  }
  return js_sb_finish(rt, &sb);
}

// The value of -u-[key] in [tag] ("" for a key without value), or -1
// when absent; the value is copied into [buf].
static int unicode_keyword(JsString *tag, const char *key, char *buf, size_t cap) {
  uint32_t n = js_str_len(tag);
  char low[128];
  if (n >= sizeof low)
    return -1;
  for (uint32_t k = 0; k < n; k++) {
    uint16_t c = js_str_at(tag, k);
    low[k] = (char)(c < 128 ? c | (c >= 'A' && c <= 'Z' ? 0x20 : 0) : '?');
  }
  low[n] = 0;
  const char *u = strstr(low, "-u-");
  if (!u)
    return -1;
  for (const char *p = u + 3; *p;) {
    const char *e = strchr(p, '-');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == 1)
      return -1;  // the next extension
    if (len == 2 && !strncmp(p, key, 2)) {
      buf[0] = 0;
      if (e) {
        const char *v = e + 1, *ve = strchr(v, '-');
        size_t vl = ve ? (size_t)(ve - v) : strlen(v);
        if (vl > 2 && vl < cap) {
          memcpy(buf, v, vl);
          buf[vl] = 0;
        }
      }
      return 0;
    }
    p = e ? e + 1 : p + len;
  }
  return -1;
}

// Reads string option [name] of [opts] into [buf] (must be one of [values],
// NULL-terminated): 1 read, 0 absent, -1 threw.
static int collate_string_option(JsRt *rt, JsValue opts, const char *name,
                                 const char *const *values, char *buf, size_t cap) {
  JsValue v = js_get_prop(rt, opts, js_atom_cstr(rt, name));
  if (js_is_exception(v))
    return -1;
  if (js_is_undefined(v))
    return 0;
  JsString *s = js_to_flat_string(rt, v);
  if (!s)
    return -1;
  const char *u = js_str_to_utf8(rt, s, NULL);
  bool ok = values == NULL;
  for (int k = 0; values && values[k]; k++)
    ok |= !strcmp(values[k], u);
  if (!ok) {
    js_throw_error(rt, JS_RANGE_ERROR,
                   "Value %s out of range for String.prototype.localeCompare options property %s",
                   u, name);
    return -1;
  }
  snprintf(buf, cap, "%s", u);
  return 1;
}

// The js_collate_compare flags of localeCompare's (locales, options), as
// an Intl.Collator made of them would have; -1 threw.
static int collate_flags(JsRt *rt, JsValue locales, JsValue options) {
  CaseLocale loc;
  JsString *tag;
  if (requested_locale(rt, locales, &loc, &tag) < 0)
    return -1;
  JsValue opts = JS_UNDEFINED;
  if (js_is_null(options)) {
    js_throw_error(rt, JS_TYPE_ERROR, "String.prototype.localeCompare called on null or undefined");
    return -1;
  }
  if (!js_is_undefined(options)) {
    opts = js_to_object(rt, options);
    if (js_is_exception(opts))
      return -1;
  }
  int numeric = -1, flags = 0;
  char buf[64], kw[16];
  const char *case_first = NULL;
  if (!js_is_undefined(opts)) {
    static const char *const usage[] = {"sort", "search", NULL};
    static const char *const matcher[] = {"lookup", "best fit", NULL};
    static const char *const cf[] = {"upper", "lower", "false", NULL};
    if (collate_string_option(rt, opts, "usage", usage, buf, sizeof buf) < 0 ||
        collate_string_option(rt, opts, "localeMatcher", matcher, buf, sizeof buf) < 0 ||
        collate_string_option(rt, opts, "collation", NULL, buf, sizeof buf) < 0)
      return -1;
    JsValue v = js_get_prop(rt, opts, js_atom_cstr(rt, "numeric"));
    if (js_is_exception(v))
      return -1;
    if (!js_is_undefined(v))
      numeric = js_truthy(rt, v);
    int r = collate_string_option(rt, opts, "caseFirst", cf, buf, sizeof buf);
    if (r < 0)
      return -1;
    if (r > 0)
      flags |= !strcmp(buf, "upper") ? JS_COLLATE_UPPER_FIRST
             : !strcmp(buf, "lower") ? JS_COLLATE_LOWER_FIRST : 0;
    else
      case_first = "";
  } else {
    case_first = "";
  }
  if (tag && case_first && unicode_keyword(tag, "kf", kw, sizeof kw) == 0)
    flags |= !strcmp(kw, "upper") ? JS_COLLATE_UPPER_FIRST
           : !strcmp(kw, "lower") ? JS_COLLATE_LOWER_FIRST : 0;
  if (numeric < 0)
    numeric = tag && unicode_keyword(tag, "kn", kw, sizeof kw) == 0 && strcmp(kw, "false") != 0;
  if (numeric)
    flags |= JS_COLLATE_NUMERIC;
  if (!js_is_undefined(opts)) {
    static const char *const sens[] = {"base", "accent", "case", "variant", NULL};
    int r = collate_string_option(rt, opts, "sensitivity", sens, buf, sizeof buf);
    if (r < 0)
      return -1;
    if (r > 0)
      flags |= !strcmp(buf, "base") ? JS_COLLATE_BASE : !strcmp(buf, "accent") ? JS_COLLATE_ACCENT
             : !strcmp(buf, "case") ? JS_COLLATE_CASE : 0;
    JsValue v = js_get_prop(rt, opts, js_atom_cstr(rt, "ignorePunctuation"));
    if (js_is_exception(v))
      return -1;
    if (!js_is_undefined(v) && js_truthy(rt, v))
      flags |= JS_COLLATE_IGNORE_PUNCT;
  }
  return flags;
}

// Weak: collate.c is in libkiln_node.a, linked when the program names
// localeCompare; without it, code-unit order.
int js_collate_compare(JsString *a, JsString *b, int flags) __attribute__((weak));

static JsValue string_proto_locale_compare(JsRt *rt, JsValue callee, JsValue this_val,
                                           int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "localeCompare");
  JsString *t = s ? js_to_flat_string(rt, js_arg(argc, argv, 0)) : NULL;
  if (!t)
    return JS_EXCEPTION;
  int flags = collate_flags(rt, js_arg(argc, argv, 1), js_arg(argc, argv, 2));
  if (flags < 0)
    return JS_EXCEPTION;
  if (!js_collate_compare) {  // not linked: the program never names localeCompare
    int c = js_str_compare(s, t);
    return js_int(c < 0 ? -1 : c > 0);
  }
  return js_int(js_collate_compare(s, t, flags));
}

// Index of the first lone surrogate in [s], or the length.
static uint32_t lone_surrogate(JsString *s, uint32_t from) {
  uint32_t n = js_str_len(s);
  for (uint32_t i = from; i < n; i++) {
    int units;
    uint32_t cp = code_point_at(s, i, &units);
    if (cp >= 0xd800 && cp <= 0xdfff)
      return i;
    i += units - 1;
  }
  return n;
}

static JsValue string_proto_is_well_formed(JsRt *rt, JsValue callee, JsValue this_val,
                                           int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "isWellFormed");
  if (!s)
    return JS_EXCEPTION;
  return js_bool(lone_surrogate(s, 0) == js_str_len(s));
}

static JsValue string_proto_to_well_formed(JsRt *rt, JsValue callee, JsValue this_val,
                                           int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "toWellFormed");
  if (!s)
    return JS_EXCEPTION;
  uint32_t n = js_str_len(s), bad = lone_surrogate(s, 0);
  if (bad == n)
    return str_val(s);
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_put_str(rt, &sb, js_str(sub(rt, s, 0, bad)));
  for (uint32_t i = bad; i < n; i++) {
    int units;
    uint32_t cp = code_point_at(s, i, &units);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      js_sb_putc(&sb, 0xfffd);
    } else {
      for (int k = 0; k < units; k++)
        js_sb_putc(&sb, js_str_at(s, i + k));
      i += units - 1;
    }
  }
  return js_sb_finish(rt, &sb);
}

// Annex B HTML methods (#sec-createhtml): <tag attr="value">S</tag>.
static JsValue create_html(JsRt *rt, JsValue this_val, const char *tag,
                           const char *attr, JsValue value, const char *name) {
  JsString *s = this_str(rt, this_val, name);
  if (!s)
    return JS_EXCEPTION;
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_putc(&sb, '<');
  js_sb_puts(&sb, tag);
  if (attr) {
    JsString *v = js_to_flat_string(rt, value);
    if (!v)
      return JS_EXCEPTION;
    js_sb_putc(&sb, ' ');
    js_sb_puts(&sb, attr);
    js_sb_puts(&sb, "=\"");
    for (uint32_t i = 0; i < js_str_len(v); i++) {
      if (js_str_at(v, i) == '"')
        js_sb_puts(&sb, "&quot;");
      else
        js_sb_putc(&sb, js_str_at(v, i));
    }
    js_sb_putc(&sb, '"');
  }
  js_sb_putc(&sb, '>');
  js_sb_put_str(rt, &sb, s);
  js_sb_puts(&sb, "</");
  js_sb_puts(&sb, tag);
  js_sb_putc(&sb, '>');
  return js_sb_finish(rt, &sb);
}

#define HTML_METHOD(cname, jsname, tag, attr)                                   \
  static JsValue string_proto_##cname(JsRt *rt, JsValue callee, JsValue this_val, \
                                      int argc, JsValue *argv, JsValue nt) {     \
    return create_html(rt, this_val, tag, attr, js_arg(argc, argv, 0), jsname);  \
  }
HTML_METHOD(anchor, "anchor", "a", "name")
HTML_METHOD(big, "big", "big", NULL)
HTML_METHOD(blink, "blink", "blink", NULL)
HTML_METHOD(bold, "bold", "b", NULL)
HTML_METHOD(fixed, "fixed", "tt", NULL)
HTML_METHOD(fontcolor, "fontcolor", "font", "color")
HTML_METHOD(fontsize, "fontsize", "font", "size")
HTML_METHOD(italics, "italics", "i", NULL)
HTML_METHOD(link, "link", "a", "href")
HTML_METHOD(small, "small", "small", NULL)
HTML_METHOD(strike, "strike", "strike", NULL)
HTML_METHOD(sub, "sub", "sub", NULL)
HTML_METHOD(sup, "sup", "sup", NULL)

// ---------------------------------------------------------------------------
// String iterators (#sec-%stringiteratorprototype%-object): code points.
// A JS_CLASS_ITERATOR object whose `internal` points at the state; the
// magic word tells next() it was given a real string iterator.
// ---------------------------------------------------------------------------

#define STR_ITER_MAGIC 0x53747249u  // "StrI"

typedef struct StrIter {
  uint32_t magic;
  uint32_t pos;
  JsString *s;   // NULL once done
} StrIter;

static JsValue string_proto_iterator(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "[Symbol.iterator]");
  if (!s)
    return JS_EXCEPTION;
  JsObject *it = js_new_object_class(rt, rt->string_iterator_proto, JS_CLASS_ITERATOR);
  StrIter *st = js_gc_alloc(sizeof *st);
  st->magic = STR_ITER_MAGIC;
  st->s = s;
  it->internal = st;
  return js_obj_value(it);
}

static JsValue string_iterator_next(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  StrIter *st = js_class_of(this_val) == JS_CLASS_ITERATOR
                    ? js_obj(this_val)->internal : NULL;
  if (!st || st->magic != STR_ITER_MAGIC)
    return js_throw_type_error(rt, "Method String Iterator.prototype.next called on "
                               "incompatible receiver %s", js_value_cstr_short(rt, this_val));
  if (!st->s || st->pos >= js_str_len(st->s)) {
    st->s = NULL;
    return js_iter_result(rt, JS_UNDEFINED, true);
  }
  int units;
  code_point_at(st->s, st->pos, &units);
  JsValue v = js_str_substring(rt, st->s, st->pos, st->pos + (uint32_t)units);
  st->pos += (uint32_t)units;
  return js_iter_result(rt, v, false);
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef string_static_funcs[] = {
  JS_FN("fromCharCode", string_from_char_code, 1),
  JS_FN("fromCodePoint", string_from_code_point, 1),
  JS_FN("raw", string_raw, 1),
};

static const JsNativeDef string_proto_funcs[] = {
  JS_FN("anchor", string_proto_anchor, 1),
  JS_FN("at", string_proto_at, 1),
  JS_FN("big", string_proto_big, 0),
  JS_FN("blink", string_proto_blink, 0),
  JS_FN("bold", string_proto_bold, 0),
  JS_FN("charAt", string_proto_char_at, 1),
  JS_FN("charCodeAt", string_proto_char_code_at, 1),
  JS_FN("codePointAt", string_proto_code_point_at, 1),
  JS_FN("concat", string_proto_concat, 1),
  JS_FN("endsWith", string_proto_ends_with, 1),
  JS_FN("fontcolor", string_proto_fontcolor, 1),
  JS_FN("fontsize", string_proto_fontsize, 1),
  JS_FN("fixed", string_proto_fixed, 0),
  JS_FN("includes", string_proto_includes, 1),
  JS_FN("indexOf", string_proto_index_of, 1),
  JS_FN("isWellFormed", string_proto_is_well_formed, 0),
  JS_FN("italics", string_proto_italics, 0),
  JS_FN("lastIndexOf", string_proto_last_index_of, 1),
  JS_FN("link", string_proto_link, 1),
  JS_FN("localeCompare", string_proto_locale_compare, 1),
  JS_FN("match", string_proto_match, 1),
  JS_FN("matchAll", string_proto_match_all, 1),
  JS_FN("normalize", string_proto_normalize, 0),
  JS_FN("padEnd", string_proto_pad_end, 1),
  JS_FN("padStart", string_proto_pad_start, 1),
  JS_FN("repeat", string_proto_repeat, 1),
  JS_FN("replace", string_proto_replace, 2),
  JS_FN("replaceAll", string_proto_replace_all, 2),
  JS_FN("search", string_proto_search, 1),
  JS_FN("slice", string_proto_slice, 2),
  JS_FN("small", string_proto_small, 0),
  JS_FN("split", string_proto_split, 2),
  JS_FN("strike", string_proto_strike, 0),
  JS_FN("sub", string_proto_sub, 0),
  JS_FN("substr", string_proto_substr, 2),
  JS_FN("substring", string_proto_substring, 2),
  JS_FN("sup", string_proto_sup, 0),
  JS_FN("startsWith", string_proto_starts_with, 1),
  JS_FN("toString", string_proto_to_string, 0),
  JS_FN("toWellFormed", string_proto_to_well_formed, 0),
  JS_FN("trim", string_proto_trim, 0),
  JS_FN("trimStart", string_proto_trim_start, 0),
  JS_FN("trimEnd", string_proto_trim_end, 0),
  JS_FN("toLocaleLowerCase", string_proto_to_locale_lower_case, 0),
  JS_FN("toLocaleUpperCase", string_proto_to_locale_upper_case, 0),
  JS_FN("toLowerCase", string_proto_to_lower_case, 0),
  JS_FN("toUpperCase", string_proto_to_upper_case, 0),
  JS_FN("valueOf", string_proto_value_of, 0),
  JS_FN("[Symbol.iterator]", string_proto_iterator, 0),
};

static const JsNativeDef string_iterator_funcs[] = {
  JS_FN("next", string_iterator_next, 0),
};

static void alias(JsRt *rt, JsValue obj, const char *from, const char *to) {
  JsValue f = js_get_prop(rt, obj, js_atom_cstr(rt, from));
  js_define_value(rt, obj, js_atom_cstr(rt, to), f, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

void stdlib_string_init(JsRt *rt) {
  // String.prototype is itself a String object whose value is "".
  JsValue proto = rt->string_proto;
  if (!js_is_object(proto)) {
    proto = js_obj_value(js_new_object_class(rt, rt->object_proto, JS_CLASS_STRING));
    rt->string_proto = proto;
  }
  js_set_boxed_value(js_obj(proto), rt->atom_empty);
  JsValue ctor = js_new_native_ctor(rt, string_ctor, "String", 1, proto);
  js_define_value(rt, proto, rt->atom_constructor, ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JS_INSTALL(rt, ctor, string_static_funcs);
  JS_INSTALL(rt, proto, string_proto_funcs);
  // trimLeft/trimRight are the same function objects (Annex B).
  alias(rt, proto, "trimStart", "trimLeft");
  alias(rt, proto, "trimEnd", "trimRight");

  JsValue iter_proto = js_new_object_proto(
      rt, js_is_object(rt->iterator_proto) ? rt->iterator_proto : rt->object_proto);
  JS_INSTALL(rt, iter_proto, string_iterator_funcs);
  js_define_value(rt, iter_proto, rt->sym_to_string_tag,
                  js_new_cstring(rt, "String Iterator"), JS_PROP_CONFIGURABLE);
  rt->string_iterator_proto = iter_proto;
  js_define_value(rt, rt->global, js_atom_cstr(rt, "String"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
