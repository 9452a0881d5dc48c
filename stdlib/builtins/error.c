// SPDX-License-Identifier: MIT
//
// error.c: Error and the NativeError constructors (EvalError, RangeError,
// ReferenceError, SyntaxError, TypeError, URIError) and AggregateError
// (ECMA-262 #sec-error-objects), Error.prototype.toString, and V8's
// Error.captureStackTrace / Error.stackTraceLimit.
#include "internal.h"

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

static const char *const error_names[8] = {
    "Error", "EvalError", "RangeError", "ReferenceError",
    "SyntaxError", "TypeError", "URIError", "AggregateError"};

// The common part of every error constructor: message at [msg_i], options
// (cause) after it.
static JsValue construct_error(JsRt *rt, JsErrorKind kind, JsValue callee, int argc,
                               JsValue *argv, JsValue new_target, int msg_i) {
  JsValue nt = new_target == JS_UNDEFINED ? callee : new_target;
  JsValue proto = rt->error_protos[kind];
  if (nt != callee) {
    JsValue p = js_get_prop(rt, nt, rt->atom_prototype);
    if (js_is_exception(p))
      return p;
    if (js_is_object(p))
      proto = p;
  }
  JsValue msg = js_arg(argc, argv, msg_i);
  if (msg != JS_UNDEFINED) {
    msg = js_to_string(rt, msg);
    if (js_is_exception(msg))
      return msg;
  }
  JsValue err = js_make_error(rt, proto, msg);
  JsValue options = js_arg(argc, argv, msg_i + 1);
  if (js_is_object(options)) {
    int has = js_has_property(rt, options, rt->atom_cause);
    if (has < 0)
      return JS_EXCEPTION;
    if (has) {
      JsValue cause = js_get_prop(rt, options, rt->atom_cause);
      if (js_is_exception(cause))
        return cause;
      js_define_value(rt, err, rt->atom_cause, cause,
                      JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
    }
  }
  return err;
}

#define ERROR_CTOR(cname, kind)                                               \
  NATIVE(cname) {                                                             \
    (void)this_val;                                                           \
    return construct_error(rt, kind, callee, argc, argv, new_target, 0);      \
  }
ERROR_CTOR(error_ctor, JS_ERROR)
ERROR_CTOR(eval_error_ctor, JS_EVAL_ERROR)
ERROR_CTOR(range_error_ctor, JS_RANGE_ERROR)
ERROR_CTOR(reference_error_ctor, JS_REFERENCE_ERROR)
ERROR_CTOR(syntax_error_ctor, JS_SYNTAX_ERROR)
ERROR_CTOR(type_error_ctor, JS_TYPE_ERROR)
ERROR_CTOR(uri_error_ctor, JS_URI_ERROR)

NATIVE(aggregate_error_ctor) {
  (void)this_val;
  JsValue err = construct_error(rt, JS_AGGREGATE_ERROR, callee, argc, argv, new_target, 1);
  if (js_is_exception(err))
    return err;
  JsValue errors = js_iterable_to_array(rt, js_arg(argc, argv, 0));
  if (js_is_exception(errors))
    return errors;
  js_define_value(rt, err, rt->atom_errors, errors, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return err;
}

// Error.prototype.toString (#sec-error.prototype.tostring).
NATIVE(error_proto_to_string) {
  UNUSED_ARGS;
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Error.prototype.toString requires that 'this' be an Object");
  JsValue name = js_get_prop(rt, this_val, rt->atom_name);
  if (js_is_exception(name))
    return name;
  name = name == JS_UNDEFINED ? js_atom_cstr(rt, "Error") : js_to_string(rt, name);
  if (js_is_exception(name))
    return name;
  JsValue msg = js_get_prop(rt, this_val, rt->atom_message);
  if (js_is_exception(msg))
    return msg;
  msg = msg == JS_UNDEFINED ? rt->atom_empty : js_to_string(rt, msg);
  if (js_is_exception(msg))
    return msg;
  if (js_str_len(js_str(name)) == 0)
    return msg;
  if (js_str_len(js_str(msg)) == 0)
    return name;
  return js_concat(rt, js_concat(rt, name, js_atom_cstr(rt, ": ")), msg);
}

NATIVE(error_capture_stack_trace) {
  UNUSED_ARGS;
  JsValue obj = js_arg(argc, argv, 0);
  if (!js_is_object(obj))
    return js_throw_type_error(rt, "Invalid argument");
  JsValue header = js_call(rt, js_get_prop(rt, rt->error_proto, rt->atom_to_string), obj, 0, NULL);
  if (js_is_exception(header))
    return header;
  if (!js_is_string(header))
    header = js_to_string(rt, header);
  if (js_is_exception(header))
    return header;
  JsValue stack = js_build_stack(rt, obj, header, js_arg(argc, argv, 1));
  if (js_is_exception(stack))
    return stack;
  if (stack != JS_EMPTY)
    js_define_value(rt, obj, rt->atom_stack, stack, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return JS_UNDEFINED;
}

// Error.isError(arg) (#sec-error.iserror): has [[ErrorData]].
NATIVE(error_is_error) {
  UNUSED_ARGS;
  (void)rt;
  return js_bool(js_class_of(js_arg(argc, argv, 0)) == JS_CLASS_ERROR);
}

// get Error.prototype.stack (error-stack-accessor proposal). Instances
// keep V8's own `stack` data property, so this runs for get.call(err) or
// once that property is deleted: the own string, else the error's header.
NATIVE(error_proto_get_stack) {
  UNUSED_ARGS;
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Error.prototype.stack getter called on non-object %s",
                               js_value_cstr_short(rt, this_val));
  if (js_class_of(this_val) != JS_CLASS_ERROR)
    return JS_UNDEFINED;
  JsPropDesc d;
  int r = js_get_own_property(rt, this_val, rt->atom_stack, &d);
  if (r < 0)
    return JS_EXCEPTION;
  if (r > 0 && (d.has & JS_DESC_HAS_VALUE) && js_is_string(d.value))
    return d.value;
  JsValue header = error_proto_to_string(rt, callee, this_val, 0, NULL, JS_UNDEFINED);
  if (js_is_exception(header)) {
    js_take_exception(rt);
    return js_atom_cstr(rt, error_names[0]);
  }
  return header;
}

// set Error.prototype.stack: a String only, then
// SetterThatIgnoresPrototypeProperties(this, %Error.prototype%, "stack", v).
NATIVE(error_proto_set_stack) {
  UNUSED_ARGS;
  JsValue v = js_arg(argc, argv, 0);
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Error.prototype.stack setter called on non-object %s",
                               js_value_cstr_short(rt, this_val));
  if (argc == 0 || !js_is_string(v))
    return js_throw_type_error(rt, "Error.prototype.stack must be set to a string");
  if (this_val == rt->error_proto)
    return js_throw_type_error(rt, "Cannot assign to read only property 'stack' of object "
                                   "'Error.prototype'");
  JsPropDesc d;
  int r = js_get_own_property(rt, this_val, rt->atom_stack, &d);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0) {
    JsValue ok = js_define_field(rt, this_val, rt->atom_stack, v);
    return js_is_exception(ok) ? ok : JS_UNDEFINED;
  }
  JsValue s = js_set_prop(rt, this_val, rt->atom_stack, v, true);
  return js_is_exception(s) ? s : JS_UNDEFINED;
}

static const JsFn ctor_fns[8] = {
    error_ctor, eval_error_ctor, range_error_ctor, reference_error_ctor,
    syntax_error_ctor, type_error_ctor, uri_error_ctor, aggregate_error_ctor};

static const JsNativeDef error_funcs[] = {
    JS_FN("captureStackTrace", error_capture_stack_trace, 2),
    JS_FN("isError", error_is_error, 1),
};

static const JsNativeDef error_proto_funcs[] = {
    JS_FN("toString", error_proto_to_string, 0),
    JS_GETTER("stack", error_proto_get_stack),
    JS_SETTER("stack", error_proto_set_stack),
};

void stdlib_error_init(JsRt *rt) {
  int hidden = JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE;
  for (int k = 0; k < 8; k++) {
    JsValue proto = rt->error_protos[k];
    JsValue ctor = js_new_native_ctor(rt, ctor_fns[k], error_names[k],
                                      k == JS_AGGREGATE_ERROR ? 2 : 1, proto);
    rt->error_ctors[k] = ctor;
    if (k != JS_ERROR)
      js_set_proto(rt, ctor, rt->error_ctors[JS_ERROR]);
    js_define_value(rt, proto, rt->atom_name, js_atom_cstr(rt, error_names[k]), hidden);
    js_define_value(rt, proto, rt->atom_message, rt->atom_empty, hidden);
    js_define_value(rt, rt->global, js_atom_cstr(rt, error_names[k]), ctor, hidden);
  }
  JS_INSTALL(rt, rt->error_proto, error_proto_funcs);
  rt->error_to_string = js_get_prop(rt, rt->error_proto, rt->atom_to_string);
  JS_INSTALL(rt, rt->error_ctors[JS_ERROR], error_funcs);
  js_define_value(rt, rt->error_ctors[JS_ERROR], js_atom_cstr(rt, "stackTraceLimit"),
                  js_int(10), JS_PROP_DEFAULT);
}
