// SPDX-License-Identifier: MIT
//
// function.c: function objects, [[Call]] and [[Construct]], bound
// functions, classes and super, and closure environments.
//
// Every callable is a JsObject with class JS_CLASS_FUNCTION (compiled and
// native code, one calling convention: see kiln.h) or
// JS_CLASS_BOUND_FUNCTION (whose `fn` is a trampoline over JsBound).
// Own properties of a new function: length, name (non-writable,
// configurable) and, for constructors, prototype; their shapes are built
// once and shared.
#include "internal.h"

#include <stdlib.h>

JsEnv *js_new_env(JsRt *rt, JsEnv *parent, uint32_t size) {
  (void)rt;
  JsEnv *e = js_gc_alloc(sizeof(JsEnv) + size * sizeof(JsValue));
  e->parent = parent;
  e->size = size;
  for (uint32_t i = 0; i < size; i++)
    e->slots[i] = JS_UNINIT;
  return e;
}

bool js_is_callable(JsValue v) {
  if (!js_is_object(v))
    return false;
  JsClassId c = (JsClassId)js_cell(v)->class_id;
  return c == JS_CLASS_FUNCTION || c == JS_CLASS_BOUND_FUNCTION ||
         (c == JS_CLASS_PROXY && js_obj(v)->fn);
}

bool js_is_constructor(JsValue v) {
  if (!js_is_object(v))
    return false;
  JsObject *o = js_obj(v);
  switch (o->hdr.class_id) {
  case JS_CLASS_FUNCTION:
  case JS_CLASS_PROXY:
    return o->fn && (o->fn_flags & JS_FN_CONSTRUCTOR);
  case JS_CLASS_BOUND_FUNCTION:
    return js_is_constructor(((JsBound *)o->internal)->target);
  default:
    return false;
  }
}

void js_set_home(JsValue fn, JsValue home) {
  if (js_is_object(fn) && js_cell(fn)->class_id == JS_CLASS_FUNCTION)
    js_obj(fn)->home = home;
}

// The `name` value for a function named by [key]: symbols become
// "[description]", getters/setters get their prefix (#sec-setfunctionname).
static JsValue function_name_value(JsRt *rt, JsValue name, uint32_t flags) {
  if (js_is_symbol(name)) {
    JsSymbol *s = (JsSymbol *)js_cell(name);
    if (js_is_string(s->description)) {
      JsValue open = js_atom_cstr(rt, "[");
      name = js_concat(rt, js_concat(rt, open, s->description), js_atom_cstr(rt, "]"));
    } else {
      name = rt->atom_empty;
    }
  } else if (!js_is_string(name)) {
    name = js_is_nullish(name) ? rt->atom_empty : js_to_string(rt, name);
    if (js_is_exception(name))
      name = rt->atom_empty;
  }
  // The compiler may already have spelled the prefix for a literal key;
  // computed keys arrive bare.
  if (flags & (JS_FN_GETTER | JS_FN_SETTER)) {
    const char *prefix = (flags & JS_FN_GETTER) ? "get " : "set ";
    JsString *s = js_str_flatten(rt, js_str(name));
    bool has = js_str_len(s) >= 4;
    for (uint32_t i = 0; has && i < 4; i++)
      has = js_str_at(s, i) == (uint16_t)prefix[i];
    if (!has)
      name = js_concat(rt, js_atom_cstr(rt, prefix), name);
  }
  return name;
}

static JsObject *alloc_function(JsRt *rt, JsFn fn, JsEnv *env, uint32_t flags) {
  JsObject *o = js_new_object_class(rt, rt->function_proto, JS_CLASS_FUNCTION);
  o->fn = fn;
  o->env = env;
  o->fn_flags = flags;
  o->home = JS_UNDEFINED;
  return o;
}

// Installs length, name and optionally prototype using the shared shapes.
static void init_function_props(JsRt *rt, JsObject *o, JsValue name, int length,
                                JsValue proto, bool proto_writable) {
  o->slots = js_gc_alloc(4 * sizeof(JsValue));
  o->slots[0] = js_int(length < 0 ? 0 : length);
  o->slots[1] = name;
  if (proto) {
    o->shape = proto_writable ? rt->fn_shape_proto : rt->fn_shape_classproto;
    o->slots[2] = proto;
  } else {
    o->shape = rt->fn_shape_plain;
  }
}

// A fresh F.prototype object whose `constructor` is F.
static JsValue new_prototype_for(JsRt *rt, JsValue f, JsValue parent_proto) {
  JsValue p = js_new_object_proto(rt, parent_proto);
  js_define_value(rt, p, rt->atom_constructor, f,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return p;
}

JsValue js_new_function(JsRt *rt, JsFn fn, JsEnv *env, JsValue name, int length,
                        uint32_t flags) {
  JsObject *o = alloc_function(rt, fn, env, flags);
  JsValue f = js_from_cell(o);
  JsValue nv = function_name_value(rt, name, flags);
  bool ctor = (flags & JS_FN_CONSTRUCTOR) && !(flags & (JS_FN_ARROW | JS_FN_METHOD));
  if (!ctor)
    o->fn_flags &= ~JS_FN_CONSTRUCTOR;
  JsValue proto = ctor ? new_prototype_for(rt, f, rt->object_proto) : 0;
  if (!(flags & (JS_FN_STRICT | JS_FN_ARROW | JS_FN_METHOD | JS_FN_CLASS |
                 JS_FN_NATIVE | JS_FN_GETTER | JS_FN_SETTER))) {
    // V8 gives sloppy functions own `arguments` and `caller` (null).
    o->slots = js_gc_alloc(8 * sizeof(JsValue));
    o->slots[0] = js_int(length < 0 ? 0 : length);
    o->slots[1] = nv;
    o->slots[2] = JS_NULL;
    o->slots[3] = JS_NULL;
    o->shape = rt->fn_shape_sloppy;
    if (proto) {
      o->shape = rt->fn_shape_sloppy_proto;
      o->slots[4] = proto;
    }
    return f;
  }
  init_function_props(rt, o, nv, length, proto, !(flags & JS_FN_CLASS));
  return f;
}

JsValue js_new_native(JsRt *rt, JsFn fn, const char *name, int length) {
  JsObject *o = alloc_function(rt, fn, NULL, JS_FN_NATIVE | JS_FN_STRICT);
  init_function_props(rt, o, js_atom_cstr(rt, name), length, 0, false);
  return js_from_cell(o);
}

JsValue js_new_native_ctor(JsRt *rt, JsFn fn, const char *name, int length,
                           JsValue proto) {
  JsObject *o = alloc_function(rt, fn, NULL,
                               JS_FN_NATIVE | JS_FN_STRICT | JS_FN_CONSTRUCTOR);
  JsValue f = js_from_cell(o);
  init_function_props(rt, o, js_atom_cstr(rt, name), length, proto, false);
  if (js_is_object(proto))
    js_define_value(rt, proto, rt->atom_constructor, f,
                    JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return f;
}

JsValue js_function_name_of(JsRt *rt, JsValue fn) {
  if (!js_is_object(fn))
    return rt->atom_empty;
  JsPropDesc d;
  if (js_get_own_property(rt, fn, rt->atom_name, &d) == 1 &&
      (d.has & JS_DESC_HAS_VALUE) && js_is_string(d.value))
    return d.value;
  return rt->atom_empty;
}

// --- calls ------------------------------------------------------------------------------

static JsValue not_a_function(JsRt *rt, JsValue f, const char *what) {
  if (!what)
    what = js_value_cstr_short(rt, f);
  return js_throw_type_error(rt, "%s is not a function", what);
}

static JsValue class_needs_new(JsRt *rt, JsValue f) {
  return js_throw_type_error(rt, "Class constructor %s cannot be invoked without 'new'",
                             js_cstr(rt, js_function_name_of(rt, f)));
}

JsValue js_call(JsRt *rt, JsValue f, JsValue this_val, int argc, JsValue *argv) {
  if (!js_is_callable(f))
    return not_a_function(rt, f, NULL);
  JsObject *o = js_obj(f);
  if (o->fn_flags & JS_FN_CLASS)
    return class_needs_new(rt, f);
  if (js_stack_overflow())
    return js_throw_stack_overflow(rt);
  return o->fn(rt, f, this_val, argc, argv, JS_UNDEFINED);
}

JsValue js_call_checked(JsRt *rt, JsValue f, JsValue this_val, int argc,
                        JsValue *argv, const char *what) {
  if (!js_is_callable(f))
    return not_a_function(rt, f, what);
  return js_call(rt, f, this_val, argc, argv);
}

// The elements of an argument array built by spread (holes read as undefined).
static JsValue *spread_args(JsRt *rt, JsValue arr, int *argc) {
  uint32_t n = 0;
  JsValue *list = js_array_like_to_list(rt, arr, &n);
  *argc = (int)n;
  return list;
}

JsValue js_call_spread(JsRt *rt, JsValue f, JsValue this_val, JsValue args_array,
                       const char *what) {
  if (!js_is_callable(f))
    return not_a_function(rt, f, what);
  int argc;
  JsValue *argv = spread_args(rt, args_array, &argc);
  if (!argv)
    return JS_EXCEPTION;
  return js_call(rt, f, this_val, argc, argv);
}

JsValue js_construct(JsRt *rt, JsValue f, int argc, JsValue *argv, JsValue new_target,
                     const char *what) {
  if (!js_is_constructor(f)) {
    if (!what)
      what = js_value_cstr_short(rt, f);
    return js_throw_type_error(rt, "%s is not a constructor", what);
  }
  if (js_stack_overflow())
    return js_throw_stack_overflow(rt);
  if (new_target == JS_UNDEFINED || new_target == JS_EMPTY)
    new_target = f;
  JsObject *o = js_obj(f);
  JsValue this_val;
  if (o->hdr.class_id == JS_CLASS_BOUND_FUNCTION || (o->fn_flags & JS_FN_NATIVE)) {
    this_val = JS_UNDEFINED;
  } else if (o->fn_flags & JS_FN_DERIVED) {
    this_val = JS_UNINIT;
  } else {
    this_val = js_ordinary_create_from_constructor(rt, new_target, rt->object_proto,
                                                   JS_CLASS_OBJECT);
    if (js_is_exception(this_val))
      return this_val;
  }
  return o->fn(rt, f, this_val, argc, argv, new_target);
}

JsValue js_construct_spread(JsRt *rt, JsValue f, JsValue args_array, const char *what) {
  int argc;
  JsValue *argv = spread_args(rt, args_array, &argc);
  if (!argv)
    return JS_EXCEPTION;
  return js_construct(rt, f, argc, argv, f, what);
}

JsValue js_sloppy_this(JsRt *rt, JsValue this_val) {
  if (js_is_object(this_val))
    return this_val;
  if (js_is_nullish(this_val))
    return rt->global;
  return js_to_object(rt, this_val);
}

JsValue js_construct_result(JsRt *rt, JsValue result, JsValue this_val, bool derived) {
  if (js_is_exception(result) || js_is_object(result))
    return result;
  if (!derived)
    return this_val;
  if (result != JS_UNDEFINED)
    return js_throw_type_error(rt, "Derived constructors may only return object or undefined");
  if (this_val == JS_UNINIT)
    return js_throw_reference_error(
        rt, "Must call super constructor in derived class before accessing 'this' "
            "or returning from derived constructor");
  return this_val;
}

// --- bound functions -----------------------------------------------------------------

static JsValue bound_trampoline(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)this_val;
  JsBound *b = js_obj(callee)->internal;
  int n = b->argc + argc;
  JsValue *args = argv;
  if (b->argc) {
    args = js_gc_alloc((size_t)(n ? n : 1) * sizeof(JsValue));
    memcpy(args, b->argv, (size_t)b->argc * sizeof(JsValue));
    if (argc)
      memcpy(args + b->argc, argv, (size_t)argc * sizeof(JsValue));
  }
  if (new_target != JS_UNDEFINED) {
    JsValue nt = new_target == callee ? b->target : new_target;
    return js_construct(rt, b->target, n, args, nt, NULL);
  }
  return js_call(rt, b->target, b->this_val, n, args);
}

// A bound function exotic object (#sec-boundfunctioncreate) without its
// name/length properties (Function.prototype.bind adds those).
JsValue js_new_bound_function(JsRt *rt, JsValue target, JsValue this_val, int argc,
                              const JsValue *argv) {
  JsValue proto = js_get_proto(rt, target);
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_BOUND_FUNCTION);
  JsBound *b = js_gc_alloc(sizeof(JsBound) + (size_t)(argc > 0 ? argc : 0) * sizeof(JsValue));
  b->target = target;
  b->this_val = this_val;
  b->argc = argc;
  for (int i = 0; i < argc; i++)
    b->argv[i] = argv[i];
  o->internal = b;
  o->fn = bound_trampoline;
  o->fn_flags = JS_FN_STRICT | (js_is_constructor(target) ? JS_FN_CONSTRUCTOR : 0);
  return js_from_cell(o);
}

// --- classes -------------------------------------------------------------------------------

JsValue js_new_class(JsRt *rt, JsFn ctor, JsEnv *env, JsValue name, int length,
                     JsValue parent, uint32_t flags) {
  JsValue proto_parent = rt->object_proto, ctor_parent = rt->function_proto;
  if (parent != JS_EMPTY) {
    if (js_is_null(parent)) {
      proto_parent = JS_NULL;
    } else if (!js_is_constructor(parent)) {
      return js_throw_type_error(rt, "Class extends value %s is not a constructor or null",
                                 js_value_cstr_short(rt, parent));
    } else {
      JsValue pp = js_get_prop(rt, parent, rt->atom_prototype);
      if (js_is_exception(pp))
        return pp;
      if (!js_is_object(pp) && !js_is_null(pp))
        return js_throw_type_error(
            rt, "Class extends value does not have valid prototype property %s",
            js_value_cstr_short(rt, pp));
      proto_parent = pp;
      ctor_parent = parent;
    }
    flags |= JS_FN_DERIVED;
  }
  flags |= JS_FN_CLASS | JS_FN_CONSTRUCTOR | JS_FN_STRICT;
  flags &= ~(JS_FN_ARROW | JS_FN_METHOD);
  JsObject *o = alloc_function(rt, ctor, env, flags);
  JsValue f = js_from_cell(o);
  o->proto = js_obj(ctor_parent);
  JsValue proto = new_prototype_for(rt, f, proto_parent);
  init_function_props(rt, o, function_name_value(rt, name, 0), length, proto, false);
  o->home = proto;
  return f;
}

JsValue js_super_construct(JsRt *rt, JsValue ctor, JsValue new_target, int argc,
                           JsValue *argv) {
  JsValue parent = js_get_proto(rt, ctor);
  if (!js_is_constructor(parent)) {
    // `class extends null` leaves Function.prototype as the parent; V8
    // reports it as null.
    const char *what = parent == rt->function_proto ? "null"
                                                    : js_value_cstr_short(rt, parent);
    JsValue n = js_function_name_of(rt, ctor);
    if (js_str_len(js_str(n)) == 0)
      return js_throw_type_error(rt, "Super constructor %s of anonymous class is not a constructor",
                                 what);
    return js_throw_type_error(rt, "Super constructor %s of %s is not a constructor", what,
                               js_cstr(rt, n));
  }
  return js_construct(rt, parent, argc, argv, new_target, NULL);
}

JsValue js_super_construct_spread(JsRt *rt, JsValue ctor, JsValue new_target,
                                  JsValue args_array) {
  int argc;
  JsValue *argv = spread_args(rt, args_array, &argc);
  if (!argv)
    return JS_EXCEPTION;
  return js_super_construct(rt, ctor, new_target, argc, argv);
}

JsValue js_super_get(JsRt *rt, JsValue home, JsValue key, JsValue this_val) {
  JsValue proto = js_get_proto(rt, home);
  if (!js_is_object(proto)) {
    if (js_is_null(proto))
      return js_throw_type_error(rt, "Cannot read properties of null (reading '%s')",
                                 js_key_cstr(rt, key));
    return JS_UNDEFINED;
  }
  return js_get_prop_receiver(rt, proto, key, this_val);
}

JsValue js_super_set(JsRt *rt, JsValue home, JsValue key, JsValue val, JsValue this_val) {
  JsValue proto = js_get_proto(rt, home);
  if (!js_is_object(proto))
    return js_throw_type_error(rt, "Cannot set properties of null (setting '%s')",
                               js_key_cstr(rt, key));
  return js_set_prop_receiver(rt, proto, key, val, this_val, true);
}

// --- helpers for natives ------------------------------------------------------------------

JsValue js_get_method(JsRt *rt, JsValue v, JsValue key) {
  JsValue f = js_get_prop(rt, v, key);
  if (js_is_exception(f) || js_is_nullish(f))
    return js_is_exception(f) ? f : JS_UNDEFINED;
  if (!js_is_callable(f))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, f));
  return f;
}

JsValue js_invoke(JsRt *rt, JsValue v, JsValue key, int argc, JsValue *argv) {
  JsValue f = js_get_prop(rt, v, key);
  if (js_is_exception(f))
    return f;
  if (!js_is_callable(f))
    return js_throw_type_error(rt, "%s is not a function", js_key_cstr(rt, key));
  return js_call(rt, f, v, argc, argv);
}

// --- built-in registration ---------------------------------------------------------------

// "[Symbol.iterator]" -> the well-known symbol, or 0.
static JsValue well_known_symbol(JsRt *rt, const char *name) {
  static const struct { const char *name; size_t off; } table[] = {
      {"[Symbol.iterator]", offsetof(JsRt, sym_iterator)},
      {"[Symbol.asyncIterator]", offsetof(JsRt, sym_async_iterator)},
      {"[Symbol.hasInstance]", offsetof(JsRt, sym_has_instance)},
      {"[Symbol.toPrimitive]", offsetof(JsRt, sym_to_primitive)},
      {"[Symbol.toStringTag]", offsetof(JsRt, sym_to_string_tag)},
      {"[Symbol.species]", offsetof(JsRt, sym_species)},
      {"[Symbol.isConcatSpreadable]", offsetof(JsRt, sym_is_concat_spreadable)},
      {"[Symbol.unscopables]", offsetof(JsRt, sym_unscopables)},
      {"[Symbol.match]", offsetof(JsRt, sym_match)},
      {"[Symbol.matchAll]", offsetof(JsRt, sym_match_all)},
      {"[Symbol.replace]", offsetof(JsRt, sym_replace)},
      {"[Symbol.search]", offsetof(JsRt, sym_search)},
      {"[Symbol.split]", offsetof(JsRt, sym_split)},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(table[i].name, name) == 0)
      return *(JsValue *)((char *)rt + table[i].off);
  return 0;
}

void js_install(JsRt *rt, JsValue obj, const JsNativeDef *defs, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const JsNativeDef *d = &defs[i];
    JsValue key = d->name[0] == '[' ? well_known_symbol(rt, d->name) : 0;
    if (!key)
      key = js_atom_cstr(rt, d->name);
    if (d->kind == 0) {
      JsValue f = js_new_native(rt, d->fn, d->name, d->length);
      js_define_value(rt, obj, key, f, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
      continue;
    }
    char fname[128];
    snprintf(fname, sizeof fname, "%s %s", d->kind == 1 ? "get" : "set", d->name);
    JsValue f = js_new_native(rt, d->fn, fname, d->kind == 1 ? 0 : 1);
    JsPropDesc desc = {JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
                       JS_PROP_CONFIGURABLE, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED};
    if (d->kind == 1) {
      desc.has |= JS_DESC_HAS_GET;
      desc.getter = f;
    } else {
      desc.has |= JS_DESC_HAS_SET;
      desc.setter = f;
    }
    if (js_define_own_property(rt, obj, key, &desc, false) < 0)
      js_take_exception(rt);
  }
}
