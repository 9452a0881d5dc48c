// SPDX-License-Identifier: MIT
//
// codegen.c: runtime helpers that exist only for code the compiler emits
// (class field initializers, destructuring errors). Kept apart from the
// general runtime so the emitter's needs are visible in one place.
#include "internal.h"

// A class constructor's field initializer lives in its `internal` word: a
// function object's `internal` is otherwise unused (bound functions are a
// different class).
void js_set_class_fields(JsValue ctor, JsValue init_fn) {
  js_obj(ctor)->internal = (void *)(uintptr_t)init_fn;
}

JsValue js_run_class_fields(JsRt *rt, JsValue ctor, JsValue this_val) {
  if (!js_is_object(ctor) || js_obj(ctor)->hdr.class_id != JS_CLASS_FUNCTION)
    return JS_UNDEFINED;
  void *p = js_obj(ctor)->internal;
  if (!p)
    return JS_UNDEFINED;
  return js_call(rt, (JsValue)(uintptr_t)p, this_val, 0, NULL);
}

JsValue js_throw_destructure(JsRt *rt, JsValue v) {
  return js_throw_type_error(rt, "Cannot destructure '%s' as it is %s.",
                             js_is_null(v) ? "null" : "undefined",
                             js_is_null(v) ? "null" : "undefined");
}
