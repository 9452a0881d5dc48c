// SPDX-License-Identifier: MIT
//
// inspect.c: js_inspect, node's util.inspect as console.log uses it, and
// util.format (js_format_values) for console's printf-style arguments.
//
// The layout rules are node's (lib/internal/util/inspect.js), re-expressed
// in C: values are formatted bottom-up into lists of entry strings; a list
// goes on one line when it is short enough (breakLength 80, at most
// `compact` = 3 inner levels), arrays of more than six short entries are
// grouped into aligned columns, objects nested deeper than `depth` print
// as [Object], and cycles print as [Circular *n] with <ref *n> on the
// target. All strings here are JS strings; widths are code-unit counts
// except where node measures display width (column grouping).
#include "../stdlib.h"
#include "collections.h"

#include <math.h>
#include <stdlib.h>

// Typed arrays are linked per use (stdlib/init.c): an ArrayBuffer exists only
// when typedarray.c is linked, so referencing it weakly costs nothing.
__attribute__((weak)) uint8_t *js_typed_bytes(JsValue v, size_t *len);

#define MIN_LINE_LENGTH 16

enum { OBJECT_TYPE, ARRAY_TYPE, ARRAY_EXTRAS_TYPE };

// A growable list of JS strings (GC memory: the strings stay reachable).
typedef struct List {
  JsValue *v;
  int n, cap;
} List;

static void list_push(List *l, JsValue s) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->v = js_gc_realloc(l->v, (size_t)l->cap * sizeof(JsValue));
  }
  l->v[l->n++] = s;
}

typedef struct Ctx {
  JsRt *rt;
  int depth;          // INT32_MAX for unlimited
  bool show_hidden;
  int indent;         // node's indentationLvl
  int current_depth;
  List seen;          // objects being formatted (cycle detection)
  List circular;      // objects that turned out to be cycle targets
  // util.inspect's other options (console.log uses the defaults: ctx_init).
  double break_length;  // INFINITY for Infinity
  int compact;          // inner levels joined on one line; 0 for compact: false
  bool compact_true;    // compact: true
  bool colors, numeric_sep, custom, sorted, show_proxy;
  bool typed;           // formatting a typed array's hidden [buffer]
  bool depth_null;      // depth: null (custom inspect methods see null)
  JsValue user_opts;    // util.inspect's options object (custom methods see its keys)
  JsValue sort_fn;      // sorted: a comparator function, else JS_UNDEFINED
  int getters;          // 0: no, 1: true, 2: 'get', 3: 'set'
  double max_array, max_string;
} Ctx;

static void ctx_init(Ctx *ctx, JsRt *rt, int depth, bool show_hidden) {
  memset(ctx, 0, sizeof *ctx);
  ctx->rt = rt;
  ctx->depth = depth;
  ctx->show_hidden = show_hidden;
  ctx->break_length = 80;
  ctx->compact = 3;
  ctx->custom = true;
  ctx->sort_fn = JS_UNDEFINED;
  ctx->user_opts = JS_UNDEFINED;
  ctx->max_array = 100;
  ctx->max_string = 10000;
}

// ANSI colours of node's inspect.styles (the defaults).
static JsValue stylize(Ctx *ctx, JsValue str, const char *style);

// ---------------------------------------------------------------------------
// Small string helpers.
// ---------------------------------------------------------------------------

static JsValue cstr(JsRt *rt, const char *s) { return js_new_cstring(rt, s); }

static uint32_t slen(JsValue s) { return js_str_len(js_str(s)); }

static JsValue cat(JsRt *rt, JsValue a, JsValue b) {
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_put_str(rt, &sb, js_str(a));
  js_sb_put_str(rt, &sb, js_str(b));
  return js_sb_finish(rt, &sb);
}

static JsValue cat3(JsRt *rt, JsValue a, JsValue b, JsValue c) {
  return cat(rt, cat(rt, a, b), c);
}

static bool str_eq_c(JsValue s, const char *c) {
  JsString *p = js_str_flatten(js__rt, js_str(s));
  uint32_t n = js_str_len(p);
  if (strlen(c) != n)
    return false;
  for (uint32_t i = 0; i < n; i++)
    if (js_str_at(p, i) != (uint8_t)c[i])
      return false;
  return true;
}

static int64_t str_find(JsValue hay, JsValue needle, uint32_t from) {
  JsString *h = js_str_flatten(js__rt, js_str(hay));
  JsString *n = js_str_flatten(js__rt, js_str(needle));
  uint32_t hl = js_str_len(h), nl = js_str_len(n);
  for (uint32_t i = from; i + nl <= hl; i++) {
    uint32_t j = 0;
    while (j < nl && js_str_at(h, i + j) == js_str_at(n, j))
      j++;
    if (j == nl)
      return i;
  }
  return -1;
}

static bool str_has_unit(JsValue s, uint16_t c) {
  JsString *p = js_str_flatten(js__rt, js_str(s));
  for (uint32_t i = 0; i < js_str_len(p); i++)
    if (js_str_at(p, i) == c)
      return true;
  return false;
}

static JsValue spaces(JsRt *rt, int n) {
  JsStrBuf sb;
  js_sb_init(&sb);
  for (int i = 0; i < n; i++)
    js_sb_putc(&sb, ' ');
  return js_sb_finish(rt, &sb);
}

// Replaces every "\n" in s with "\n" + [indent] spaces.
static JsValue indent_lines(JsRt *rt, JsValue s, int indent) {
  JsString *p = js_str_flatten(rt, js_str(s));
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < js_str_len(p); i++) {
    uint16_t c = js_str_at(p, i);
    js_sb_putc(&sb, c);
    for (int k = 0; c == '\n' && k < indent; k++)
      js_sb_putc(&sb, ' ');
  }
  return js_sb_finish(rt, &sb);
}

// Display width (readline's getStringWidth, roughly): wide East Asian and
// emoji code points take two columns, combining marks and controls none.
static int display_width(JsValue s) {
  JsString *p = js_str_flatten(js__rt, js_str(s));
  uint32_t n = js_str_len(p);
  int w = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t c = js_str_at(p, i);
    if (c == 0x1b && i + 1 < n && js_str_at(p, i + 1) == '[') {
      // A colour code (inspect's own output with colors: true) takes no columns.
      while (i < n && js_str_at(p, i) != 'm')
        i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      uint32_t d = js_str_at(p, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x300 && c <= 0x36f) ||
        c == 0x200b || (c >= 0xfe00 && c <= 0xfe0f))
      continue;
    bool wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) ||
                (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
                (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
                (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
                (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

// ---------------------------------------------------------------------------
// Strings and keys.
// ---------------------------------------------------------------------------

// Escapes for code units below 0x20 and 0x7f..0x9f (node's `meta` table).
static void put_meta(JsStrBuf *sb, uint16_t c) {
  static const char *const named[] = { [8] = "\\b", [9] = "\\t", [10] = "\\n",
                                       [12] = "\\f", [13] = "\\r" };
  char buf[8];
  if (c < 14 && named[c]) {
    js_sb_puts(sb, named[c]);
    return;
  }
  snprintf(buf, sizeof buf, "\\x%02X", c);
  js_sb_puts(sb, buf);
}

// Appends [s] with node's escapes; [quote] is the quote character that
// must be escaped (0 for none).
static void put_escaped(JsStrBuf *sb, JsString *s, uint16_t quote) {
  uint32_t n = js_str_len(s);
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = js_str_at(s, i);
    if (c == quote || c == '\\') {
      js_sb_putc(sb, '\\');
      js_sb_putc(sb, c);
    } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      put_meta(sb, c);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      uint16_t d = i + 1 < n ? js_str_at(s, i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        js_sb_putc(sb, c);
        js_sb_putc(sb, d);
        i++;
      } else {
        char buf[8];
        snprintf(buf, sizeof buf, "\\u%x", c);
        js_sb_puts(sb, buf);
      }
    } else {
      js_sb_putc(sb, c);
    }
  }
}

// node's strEscape: single quotes unless the string contains one; then
// double quotes if it has none, else backticks if it has neither ` nor ${.
static JsValue quote_string(JsRt *rt, JsValue v) {
  JsString *s = js_str_flatten(rt, js_str(v));
  uint16_t q = '\'';
  if (str_has_unit(v, '\'')) {
    if (!str_has_unit(v, '"'))
      q = '"';
    else if (!str_has_unit(v, '`') && str_find(v, cstr(rt, "${"), 0) < 0)
      q = '`';
  }
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_putc(&sb, q);
  put_escaped(&sb, s, q == '\'' ? '\'' : 0);
  js_sb_putc(&sb, q);
  return js_sb_finish(rt, &sb);
}

// A property key as node prints it: identifiers bare, other strings quoted,
// symbols in brackets, non-enumerable keys in brackets.
static JsValue format_key(JsRt *rt, JsValue key, bool enumerable) {
  JsStrBuf sb;
  js_sb_init(&sb);
  if (js_is_symbol(key)) {
    JsValue d = ((JsSymbol *)js_cell(key))->description;
    js_sb_puts(&sb, "[Symbol(");
    if (js_is_string(d))
      put_escaped(&sb, js_str_flatten(rt, js_str(d)), 0);
    js_sb_puts(&sb, ")]");
    return js_sb_finish(rt, &sb);
  }
  if (str_eq_c(key, "__proto__"))
    return cstr(rt, "['__proto__']");
  JsString *s = js_str_flatten(rt, js_str(key));
  if (!enumerable) {
    js_sb_putc(&sb, '[');
    put_escaped(&sb, s, 0);
    js_sb_putc(&sb, ']');
    return js_sb_finish(rt, &sb);
  }
  uint32_t n = js_str_len(s);
  bool ident = n > 0;
  for (uint32_t i = 0; i < n && ident; i++) {
    uint16_t c = js_str_at(s, i);
    ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
            (i > 0 && c >= '0' && c <= '9');
  }
  return ident ? key : quote_string(rt, key);
}

// ---------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------

static JsValue format_number(JsRt *rt, double d) {
  if (d == 0 && signbit(d))
    return cstr(rt, "-0");
  return js_number_to_string(rt, d, 10);
}

static JsValue symbol_string(JsRt *rt, JsValue sym) {
  JsValue d = ((JsSymbol *)js_cell(sym))->description;
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_puts(&sb, "Symbol(");
  if (js_is_string(d))
    js_sb_put_str(rt, &sb, js_str(d));
  js_sb_putc(&sb, ')');
  return js_sb_finish(rt, &sb);
}

// A long string is split after each newline into quoted pieces joined by
// " +\n" (node's formatPrimitive).
static JsValue format_string(Ctx *ctx, JsValue v) {
  JsRt *rt = ctx->rt;
  JsString *s = js_str_flatten(rt, js_str(v));
  uint32_t n = js_str_len(s);
  JsValue trailer = JS_EMPTY;
  if (n > ctx->max_string) {
    uint32_t keep = ctx->max_string < 0 ? 0 : (uint32_t)ctx->max_string;
    uint32_t rest = n - keep;
    trailer = js_new_stringf(rt, "... %u more character%s", rest, rest > 1 ? "s" : "");
    s = js_str(js_str_substring(rt, s, 0, keep));
    n = keep;
  }
  JsValue out;
  if (!ctx->compact_true && n > MIN_LINE_LENGTH && n > ctx->break_length - ctx->indent - 4) {
    JsStrBuf sb;
    js_sb_init(&sb);
    JsValue sep = cat(rt, cstr(rt, " +\n"), spaces(rt, ctx->indent + 2));
    uint32_t start = 0;
    for (uint32_t i = 0; i < n; i++) {
      if (js_str_at(s, i) != '\n' || i + 1 == n)
        continue;
      js_sb_put_str(rt, &sb, js_str(stylize(ctx, quote_string(rt, js_str_substring(rt, s, start, i + 1)), "string")));
      js_sb_put_str(rt, &sb, js_str(sep));
      start = i + 1;
    }
    js_sb_put_str(rt, &sb, js_str(stylize(ctx, quote_string(rt, js_str_substring(rt, s, start, n)), "string")));
    out = js_sb_finish(rt, &sb);
  } else {
    out = stylize(ctx, quote_string(rt, js_from_cell(s)), "string");
  }
  return trailer == JS_EMPTY ? out : cat(rt, out, trailer);
}

// node's addNumericSeparator: "1234567" -> "1_234_567" (a leading '-' kept).
static JsValue add_separators(JsRt *rt, JsValue digits) {
  JsString *p = js_str_flatten(rt, js_str(digits));
  uint32_t n = js_str_len(p), start = n && js_str_at(p, 0) == '-' ? 1 : 0;
  if (n < start + 4)
    return digits;
  JsStrBuf sb;
  js_sb_init(&sb);
  uint32_t first = (n - start) % 3;
  if (first == 0)
    first = 3;
  for (uint32_t i = 0; i < n; i++) {
    if (i > start && (i - start - first) % 3 == 0 && i - start >= first)
      js_sb_putc(&sb, '_');
    js_sb_putc(&sb, js_str_at(p, i));
  }
  return js_sb_finish(rt, &sb);
}

// node's addNumericSeparatorEnd: fraction digits grouped from the left.
static JsValue add_separators_end(JsRt *rt, JsValue digits) {
  JsString *p = js_str_flatten(rt, js_str(digits));
  uint32_t n = js_str_len(p);
  JsStrBuf sb;
  js_sb_init(&sb);
  uint32_t i = 0;
  for (; i + 3 < n; i += 3) {
    for (uint32_t k = i; k < i + 3; k++)
      js_sb_putc(&sb, js_str_at(p, k));
    js_sb_putc(&sb, '_');
  }
  for (; i < n; i++)
    js_sb_putc(&sb, js_str_at(p, i));
  return js_sb_finish(rt, &sb);
}

static JsValue number_text(Ctx *ctx, double d) {
  JsRt *rt = ctx->rt;
  if (!ctx->numeric_sep || !isfinite(d))
    return format_number(rt, d);
  double integer = trunc(d);
  JsValue istr = format_number(rt, integer == 0 ? 0 : integer);
  if (integer == d) {
    if (str_has_unit(istr, 'e'))
      return istr;
    return add_separators(rt, format_number(rt, d));
  }
  JsValue full = js_number_to_string(rt, d, 10);
  if (str_has_unit(full, 'e'))
    return full;
  JsValue frac = js_str_substring(rt, js_str(full), slen(istr) + 1, slen(full));
  return cat3(rt, add_separators(rt, istr), cstr(rt, "."), add_separators_end(rt, frac));
}

static JsValue format_primitive(Ctx *ctx, JsValue v) {
  JsRt *rt = ctx->rt;
  if (js_is_string(v))
    return format_string(ctx, v);
  if (js_is_number(v))
    return stylize(ctx, number_text(ctx, js_get_number(v)), "number");
  if (v == JS_TRUE)
    return stylize(ctx, cstr(rt, "true"), "boolean");
  if (v == JS_FALSE)
    return stylize(ctx, cstr(rt, "false"), "boolean");
  if (v == JS_UNDEFINED)
    return stylize(ctx, cstr(rt, "undefined"), "undefined");
  if (v == JS_NULL)
    return stylize(ctx, cstr(rt, "null"), "null");
  if (js_is_symbol(v))
    return stylize(ctx, symbol_string(rt, v), "symbol");
  // BigInt
  JsValue digits = js_to_string(rt, v);
  if (ctx->numeric_sep)
    digits = add_separators(rt, digits);
  return stylize(ctx, cat(rt, digits, cstr(rt, "n")), "bigint");
}

// ---------------------------------------------------------------------------
// Objects: constructor names, prefixes and keys.
// ---------------------------------------------------------------------------

static JsValue format_value(Ctx *ctx, JsValue v, int recurse, bool typed);

// Reads a property without letting an exception escape (inspect reports
// what it can; a throwing getter for Symbol.toStringTag must not abort
// console.log).
static JsValue quiet_get(JsRt *rt, JsValue obj, JsValue key) {
  bool had = rt->has_exception;
  JsValue saved = rt->exception;
  JsValue v = js_get_prop(rt, obj, key);
  if (js_is_exception(v)) {
    v = JS_UNDEFINED;
    rt->has_exception = had;
    rt->exception = saved;
  }
  return v;
}

static JsValue own_data(JsRt *rt, JsValue obj, JsValue key) {
  JsPropDesc d;
  if (js_get_own_property(rt, obj, key, &d) == 1 && (d.has & JS_DESC_HAS_VALUE))
    return d.value;
  return JS_UNDEFINED;
}

// V8's class name of an object (what node's internalGetConstructorName
// returns when no constructor is found): a Symbol.toStringTag data
// property, else the kind of object.
static JsValue class_name(JsRt *rt, JsValue v) {
  for (JsObject *o = js_obj(v); o; o = o->proto) {
    JsValue t = own_data(rt, js_obj_value(o), rt->sym_to_string_tag);
    if (js_is_string(t))
      return t;
  }
  switch (js_class_of(v)) {
  case JS_CLASS_ARRAY: return cstr(rt, "Array");
  case JS_CLASS_FUNCTION: case JS_CLASS_BOUND_FUNCTION: return cstr(rt, "Function");
  case JS_CLASS_ERROR: return cstr(rt, "Error");
  case JS_CLASS_BOOLEAN: return cstr(rt, "Boolean");
  case JS_CLASS_NUMBER: return cstr(rt, "Number");
  case JS_CLASS_STRING: return cstr(rt, "String");
  case JS_CLASS_SYMBOL: return cstr(rt, "Symbol");
  case JS_CLASS_DATE: return cstr(rt, "Date");
  case JS_CLASS_REGEXP: return cstr(rt, "RegExp");
  case JS_CLASS_MAP: return cstr(rt, "Map");
  case JS_CLASS_SET: return cstr(rt, "Set");
  case JS_CLASS_PROMISE: return cstr(rt, "Promise");
  default: return cstr(rt, "Object");
  }
}

static JsValue fn_name(JsRt *rt, JsValue f) {
  JsValue n = quiet_get(rt, f, rt->atom_name);
  return js_is_string(n) ? n : rt->atom_empty;
}

// node's getConstructorName: the name of the first `constructor` on the
// prototype chain that [v] is an instance of; JS_NULL for a chain without
// one that ends in null.
static JsValue constructor_name(Ctx *ctx, JsValue v, int recurse) {
  JsRt *rt = ctx->rt;
  JsObject *first = NULL;
  bool first_set = false;
  for (JsObject *o = js_obj(v); o; o = o->proto) {
    JsValue c = own_data(rt, js_obj_value(o), rt->atom_constructor);
    if (js_is_callable(c)) {
      JsValue name = fn_name(rt, c);
      if (slen(name) > 0 && js_ordinary_has_instance(rt, c, v) == JS_TRUE)
        return name;
      if (rt->has_exception)
        js_take_exception(rt);
    }
    if (!first_set) {
      first = o->proto;
      first_set = true;
    }
  }
  if (!first)
    return JS_NULL;
  JsValue res = class_name(rt, v);
  if (recurse > ctx->depth)
    return cat(rt, res, cstr(rt, " <Complex prototype>"));
  JsValue proto_name = constructor_name(ctx, js_obj_value(first), recurse + 1);
  if (js_is_null(proto_name)) {
    Ctx sub;
    ctx_init(&sub, rt, -1, false);
    proto_name = format_value(&sub, js_obj_value(first), 0, false);
    if (js_is_exception(proto_name))
      return proto_name;
  }
  return cat(rt, res, cat3(rt, cstr(rt, " <"), proto_name, cstr(rt, ">")));
}

// node's getPrefix: "Foo ", "Foo(2) [Tag] ", "[Object: null prototype] ".
static JsValue get_prefix(JsRt *rt, JsValue ctor, JsValue tag, const char *fallback,
                          JsValue size) {
  JsStrBuf sb;
  js_sb_init(&sb);
  bool has_tag = slen(tag) > 0;
  if (js_is_null(ctor)) {
    js_sb_putc(&sb, '[');
    js_sb_puts(&sb, fallback);
    js_sb_put_str(rt, &sb, js_str(size));
    js_sb_puts(&sb, ": null prototype] ");
    if (has_tag && !str_eq_c(tag, fallback)) {
      js_sb_putc(&sb, '[');
      js_sb_put_str(rt, &sb, js_str(tag));
      js_sb_puts(&sb, "] ");
    }
    return js_sb_finish(rt, &sb);
  }
  js_sb_put_str(rt, &sb, js_str(ctor));
  js_sb_put_str(rt, &sb, js_str(size));
  js_sb_putc(&sb, ' ');
  if (has_tag && !js_str_equal(js_str(ctor), js_str(tag))) {
    js_sb_putc(&sb, '[');
    js_sb_put_str(rt, &sb, js_str(tag));
    js_sb_puts(&sb, "] ");
  }
  return js_sb_finish(rt, &sb);
}

// node's getCtxStyle: the prefix for plain objects, where a null prototype
// falls back to the V8 class name.
static JsValue ctx_style(Ctx *ctx, JsValue v, JsValue ctor, JsValue tag) {
  JsRt *rt = ctx->rt;
  if (!js_is_null(ctor))
    return get_prefix(rt, ctor, tag, "", rt->atom_empty);
  if (js_class_of(v) == JS_CLASS_MODULE_NS)  // node's isModuleNamespaceObject
    return get_prefix(rt, ctor, tag, "Module", rt->atom_empty);
  JsValue fb = class_name(rt, v);
  if (js_str_equal(js_str(fb), js_str(tag)))
    fb = cstr(rt, "Object");
  return get_prefix(rt, ctor, tag, js_str_to_utf8(rt, js_str(fb), NULL), rt->atom_empty);
}

// Own keys to show: enumerable strings and symbols (all with showHidden).
// [non_index] drops array indices (arrays list their elements separately).
static int get_keys(Ctx *ctx, JsValue v, bool non_index, List *out) {
  JsRt *rt = ctx->rt;
  JsValue keys = js_own_keys(rt, v, ctx->show_hidden ? 3 : 7);
  if (js_is_exception(keys))
    return -1;
  JsObject *k = js_obj(keys);
  for (uint32_t i = 0; i < k->elem_len; i++) {
    JsValue key = k->elems[i];
    if (non_index && js_atom_index(key) >= 0)
      continue;
    list_push(out, key);
  }
  return 0;
}

static bool has_key(List *keys, JsValue key) {
  for (int i = 0; i < keys->n; i++)
    if (keys->v[i] == key)
      return true;
  return false;
}

static void remove_key(List *keys, JsValue key) {
  for (int i = 0; i < keys->n; i++)
    if (keys->v[i] == key) {
      memmove(keys->v + i, keys->v + i + 1, (size_t)(keys->n - i - 1) * sizeof(JsValue));
      keys->n--;
      return;
    }
}

// ---------------------------------------------------------------------------
// Properties and entries.
// ---------------------------------------------------------------------------

// node's formatProperty: "key: value", or just the value for array entries.
static JsValue format_property(Ctx *ctx, JsValue obj, int recurse, JsValue key,
                               int type) {
  JsRt *rt = ctx->rt;
  JsPropDesc d;
  int r = js_get_own_property(rt, obj, key, &d);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0) {
    d.has = JS_DESC_HAS_VALUE;
    d.attrs = JS_PROP_ENUMERABLE;
    d.value = js_get_prop(rt, obj, key);
    if (js_is_exception(d.value))
      return d.value;
  }
  JsValue str, sep = cstr(rt, ": ");
  bool getter = (d.has & JS_DESC_HAS_GET) && !js_is_undefined(d.getter);
  bool setter = (d.has & JS_DESC_HAS_SET) && !js_is_undefined(d.setter);
  if ((d.has & JS_DESC_HAS_VALUE) && !js_is_undefined(d.value)) {
    int diff = ctx->compact_true && type == OBJECT_TYPE ? 3 : 2;
    ctx->indent += diff;
    str = format_value(ctx, d.value, recurse, false);
    if (!js_is_exception(str) && diff == 3 && ctx->break_length < display_width(str))
      sep = cat3(rt, cstr(rt, ":\n"), spaces(rt, ctx->indent), rt->atom_empty);
    ctx->indent -= diff;
    if (js_is_exception(str))
      return str;
  } else if (getter) {
    const char *label = setter ? "Getter/Setter" : "Getter";
    if (ctx->getters == 1 || (ctx->getters == 2 && !setter) || (ctx->getters == 3 && setter)) {
      JsValue tmp = js_call(rt, d.getter, obj, 0, NULL);
      JsValue open = stylize(ctx, js_new_stringf(rt, "[%s:", label), "special");
      JsValue close = stylize(ctx, cstr(rt, "]"), "special");
      if (js_is_exception(tmp)) {
        JsValue err = js_take_exception(rt);
        JsValue m = js_is_object(err) ? quiet_get(rt, err, rt->atom_message) : JS_UNDEFINED;
        m = js_is_undefined(m) ? cstr(rt, "undefined") : js_to_string(rt, m);
        if (js_is_exception(m))
          return m;
        str = cat(rt, cat3(rt, open, cstr(rt, " <Inspection threw ("), m),
                  cat(rt, cstr(rt, ")>"), close));
      } else {
        ctx->indent += 2;
        JsValue inner = format_value(ctx, tmp, recurse, false);
        ctx->indent -= 2;
        if (js_is_exception(inner))
          return inner;
        if (js_is_object(tmp))
          str = cat3(rt, stylize(ctx, js_new_stringf(rt, "[%s]", label), "special"),
                     cstr(rt, " "), inner);
        else
          str = cat(rt, cat3(rt, open, cstr(rt, " "), inner), close);
      }
    } else {
      str = stylize(ctx, js_new_stringf(rt, "[%s]", label), "special");
    }
  } else if (setter) {
    str = stylize(ctx, cstr(rt, "[Setter]"), "special");
  } else {
    str = stylize(ctx, cstr(rt, "undefined"), "undefined");
  }
  if (type == ARRAY_TYPE)
    return str;
  JsValue name = format_key(rt, key, (d.attrs & JS_PROP_ENUMERABLE) != 0);
  if (ctx->colors && js_is_symbol(key)) {
    name = js_str_substring(rt, js_str(name), 1, slen(name) - 1);
    name = cat3(rt, cstr(rt, "["), stylize(ctx, name, "symbol"), cstr(rt, "]"));
  } else if (ctx->colors && (d.attrs & JS_PROP_ENUMERABLE) && slen(name) &&
             js_str_at(js_str_flatten(rt, js_str(name)), 0) != '[' && name != key) {
    name = stylize(ctx, name, "string");
  }
  return cat3(rt, name, sep, str);
}

static JsValue remaining_text(JsRt *rt, double n) {
  return js_new_stringf(rt, "... %s more item%s", js_cstr(rt, js_number(n)),
                        n > 1 ? "s" : "");
}

static JsValue empty_items_text(JsRt *rt, double n) {
  return js_new_stringf(rt, "<%s empty item%s>", js_cstr(rt, js_number(n)),
                        n > 1 ? "s" : "");
}
#define empty_items(rt, n) stylize(ctx, empty_items_text(rt, n), "undefined")

// node's formatSpecialArray: an array with holes, listed from index [i].
static int format_sparse(Ctx *ctx, JsValue arr, int recurse, double len,
                         int max, List *out, uint32_t i) {
  JsRt *rt = ctx->rt;
  JsValue keys = js_own_keys(rt, arr, 5);
  if (js_is_exception(keys))
    return -1;
  JsObject *k = js_obj(keys);
  double index = i;
  for (; i < k->elem_len && out->n < max; i++) {
    int64_t idx = js_atom_index(k->elems[i]);
    if (idx < 0)
      break;
    if ((double)idx != index) {
      list_push(out, empty_items(rt, (double)idx - index));
      index = (double)idx;
      if (out->n == max)
        break;
    }
    JsValue s = format_property(ctx, arr, recurse, k->elems[i], ARRAY_TYPE);
    if (js_is_exception(s))
      return -1;
    list_push(out, s);
    index++;
  }
  double rest = len - index;
  if (out->n != max) {
    if (rest > 0)
      list_push(out, empty_items(rt, rest));
  } else if (rest > 0) {
    list_push(out, remaining_text(rt, rest));
  }
  return 0;
}

// node's formatArray: the first 100 elements, then "... n more items".
static int format_array(Ctx *ctx, JsValue arr, int recurse, List *out) {
  JsRt *rt = ctx->rt;
  double len;
  if (js_length_of(rt, arr, &len) < 0)
    return -1;
  double limit = ctx->max_array < 0 ? 0 : ctx->max_array;
  int max = len < limit ? (int)len : (int)limit;
  for (int i = 0; i < max; i++) {
    JsValue key = js_index_atom(rt, (uint32_t)i);
    JsPropDesc d;
    int r = js_get_own_property(rt, arr, key, &d);
    if (r < 0)
      return -1;
    if (r == 0)
      return format_sparse(ctx, arr, recurse, len, max, out, (uint32_t)i);
    JsValue s = format_property(ctx, arr, recurse, key, ARRAY_TYPE);
    if (js_is_exception(s))
      return -1;
    list_push(out, s);
  }
  if (len > max)
    list_push(out, remaining_text(rt, len - max));
  return 0;
}

// Iterates a Map or Set with the original prototype method [method]
// ("entries" or "values"), formatting at most 100 entries.
static int format_collection(Ctx *ctx, JsValue v, JsValue proto, bool is_map,
                             double size, int recurse, List *out) {
  JsRt *rt = ctx->rt;
  JsValue m = js_get_prop(rt, proto, js_atom_cstr(rt, is_map ? "entries" : "values"));
  if (js_is_exception(m))
    return -1;
  JsValue next, iter = js_call(rt, m, v, 0, NULL);
  if (js_is_exception(iter) ||
      js_is_exception(next = js_get_prop(rt, iter, rt->atom_next)))
    return -1;
  ctx->indent += 2;
  int count = 0;
  for (;;) {
    JsValue e;
    JsValue r = js_iterator_step(rt, iter, next, &e);
    if (js_is_exception(r))
      return -1;
    if (r == JS_FALSE || count >= ctx->max_array)
      break;
    JsValue s;
    if (is_map) {
      JsValue k = js_get_elem(rt, e, js_int(0)), val = js_get_elem(rt, e, js_int(1));
      JsValue ks = format_value(ctx, k, recurse, false);
      JsValue vs = js_is_exception(ks) ? ks : format_value(ctx, val, recurse, false);
      if (js_is_exception(vs))
        return -1;
      s = cat3(rt, ks, cstr(rt, " => "), vs);
    } else {
      s = format_value(ctx, e, recurse, false);
      if (js_is_exception(s))
        return -1;
    }
    list_push(out, s);
    count++;
  }
  ctx->indent -= 2;
  if (size > count)
    list_push(out, remaining_text(rt, size - count));
  return 0;
}

// ---------------------------------------------------------------------------
// Laying out a list of entries.
// ---------------------------------------------------------------------------

// node's groupArrayElements: more than six array entries, all short, are
// put into columns (numbers right-aligned, everything else left-aligned).
static void group_array_elements(Ctx *ctx, List *out, JsValue value, bool has_more) {
  JsRt *rt = ctx->rt;
  int total = 0, max_len = 0, n = out->n - (has_more ? 1 : 0);
  int *w = js_gc_alloc_atomic(sizeof(int) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    w[i] = display_width(out->v[i]);
    total += w[i] + 2;
    if (w[i] > max_len)
      max_len = w[i];
  }
  int actual_max = max_len + 2;
  if (!(actual_max * 3 + ctx->indent < ctx->break_length &&
        ((double)total / actual_max > 5 || max_len <= 6)))
    return;
  double average_bias = sqrt(actual_max - (double)total / out->n);
  double biased_max = fmax(actual_max - 3 - average_bias, 1);
  double cols = fmin(fmin(round(sqrt(2.5 * biased_max * n) / biased_max),
                          floor((ctx->break_length - ctx->indent) / (double)actual_max)),
                     fmin(ctx->compact * 4, 15));
  if (cols <= 1)
    return;
  int columns = (int)cols;
  int *line_max = js_gc_alloc_atomic(sizeof(int) * (size_t)columns);
  for (int i = 0; i < columns; i++) {
    int m = 0;
    for (int j = i; j < n; j += columns)
      if (w[j] > m)
        m = w[j];
    line_max[i] = m + 2;
  }
  // Numbers (and bigints) pad at the start, anything else at the end.
  bool pad_start = true;
  // (A typed array holds only numbers; its elements are not in elems.)
  JsObject *a = js_is_object(value) && js_class_of(value) != JS_CLASS_TYPED_ARRAY
                    ? js_obj(value) : NULL;
  for (int i = 0; a && i < out->n && pad_start; i++) {
    JsValue e = i < (int)a->elem_len && i < (int)a->elem_cap ? a->elems[i] : JS_UNDEFINED;
    pad_start = js_is_number(e) || (js_is_cell(e) && js_cell(e)->kind == JS_KIND_BIGINT);
  }
  List grouped = { 0 };
  for (int i = 0; i < n; i += columns) {
    int max = i + columns < n ? i + columns : n;
    JsStrBuf sb;
    js_sb_init(&sb);
    for (int j = i; j < max; j++) {
      bool last = j == max - 1;
      int pad = line_max[j - i] - w[j] - 2;
      for (int k = 0; pad_start && k < pad; k++)
        js_sb_putc(&sb, ' ');
      js_sb_put_str(rt, &sb, js_str(out->v[j]));
      if (!last)
        js_sb_puts(&sb, ", ");
      for (int k = 0; !pad_start && !last && k < pad; k++)
        js_sb_putc(&sb, ' ');
    }
    list_push(&grouped, js_sb_finish(rt, &sb));
  }
  if (has_more)
    list_push(&grouped, out->v[out->n - 1]);
  *out = grouped;
}

static JsValue join(JsRt *rt, List *l, JsValue sep) {
  JsStrBuf sb;
  js_sb_init(&sb);
  for (int i = 0; i < l->n; i++) {
    if (i)
      js_sb_put_str(rt, &sb, js_str(sep));
    js_sb_put_str(rt, &sb, js_str(l->v[i]));
  }
  return js_sb_finish(rt, &sb);
}

// node's isBelowBreakLength (lengths without colour codes).
static int plain_len(JsValue s) {
  JsString *p = js_str_flatten(js__rt, js_str(s));
  uint32_t n = js_str_len(p);
  int len = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (js_str_at(p, i) == 0x1b && i + 1 < n && js_str_at(p, i + 1) == '[') {
      uint32_t j = i + 2;
      while (j < n && js_str_at(p, j) != 'm')
        j++;
      i = j;
      continue;
    }
    len++;
  }
  return len;
}

static bool below_break_length(Ctx *ctx, List *out, int start, JsValue base) {
  double total = out->n + start;
  if (total + out->n > ctx->break_length)
    return false;
  for (int i = 0; i < out->n; i++) {
    total += ctx->colors ? plain_len(out->v[i]) : (int)slen(out->v[i]);
    if (total > ctx->break_length)
      return false;
  }
  return slen(base) == 0 || !str_has_unit(base, '\n');
}

// node's reduceToSingleString with compact = 3.
static JsValue reduce_to_single_string(Ctx *ctx, List *out, JsValue base,
                                       JsValue brace0, const char *brace1,
                                       int extras, int recurse, JsValue value,
                                       bool has_more) {
  JsRt *rt = ctx->rt;
  int entries = out->n;
  if (ctx->compact_true) {
    // compact: true: one line if it fits, else entries continue after the brace.
    if (below_break_length(ctx, out, 0, base)) {
      JsValue b = slen(base) ? cat(rt, cstr(rt, " "), base) : rt->atom_empty;
      return cat(rt, cat3(rt, brace0, b, cstr(rt, " ")),
                 cat3(rt, join(rt, out, cstr(rt, ", ")), cstr(rt, " "), cstr(rt, brace1)));
    }
    JsValue ind = spaces(rt, ctx->indent);
    JsValue ln = slen(base) == 0 && slen(brace0) == 1
                     ? cstr(rt, " ")
                     : cat(rt, slen(base) ? cat(rt, cstr(rt, " "), base) : rt->atom_empty,
                           cat3(rt, cstr(rt, "\n"), ind, cstr(rt, "  ")));
    JsValue sep = cat3(rt, cstr(rt, ",\n"), ind, cstr(rt, "  "));
    return cat(rt, cat(rt, brace0, ln),
               cat3(rt, join(rt, out, sep), cstr(rt, " "), cstr(rt, brace1)));
  }
  if (ctx->compact >= 1 && extras == ARRAY_EXTRAS_TYPE && entries > 6)
    group_array_elements(ctx, out, value, has_more);
  JsValue lead = slen(base) ? cat(rt, base, cstr(rt, " ")) : rt->atom_empty;
  if (ctx->compact >= 1 && ctx->current_depth - recurse < ctx->compact && entries == out->n) {
    int start = out->n + ctx->indent + (int)slen(brace0) + (int)slen(base) + 10;
    if (below_break_length(ctx, out, start, base)) {
      JsValue joined = join(rt, out, cstr(rt, ", "));
      if (!str_has_unit(joined, '\n'))
        return cat(rt, cat3(rt, lead, brace0, cstr(rt, " ")),
                   cat3(rt, joined, cstr(rt, " "), cstr(rt, brace1)));
    }
  }
  JsValue ind = cat(rt, cstr(rt, "\n"), spaces(rt, ctx->indent));
  JsValue sep = cat3(rt, cstr(rt, ","), ind, cstr(rt, "  "));
  return cat(rt, cat3(rt, lead, brace0, cat(rt, ind, cstr(rt, "  "))),
             cat3(rt, join(rt, out, sep), ind, cstr(rt, brace1)));
}

// ---------------------------------------------------------------------------
// Functions, errors and boxed primitives: the "base" printed before braces.
// ---------------------------------------------------------------------------

static bool is_class_ctor(JsValue v) {
  return js_class_of(v) == JS_CLASS_FUNCTION && (js_obj(v)->fn_flags & JS_FN_CLASS);
}

// node's getFunctionBase / getClassBase.
static JsValue function_base(Ctx *ctx, JsValue v, JsValue ctor, JsValue tag) {
  JsRt *rt = ctx->rt;
  JsStrBuf sb;
  js_sb_init(&sb);
  bool has_tag = slen(tag) > 0 && (js_is_null(ctor) || !js_str_equal(js_str(ctor), js_str(tag)));
  if (is_class_ctor(v)) {
    JsValue name = own_data(rt, v, rt->atom_name);
    js_sb_puts(&sb, "[class ");
    if (js_is_string(name) && slen(name))
      js_sb_put_str(rt, &sb, js_str(name));
    else
      js_sb_puts(&sb, "(anonymous)");
    if (!js_is_null(ctor) && !str_eq_c(ctor, "Function")) {
      js_sb_puts(&sb, " [");
      js_sb_put_str(rt, &sb, js_str(ctor));
      js_sb_putc(&sb, ']');
    }
    if (has_tag) {
      js_sb_puts(&sb, " [");
      js_sb_put_str(rt, &sb, js_str(tag));
      js_sb_putc(&sb, ']');
    }
    if (js_is_null(ctor)) {
      js_sb_puts(&sb, " extends [null prototype]");
    } else if (js_obj(v)->proto) {
      JsValue super_name = quiet_get(rt, js_obj_value(js_obj(v)->proto), rt->atom_name);
      if (js_is_string(super_name) && slen(super_name)) {
        js_sb_puts(&sb, " extends ");
        js_sb_put_str(rt, &sb, js_str(super_name));
      }
    }
    js_sb_putc(&sb, ']');
    return js_sb_finish(rt, &sb);
  }
  // Async and generator functions are told apart by their constructor.
  const char *type = "Function";
  static const char *const kinds[] = { "AsyncFunction", "GeneratorFunction",
                                       "AsyncGeneratorFunction" };
  for (int i = 0; i < 3 && !js_is_null(ctor); i++)
    if (str_eq_c(ctor, kinds[i]))
      type = kinds[i];
  js_sb_putc(&sb, '[');
  js_sb_puts(&sb, type);
  if (js_is_null(ctor))
    js_sb_puts(&sb, " (null prototype)");
  JsValue name = fn_name(rt, v);
  if (slen(name) == 0) {
    js_sb_puts(&sb, " (anonymous)");
  } else {
    js_sb_puts(&sb, ": ");
    js_sb_put_str(rt, &sb, js_str(name));
  }
  js_sb_putc(&sb, ']');
  if (!js_is_null(ctor) && !str_eq_c(ctor, type)) {
    js_sb_putc(&sb, ' ');
    js_sb_put_str(rt, &sb, js_str(ctor));
  }
  if (has_tag) {
    js_sb_puts(&sb, " [");
    js_sb_put_str(rt, &sb, js_str(tag));
    js_sb_putc(&sb, ']');
  }
  return js_sb_finish(rt, &sb);
}

static bool is_error(JsRt *rt, JsValue v) {
  for (JsObject *o = js_obj(v); o; o = o->proto)
    if (o->hdr.class_id == JS_CLASS_ERROR || js_obj_value(o) == rt->error_proto)
      return true;
  return false;
}

// Error.prototype.toString of [err], without throwing.
static JsValue error_header(JsRt *rt, JsValue err) {
  JsValue name = quiet_get(rt, err, rt->atom_name);
  JsValue msg = quiet_get(rt, err, rt->atom_message);
  name = js_is_undefined(name) ? cstr(rt, "Error") : js_to_string(rt, name);
  msg = js_is_undefined(msg) ? rt->atom_empty : js_to_string(rt, msg);
  if (js_is_exception(name) || js_is_exception(msg)) {
    js_take_exception(rt);
    return cstr(rt, "Error");
  }
  if (slen(name) == 0)
    return msg;
  if (slen(msg) == 0)
    return name;
  return cat3(rt, name, cstr(rt, ": "), msg);
}

// The error's stack string. The runtime keeps an untouched stack in
// `internal`; like V8, which formats the stack lazily, its header then
// reflects the current name and message.
static JsValue error_stack(Ctx *ctx, JsValue err) {
  JsRt *rt = ctx->rt;
  JsValue stack = quiet_get(rt, err, rt->atom_stack);
  if (js_class_of(err) == JS_CLASS_ERROR && js_is_string(stack) &&
      (JsValue)(uintptr_t)js_obj(err)->internal == stack) {
    int64_t at = str_find(stack, cstr(rt, "\n    at"), 0);
    JsValue frames = at < 0 ? rt->atom_empty
                            : js_str_substring(rt, js_str(stack), (uint32_t)at, slen(stack));
    return cat(rt, error_header(rt, err), frames);
  }
  if (js_truthy(rt, stack))
    return js_is_string(stack) ? stack : format_value(ctx, stack, 0, false);
  return error_header(rt, err);
}

static bool ends_with_c(JsValue s, const char *c) {
  uint32_t n = slen(s), m = (uint32_t)strlen(c);
  if (m > n)
    return false;
  JsString *p = js_str_flatten(js__rt, js_str(s));
  for (uint32_t i = 0; i < m; i++)
    if (js_str_at(p, n - m + i) != (uint8_t)c[i])
      return false;
  return true;
}

// node's improveStack: names the constructor when it differs from the
// error's name ("MyError: x" for a subclass named Error).
static JsValue improve_stack(Ctx *ctx, JsValue stack, JsValue ctor, JsValue name,
                             JsValue tag) {
  JsRt *rt = ctx->rt;
  uint32_t len = slen(name);
  JsString *st = js_str_flatten(rt, js_str(stack));
  bool starts = len <= slen(stack) && str_find(stack, name, 0) == 0;
  uint16_t after = len < slen(stack) ? js_str_at(st, len) : 0;
  if (!(js_is_null(ctor) || (ends_with_c(name, "Error") && starts &&
                             (len == slen(stack) || after == ':' || after == '\n'))))
    return stack;
  JsValue prefix = get_prefix(rt, ctor, tag, "Error", rt->atom_empty);
  prefix = js_str_substring(rt, js_str(prefix), 0, slen(prefix) - 1);
  if (js_str_equal(js_str(name), js_str(prefix)))
    return stack;
  JsValue rest = js_str_substring(rt, st, len, slen(stack));
  if (str_find(prefix, name, 0) >= 0) {
    if (len == 0)
      return cat3(rt, prefix, cstr(rt, ": "), stack);
    return cat(rt, prefix, rest);
  }
  return cat(rt, cat3(rt, prefix, cstr(rt, " ["), name), cat(rt, cstr(rt, "]"), rest));
}

// node's formatError.
static JsValue format_error(Ctx *ctx, JsValue err, JsValue ctor, JsValue tag,
                            List *keys) {
  JsRt *rt = ctx->rt;
  JsValue name = quiet_get(rt, err, rt->atom_name);
  name = js_is_nullish(name) ? cstr(rt, "Error") : js_to_string(rt, name);
  if (js_is_exception(name))
    return name;
  JsValue stack = error_stack(ctx, err);
  if (js_is_exception(stack))
    return stack;
  // Hide name/message/stack keys already visible in the stack text.
  const JsValue dup[3] = { rt->atom_name, rt->atom_message, rt->atom_stack };
  for (int i = 0; i < 3 && !ctx->show_hidden; i++) {
    if (!has_key(keys, dup[i]))
      continue;
    JsValue val = quiet_get(rt, err, dup[i]);
    if (!js_is_string(val) || str_find(stack, val, 0) >= 0)
      remove_key(keys, dup[i]);
  }
  if (js_has_property(rt, err, rt->atom_cause) == 1 && !has_key(keys, rt->atom_cause))
    list_push(keys, rt->atom_cause);
  JsValue errors = quiet_get(rt, err, rt->atom_errors);
  if (js_is_array(rt, errors) && !has_key(keys, rt->atom_errors))
    list_push(keys, rt->atom_errors);
  stack = improve_stack(ctx, stack, ctor, name, tag);
  JsValue msg = quiet_get(rt, err, rt->atom_message);
  int64_t pos = -1;
  if (js_is_string(msg) && slen(msg) > 0) {
    pos = str_find(stack, msg, 0);
    if (pos >= 0)
      pos += slen(msg);
  }
  if (str_find(stack, cstr(rt, "\n    at"), pos < 0 ? 0 : (uint32_t)pos) < 0)
    stack = cat3(rt, cstr(rt, "["), stack, cstr(rt, "]"));
  if (ctx->indent)
    stack = indent_lines(rt, stack, ctx->indent);
  return stack;
}

// node's getBoxedBase: "[Number: 3]", "[String (Foo): 'x']".
static JsValue boxed_base(Ctx *ctx, JsValue v, JsValue ctor, JsValue tag) {
  JsRt *rt = ctx->rt;
  const char *type;
  switch (js_class_of(v)) {
  case JS_CLASS_NUMBER: type = "Number"; break;
  case JS_CLASS_STRING: type = "String"; break;
  case JS_CLASS_BOOLEAN: type = "Boolean"; break;
  case JS_CLASS_BIGINT: type = "BigInt"; break;
  default: type = "Symbol"; break;
  }
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_putc(&sb, '[');
  js_sb_puts(&sb, type);
  if (js_is_null(ctor)) {
    js_sb_puts(&sb, " (null prototype)");
  } else if (!str_eq_c(ctor, type)) {
    js_sb_puts(&sb, " (");
    js_sb_put_str(rt, &sb, js_str(ctor));
    js_sb_putc(&sb, ')');
  }
  js_sb_puts(&sb, ": ");
  int saved = ctx->indent;
  bool colors = ctx->colors;
  ctx->colors = false;
  JsValue prim = format_primitive(ctx, js_boxed_value(js_obj(v)));
  ctx->colors = colors;
  ctx->indent = saved;
  js_sb_put_str(rt, &sb, js_str(prim));
  js_sb_putc(&sb, ']');
  if (slen(tag) && (js_is_null(ctor) || !js_str_equal(js_str(tag), js_str(ctor)))) {
    js_sb_puts(&sb, " [");
    js_sb_put_str(rt, &sb, js_str(tag));
    js_sb_putc(&sb, ']');
  }
  return js_sb_finish(rt, &sb);
}

// Calls a method of an intrinsic prototype on [v] (Date, RegExp): the
// result as a string, or JS_EXCEPTION.
static JsValue call_proto_method(JsRt *rt, JsValue proto, const char *name, JsValue v) {
  if (!js_is_object(proto))
    return js_to_string(rt, v);
  JsValue f = js_get_prop(rt, proto, js_atom_cstr(rt, name));
  if (js_is_exception(f))
    return f;
  if (!js_is_callable(f))
    return js_to_string(rt, v);
  return js_call(rt, f, v, 0, NULL);
}

// ---------------------------------------------------------------------------
// formatRaw and formatValue.
// ---------------------------------------------------------------------------

enum { K_OBJECT, K_ARRAY, K_MAP, K_SET, K_PROMISE, K_WEAK, K_ITER, K_ARRAY_BUFFER };

// How an object is printed: the text before the braces, the braces, and
// which entries come first.
typedef struct Layout {
  JsValue base, brace0;
  const char *brace1;
  int extras, kind;
  double size;
} Layout;

static int format_promise(Ctx *ctx, JsValue p, int recurse, List *out) {
  JsRt *rt = ctx->rt;
  JsValue result = JS_UNDEFINED;
  int state = js_promise_state(p, &result);
  if (state == 0) {
    list_push(out, stylize(ctx, cstr(rt, "<pending>"), "special"));
    return 0;
  }
  ctx->indent += 2;
  JsValue s = format_value(ctx, result, recurse, false);
  ctx->indent -= 2;
  if (js_is_exception(s))
    return -1;
  list_push(out, state == 2 ? cat3(rt, stylize(ctx, cstr(rt, "<rejected>"), "special"),
                                    cstr(rt, " "), s) : s);
  return 0;
}

// The toStringTag worth printing: a string that is not an own enumerable
// property (which is listed with the keys anyway).
static JsValue visible_tag(Ctx *ctx, JsValue v) {
  JsRt *rt = ctx->rt;
  JsValue tag = quiet_get(rt, v, rt->sym_to_string_tag);
  if (!js_is_string(tag) || slen(tag) == 0)
    return rt->atom_empty;
  JsPropDesc d;
  if (js_get_own_property(rt, v, rt->sym_to_string_tag, &d) == 1 &&
      (ctx->show_hidden || (d.attrs & JS_PROP_ENUMERABLE)))
    return rt->atom_empty;
  return tag;
}

// Arrays, Maps and Sets: sets *done with the early result for empty ones.
static int layout_iterable(Ctx *ctx, JsValue v, JsValue ctor, JsValue tag, Layout *l,
                           List *keys, JsValue *done) {
  JsRt *rt = ctx->rt;
  bool is_map = js_class_of(v) == JS_CLASS_MAP;
  if (js_is_array(rt, v) || js_class_of(v) == JS_CLASS_TYPED_ARRAY) {
    double len;
    if (js_length_of(rt, v, &len) < 0 || get_keys(ctx, v, true, keys) < 0)
      return -1;
    JsValue prefix = rt->atom_empty;
    if (js_is_null(ctor) || !str_eq_c(ctor, "Array") || slen(tag))
      prefix = get_prefix(rt, ctor, tag, "Array",
                          js_new_stringf(rt, "(%s)", js_cstr(rt, js_number(len))));
    l->brace0 = cat(rt, prefix, cstr(rt, "["));
    l->brace1 = "]";
    if (len == 0 && keys->n == 0)
      *done = cat(rt, l->brace0, cstr(rt, "]"));
    l->extras = ARRAY_EXTRAS_TYPE;
    l->kind = K_ARRAY;
    return 0;
  }
  l->size = js_map_size(v);
  if (get_keys(ctx, v, false, keys) < 0)
    return -1;
  JsValue prefix = get_prefix(rt, ctor, tag, is_map ? "Map" : "Set",
                              js_new_stringf(rt, "(%s)", js_cstr(rt, js_number(l->size))));
  if (l->size == 0 && keys->n == 0)
    *done = cat(rt, prefix, cstr(rt, "{}"));
  l->brace0 = cat(rt, prefix, cstr(rt, "{"));
  l->kind = is_map ? K_MAP : K_SET;
  return 0;
}

// Date and RegExp bases: "2020-01-01T00:00:00.000Z", "/a/g".
static JsValue special_base(Ctx *ctx, JsValue v, JsValue ctor, JsValue tag) {
  JsRt *rt = ctx->rt;
  bool date = js_class_of(v) == JS_CLASS_DATE;
  JsValue base;
  if (date) {
    JsValue t = call_proto_method(rt, rt->date_proto, "getTime", v);
    if (js_is_exception(t))
      return t;
    bool invalid = js_is_number(t) && isnan(js_get_number(t));
    base = call_proto_method(rt, rt->date_proto, invalid ? "toString" : "toISOString", v);
  } else {
    base = call_proto_method(rt, rt->regexp_proto, "toString", v);
  }
  if (js_is_exception(base) || !js_is_string(base))
    return js_is_exception(base) ? base : js_to_string(rt, base);
  JsValue prefix = get_prefix(rt, ctor, tag, date ? "Date" : "RegExp", rt->atom_empty);
  if (!str_eq_c(prefix, date ? "Date " : "RegExp "))
    base = cat(rt, prefix, base);
  return base;
}

// Everything that is not array-like: returns the early result in *done
// when the object prints without braces.
static int layout_object(Ctx *ctx, JsValue v, int recurse, JsValue ctor, JsValue tag,
                         Layout *l, List *keys, JsValue *done) {
  JsRt *rt = ctx->rt;
  JsClassId cls = js_class_of(v);
  if (get_keys(ctx, v, cls == JS_CLASS_STRING, keys) < 0)
    return -1;
  l->brace0 = cstr(rt, "{");
  if (js_is_callable(v)) {
    l->base = function_base(ctx, v, ctor, tag);
    if (keys->n == 0)
      *done = stylize(ctx, l->base, "special");
  } else if (cls == JS_CLASS_ITERATOR && js_collection_iterator_kind(v, NULL)) {
    // node's getIteratorBraces: "[Map Iterator] {", "[Set Entries] {".
    int kind, which = js_collection_iterator_kind(v, &kind);
    const char *type = which == 1 ? "Map" : "Set";
    JsValue own = js_new_stringf(rt, "%s Iterator", type);
    JsValue t = tag;
    if (!js_str_equal(js_str(t), js_str(own)))
      t = slen(t) ? cat3(rt, t, cstr(rt, "] ["), own) : own;
    if (kind == 2) {  // entries: " Iterator] {" becomes " Entries] {"
      JsValue head = js_str_substring(rt, js_str(t), 0, slen(t) - 9);
      t = cat(rt, head, cstr(rt, " Entries"));
    }
    l->brace0 = cat3(rt, cstr(rt, "["), t, cstr(rt, "] {"));
    l->kind = K_ITER;
  } else if (!js_is_null(ctor) && str_eq_c(ctor, "Object") &&
             cls != JS_CLASS_ERROR) {
    if (cls == JS_CLASS_ARGUMENTS)
      l->brace0 = cstr(rt, "[Arguments] {");
    else if (slen(tag))
      l->brace0 = cat(rt, get_prefix(rt, ctor, tag, "Object", rt->atom_empty), cstr(rt, "{"));
    if (keys->n == 0)
      *done = cat(rt, l->brace0, cstr(rt, "}"));
  } else if (cls == JS_CLASS_REGEXP || cls == JS_CLASS_DATE) {
    l->base = special_base(ctx, v, ctor, tag);
    if (js_is_exception(l->base))
      return -1;
    if (keys->n == 0 || (cls == JS_CLASS_REGEXP && recurse > ctx->depth))
      *done = stylize(ctx, l->base, cls == JS_CLASS_DATE ? "date" : "regexp");
  } else if (is_error(rt, v)) {
    l->base = format_error(ctx, v, ctor, tag, keys);
    if (js_is_exception(l->base))
      return -1;
    if (keys->n == 0)
      *done = l->base;
  } else if (cls == JS_CLASS_PROMISE) {
    l->brace0 = cat(rt, get_prefix(rt, ctor, tag, "Promise", rt->atom_empty), cstr(rt, "{"));
    l->kind = K_PROMISE;
  } else if (cls == JS_CLASS_WEAKMAP || cls == JS_CLASS_WEAKSET) {
    const char *kind = cls == JS_CLASS_WEAKMAP ? "WeakMap" : "WeakSet";
    l->brace0 = cat(rt, get_prefix(rt, ctor, tag, kind, rt->atom_empty), cstr(rt, "{"));
    l->kind = K_WEAK;
  } else if (cls == JS_CLASS_ARRAY_BUFFER) {
    JsValue prefix = get_prefix(rt, ctor, tag, "ArrayBuffer", rt->atom_empty);
    bool typed = ctx->typed;
    ctx->typed = false;
    if (typed && keys->n == 0) {  // a typed array's [buffer]: no contents
      size_t len;
      js_typed_bytes(v, &len);
      *done = cat3(rt, prefix, cstr(rt, "{ byteLength: "),
                   cat(rt, stylize(ctx, number_text(ctx, (double)len), "number"),
                       cstr(rt, " }")));
      return 0;
    }
    l->brace0 = cat(rt, prefix, cstr(rt, "{"));
    List k2 = { 0 };
    list_push(&k2, js_atom_cstr(rt, "byteLength"));
    for (int i = 0; i < keys->n; i++)
      list_push(&k2, keys->v[i]);
    *keys = k2;
    if (!typed)
      l->kind = K_ARRAY_BUFFER;
  } else if (cls == JS_CLASS_DATA_VIEW) {
    l->brace0 = cat(rt, get_prefix(rt, ctor, tag, "DataView", rt->atom_empty),
                    cstr(rt, "{"));
    List k2 = { 0 };
    list_push(&k2, js_atom_cstr(rt, "byteLength"));
    list_push(&k2, js_atom_cstr(rt, "byteOffset"));
    list_push(&k2, js_atom_cstr(rt, "buffer"));
    for (int i = 0; i < keys->n; i++)
      list_push(&k2, keys->v[i]);
    *keys = k2;
  } else if (cls == JS_CLASS_NUMBER || cls == JS_CLASS_STRING ||
             cls == JS_CLASS_BOOLEAN || cls == JS_CLASS_SYMBOL ||
             cls == JS_CLASS_BIGINT) {
    l->base = boxed_base(ctx, v, ctor, tag);
    if (keys->n == 0) {
      const char *style;
      switch (cls) {
      case JS_CLASS_NUMBER: style = "number"; break;
      case JS_CLASS_STRING: style = "string"; break;
      case JS_CLASS_BOOLEAN: style = "boolean"; break;
      case JS_CLASS_BIGINT: style = "bigint"; break;
      default: style = "symbol"; break;
      }
      *done = stylize(ctx, l->base, style);
    }
  } else {
    JsValue style = ctx_style(ctx, v, ctor, tag);
    if (keys->n == 0)
      *done = cat(rt, style, cstr(rt, "{}"));
    l->brace0 = cat(rt, style, cstr(rt, "{"));
  }
  return 0;
}

// node's formatIterator: what a Map or Set iterator would still produce,
// without advancing it; entries print as [ key, value ] pairs.
static int format_iterator(Ctx *ctx, JsValue v, int recurse, List *out) {
  JsRt *rt = ctx->rt;
  int kind;
  js_collection_iterator_kind(v, &kind);
  JsValue items = js_collection_iterator_preview(rt, v);
  double len;
  if (js_length_of(rt, items, &len) < 0)
    return -1;
  double limit = ctx->max_array < 0 ? 0 : ctx->max_array;
  int max = len < limit ? (int)len : (int)limit;
  ctx->indent += 2;
  for (int i = 0; i < max; i++) {
    JsValue item = js_get_elem(rt, items, js_int(i)), s;
    if (kind == 2) {
      List pair = { 0 };
      for (int j = 0; j < 2; j++) {
        JsValue e = format_value(ctx, js_get_elem(rt, item, js_int(j)), recurse, false);
        if (js_is_exception(e))
          return -1;
        list_push(&pair, e);
      }
      s = reduce_to_single_string(ctx, &pair, rt->atom_empty, cstr(rt, "["), "]",
                                  ARRAY_EXTRAS_TYPE, recurse, JS_UNDEFINED, false);
    } else {
      s = format_value(ctx, item, recurse, false);
    }
    if (js_is_exception(s))
      return -1;
    list_push(out, s);
  }
  ctx->indent -= 2;
  if (len > max)
    list_push(out, remaining_text(rt, len - max));
  return 0;
}

// showHidden on a typed array: node's [BYTES_PER_ELEMENT] ... [buffer] entries.
static int typed_array_hidden(Ctx *ctx, JsValue v, int recurse, List *out) {
  JsRt *rt = ctx->rt;
  static const char *const names[] = { "BYTES_PER_ELEMENT", "length", "byteLength",
                                       "byteOffset", "buffer" };
  ctx->indent += 2;
  for (int i = 0; i < 5; i++) {
    JsValue x = js_get_prop(rt, v, js_atom_cstr(rt, names[i]));
    if (js_is_exception(x))
      return -1;
    ctx->typed = true;
    JsValue s = format_value(ctx, x, recurse, true);
    ctx->typed = false;
    if (js_is_exception(s))
      return -1;
    list_push(out, cat(rt, js_new_stringf(rt, "[%s]: ", names[i]), s));
  }
  ctx->indent -= 2;
  return 0;
}

// node's formatArrayBuffer: "[Uint8Contents]: <00 01 ...>".
static void format_array_buffer(Ctx *ctx, JsValue v, List *out) {
  JsRt *rt = ctx->rt;
  size_t len;
  uint8_t *bytes = js_typed_bytes(v, &len);
  double limit = ctx->max_array < 0 ? 0 : ctx->max_array;
  size_t max = (double)len < limit ? len : (size_t)limit;
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_put_str(rt, &sb, js_str(stylize(ctx, cstr(rt, "[Uint8Contents]"), "special")));
  js_sb_puts(&sb, ": <");
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < max; i++) {
    if (i)
      js_sb_putc(&sb, ' ');
    js_sb_putc(&sb, hex[bytes[i] >> 4]);
    js_sb_putc(&sb, hex[bytes[i] & 15]);
  }
  if (len > max) {
    size_t rest = len - max;
    char tail[64];
    snprintf(tail, sizeof tail, " ... %zu more byte%s", rest, rest > 1 ? "s" : "");
    js_sb_puts(&sb, tail);
  }
  js_sb_putc(&sb, '>');
  list_push(out, js_sb_finish(rt, &sb));
}

static int circular_index(Ctx *ctx, JsValue v, bool add) {
  for (int i = 0; i < ctx->circular.n; i++)
    if (ctx->circular.v[i] == v)
      return i + 1;
  if (!add)
    return 0;
  list_push(&ctx->circular, v);
  return ctx->circular.n;
}

// sorted: orders out[from..] by code units, or with the sorted comparator.
static int sort_entries(Ctx *ctx, List *out, int from) {
  JsRt *rt = ctx->rt;
  for (int i = from + 1; i < out->n; i++) {
    JsValue x = out->v[i];
    int j = i - 1;
    while (j >= from) {
      double c;
      if (js_is_callable(ctx->sort_fn)) {
        JsValue args[2] = { out->v[j], x };
        JsValue r = js_call(rt, ctx->sort_fn, JS_UNDEFINED, 2, args);
        if (js_is_exception(r))
          return -1;
        JsValue n = js_to_number(rt, r);
        if (js_is_exception(n))
          return -1;
        c = js_get_number(n);
      } else {
        c = js_str_compare(js_str(out->v[j]), js_str(x));
      }
      if (!(c > 0))
        break;
      out->v[j + 1] = out->v[j];
      j--;
    }
    out->v[j + 1] = x;
  }
  return 0;
}

static JsValue format_raw(Ctx *ctx, JsValue v, int recurse) {
  JsRt *rt = ctx->rt;
  JsValue ctor = constructor_name(ctx, v, recurse);
  if (js_is_exception(ctor))
    return ctor;
  JsValue tag = visible_tag(ctx, v), done = JS_EMPTY;
  Layout l = { rt->atom_empty, JS_EMPTY, "}", OBJECT_TYPE, K_OBJECT, 0 };
  List keys = { 0 };
  JsClassId cls = js_class_of(v);
  bool coll = (cls == JS_CLASS_MAP && js_is_object(rt->map_proto)) ||
              (cls == JS_CLASS_SET && js_is_object(rt->set_proto));
  int r = js_is_array(rt, v) || coll || cls == JS_CLASS_TYPED_ARRAY
              ? layout_iterable(ctx, v, ctor, tag, &l, &keys, &done)
              : layout_object(ctx, v, recurse, ctor, tag, &l, &keys, &done);
  if (r < 0)
    return JS_EXCEPTION;
  if (done != JS_EMPTY)
    return done;
  if (recurse > ctx->depth) {
    JsValue name = ctx_style(ctx, v, ctor, tag);
    name = js_str_substring(rt, js_str(name), 0, slen(name) - 1);
    return stylize(ctx, js_is_null(ctor) ? name : cat3(rt, cstr(rt, "["), name, cstr(rt, "]")),
                   "special");
  }
  recurse++;
  list_push(&ctx->seen, v);
  ctx->current_depth = recurse;
  List out = { 0 };
  switch (l.kind) {
  case K_ARRAY:
    r = format_array(ctx, v, recurse, &out);
    if (r == 0 && cls == JS_CLASS_TYPED_ARRAY && ctx->show_hidden)
      r = typed_array_hidden(ctx, v, recurse, &out);
    break;
  case K_MAP: r = format_collection(ctx, v, rt->map_proto, true, l.size, recurse, &out); break;
  case K_SET: r = format_collection(ctx, v, rt->set_proto, false, l.size, recurse, &out); break;
  case K_PROMISE: r = format_promise(ctx, v, recurse, &out); break;
  case K_WEAK:  // entries of weak collections are not listed
    list_push(&out, stylize(ctx, cstr(rt, "<items unknown>"), "special"));
    break;
  case K_ITER: r = format_iterator(ctx, v, recurse, &out); break;
  case K_ARRAY_BUFFER: format_array_buffer(ctx, v, &out); break;
  default: r = 0;
  }
  for (int i = 0; r == 0 && i < keys.n; i++) {
    JsValue s = format_property(ctx, v, recurse, keys.v[i], l.extras);
    if (js_is_exception(s))
      r = -1;
    else
      list_push(&out, s);
  }
  ctx->seen.n--;
  if (r < 0)
    return JS_EXCEPTION;
  if (ctx->sorted && sort_entries(ctx, &out, l.extras == OBJECT_TYPE ? 0 : out.n - keys.n) < 0)
    return JS_EXCEPTION;
  int index = circular_index(ctx, v, false);
  if (index) {
    JsValue ref = stylize(ctx, js_new_stringf(rt, "<ref *%d>", index), "special");
    l.base = slen(l.base) ? cat3(rt, ref, cstr(rt, " "), l.base) : ref;
  }
  return reduce_to_single_string(ctx, &out, l.base, l.brace0, l.brace1, l.extras,
                                 recurse, v, out.n > ctx->max_array);
}

// util.inspect as a function object, handed to custom inspect methods as
// their third argument: inspect(value, { depth, showHidden }).
static JsValue util_inspect(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  return js_inspect_options(rt, js_arg(argc, argv, 0), js_arg(argc, argv, 1));
}

static JsValue util_inspect_fn;  // created on first use (a GC root: static data)
static JsValue stylize_fns[2];   // options.stylize without and with colours

static JsValue native_stylize(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target, bool colors) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue str = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(str) || !colors)
    return str;
  JsValue style = js_arg(argc, argv, 1);
  if (!js_is_string(style))
    return str;
  Ctx c;
  ctx_init(&c, rt, 2, false);
  c.colors = true;
  return stylize(&c, str, js_cstr(rt, style));
}

static JsValue stylize_plain(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  return native_stylize(rt, callee, this_val, argc, argv, new_target, false);
}

static JsValue stylize_color(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  return native_stylize(rt, callee, this_val, argc, argv, new_target, true);
}

// util.js registers its inspect: custom inspectors get it as their third argument.
static JsValue user_defaults;  // util.inspect.defaultOptions, once util is loaded

void js_inspect_set_util(JsValue fn, JsValue defaults) {
  util_inspect_fn = fn;
  user_defaults = defaults;
}

static JsValue stylize_fn(JsRt *rt, bool colors) {
  if (!stylize_fns[colors])
    stylize_fns[colors] = js_new_native(rt, colors ? stylize_color : stylize_plain,
                                        "stylize", 2);
  return stylize_fns[colors];
}

// A [Symbol.for('nodejs.util.inspect.custom')] method, if [v] has one.
static JsValue custom_inspect_method(JsRt *rt, JsValue v) {
  if (!js_is_object(rt->symbol_registry))
    return JS_UNDEFINED;
  JsValue sym = own_data(rt, rt->symbol_registry,
                         js_atom_cstr(rt, "nodejs.util.inspect.custom"));
  if (!js_is_symbol(sym))
    return JS_UNDEFINED;
  JsValue m = quiet_get(rt, v, sym);
  if (!js_is_callable(m))
    return JS_UNDEFINED;
  // Prototype objects (v === v.constructor.prototype) are printed plainly.
  JsValue c = own_data(rt, v, rt->atom_constructor);
  if (js_is_object(c) && quiet_get(rt, c, rt->atom_prototype) == v)
    return JS_UNDEFINED;
  return m;
}

static JsValue call_custom_inspect(Ctx *ctx, JsValue v, JsValue m, int recurse) {
  JsRt *rt = ctx->rt;
  JsValue opts = js_new_object(rt);
  // The method gets the depth left; options.depth is the whole depth, as
  // in node (an options object handed on to inspect() starts afresh).
  JsValue depth = ctx->depth_null ? JS_NULL
                  : js_number(ctx->depth == INT32_MAX ? INFINITY : ctx->depth - recurse);
  JsValue whole = ctx->depth_null ? JS_NULL
                  : js_number(ctx->depth == INT32_MAX ? INFINITY : ctx->depth);
  js_define_field(rt, opts, js_atom_cstr(rt, "depth"), whole);
  js_define_field(rt, opts, js_atom_cstr(rt, "showHidden"), js_bool(ctx->show_hidden));
  js_define_field(rt, opts, js_atom_cstr(rt, "colors"), js_bool(ctx->colors));
  js_define_field(rt, opts, js_atom_cstr(rt, "customInspect"), js_bool(ctx->custom));
  js_define_field(rt, opts, js_atom_cstr(rt, "showProxy"), JS_FALSE);
  js_define_field(rt, opts, js_atom_cstr(rt, "maxArrayLength"), js_number(ctx->max_array));
  js_define_field(rt, opts, js_atom_cstr(rt, "maxStringLength"), js_number(ctx->max_string));
  js_define_field(rt, opts, js_atom_cstr(rt, "breakLength"), js_number(ctx->break_length));
  js_define_field(rt, opts, js_atom_cstr(rt, "compact"),
                  ctx->compact_true ? JS_TRUE : ctx->compact ? js_int(ctx->compact) : JS_FALSE);
  js_define_field(rt, opts, js_atom_cstr(rt, "sorted"),
                  js_is_callable(ctx->sort_fn) ? ctx->sort_fn : js_bool(ctx->sorted));
  js_define_field(rt, opts, js_atom_cstr(rt, "getters"),
                  ctx->getters == 2 ? cstr(rt, "get") : ctx->getters == 3 ? cstr(rt, "set")
                                                         : js_bool(ctx->getters == 1));
  js_define_field(rt, opts, js_atom_cstr(rt, "numericSeparator"), js_bool(ctx->numeric_sep));
  js_define_field(rt, opts, js_atom_cstr(rt, "stylize"), stylize_fn(rt, ctx->colors));
  if (js_is_object(ctx->user_opts)) {  // node's ...ctx.userOptions
    JsValue keys = js_own_keys(rt, ctx->user_opts, 7);
    if (js_is_exception(keys))
      return keys;
    JsObject *k = js_obj(keys);
    for (uint32_t i = 0; i < k->elem_len; i++) {
      JsValue x = js_get_prop(rt, ctx->user_opts, k->elems[i]);
      if (js_is_exception(x))
        return x;
      js_define_field(rt, opts, k->elems[i], x);
    }
  }
  if (!util_inspect_fn)
    util_inspect_fn = js_new_native(rt, util_inspect, "inspect", 2);
  JsValue args[3] = { depth, opts, util_inspect_fn };
  JsValue r = js_call(rt, m, v, 3, args);
  if (js_is_exception(r) || r == v)
    return r;
  if (!js_is_string(r))
    return format_value(ctx, r, recurse, false);
  return indent_lines(rt, r, ctx->indent);
}

// node's formatValue.
static JsValue format_value(Ctx *ctx, JsValue v, int recurse, bool typed) {
  if (!js_is_object(v))
    return format_primitive(ctx, v);
  // Proxies print as their targets (or with showProxy as Proxy [ target,
  // handler ]) without running any trap.
  if (js_class_of(v) == JS_CLASS_PROXY) {
    JsValue target = js_proxy_target(v);
    if (!js_is_object(target))
      return stylize(ctx, cstr(ctx->rt, "<Revoked Proxy>"), "special");
    if (ctx->show_proxy) {
      JsRt *rt = ctx->rt;
      if (recurse > ctx->depth)
        return stylize(ctx, cstr(rt, "Proxy [Array]"), "special");
      List res = { 0 };
      ctx->indent += 2;
      JsValue parts[2] = { target, js_proxy_handler(v) };
      for (int i = 0; i < 2; i++) {
        JsValue s = format_value(ctx, parts[i], recurse + 1, false);
        if (js_is_exception(s))
          return s;
        list_push(&res, s);
      }
      ctx->indent -= 2;
      return reduce_to_single_string(ctx, &res, rt->atom_empty, cstr(rt, "Proxy ["), "]",
                                     ARRAY_EXTRAS_TYPE, recurse + 1, JS_UNDEFINED, false);
    }
    v = target;
  }
  JsValue m = ctx->custom ? custom_inspect_method(ctx->rt, v) : JS_UNDEFINED;
  if (!js_is_undefined(m)) {
    JsValue r = call_custom_inspect(ctx, v, m, recurse);
    if (r != v)
      return r;
  }
  for (int i = 0; i < ctx->seen.n; i++)
    if (ctx->seen.v[i] == v)
      return stylize(ctx, js_new_stringf(ctx->rt, "[Circular *%d]",
                                         circular_index(ctx, v, true)), "special");
  if (js_stack_overflow())
    return js_throw_stack_overflow(ctx->rt);
  return format_raw(ctx, v, recurse);
}

JsValue js_inspect_with(JsRt *rt, JsValue v, const JsInspectOpts *opts) {
  Ctx ctx;
  ctx_init(&ctx, rt, opts->depth, opts->show_hidden);
  if (opts->colors)
    ctx.colors = true;
  return format_value(&ctx, v, 0, false);
}

static const struct { const char *name; int open, close; } styles[] = {
  { "special", 36, 39 }, { "number", 33, 39 }, { "bigint", 33, 39 }, { "boolean", 33, 39 },
  { "undefined", 90, 39 }, { "null", 1, 22 }, { "string", 32, 39 }, { "symbol", 32, 39 },
  { "date", 35, 39 }, { "regexp", 31, 39 }, { "module", 4, 24 },
};

static JsValue stylize(Ctx *ctx, JsValue str, const char *style) {
  if (!ctx->colors || js_is_exception(str))
    return str;
  for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++)
    if (strcmp(styles[i].name, style) == 0)
      return cat3(ctx->rt, js_new_stringf(ctx->rt, "\x1b[%dm", styles[i].open), str,
                  js_new_stringf(ctx->rt, "\x1b[%dm", styles[i].close));
  return str;
}

// Reads util.inspect's options object into [ctx] (absent keys keep their value).
static int ctx_apply(Ctx *ctx, JsValue o) {
  JsRt *rt = ctx->rt;
  if (!js_is_object(o))
    return 0;
#define OPT(var, name)                                          \
  JsValue var = js_get_prop(rt, o, js_atom_cstr(rt, name));     \
  if (js_is_exception(var))                                     \
    return -1;
  OPT(depth, "depth")
  OPT(hidden, "showHidden")
  OPT(colors, "colors")
  OPT(custom, "customInspect")
  OPT(max_array, "maxArrayLength")
  OPT(max_string, "maxStringLength")
  OPT(brk, "breakLength")
  OPT(compact, "compact")
  OPT(sorted, "sorted")
  OPT(getters, "getters")
  OPT(sep, "numericSeparator")
  OPT(proxy, "showProxy")
#undef OPT
  if (js_is_number(depth)) {
    double d = js_get_number(depth);
    ctx->depth = d > 1e6 ? INT32_MAX : d < -1 ? -1 : (int)d;
    ctx->depth_null = false;
  } else if (js_is_null(depth)) {
    ctx->depth = INT32_MAX;
    ctx->depth_null = true;
  }
  if (!js_is_undefined(hidden))
    ctx->show_hidden = js_truthy(rt, hidden);
  if (!js_is_undefined(colors))
    ctx->colors = js_truthy(rt, colors);
  if (!js_is_undefined(custom))
    ctx->custom = js_truthy(rt, custom);
  if (js_is_number(max_array))
    ctx->max_array = js_get_number(max_array);
  else if (js_is_null(max_array))
    ctx->max_array = INFINITY;
  if (js_is_number(max_string))
    ctx->max_string = js_get_number(max_string);
  else if (js_is_null(max_string))
    ctx->max_string = INFINITY;
  if (js_is_number(brk))
    ctx->break_length = js_get_number(brk);
  if (compact == JS_TRUE) {
    ctx->compact_true = true;
  } else if (compact == JS_FALSE) {
    ctx->compact_true = false;
    ctx->compact = 0;
  } else if (js_is_number(compact)) {
    ctx->compact_true = false;
    ctx->compact = (int)fmax(0, fmin(js_get_number(compact), 1000));
  }
  if (js_is_callable(sorted)) {
    ctx->sorted = true;
    ctx->sort_fn = sorted;
  } else if (!js_is_undefined(sorted)) {
    ctx->sorted = js_truthy(rt, sorted);
    ctx->sort_fn = JS_UNDEFINED;
  }
  if (js_is_string(getters))
    ctx->getters = str_eq_c(getters, "get") ? 2 : str_eq_c(getters, "set") ? 3 : 1;
  else if (!js_is_undefined(getters))
    ctx->getters = js_truthy(rt, getters) ? 1 : 0;
  if (!js_is_undefined(sep))
    ctx->numeric_sep = js_truthy(rt, sep);
  if (!js_is_undefined(proxy))
    ctx->show_proxy = js_truthy(rt, proxy);
  return 0;
}

JsValue js_inspect_options(JsRt *rt, JsValue v, JsValue opts) {
  Ctx ctx;
  ctx_init(&ctx, rt, 2, false);
  if (ctx_apply(&ctx, opts) < 0)
    return JS_EXCEPTION;
  if (js_is_object(opts))
    ctx.user_opts = opts;
  return format_value(&ctx, v, 0, false);
}

static int ctx_apply(Ctx *ctx, JsValue o);

// console.log's inspect: node's defaults, or util.inspect.defaultOptions once util is loaded.
JsValue js_inspect(JsRt *rt, JsValue v) {
  Ctx ctx;
  ctx_init(&ctx, rt, 2, false);
  if (js_is_object(user_defaults) && ctx_apply(&ctx, user_defaults) < 0)
    return JS_EXCEPTION;
  return format_value(&ctx, v, 0, false);
}

// ---------------------------------------------------------------------------
// util.format.
// ---------------------------------------------------------------------------

// node's hasBuiltInToString: whether %s should inspect the object (its
// toString is a built-in one) rather than call its own toString.
static bool has_builtin_to_string(JsRt *rt, JsValue v) {
  JsValue to_string = quiet_get(rt, v, rt->atom_to_string);
  JsValue to_prim = quiet_get(rt, v, rt->sym_to_primitive);
  bool want_to_string = true, want_to_prim = true;
  JsPropDesc d;
  if (!js_is_callable(to_string)) {
    if (!js_is_callable(to_prim))
      return true;
    if (js_get_own_property(rt, v, rt->sym_to_primitive, &d) == 1)
      return false;
    want_to_string = false;
  } else if (js_get_own_property(rt, v, rt->atom_to_string, &d) == 1) {
    return false;
  } else if (!js_is_callable(to_prim)) {
    want_to_prim = false;
  } else if (js_get_own_property(rt, v, rt->sym_to_primitive, &d) == 1) {
    return false;
  }
  JsObject *p = js_obj(v)->proto;
  while (p && !(want_to_string &&
                js_get_own_property(rt, js_obj_value(p), rt->atom_to_string, &d) == 1) &&
         !(want_to_prim &&
           js_get_own_property(rt, js_obj_value(p), rt->sym_to_primitive, &d) == 1))
    p = p->proto;
  if (!p)
    return true;
  JsValue c = own_data(rt, js_obj_value(p), rt->atom_constructor);
  if (!js_is_callable(c))
    return false;
  // A built-in: a global whose name looks like a constructor's, and not
  // one of node's own (node lists the globals before it adds Buffer ...).
  JsValue name = fn_name(rt, c);
  JsString *n = js_str_flatten(rt, js_str(name));
  if (js_str_len(n) < 2 || js_str_at(n, 0) < 'A' || js_str_at(n, 0) > 'Z')
    return false;
  static const char *const node_globals[] = {"Buffer", "URL", "URLSearchParams",
                                             "TextEncoder", "TextDecoder"};
  for (size_t i = 0; i < sizeof node_globals / sizeof node_globals[0]; i++)
    if (strcmp(js_cstr(rt, name), node_globals[i]) == 0)
      return false;
  return own_data(rt, rt->global, js_str_intern(rt, name)) == c;
}

// The global function [name] called on [arg] (parseInt, parseFloat).
static JsValue call_global(JsRt *rt, const char *name, JsValue arg) {
  JsValue f = js_get_prop(rt, rt->global, js_atom_cstr(rt, name));
  if (js_is_exception(f))
    return f;
  return js_call_checked(rt, f, JS_UNDEFINED, 1, &arg, name);
}

// %j: JSON.stringify, with "[Circular]" for cyclic structures.
static JsValue format_json(JsRt *rt, JsValue arg) {
  JsValue json = js_get_prop(rt, rt->global, js_atom_cstr(rt, "JSON"));
  if (js_is_exception(json))
    return json;
  JsValue f = js_get_prop(rt, json, js_atom_cstr(rt, "stringify"));
  if (js_is_exception(f))
    return f;
  JsValue r = js_call_checked(rt, f, json, 1, &arg, "JSON.stringify");
  if (!js_is_exception(r))
    return js_is_undefined(r) ? cstr(rt, "undefined") : r;
  JsValue e = rt->exception;
  JsValue msg = js_is_object(e) ? quiet_get(rt, e, rt->atom_message) : JS_UNDEFINED;
  if (js_is_string(msg) &&
      str_find(msg, cstr(rt, "Converting circular structure to JSON"), 0) == 0) {
    js_take_exception(rt);
    return cstr(rt, "[Circular]");
  }
  return JS_EXCEPTION;
}

// util.formatWithOptions' inspect: [opts] (or the defaults when not an object), then
// mode 1 (%s: depth 0, no colours, compact 3) or 2 (%o: showHidden, depth 4).
static JsValue inspect_mode(JsRt *rt, JsValue v, JsValue opts, int mode) {
  Ctx ctx;
  ctx_init(&ctx, rt, 2, false);
  if (!js_is_object(opts) && js_is_object(user_defaults))
    opts = user_defaults;
  if (ctx_apply(&ctx, opts) < 0)
    return JS_EXCEPTION;
  if (mode == 1) {
    ctx.depth = 0;
    ctx.colors = false;
    ctx.compact = 3;
    ctx.compact_true = false;
  } else if (mode == 2) {
    ctx.show_hidden = true;
    ctx.depth = 4;
  }
  return format_value(&ctx, v, 0, false);
}

static bool opt_numeric_sep(JsRt *rt, JsValue opts) {
  if (!js_is_object(opts))
    return false;
  return quiet_get(rt, opts, js_atom_cstr(rt, "numericSeparator")) == JS_TRUE;
}

static JsValue plain_number(JsRt *rt, double d, JsValue opts) {
  Ctx ctx;
  ctx_init(&ctx, rt, 2, false);
  ctx.numeric_sep = opt_numeric_sep(rt, opts);
  return number_text(&ctx, d);
}

// One %-directive's text for argument [arg], or JS_EMPTY if [c] is not a
// directive that takes an argument.
static JsValue format_directive(JsRt *rt, uint16_t c, JsValue arg, JsValue opts) {
  bool bigint = js_is_cell(arg) && js_cell(arg)->kind == JS_KIND_BIGINT;
  switch (c) {
  case 's':
    if (js_is_number(arg))
      return plain_number(rt, js_get_number(arg), opts);
    if (bigint) {
      JsValue digits = js_to_string(rt, arg);
      if (opt_numeric_sep(rt, opts))
        digits = add_separators(rt, digits);
      return cat(rt, digits, cstr(rt, "n"));
    }
    if (!js_is_object(arg) || js_is_callable(arg) || !has_builtin_to_string(rt, arg)) {
      if (js_is_symbol(arg))
        return symbol_string(rt, arg);
      return js_to_string(rt, arg);
    }
    return inspect_mode(rt, arg, opts, 1);
  case 'j':
    return format_json(rt, arg);
  case 'd': case 'i': case 'f': {
    if (bigint && c != 'f') {
      JsValue digits = js_to_string(rt, arg);
      if (opt_numeric_sep(rt, opts))
        digits = add_separators(rt, digits);
      return cat(rt, digits, cstr(rt, "n"));
    }
    if (js_is_symbol(arg))
      return cstr(rt, "NaN");
    JsValue n = c == 'd' ? js_to_number(rt, arg)
                         : call_global(rt, c == 'i' ? "parseInt" : "parseFloat", arg);
    if (js_is_exception(n))
      return n;
    return plain_number(rt, js_get_number(n), opts);
  }
  case 'O':
    return inspect_mode(rt, arg, opts, 0);
  case 'o':
    return inspect_mode(rt, arg, opts, 2);
  case 'c':
    return rt->atom_empty;
  default:
    return JS_EMPTY;
  }
}

JsValue js_format_values(JsRt *rt, int argc, JsValue *argv) {
  return js_format_values_opts(rt, JS_UNDEFINED, argc, argv);
}

JsValue js_format_values_opts(JsRt *rt, JsValue opts, int argc, JsValue *argv) {
  JsStrBuf sb;
  js_sb_init(&sb);
  int a = 0;
  bool sep = false;
  if (argc > 0 && js_is_string(argv[0])) {
    if (argc == 1)
      return argv[0];
    JsString *f = js_str_flatten(rt, js_str(argv[0]));
    uint32_t n = js_str_len(f), last = 0;
    for (uint32_t i = 0; i + 1 < n; i++) {
      if (js_str_at(f, i) != '%')
        continue;
      uint16_t c = js_str_at(f, ++i);
      if (a + 1 == argc) {
        if (c == '%') {
          js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, f, last, i)));
          last = i + 1;
        }
        continue;
      }
      if (c == '%') {
        js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, f, last, i)));
        last = i + 1;
        continue;
      }
      JsValue t = format_directive(rt, c, argv[a + 1], opts);
      if (t == JS_EMPTY)
        continue;
      if (js_is_exception(t))
        return t;
      a++;
      if (last != i - 1)
        js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, f, last, i - 1)));
      js_sb_put_str(rt, &sb, js_str(t));
      last = i + 1;
    }
    if (last != 0) {
      a++;
      sep = true;
      if (last < n)
        js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, f, last, n)));
    }
  }
  for (; a < argc; a++) {
    if (sep)
      js_sb_putc(&sb, ' ');
    JsValue s = js_is_string(argv[a]) ? argv[a]
                : js_is_object(opts) ? inspect_mode(rt, argv[a], opts, 0) : js_inspect(rt, argv[a]);
    if (js_is_exception(s))
      return s;
    js_sb_put_str(rt, &sb, js_str(s));
    sep = true;
  }
  return js_sb_finish(rt, &sb);
}
