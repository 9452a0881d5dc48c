// SPDX-License-Identifier: MIT
//
// symbol.c: the Symbol function, the global symbol registry (Symbol.for /
// Symbol.keyFor), the well-known symbols and Symbol.prototype
// (ECMA-262 #sec-symbol-objects).
#include "internal.h"

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

NATIVE(symbol_ctor) {
  UNUSED_ARGS;
  if (new_target != JS_UNDEFINED)
    return js_throw_type_error(rt, "Symbol is not a constructor");
  JsValue d = js_arg(argc, argv, 0);
  if (d != JS_UNDEFINED) {
    d = js_to_string(rt, d);
    if (js_is_exception(d))
      return d;
  }
  return js_new_symbol(rt, d);
}

// Symbol.for(key) of an interned string key.
static JsValue registered_symbol(JsRt *rt, JsValue key) {
  JsPropDesc d;
  if (js_get_own_property(rt, rt->symbol_registry, key, &d) == 1)
    return d.value;
  JsValue sym = js_new_symbol(rt, key);
  ((JsSymbol *)js_cell(sym))->registered = true;
  js_define_value(rt, rt->symbol_registry, key, sym, JS_PROP_DEFAULT);
  return sym;
}

NATIVE(symbol_for) {
  UNUSED_ARGS;
  JsValue s = js_to_string(rt, js_arg(argc, argv, 0));
  if (js_is_exception(s))
    return s;
  return registered_symbol(rt, js_str_intern(rt, s));
}

NATIVE(symbol_key_for) {
  UNUSED_ARGS;
  JsValue sym = js_arg(argc, argv, 0);
  if (!js_is_symbol(sym))
    return js_throw_type_error(rt, "%s is not a symbol", js_value_cstr_short(rt, sym));
  JsSymbol *s = (JsSymbol *)js_cell(sym);
  return s->registered ? s->description : JS_UNDEFINED;
}

// thisSymbolValue (#sec-thissymbolvalue); 0 after throwing.
static JsValue this_symbol(JsRt *rt, JsValue v, const char *method) {
  if (js_is_symbol(v))
    return v;
  if (js_class_of(v) == JS_CLASS_SYMBOL)
    return js_boxed_value(js_obj(v));
  js_throw_type_error(rt, "%s requires that 'this' be a Symbol", method);
  return 0;
}

static JsValue descriptive_string(JsRt *rt, JsValue sym) {
  JsSymbol *s = (JsSymbol *)js_cell(sym);
  JsValue d = js_is_string(s->description) ? s->description : rt->atom_empty;
  JsValue open = js_atom_cstr(rt, "Symbol(");
  return js_concat(rt, js_concat(rt, open, d), js_atom_cstr(rt, ")"));
}

NATIVE(symbol_proto_to_string) {
  UNUSED_ARGS;
  JsValue s = this_symbol(rt, this_val, "Symbol.prototype.toString");
  return s ? descriptive_string(rt, s) : JS_EXCEPTION;
}

NATIVE(symbol_proto_value_of) {
  UNUSED_ARGS;
  JsValue s = this_symbol(rt, this_val, "Symbol.prototype.valueOf");
  return s ? s : JS_EXCEPTION;
}

NATIVE(symbol_proto_to_primitive) {
  UNUSED_ARGS;
  JsValue s = this_symbol(rt, this_val, "Symbol.prototype [ @@toPrimitive ]");
  return s ? s : JS_EXCEPTION;
}

NATIVE(symbol_proto_description) {
  UNUSED_ARGS;
  JsValue s = this_symbol(rt, this_val, "Symbol.prototype.description");
  if (!s)
    return JS_EXCEPTION;
  return ((JsSymbol *)js_cell(s))->description;
}

static const JsNativeDef symbol_funcs[] = {
    JS_FN("for", symbol_for, 1),
    JS_FN("keyFor", symbol_key_for, 1),
};

static const JsNativeDef symbol_proto_funcs[] = {
    JS_FN("toString", symbol_proto_to_string, 0),
    JS_FN("valueOf", symbol_proto_value_of, 0),
    JS_GETTER("description", symbol_proto_description),
};

void stdlib_symbol_init(JsRt *rt) {
  JsValue proto = rt->symbol_proto;
  JsValue ctor = js_new_native_ctor(rt, symbol_ctor, "Symbol", 0, proto);
  JS_INSTALL(rt, ctor, symbol_funcs);
  static const struct { const char *name; size_t off; } wk[] = {
      {"asyncIterator", offsetof(JsRt, sym_async_iterator)},
      {"hasInstance", offsetof(JsRt, sym_has_instance)},
      {"isConcatSpreadable", offsetof(JsRt, sym_is_concat_spreadable)},
      {"iterator", offsetof(JsRt, sym_iterator)},
      {"match", offsetof(JsRt, sym_match)},
      {"matchAll", offsetof(JsRt, sym_match_all)},
      {"replace", offsetof(JsRt, sym_replace)},
      {"search", offsetof(JsRt, sym_search)},
      {"species", offsetof(JsRt, sym_species)},
      {"split", offsetof(JsRt, sym_split)},
      {"toPrimitive", offsetof(JsRt, sym_to_primitive)},
      {"toStringTag", offsetof(JsRt, sym_to_string_tag)},
      {"unscopables", offsetof(JsRt, sym_unscopables)},
  };
  for (size_t i = 0; i < sizeof wk / sizeof wk[0]; i++)
    js_define_value(rt, ctor, js_atom_cstr(rt, wk[i].name),
                    *(JsValue *)((char *)rt + wk[i].off), 0);
  // Node 20's Symbol.dispose / Symbol.asyncDispose: the registered symbols
  // 'nodejs.dispose' and 'nodejs.asyncDispose'.
  js_define_value(rt, ctor, js_atom_cstr(rt, "dispose"),
                  registered_symbol(rt, js_atom_cstr(rt, "nodejs.dispose")), 0);
  js_define_value(rt, ctor, js_atom_cstr(rt, "asyncDispose"),
                  registered_symbol(rt, js_atom_cstr(rt, "nodejs.asyncDispose")), 0);
  JS_INSTALL(rt, proto, symbol_proto_funcs);
  JsValue tp = js_new_native(rt, symbol_proto_to_primitive, "[Symbol.toPrimitive]", 1);
  js_define_value(rt, proto, rt->sym_to_primitive, tp, JS_PROP_CONFIGURABLE);
  js_define_value(rt, proto, rt->sym_to_string_tag, js_atom_cstr(rt, "Symbol"),
                  JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Symbol"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
