// SPDX-License-Identifier: MIT
//
// global.c: the global object's own value and function properties
// (ECMA-262 #sec-global-object): globalThis, NaN, Infinity, undefined,
// parseInt, parseFloat, isNaN, isFinite, Kiln's `print`, and the bindings
// of the constructors whose files do not bind themselves. Runs last.
#include <ctype.h>
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

static bool is_space(uint16_t c) {
  switch (c) {
  case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20:
  case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f:
  case 0x205f: case 0x3000: case 0xfeff:
    return true;
  default:
    return c >= 0x2000 && c <= 0x200a;
  }
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

// parseInt (#sec-parseint-string-radix).
NATIVE(global_parse_int) {
  UNUSED_ARGS;
  JsValue sv = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(sv))
    return sv;
  JsString *s = js_str_flatten(rt, js_str(sv));
  double rd;
  if (js_to_double(rt, js_arg(argc, argv, 1), &rd) < 0)
    return JS_EXCEPTION;
  int32_t radix = js_to_int32_d(rd);
  uint32_t len = js_str_len(s), i = 0;
  while (i < len && is_space(js_str_at(s, i)))
    i++;
  bool neg = false;
  if (i < len && (js_str_at(s, i) == '+' || js_str_at(s, i) == '-'))
    neg = js_str_at(s, i++) == '-';
  bool strip = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36)
      return js_double(NAN);
    if (radix != 16)
      strip = false;
  } else {
    radix = 10;
  }
  if (strip && i + 1 < len && js_str_at(s, i) == '0' &&
      (js_str_at(s, i + 1) | 0x20) == 'x') {
    i += 2;
    radix = 16;
  }
  uint32_t start = i;
  while (i < len && digit_of(js_str_at(s, i)) < radix)
    i++;
  if (i == start)
    return js_double(NAN);
  double v;
  if (radix == 10) {
    char small[64];
    uint32_t n = i - start;
    char *buf = n < sizeof small ? small : malloc(n + 1);
    for (uint32_t k = 0; k < n; k++)
      buf[k] = (char)js_str_at(s, start + k);
    buf[n] = 0;
    v = js_decimal_to_double(buf);
    if (buf != small)
      free(buf);
  } else {
    v = 0;
    for (uint32_t k = start; k < i; k++)
      v = v * radix + digit_of(js_str_at(s, k));
  }
  return js_number(neg ? -v : v);
}

// parseFloat (#sec-parsefloat-string): the longest StrDecimalLiteral prefix.
NATIVE(global_parse_float) {
  UNUSED_ARGS;
  JsValue sv = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(sv))
    return sv;
  JsString *s = js_str_flatten(rt, js_str(sv));
  uint32_t len = js_str_len(s), i = 0;
  while (i < len && is_space(js_str_at(s, i)))
    i++;
  uint32_t start = i;
  if (i < len && (js_str_at(s, i) == '+' || js_str_at(s, i) == '-'))
    i++;
  static const char inf[] = "Infinity";
  uint32_t k = 0;
  while (k < 8 && i + k < len && js_str_at(s, i + k) == (uint16_t)inf[k])
    k++;
  if (k == 8)
    return js_double(js_str_at(s, start) == '-' ? -INFINITY : INFINITY);
  uint32_t digits = 0, end;
  while (i < len && js_str_at(s, i) >= '0' && js_str_at(s, i) <= '9')
    i++, digits++;
  if (i < len && js_str_at(s, i) == '.') {
    i++;
    while (i < len && js_str_at(s, i) >= '0' && js_str_at(s, i) <= '9')
      i++, digits++;
  }
  if (!digits)
    return js_double(NAN);
  end = i;
  if (i < len && (js_str_at(s, i) | 0x20) == 'e') {
    uint32_t j = i + 1;
    if (j < len && (js_str_at(s, j) == '+' || js_str_at(s, j) == '-'))
      j++;
    uint32_t ed = 0;
    while (j < len && js_str_at(s, j) >= '0' && js_str_at(s, j) <= '9')
      j++, ed++;
    if (ed)
      end = j;
  }
  uint32_t n = end - start;
  char *buf = malloc(n + 1);
  for (uint32_t q = 0; q < n; q++)
    buf[q] = (char)js_str_at(s, start + q);
  buf[n] = 0;
  double v = js_decimal_to_double(buf);
  free(buf);
  return js_number(v);
}

NATIVE(global_is_nan) {
  UNUSED_ARGS;
  double d;
  if (js_to_double(rt, js_arg(argc, argv, 0), &d) < 0)
    return JS_EXCEPTION;
  return js_bool(d != d);
}

NATIVE(global_is_finite) {
  UNUSED_ARGS;
  double d;
  if (js_to_double(rt, js_arg(argc, argv, 0), &d) < 0)
    return JS_EXCEPTION;
  return js_bool(isfinite(d));
}

// print(...args): ToString of each argument, joined by spaces, newline.
NATIVE(global_print) {
  UNUSED_ARGS;
  for (int i = 0; i < argc; i++) {
    JsValue s = js_to_string(rt, argv[i]);
    if (js_is_exception(s))
      return s;
    size_t n;
    char *p = js_str_to_utf8(rt, js_str(s), &n);
    if (i)
      fputc(' ', stdout);
    fwrite(p, 1, n, stdout);
  }
  fputc('\n', stdout);
  return JS_UNDEFINED;
}

// --- URI encoding (#sec-uri-handling-functions) ---------------------------------

static const char uri_unreserved_marks[] = "-_.!~*'()";
static const char uri_reserved[] = ";/?:@&=+$,#";

static bool uri_unescaped(uint16_t c, bool component) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
    return true;
  if (c < 128 && c && strchr(uri_unreserved_marks, (char)c))
    return true;
  return !component && c < 128 && c && strchr(uri_reserved, (char)c);
}

static JsValue uri_malformed(JsRt *rt) {
  return js_throw_error(rt, JS_URI_ERROR, "URI malformed");
}

static JsValue uri_encode(JsRt *rt, JsValue arg, bool component) {
  JsValue sv = js_to_string(rt, arg);
  if (js_is_exception(sv))
    return sv;
  JsString *s = js_str_flatten(rt, js_str(sv));
  uint32_t len = js_str_len(s);
  JsStrBuf sb;
  js_sb_init(&sb);
  static const char hex[] = "0123456789ABCDEF";
  for (uint32_t i = 0; i < len; i++) {
    uint32_t c = js_str_at(s, i);
    if (uri_unescaped((uint16_t)c, component)) {
      js_sb_putc(&sb, (uint16_t)c);
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff)
      return uri_malformed(rt);
    if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 >= len)
        return uri_malformed(rt);
      uint32_t d = js_str_at(s, ++i);
      if (d < 0xdc00 || d > 0xdfff)
        return uri_malformed(rt);
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
    }
    uint8_t b[4];
    int n;
    if (c < 0x80) {
      b[0] = (uint8_t)c, n = 1;
    } else if (c < 0x800) {
      b[0] = (uint8_t)(0xc0 | (c >> 6)), b[1] = (uint8_t)(0x80 | (c & 0x3f)), n = 2;
    } else if (c < 0x10000) {
      b[0] = (uint8_t)(0xe0 | (c >> 12)), b[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
      b[2] = (uint8_t)(0x80 | (c & 0x3f)), n = 3;
    } else {
      b[0] = (uint8_t)(0xf0 | (c >> 18)), b[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
      b[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3f)), b[3] = (uint8_t)(0x80 | (c & 0x3f));
      n = 4;
    }
    for (int k = 0; k < n; k++) {
      js_sb_putc(&sb, '%');
      js_sb_putc(&sb, (uint16_t)hex[b[k] >> 4]);
      js_sb_putc(&sb, (uint16_t)hex[b[k] & 15]);
    }
  }
  return js_sb_finish(rt, &sb);
}

// The byte of "%XY" at s[i], or -1.
static int hex_byte(JsString *s, uint32_t i, uint32_t len) {
  if ((uint64_t)i + 3 > len)
    return -1;
  if (js_str_at(s, i) != '%')
    return -1;
  int hi = digit_of(js_str_at(s, i + 1)), lo = digit_of(js_str_at(s, i + 2));
  if (hi > 15 || lo > 15)
    return -1;
  return hi * 16 + lo;
}

static JsValue uri_decode(JsRt *rt, JsValue arg, bool component) {
  JsValue sv = js_to_string(rt, arg);
  if (js_is_exception(sv))
    return sv;
  JsString *s = js_str_flatten(rt, js_str(sv));
  uint32_t len = js_str_len(s);
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < len; i++) {
    uint16_t c = js_str_at(s, i);
    if (c != '%') {
      js_sb_putc(&sb, c);
      continue;
    }
    int b = hex_byte(s, i, len);
    if (b < 0)
      return uri_malformed(rt);
    if (b < 0x80) {
      if (!component && strchr(uri_reserved, b) && b) {
        for (int k = 0; k < 3; k++)
          js_sb_putc(&sb, js_str_at(s, i + k));
      } else {
        js_sb_putc(&sb, (uint16_t)b);
      }
      i += 2;
      continue;
    }
    int n = (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : 0;
    if (!n)
      return uri_malformed(rt);
    uint32_t cp = (uint32_t)b & (0xff >> (n + 1));
    i += 2;
    for (int k = 1; k < n; k++) {
      int cb = hex_byte(s, i + 1, len);
      if (cb < 0 || (cb & 0xc0) != 0x80)
        return uri_malformed(rt);
      cp = (cp << 6) | (cb & 0x3f);
      i += 3;
    }
    static const uint32_t min_cp[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_cp[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return uri_malformed(rt);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      js_sb_putc(&sb, (uint16_t)(0xd800 + (cp >> 10)));
      js_sb_putc(&sb, (uint16_t)(0xdc00 + (cp & 0x3ff)));
    } else {
      js_sb_putc(&sb, (uint16_t)cp);
    }
  }
  return js_sb_finish(rt, &sb);
}

NATIVE(global_encode_uri_component) {
  UNUSED_ARGS;
  return uri_encode(rt, js_arg(argc, argv, 0), true);
}

NATIVE(global_encode_uri) {
  UNUSED_ARGS;
  return uri_encode(rt, js_arg(argc, argv, 0), false);
}

NATIVE(global_decode_uri_component) {
  UNUSED_ARGS;
  return uri_decode(rt, js_arg(argc, argv, 0), true);
}

NATIVE(global_decode_uri) {
  UNUSED_ARGS;
  return uri_decode(rt, js_arg(argc, argv, 0), false);
}

// escape(string): Annex B, ECMA-262 #sec-escape-string.
NATIVE(global_escape) {
  UNUSED_ARGS;
  JsValue sv = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(sv))
    return sv;
  JsString *s = js_str_flatten(rt, js_str(sv));
  static const char hex[] = "0123456789ABCDEF";
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0, n = js_str_len(s); i < n; i++) {
    uint16_t c = js_str_at(s, i);
    if ((c < 128 && (isalnum(c) || strchr("@*_+-./", c))) && c != 0) {
      js_sb_putc(&sb, c);
    } else if (c < 256) {
      js_sb_putc(&sb, '%');
      js_sb_putc(&sb, (uint16_t)hex[c >> 4]);
      js_sb_putc(&sb, (uint16_t)hex[c & 15]);
    } else {
      js_sb_puts(&sb, "%u");
      for (int k = 12; k >= 0; k -= 4)
        js_sb_putc(&sb, (uint16_t)hex[(c >> k) & 15]);
    }
  }
  return js_sb_finish(rt, &sb);
}

static int hex_digit(uint16_t c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// unescape(string): Annex B, ECMA-262 #sec-unescape-string.
NATIVE(global_unescape) {
  UNUSED_ARGS;
  JsValue sv = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(sv))
    return sv;
  JsString *s = js_str_flatten(rt, js_str(sv));
  uint32_t n = js_str_len(s);
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = js_str_at(s, i);
    if (c == '%' && i + 6 <= n && js_str_at(s, i + 1) == 'u') {
      int v = 0, k = 2;
      for (; k < 6 && hex_digit(js_str_at(s, i + k)) >= 0; k++)
        v = v * 16 + hex_digit(js_str_at(s, i + k));
      if (k == 6) {
        js_sb_putc(&sb, (uint16_t)v);
        i += 5;
        continue;
      }
    }
    if (c == '%' && i + 3 <= n && hex_digit(js_str_at(s, i + 1)) >= 0 &&
        hex_digit(js_str_at(s, i + 2)) >= 0) {
      js_sb_putc(&sb, (uint16_t)(hex_digit(js_str_at(s, i + 1)) * 16 +
                                 hex_digit(js_str_at(s, i + 2))));
      i += 2;
      continue;
    }
    js_sb_putc(&sb, c);
  }
  return js_sb_finish(rt, &sb);
}

// eval(x): a non-string argument is returned as is (ECMA-262 #sec-eval-x);
// a string would need an interpreter in the binary, which Kiln does not
// have (DESIGN.md), so it throws EvalError.
static JsValue global_eval(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue x = js_arg(argc, argv, 0);
  if (!js_is_string(x))
    return x;
  return js_eval_unsupported(rt);
}

bool js_is_intrinsic_eval(JsRt *rt, JsValue f) {
  (void)rt;
  return js_is_object(f) && js_obj(f)->hdr.class_id == JS_CLASS_FUNCTION &&
         js_obj(f)->fn == global_eval;
}

static const JsNativeDef global_funcs[] = {
    JS_FN("eval", global_eval, 1),
    JS_FN("decodeURI", global_decode_uri, 1),
    JS_FN("decodeURIComponent", global_decode_uri_component, 1),
    JS_FN("encodeURI", global_encode_uri, 1),
    JS_FN("encodeURIComponent", global_encode_uri_component, 1),
    JS_FN("escape", global_escape, 1),
    JS_FN("unescape", global_unescape, 1),
    JS_FN("isFinite", global_is_finite, 1),
    JS_FN("isNaN", global_is_nan, 1),
    JS_FN("parseFloat", global_parse_float, 1),
    JS_FN("parseInt", global_parse_int, 2),
    JS_FN("print", global_print, 0),
};

// Binds proto.constructor under its name when no init bound it already.
static void bind_ctor_of(JsRt *rt, JsValue proto) {
  if (!js_is_object(proto))
    return;
  JsPropDesc d;
  if (js_get_own_property(rt, proto, rt->atom_constructor, &d) != 1 ||
      !(d.has & JS_DESC_HAS_VALUE) || !js_is_callable(d.value))
    return;
  JsValue name = js_function_name_of(rt, d.value);
  if (js_str_len(js_str(name)) == 0)
    return;
  name = js_str_intern(rt, name);
  if (js_get_own_property(rt, rt->global, name, NULL) == 1)
    return;
  js_define_value(rt, rt->global, name, d.value, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

void stdlib_global_init(JsRt *rt) {
  JsValue g = rt->global;
  int hidden = JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE;
  js_define_value(rt, g, js_atom_cstr(rt, "globalThis"), g, hidden);
  js_define_value(rt, g, js_atom_cstr(rt, "NaN"), js_double(NAN), 0);
  js_define_value(rt, g, js_atom_cstr(rt, "Infinity"), js_double(INFINITY), 0);
  js_define_value(rt, g, js_atom_cstr(rt, "undefined"), JS_UNDEFINED, 0);
  // Number's init may have installed the shared parseInt/parseFloat
  // already (Number.parseInt === parseInt): keep those.
  for (size_t i = 0; i < sizeof global_funcs / sizeof global_funcs[0]; i++)
    if (js_get_own_property(rt, g, js_atom_cstr(rt, global_funcs[i].name), NULL) != 1)
      js_install(rt, g, &global_funcs[i], 1);
  JsValue protos[] = {rt->object_proto, rt->function_proto, rt->array_proto,
                      rt->string_proto, rt->number_proto, rt->boolean_proto,
                      rt->symbol_proto, rt->promise_proto, rt->regexp_proto,
                      rt->bigint_proto, rt->map_proto, rt->set_proto,
                      rt->date_proto, rt->array_buffer_proto};
  for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++)
    bind_ctor_of(rt, protos[i]);
  for (int k = 0; k < 8; k++)
    bind_ctor_of(rt, rt->error_protos[k]);
}
