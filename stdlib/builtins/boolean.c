// SPDX-License-Identifier: MIT
//
// boolean.c: the Boolean constructor and Boolean.prototype
// (ECMA-262 #sec-boolean-objects).
#include "../stdlib.h"

// Boolean(value) / new Boolean(value): ECMA-262 #sec-boolean-constructor-boolean-value
static JsValue boolean_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  JsValue b = js_bool(js_truthy(rt, js_arg(argc, argv, 0)));
  if (js_is_undefined(new_target))
    return b;
  JsValue o = js_ordinary_create_from_constructor(rt, new_target, rt->boolean_proto,
                                                  JS_CLASS_BOOLEAN);
  if (js_is_exception(o))
    return o;
  js_set_boxed_value(js_obj(o), b);
  return o;
}

// thisBooleanValue (#sec-thisbooleanvalue).
static JsValue this_boolean(JsRt *rt, JsValue v, const char *method) {
  if (js_is_bool(v))
    return v;
  if (js_class_of(v) == JS_CLASS_BOOLEAN)
    return js_boxed_value(js_obj(v));
  return js_throw_type_error(rt, "Boolean.prototype.%s requires that 'this' be a Boolean",
                             method);
}

static JsValue boolean_proto_to_string(JsRt *rt, JsValue callee, JsValue this_val,
                                       int argc, JsValue *argv, JsValue new_target) {
  JsValue b = this_boolean(rt, this_val, "toString");
  if (js_is_exception(b))
    return b;
  return js_atom_cstr(rt, b == JS_TRUE ? "true" : "false");
}

static JsValue boolean_proto_value_of(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  return this_boolean(rt, this_val, "valueOf");
}

static const JsNativeDef boolean_proto_funcs[] = {
  JS_FN("toString", boolean_proto_to_string, 0),
  JS_FN("valueOf", boolean_proto_value_of, 0),
};

void stdlib_boolean_init(JsRt *rt) {
  // Boolean.prototype is itself a Boolean object whose value is false.
  JsValue proto = rt->boolean_proto;
  if (!js_is_object(proto)) {
    proto = js_obj_value(js_new_object_class(rt, rt->object_proto, JS_CLASS_BOOLEAN));
    rt->boolean_proto = proto;
  }
  js_set_boxed_value(js_obj(proto), JS_FALSE);
  JsValue ctor = js_new_native_ctor(rt, boolean_ctor, "Boolean", 1, proto);
  js_define_value(rt, proto, rt->atom_constructor, ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JS_INSTALL(rt, proto, boolean_proto_funcs);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Boolean"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
