// SPDX-License-Identifier: MIT
//
// json.c: the JSON object, JSON.parse and JSON.stringify
// (ECMA-262 #sec-json-object), with V8's error messages.
//
// The parser is a recursive descent over the flat UTF-16 source that
// builds values directly (CreateDataProperty semantics, so "__proto__" is
// an ordinary key); the reviver walk runs afterwards, as the spec orders
// it. The serializer keeps a stack of the objects being written, which
// doubles as the cycle check and the path in the "Converting circular
// structure to JSON" message.
#include "../stdlib.h"

#include <math.h>
#include <stdlib.h>

// ---------------------------------------------------------------------------
// JSON.parse
// ---------------------------------------------------------------------------

typedef struct Parser {
  JsRt *rt;
  JsString *src;
  uint32_t pos, len;
  // With a reviver: the JSON Parse Record of the value just parsed, as
  // [value, source text] for primitives, [value, records of the elements]
  // for arrays and [value, null-prototype key -> record] for objects.
  bool track;
  JsValue rec;
} Parser;

static int peek(Parser *p) { return p->pos < p->len ? js_str_at(p->src, p->pos) : -1; }

static void skip_ws(Parser *p) {
  for (int c; (c = peek(p)) == ' ' || c == '\t' || c == '\n' || c == '\r';)
    p->pos++;
}

static JsValue syntax_error(Parser *p, const char *what, uint32_t pos) {
  return js_throw_syntax_error(p->rt, "%s in JSON at position %u", what, pos);
}

// V8's message for an unexpected character at p->pos: the token and the
// source (or ten characters of context on each side of it).
static JsValue unexpected(Parser *p) {
  JsRt *rt = p->rt;
  int c = peek(p);
  if (c < 0)
    return js_throw_syntax_error(rt, "Unexpected end of JSON input");
  if ((c >= '0' && c <= '9') || c == '-')
    return syntax_error(p, "Unexpected number", p->pos);
  if (c == '"')
    return syntax_error(p, "Unexpected string", p->pos);
  const char *src = js_str_to_utf8(rt, p->src, NULL);
  static const char *const special[] = { "NaN", "Infinity", "undefined",
                                         "[object Object]" };
  for (int i = 0; i < 4; i++)
    if (!strcmp(src, special[i]))
      return js_throw_syntax_error(rt, "\"%s\" is not valid JSON", src);
  const char *tok = js_str_to_utf8(rt, js_str(js_str_substring(rt, p->src, p->pos, p->pos + 1)), NULL);
  if (p->len <= 20)
    return js_throw_syntax_error(rt, "Unexpected token '%s', \"%s\" is not valid JSON",
                                 tok, src);
  uint32_t start = p->pos >= 10 ? p->pos - 10 : 0;
  uint32_t end = p->pos + 10 < p->len ? p->pos + 10 : p->len;
  const char *ctx = js_str_to_utf8(rt, js_str(js_str_substring(rt, p->src, start, end)), NULL);
  return js_throw_syntax_error(rt, "Unexpected token '%s', %s\"%s\"%s is not valid JSON",
                               tok, start > 0 ? "..." : "", ctx,
                               end < p->len ? "..." : "");
}

static int hex_digit(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// A string literal starting at the opening quote.
static JsValue parse_string(Parser *p) {
  uint32_t start = ++p->pos;
  // Fast path: no escapes.
  while (p->pos < p->len) {
    uint16_t c = js_str_at(p->src, p->pos);
    if (c == '"') {
      JsValue s = js_str_substring(p->rt, p->src, start, p->pos++);
      return s;
    }
    if (c == '\\' || c < 0x20)
      break;
    p->pos++;
  }
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_put_str(p->rt, &sb, js_str(js_str_substring(p->rt, p->src, start, p->pos)));
  for (;;) {
    int c = peek(p);
    if (c < 0)
      return syntax_error(p, "Unterminated string", p->pos);
    if (c == '"') {
      p->pos++;
      return js_sb_finish(p->rt, &sb);
    }
    if (c < 0x20)
      return syntax_error(p, "Bad control character in string literal", p->pos);
    p->pos++;
    if (c != '\\') {
      js_sb_putc(&sb, (uint16_t)c);
      continue;
    }
    int e = peek(p);
    const char *simple = strchr("\"\\/bfnrt", e > 0 && e < 128 ? e : 'x');
    if (e > 0 && simple) {
      static const char map[] = "\"\\/\b\f\n\r\t";
      js_sb_putc(&sb, (uint16_t)map[simple - "\"\\/bfnrt"]);
      p->pos++;
    } else if (e == 'u') {
      int v = 0;
      for (int i = 1; i <= 4; i++) {
        int d = p->pos + i < p->len ? hex_digit(js_str_at(p->src, p->pos + i)) : -1;
        if (d < 0)
          return syntax_error(p, "Bad Unicode escape", p->pos + i);
        v = v * 16 + d;
      }
      js_sb_putc(&sb, (uint16_t)v);
      p->pos += 5;
    } else {
      if (e < 0)
        return syntax_error(p, "Unterminated string", p->pos);
      return syntax_error(p, "Bad escaped character", p->pos);
    }
  }
}

// A property name: its atom, looked up straight from a one-byte source
// when it has no escapes (no string made for a key seen before).
static JsValue parse_key(Parser *p) {
  if (!(p->src->hdr.flags & JS_STR_WIDE)) {
    const uint8_t *b = p->src->data;
    uint32_t start = p->pos + 1, i = start;
    while (i < p->len && b[i] != '"' && b[i] != '\\' && b[i] >= 0x20)
      i++;
    if (i < p->len && b[i] == '"') {
      p->pos = i + 1;
      return js__atom_latin1(p->rt, b + start, i - start);
    }
  }
  JsValue key = parse_string(p);
  return js_is_exception(key) ? key : js_str_intern(p->rt, key);
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

static JsValue parse_number(Parser *p) {
  uint32_t start = p->pos;
  if (peek(p) == '-') {
    p->pos++;
    if (!is_digit(peek(p)))
      return syntax_error(p, "No number after minus sign", p->pos);
  }
  if (peek(p) == '0') {
    p->pos++;
    if (is_digit(peek(p)))
      return syntax_error(p, "Unexpected number", p->pos);
  } else {
    while (is_digit(peek(p)))
      p->pos++;
  }
  if (peek(p) == '.') {
    p->pos++;
    if (!is_digit(peek(p)))
      return syntax_error(p, "Unterminated fractional number", p->pos);
    while (is_digit(peek(p)))
      p->pos++;
  }
  if (peek(p) == 'e' || peek(p) == 'E') {
    p->pos++;
    if (peek(p) == '+' || peek(p) == '-')
      p->pos++;
    if (!is_digit(peek(p)))
      return syntax_error(p, "Exponent part is missing a number", p->pos);
    while (is_digit(peek(p)))
      p->pos++;
  }
  uint32_t n = p->pos - start;
  char small[64];
  char *buf = n < sizeof small ? small : js_gc_alloc_atomic(n + 1);
  for (uint32_t i = 0; i < n; i++)
    buf[i] = (char)js_str_at(p->src, start + i);
  buf[n] = 0;
  return js_number(js_decimal_to_double(buf));
}

static bool match_word(Parser *p, const char *w) {
  uint32_t n = (uint32_t)strlen(w);
  for (uint32_t i = 0; i < n; i++) {
    if (p->pos + i >= p->len) {
      p->pos = p->len;  // "tru": the input ended inside a literal
      return false;
    }
    if (js_str_at(p->src, p->pos + i) != (uint8_t)w[i]) {
      p->pos += i;
      return false;
    }
  }
  p->pos += n;
  return true;
}

static JsValue parse_value(Parser *p);

static JsValue parse_record(Parser *p, JsValue v, JsValue detail) {
  JsValue pair[2] = {v, detail};
  p->rec = js_new_array_from(p->rt, 2, pair);
  return v;
}

static JsValue parse_array(Parser *p) {
  JsValue a = js_new_array(p->rt, 0);
  JsValue recs = p->track ? js_new_array(p->rt, 0) : JS_UNDEFINED;
  p->pos++;
  skip_ws(p);
  if (peek(p) == ']') {
    p->pos++;
    return p->track ? parse_record(p, a, recs) : a;
  }
  for (;;) {
    JsValue v = parse_value(p);
    if (js_is_exception(v) || js_is_exception(js_array_push(p->rt, a, v)))
      return JS_EXCEPTION;
    if (p->track)
      js_array_push(p->rt, recs, p->rec);
    skip_ws(p);
    int c = peek(p);
    p->pos++;
    if (c == ']')
      return p->track ? parse_record(p, a, recs) : a;
    if (c != ',')
      return syntax_error(p, "Expected ',' or ']' after array element", --p->pos);
  }
}

static JsValue parse_object(Parser *p) {
  JsValue o = js_new_object(p->rt);
  JsValue recs = p->track ? js_new_object_proto(p->rt, JS_NULL) : JS_UNDEFINED;
  p->pos++;
  skip_ws(p);
  if (peek(p) == '}') {
    p->pos++;
    return p->track ? parse_record(p, o, recs) : o;
  }
  for (bool first = true;; first = false) {
    skip_ws(p);
    if (peek(p) != '"')
      return syntax_error(p, first ? "Expected property name or '}'"
                                   : "Expected double-quoted property name", p->pos);
    JsValue key = parse_key(p);
    if (js_is_exception(key))
      return key;
    skip_ws(p);
    if (peek(p) != ':') {
      int c = peek(p);
      if (c == '}' || c == ']' || c == ',')
        return unexpected(p);
      return syntax_error(p, "Expected ':' after property name", p->pos);
    }
    p->pos++;
    JsValue v = parse_value(p);
    if (js_is_exception(v) || js_is_exception(js_define_field(p->rt, o, key, v)))
      return JS_EXCEPTION;
    if (p->track)
      js_define_value(p->rt, recs, js_str_intern(p->rt, key), p->rec, JS_PROP_DEFAULT);
    skip_ws(p);
    int c = peek(p);
    p->pos++;
    if (c == '}')
      return p->track ? parse_record(p, o, recs) : o;
    if (c != ',')
      return syntax_error(p, "Expected ',' or '}' after property value", --p->pos);
  }
}

static JsValue parse_any(Parser *p);

static JsValue parse_value(Parser *p) {
  if (!p->track)
    return parse_any(p);
  skip_ws(p);
  uint32_t start = p->pos;
  JsValue v = parse_any(p);
  if (js_is_exception(v) || js_is_object(v))
    return v;  // arrays and objects made their record
  return parse_record(p, v, js_str_substring(p->rt, p->src, start, p->pos));
}

static JsValue parse_any(Parser *p) {
  if (js_stack_overflow())
    return js_throw_stack_overflow(p->rt);
  skip_ws(p);
  int c = peek(p);
  switch (c) {
  case '{': return parse_object(p);
  case '[': return parse_array(p);
  case '"': return parse_string(p);
  case 't': return match_word(p, "true") ? JS_TRUE : unexpected(p);
  case 'f': return match_word(p, "false") ? JS_FALSE : unexpected(p);
  case 'n': return match_word(p, "null") ? JS_NULL : unexpected(p);
  default:
    if (c == '-' || is_digit(c))
      return parse_number(p);
    return unexpected(p);
  }
}

// InternalizeJSONProperty (#sec-internalizejsonproperty).
// [rec] is the value's JSON Parse Record or JS_UNDEFINED; the reviver's
// context gets `source` while a primitive is still the parsed one.
static JsValue internalize(JsRt *rt, JsValue holder, JsValue name, JsValue reviver,
                           JsValue rec) {
  JsValue val = js_get_prop(rt, holder, name);
  if (js_is_exception(val))
    return val;
  JsValue context = js_new_object(rt);
  JsValue children = JS_UNDEFINED;
  if (rec != JS_UNDEFINED && js_same_value(js_get_index(rt, rec, 0), val)) {
    if (js_is_object(val))
      children = js_get_index(rt, rec, 1);
    else
      js_define_field(rt, context, js_atom_cstr(rt, "source"), js_get_index(rt, rec, 1));
  }
  if (js_is_object(val)) {
    JsValue keys;
    if (js_is_array(rt, val)) {
      double len;
      if (js_length_of(rt, val, &len) < 0)
        return JS_EXCEPTION;
      keys = js_new_array(rt, 0);
      for (double i = 0; i < len; i++)
        js_array_push(rt, keys, js_to_property_key(rt, js_number(i)));
    } else {
      keys = js_own_keys(rt, val, 5);
      if (js_is_exception(keys))
        return keys;
    }
    for (uint32_t i = 0; i < js_obj(keys)->elem_len; i++) {
      JsValue k = js_obj(keys)->elems[i];
      JsValue child = JS_UNDEFINED;
      JsPropDesc cd;
      if (js_is_array(rt, children)) {
        if (i < js_obj(children)->elem_len)
          child = js_obj(children)->elems[i];
      } else if (children != JS_UNDEFINED &&
                 js_get_own_property(rt, children, k, &cd) > 0) {
        child = cd.value;
      }
      JsValue nv = internalize(rt, val, k, reviver, child);
      if (js_is_exception(nv))
        return nv;
      if (js_is_undefined(nv)) {
        if (js_delete_property(rt, val, k) < 0)
          return JS_EXCEPTION;
      } else {
        JsPropDesc d = { JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                         JS_DESC_HAS_CONFIGURABLE, JS_PROP_DEFAULT, nv, JS_UNDEFINED,
                         JS_UNDEFINED };
        if (js_define_own_property(rt, val, k, &d, false) < 0)
          return JS_EXCEPTION;
      }
    }
  }
  JsValue args[3] = { name, val, context };
  return js_call(rt, reviver, holder, 3, args);
}

// JSON.parse(text, reviver): ECMA-262 #sec-json.parse
static JsValue json_parse(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  JsString *s = js_to_flat_string(rt, js_arg(argc, argv, 0));
  if (!s)
    return JS_EXCEPTION;
  JsValue reviver = js_arg(argc, argv, 1);
  Parser p = { rt, s, 0, js_str_len(s), js_is_callable(reviver), JS_UNDEFINED };
  JsValue v = parse_value(&p);
  if (js_is_exception(v))
    return v;
  skip_ws(&p);
  if (p.pos < p.len)
    return js_throw_syntax_error(rt, "Unexpected non-whitespace character after JSON at position %u", p.pos);
  if (!p.track)
    return v;
  JsValue root = js_new_object(rt);
  js_define_field(rt, root, rt->atom_empty, v);
  return internalize(rt, root, rt->atom_empty, reviver, p.rec);
}

// ---------------------------------------------------------------------------
// JSON.rawJSON / JSON.isRawJSON (json-parse-with-source). A raw JSON object
// is a frozen null-prototype object whose `internal` is &raw_json_tag (its
// [[IsRawJSON]] slot).
// ---------------------------------------------------------------------------

static char raw_json_tag;

static bool is_raw_json(JsValue v) {
  return js_class_of(v) == JS_CLASS_OBJECT && js_obj(v)->internal == &raw_json_tag;
}

static bool json_ws(int c) {
  return c == 0x9 || c == 0xA || c == 0xD || c == 0x20;
}

static JsValue json_raw_json(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  JsValue text = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(text))
    return text;
  JsString *s = js_to_flat_string(rt, text);
  if (!s)
    return JS_EXCEPTION;
  uint32_t n = js_str_len(s);
  if (n == 0 || json_ws(js_str_at(s, 0)) || json_ws(js_str_at(s, n - 1)))
    return js_throw_syntax_error(rt, "Invalid value for JSON.rawJSON");
  int c = js_str_at(s, 0);
  if (c == '{' || c == '[')
    return js_throw_syntax_error(rt, "Invalid value for JSON.rawJSON");
  Parser p = { rt, s, 0, n, false, JS_UNDEFINED };
  JsValue v = parse_value(&p);
  if (js_is_exception(v))
    return v;
  if (p.pos < p.len)
    return js_throw_syntax_error(rt, "Unexpected non-whitespace character after JSON at position %u", p.pos);
  JsObject *o = js_new_object_class(rt, JS_NULL, JS_CLASS_OBJECT);
  o->internal = &raw_json_tag;
  JsValue obj = js_obj_value(o);
  js_define_value(rt, obj, js_atom_cstr(rt, "rawJSON"), text, JS_PROP_ENUMERABLE);
  js_prevent_extensions(rt, obj);
  return obj;
}

static JsValue json_is_raw_json(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return js_bool(is_raw_json(js_arg(argc, argv, 0)));
}

// ---------------------------------------------------------------------------
// JSON.stringify
// ---------------------------------------------------------------------------

typedef struct Writer {
  JsRt *rt;
  JsStrBuf sb;
  JsValue replacer;     // function or JS_UNDEFINED
  JsValue prop_list;    // array of keys, or JS_UNDEFINED
  JsValue gap;          // string ("" for none)
  JsValue indent;       // current indentation
  // The objects being serialized, with the key each was reached by.
  JsValue *stack, *stack_keys;
  int depth, cap;
} Writer;

// The escape of a code unit below 0x20, '"' or '\\'.
static void put_escape(JsStrBuf *sb, uint16_t c) {
  if (c == '"' || c == '\\') {
    js_sb_putc(sb, '\\');
    js_sb_putc(sb, c);
  } else if (c >= 8 && c <= 13 && c != 11) {
    js_sb_putc(sb, '\\');
    js_sb_putc(sb, (uint16_t)"btn?fr"[c - 8]);
  } else {
    char buf[8];
    snprintf(buf, sizeof buf, "\\u%04x", c);
    js_sb_puts(sb, buf);
  }
}

// QuoteJSONString (#sec-quotejsonstring): escapes and well-formed output
// (lone surrogates as \udxxx).
static void quote(JsRt *rt, JsStrBuf *sb, JsString *s) {
  js_str_flatten(rt, s);
  uint32_t n = js_str_len(s);
  js_sb_putc(sb, '"');
  if (!(s->hdr.flags & JS_STR_WIDE)) {  // one-byte: copy the runs between escapes
    const uint8_t *p = s->data;
    uint32_t run = 0;
    for (uint32_t i = 0; i < n; i++) {
      uint8_t c = p[i];
      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      js_sb_put_latin1(sb, p + run, i - run);
      put_escape(sb, c);
      run = i + 1;
    }
    js_sb_put_latin1(sb, p + run, n - run);
    js_sb_putc(sb, '"');
    return;
  }
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = js_str_at(s, i);
    char buf[8];
    switch (c) {
    case '"': js_sb_puts(sb, "\\\""); continue;
    case '\\': js_sb_puts(sb, "\\\\"); continue;
    case '\b': js_sb_puts(sb, "\\b"); continue;
    case '\f': js_sb_puts(sb, "\\f"); continue;
    case '\n': js_sb_puts(sb, "\\n"); continue;
    case '\r': js_sb_puts(sb, "\\r"); continue;
    case '\t': js_sb_puts(sb, "\\t"); continue;
    }
    bool lone = false;
    if (c >= 0xd800 && c <= 0xdbff) {
      uint16_t d = i + 1 < n ? js_str_at(s, i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        js_sb_putc(sb, c);
        js_sb_putc(sb, d);
        i++;
        continue;
      }
      lone = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      lone = true;
    }
    if (c < 0x20 || lone) {
      snprintf(buf, sizeof buf, "\\u%04x", c);
      js_sb_puts(sb, buf);
    } else {
      js_sb_putc(sb, c);
    }
  }
  js_sb_putc(sb, '"');
}

// V8's constructor name for the circular-structure message.
static const char *ctor_name(JsRt *rt, JsValue o) {
  for (JsObject *p = js_obj(o); p; p = p->proto) {
    JsPropDesc d;
    if (js_get_own_property(rt, js_obj_value(p), rt->atom_constructor, &d) == 1 &&
        (d.has & JS_DESC_HAS_VALUE) && js_is_callable(d.value)) {
      JsValue n = js_function_name_of(rt, d.value);
      if (js_is_string(n) && js_str_len(js_str(n)))
        return js_str_to_utf8(rt, js_str(n), NULL);
    }
  }
  return "Object";
}

static void append_key(JsRt *rt, JsStrBuf *sb, JsValue key) {
  if (js_is_number(key)) {
    js_sb_puts(sb, "index ");
    js_sb_puts(sb, js_cstr(rt, key));
  } else if (js_str_len(js_str(key)) == 0) {
    js_sb_puts(sb, "<anonymous>");
  } else {
    js_sb_puts(sb, "property '");
    js_sb_put_str(rt, sb, js_str(key));
    js_sb_putc(sb, '\'');
  }
}

static void append_line(JsRt *rt, JsStrBuf *sb, JsValue key, JsValue obj) {
  js_sb_puts(sb, "\n    |     ");
  append_key(rt, sb, key);
  js_sb_puts(sb, " -> object with constructor '");
  js_sb_puts(sb, ctor_name(rt, obj));
  js_sb_putc(sb, '\'');
}

// The TypeError for a cycle: the path from the repeated object back to
// itself, at most two lines after the start and one before the end.
static JsValue circular_error(Writer *w, int start, JsValue last_key) {
  JsRt *rt = w->rt;
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_puts(&sb, "Converting circular structure to JSON\n    --> starting at object "
                  "with constructor '");
  js_sb_puts(&sb, ctor_name(rt, w->stack[start]));
  js_sb_putc(&sb, '\'');
  int prefix_end = w->depth < start + 3 ? w->depth : start + 3;
  for (int i = start + 1; i < prefix_end; i++)
    append_line(rt, &sb, w->stack_keys[i], w->stack[i]);
  if (w->depth > prefix_end + 1)
    js_sb_puts(&sb, "\n    |     ...");
  for (int i = w->depth - 1 > prefix_end ? w->depth - 1 : prefix_end; i < w->depth; i++)
    append_line(rt, &sb, w->stack_keys[i], w->stack[i]);
  js_sb_puts(&sb, "\n    --- ");
  append_key(rt, &sb, last_key);
  js_sb_puts(&sb, " closes the circle");
  JsValue msg = js_sb_finish(rt, &sb);
  JsValue err = js_make_error(rt, rt->error_protos[JS_TYPE_ERROR], msg);
  return js_throw(rt, err);
}

static int write_value(Writer *w, JsValue holder, JsValue key, JsValue msg_key);
static int write_prop(Writer *w, JsValue holder, JsValue key, JsValue v, JsValue msg_key);

static void newline_indent(Writer *w) {
  js_sb_putc(&w->sb, '\n');
  js_sb_put_str(w->rt, &w->sb, js_str(w->indent));
}

// Pushes [v] on the stack of open objects; -1 (TypeError) on a cycle.
static int enter(Writer *w, JsValue v, JsValue msg_key) {
  for (int i = 0; i < w->depth; i++)
    if (w->stack[i] == v) {
      circular_error(w, i, msg_key);
      return -1;
    }
  if (js_stack_overflow()) {
    js_throw_stack_overflow(w->rt);
    return -1;
  }
  if (w->depth == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 16;
    w->stack = js_gc_realloc(w->stack, sizeof(JsValue) * (size_t)w->cap);
    w->stack_keys = js_gc_realloc(w->stack_keys, sizeof(JsValue) * (size_t)w->cap);
  }
  w->stack[w->depth] = v;
  w->stack_keys[w->depth++] = msg_key;
  if (js_str_len(js_str(w->gap)))
    w->indent = js_concat(w->rt, w->indent, w->gap);
  return 0;
}

static void leave(Writer *w, JsValue saved_indent) {
  w->depth--;
  w->indent = saved_indent;
}

// Whether [o]'s enumerable own keys are its shape's string keys in order
// and its data properties can be read from the slots: an ordinary object
// without integer keys whose shape is shared (a dictionary shape changes
// in place, so the snapshot below could not notice).
static bool plain_object(Writer *w, JsObject *o) {
  return js_is_undefined(w->prop_list) && o->hdr.class_id == JS_CLASS_OBJECT &&
         !(o->hdr.flags & (JS_OBJ_HAS_INDEX_KEYS | JS_OBJ_SPARSE)) && !o->shape->dictionary;
}

// One member "key": value (or nothing when the value is undefined).
static int write_member(Writer *w, JsValue v, JsValue k, JsValue val, bool *any) {
  uint32_t mark = w->sb.len;
  bool gap = js_str_len(js_str(w->gap)) > 0;
  if (*any)
    js_sb_putc(&w->sb, ',');
  if (gap)
    newline_indent(w);
  quote(w->rt, &w->sb, js_str(k));
  js_sb_puts(&w->sb, gap ? ": " : ":");
  int r = js_is_exception(val) ? -1 : write_prop(w, v, k, val, k);
  if (r < 0)
    return -1;
  if (r == 0)
    w->sb.len = mark;  // undefined: the member is left out
  else
    *any = true;
  return 0;
}

// SerializeJSONObject (#sec-serializejsonobject).
static int write_object(Writer *w, JsValue v, JsValue msg_key) {
  JsRt *rt = w->rt;
  JsValue saved = w->indent;
  if (enter(w, v, msg_key) < 0)
    return -1;
  bool gap = js_str_len(js_str(w->gap)) > 0, any = false;
  JsObject *o = js_obj(v);
  if (plain_object(w, o)) {
    // The key list is the shape at this moment; a member's value comes
    // from its slot while the object keeps that shape, else from [[Get]].
    JsShape *sh = o->shape;
    js_sb_putc(&w->sb, '{');
    for (uint32_t i = 0; i < sh->count; i++) {
      JsValue k = sh->keys[i];
      if (!js_is_string(k) || !(sh->attrs[i] & JS_PROP_ENUMERABLE))
        continue;
      JsValue val = o->shape == sh && !(sh->attrs[i] & JS_PROP_ACCESSOR)
                        ? o->slots[i] : js_get_prop(rt, v, k);
      if (write_member(w, v, k, val, &any) < 0)
        return -1;
    }
  } else {
    JsValue keys = js_is_undefined(w->prop_list) ? js_own_keys(rt, v, 5) : w->prop_list;
    if (js_is_exception(keys))
      return -1;
    js_sb_putc(&w->sb, '{');
    for (uint32_t i = 0; i < js_obj(keys)->elem_len; i++) {
      JsValue k = js_obj(keys)->elems[i];
      if (write_member(w, v, k, js_get_prop(rt, v, k), &any) < 0)
        return -1;
    }
  }
  if (any && gap) {
    js_sb_putc(&w->sb, '\n');
    js_sb_put_str(rt, &w->sb, js_str(saved));
  }
  js_sb_putc(&w->sb, '}');
  leave(w, saved);
  return 1;
}

// SerializeJSONArray (#sec-serializejsonarray).
static int write_array(Writer *w, JsValue v, JsValue msg_key) {
  JsRt *rt = w->rt;
  JsValue saved = w->indent;
  if (enter(w, v, msg_key) < 0)
    return -1;
  double len;
  if (js_length_of(rt, v, &len) < 0)
    return -1;
  bool gap = js_str_len(js_str(w->gap)) > 0;
  js_sb_putc(&w->sb, '[');
  JsObject *o = js_obj(v);
  for (double i = 0; i < len; i++) {
    if (i > 0)
      js_sb_putc(&w->sb, ',');
    if (gap)
      newline_indent(w);
    // A dense element is read directly; its key string is made only if a
    // toJSON or replacer call needs it (see transform).
    uint32_t at = (uint32_t)i;
    int r;
    if (o->hdr.class_id == JS_CLASS_ARRAY && at < o->elem_len && at < o->elem_cap &&
        o->elems[at] != JS_HOLE)
      r = write_prop(w, v, js_number(i), o->elems[at], js_number(i));
    else
      r = write_value(w, v, js_to_property_key(rt, js_number(i)), js_number(i));
    if (r < 0)
      return -1;
    if (r == 0)
      js_sb_puts(&w->sb, "null");
  }
  if (len > 0 && gap) {
    js_sb_putc(&w->sb, '\n');
    js_sb_put_str(rt, &w->sb, js_str(saved));
  }
  js_sb_putc(&w->sb, ']');
  leave(w, saved);
  return 1;
}

// toJSON and the replacer function (#sec-serializejsonproperty steps 1-3).
// [key] is a number for an array element: its string is made only when a
// call needs it.
static JsValue transform(Writer *w, JsValue holder, JsValue key, JsValue v) {
  JsRt *rt = w->rt;
  bool bigint = js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT;
  if (js_is_object(v) || bigint) {
    JsValue f = js_get_prop(rt, v, rt->atom_to_json);
    if (js_is_exception(f))
      return f;
    if (js_is_callable(f)) {
      if (js_is_number(key))
        key = js_to_property_key(rt, key);
      v = js_call(rt, f, v, 1, &key);
      if (js_is_exception(v))
        return v;
    }
  }
  if (!js_is_undefined(w->replacer)) {
    if (js_is_number(key))
      key = js_to_property_key(rt, key);
    JsValue args[2] = { key, v };
    v = js_call(rt, w->replacer, holder, 2, args);
  }
  return v;
}

// SerializeJSONProperty: 1 written, 0 undefined (nothing written), -1 threw.
static int write_value(Writer *w, JsValue holder, JsValue key, JsValue msg_key) {
  JsValue v = js_get_prop(w->rt, holder, key);
  if (js_is_exception(v))
    return -1;
  return write_prop(w, holder, key, v, msg_key);
}

// SerializeJSONProperty after its Get: [v] is holder[key].
static int write_prop(Writer *w, JsValue holder, JsValue key, JsValue v, JsValue msg_key) {
  JsRt *rt = w->rt;
  if (js_is_exception(v = transform(w, holder, key, v)))
    return -1;
  switch (js_class_of(v)) {
  case JS_CLASS_NUMBER: v = js_to_number(rt, v); break;
  case JS_CLASS_STRING: v = js_to_string(rt, v); break;
  case JS_CLASS_BOOLEAN: v = js_boxed_value(js_obj(v)); break;
  case JS_CLASS_BIGINT: v = js_boxed_value(js_obj(v)); break;
  default: break;
  }
  if (js_is_exception(v))
    return -1;
  if (js_is_null(v) || v == JS_TRUE || v == JS_FALSE) {
    js_sb_puts(&w->sb, v == JS_TRUE ? "true" : v == JS_FALSE ? "false" : "null");
    return 1;
  }
  if (js_is_string(v)) {
    quote(rt, &w->sb, js_str(v));
    return 1;
  }
  if (js_is_number(v)) {
    double d = js_get_number(v);
    if (!isfinite(d)) {
      js_sb_puts(&w->sb, "null");
    } else {
      char buf[40];
      js_dtoa(d, buf);
      js_sb_puts(&w->sb, buf);
    }
    return 1;
  }
  if (is_raw_json(v)) {
    JsValue raw = js_get_prop(rt, v, js_atom_cstr(rt, "rawJSON"));
    if (js_is_exception(raw))
      return -1;
    js_sb_put_str(rt, &w->sb, js_str(raw));
    return 1;
  }
  if (js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT) {
    js_throw_type_error(rt, "Do not know how to serialize a BigInt");
    return -1;
  }
  if (!js_is_object(v) || js_is_callable(v))
    return 0;
  return js_is_array(rt, v) ? write_array(w, v, msg_key) : write_object(w, v, msg_key);
}

// The property list of an array replacer: strings and numbers (also
// wrapped), each once, in order.
static JsValue property_list(JsRt *rt, JsValue replacer) {
  double len;
  if (js_length_of(rt, replacer, &len) < 0)
    return JS_EXCEPTION;
  JsValue list = js_new_array(rt, 0);
  for (double i = 0; i < len; i++) {
    JsValue v = js_get_elem(rt, replacer, js_number(i));
    if (js_is_exception(v))
      return v;
    JsClassId cls = js_class_of(v);
    if (!js_is_string(v) && !js_is_number(v) && cls != JS_CLASS_STRING &&
        cls != JS_CLASS_NUMBER)
      continue;
    JsValue k = js_to_property_key(rt, v);
    if (js_is_exception(k))
      return k;
    bool dup = false;
    for (uint32_t j = 0; j < js_obj(list)->elem_len && !dup; j++)
      dup = js_obj(list)->elems[j] == k;
    if (!dup)
      js_array_push(rt, list, k);
  }
  return list;
}

// The gap string from the space argument: up to 10 spaces or characters.
static JsValue gap_of(JsRt *rt, JsValue space) {
  if (js_class_of(space) == JS_CLASS_NUMBER)
    space = js_to_number(rt, space);
  else if (js_class_of(space) == JS_CLASS_STRING)
    space = js_to_string(rt, space);
  if (js_is_exception(space))
    return space;
  if (js_is_number(space)) {
    double n;
    if (js_to_integer(rt, space, &n) < 0)
      return JS_EXCEPTION;
    int k = n > 10 ? 10 : n < 1 ? 0 : (int)n;
    return js_new_string(rt, "          ", (size_t)k);
  }
  if (js_is_string(space)) {
    JsString *s = js_str(space);
    return js_str_len(s) <= 10 ? space : js_str_substring(rt, s, 0, 10);
  }
  return rt->atom_empty;
}

// JSON.stringify(value, replacer, space): ECMA-262 #sec-json.stringify
static JsValue json_stringify(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  Writer w = { 0 };
  w.rt = rt;
  js_sb_init(&w.sb);
  w.replacer = JS_UNDEFINED;
  w.prop_list = JS_UNDEFINED;
  JsValue replacer = js_arg(argc, argv, 1);
  if (js_is_callable(replacer)) {
    w.replacer = replacer;
  } else if (js_is_array(rt, replacer)) {
    w.prop_list = property_list(rt, replacer);
    if (js_is_exception(w.prop_list))
      return JS_EXCEPTION;
  }
  w.gap = gap_of(rt, js_arg(argc, argv, 2));
  if (js_is_exception(w.gap))
    return JS_EXCEPTION;
  w.indent = rt->atom_empty;
  JsValue wrapper = js_new_object(rt);
  js_define_field(rt, wrapper, rt->atom_empty, js_arg(argc, argv, 0));
  int r = write_value(&w, wrapper, rt->atom_empty, rt->atom_empty);
  if (r < 0)
    return JS_EXCEPTION;
  return r == 0 ? JS_UNDEFINED : js_sb_finish(rt, &w.sb);
}

static const JsNativeDef json_funcs[] = {
  JS_FN("parse", json_parse, 2),
  JS_FN("stringify", json_stringify, 3),
  JS_FN("rawJSON", json_raw_json, 1),
  JS_FN("isRawJSON", json_is_raw_json, 1),
};

void stdlib_json_init(JsRt *rt) {
  JsValue json = js_new_object(rt);
  JS_INSTALL(rt, json, json_funcs);
  js_define_value(rt, json, rt->sym_to_string_tag, js_new_cstring(rt, "JSON"),
                  JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "JSON"), json,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
