// SPDX-License-Identifier: MIT
//
// reflect.c: the Reflect namespace object (ECMA-262 #sec-reflect-object).
// Each function is a thin wrapper over one internal method of the object
// model (runtime/object.c), which routes proxies to stdlib/builtins/proxy.c;
// unlike the Object functions, failures come back as booleans.
#include "internal.h"

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

// The target argument, which must be an object: JS_EXCEPTION otherwise.
static JsValue target_arg(JsRt *rt, int argc, JsValue *argv, const char *fn) {
  JsValue t = js_arg(argc, argv, 0);
  if (!js_is_object(t))
    return js_throw_type_error(rt, "Reflect.%s called on non-object", fn);
  return t;
}

static JsValue bool_result(int r) {
  return r < 0 ? JS_EXCEPTION : js_bool(r);
}

// #sec-reflect.apply
NATIVE(reflect_apply) {
  UNUSED_ARGS;
  JsValue f = js_arg(argc, argv, 0);
  if (!js_is_callable(f))
    return js_throw_apply_non_callable(rt, f);
  uint32_t n;
  JsValue *args = js_array_like_to_list(rt, js_arg(argc, argv, 2), &n);
  if (!args)
    return JS_EXCEPTION;
  return js_call(rt, f, js_arg(argc, argv, 1), (int)n, args);
}

// #sec-reflect.construct
NATIVE(reflect_construct) {
  UNUSED_ARGS;
  JsValue f = js_arg(argc, argv, 0);
  if (!js_is_constructor(f))
    return js_throw_type_error(rt, "%s is not a constructor", js_value_cstr_short(rt, f));
  JsValue nt = argc > 2 ? argv[2] : f;
  if (!js_is_constructor(nt))
    return js_throw_type_error(rt, "%s is not a constructor", js_value_cstr_short(rt, nt));
  uint32_t n;
  JsValue *args = js_array_like_to_list(rt, js_arg(argc, argv, 1), &n);
  if (!args)
    return JS_EXCEPTION;
  return js_construct(rt, f, (int)n, args, nt, NULL);
}

// #sec-reflect.defineproperty
NATIVE(reflect_define_property) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "defineProperty");
  if (js_is_exception(t))
    return t;
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 1));
  if (js_is_exception(key))
    return key;
  JsPropDesc d;
  if (js_to_property_descriptor(rt, js_arg(argc, argv, 2), &d) < 0)
    return JS_EXCEPTION;
  return bool_result(js_define_own_property(rt, t, key, &d, false));
}

// #sec-reflect.deleteproperty
NATIVE(reflect_delete_property) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "deleteProperty");
  if (js_is_exception(t))
    return t;
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 1));
  if (js_is_exception(key))
    return key;
  return bool_result(js_delete_property(rt, t, key));
}

// #sec-reflect.get
NATIVE(reflect_get) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "get");
  if (js_is_exception(t))
    return t;
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 1));
  if (js_is_exception(key))
    return key;
  JsValue receiver = argc > 2 ? argv[2] : t;
  return js_get_prop_receiver(rt, t, key, receiver);
}

// #sec-reflect.getownpropertydescriptor
NATIVE(reflect_get_own_property_descriptor) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "getOwnPropertyDescriptor");
  if (js_is_exception(t))
    return t;
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 1));
  if (js_is_exception(key))
    return key;
  JsPropDesc d;
  int r = js_get_own_property(rt, t, key, &d);
  if (r < 0)
    return JS_EXCEPTION;
  return r ? js_from_property_descriptor(rt, &d) : JS_UNDEFINED;
}

// #sec-reflect.getprototypeof
NATIVE(reflect_get_prototype_of) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "getPrototypeOf");
  if (js_is_exception(t))
    return t;
  return js_get_proto(rt, t);
}

// #sec-reflect.has
NATIVE(reflect_has) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "has");
  if (js_is_exception(t))
    return t;
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 1));
  if (js_is_exception(key))
    return key;
  return bool_result(js_has_property(rt, t, key));
}

// #sec-reflect.isextensible
NATIVE(reflect_is_extensible) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "isExtensible");
  if (js_is_exception(t))
    return t;
  return bool_result(js_is_extensible(rt, t));
}

// #sec-reflect.ownkeys
NATIVE(reflect_own_keys) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "ownKeys");
  if (js_is_exception(t))
    return t;
  return js_own_keys(rt, t, 3);
}

// #sec-reflect.preventextensions
NATIVE(reflect_prevent_extensions) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "preventExtensions");
  if (js_is_exception(t))
    return t;
  return bool_result(js_prevent_extensions(rt, t));
}

// #sec-reflect.set
NATIVE(reflect_set) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "set");
  if (js_is_exception(t))
    return t;
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 1));
  if (js_is_exception(key))
    return key;
  JsValue receiver = argc > 3 ? argv[3] : t;
  return bool_result(js_set_prop_bool(rt, t, key, js_arg(argc, argv, 2), receiver));
}

// #sec-reflect.setprototypeof
NATIVE(reflect_set_prototype_of) {
  UNUSED_ARGS;
  JsValue t = target_arg(rt, argc, argv, "setPrototypeOf");
  if (js_is_exception(t))
    return t;
  JsValue proto = js_arg(argc, argv, 1);
  if (!js_is_object(proto) && !js_is_null(proto))
    return js_throw_type_error(rt, "Object prototype may only be an Object or null: %s",
                               js_value_cstr_short(rt, proto));
  return bool_result(js_set_proto(rt, t, proto));
}

static const JsNativeDef reflect_funcs[] = {
  JS_FN("defineProperty", reflect_define_property, 3),
  JS_FN("deleteProperty", reflect_delete_property, 2),
  JS_FN("apply", reflect_apply, 3),
  JS_FN("construct", reflect_construct, 2),
  JS_FN("get", reflect_get, 2),
  JS_FN("getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2),
  JS_FN("getPrototypeOf", reflect_get_prototype_of, 1),
  JS_FN("has", reflect_has, 2),
  JS_FN("isExtensible", reflect_is_extensible, 1),
  JS_FN("ownKeys", reflect_own_keys, 1),
  JS_FN("preventExtensions", reflect_prevent_extensions, 1),
  JS_FN("set", reflect_set, 3),
  JS_FN("setPrototypeOf", reflect_set_prototype_of, 2),
};

void stdlib_reflect_init(JsRt *rt) {
  JsValue reflect = js_new_object(rt);
  JS_INSTALL(rt, reflect, reflect_funcs);
  js_define_value(rt, reflect, rt->sym_to_string_tag, js_atom_cstr(rt, "Reflect"),
                  JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Reflect"), reflect,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
