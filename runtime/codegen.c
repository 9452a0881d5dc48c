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

JsValue js_throw_destructure(JsRt *rt, JsValue v, const char *prop, const char *what) {
  const char *kind = js_is_null(v) ? "null" : "undefined";
  if (!what)
    what = kind;
  if (prop)
    return js_throw_type_error(rt, "Cannot destructure property '%s' of '%s' as it is %s.", prop,
                               what, kind);
  return js_throw_type_error(rt, "Cannot destructure '%s' as it is %s.", what, kind);
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

// %GeneratorFunction%, %AsyncFunction% and %AsyncGeneratorFunction%: like
// Function, they would compile source text at run time, which an ahead-of-time
// compiler cannot; they exist so that `fn.constructor.name` says the kind.
static JsValue coroutine_function_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                       JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  return js_throw_error(rt, JS_EVAL_ERROR, "Kiln compiles ahead of time: "
                                           "new Function(source) is not supported");
}

static void define_coroutine_ctor(JsRt *rt, JsValue fproto, const char *name) {
  JsValue ctor = js_new_native_ctor(rt, coroutine_function_ctor, name, 1, fproto);
  if (js_is_object(rt->function_ctor))
    js_set_proto(rt, ctor, rt->function_ctor);
  js_define_value(rt, fproto, rt->atom_constructor, ctor, JS_PROP_CONFIGURABLE);
}

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
  define_coroutine_ctor(rt, gfp, "GeneratorFunction");
  JsValue afp = js_new_object_proto(rt, rt->function_proto);
  js_define_value(rt, afp, rt->sym_to_string_tag, js_atom_cstr(rt, "AsyncFunction"),
                  JS_PROP_CONFIGURABLE);
  define_coroutine_ctor(rt, afp, "AsyncFunction");
  async_function_proto = afp;
}

static JsValue async_generator_proto;           // %AsyncGeneratorPrototype%
static JsValue async_generator_function_proto;  // %AsyncGeneratorFunction.prototype%
static void init_async_generator_intrinsics(JsRt *rt);

void js_init_coroutine_function(JsRt *rt, JsValue fn, int kind) {
  init_generator_intrinsics(rt);
  if (kind == 1) {
    js_set_proto(rt, fn, generator_function_proto);
    JsValue proto = js_new_object_proto(rt, rt->generator_proto);
    js_define_value(rt, fn, rt->atom_prototype, proto, JS_PROP_WRITABLE);
  } else if (kind == 3) {
    init_async_generator_intrinsics(rt);
    js_set_proto(rt, fn, async_generator_function_proto);
    JsValue proto = js_new_object_proto(rt, async_generator_proto);
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

// --- async generators (ECMA-262 #sec-asyncgenerator-objects) ----------------------
//
// Requests (next/throw/return) queue up; each gets a promise. The body runs
// for the request at the head until it yields (fulfil that request), returns
// or throws (settle it, the generator is done), or awaits (resume from a
// promise reaction). Then the next queued request, if any, resumes it.

typedef struct AsyncGenReq {
  int mode;
  JsValue value;
  JsValue promise;
  struct AsyncGenReq *next;
} AsyncGenReq;

typedef struct JsAsyncGen {
  JsGenFrame *F;
  AsyncGenReq *head, *tail;
  bool busy;  // executing or awaiting on behalf of the head request
} JsAsyncGen;

static void asyncgen_drain(JsRt *rt, JsAsyncGen *ag);
static void asyncgen_step(JsRt *rt, JsAsyncGen *ag, JsValue v, int mode);

static AsyncGenReq *asyncgen_dequeue(JsAsyncGen *ag) {
  AsyncGenReq *r = ag->head;
  ag->head = r->next;
  if (!ag->head)
    ag->tail = NULL;
  return r;
}

static JsValue asyncgen_reaction(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  JsAsyncGen *ag = (JsAsyncGen *)(uintptr_t)env->slots[0];
  int what = js_get_int(env->slots[1]);
  JsValue v = js_arg(argc, argv, 0);
  if (what <= JS_RESUME_THROW) {
    asyncgen_step(rt, ag, v, what);
    return JS_UNDEFINED;
  }
  // 2/3: a `return(v)` on a finished generator awaited v: fulfil / reject.
  AsyncGenReq *req = asyncgen_dequeue(ag);
  if (what == 2)
    js_promise_resolve_value(rt, req->promise, js_iter_result(rt, v, true));
  else
    js_promise_reject_value(rt, req->promise, v);
  ag->busy = false;
  asyncgen_drain(rt, ag);
  return JS_UNDEFINED;
}

static JsValue asyncgen_callback(JsRt *rt, JsAsyncGen *ag, int what) {
  JsEnv *env = js_new_env(rt, NULL, 2);
  env->slots[0] = (JsValue)(uintptr_t)ag;
  env->slots[1] = js_int(what);
  return js_new_function(rt, asyncgen_reaction, env, rt->atom_empty, 1, JS_FN_NATIVE);
}

// Settles the head request and lets the next one run.
static void asyncgen_settle(JsRt *rt, JsAsyncGen *ag, JsValue v, bool ok, bool done) {
  AsyncGenReq *req = asyncgen_dequeue(ag);
  if (ok)
    js_promise_resolve_value(rt, req->promise, js_iter_result(rt, v, done));
  else
    js_promise_reject_value(rt, req->promise, v);
  ag->busy = false;
  asyncgen_drain(rt, ag);
}

static void asyncgen_step(JsRt *rt, JsAsyncGen *ag, JsValue v, int mode) {
  JsGenFrame *F = ag->F;
  for (;;) {
    F->running = true;
    JsValue r = F->resume(rt, F, v, mode);
    F->running = false;
    if (js_is_exception(r)) {
      F->state = -1;
      asyncgen_settle(rt, ag, js_take_exception(rt), false, true);
      return;
    }
    if (F->state == -1) {
      asyncgen_settle(rt, ag, r, true, true);
      return;
    }
    if (!F->awaiting) {
      asyncgen_settle(rt, ag, r, true, false);
      return;
    }
    JsValue p = js_promise_resolve(rt, r);
    if (js_is_exception(p)) {
      v = js_take_exception(rt);
      mode = JS_RESUME_THROW;
      continue;
    }
    js_promise_then_internal(rt, p, asyncgen_callback(rt, ag, JS_RESUME_NEXT),
                             asyncgen_callback(rt, ag, JS_RESUME_THROW));
    return;
  }
}

static void asyncgen_drain(JsRt *rt, JsAsyncGen *ag) {
  while (!ag->busy && ag->head) {
    AsyncGenReq *req = ag->head;
    JsGenFrame *F = ag->F;
    if (F->state == -1 || (!F->started && req->mode != JS_RESUME_NEXT)) {
      F->state = -1;
      if (req->mode == JS_RESUME_NEXT) {
        asyncgen_dequeue(ag);
        js_promise_resolve_value(rt, req->promise, js_iter_result(rt, JS_UNDEFINED, true));
        continue;
      }
      if (req->mode == JS_RESUME_THROW) {
        asyncgen_dequeue(ag);
        js_promise_reject_value(rt, req->promise, req->value);
        continue;
      }
      // return(v) on a completed generator: await v first.
      ag->busy = true;
      JsValue p = js_promise_resolve(rt, req->value);
      if (js_is_exception(p)) {
        asyncgen_dequeue(ag);
        js_promise_reject_value(rt, req->promise, js_take_exception(rt));
        ag->busy = false;
        continue;
      }
      js_promise_then_internal(rt, p, asyncgen_callback(rt, ag, 2), asyncgen_callback(rt, ag, 3));
      return;
    }
    F->started = true;
    ag->busy = true;
    asyncgen_step(rt, ag, req->value, req->mode);
  }
}

static JsValue asyncgen_enqueue(JsRt *rt, JsValue gen, JsValue v, int mode) {
  JsValue promise = js_promise_new(rt);
  if (!js_is_object(gen) || js_obj(gen)->hdr.class_id != JS_CLASS_ASYNC_GENERATOR) {
    JsValue err = js_new_error(rt, JS_TYPE_ERROR, "%s method called on incompatible receiver",
                               mode == 0 ? "next" : mode == 1 ? "throw" : "return");
    js_promise_reject_value(rt, promise, err);
    return promise;
  }
  JsAsyncGen *ag = js_obj(gen)->internal;
  AsyncGenReq *req = js_gc_alloc(sizeof *req);
  req->mode = mode;
  req->value = v;
  req->promise = promise;
  if (ag->tail)
    ag->tail->next = req;
  else
    ag->head = req;
  ag->tail = req;
  asyncgen_drain(rt, ag);
  return promise;
}

static JsValue asyncgen_next(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)new_target;
  return asyncgen_enqueue(rt, this_val, js_arg(argc, argv, 0), JS_RESUME_NEXT);
}
static JsValue asyncgen_return(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)new_target;
  return asyncgen_enqueue(rt, this_val, js_arg(argc, argv, 0), JS_RESUME_RETURN);
}
static JsValue asyncgen_throw(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  (void)callee, (void)new_target;
  return asyncgen_enqueue(rt, this_val, js_arg(argc, argv, 0), JS_RESUME_THROW);
}

static const JsNativeDef async_generator_proto_funcs[] = {
    JS_FN("next", asyncgen_next, 1),
    JS_FN("return", asyncgen_return, 1),
    JS_FN("throw", asyncgen_throw, 1),
};

static JsValue async_iterator_proto;  // %AsyncIteratorPrototype%

static JsValue return_this(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  (void)rt, (void)callee, (void)argc, (void)argv, (void)new_target;
  return this_val;
}

static void init_async_generator_intrinsics(JsRt *rt) {
  if (js_is_object(async_generator_proto))
    return;
  async_iterator_proto = js_new_object(rt);
  js_define_value(rt, async_iterator_proto, rt->sym_async_iterator,
                  js_new_native(rt, return_this, "[Symbol.asyncIterator]", 0),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JsValue agp = js_new_object_proto(rt, async_iterator_proto);
  JS_INSTALL(rt, agp, async_generator_proto_funcs);
  js_define_value(rt, agp, rt->sym_to_string_tag, js_atom_cstr(rt, "AsyncGenerator"),
                  JS_PROP_CONFIGURABLE);
  async_generator_proto = agp;
  JsValue agfp = js_new_object_proto(rt, rt->function_proto);
  js_define_value(rt, agfp, rt->atom_prototype, agp, JS_PROP_CONFIGURABLE);
  js_define_value(rt, agp, rt->atom_constructor, agfp, JS_PROP_CONFIGURABLE);
  js_define_value(rt, agfp, rt->sym_to_string_tag, js_atom_cstr(rt, "AsyncGeneratorFunction"),
                  JS_PROP_CONFIGURABLE);
  async_generator_function_proto = agfp;
  define_coroutine_ctor(rt, agfp, "AsyncGeneratorFunction");
}

JsValue js_async_generator_start(JsRt *rt, JsGenFrame *F) {
  init_generator_intrinsics(rt);
  init_async_generator_intrinsics(rt);
  F->running = true;
  JsValue r = F->resume(rt, F, JS_UNDEFINED, JS_RESUME_NEXT);
  F->running = false;
  if (js_is_exception(r))
    return r;
  JsValue proto = js_get_prop(rt, F->callee, rt->atom_prototype);
  if (js_is_exception(proto))
    return proto;
  if (!js_is_object(proto))
    proto = async_generator_proto;
  JsObject *g = js_new_object_class(rt, proto, JS_CLASS_ASYNC_GENERATOR);
  JsAsyncGen *ag = js_gc_alloc(sizeof *ag);
  ag->F = F;
  g->internal = ag;
  return js_from_cell(g);
}

// --- for await (ECMA-262 #sec-getiterator, #sec-createasyncfromsynciterator) -------

// Reaction of an async-from-sync step: settles env[0] (the promise) with
// {value, done: env[1]} on fulfilment (env[2] == 0) or rejects it.
static JsValue async_from_sync_settle(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                      JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  JsValue v = js_arg(argc, argv, 0);
  if (env->slots[2] == JS_FALSE)
    js_promise_resolve_value(rt, env->slots[0], js_iter_result(rt, v, env->slots[1] == JS_TRUE));
  else
    js_promise_reject_value(rt, env->slots[0], v);
  return JS_UNDEFINED;
}

static JsValue settle_fn(JsRt *rt, JsValue promise, bool done, bool reject) {
  JsEnv *env = js_new_env(rt, NULL, 3);
  env->slots[0] = promise;
  env->slots[1] = js_bool(done);
  env->slots[2] = js_bool(reject);
  return js_new_function(rt, async_from_sync_settle, env, rt->atom_empty, 1, JS_FN_NATIVE);
}

// AsyncFromSyncIteratorContinue: a promise for {await value, done}.
static JsValue async_from_sync_continue(JsRt *rt, JsValue result) {
  JsValue promise = js_promise_new(rt);
  JsValue done, value, p;
  if (js_is_exception(result))
    goto reject;
  if (!js_is_object(result)) {
    js_throw_type_error(rt, "Iterator result %s is not an object", js_cstr(rt, result));
    goto reject;
  }
  done = js_get_prop(rt, result, rt->atom_done);
  if (js_is_exception(done))
    goto reject;
  value = js_get_prop(rt, result, rt->atom_value);
  if (js_is_exception(value))
    goto reject;
  p = js_promise_resolve(rt, value);
  if (js_is_exception(p))
    goto reject;
  bool d = js_truthy(rt, done);
  js_promise_then_internal(rt, p, settle_fn(rt, promise, d, false), settle_fn(rt, promise, d, true));
  return promise;
reject:
  js_promise_reject_value(rt, promise, js_take_exception(rt));
  return promise;
}

// The wrapper's next/return/throw; env: [sync iterator, its next method].
static JsValue async_from_sync_method(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                      JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  JsValue iter = env->slots[0];
  int which = js_get_int(env->slots[2]);
  JsValue v = js_arg(argc, argv, 0);
  if (which == 0)
    return async_from_sync_continue(rt, js_call(rt, env->slots[1], iter, argc ? 1 : 0, &v));
  JsValue key = which == 1 ? rt->atom_return : rt->atom_throw;
  JsValue m = js_get_prop(rt, iter, key);
  if (js_is_exception(m))
    return async_from_sync_continue(rt, m);
  if (js_is_nullish(m)) {
    JsValue promise = js_promise_new(rt);
    if (which == 1)
      js_promise_resolve_value(rt, promise, js_iter_result(rt, v, true));
    else
      js_promise_reject_value(rt, promise, v);
    return promise;
  }
  return async_from_sync_continue(rt, js_call(rt, m, iter, argc ? 1 : 0, &v));
}

JsValue js_get_async_iterator(JsRt *rt, JsValue obj, JsValue *next) {
  JsValue method = js_is_nullish(obj) ? JS_UNDEFINED : js_get_prop(rt, obj, rt->sym_async_iterator);
  if (js_is_exception(method))
    return method;
  if (js_is_nullish(method)) {
    JsValue snext;
    JsValue sync = js_get_iterator(rt, obj, &snext);
    if (js_is_exception(sync))
      return sync;
    init_async_generator_intrinsics(rt);
    JsValue wrapper = js_new_object_proto(rt, async_iterator_proto);
    static const char *names[] = {"next", "return", "throw"};
    for (int i = 0; i < 3; i++) {
      JsEnv *env = js_new_env(rt, NULL, 3);
      env->slots[0] = sync;
      env->slots[1] = snext;
      env->slots[2] = js_int(i);
      JsValue fn = js_new_function(rt, async_from_sync_method, env, js_atom_cstr(rt, names[i]), 1,
                                   JS_FN_NATIVE);
      js_define_value(rt, wrapper, js_atom_cstr(rt, names[i]), fn,
                      JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
      if (i == 0)
        *next = fn;
    }
    return wrapper;
  }
  if (!js_is_callable(method))
    return js_throw_type_error(rt, "%s is not async iterable", js_cstr(rt, obj));
  JsValue iter = js_call(rt, method, obj, 0, NULL);
  if (js_is_exception(iter))
    return iter;
  if (!js_is_object(iter))
    return js_throw_type_error(rt, "Result of the Symbol.asyncIterator method is not an object");
  JsValue n = js_get_prop(rt, iter, rt->atom_next);
  if (js_is_exception(n))
    return n;
  *next = n;
  return iter;
}

JsValue js_async_iter_value(JsRt *rt, JsValue result, JsValue *value) {
  if (!js_is_object(result))
    return js_throw_type_error(rt, "Iterator result %s is not an object", js_cstr(rt, result));
  JsValue done = js_get_prop(rt, result, rt->atom_done);
  if (js_is_exception(done))
    return done;
  if (js_truthy(rt, done))
    return JS_FALSE;
  JsValue v = js_get_prop(rt, result, rt->atom_value);
  if (js_is_exception(v))
    return v;
  *value = v;
  return JS_TRUE;
}

JsValue js_async_iterator_return(JsRt *rt, JsValue iter) {
  JsValue m = js_get_prop(rt, iter, rt->atom_return);
  if (js_is_exception(m) || js_is_nullish(m))
    return js_is_exception(m) ? m : JS_UNDEFINED;
  return js_call(rt, m, iter, 0, NULL);
}

// --- yield* in async generators (#sec-generator-function-definitions-runtime-semantics-evaluation)

JsValue js_async_delegate_call(JsRt *rt, JsValue iter, JsValue next, JsValue mode,
                               JsValue received, JsValue *out) {
  int m = js_get_int(mode);
  JsValue r;
  if (m == JS_RESUME_NEXT) {
    r = js_call(rt, next, iter, 1, &received);
  } else {
    JsValue fn = js_get_prop(rt, iter, m == JS_RESUME_THROW ? rt->atom_throw : rt->atom_return);
    if (js_is_exception(fn))
      return fn;
    if (js_is_nullish(fn)) {
      if (m == JS_RESUME_RETURN) {
        *out = received;
        return js_int(2);
      }
      // No throw(): close the inner iterator (awaiting its return() is
      // skipped), then report the protocol violation.
      JsValue ret = js_get_prop(rt, iter, rt->atom_return);
      if (js_is_exception(ret))
        return ret;
      if (!js_is_nullish(ret)) {
        JsValue c = js_call(rt, ret, iter, 0, NULL);
        if (js_is_exception(c))
          return c;
      }
      return js_throw_type_error(rt, "The iterator does not provide a 'throw' method");
    }
    r = js_call(rt, fn, iter, 1, &received);
  }
  if (js_is_exception(r))
    return r;
  *out = r;
  return JS_TRUE;
}

JsValue js_async_delegate_result(JsRt *rt, JsValue result, JsValue mode, JsValue *out) {
  if (!js_is_object(result))
    return js_throw_type_error(rt, "Iterator result %s is not an object", js_cstr(rt, result));
  JsValue done = js_get_prop(rt, result, rt->atom_done);
  if (js_is_exception(done))
    return done;
  JsValue v = js_get_prop(rt, result, rt->atom_value);
  if (js_is_exception(v))
    return v;
  *out = v;
  if (!js_truthy(rt, done))
    return JS_FALSE;
  return js_get_int(mode) == JS_RESUME_RETURN ? js_int(2) : JS_TRUE;
}

// --- private names (#sec-private-names) ---------------------------------------------

JsValue js_new_private_symbol(JsRt *rt, JsValue description) {
  JsValue sym = js_new_symbol(rt, description);
  js_cell(sym)->flags |= JS_SYM_PRIVATE;
  return sym;
}

static const char *private_name(JsRt *rt, JsValue sym) {
  return js_cstr(rt, ((JsSymbol *)js_cell(sym))->description);
}

// Own property lookup without proxies or getters: the brand check.
static int private_find(JsRt *rt, JsValue obj, JsValue sym, JsPropDesc *d) {
  if (!js_is_object(obj))
    return 0;
  JsObject *o = js_obj(obj);
  if (o->hdr.class_id == JS_CLASS_PROXY)
    return 0;
  return js_get_own_property(rt, obj, sym, d);
}

JsValue js_private_get(JsRt *rt, JsValue obj, JsValue sym) {
  JsPropDesc d;
  int r = private_find(rt, obj, sym, &d);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0)
    return js_throw_type_error(rt, "Cannot read private member %s from an object whose class did not declare it",
                               private_name(rt, sym));
  if (d.has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) {
    if (!js_is_callable(d.getter))
      return js_throw_type_error(rt, "'%s' was defined without a getter", private_name(rt, sym));
    return js_call(rt, d.getter, obj, 0, NULL);
  }
  return d.value;
}

JsValue js_private_set(JsRt *rt, JsValue obj, JsValue sym, JsValue val) {
  JsPropDesc d;
  int r = private_find(rt, obj, sym, &d);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0)
    return js_throw_type_error(rt, "Cannot write private member %s to an object whose class did not declare it",
                               private_name(rt, sym));
  if (d.has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) {
    if (!js_is_callable(d.setter))
      return js_throw_type_error(rt, "'%s' was defined without a setter", private_name(rt, sym));
    JsValue res = js_call(rt, d.setter, obj, 1, &val);
    return js_is_exception(res) ? res : JS_UNDEFINED;
  }
  if (!(d.attrs & JS_PROP_WRITABLE))
    return js_throw_type_error(rt, "Private method '%s' is not writable", private_name(rt, sym));
  JsPropDesc nd = {.has = JS_DESC_HAS_VALUE, .value = val};
  return js_define_own_property(rt, obj, sym, &nd, true) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JsValue js_private_in(JsRt *rt, JsValue sym, JsValue obj) {
  if (!js_is_object(obj))
    return js_throw_type_error(rt, "Cannot use 'in' operator to search for '%s' in %s",
                               private_name(rt, sym), js_cstr(rt, obj));
  JsPropDesc d;
  int r = private_find(rt, obj, sym, &d);
  return r < 0 ? JS_EXCEPTION : js_bool(r > 0);
}

// Adds a private element, bypassing extensibility (private names are not
// properties for the purposes of freeze/preventExtensions).
static JsValue private_add(JsRt *rt, JsValue obj, JsValue sym, const JsPropDesc *d) {
  JsPropDesc old;
  int r = private_find(rt, obj, sym, &old);
  if (r < 0)
    return JS_EXCEPTION;
  if (r > 0)
    return js_throw_type_error(rt, "Cannot initialize %s twice on the same object",
                               private_name(rt, sym));
  if (!js_is_object(obj))
    return js_throw_type_error(rt, "Cannot define private member on a non-object");
  JsObject *o = js_obj(obj);
  uint16_t saved = o->hdr.flags;
  o->hdr.flags |= JS_OBJ_EXTENSIBLE;
  int ok = js_define_own_property(rt, obj, sym, d, true);
  o->hdr.flags = (uint16_t)((o->hdr.flags & ~JS_OBJ_EXTENSIBLE) | (saved & JS_OBJ_EXTENSIBLE));
  return ok < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JsValue js_private_define_field(JsRt *rt, JsValue obj, JsValue sym, JsValue val) {
  JsPropDesc d = {.has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                         JS_DESC_HAS_CONFIGURABLE,
                  .attrs = JS_PROP_WRITABLE, .value = val};
  return private_add(rt, obj, sym, &d);
}

JsValue js_private_add_method(JsRt *rt, JsValue obj, JsValue sym, JsValue fn, int kind) {
  if (kind == 0) {
    JsPropDesc d = {.has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                           JS_DESC_HAS_CONFIGURABLE,
                    .attrs = 0, .value = fn};
    return private_add(rt, obj, sym, &d);
  }
  JsPropDesc old;
  int r = private_find(rt, obj, sym, &old);
  if (r < 0)
    return JS_EXCEPTION;
  JsPropDesc d = {.has = JS_DESC_HAS_GET | JS_DESC_HAS_SET | JS_DESC_HAS_ENUMERABLE |
                         JS_DESC_HAS_CONFIGURABLE,
                  .attrs = JS_PROP_CONFIGURABLE, .getter = JS_UNDEFINED, .setter = JS_UNDEFINED};
  if (r > 0 && (old.has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET))) {
    // The other half of a get/set pair.
    d.getter = old.getter;
    d.setter = old.setter;
  } else if (r > 0) {
    return js_throw_type_error(rt, "Cannot initialize %s twice on the same object",
                               private_name(rt, sym));
  }
  if (kind == 1)
    d.getter = fn;
  else
    d.setter = fn;
  if (r > 0)
    return js_define_own_property(rt, obj, sym, &d, true) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
  return private_add(rt, obj, sym, &d);
}

// --- with (#sec-object-environment-records-hasbinding-n) ---------------------------

JsValue js_with_has(JsRt *rt, JsValue obj, JsValue key) {
  int has = js_has_property(rt, obj, key);
  if (has < 0)
    return JS_EXCEPTION;
  if (!has)
    return JS_FALSE;
  JsValue unscopables = js_get_prop(rt, obj, rt->sym_unscopables);
  if (js_is_exception(unscopables))
    return unscopables;
  if (js_is_object(unscopables)) {
    JsValue blocked = js_get_prop(rt, unscopables, key);
    if (js_is_exception(blocked))
      return blocked;
    if (js_truthy(rt, blocked))
      return JS_FALSE;
  }
  return JS_TRUE;
}
