// SPDX-License-Identifier: MIT
//
// string.c: the String constructor, String.prototype and the String
// Iterator (ECMA-262 #sec-string-objects), plus GetSubstitution, which
// RegExp's [Symbol.replace] shares.
//
// Strings are sequences of UTF-16 code units; methods flatten their inputs
// once (js_to_flat_string) and then index code units with js_str_at. Case
// mapping covers Latin, Greek and Cyrillic (what node's output shows for
// everyday text); locale comparison approximates ICU's root collation.
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
  for (int i = 0; i < argc; i++) {
    double d;
    if (js_to_double(rt, argv[i], &d) < 0)
      return JS_EXCEPTION;
    js_sb_putc(&sb, (uint16_t)js_to_uint32_d(d));
  }
  if (argc == 1)
    return js_str_from_char(rt, sb.buf[0]);
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

// If [v] has a [sym] method (a RegExp or a user matcher), calls it as
// v[sym](this, extra...) and sets *done. Returns the result or JS_UNDEFINED.
static JsValue delegate(JsRt *rt, JsValue v, JsValue sym, JsValue o, int nextra,
                        JsValue *extra, bool *done) {
  *done = false;
  if (js_is_nullish(v))
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

// In Latin Extended-A and similar blocks, case pairs sit next to each other:
// the upper case letter on the even (or odd) code point.
static bool pair_block(uint16_t c, uint16_t lo, uint16_t hi, bool upper_even) {
  return c >= lo && c <= hi && ((c & 1) == 0) == upper_even;
}

// Simple upper case mapping of one code unit (no expansion).
static uint16_t upper1(uint16_t c) {
  if (c < 0x80)
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (c == 0xb5) return 0x39c;
  if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 32;
  if (c == 0xff) return 0x178;
  if (c == 0x131) return 'I';
  if (c == 0x17f) return 'S';
  if (pair_block(c, 0x101, 0x137, false) || pair_block(c, 0x13a, 0x148, true) ||
      pair_block(c, 0x14b, 0x177, false) || pair_block(c, 0x17a, 0x17e, true) ||
      pair_block(c, 0x1e01, 0x1e95, false) || pair_block(c, 0x1ea1, 0x1eff, false) ||
      pair_block(c, 0x461, 0x481, false) || pair_block(c, 0x48b, 0x4bf, false))
    return c - 1;
  if (pair_block(c, 0x1ce, 0x1dc, true) || pair_block(c, 0x1df, 0x1ef, false) ||
      pair_block(c, 0x1f9, 0x21f, false) || pair_block(c, 0x223, 0x233, false))
    return c - 1;
  if (c >= 0x1c4 && c <= 0x1cc)  // DŽ Dž dž, LJ Lj lj, NJ Nj nj
    return 0x1c4 + (c - 0x1c4) / 3 * 3;
  if (c == 0x1f2 || c == 0x1f3) return 0x1f1;
  if (c == 0x3c2) return 0x3a3;
  if ((c >= 0x3b1 && c <= 0x3c1) || (c >= 0x3c3 && c <= 0x3cb)) return c - 32;
  if (c == 0x3ac) return 0x386;
  if (c >= 0x3ad && c <= 0x3af) return c - 37;
  if (c == 0x3cc) return 0x38c;
  if (c == 0x3cd || c == 0x3ce) return c - 63;
  if (c >= 0x430 && c <= 0x44f) return c - 32;
  if (c >= 0x450 && c <= 0x45f) return c - 80;
  if (c >= 0x561 && c <= 0x586) return c - 48;
  if (c >= 0xff41 && c <= 0xff5a) return c - 32;
  return c;
}

static uint16_t lower1(uint16_t c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
  if (c == 0x178) return 0xff;
  if (pair_block(c, 0x100, 0x136, true) || pair_block(c, 0x139, 0x147, false) ||
      pair_block(c, 0x14a, 0x176, true) || pair_block(c, 0x179, 0x17d, false) ||
      pair_block(c, 0x1e00, 0x1e94, true) || pair_block(c, 0x1ea0, 0x1efe, true) ||
      pair_block(c, 0x460, 0x480, true) || pair_block(c, 0x48a, 0x4be, true))
    return c + 1;
  if (pair_block(c, 0x1cd, 0x1db, false) || pair_block(c, 0x1de, 0x1ee, true) ||
      pair_block(c, 0x1f8, 0x21e, true) || pair_block(c, 0x222, 0x232, true))
    return c + 1;
  if (c >= 0x1c4 && c <= 0x1cc)
    return 0x1c6 + (c - 0x1c4) / 3 * 3;
  if (c == 0x1f1 || c == 0x1f2) return 0x1f3;
  if ((c >= 0x391 && c <= 0x3a1) || (c >= 0x3a3 && c <= 0x3ab)) return c + 32;
  if (c == 0x386) return 0x3ac;
  if (c >= 0x388 && c <= 0x38a) return c + 37;
  if (c == 0x38c) return 0x3cc;
  if (c == 0x38e || c == 0x38f) return c + 63;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0x531 && c <= 0x556) return c + 48;
  if (c >= 0xff21 && c <= 0xff3a) return c + 32;
  if (c == 0x212a) return 'k';
  if (c == 0x2126) return 0x3c9;
  if (c == 0x212b) return 0xe5;
  return c;
}

static bool is_cased(uint16_t c) { return upper1(c) != c || lower1(c) != c; }

// Final_Sigma (Unicode SpecialCasing): capital sigma at the end of a word
// lowers to final sigma.
static bool final_sigma(JsString *s, uint32_t i) {
  if (i == 0 || !is_cased(js_str_at(s, i - 1)))
    return false;
  return i + 1 >= js_str_len(s) || !is_cased(js_str_at(s, i + 1));
}

static JsValue convert_case(JsRt *rt, JsValue this_val, bool upper, const char *name) {
  JsString *s = this_str(rt, this_val, name);
  if (!s)
    return JS_EXCEPTION;
  uint32_t n = js_str_len(s), i = 0;
  while (i < n && (upper ? upper1(js_str_at(s, i)) : lower1(js_str_at(s, i))) ==
                      js_str_at(s, i) && js_str_at(s, i) != 0xdf &&
         js_str_at(s, i) != 0x130)
    i++;
  if (i == n)
    return str_val(s);  // nothing changes: share the string
  JsStrBuf sb;
  js_sb_init(&sb);
  for (i = 0; i < n; i++) {
    uint16_t c = js_str_at(s, i);
    if (upper && c == 0xdf) {
      js_sb_puts(&sb, "SS");
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

static JsValue string_proto_to_locale_upper_case(JsRt *rt, JsValue callee,
                                                 JsValue this_val, int argc,
                                                 JsValue *argv, JsValue new_target) {
  return convert_case(rt, this_val, true, "toLocaleUpperCase");
}

static JsValue string_proto_to_locale_lower_case(JsRt *rt, JsValue callee,
                                                 JsValue this_val, int argc,
                                                 JsValue *argv, JsValue new_target) {
  return convert_case(rt, this_val, false, "toLocaleLowerCase");
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

// Collation weights approximating ICU's root order, which node uses:
// controls are ignored; whitespace, then punctuation and symbols in ICU's
// order, then digits, then letters, with case and accents deciding only
// between otherwise equal strings (lower case first).
typedef struct Weight {
  uint32_t primary;
  uint8_t secondary, tertiary;
} Weight;

static const char ascii_symbols[] = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

static bool weight_of(uint16_t c, Weight *w) {
  uint16_t base = c, mark = 0;
  w->secondary = 0;
  w->tertiary = 0;
  if (c < 9 || (c >= 14 && c < 32) || (c >= 127 && c < 160) || c == 0xad ||
      (c >= 0x200b && c <= 0x200f) || c == 0xfeff)
    return false;
  if (decompose(c, &base, &mark))
    w->secondary = (uint8_t)(mark - 0x2ff);
  if (base >= 9 && base <= 13) {
    w->primary = base - 8;
  } else if (base >= '0' && base <= '9') {
    w->primary = 100 + base - '0';
  } else if (lower1(base) >= 'a' && lower1(base) <= 'z') {
    w->primary = 200 + lower1(base) - 'a';
    w->tertiary = lower1(base) != base;
  } else if (base < 128 && strchr(ascii_symbols, base)) {
    w->primary = 10 + (uint32_t)(strchr(ascii_symbols, base) - ascii_symbols);
  } else {
    w->primary = 1000 + lower1(base);
    w->tertiary = lower1(base) != base;
  }
  return true;
}

// Compares one level of the weights of a and b: -1, 0 or 1.
static int compare_level(JsString *a, JsString *b, int level) {
  uint32_t i = 0, j = 0, na = js_str_len(a), nb = js_str_len(b);
  for (;;) {
    Weight x, y;
    while (i < na && !weight_of(js_str_at(a, i), &x))
      i++;
    while (j < nb && !weight_of(js_str_at(b, j), &y))
      j++;
    if (i >= na || j >= nb)
      return (i < na) - (j < nb);
    uint32_t p = level == 0 ? x.primary : level == 1 ? x.secondary : x.tertiary;
    uint32_t q = level == 0 ? y.primary : level == 1 ? y.secondary : y.tertiary;
    if (p != q)
      return p < q ? -1 : 1;
    i++;
    j++;
  }
}

static JsValue string_proto_locale_compare(JsRt *rt, JsValue callee, JsValue this_val,
                                           int argc, JsValue *argv, JsValue new_target) {
  JsString *s = this_str(rt, this_val, "localeCompare");
  JsString *t = s ? js_to_flat_string(rt, js_arg(argc, argv, 0)) : NULL;
  if (!t)
    return JS_EXCEPTION;
  for (int level = 0; level < 3; level++) {
    int r = compare_level(s, t, level);
    if (r)
      return js_int(r);
  }
  return js_int(0);
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
