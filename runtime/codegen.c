// SPDX-License-Identifier: MIT
//
// codegen.c: runtime helpers that exist only for code the compiler emits
// (class field initializers, destructuring errors). Kept apart from the
// general runtime so the emitter's needs are visible in one place.
#include "internal.h"

// Promise primitives (promise.c).
JsValue js_promise_new(JsRt *rt);
void js_promise_resolve_value(JsRt *rt, JsValue p, JsValue v);
void js_promise_reject_value(JsRt *rt, JsValue p, JsValue reason);
JsValue js_promise_resolve(JsRt *rt, JsValue v);
void js_promise_then_internal(JsRt *rt, JsValue p, JsValue on_fulfilled, JsValue on_rejected);

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

// --- generators (ECMA-262 #sec-generator-objects) ---------------------------------

JsGenFrame *js_new_frame(JsRt *rt, JsResumeFn resume, int nregs, int nlocals, int nenvs,
                         JsValue callee, JsValue this_val, int argc, JsValue *argv,
                         JsValue new_target) {
  (void)rt;
  JsGenFrame *F = js_gc_alloc(sizeof *F);
  F->resume = resume;
  F->callee = callee;
  F->this_val = this_val;
  F->new_target = new_target;
  F->argc = argc;
  F->argv = js_gc_alloc(sizeof(JsValue) * (size_t)(argc ? argc : 1));
  for (int i = 0; i < argc; i++)
    F->argv[i] = argv[i];
  F->outer = js_func_env(callee);
  F->r = js_gc_alloc(sizeof(JsValue) * (size_t)(nregs ? nregs : 1));
  F->l = js_gc_alloc(sizeof(JsValue) * (size_t)(nlocals ? nlocals : 1));
  for (int i = 0; i < nregs; i++)
    F->r[i] = JS_UNDEFINED;
  for (int i = 0; i < nlocals; i++)
    F->l[i] = JS_UNDEFINED;
  F->e = js_gc_alloc(sizeof(JsEnv *) * (size_t)(nenvs ? nenvs : 1));
  F->promise = JS_UNDEFINED;
  return F;
}

static JsValue generator_function_proto;  // %GeneratorFunction.prototype%
static JsValue async_function_proto;      // %AsyncFunction.prototype%

static JsGenFrame *this_generator(JsRt *rt, JsValue this_val, const char *method) {
  if (!js_is_object(this_val) || js_obj(this_val)->hdr.class_id != JS_CLASS_GENERATOR) {
    js_throw_type_error(rt, "%s method called on incompatible receiver %s", method,
                        js_cstr(rt, this_val));
    return NULL;
  }
  return js_obj(this_val)->internal;
}

// GeneratorResume / GeneratorResumeAbrupt.
static JsValue generator_resume(JsRt *rt, JsValue gen, JsValue v, int mode,
                                const char *method) {
  JsGenFrame *F = this_generator(rt, gen, method);
  if (!F)
    return JS_EXCEPTION;
  if (F->running)
    return js_throw_type_error(rt, "Generator is already running");
  if (F->state == -1 || (!F->started && mode != JS_RESUME_NEXT)) {
    // Completed, or suspended at the start: no code runs.
    F->state = -1;
    if (mode == JS_RESUME_THROW)
      return js_throw(rt, v);
    return js_iter_result(rt, mode == JS_RESUME_RETURN ? v : JS_UNDEFINED, true);
  }
  F->running = true;
  F->started = true;
  JsValue r = F->resume(rt, F, v, mode);
  F->running = false;
  if (js_is_exception(r)) {
    F->state = -1;
    return JS_EXCEPTION;
  }
  return js_iter_result(rt, r, F->state == -1);
}

static JsValue generator_next(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  (void)callee, (void)new_target;
  return generator_resume(rt, this_val, js_arg(argc, argv, 0), JS_RESUME_NEXT,
                          "Generator.prototype.next");
}

static JsValue generator_return(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)new_target;
  return generator_resume(rt, this_val, js_arg(argc, argv, 0), JS_RESUME_RETURN,
                          "Generator.prototype.return");
}

static JsValue generator_throw(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)new_target;
  return generator_resume(rt, this_val, js_arg(argc, argv, 0), JS_RESUME_THROW,
                          "Generator.prototype.throw");
}

static const JsNativeDef generator_proto_funcs[] = {
    JS_FN("next", generator_next, 1),
    JS_FN("return", generator_return, 1),
    JS_FN("throw", generator_throw, 1),
};

static void init_generator_intrinsics(JsRt *rt) {
  if (js_is_object(rt->generator_proto))
    return;
  JsValue gp = js_new_object_proto(rt, rt->iterator_proto);
  JS_INSTALL(rt, gp, generator_proto_funcs);
  js_define_value(rt, gp, rt->sym_to_string_tag, js_atom_cstr(rt, "Generator"),
                  JS_PROP_CONFIGURABLE);
  rt->generator_proto = gp;
  JsValue gfp = js_new_object_proto(rt, rt->function_proto);
  js_define_value(rt, gfp, rt->atom_prototype, gp, JS_PROP_CONFIGURABLE);
  js_define_value(rt, gp, rt->atom_constructor, gfp, JS_PROP_CONFIGURABLE);
  js_define_value(rt, gfp, rt->sym_to_string_tag, js_atom_cstr(rt, "GeneratorFunction"),
                  JS_PROP_CONFIGURABLE);
  generator_function_proto = gfp;
  JsValue afp = js_new_object_proto(rt, rt->function_proto);
  js_define_value(rt, afp, rt->sym_to_string_tag, js_atom_cstr(rt, "AsyncFunction"),
                  JS_PROP_CONFIGURABLE);
  async_function_proto = afp;
}

void js_init_coroutine_function(JsRt *rt, JsValue fn, int kind) {
  init_generator_intrinsics(rt);
  if (kind == 1) {
    js_set_proto(rt, fn, generator_function_proto);
    JsValue proto = js_new_object_proto(rt, rt->generator_proto);
    js_define_value(rt, fn, rt->atom_prototype, proto, JS_PROP_WRITABLE);
  } else {
    js_set_proto(rt, fn, async_function_proto);
  }
}

JsValue js_generator_start(JsRt *rt, JsGenFrame *F) {
  init_generator_intrinsics(rt);
  // Parameters are bound now; the body waits for the first next().
  F->running = true;
  JsValue r = F->resume(rt, F, JS_UNDEFINED, JS_RESUME_NEXT);
  F->running = false;
  if (js_is_exception(r))
    return r;
  JsValue proto = js_get_prop(rt, F->callee, rt->atom_prototype);
  if (js_is_exception(proto))
    return proto;
  if (!js_is_object(proto))
    proto = rt->generator_proto;
  JsObject *g = js_new_object_class(rt, proto, JS_CLASS_GENERATOR);
  g->internal = F;
  return js_from_cell(g);
}

// yield*: one exchange with the inner iterator.
JsValue js_delegate_step(JsRt *rt, JsValue iter, JsValue next, JsValue mode,
                         JsValue received, JsValue *out) {
  int m = js_get_int(mode);
  JsValue result;
  if (m == JS_RESUME_NEXT) {
    result = js_call(rt, next, iter, 1, &received);
  } else {
    JsValue key = m == JS_RESUME_THROW ? rt->atom_throw : rt->atom_return;
    JsValue fn = js_get_prop(rt, iter, key);
    if (js_is_exception(fn))
      return fn;
    if (js_is_nullish(fn)) {
      if (m == JS_RESUME_RETURN) {
        *out = received;
        return js_int(2);
      }
      // throw with no throw(): close the iterator, then TypeError.
      JsValue c = js_iterator_close(rt, iter, false);
      if (js_is_exception(c))
        return c;
      return js_throw_type_error(rt, "The iterator does not provide a 'throw' method");
    }
    result = js_call(rt, fn, iter, 1, &received);
  }
  if (js_is_exception(result))
    return result;
  if (!js_is_object(result))
    return js_throw_type_error(rt, "Iterator result %s is not an object", js_cstr(rt, result));
  JsValue done = js_get_prop(rt, result, rt->atom_done);
  if (js_is_exception(done))
    return done;
  bool is_done = js_truthy(rt, done);
  if (!is_done) {
    JsValue v = js_get_prop(rt, result, rt->atom_value);
    if (js_is_exception(v))
      return v;
    *out = v;
    return JS_FALSE;
  }
  JsValue v = js_get_prop(rt, result, rt->atom_value);
  if (js_is_exception(v))
    return v;
  *out = v;
  return m == JS_RESUME_RETURN ? js_int(2) : JS_TRUE;
}

// --- async functions (ECMA-262 #sec-async-function-definitions) -------------------

static void async_step(JsRt *rt, JsGenFrame *F, JsValue v, int mode);

static JsValue async_on_settled(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  JsGenFrame *F = (JsGenFrame *)(uintptr_t)env->slots[0];
  int mode = js_get_int(env->slots[1]);
  async_step(rt, F, js_arg(argc, argv, 0), mode);
  return JS_UNDEFINED;
}

static JsValue async_callback(JsRt *rt, JsGenFrame *F, int mode) {
  JsEnv *env = js_new_env(rt, NULL, 2);
  env->slots[0] = (JsValue)(uintptr_t)F;
  env->slots[1] = js_int(mode);
  return js_new_function(rt, async_on_settled, env, rt->atom_empty, 1, JS_FN_NATIVE);
}

// Runs the body from its last suspension until the next await or the end.
static void async_step(JsRt *rt, JsGenFrame *F, JsValue v, int mode) {
  for (;;) {
    JsValue r = F->resume(rt, F, v, mode);
    if (js_is_exception(r)) {
      js_promise_reject_value(rt, F->promise, js_take_exception(rt));
      return;
    }
    if (F->state == -1) {
      js_promise_resolve_value(rt, F->promise, r);
      return;
    }
    // await r
    JsValue p = js_promise_resolve(rt, r);
    if (js_is_exception(p)) {
      v = js_take_exception(rt);
      mode = JS_RESUME_THROW;
      continue;
    }
    js_promise_then_internal(rt, p, async_callback(rt, F, JS_RESUME_NEXT),
                             async_callback(rt, F, JS_RESUME_THROW));
    return;
  }
}

JsValue js_async_start(JsRt *rt, JsGenFrame *F) {
  F->promise = js_promise_new(rt);
  async_step(rt, F, JS_UNDEFINED, JS_RESUME_NEXT);
  return F->promise;
}

void js_set_function_name(JsRt *rt, JsValue fn, JsValue key, const char *prefix) {
  if (!js_is_object(fn))
    return;
  JsValue name = key;
  if (js_is_symbol(key)) {
    JsValue d = ((JsSymbol *)js_cell(key))->description;
    if (js_is_undefined(d))
      name = rt->atom_empty;
    else
      name = js_concat(rt, js_concat(rt, js_atom_cstr(rt, "["), d), js_atom_cstr(rt, "]"));
  } else if (!js_is_string(key)) {
    name = js_to_string(rt, key);
    if (js_is_exception(name)) {
      js_take_exception(rt);
      return;
    }
  }
  if (prefix)
    name = js_concat(rt, js_concat(rt, js_atom_cstr(rt, prefix), js_atom_cstr(rt, " ")), name);
  js_define_value(rt, fn, rt->atom_name, name, JS_PROP_CONFIGURABLE);
}
