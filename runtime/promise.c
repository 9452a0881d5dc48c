// SPDX-License-Identifier: MIT
//
// promise.c: promise objects, their reactions, and the job (microtask)
// queue (ECMA-262 #sec-promise-objects, #sec-jobs).
//
// A promise is a JS_CLASS_PROMISE object whose `internal` points at a
// JsPromise: state, result, [[PromiseIsHandled]] and the reaction list.
// Jobs are C records in one FIFO ring (promise reaction jobs, thenable
// resolution jobs, plain calls from queueMicrotask/js_enqueue_job), run by
// js_run_microtasks() when the loop drains (loop.c decides when).
//
// Capabilities made for %Promise% itself carry no resolve/reject function
// objects (JS_EMPTY): resolving goes straight to the promise, guarded by
// its own `resolved` flag, which plays the part of the [[AlreadyResolved]]
// record (#sec-createresolvingfunctions). Functions are only made when JS
// code can see them (the executor's arguments, thenable jobs,
// combinators).
//
// Rejections that happen while no handler is attached are remembered in
// a list; loop.c checks it after each drain (node's unhandled-rejection
// semantics: a handler attached later in the same drain still counts).
#include "internal.h"

enum { PENDING = 0, FULFILLED = 1, REJECTED = 2 };

typedef struct Reaction {
  struct Reaction *next;
  JsCapability cap;  // cap.promise == JS_UNDEFINED: no capability (await)
  JsValue on_fulfilled, on_rejected;  // callable or JS_UNDEFINED
  JsValue context;                    // the async context when registered
} Reaction;

typedef struct JsPromise {
  uint8_t state;
  bool handled;   // [[PromiseIsHandled]]
  bool resolved;  // internal resolving record already used
  bool tracked;   // in the unhandled-rejection list
  bool warned;    // reported unhandled: a late handler is 'rejectionHandled'
  uint32_t uid;   // node's rejection id (PromiseRejectionHandledWarning)
  JsValue result;
  Reaction *first, *last;
} JsPromise;

static JsPromise *promise_data(JsValue p) {
  return (JsPromise *)js_obj(p)->internal;
}

bool js_is_promise(JsValue v) {
  return js_class_of(v) == JS_CLASS_PROMISE && js_obj(v)->internal != NULL;
}

// For console.log's inspection (stdlib.h): 0 pending, 1 fulfilled,
// 2 rejected.
int js_promise_state(JsValue promise, JsValue *result) {
  if (!js_is_promise(promise))
    return 0;
  JsPromise *pr = promise_data(promise);
  if (result && pr->state != PENDING)
    *result = pr->result;
  return pr->state;
}

// --- the job queue -------------------------------------------------------

enum { JOB_FULFILL, JOB_REJECT, JOB_THENABLE, JOB_CALL };

typedef struct Job {
  int kind;
  int argc;
  Reaction *reaction;  // JOB_FULFILL / JOB_REJECT
  JsValue a, b, c;     // argument | promise, thenable, then | fn
  JsValue *argv;       // JOB_CALL
  JsValue context;     // JOB_THENABLE / JOB_CALL: the async context when queued
} Job;

// --- the async context -------------------------------------------------------

// AsyncLocalStorage's current frame (an opaque value that async_hooks.js
// makes): every reaction, job, tick, timer and immediate takes the frame
// current when it is queued, and it is current again while that runs.
static JsValue async_context = JS_UNDEFINED;  // static: a GC root

JsValue js_async_context(void) { return async_context; }

JsValue js_async_context_swap(JsValue frame) {
  JsValue old = async_context;
  async_context = frame;
  return old;
}

// A ring buffer in GC memory; the static pointer is a root.
static Job *jobs;
static size_t job_head, job_count, job_cap;

static void push_job(const Job *j) {
  if (job_count == job_cap) {
    size_t cap = job_cap ? job_cap * 2 : 64;
    Job *n = js_gc_alloc(cap * sizeof(Job));
    for (size_t i = 0; i < job_count; i++)
      n[i] = jobs[(job_head + i) % job_cap];
    jobs = n;
    job_cap = cap;
    job_head = 0;
  }
  jobs[(job_head + job_count) % job_cap] = *j;
  job_count++;
}

static bool pop_job(Job *out) {
  if (!job_count)
    return false;
  *out = jobs[job_head];
  memset(&jobs[job_head], 0, sizeof(Job));  // let the GC reclaim it
  job_head = (job_head + 1) % job_cap;
  job_count--;
  return true;
}

bool js_has_microtasks(JsRt *rt) {
  (void)rt;
  return job_count != 0;
}

void js_enqueue_job(JsRt *rt, JsValue fn, int argc, const JsValue *argv) {
  Job j = {.kind = JOB_CALL, .c = fn, .argc = argc, .context = async_context};
  if (argc > 0) {
    j.argv = js_gc_alloc((size_t)argc * sizeof(JsValue));
    memcpy(j.argv, argv, (size_t)argc * sizeof(JsValue));
  }
  (void)rt;
  push_job(&j);
}

// --- unhandled rejections --------------------------------------------------

static JsValue *rejections;  // promises rejected while unhandled, in order
static size_t rej_count, rej_cap;
static JsValue *late;  // reported promises that got a handler since, in order
static size_t late_count, late_cap;
static uint32_t last_uid;

static void push_value(JsValue **list, size_t *count, size_t *cap, JsValue p) {
  if (*count == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    *list = js_gc_realloc(*list, *cap * sizeof(JsValue));
  }
  (*list)[(*count)++] = p;
}

// HostPromiseRejectionTracker(promise, "reject").
static void track_rejection(JsValue p) {
  JsPromise *pr = promise_data(p);
  pr->uid = ++last_uid;
  pr->warned = false;
  if (pr->tracked)
    return;
  pr->tracked = true;
  push_value(&rejections, &rej_count, &rej_cap, p);
}

// HostPromiseRejectionTracker(promise, "handle") of a promise already
// reported: node's 'rejectionHandled', emitted at the next check.
static void track_handled(JsValue p) {
  JsPromise *pr = promise_data(p);
  if (!pr->warned)
    return;
  pr->warned = false;
  push_value(&late, &late_count, &late_cap, p);
}

size_t js__promise_take_handled(JsValue **out, uint32_t **uids) {
  size_t n = late_count;
  *out = late;
  *uids = n ? js_gc_alloc(n * sizeof(uint32_t)) : NULL;
  for (size_t i = 0; i < n; i++)
    (*uids)[i] = promise_data(late[i])->uid;
  late = NULL;
  late_count = late_cap = 0;
  return n;
}

void js__promise_set_warned(JsValue p) {
  if (js_is_promise(p))
    promise_data(p)->warned = true;
}

size_t js__promise_take_rejections(JsValue **out) {
  size_t n = rej_count;
  *out = rejections;
  for (size_t i = 0; i < n; i++)
    promise_data(rejections[i])->tracked = false;
  rejections = NULL;
  rej_count = rej_cap = 0;
  return n;
}

bool js__promise_is_handled(JsValue p) {
  return !js_is_promise(p) || promise_data(p)->handled;
}

// --- settling ------------------------------------------------------------

static void trigger_reactions(Reaction *r, JsValue arg, int kind) {
  for (; r; r = r->next) {
    Job j = {.kind = kind, .reaction = r, .a = arg};
    push_job(&j);
  }
}

// FulfillPromise (#sec-fulfillpromise).
static void fulfill_promise(JsValue p, JsValue v) {
  JsPromise *pr = promise_data(p);
  if (pr->state != PENDING)
    return;
  Reaction *r = pr->first;
  pr->state = FULFILLED;
  pr->result = v;
  pr->first = pr->last = NULL;
  trigger_reactions(r, v, JOB_FULFILL);
}

// RejectPromise (#sec-rejectpromise).
static void reject_promise(JsValue p, JsValue reason) {
  JsPromise *pr = promise_data(p);
  if (pr->state != PENDING)
    return;
  Reaction *r = pr->first;
  pr->state = REJECTED;
  pr->result = reason;
  pr->first = pr->last = NULL;
  if (!pr->handled)
    track_rejection(p);
  trigger_reactions(r, reason, JOB_REJECT);
}

// The body of a promise resolve function after the [[AlreadyResolved]]
// check (#sec-promise-resolve-functions).
static void resolve_promise(JsRt *rt, JsValue p, JsValue v) {
  if (v == p) {
    reject_promise(p, js_new_error(rt, JS_TYPE_ERROR,
                                   "Chaining cycle detected for promise #<Promise>"));
    return;
  }
  if (!js_is_object(v)) {
    fulfill_promise(p, v);
    return;
  }
  JsValue then = js_get_prop(rt, v, rt->atom_then);
  if (js_is_exception(then)) {
    reject_promise(p, js_take_exception(rt));
    return;
  }
  if (!js_is_callable(then)) {
    fulfill_promise(p, v);
    return;
  }
  Job j = {.kind = JOB_THENABLE, .a = p, .b = v, .c = then, .context = async_context};
  push_job(&j);
}

// Resolving functions made by CreateResolvingFunctions share one env:
// slot 0 the promise, slot 1 [[AlreadyResolved]] (JS_TRUE/JS_FALSE).
// Functions made for an internal capability have a one-slot env and use
// the promise's own `resolved` flag instead.
static bool claim_resolution(JsEnv *env) {
  if (env->size == 1) {
    JsPromise *pr = promise_data(env->slots[0]);
    if (pr->resolved)
      return false;
    pr->resolved = true;
    return true;
  }
  if (env->slots[1] == JS_TRUE)
    return false;
  env->slots[1] = JS_TRUE;
  return true;
}

static JsValue resolve_fn(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  if (claim_resolution(env))
    resolve_promise(rt, env->slots[0], js_arg(argc, argv, 0));
  return JS_UNDEFINED;
}

static JsValue reject_fn(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target) {
  (void)rt, (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  if (claim_resolution(env))
    reject_promise(env->slots[0], js_arg(argc, argv, 0));
  return JS_UNDEFINED;
}

static void make_resolving_pair(JsRt *rt, JsEnv *env, JsValue *resolve,
                                JsValue *reject) {
  uint32_t flags = JS_FN_NATIVE | JS_FN_STRICT;
  *resolve = js_new_function(rt, resolve_fn, env, rt->atom_empty, 1, flags);
  *reject = js_new_function(rt, reject_fn, env, rt->atom_empty, 1, flags);
}

void js__promise_resolving_functions(JsRt *rt, JsValue p, JsValue *resolve,
                                     JsValue *reject) {
  JsEnv *env = js_new_env(rt, NULL, 2);
  env->slots[0] = p;
  env->slots[1] = JS_FALSE;
  make_resolving_pair(rt, env, resolve, reject);
}

// --- the exported promise API ---------------------------------------------

static JsValue attach_data(JsValue obj) {
  JsPromise *pr = js_gc_alloc(sizeof(JsPromise));
  pr->result = JS_UNDEFINED;
  js_obj(obj)->internal = pr;
  return obj;
}

JsValue js_promise_new(JsRt *rt) {
  JsObject *o = js_new_object_class(rt, rt->promise_proto, JS_CLASS_PROMISE);
  return attach_data(js_from_cell(o));
}

JsValue js__promise_create(JsRt *rt, JsValue new_target) {
  JsValue obj = js_ordinary_create_from_constructor(rt, new_target, rt->promise_proto,
                                                    JS_CLASS_PROMISE);
  if (js_is_exception(obj))
    return obj;
  return attach_data(obj);
}

void js_promise_resolve_value(JsRt *rt, JsValue p, JsValue v) {
  JsPromise *pr = promise_data(p);
  if (pr->resolved)
    return;
  pr->resolved = true;
  resolve_promise(rt, p, v);
}

void js_promise_reject_value(JsRt *rt, JsValue p, JsValue reason) {
  (void)rt;
  JsPromise *pr = promise_data(p);
  if (pr->resolved)
    return;
  pr->resolved = true;
  reject_promise(p, reason);
}

// PromiseResolve(%Promise%, v) (#sec-promise-resolve).
JsValue js_promise_resolve(JsRt *rt, JsValue v) {
  if (js_is_promise(v)) {
    JsValue ctor = js_get_prop(rt, v, rt->atom_constructor);
    if (js_is_exception(ctor))
      return ctor;
    if (ctor == rt->promise_ctor)
      return v;
  }
  JsValue p = js_promise_new(rt);
  js_promise_resolve_value(rt, p, v);
  return p;
}

// PerformPromiseThen (#sec-performpromisethen). [cap] may be NULL.
void js__promise_perform_then(JsRt *rt, JsValue p, JsValue on_fulfilled,
                              JsValue on_rejected, const JsCapability *cap) {
  (void)rt;
  JsPromise *pr = promise_data(p);
  Reaction *r = js_gc_alloc(sizeof(Reaction));
  r->on_fulfilled = js_is_callable(on_fulfilled) ? on_fulfilled : JS_UNDEFINED;
  r->on_rejected = js_is_callable(on_rejected) ? on_rejected : JS_UNDEFINED;
  r->context = async_context;
  if (cap) {
    r->cap = *cap;
  } else {
    r->cap.promise = r->cap.resolve = r->cap.reject = JS_UNDEFINED;
  }
  if (pr->state == PENDING) {
    if (pr->last)
      pr->last->next = r;
    else
      pr->first = r;
    pr->last = r;
  } else {
    Job j = {.kind = pr->state == FULFILLED ? JOB_FULFILL : JOB_REJECT,
             .reaction = r, .a = pr->result};
    push_job(&j);
    if (!pr->handled && pr->state == REJECTED)
      track_handled(p);
  }
  pr->handled = true;
}

void js_promise_then_internal(JsRt *rt, JsValue p, JsValue on_fulfilled,
                              JsValue on_rejected) {
  if (js_is_promise(p))
    js__promise_perform_then(rt, p, on_fulfilled, on_rejected, NULL);
}

// --- capabilities ------------------------------------------------------------

// GetCapabilitiesExecutor (#sec-getcapabilitiesexecutor-functions): env
// slots 0/1 receive resolve/reject.
static JsValue capability_executor(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  if (env->slots[0] != JS_UNDEFINED || env->slots[1] != JS_UNDEFINED)
    return js_throw_type_error(rt, "Promise executor has already been invoked "
                                   "with non-undefined arguments");
  env->slots[0] = js_arg(argc, argv, 0);
  env->slots[1] = js_arg(argc, argv, 1);
  return JS_UNDEFINED;
}

// NewPromiseCapability(C) (#sec-newpromisecapability). Returns 0, or -1
// with an exception pending.
int js__promise_new_capability(JsRt *rt, JsValue c, JsCapability *cap) {
  if (c == rt->promise_ctor) {
    cap->promise = js_promise_new(rt);
    cap->resolve = cap->reject = JS_EMPTY;
    return 0;
  }
  if (!js_is_constructor(c)) {
    js_throw_type_error(rt, "%s is not a constructor", js_value_cstr_short(rt, c));
    return -1;
  }
  JsEnv *env = js_new_env(rt, NULL, 2);
  env->slots[0] = env->slots[1] = JS_UNDEFINED;
  JsValue executor = js_new_function(rt, capability_executor, env, rt->atom_empty,
                                     2, JS_FN_NATIVE | JS_FN_STRICT);
  JsValue p = js_construct(rt, c, 1, &executor, c, NULL);
  if (js_is_exception(p))
    return -1;
  if (!js_is_callable(env->slots[0]) || !js_is_callable(env->slots[1])) {
    js_throw_type_error(rt, "Promise resolve or reject function is not callable");
    return -1;
  }
  cap->promise = p;
  cap->resolve = env->slots[0];
  cap->reject = env->slots[1];
  return 0;
}

// Gives an internal capability real function objects (sharing the
// promise's own resolution flag), for code that passes them to JS.
void js__capability_materialize(JsRt *rt, JsCapability *cap) {
  if (cap->resolve != JS_EMPTY)
    return;
  JsEnv *env = js_new_env(rt, NULL, 1);
  env->slots[0] = cap->promise;
  make_resolving_pair(rt, env, &cap->resolve, &cap->reject);
}

JsValue js__capability_resolve(JsRt *rt, const JsCapability *cap, JsValue v) {
  if (cap->resolve == JS_EMPTY) {
    js_promise_resolve_value(rt, cap->promise, v);
    return JS_UNDEFINED;
  }
  return js_call(rt, cap->resolve, JS_UNDEFINED, 1, &v);
}

JsValue js__capability_reject(JsRt *rt, const JsCapability *cap, JsValue reason) {
  if (cap->reject == JS_EMPTY) {
    js_promise_reject_value(rt, cap->promise, reason);
    return JS_UNDEFINED;
  }
  return js_call(rt, cap->reject, JS_UNDEFINED, 1, &reason);
}

// --- running jobs --------------------------------------------------------------

// NewPromiseReactionJob (#sec-newpromisereactionjob). Returns JS_EXCEPTION
// only for errors nothing can catch (a capability function that throws,
// or a capability-less handler that throws).
static JsValue run_reaction(JsRt *rt, Reaction *r, JsValue arg, bool rejected) {
  JsValue handler = rejected ? r->on_rejected : r->on_fulfilled;
  JsValue result = arg;
  bool threw = rejected;
  if (handler != JS_UNDEFINED) {
    result = js_call(rt, handler, JS_UNDEFINED, 1, &arg);
    threw = js_is_exception(result);
    if (threw && r->cap.promise == JS_UNDEFINED)
      return JS_EXCEPTION;
    if (threw)
      result = js_take_exception(rt);
  }
  if (r->cap.promise == JS_UNDEFINED)
    return JS_UNDEFINED;
  return threw ? js__capability_reject(rt, &r->cap, result)
               : js__capability_resolve(rt, &r->cap, result);
}

// NewPromiseResolveThenableJob (#sec-newpromiseresolvethenablejob).
static JsValue run_thenable(JsRt *rt, JsValue p, JsValue thenable, JsValue then) {
  JsValue fns[2];
  js__promise_resolving_functions(rt, p, &fns[0], &fns[1]);
  JsValue r = js_call(rt, then, thenable, 2, fns);
  if (js_is_exception(r)) {
    JsValue e = js_take_exception(rt);
    js_call(rt, fns[1], JS_UNDEFINED, 1, &e);
  }
  return JS_UNDEFINED;
}

static JsValue run_job(JsRt *rt, const Job *j) {
  JsValue r, outer = async_context;
  switch (j->kind) {
  case JOB_FULFILL:
  case JOB_REJECT:
    async_context = j->reaction->context;
    r = run_reaction(rt, j->reaction, j->a, j->kind == JOB_REJECT);
    break;
  case JOB_THENABLE:
    async_context = j->context;
    r = run_thenable(rt, j->a, j->b, j->c);
    break;
  default:
    async_context = j->context;
    r = js_call(rt, j->c, JS_UNDEFINED, j->argc, j->argv);
    break;
  }
  async_context = outer;
  return r;
}

// Runs jobs until the queue is empty. An uncaught error goes to
// js_loop_uncaught; when that ends the program, stop (returns false).
bool js_run_microtasks(JsRt *rt) {
  Job j;
  while (pop_job(&j)) {
    if (js_is_exception(run_job(rt, &j))) {
      if (!js_loop_uncaught(rt, js_take_exception(rt), false))
        return false;
    }
  }
  return true;
}
