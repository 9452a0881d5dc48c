// SPDX-License-Identifier: MIT
//
// regexp.c: the RegExp constructor, RegExp.prototype and
// %RegExpStringIteratorPrototype% (ECMA-262 #sec-regexp-regular-expression-objects).
//
// A RegExp object is a JS_CLASS_REGEXP object whose `internal` points to a
// RegExpData (the compiled pattern from runtime/regexp.c and the original
// source and flags); lastIndex is its first own property. The Symbol.*
// methods follow the spec's generic algorithms step by step (they observe
// user-defined exec, lastIndex and flags), so subclasses and test262's
// probes see the same sequence of operations as in V8.
//
// The legacy static properties (RegExp.$1-$9, input, lastMatch, lastParen,
// leftContext, rightContext and their $ aliases; Annex B, as V8 has them)
// read the last successful built-in match: builtin_match records only its
// string and capture indices, and the accessors make substrings on demand.
#include "../stdlib.h"

#include <math.h>

typedef struct RegExpData {
  JsRegex *re;
  JsValue source, flags;   // [[OriginalSource]], [[OriginalFlags]] (strings)
  uint32_t bits;           // JS_RE_*
  JsValue *group_keys;     // atoms of named groups (0 when unnamed), lazily
} RegExpData;

static JsValue original_exec;  // %RegExp.prototype.exec%
static JsValue regexp_ctor_fn; // %RegExp%
static JsValue iter_proto;     // %RegExpStringIteratorPrototype%
static JsValue atom_exec, atom_indices;  // made once: interning costs a hash

// What the spec's generic algorithms would observe on an unmodified
// RegExp: the prototype's exec, flags and flag getters and Symbol.match
// (read by IsRegExp). A pristine regexp (see pristine()) can skip those
// lookups: their results are known and reading them has no side effects.
#define WATCHED 11
static struct {
  JsShape *instance_shape;     // a fresh RegExp: only lastIndex
  JsValue keys[WATCHED];       // atoms (and Symbol.match)
  JsValue values[WATCHED];     // exec's function, or each getter
} pristine_state;

// The last successful match of any built-in exec, for the legacy statics
// (V8 keeps it per realm; kiln has one). Static data is a GC root.
static struct {
  JsString *subject;   // NULL before the first match
  JsValue input;       // RegExp.input: the subject, or what a script stored
  int32_t caps[20];    // groups 0-9 (-1: did not take part or absent)
  int32_t last[2];     // the last group (lastParen), or group 0 when none
  int ngroups;         // groups of the pattern, not counting group 0
} legacy;

static RegExpData *regexp_data(JsValue v) {
  if (js_class_of(v) != JS_CLASS_REGEXP)
    return NULL;
  RegExpData *d = js_obj(v)->internal;
  return d && d->re ? d : NULL;
}

// The slot value of own property [key] of [o] at the index it had at
// start-up: a data value, or an accessor's getter.
static JsValue watched_value(JsObject *o, int i) {
  int32_t at = js__shape_find(o->shape, pristine_state.keys[i]);
  if (at < 0)
    return JS_UNDEFINED;
  JsValue v = o->slots[at];
  if (o->shape->attrs[at] & JS_PROP_ACCESSOR)
    return ((JsAccessor *)js_cell(v))->getter;
  return v;
}

// Whether [rx] is a RegExp with no own properties but lastIndex, whose
// prototype is %RegExp.prototype% with its exec, flags getters and
// Symbol.match as at start-up.
static bool pristine(JsRt *rt, JsValue rx) {
  if (!regexp_data(rx))
    return false;
  JsObject *o = js_obj(rx), *proto = js_obj(rt->regexp_proto);
  if (o->shape != pristine_state.instance_shape || o->proto != proto)
    return false;
  for (int i = 0; i < WATCHED; i++)
    if (watched_value(proto, i) != pristine_state.values[i])
      return false;
  return true;
}

JsValue js_regexp_source(JsValue re) {
  RegExpData *d = regexp_data(re);
  return d ? d->source : JS_UNDEFINED;
}

JsValue js_regexp_flags(JsValue re) {
  RegExpData *d = regexp_data(re);
  return d ? d->flags : JS_UNDEFINED;
}

static JsValue str_val(JsString *s) { return js_from_cell(s); }

// Whether the string [s] contains the ASCII character [c].
static bool has_char(JsString *s, char c) {
  for (uint32_t i = 0; i < js_str_len(s); i++)
    if (js_str_at(s, i) == (uint16_t)c)
      return true;
  return false;
}

// AdvanceStringIndex (#sec-advancestringindex).
static double advance_index(JsString *s, double i, bool unicode) {
  if (!unicode || i + 1 >= js_str_len(s))
    return i + 1;
  uint16_t c = js_str_at(s, (uint32_t)i);
  uint16_t d = js_str_at(s, (uint32_t)i + 1);
  return (c >= 0xD800 && c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) ? i + 2 : i + 1;
}

static JsValue set_last_index(JsRt *rt, JsValue rx, double v) {
  return js_set_prop(rt, rx, rt->atom_last_index, js_number(v), true);
}

// --- creation -------------------------------------------------------------

// RegExpAlloc (#sec-regexpalloc).
static JsValue regexp_alloc(JsRt *rt, JsValue new_target) {
  JsValue o = js_ordinary_create_from_constructor(rt, new_target, rt->regexp_proto,
                                                  JS_CLASS_REGEXP);
  if (js_is_exception(o))
    return o;
  js_obj(o)->internal = js_gc_alloc(sizeof(RegExpData));
  js_define_value(rt, o, rt->atom_last_index, js_int(0), JS_PROP_WRITABLE);
  return o;
}

// Parses a flags string into JS_RE_* bits; -1 when invalid.
static int parse_flags(JsString *f) {
  static const char letters[] = "gimsuydv";
  int bits = 0;
  for (uint32_t i = 0; i < js_str_len(f); i++) {
    uint16_t c = js_str_at(f, i);
    const char *p = c < 128 && c ? strchr(letters, c) : NULL;
    if (!p || (bits & (1 << (p - letters))))
      return -1;
    bits |= 1 << (p - letters);
  }
  if ((bits & JS_RE_UNICODE) && (bits & JS_RE_UNICODE_SETS))
    return -1;
  return bits;
}

static uint16_t *units_of(JsRt *rt, JsString *s) {
  uint32_t n = js_str_len(s);
  uint16_t *u = js_gc_alloc_atomic((n ? n : 1) * sizeof(uint16_t));
  for (uint32_t i = 0; i < n; i++)
    u[i] = js_str_at(s, i);
  return u;
}

// Compiled programs by (source, flags): a regexp literal evaluated again
// (in a function called often, or emoji-regex's 14 KB pattern that
// string-width builds on every call) reuses its program, which is
// immutable, as V8 reuses its boilerplate. Direct-mapped; the static array
// is a GC root.
#define RE_CACHE 64
static struct {
  JsString *source;
  int bits;
  JsRegex *re;
} re_cache[RE_CACHE];

static uint32_t re_hash(JsString *p, int bits) {
  uint32_t h = 2166136261u ^ (uint32_t)bits, n = js_str_len(p);
  for (uint32_t i = 0; i < n; i++)
    h = (h ^ js_str_at(p, i)) * 16777619u;
  return h % RE_CACHE;
}

// RegExpInitialize (#sec-regexpinitialize).
static JsValue regexp_initialize(JsRt *rt, JsValue obj, JsValue pattern, JsValue flags) {
  JsString *p = js_is_undefined(pattern) ? js_str(rt->atom_empty)
                                         : js_to_flat_string(rt, pattern);
  if (!p)
    return JS_EXCEPTION;
  JsString *f = js_is_undefined(flags) ? js_str(rt->atom_empty)
                                       : js_to_flat_string(rt, flags);
  if (!f)
    return JS_EXCEPTION;
  int bits = parse_flags(f);
  if (bits < 0)
    return js_throw_syntax_error(rt, "Invalid flags supplied to RegExp constructor '%s'",
                                 js_cstr(rt, str_val(f)));
  const char *err;
  uint32_t slot = re_hash(p, bits);
  JsRegex *re = NULL;
  if (re_cache[slot].re && re_cache[slot].bits == bits && js_str_equal(re_cache[slot].source, p))
    re = re_cache[slot].re;
  if (!re) {
    re = js_regex_compile(units_of(rt, p), js_str_len(p), (uint32_t)bits, &err);
    if (!re)
      return js_throw_syntax_error(rt, "Invalid regular expression: /%s/%s: %s",
                                   js_cstr(rt, str_val(p)), js_cstr(rt, str_val(f)), err);
    re_cache[slot].source = p;
    re_cache[slot].bits = bits;
    re_cache[slot].re = re;
  }
  RegExpData *d = js_obj(obj)->internal;
  d->re = re;
  d->source = str_val(p);
  d->flags = str_val(f);
  d->bits = (uint32_t)bits;
  d->group_keys = NULL;
  if (js_is_exception(set_last_index(rt, obj, 0)))
    return JS_EXCEPTION;
  return obj;
}

JsValue js_regexp_create(JsRt *rt, JsValue source, JsValue flags) {
  JsValue o = regexp_alloc(rt, JS_UNDEFINED);
  if (js_is_exception(o))
    return o;
  return regexp_initialize(rt, o, source, flags);
}

// A regex literal: a new RegExp object each evaluation; a bad pattern throws
// SyntaxError here, at run time. The literal's reference to this function is
// what links this file (stdlib/init.c).
JsValue js_new_regexp(JsRt *rt, JsValue source, JsValue flags) {
  return js_regexp_create(rt, source, flags);
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

// RegExp(pattern, flags): #sec-regexp-pattern-flags
static JsValue regexp_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  JsValue pattern = js_arg(argc, argv, 0), flags = js_arg(argc, argv, 1);
  int pattern_is_regexp = is_regexp(rt, pattern);
  if (pattern_is_regexp < 0)
    return JS_EXCEPTION;
  if (js_is_undefined(new_target)) {
    new_target = callee;
    if (pattern_is_regexp && js_is_undefined(flags)) {
      JsValue c = js_get_prop(rt, pattern, rt->atom_constructor);
      if (js_is_exception(c))
        return c;
      if (js_same_value(c, new_target))
        return pattern;
    }
  }
  JsValue p, f;
  RegExpData *d = regexp_data(pattern);
  if (d) {
    p = d->source;
    f = js_is_undefined(flags) ? d->flags : flags;
  } else if (pattern_is_regexp) {
    p = js_get_prop(rt, pattern, rt->atom_source);
    if (js_is_exception(p))
      return p;
    f = flags;
    if (js_is_undefined(flags)) {
      f = js_get_prop(rt, pattern, rt->atom_flags);
      if (js_is_exception(f))
        return f;
    }
  } else {
    p = pattern;
    f = flags;
  }
  JsValue o = regexp_alloc(rt, new_target);
  if (js_is_exception(o))
    return o;
  return regexp_initialize(rt, o, p, f);
}

// RegExp.prototype.compile(pattern, flags) (Annex B #sec-regexp.prototype.compile).
static JsValue regexp_proto_compile(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  if (!regexp_data(this_val))
    return js_throw_type_error(rt, "RegExp.prototype.compile called on incompatible receiver");
  JsValue pattern = js_arg(argc, argv, 0), flags = js_arg(argc, argv, 1);
  RegExpData *d = regexp_data(pattern);
  if (d) {
    if (!js_is_undefined(flags))
      return js_throw_type_error(rt, "Cannot supply flags when constructing one RegExp from another");
    pattern = d->source;
    flags = d->flags;
  }
  return regexp_initialize(rt, this_val, pattern, flags);
}

// get RegExp[Symbol.species]
static JsValue regexp_species(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  return this_val;
}

// RegExp.escape(S) (ES2025 #sec-regexp.escape): S with everything that
// could mean something in a pattern escaped.
static JsValue regexp_escape(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  JsValue v = js_arg(argc, argv, 0);
  if (!js_is_string(v))
    return js_throw_type_error(rt, "RegExp.escape requires a string");
  JsString *s = js_str_flatten(rt, js_str(v));
  JsStrBuf sb;
  js_sb_init(&sb);
  char tmp[16];
  for (uint32_t i = 0, n = js_str_len(s); i < n; i++) {
    uint16_t c = js_str_at(s, i);
    bool alnum = (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    const char *ctl = c == '\t' ? "t" : c == '\n' ? "n" : c == '\v' ? "v"
                    : c == '\f' ? "f" : c == '\r' ? "r" : NULL;
    bool lone = c >= 0xD800 && c <= 0xDFFF &&
                !(c <= 0xDBFF && i + 1 < n && js_str_at(s, i + 1) >= 0xDC00 &&
                  js_str_at(s, i + 1) <= 0xDFFF) &&
                !(c >= 0xDC00 && i > 0 && js_str_at(s, i - 1) >= 0xD800 &&
                  js_str_at(s, i - 1) <= 0xDBFF);
    bool space = c == ' ' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
                 c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
                 c == 0x3000 || c == 0xFEFF;
    if (i == 0 && alnum) {
      snprintf(tmp, sizeof tmp, "\\x%02x", c);
      js_sb_puts(&sb, tmp);
    } else if (c < 128 && c && strchr("^$\\.*+?()[]{}|/", c)) {
      js_sb_putc(&sb, '\\');
      js_sb_putc(&sb, c);
    } else if (ctl) {
      js_sb_putc(&sb, '\\');
      js_sb_puts(&sb, ctl);
    } else if ((c < 128 && c && strchr(",-=<>#&!%:;@~'`\"", c)) || space || lone) {
      snprintf(tmp, sizeof tmp, c <= 0xFF ? "\\x%02x" : "\\u%04x", c);
      js_sb_puts(&sb, tmp);
    } else {
      js_sb_putc(&sb, c);
    }
  }
  return js_sb_finish(rt, &sb);
}

// --- exec -------------------------------------------------------------------

// Atoms of the group names, made on first use.
static JsValue *group_keys(JsRt *rt, RegExpData *d) {
  if (d->group_keys)
    return d->group_keys;
  int n = js_regex_group_count(d->re);
  JsValue *keys = js_gc_alloc(n * sizeof(JsValue));
  for (int i = 1; i < n; i++) {
    uint32_t len;
    const uint16_t *name = js_regex_group_name(d->re, i, &len);
    if (name)
      keys[i] = js_str_intern(rt, js_str_from_utf16(rt, name, len));
  }
  d->group_keys = keys;
  return keys;
}

// Whether an earlier group with the same name as group [i] matched (the
// name then keeps that group's value: duplicate names in alternatives).
static bool name_taken(const JsValue *keys, const int32_t *caps, int i) {
  for (int j = 1; j < i; j++)
    if (keys[j] == keys[i] && caps[2 * j] >= 0)
      return true;
  return false;
}

// MakeMatchIndicesIndexPairArray (#sec-makematchindicesindexpairarray).
static JsValue make_indices(JsRt *rt, RegExpData *d, const int32_t *caps, int n,
                            bool has_groups) {
  JsValue *keys = group_keys(rt, d);
  JsValue a = js_new_array(rt, (uint32_t)n);
  JsValue groups = has_groups ? js_new_object_proto(rt, JS_NULL) : JS_UNDEFINED;
  for (int i = 0; i < n; i++) {
    JsValue v = JS_UNDEFINED;
    if (caps[2 * i] >= 0)
      v = js_new_array_from(rt, 2, (JsValue[]){ js_int(caps[2 * i]), js_int(caps[2 * i + 1]) });
    js_array_push(rt, a, v);
    if (i > 0 && keys[i] && !name_taken(keys, caps, i))
      js_define_field(rt, groups, keys[i], v);
  }
  js_define_field(rt, a, rt->atom_groups, groups);
  return a;
}

// The match result array of RegExpBuiltinExec for [caps] (#sec-regexpbuiltinexec).
static JsValue make_result(JsRt *rt, RegExpData *d, JsString *s, const int32_t *caps) {
  int n = js_regex_group_count(d->re);
  JsValue a = js_new_array(rt, (uint32_t)n);
  bool has_groups = js_regex_has_names(d->re);
  JsValue *keys = has_groups ? group_keys(rt, d) : NULL;
  JsValue groups = has_groups ? js_new_object_proto(rt, JS_NULL) : JS_UNDEFINED;
  for (int i = 0; i < n; i++) {
    JsValue v = JS_UNDEFINED;
    if (caps[2 * i] >= 0)
      v = js_str_substring(rt, s, (uint32_t)caps[2 * i], (uint32_t)caps[2 * i + 1]);
    js_array_push(rt, a, v);
    if (keys && keys[i] && !name_taken(keys, caps, i))
      js_define_field(rt, groups, keys[i], v);
  }
  js_define_field(rt, a, rt->atom_index, js_int(caps[0]));
  js_define_field(rt, a, rt->atom_input, str_val(s));
  js_define_field(rt, a, rt->atom_groups, groups);
  if (d->bits & JS_RE_INDICES)
    js_define_field(rt, a, atom_indices, make_indices(rt, d, caps, n, has_groups));
  return a;
}

// Remembers a successful match for the legacy statics ([n] counts group 0).
static void record_match(JsString *s, const int32_t *caps, int n) {
  legacy.subject = s;
  legacy.input = js_from_cell(s);
  int k = n < 10 ? n : 10;
  memcpy(legacy.caps, caps, 2 * k * sizeof(int32_t));
  for (int i = 2 * k; i < 20; i++)
    legacy.caps[i] = -1;
  legacy.last[0] = caps[2 * (n - 1)];
  legacy.last[1] = caps[2 * (n - 1) + 1];
  legacy.ngroups = n - 1;
}

// Runs the matcher as RegExpBuiltinExec does, without building the result:
// 1 with caps filled, 0 no match (lastIndex updated), -1 threw.
static int builtin_match(JsRt *rt, JsValue rx, RegExpData *d, JsString *s, int32_t *caps) {
  JsValue liv = js_get_prop(rt, rx, rt->atom_last_index);
  if (js_is_exception(liv))
    return -1;
  double li;
  if (js_to_length(rt, liv, &li) < 0)
    return -1;
  bool global = d->bits & JS_RE_GLOBAL, sticky = d->bits & JS_RE_STICKY;
  if (!global && !sticky)
    li = 0;
  int r = 0;
  if (li <= js_str_len(s)) {
    r = js_regex_exec(d->re, s, (uint32_t)li, sticky, caps);
    if (r < 0) {
      js_throw_range_error(rt, "Maximum call stack size exceeded");
      return -1;
    }
  }
  if (r == 0) {
    if ((global || sticky) && js_is_exception(set_last_index(rt, rx, 0)))
      return -1;
    return 0;
  }
  if ((global || sticky) && js_is_exception(set_last_index(rt, rx, caps[1])))
    return -1;
  record_match(s, caps, js_regex_group_count(d->re));
  return 1;
}

static JsValue builtin_exec(JsRt *rt, JsValue rx, RegExpData *d, JsString *s) {
  int n = js_regex_group_count(d->re);
  int32_t small[32];
  int32_t *caps = 2 * n <= 32 ? small : js_gc_alloc_atomic(2 * n * sizeof(int32_t));
  int r = builtin_match(rt, rx, d, s, caps);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0)
    return JS_NULL;
  return make_result(rt, d, s, caps);
}

// RegExpExec (#sec-regexpexec).
static JsValue regexp_exec(JsRt *rt, JsValue rx, JsString *s) {
  if (pristine(rt, rx))
    return builtin_exec(rt, rx, regexp_data(rx), s);
  JsValue exec = js_get_prop(rt, rx, atom_exec);
  if (js_is_exception(exec))
    return exec;
  RegExpData *d = regexp_data(rx);
  if (exec == original_exec && d)
    return builtin_exec(rt, rx, d, s);
  if (js_is_callable(exec)) {
    JsValue arg = str_val(s);
    JsValue r = js_call(rt, exec, rx, 1, &arg);
    if (js_is_exception(r) || js_is_object(r) || js_is_null(r))
      return r;
    return js_throw_type_error(rt, "object null or function expected");  // V8 wording
  }
  if (!d)
    return js_throw_type_error(rt, "RegExp.prototype.exec called on incompatible receiver");
  return builtin_exec(rt, rx, d, s);
}

// RegExp.prototype.exec(string): #sec-regexp.prototype.exec
static JsValue regexp_proto_exec(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  RegExpData *d = regexp_data(this_val);
  if (!d)
    return js_throw_type_error(rt, "RegExp.prototype.exec called on incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  JsString *s = js_to_flat_string(rt, js_arg(argc, argv, 0));
  if (!s)
    return JS_EXCEPTION;
  return builtin_exec(rt, this_val, d, s);
}

// RegExp.prototype.test(S): #sec-regexp.prototype.test
static JsValue regexp_proto_test(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Method RegExp.prototype.test called on incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  JsString *s = js_to_flat_string(rt, js_arg(argc, argv, 0));
  if (!s)
    return JS_EXCEPTION;
  RegExpData *d = regexp_data(this_val);
  if (d) {  // skip building the result when exec is the built-in
    JsValue exec = js_get_prop(rt, this_val, atom_exec);
    if (js_is_exception(exec))
      return exec;
    if (exec == original_exec) {
      int n = js_regex_group_count(d->re);
      int32_t small[32];
      int32_t *caps = 2 * n <= 32 ? small : js_gc_alloc_atomic(2 * n * sizeof(int32_t));
      int r = builtin_match(rt, this_val, d, s, caps);
      return r < 0 ? JS_EXCEPTION : js_bool(r);
    }
  }
  JsValue r = regexp_exec(rt, this_val, s);
  if (js_is_exception(r))
    return r;
  return js_bool(!js_is_null(r));
}

// --- accessors and toString ---------------------------------------------------

static JsValue flag_getter(JsRt *rt, JsValue this_val, uint32_t bit, const char *name) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "RegExp.prototype.%s getter called on non-object %s",
                               name, js_value_cstr_short(rt, this_val));
  RegExpData *d = regexp_data(this_val);
  if (!d) {
    if (this_val == rt->regexp_proto)
      return JS_UNDEFINED;
    return js_throw_type_error(rt, "RegExp.prototype.%s getter called on non-RegExp object",
                               name);
  }
  return js_bool(d->bits & bit);
}

#define FLAG_GETTER(fn, bit, name)                                                     \
  static JsValue fn(JsRt *rt, JsValue callee, JsValue this_val, int argc,              \
                    JsValue *argv, JsValue new_target) {                               \
    return flag_getter(rt, this_val, bit, name);                                       \
  }
FLAG_GETTER(regexp_get_global, JS_RE_GLOBAL, "global")
FLAG_GETTER(regexp_get_ignore_case, JS_RE_IGNORECASE, "ignoreCase")
FLAG_GETTER(regexp_get_multiline, JS_RE_MULTILINE, "multiline")
FLAG_GETTER(regexp_get_dot_all, JS_RE_DOTALL, "dotAll")
FLAG_GETTER(regexp_get_unicode, JS_RE_UNICODE, "unicode")
FLAG_GETTER(regexp_get_unicode_sets, JS_RE_UNICODE_SETS, "unicodeSets")
FLAG_GETTER(regexp_get_sticky, JS_RE_STICKY, "sticky")
FLAG_GETTER(regexp_get_has_indices, JS_RE_INDICES, "hasIndices")

// get RegExp.prototype.flags: #sec-get-regexp.prototype.flags
static JsValue regexp_get_flags(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "RegExp.prototype.flags getter called on non-object %s",
                               js_value_cstr_short(rt, this_val));
  static const struct { const char *name; char c; } order[] = {
    { "hasIndices", 'd' }, { "global", 'g' }, { "ignoreCase", 'i' },
    { "multiline", 'm' }, { "dotAll", 's' }, { "unicode", 'u' },
    { "unicodeSets", 'v' }, { "sticky", 'y' },
  };
  char buf[16];
  int n = 0;
  for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
    JsValue v = js_get_prop(rt, this_val, js_atom_cstr(rt, order[i].name));
    if (js_is_exception(v))
      return v;
    if (js_truthy(rt, v))
      buf[n++] = order[i].c;
  }
  return js_new_string(rt, buf, (size_t)n);
}

// EscapeRegExpPattern (#sec-escaperegexppattern): "/" and line terminators
// escaped so that `/${source}/${flags}` reads back as the same pattern.
static JsValue escape_source(JsRt *rt, JsString *src) {
  uint32_t n = js_str_len(src);
  if (n == 0)
    return js_new_cstring(rt, "(?:)");
  JsStrBuf sb;
  js_sb_init(&sb);
  bool in_class = false;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = js_str_at(src, i);
    if (c == '\\' && i + 1 < n) {
      uint16_t d = js_str_at(src, ++i);
      js_sb_putc(&sb, '\\');
      if (d == '\n') js_sb_putc(&sb, 'n');
      else if (d == '\r') js_sb_putc(&sb, 'r');
      else if (d == 0x2028) js_sb_puts(&sb, "u2028");
      else if (d == 0x2029) js_sb_puts(&sb, "u2029");
      else js_sb_putc(&sb, d);
      continue;
    }
    if (c == '[') in_class = true;
    else if (c == ']') in_class = false;
    if (c == '/' && !in_class) js_sb_puts(&sb, "\\/");
    else if (c == '\n') js_sb_puts(&sb, "\\n");
    else if (c == '\r') js_sb_puts(&sb, "\\r");
    else if (c == 0x2028) js_sb_puts(&sb, "\\u2028");
    else if (c == 0x2029) js_sb_puts(&sb, "\\u2029");
    else js_sb_putc(&sb, c);
  }
  return js_sb_finish(rt, &sb);
}

// get RegExp.prototype.source: #sec-get-regexp.prototype.source
static JsValue regexp_get_source(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "RegExp.prototype.source getter called on non-object %s",
                               js_value_cstr_short(rt, this_val));
  RegExpData *d = regexp_data(this_val);
  if (!d) {
    if (this_val == rt->regexp_proto)
      return js_new_cstring(rt, "(?:)");
    return js_throw_type_error(rt, "RegExp.prototype.source getter called on non-RegExp object");
  }
  return escape_source(rt, js_str(d->source));
}

// RegExp.prototype.toString(): #sec-regexp.prototype.tostring
static JsValue regexp_proto_to_string(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                      JsValue *argv, JsValue new_target) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "RegExp.prototype.toString requires that 'this' be an Object");
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_putc(&sb, '/');
  JsValue src = js_get_prop(rt, this_val, rt->atom_source);
  if (js_is_exception(src) || js_sb_put_value(rt, &sb, src) < 0)
    return JS_EXCEPTION;
  js_sb_putc(&sb, '/');
  JsValue flags = js_get_prop(rt, this_val, rt->atom_flags);
  if (js_is_exception(flags) || js_sb_put_value(rt, &sb, flags) < 0)
    return JS_EXCEPTION;
  return js_sb_finish(rt, &sb);
}

// --- Symbol.match, matchAll, search ----------------------------------------

// Common start of the Symbol methods: this must be an object; S = ToString(arg).
static JsString *symbol_method_start(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                                     const char *name) {
  if (!js_is_object(this_val)) {
    js_throw_type_error(rt, "Method RegExp.prototype.%s called on incompatible receiver %s",
                        name, js_value_cstr_short(rt, this_val));
    return NULL;
  }
  return js_to_flat_string(rt, js_arg(argc, argv, 0));
}

static JsString *get_flags_string(JsRt *rt, JsValue rx) {
  if (pristine(rt, rx)) {  // what the flags getter would return
    static const char order[] = "dgimsuvy";
    static const uint32_t bit[] = { JS_RE_INDICES, JS_RE_GLOBAL, JS_RE_IGNORECASE,
                                    JS_RE_MULTILINE, JS_RE_DOTALL, JS_RE_UNICODE,
                                    JS_RE_UNICODE_SETS, JS_RE_STICKY };
    uint32_t bits = regexp_data(rx)->bits;
    char buf[8];
    size_t n = 0;
    for (int i = 0; i < 8; i++)
      if (bits & bit[i])
        buf[n++] = order[i];
    return js_str(js_new_string(rt, buf, n));
  }
  JsValue f = js_get_prop(rt, rx, rt->atom_flags);
  if (js_is_exception(f))
    return NULL;
  return js_to_flat_string(rt, f);
}

// ToString(Get(result, "0")) of a match result.
static JsString *match_string(JsRt *rt, JsValue result) {
  JsValue m = js_get_index(rt, result, 0);
  if (js_is_exception(m))
    return NULL;
  return js_to_flat_string(rt, m);
}

// After an empty match: lastIndex = AdvanceStringIndex(S, ToLength(lastIndex)).
static int advance_after_empty(JsRt *rt, JsValue rx, JsString *s, bool unicode) {
  JsValue liv = js_get_prop(rt, rx, rt->atom_last_index);
  double li;
  if (js_is_exception(liv) || js_to_length(rt, liv, &li) < 0)
    return -1;
  return js_is_exception(set_last_index(rt, rx, advance_index(s, li, unicode))) ? -1 : 0;
}

// RegExp.prototype[Symbol.match](string): #sec-regexp.prototype-@@match
static JsValue regexp_proto_match(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  JsString *s = symbol_method_start(rt, this_val, argc, argv, "[Symbol.match]");
  JsString *flags = s ? get_flags_string(rt, this_val) : NULL;
  if (!flags)
    return JS_EXCEPTION;
  if (!has_char(flags, 'g'))
    return regexp_exec(rt, this_val, s);
  bool unicode = has_char(flags, 'u') || has_char(flags, 'v');
  if (js_is_exception(set_last_index(rt, this_val, 0)))
    return JS_EXCEPTION;
  JsValue a = js_new_array(rt, 0);
  for (uint32_t n = 0;; n++) {
    JsValue r = regexp_exec(rt, this_val, s);
    if (js_is_exception(r))
      return r;
    if (js_is_null(r))
      return n == 0 ? JS_NULL : a;
    JsString *m = match_string(rt, r);
    if (!m)
      return JS_EXCEPTION;
    js_array_push(rt, a, str_val(m));
    if (js_str_len(m) == 0 && advance_after_empty(rt, this_val, s, unicode) < 0)
      return JS_EXCEPTION;
  }
}

// SpeciesConstructor(O, %RegExp%) (#sec-speciesconstructor).
static JsValue species_constructor(JsRt *rt, JsValue o) {
  JsValue c = js_get_prop(rt, o, rt->atom_constructor);
  if (js_is_exception(c) || js_is_undefined(c))
    return js_is_exception(c) ? c : regexp_ctor_fn;
  if (!js_is_object(c))
    return js_throw_type_error(rt, "object.constructor is not an object");
  JsValue s = js_get_prop(rt, c, rt->sym_species);
  if (js_is_exception(s))
    return s;
  if (js_is_nullish(s))
    return regexp_ctor_fn;
  if (js_is_constructor(s))
    return s;
  return js_throw_type_error(rt, "object.constructor[Symbol.species] is not a constructor");
}

// The state of a %RegExpStringIterator%; [tag] tells it from the other
// JS_CLASS_ITERATOR objects.
static const char iter_tag[] = "RegExpStringIterator";
typedef struct RegExpStringIter {
  const char *tag;
  JsValue matcher;
  JsString *s;
  bool global, unicode, done;
} RegExpStringIter;

// RegExp.prototype[Symbol.matchAll](string): #sec-regexp-prototype-matchall
static JsValue regexp_proto_match_all(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                      JsValue *argv, JsValue new_target) {
  JsString *s = symbol_method_start(rt, this_val, argc, argv, "[Symbol.matchAll]");
  if (!s)
    return JS_EXCEPTION;
  JsValue c = species_constructor(rt, this_val);
  if (js_is_exception(c))
    return c;
  JsString *flags = get_flags_string(rt, this_val);
  if (!flags)
    return JS_EXCEPTION;
  JsValue args[2] = { this_val, str_val(flags) };
  JsValue matcher = js_construct(rt, c, 2, args, c, "RegExp species");
  if (js_is_exception(matcher))
    return matcher;
  JsValue liv = js_get_prop(rt, this_val, rt->atom_last_index);
  double li;
  if (js_is_exception(liv) || js_to_length(rt, liv, &li) < 0)
    return JS_EXCEPTION;
  if (js_is_exception(set_last_index(rt, matcher, li)))
    return JS_EXCEPTION;
  JsObject *it = js_new_object_class(rt, iter_proto, JS_CLASS_ITERATOR);
  RegExpStringIter *st = js_gc_alloc(sizeof *st);
  st->tag = iter_tag;
  st->matcher = matcher;
  st->s = s;
  st->global = has_char(flags, 'g');
  st->unicode = has_char(flags, 'u') || has_char(flags, 'v');
  it->internal = st;
  return js_from_cell(it);
}

// %RegExpStringIteratorPrototype%.next(): #sec-%regexpstringiteratorprototype%.next
static JsValue regexp_iter_next(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  if (js_class_of(this_val) != JS_CLASS_ITERATOR || !js_obj(this_val)->internal ||
      *(const char **)js_obj(this_val)->internal != iter_tag)
    return js_throw_type_error(rt, "Method %%RegExpStringIterator%%.prototype.next called "
                               "on incompatible receiver %s", js_value_cstr_short(rt, this_val));
  RegExpStringIter *st = js_obj(this_val)->internal;
  if (st->done)
    return js_iter_result(rt, JS_UNDEFINED, true);
  JsValue m = regexp_exec(rt, st->matcher, st->s);
  if (js_is_exception(m))
    return m;
  if (js_is_null(m)) {
    st->done = true;
    return js_iter_result(rt, JS_UNDEFINED, true);
  }
  if (!st->global) {
    st->done = true;
    return js_iter_result(rt, m, false);
  }
  JsString *ms = match_string(rt, m);
  if (!ms)
    return JS_EXCEPTION;
  if (js_str_len(ms) == 0 && advance_after_empty(rt, st->matcher, st->s, st->unicode) < 0)
    return JS_EXCEPTION;
  return js_iter_result(rt, m, false);
}

// RegExp.prototype[Symbol.search](string): #sec-regexp.prototype-@@search
static JsValue regexp_proto_search(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  JsString *s = symbol_method_start(rt, this_val, argc, argv, "[Symbol.search]");
  if (!s)
    return JS_EXCEPTION;
  JsValue prev = js_get_prop(rt, this_val, rt->atom_last_index);
  if (js_is_exception(prev))
    return prev;
  if (!js_same_value(prev, js_int(0)) && js_is_exception(set_last_index(rt, this_val, 0)))
    return JS_EXCEPTION;
  JsValue r = regexp_exec(rt, this_val, s);
  if (js_is_exception(r))
    return r;
  JsValue cur = js_get_prop(rt, this_val, rt->atom_last_index);
  if (js_is_exception(cur))
    return cur;
  if (!js_same_value(cur, prev) &&
      js_is_exception(js_set_prop(rt, this_val, rt->atom_last_index, prev, true)))
    return JS_EXCEPTION;
  if (js_is_null(r))
    return js_int(-1);
  return js_get_prop(rt, r, rt->atom_index);
}

// --- Symbol.replace -----------------------------------------------------------

// One match result turned into the replacement text (steps 14.a-l of
// #sec-regexp.prototype-@@replace). Sets *pos and *match_len.
static JsString *replacement_for(JsRt *rt, JsValue result, JsString *s, JsValue repl,
                                 JsString *tmpl, double *pos_out, uint32_t *mlen_out) {
  double ncap_d;
  if (js_length_of(rt, result, &ncap_d) < 0)
    return NULL;
  uint32_t ncaps = ncap_d > 1 ? (uint32_t)fmin(ncap_d - 1, 1e8) : 0;
  JsString *matched = match_string(rt, result);
  if (!matched)
    return NULL;
  JsValue posv = js_get_prop(rt, result, rt->atom_index);
  double pos;
  if (js_is_exception(posv) || js_to_integer(rt, posv, &pos) < 0)
    return NULL;
  pos = fmax(fmin(pos, js_str_len(s)), 0);
  JsValue *args = js_gc_alloc((ncaps + 4) * sizeof(JsValue));
  args[0] = str_val(matched);
  for (uint32_t i = 1; i <= ncaps; i++) {
    JsValue c = js_get_index(rt, result, i);
    if (js_is_exception(c))
      return NULL;
    if (!js_is_undefined(c)) {
      c = js_to_string(rt, c);
      if (js_is_exception(c))
        return NULL;
    }
    args[i] = c;
  }
  JsValue named = js_get_prop(rt, result, rt->atom_groups);
  if (js_is_exception(named))
    return NULL;
  *pos_out = pos;
  *mlen_out = js_str_len(matched);
  if (!tmpl) {
    int n = (int)ncaps + 1;
    args[n++] = js_number(pos);
    args[n++] = str_val(s);
    if (!js_is_undefined(named))
      args[n++] = named;
    JsValue r = js_call(rt, repl, JS_UNDEFINED, n, args);
    if (js_is_exception(r))
      return NULL;
    return js_to_flat_string(rt, r);
  }
  if (!js_is_undefined(named)) {
    named = js_to_object(rt, named);
    if (js_is_exception(named))
      return NULL;
  }
  JsValue r = js_get_substitution(rt, matched, s, (uint32_t)pos, (int)ncaps, args + 1,
                                  named, tmpl);
  if (js_is_exception(r))
    return NULL;
  return js_str_flatten(rt, js_str(r));
}

// @@replace for a pristine regexp without named groups: the match results
// the spec builds (and reads back) are unobservable, so the matches are
// kept as capture offsets. All are found before any replacement is made,
// as in the spec (a callback may change lastIndex).
static JsValue replace_pristine(JsRt *rt, JsValue rx, RegExpData *d, JsString *s,
                                JsValue repl, JsString *tmpl, bool global, bool unicode) {
  int ncaps = js_regex_group_count(d->re);
  uint32_t count = 0, cap = 0;
  int32_t *all = NULL;  // count * 2 * ncaps offsets
  for (;;) {
    if (count == cap) {
      cap = cap ? cap * 2 : 8;
      int32_t *grown = js_gc_alloc_atomic((size_t)cap * 2 * ncaps * sizeof(int32_t));
      if (count)
        memcpy(grown, all, (size_t)count * 2 * ncaps * sizeof(int32_t));
      all = grown;
    }
    int32_t *caps = all + (size_t)count * 2 * ncaps;
    int r = builtin_match(rt, rx, d, s, caps);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      break;
    count++;
    if (!global)
      break;
    if (caps[0] == caps[1] && advance_after_empty(rt, rx, s, unicode) < 0)
      return JS_EXCEPTION;
  }
  bool plain_tmpl = tmpl && !has_char(tmpl, '$');
  JsValue *args = js_gc_alloc((ncaps + 3) * sizeof(JsValue));
  JsStrBuf sb;
  js_sb_init(&sb);
  uint32_t next_pos = 0;
  for (uint32_t i = 0; i < count; i++) {
    const int32_t *caps = all + (size_t)i * 2 * ncaps;
    uint32_t pos = (uint32_t)caps[0], end = (uint32_t)caps[1];
    JsString *rep = tmpl;
    if (!plain_tmpl) {
      for (int k = 0; k < ncaps; k++)
        args[k] = caps[2 * k] < 0 ? JS_UNDEFINED
                  : js_str_substring(rt, s, (uint32_t)caps[2 * k], (uint32_t)caps[2 * k + 1]);
      JsValue r;
      if (tmpl) {
        r = js_get_substitution(rt, js_str(args[0]), s, pos, ncaps - 1, args + 1,
                                JS_UNDEFINED, tmpl);
      } else {
        args[ncaps] = js_int((int32_t)pos);
        args[ncaps + 1] = str_val(s);
        r = js_call(rt, repl, JS_UNDEFINED, ncaps + 2, args);
      }
      if (js_is_exception(r) || !(rep = js_to_flat_string(rt, r)))
        return JS_EXCEPTION;
    }
    if (pos >= next_pos) {
      js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, s, next_pos, pos)));
      js_sb_put_str(rt, &sb, rep);
      next_pos = end;
    }
  }
  if (next_pos < js_str_len(s))
    js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, s, next_pos, js_str_len(s))));
  return js_sb_finish(rt, &sb);
}

// RegExp.prototype[Symbol.replace](string, replaceValue): #sec-regexp.prototype-@@replace
static JsValue regexp_proto_replace(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  JsString *s = symbol_method_start(rt, this_val, argc, argv, "[Symbol.replace]");
  if (!s)
    return JS_EXCEPTION;
  JsValue repl = js_arg(argc, argv, 1);
  JsString *tmpl = NULL;
  if (!js_is_callable(repl) && !(tmpl = js_to_flat_string(rt, repl)))
    return JS_EXCEPTION;
  JsString *flags = get_flags_string(rt, this_val);
  if (!flags)
    return JS_EXCEPTION;
  bool global = has_char(flags, 'g');
  bool unicode = has_char(flags, 'u') || has_char(flags, 'v');
  if (global && js_is_exception(set_last_index(rt, this_val, 0)))
    return JS_EXCEPTION;
  RegExpData *d = regexp_data(this_val);
  if (pristine(rt, this_val) && !js_regex_has_names(d->re))
    return replace_pristine(rt, this_val, d, s, repl, tmpl, global, unicode);
  JsValue results = js_new_array(rt, 0);
  for (;;) {
    JsValue r = regexp_exec(rt, this_val, s);
    if (js_is_exception(r))
      return r;
    if (js_is_null(r))
      break;
    js_array_push(rt, results, r);
    if (!global)
      break;
    JsString *m = match_string(rt, r);
    if (!m)
      return JS_EXCEPTION;
    if (js_str_len(m) == 0 && advance_after_empty(rt, this_val, s, unicode) < 0)
      return JS_EXCEPTION;
  }
  JsStrBuf sb;
  js_sb_init(&sb);
  uint32_t next_pos = 0, n = js_obj(results)->elem_len;
  for (uint32_t i = 0; i < n; i++) {
    double pos;
    uint32_t mlen;
    JsString *rep = replacement_for(rt, js_obj(results)->elems[i], s, repl, tmpl, &pos, &mlen);
    if (!rep)
      return JS_EXCEPTION;
    if (pos >= next_pos) {
      js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, s, next_pos, (uint32_t)pos)));
      js_sb_put_str(rt, &sb, rep);
      next_pos = (uint32_t)pos + mlen;
    }
  }
  if (next_pos < js_str_len(s))
    js_sb_put_str(rt, &sb, js_str(js_str_substring(rt, s, next_pos, js_str_len(s))));
  return js_sb_finish(rt, &sb);
}

// --- Symbol.split -----------------------------------------------------------------

// @@split for a pristine regexp and %RegExp% as the species: the splitter
// the spec constructs would be unobservable, and trying it sticky at q,
// q + 1, ... finds the same matches as one search from q, so the matcher
// runs once per piece instead of once per position.
static JsValue split_pristine(JsRt *rt, RegExpData *d, JsString *s, JsValue limv,
                              bool unicode) {
  JsValue a = js_new_array(rt, 0);
  double lim = 4294967295.0;
  if (!js_is_undefined(limv)) {
    double v;
    if (js_to_double(rt, limv, &v) < 0)
      return JS_EXCEPTION;
    lim = js_to_uint32_d(v);
  }
  if (lim == 0)
    return a;
  int n = js_regex_group_count(d->re);
  int32_t small[32];
  int32_t *caps = 2 * n <= 32 ? small : js_gc_alloc_atomic(2 * n * sizeof(int32_t));
  uint32_t size = js_str_len(s), p = 0, q = 0, count = 0;
  if (size == 0) {
    int r = js_regex_exec(d->re, s, 0, true, caps);
    if (r < 0)
      return js_throw_range_error(rt, "Maximum call stack size exceeded");
    if (r > 0)
      record_match(s, caps, n);
    else
      js_array_push(rt, a, str_val(s));
    return a;
  }
  while (q < size) {
    int r = js_regex_exec(d->re, s, q, false, caps);
    if (r < 0)
      return js_throw_range_error(rt, "Maximum call stack size exceeded");
    if (r == 0 || (uint32_t)caps[0] >= size)
      break;
    record_match(s, caps, n);
    q = (uint32_t)caps[0];
    uint32_t e = (uint32_t)caps[1] < size ? (uint32_t)caps[1] : size;
    if (e == p) {
      q = (uint32_t)advance_index(s, q, unicode);
      continue;
    }
    js_array_push(rt, a, js_str_substring(rt, s, p, q));
    if (++count == lim)
      return a;
    p = e;
    for (int i = 1; i < n; i++) {
      JsValue cap = caps[2 * i] < 0 ? JS_UNDEFINED
                    : js_str_substring(rt, s, (uint32_t)caps[2 * i], (uint32_t)caps[2 * i + 1]);
      js_array_push(rt, a, cap);
      if (++count == lim)
        return a;
    }
    q = p;
  }
  js_array_push(rt, a, js_str_substring(rt, s, p, size));
  return a;
}

// RegExp.prototype[Symbol.split](string, limit): #sec-regexp.prototype-@@split
static JsValue regexp_proto_split(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  JsString *s = symbol_method_start(rt, this_val, argc, argv, "[Symbol.split]");
  if (!s)
    return JS_EXCEPTION;
  JsValue c = species_constructor(rt, this_val);
  if (js_is_exception(c))
    return c;
  JsString *flags = get_flags_string(rt, this_val);
  if (!flags)
    return JS_EXCEPTION;
  bool unicode = has_char(flags, 'u') || has_char(flags, 'v');
  JsValue new_flags = str_val(flags);
  if (!has_char(flags, 'y'))
    new_flags = js_concat(rt, new_flags, js_new_cstring(rt, "y"));
  if (c == regexp_ctor_fn && pristine(rt, this_val))
    return split_pristine(rt, regexp_data(this_val), s, js_arg(argc, argv, 1), unicode);
  JsValue args[2] = { this_val, new_flags };
  JsValue splitter = js_construct(rt, c, 2, args, c, "RegExp species");
  if (js_is_exception(splitter))
    return splitter;
  JsValue a = js_new_array(rt, 0);
  double lim = 4294967295.0;
  JsValue limv = js_arg(argc, argv, 1);
  if (!js_is_undefined(limv)) {
    double d;
    if (js_to_double(rt, limv, &d) < 0)
      return JS_EXCEPTION;
    lim = js_to_uint32_d(d);
  }
  if (lim == 0)
    return a;
  uint32_t size = js_str_len(s);
  if (size == 0) {
    JsValue z = regexp_exec(rt, splitter, s);
    if (js_is_exception(z))
      return z;
    if (js_is_null(z))
      js_array_push(rt, a, str_val(s));
    return a;
  }
  uint32_t p = 0, count = 0;
  double q = 0;
  while (q < size) {
    if (js_is_exception(set_last_index(rt, splitter, q)))
      return JS_EXCEPTION;
    JsValue z = regexp_exec(rt, splitter, s);
    if (js_is_exception(z))
      return z;
    if (js_is_null(z)) {
      q = advance_index(s, q, unicode);
      continue;
    }
    JsValue ev = js_get_prop(rt, splitter, rt->atom_last_index);
    double e;
    if (js_is_exception(ev) || js_to_length(rt, ev, &e) < 0)
      return JS_EXCEPTION;
    e = fmin(e, size);
    if (e == p) {
      q = advance_index(s, q, unicode);
      continue;
    }
    js_array_push(rt, a, js_str_substring(rt, s, p, (uint32_t)q));
    if (++count == lim)
      return a;
    p = (uint32_t)e;
    double ncap;
    if (js_length_of(rt, z, &ncap) < 0)
      return JS_EXCEPTION;
    for (uint32_t i = 1; i < ncap; i++) {
      JsValue cap = js_get_index(rt, z, i);
      if (js_is_exception(cap))
        return cap;
      js_array_push(rt, a, cap);
      if (++count == lim)
        return a;
    }
    q = p;
  }
  js_array_push(rt, a, js_str_substring(rt, s, p, size));
  return a;
}

// --- legacy static properties (Annex B as in V8) -------------------------------
//
// V8's accessors ignore their receiver and never throw on read; the setters
// of all but input do nothing.

static JsValue legacy_slice(JsRt *rt, int32_t start, int32_t end) {
  if (!legacy.subject || start < 0)
    return rt->atom_empty;
  return js_str_substring(rt, legacy.subject, (uint32_t)start, (uint32_t)end);
}

static JsValue legacy_get_input(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return legacy.input ? legacy.input : rt->atom_empty;
}

static JsValue legacy_set_input(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  JsValue s = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(s))
    return s;
  legacy.input = s;
  return JS_UNDEFINED;
}

static JsValue legacy_set_nothing(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  return JS_UNDEFINED;
}

static JsValue legacy_get_last_match(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                     JsValue *argv, JsValue new_target) {
  return legacy_slice(rt, legacy.caps[0], legacy.caps[1]);
}

static JsValue legacy_get_last_paren(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                     JsValue *argv, JsValue new_target) {
  if (legacy.ngroups == 0)
    return rt->atom_empty;
  return legacy_slice(rt, legacy.last[0], legacy.last[1]);
}

static JsValue legacy_get_left_context(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                       JsValue *argv, JsValue new_target) {
  return legacy_slice(rt, legacy.subject ? 0 : -1, legacy.caps[0]);
}

static JsValue legacy_get_right_context(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                        JsValue *argv, JsValue new_target) {
  uint32_t len = legacy.subject ? js_str_len(legacy.subject) : 0;
  return legacy_slice(rt, legacy.subject ? legacy.caps[1] : -1, (int32_t)len);
}

#define LEGACY_GROUP(i)                                                                 \
  static JsValue legacy_get_##i(JsRt *rt, JsValue callee, JsValue this_val, int argc,  \
                                JsValue *argv, JsValue new_target) {                    \
    return legacy_slice(rt, legacy.caps[2 * i], legacy.caps[2 * i + 1]);                \
  }
LEGACY_GROUP(1) LEGACY_GROUP(2) LEGACY_GROUP(3) LEGACY_GROUP(4) LEGACY_GROUP(5)
LEGACY_GROUP(6) LEGACY_GROUP(7) LEGACY_GROUP(8) LEGACY_GROUP(9)

#define LEGACY(name, get, set) JS_GETTER(name, get), JS_SETTER(name, set)

// In V8's order (Object.getOwnPropertyNames(RegExp)).
static const JsNativeDef regexp_legacy_funcs[] = {
  LEGACY("input", legacy_get_input, legacy_set_input),
  LEGACY("$_", legacy_get_input, legacy_set_input),
  LEGACY("lastMatch", legacy_get_last_match, legacy_set_nothing),
  LEGACY("$&", legacy_get_last_match, legacy_set_nothing),
  LEGACY("lastParen", legacy_get_last_paren, legacy_set_nothing),
  LEGACY("$+", legacy_get_last_paren, legacy_set_nothing),
  LEGACY("leftContext", legacy_get_left_context, legacy_set_nothing),
  LEGACY("$`", legacy_get_left_context, legacy_set_nothing),
  LEGACY("rightContext", legacy_get_right_context, legacy_set_nothing),
  LEGACY("$'", legacy_get_right_context, legacy_set_nothing),
  LEGACY("$1", legacy_get_1, legacy_set_nothing),
  LEGACY("$2", legacy_get_2, legacy_set_nothing),
  LEGACY("$3", legacy_get_3, legacy_set_nothing),
  LEGACY("$4", legacy_get_4, legacy_set_nothing),
  LEGACY("$5", legacy_get_5, legacy_set_nothing),
  LEGACY("$6", legacy_get_6, legacy_set_nothing),
  LEGACY("$7", legacy_get_7, legacy_set_nothing),
  LEGACY("$8", legacy_get_8, legacy_set_nothing),
  LEGACY("$9", legacy_get_9, legacy_set_nothing),
};

// --- registration ---------------------------------------------------------------------

static const JsNativeDef regexp_proto_funcs[] = {
  JS_FN("exec", regexp_proto_exec, 1),
  JS_FN("test", regexp_proto_test, 1),
  JS_FN("toString", regexp_proto_to_string, 0),
  JS_FN("compile", regexp_proto_compile, 2),
  JS_FN("[Symbol.match]", regexp_proto_match, 1),
  JS_FN("[Symbol.matchAll]", regexp_proto_match_all, 1),
  JS_FN("[Symbol.replace]", regexp_proto_replace, 2),
  JS_FN("[Symbol.search]", regexp_proto_search, 1),
  JS_FN("[Symbol.split]", regexp_proto_split, 2),
  JS_GETTER("dotAll", regexp_get_dot_all),
  JS_GETTER("flags", regexp_get_flags),
  JS_GETTER("global", regexp_get_global),
  JS_GETTER("hasIndices", regexp_get_has_indices),
  JS_GETTER("ignoreCase", regexp_get_ignore_case),
  JS_GETTER("multiline", regexp_get_multiline),
  JS_GETTER("source", regexp_get_source),
  JS_GETTER("sticky", regexp_get_sticky),
  JS_GETTER("unicode", regexp_get_unicode),
  JS_GETTER("unicodeSets", regexp_get_unicode_sets),
};

static const JsNativeDef regexp_static_funcs[] = {
  JS_GETTER("[Symbol.species]", regexp_species),
  JS_FN("escape", regexp_escape, 1),
};

static const JsNativeDef regexp_iter_funcs[] = {
  JS_FN("next", regexp_iter_next, 0),
};

void stdlib_regexp_init(JsRt *rt) {
  if (!js_is_object(rt->regexp_proto))
    rt->regexp_proto = js_new_object(rt);
  JsValue proto = rt->regexp_proto;
  JsValue ctor = js_new_native_ctor(rt, regexp_ctor, "RegExp", 2, proto);
  regexp_ctor_fn = ctor;
  JS_INSTALL(rt, ctor, regexp_legacy_funcs);
  JS_INSTALL(rt, ctor, regexp_static_funcs);
  JS_INSTALL(rt, proto, regexp_proto_funcs);
  atom_exec = js_atom_cstr(rt, "exec");
  atom_indices = js_atom_cstr(rt, "indices");
  original_exec = js_get_prop(rt, proto, atom_exec);
  static const char *const watched[] = { "exec", "flags", "hasIndices", "global",
                                         "ignoreCase", "multiline", "dotAll", "unicode",
                                         "unicodeSets", "sticky" };
  for (int i = 0; i < WATCHED - 1; i++)
    pristine_state.keys[i] = js_atom_cstr(rt, watched[i]);
  pristine_state.keys[WATCHED - 1] = rt->sym_match;
  for (int i = 0; i < WATCHED; i++)
    pristine_state.values[i] = watched_value(js_obj(proto), i);
  pristine_state.instance_shape = js_obj(regexp_alloc(rt, JS_UNDEFINED))->shape;
  iter_proto = js_new_object_proto(rt, rt->iterator_proto);
  JS_INSTALL(rt, iter_proto, regexp_iter_funcs);
  js_define_value(rt, iter_proto, rt->sym_to_string_tag,
                  js_new_cstring(rt, "RegExp String Iterator"), JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "RegExp"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
