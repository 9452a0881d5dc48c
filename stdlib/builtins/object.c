// SPDX-License-Identifier: MIT
//
// object.c: the Object constructor, its static functions and
// Object.prototype (ECMA-262 #sec-object-objects), on top of the object
// model in runtime/object.c.
#include "internal.h"

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

static JsValue arg_key(JsRt *rt, int argc, JsValue *argv, int i) {
  return js_to_property_key(rt, js_arg(argc, argv, i));
}

static JsValue proto_error(JsRt *rt, JsValue p) {
  return js_throw_type_error(rt, "Object prototype may only be an Object or null: %s",
                             js_value_cstr_short(rt, p));
}

// --- the constructor -----------------------------------------------------------------

NATIVE(object_ctor) {
  UNUSED_ARGS;
  if (new_target != JS_UNDEFINED && new_target != callee)
    return js_ordinary_create_from_constructor(rt, new_target, rt->object_proto,
                                               JS_CLASS_OBJECT);
  JsValue v = js_arg(argc, argv, 0);
  if (js_is_nullish(v))
    return js_new_object(rt);
  return js_to_object(rt, v);
}

// EnumerableOwnProperties (#sec-enumerableownproperties): kind 0 keys,
// 1 values, 2 entries.
static JsValue enumerable_own(JsRt *rt, JsValue v, int kind) {
  JsValue obj = js_to_object(rt, v);
  if (js_is_exception(obj))
    return obj;
  JsValue keys = js_own_keys(rt, obj, 1);
  if (js_is_exception(keys))
    return keys;  // a proxy's ownKeys trap threw
  if (kind == 0) {
    JsValue out = js_new_array(rt, 0);
    JsObject *ka = js_obj(keys);
    for (uint32_t i = 0; i < ka->elem_len; i++) {
      JsPropDesc d;
      int r = js_get_own_property(rt, obj, ka->elems[i], &d);
      if (r < 0)
        return JS_EXCEPTION;
      if (r == 1 && (d.attrs & JS_PROP_ENUMERABLE))
        js_array_push(rt, out, ka->elems[i]);
    }
    return out;
  }
  JsValue out = js_new_array(rt, 0);
  JsObject *ka = js_obj(keys);
  for (uint32_t i = 0; i < ka->elem_len; i++) {
    JsValue k = ka->elems[i];
    JsPropDesc d;
    int r = js_get_own_property(rt, obj, k, &d);
    if (r < 0)
      return JS_EXCEPTION;
    if (!r || !(d.attrs & JS_PROP_ENUMERABLE))
      continue;
    JsValue val = js_get_prop(rt, obj, k);
    if (js_is_exception(val))
      return val;
    if (kind == 1) {
      js_array_push(rt, out, val);
    } else {
      JsValue pair[2] = {k, val};
      js_array_push(rt, out, js_new_array_from(rt, 2, pair));
    }
  }
  return out;
}

NATIVE(object_keys) {
  UNUSED_ARGS;
  return enumerable_own(rt, js_arg(argc, argv, 0), 0);
}

// Object.groupBy(items, callback) (#sec-object.groupby): the groups are
// built straight into the null-prototype result, whose property order is
// the spec's insertion order of the keys.
NATIVE(object_group_by) {
  UNUSED_ARGS;
  JsValue items = js_arg(argc, argv, 0), fn = js_arg(argc, argv, 1);
  if (js_is_nullish(items))
    return js_throw_type_error(rt, "%s is not iterable", js_cstr(rt, items));
  if (!js_is_callable(fn))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, fn));
  JsValue next, iter = js_get_iterator(rt, items, &next);
  if (js_is_exception(iter))
    return iter;
  JsValue obj = js_new_object_proto(rt, JS_NULL);
  for (double k = 0;; k++) {
    JsValue v;
    JsValue r = js_iterator_step(rt, iter, next, &v);
    if (js_is_exception(r))
      return r;
    if (r == JS_FALSE)
      return obj;
    JsValue args[2] = {v, js_number(k)};
    JsValue key = js_call(rt, fn, JS_UNDEFINED, 2, args);
    if (!js_is_exception(key))
      key = js_to_property_key(rt, key);
    if (js_is_exception(key)) {
      js_iterator_close(rt, iter, true);
      return JS_EXCEPTION;
    }
    JsPropDesc d;
    JsValue group;
    if (js_get_own_property(rt, obj, key, &d) > 0) {
      group = d.value;
    } else {
      group = js_new_array(rt, 0);
      js_define_value(rt, obj, key, group, JS_PROP_DEFAULT);
    }
    js_array_push(rt, group, v);
  }
}

NATIVE(object_values) {
  UNUSED_ARGS;
  return enumerable_own(rt, js_arg(argc, argv, 0), 1);
}

NATIVE(object_entries) {
  UNUSED_ARGS;
  return enumerable_own(rt, js_arg(argc, argv, 0), 2);
}

NATIVE(object_assign) {
  UNUSED_ARGS;
  JsValue to = js_to_object(rt, js_arg(argc, argv, 0));
  if (js_is_exception(to))
    return to;
  for (int i = 1; i < argc; i++) {
    if (js_is_nullish(argv[i]))
      continue;
    JsValue from = js_to_object(rt, argv[i]);
    JsValue keys = js_own_keys(rt, from, 3);
    if (js_is_exception(keys))
      return keys;
    JsObject *ka = js_obj(keys);
    for (uint32_t j = 0; j < ka->elem_len; j++) {
      JsValue k = ka->elems[j];
      JsPropDesc d;
      int r = js_get_own_property(rt, from, k, &d);
      if (r < 0)
        return JS_EXCEPTION;
      if (!r || !(d.attrs & JS_PROP_ENUMERABLE))
        continue;
      JsValue v = js_get_prop(rt, from, k);
      if (js_is_exception(v))
        return v;
      if (js_is_exception(js_set_prop(rt, to, k, v, true)))
        return JS_EXCEPTION;
    }
  }
  return to;
}

// ObjectDefineProperties (#sec-objectdefineproperties).
static JsValue define_properties(JsRt *rt, JsValue obj, JsValue props_v) {
  JsValue props = js_to_object(rt, props_v);
  if (js_is_exception(props))
    return props;
  JsValue keys = js_own_keys(rt, props, 3);
  if (js_is_exception(keys))
    return keys;
  JsObject *ka = js_obj(keys);
  uint32_t n = ka->elem_len;
  JsPropDesc *descs = js_gc_alloc((n ? n : 1) * sizeof(JsPropDesc));
  JsValue *dkeys = js_gc_alloc((n ? n : 1) * sizeof(JsValue));
  uint32_t m = 0;
  for (uint32_t i = 0; i < n; i++) {
    JsValue k = ka->elems[i];
    JsPropDesc pd;
    int r = js_get_own_property(rt, props, k, &pd);
    if (r < 0)
      return JS_EXCEPTION;
    if (!r || !(pd.attrs & JS_PROP_ENUMERABLE))
      continue;
    JsValue dv = js_get_prop(rt, props, k);
    if (js_is_exception(dv))
      return dv;
    if (js_to_property_descriptor(rt, dv, &descs[m]) < 0)
      return JS_EXCEPTION;
    dkeys[m++] = k;
  }
  for (uint32_t i = 0; i < m; i++)
    if (js_define_own_property(rt, obj, dkeys[i], &descs[i], true) < 0)
      return JS_EXCEPTION;
  return obj;
}

NATIVE(object_create) {
  UNUSED_ARGS;
  JsValue proto = js_arg(argc, argv, 0);
  if (!js_is_object(proto) && !js_is_null(proto))
    return proto_error(rt, proto);
  JsValue obj = js_new_object_proto(rt, proto);
  JsValue props = js_arg(argc, argv, 1);
  if (props != JS_UNDEFINED)
    return define_properties(rt, obj, props);
  return obj;
}

NATIVE(object_define_property) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (!js_is_object(obj))
    return js_throw_type_error(rt, "Object.defineProperty called on non-object");
  JsValue key = arg_key(rt, argc, argv, 1);
  if (js_is_exception(key))
    return key;
  JsPropDesc d;
  if (js_to_property_descriptor(rt, js_arg(argc, argv, 2), &d) < 0)
    return JS_EXCEPTION;
  if (js_define_own_property(rt, obj, key, &d, true) < 0)
    return JS_EXCEPTION;
  return obj;
}

NATIVE(object_define_properties) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (!js_is_object(obj))
    return js_throw_type_error(rt, "Object.defineProperties called on non-object");
  return define_properties(rt, obj, js_arg(argc, argv, 1));
}

NATIVE(object_get_own_property_descriptor) {
  UNUSED_ARGS;
  JsValue obj = js_to_object(rt, js_arg(argc, argv, 0));
  if (js_is_exception(obj))
    return obj;
  JsValue key = arg_key(rt, argc, argv, 1);
  if (js_is_exception(key))
    return key;
  JsPropDesc d;
  int r = js_get_own_property(rt, obj, key, &d);
  if (r < 0)
    return JS_EXCEPTION;
  return r ? js_from_property_descriptor(rt, &d) : JS_UNDEFINED;
}

NATIVE(object_get_own_property_descriptors) {
  UNUSED_ARGS;
  JsValue obj = js_to_object(rt, js_arg(argc, argv, 0));
  if (js_is_exception(obj))
    return obj;
  JsValue keys = js_own_keys(rt, obj, 3);
  if (js_is_exception(keys))
    return keys;
  JsValue out = js_new_object(rt);
  JsObject *ka = js_obj(keys);
  for (uint32_t i = 0; i < ka->elem_len; i++) {
    JsPropDesc d;
    int r = js_get_own_property(rt, obj, ka->elems[i], &d);
    if (r < 0)
      return JS_EXCEPTION;
    if (r)
      js_define_field(rt, out, ka->elems[i], js_from_property_descriptor(rt, &d));
  }
  return out;
}

static JsValue own_keys_of(JsRt *rt, JsValue v, int flags) {
  JsValue obj = js_to_object(rt, v);
  if (js_is_exception(obj))
    return obj;
  return js_own_keys(rt, obj, flags);
}

NATIVE(object_get_own_property_names) {
  UNUSED_ARGS;
  return own_keys_of(rt, js_arg(argc, argv, 0), 1);
}

NATIVE(object_get_own_property_symbols) {
  UNUSED_ARGS;
  return own_keys_of(rt, js_arg(argc, argv, 0), 2);
}

NATIVE(object_get_prototype_of) {
  UNUSED_ARGS;
  JsValue obj = js_to_object(rt, js_arg(argc, argv, 0));
  if (js_is_exception(obj))
    return obj;
  return js_get_proto(rt, obj);
}

static JsValue set_proto_or_throw(JsRt *rt, JsValue obj, JsValue proto) {
  int r = js_set_proto(rt, obj, proto);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0) {
    if (!js_is_extensible(rt, obj))
      return js_throw_type_error(rt, "%s is not extensible", js_value_cstr_short(rt, obj));
    if (js_obj(obj)->hdr.flags & JS_OBJ_IMMUTABLE_PROTO)
      return js_throw_type_error(rt, "Immutable prototype object '%s' cannot have their "
                                     "prototype set", js_value_cstr_short(rt, obj));
    return js_throw_type_error(rt, "Cyclic __proto__ value");
  }
  return obj;
}

NATIVE(object_set_prototype_of) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0), proto = js_arg(argc, argv, 1);
  if (js_is_nullish(obj))
    return js_throw_type_error(rt, "Object.setPrototypeOf called on null or undefined");
  if (!js_is_object(proto) && !js_is_null(proto))
    return proto_error(rt, proto);
  if (!js_is_object(obj))
    return obj;
  return set_proto_or_throw(rt, obj, proto);
}

NATIVE(object_freeze) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (js_is_object(obj) && js_set_integrity(rt, obj, true) < 0)
    return JS_EXCEPTION;
  return obj;
}

NATIVE(object_seal) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (js_is_object(obj) && js_set_integrity(rt, obj, false) < 0)
    return JS_EXCEPTION;
  return obj;
}

NATIVE(object_prevent_extensions) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (!js_is_object(obj))
    return obj;
  int r = js_prevent_extensions(rt, obj);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0)  // only proxies refuse
    return js_throw_type_error(rt, "'preventExtensions' on proxy: trap returned falsish");
  return obj;
}

NATIVE(object_is_frozen) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (!js_is_object(obj))
    return JS_TRUE;
  int r = js_test_integrity(rt, obj, true);
  return r < 0 ? JS_EXCEPTION : js_bool(r);
}

NATIVE(object_is_sealed) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (!js_is_object(obj))
    return JS_TRUE;
  int r = js_test_integrity(rt, obj, false);
  return r < 0 ? JS_EXCEPTION : js_bool(r);
}

NATIVE(object_is_extensible) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (!js_is_object(obj))
    return JS_FALSE;
  int r = js_is_extensible(rt, obj);
  return r < 0 ? JS_EXCEPTION : js_bool(r);
}

NATIVE(object_is) {
  UNUSED_ARGS;
  (void)rt;
  return js_bool(js_same_value(js_arg(argc, argv, 0), js_arg(argc, argv, 1)));
}

NATIVE(object_has_own) {
  UNUSED_ARGS;
  JsValue obj = js_to_object(rt, js_arg(argc, argv, 0));
  if (js_is_exception(obj))
    return obj;
  JsValue key = arg_key(rt, argc, argv, 1);
  if (js_is_exception(key))
    return key;
  int r = js_get_own_property(rt, obj, key, NULL);
  return r < 0 ? JS_EXCEPTION : js_bool(r);
}

NATIVE(object_from_entries) {
  UNUSED_ARGS;
  JsValue iterable = js_arg(argc, argv, 0);
  if (js_is_nullish(iterable))
    return js_throw_type_error(rt, "%s is not iterable", js_cstr(rt, iterable));
  JsValue out = js_new_object(rt);
  JsValue next;
  JsValue iter = js_get_iterator(rt, iterable, &next);
  if (js_is_exception(iter))
    return iter;
  for (;;) {
    JsValue entry;
    JsValue r = js_iterator_step(rt, iter, next, &entry);
    if (js_is_exception(r))
      return r;
    if (r == JS_FALSE)
      return out;
    if (!js_is_object(entry)) {
      js_throw_type_error(rt, "Iterator value %s is not an entry object",
                          js_value_cstr_short(rt, entry));
      js_iterator_close(rt, iter, true);
      return JS_EXCEPTION;
    }
    JsValue k = js_get_index(rt, entry, 0);
    JsValue v = js_is_exception(k) ? k : js_get_index(rt, entry, 1);
    JsValue key = js_is_exception(v) ? v : js_to_property_key(rt, k);
    if (js_is_exception(key) || js_is_exception(js_define_field(rt, out, key, v))) {
      js_iterator_close(rt, iter, true);
      return JS_EXCEPTION;
    }
  }
}

// --- Object.prototype ---------------------------------------------------------------------

NATIVE(object_proto_has_own_property) {
  UNUSED_ARGS;
  JsValue key = arg_key(rt, argc, argv, 0);
  if (js_is_exception(key))
    return key;
  JsValue obj = js_to_object(rt, this_val);
  if (js_is_exception(obj))
    return obj;
  int r = js_get_own_property(rt, obj, key, NULL);
  return r < 0 ? JS_EXCEPTION : js_bool(r);
}

NATIVE(object_proto_is_prototype_of) {
  UNUSED_ARGS;
  JsValue v = js_arg(argc, argv, 0);
  if (!js_is_object(v))
    return JS_FALSE;
  JsValue obj = js_to_object(rt, this_val);
  if (js_is_exception(obj))
    return obj;
  // [[GetPrototypeOf]] of each link, proxies' traps included.
  for (;;) {
    v = js_get_proto(rt, v);
    if (js_is_exception(v))
      return v;
    if (!js_is_object(v))
      return JS_FALSE;
    if (v == obj)
      return JS_TRUE;
  }
}

NATIVE(object_proto_property_is_enumerable) {
  UNUSED_ARGS;
  JsValue key = arg_key(rt, argc, argv, 0);
  if (js_is_exception(key))
    return key;
  JsValue obj = js_to_object(rt, this_val);
  if (js_is_exception(obj))
    return obj;
  JsPropDesc d;
  int r = js_get_own_property(rt, obj, key, &d);
  if (r < 0)
    return JS_EXCEPTION;
  return js_bool(r && (d.attrs & JS_PROP_ENUMERABLE));
}

// Object.prototype.toString (#sec-object.prototype.tostring).
NATIVE(object_proto_to_string) {
  UNUSED_ARGS;
  if (this_val == JS_UNDEFINED)
    return js_atom_cstr(rt, "[object Undefined]");
  if (this_val == JS_NULL)
    return js_atom_cstr(rt, "[object Null]");
  JsValue obj = js_to_object(rt, this_val);
  if (js_is_exception(obj))
    return obj;
  const char *builtin = "Object";
  if (js_is_array(rt, obj))
    builtin = "Array";
  else if (js_is_callable(obj))
    builtin = "Function";
  else
    switch (js_class_of(obj)) {
    case JS_CLASS_ARGUMENTS: builtin = "Arguments"; break;
    case JS_CLASS_ERROR: builtin = "Error"; break;
    case JS_CLASS_BOOLEAN: builtin = "Boolean"; break;
    case JS_CLASS_NUMBER: builtin = "Number"; break;
    case JS_CLASS_STRING: builtin = "String"; break;
    case JS_CLASS_DATE: builtin = "Date"; break;
    case JS_CLASS_REGEXP: builtin = "RegExp"; break;
    default: break;
    }
  JsValue tag = js_get_prop(rt, obj, rt->sym_to_string_tag);
  if (js_is_exception(tag))
    return tag;
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_puts(&sb, "[object ");
  if (js_is_string(tag))
    js_sb_put_str(rt, &sb, js_str(tag));
  else
    js_sb_puts(&sb, builtin);
  js_sb_putc(&sb, ']');
  return js_sb_finish(rt, &sb);
}

NATIVE(object_proto_to_locale_string) {
  UNUSED_ARGS;
  return js_invoke(rt, this_val, rt->atom_to_string, 0, NULL);
}

NATIVE(object_proto_value_of) {
  UNUSED_ARGS;
  return js_to_object(rt, this_val);
}

NATIVE(object_proto_get_proto) {
  UNUSED_ARGS;
  JsValue obj = js_to_object(rt, this_val);
  if (js_is_exception(obj))
    return obj;
  return js_get_proto(rt, obj);
}

NATIVE(object_proto_set_proto) {
  UNUSED_ARGS;
  if (js_is_nullish(this_val))
    return js_throw_type_error(rt, "Object.prototype.__proto__ called on null or undefined");
  JsValue proto = js_arg(argc, argv, 0);
  if ((!js_is_object(proto) && !js_is_null(proto)) || !js_is_object(this_val))
    return JS_UNDEFINED;
  JsValue r = set_proto_or_throw(rt, this_val, proto);
  return js_is_exception(r) ? r : JS_UNDEFINED;
}

static JsValue define_legacy_accessor(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                                      bool getter) {
  JsValue obj = js_to_object(rt, this_val);
  if (js_is_exception(obj))
    return obj;
  JsValue f = js_arg(argc, argv, 1);
  if (!js_is_callable(f))
    return js_throw_type_error(rt, "Object.prototype.__define%sGetter__: Expecting function",
                               getter ? "" : "S");
  JsValue key = arg_key(rt, argc, argv, 0);
  if (js_is_exception(key))
    return key;
  JsPropDesc d = {JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE |
                      (getter ? JS_DESC_HAS_GET : JS_DESC_HAS_SET),
                  JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE, JS_UNDEFINED,
                  getter ? f : JS_UNDEFINED, getter ? JS_UNDEFINED : f};
  if (js_define_own_property(rt, obj, key, &d, true) < 0)
    return JS_EXCEPTION;
  return JS_UNDEFINED;
}

NATIVE(object_proto_define_getter) {
  UNUSED_ARGS;
  return define_legacy_accessor(rt, this_val, argc, argv, true);
}

NATIVE(object_proto_define_setter) {
  UNUSED_ARGS;
  return define_legacy_accessor(rt, this_val, argc, argv, false);
}

static JsValue lookup_legacy_accessor(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                                      bool getter) {
  JsValue obj = js_to_object(rt, this_val);
  if (js_is_exception(obj))
    return obj;
  JsValue key = arg_key(rt, argc, argv, 0);
  if (js_is_exception(key))
    return key;
  for (JsValue o = obj; !js_is_exception(o); o = js_get_proto(rt, o)) {
    if (!js_is_object(o))
      return JS_UNDEFINED;
    JsPropDesc d;
    int r = js_get_own_property(rt, o, key, &d);
    if (r < 0)
      return JS_EXCEPTION;
    if (r) {
      if (d.has & JS_DESC_HAS_GET)
        return getter ? d.getter : d.setter;
      return JS_UNDEFINED;
    }
  }
  return JS_EXCEPTION;
}

NATIVE(object_proto_lookup_getter) {
  UNUSED_ARGS;
  return lookup_legacy_accessor(rt, this_val, argc, argv, true);
}

NATIVE(object_proto_lookup_setter) {
  UNUSED_ARGS;
  return lookup_legacy_accessor(rt, this_val, argc, argv, false);
}

static const JsNativeDef object_funcs[] = {
    JS_FN("assign", object_assign, 2),
    JS_FN("getOwnPropertyDescriptor", object_get_own_property_descriptor, 2),
    JS_FN("getOwnPropertyDescriptors", object_get_own_property_descriptors, 1),
    JS_FN("getOwnPropertyNames", object_get_own_property_names, 1),
    JS_FN("getOwnPropertySymbols", object_get_own_property_symbols, 1),
    JS_FN("hasOwn", object_has_own, 2),
    JS_FN("is", object_is, 2),
    JS_FN("preventExtensions", object_prevent_extensions, 1),
    JS_FN("seal", object_seal, 1),
    JS_FN("create", object_create, 2),
    JS_FN("defineProperties", object_define_properties, 2),
    JS_FN("defineProperty", object_define_property, 3),
    JS_FN("freeze", object_freeze, 1),
    JS_FN("getPrototypeOf", object_get_prototype_of, 1),
    JS_FN("setPrototypeOf", object_set_prototype_of, 2),
    JS_FN("isExtensible", object_is_extensible, 1),
    JS_FN("isFrozen", object_is_frozen, 1),
    JS_FN("isSealed", object_is_sealed, 1),
    JS_FN("keys", object_keys, 1),
    JS_FN("entries", object_entries, 1),
    JS_FN("fromEntries", object_from_entries, 1),
    JS_FN("values", object_values, 1),
    JS_FN("groupBy", object_group_by, 2),
};

static const JsNativeDef object_proto_funcs[] = {
    JS_FN("__defineGetter__", object_proto_define_getter, 2),
    JS_FN("__defineSetter__", object_proto_define_setter, 2),
    JS_FN("hasOwnProperty", object_proto_has_own_property, 1),
    JS_FN("__lookupGetter__", object_proto_lookup_getter, 1),
    JS_FN("__lookupSetter__", object_proto_lookup_setter, 1),
    JS_FN("isPrototypeOf", object_proto_is_prototype_of, 1),
    JS_FN("propertyIsEnumerable", object_proto_property_is_enumerable, 1),
    JS_FN("toString", object_proto_to_string, 0),
    JS_FN("valueOf", object_proto_value_of, 0),
    JS_GETTER("__proto__", object_proto_get_proto),
    JS_SETTER("__proto__", object_proto_set_proto),
    JS_FN("toLocaleString", object_proto_to_locale_string, 0),
};

void stdlib_object_init(JsRt *rt) {
  JsValue ctor = js_new_native_ctor(rt, object_ctor, "Object", 1, rt->object_proto);
  rt->object_ctor = ctor;
  JS_INSTALL(rt, ctor, object_funcs);
  JS_INSTALL(rt, rt->object_proto, object_proto_funcs);
  rt->object_to_string = js_get_prop(rt, rt->object_proto, rt->atom_to_string);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Object"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
