// SPDX-License-Identifier: MIT
//
// exception.c: throwing and reporting. A throw stores the value in the
// runtime and returns JS_EXCEPTION; every caller tests and propagates.
// Error objects made here carry V8's messages, a non-enumerable `message`
// and a `stack` string ("Name: message\n    at fn (/abs/app.js:1:2)...",
// runtime/stack.c). js_report_uncaught prints what node
// prints on stderr for an uncaught exception (its header line is compared
// by the tests).
#include "internal.h"

#include <stdlib.h>

JsValue js_throw(JsRt *rt, JsValue v) {
  rt->exception = v;
  rt->has_exception = true;
  return JS_EXCEPTION;
}

JsValue js_take_exception(JsRt *rt) {
  JsValue v = rt->has_exception ? rt->exception : JS_UNDEFINED;
  rt->exception = JS_UNDEFINED;
  rt->has_exception = false;
  return v;
}

// Reads a property for a message without letting an exception escape.
static JsValue quiet_get(JsRt *rt, JsValue obj, JsValue key) {
  bool had = rt->has_exception;
  JsValue saved = rt->exception;
  JsValue v = js_get_prop(rt, obj, key);
  if (js_is_exception(v)) {
    v = JS_UNDEFINED;
    rt->has_exception = had;
    rt->exception = saved;
  }
  return v;
}

// "Name: message" the way Error.prototype.toString builds it.
static const char *error_header(JsRt *rt, JsValue err) {
  JsValue name = quiet_get(rt, err, rt->atom_name);
  JsValue msg = quiet_get(rt, err, rt->atom_message);
  const char *n = name == JS_UNDEFINED ? "Error" : js_cstr(rt, name);
  const char *m = msg == JS_UNDEFINED ? "" : js_cstr(rt, msg);
  if (!*n)
    return m;
  if (!*m)
    return n;
  char *out = js_gc_alloc_atomic(strlen(n) + strlen(m) + 3);
  sprintf(out, "%s: %s", n, m);
  return out;
}

// The stack text with the current header and the frames of [stack] (the
// text the error got at construction).
static JsValue make_stack(JsRt *rt, JsValue err, JsValue stack) {
  const char *h = error_header(rt, err);
  const char *old = js_str_to_utf8(rt, js_str(stack), NULL);
  const char *frames = strstr(old, "\n    at ");
  return js_new_stringf(rt, "%s%s", h, frames ? frames : "");
}

// Installs err.stack (header and the current JS frames) as V8 does when an
// error is made, below [skip]'s frame when it is a function (undefined
// when Error.stackTraceLimit is not a number).
void js_install_stack(JsRt *rt, JsValue err, JsValue skip) {
  JsValue header = js_new_cstring(rt, error_header(rt, err));
  JsValue stack = js_build_stack(rt, err, header, skip);
  if (js_is_exception(stack)) {
    js_take_exception(rt);
    stack = JS_UNDEFINED;
  }
  if (stack == JS_EMPTY)
    stack = JS_UNDEFINED;  // V8: the property is there, undefined
  js_define_value(rt, err, rt->atom_stack, stack, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  if (js_obj(err)->hdr.class_id == JS_CLASS_ERROR)
    js_obj(err)->internal = (void *)(uintptr_t)stack;  // to tell an untouched stack
}

JsValue js_make_error(JsRt *rt, JsValue proto, JsValue message) {
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_ERROR);
  JsValue err = js_from_cell(o);
  // V8's own-key order: stack, then message.
  js_define_value(rt, err, rt->atom_stack, JS_UNDEFINED,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  if (message != JS_UNDEFINED)
    js_define_value(rt, err, rt->atom_message, message,
                    JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  js_install_stack(rt, err, JS_UNDEFINED);
  return err;
}

static JsValue vnew_error(JsRt *rt, JsErrorKind kind, const char *fmt, va_list ap) {
  char small[512];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  JsValue msg;
  if (n < (int)sizeof small) {
    msg = js_new_string(rt, small, (size_t)n);
  } else {
    char *big = malloc((size_t)n + 1);
    vsnprintf(big, (size_t)n + 1, fmt, ap2);
    msg = js_new_string(rt, big, (size_t)n);
    free(big);
  }
  va_end(ap2);
  return js_make_error(rt, rt->error_protos[kind], msg);
}

JsValue js_new_error(JsRt *rt, JsErrorKind kind, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  JsValue e = vnew_error(rt, kind, fmt, ap);
  va_end(ap);
  return e;
}

JsValue js_throw_verror(JsRt *rt, JsErrorKind kind, const char *fmt, va_list ap) {
  return js_throw(rt, vnew_error(rt, kind, fmt, ap));
}

JsValue js_throw_error(JsRt *rt, JsErrorKind kind, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  js_throw_verror(rt, kind, fmt, ap);
  va_end(ap);
  return JS_EXCEPTION;
}

#define DEFINE_THROWER(fname, kind)                         \
  JsValue fname(JsRt *rt, const char *fmt, ...) {           \
    va_list ap;                                             \
    va_start(ap, fmt);                                      \
    js_throw_verror(rt, kind, fmt, ap);                     \
    va_end(ap);                                             \
    return JS_EXCEPTION;                                    \
  }
DEFINE_THROWER(js_throw_type_error, JS_TYPE_ERROR)
DEFINE_THROWER(js_throw_range_error, JS_RANGE_ERROR)
DEFINE_THROWER(js_throw_reference_error, JS_REFERENCE_ERROR)
DEFINE_THROWER(js_throw_syntax_error, JS_SYNTAX_ERROR)

JsValue js_throw_tdz(JsRt *rt, const char *name) {
  return js_throw_reference_error(rt, "Cannot access '%s' before initialization", name);
}

JsValue js_throw_const_assign(JsRt *rt) {
  return js_throw_type_error(rt, "Assignment to constant variable.");
}

JsValue js_throw_not_defined(JsRt *rt, const char *name) {
  return js_throw_reference_error(rt, "%s is not defined", name);
}

JsValue js_throw_stack_overflow(JsRt *rt) {
  return js_throw_range_error(rt, "Maximum call stack size exceeded");
}

JsValue js_eval_unsupported(JsRt *rt) {
  return js_throw_error(rt, JS_EVAL_ERROR,
                        "Kiln compiles ahead of time: eval of a runtime string is not supported");
}

static bool is_error_object(JsValue v) {
  for (JsObject *o = js_is_object(v) ? js_obj(v) : NULL; o; o = o->proto)
    if (o->hdr.class_id == JS_CLASS_ERROR)
      return true;
  return false;
}

// node prints util.inspect(value) for an uncaught exception (after the
// source line, which Kiln does not have): for errors that is the stack with
// its header reflecting the current name and message, the constructor
// named when it differs ("E [Error]: m"), then extra properties and
// [cause]. A thrown primitive prints bare ("1").
// Node's kEnhanceStackBeforeInspector: an unhandled 'error' event
// (stdlib/node/events.js) stores under this symbol a function that gives
// the stack to print, with the "Emitted 'error' event" lines; the report
// sets error.stack to it before inspecting, as node does.
JsValue js__enhance_stack_symbol(JsRt *rt) {
  static JsValue sym;  // a root: Boehm scans static data
  if (!sym)
    sym = js_new_symbol(rt, js_new_cstring(rt, "kEnhanceStackBeforeInspector"));
  return sym;
}

static void enhance_stack(JsRt *rt, JsValue exc) {
  JsValue fn = quiet_get(rt, exc, js__enhance_stack_symbol(rt));
  if (!js_is_callable(fn))
    return;
  JsValue stack = js_call(rt, fn, exc, 0, NULL);
  if (!js_is_exception(stack))
    stack = js_set_prop(rt, exc, rt->atom_stack, stack, false);
  if (js_is_exception(stack))
    js_take_exception(rt);
}

void js_report_uncaught(JsRt *rt, JsValue exc) {
  fflush(stdout);
  bool had = rt->has_exception;
  JsValue saved = rt->exception;
  if (is_error_object(exc))
    enhance_stack(rt, exc);
  JsValue s = js_inspect(rt, exc);
  rt->has_exception = had;
  rt->exception = saved;
  const char *text;
  if (js_is_string(s)) {
    text = js_str_to_utf8(rt, js_str(s), NULL);
  } else if (is_error_object(exc)) {
    JsValue stack = quiet_get(rt, exc, rt->atom_stack);
    JsObject *o = js_obj(exc);
    if (js_is_string(stack) && o->hdr.class_id == JS_CLASS_ERROR &&
        (JsValue)(uintptr_t)o->internal == stack)
      text = js_str_to_utf8(rt, js_str(make_stack(rt, exc, stack)), NULL);
    else if (js_is_string(stack))
      text = js_str_to_utf8(rt, js_str(stack), NULL);
    else
      text = error_header(rt, exc);
  } else {
    text = js_cstr(rt, exc);
  }
  fprintf(stderr, "%s\n", text);
  fflush(stderr);
}
