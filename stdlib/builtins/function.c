// SPDX-License-Identifier: MIT
//
// function.c: the Function constructor and Function.prototype
// (ECMA-262 #sec-function-objects): call, apply, bind, toString and
// [Symbol.hasInstance]. Function(...) with source text cannot work without
// an interpreter, so it throws EvalError (DESIGN.md).
#include "internal.h"

#include <math.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

NATIVE(function_ctor) {
  UNUSED_ARGS;
  return js_throw_error(rt, JS_EVAL_ERROR, "Kiln compiles ahead of time: "
                                           "new Function(source) is not supported");
}

NATIVE(function_proto_call) {
  UNUSED_ARGS;
  if (!js_is_callable(this_val))
    return js_throw_type_error(rt, "Function.prototype.call called on non-function");
  return js_call(rt, this_val, js_arg(argc, argv, 0), argc > 0 ? argc - 1 : 0,
                 argc > 1 ? argv + 1 : NULL);
}

// V8's TypeError for apply on a non-callable: "... which is a number and
// not a function" ("null", "an object"; V8 says "a undefined").
JsValue js_throw_apply_non_callable(JsRt *rt, JsValue v) {
  const char *type = js_cstr(rt, js_typeof(rt, v));
  const char *article = v == JS_NULL ? "" : js_is_object(v) ? "an " : "a ";
  return js_throw_type_error(rt, "Function.prototype.apply was called on %s, which is "
                                 "%s%s and not a function",
                             js_value_cstr_short(rt, v), article,
                             v == JS_NULL ? "null" : type);
}

NATIVE(function_proto_apply) {
  UNUSED_ARGS;
  if (!js_is_callable(this_val))
    return js_throw_apply_non_callable(rt, this_val);
  JsValue list = js_arg(argc, argv, 1);
  if (js_is_nullish(list))
    return js_call(rt, this_val, js_arg(argc, argv, 0), 0, NULL);
  uint32_t n;
  JsValue *args = js_array_like_to_list(rt, list, &n);
  if (!args)
    return JS_EXCEPTION;
  return js_call(rt, this_val, js_arg(argc, argv, 0), (int)n, args);
}

NATIVE(function_proto_bind) {
  UNUSED_ARGS;
  JsValue target = this_val;
  if (!js_is_callable(target))
    return js_throw_type_error(rt, "Bind must be called on a function");
  int nargs = argc > 1 ? argc - 1 : 0;
  JsValue f = js_new_bound_function(rt, target, js_arg(argc, argv, 0), nargs,
                                    nargs ? argv + 1 : NULL);
  double len = 0;
  int has = js_get_own_property(rt, target, rt->atom_length, NULL);
  if (has < 0)
    return JS_EXCEPTION;
  if (has) {
    JsValue l = js_get_prop(rt, target, rt->atom_length);
    if (js_is_exception(l))
      return l;
    if (js_is_number(l)) {
      double d = js_get_number(l);
      if (d == INFINITY)
        len = INFINITY;
      else if (d == -INFINITY || d != d)
        len = 0;
      else
        len = fmax(0, trunc(d) - nargs);
    }
  }
  JsValue name = js_get_prop(rt, target, rt->atom_name);
  if (js_is_exception(name))
    return name;
  if (!js_is_string(name))
    name = rt->atom_empty;
  js_define_value(rt, f, rt->atom_length, js_number(len), JS_PROP_CONFIGURABLE);
  js_define_value(rt, f, rt->atom_name, js_concat(rt, js_atom_cstr(rt, "bound "), name),
                  JS_PROP_CONFIGURABLE);
  return f;
}

NATIVE(function_proto_to_string) {
  UNUSED_ARGS;
  if (!js_is_callable(this_val))
    return js_throw_type_error(rt, "Function.prototype.toString requires that 'this' be a Function");
  JsValue name = js_function_name_of(rt, this_val);
  JsObject *o = js_obj(this_val);
  if (o->hdr.class_id == JS_CLASS_FUNCTION && (o->fn_flags & JS_FN_CLASS))
    return js_new_stringf(rt, "class %s { }", js_cstr(rt, name));
  return js_new_stringf(rt, "function %s() { [native code] }", js_cstr(rt, name));
}

NATIVE(function_proto_has_instance) {
  UNUSED_ARGS;
  return js_ordinary_has_instance(rt, this_val, js_arg(argc, argv, 0));
}

static const JsNativeDef function_proto_funcs[] = {
    JS_FN("apply", function_proto_apply, 2),
    JS_FN("bind", function_proto_bind, 1),
    JS_FN("call", function_proto_call, 1),
    JS_FN("toString", function_proto_to_string, 0),
};

void stdlib_function_init(JsRt *rt) {
  JsValue fp = rt->function_proto;
  JsPropDesc poison = {JS_DESC_HAS_GET | JS_DESC_HAS_SET | JS_DESC_HAS_ENUMERABLE |
                           JS_DESC_HAS_CONFIGURABLE,
                       JS_PROP_CONFIGURABLE, JS_UNDEFINED, rt->throw_type_error,
                       rt->throw_type_error};
  js_define_own_property(rt, fp, rt->atom_arguments, &poison, false);
  js_define_own_property(rt, fp, rt->atom_caller, &poison, false);
  JsValue ctor = js_new_native_ctor(rt, function_ctor, "Function", 1, fp);
  rt->function_ctor = ctor;
  JS_INSTALL(rt, fp, function_proto_funcs);
  JsValue hi = js_new_native(rt, function_proto_has_instance, "[Symbol.hasInstance]", 1);
  js_define_value(rt, fp, rt->sym_has_instance, hi, 0);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Function"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
