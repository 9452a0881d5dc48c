// SPDX-License-Identifier: MIT
//
// loop.c: the event loop, with node's ordering (DESIGN.md "The event loop").
//
// libuv's loop is the only loop: timers and immediates (stdlib/node/
// timers.c), I/O completions of other modules, all run as libuv callbacks.
// What node adds on top lives here:
//  - the process.nextTick queue, drained before promise jobs, and both
//    drained after the main module and after every callback
//    (js_loop_callback, node's MakeCallback; js_loop_drain is node's
//    processTicksAndRejections);
//  - unhandled rejections, checked when a drain is complete;
//  - uncaught exceptions: 'uncaughtException' listeners, or the end of the
//    program (loop stopped, 'exit' emitted, error reported, exit code 1);
//  - the run: drain, uv_run, 'beforeExit' (which may schedule more work),
//    'exit', and the final exit code from process.exitCode.
#include "internal.h"

#include <uv.h>

static uv_loop_t *loop;
static bool fatal;          // an uncaught exception is ending the program
static JsValue fatal_error; // its value (static: a GC root)
static bool draining;

uv_loop_t *js_uv_loop(JsRt *rt) {
  (void)rt;
  if (!loop)
    loop = uv_default_loop();
  return loop;
}

bool js_loop_ending(JsRt *rt) {
  (void)rt;
  return fatal;
}

JsValue js__loop_take_fatal(JsRt *rt) {
  (void)rt;
  JsValue err = fatal_error;
  fatal = false;
  fatal_error = JS_UNDEFINED;
  return err;
}

// --- the nextTick queue ----------------------------------------------------

typedef struct Tick {
  JsValue fn;
  int argc;
  JsValue *argv;
  JsValue context;  // the async context when queued
} Tick;

static Tick *ticks;  // ring buffer in GC memory
static size_t tick_head, tick_count, tick_cap;

void js_next_tick(JsRt *rt, JsValue fn, int argc, const JsValue *argv) {
  (void)rt;
  if (tick_count == tick_cap) {
    size_t cap = tick_cap ? tick_cap * 2 : 32;
    Tick *n = js_gc_alloc(cap * sizeof(Tick));
    for (size_t i = 0; i < tick_count; i++)
      n[i] = ticks[(tick_head + i) % tick_cap];
    ticks = n;
    tick_cap = cap;
    tick_head = 0;
  }
  Tick t = {fn, argc, NULL, js_async_context()};
  if (argc > 0) {
    t.argv = js_gc_alloc((size_t)argc * sizeof(JsValue));
    memcpy(t.argv, argv, (size_t)argc * sizeof(JsValue));
  }
  ticks[(tick_head + tick_count) % tick_cap] = t;
  tick_count++;
}

static bool pop_tick(Tick *out) {
  if (!tick_count)
    return false;
  *out = ticks[tick_head];
  memset(&ticks[tick_head], 0, sizeof(Tick));
  tick_head = (tick_head + 1) % tick_cap;
  tick_count--;
  return true;
}

// --- uncaught exceptions and rejections -------------------------------------

bool js_loop_uncaught(JsRt *rt, JsValue exc, bool from_promise) {
  if (fatal)
    return false;
  if (js_process_listener_count(rt, "uncaughtException") > 0) {
    JsValue args[2] = {exc, js_atom_cstr(rt, from_promise ? "unhandledRejection"
                                                          : "uncaughtException")};
    if (js_process_emit(rt, "uncaughtException", 2, args) >= 0)
      return true;
    exc = js_take_exception(rt);  // a throwing handler ends the program
  }
  fatal = true;
  fatal_error = exc;
  if (loop)
    uv_stop(loop);
  return false;
}

// Node's isErrorLike: an object with an own `stack`.
static bool error_like(JsRt *rt, JsValue v) {
  if (!js_is_object(v))
    return false;
  int r = js_get_own_property(rt, v, rt->atom_stack, NULL);
  if (r < 0)
    js_take_exception(rt);
  return r == 1;
}

// What node throws for a rejection with a non-error reason.
static JsValue unhandled_rejection_error(JsRt *rt, JsValue reason) {
  const char *text = js_value_cstr_short(rt, reason);
  if (js_is_string(reason))
    text = js_str_to_utf8(rt, js_str(reason), NULL);
  JsValue err = js_new_error(rt, JS_ERROR,
      "This error originated either by throwing inside of an async function "
      "without a catch block, or by rejecting a promise which was not handled "
      "with .catch(). The promise rejected with the reason \"%s\".", text);
  js_define_value(rt, err, rt->atom_name, js_atom_cstr(rt, "UnhandledPromiseRejection"),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  js_define_value(rt, err, js_atom_cstr(rt, "code"),
                  js_atom_cstr(rt, "ERR_UNHANDLED_REJECTION"), JS_PROP_DEFAULT);
  return err;
}

// Node's processPromiseRejections: each promise rejected while unhandled
// and still unhandled now goes to 'unhandledRejection' listeners, or is an
// uncaught exception. Returns whether anything ran (the drain repeats).
static bool process_rejections(JsRt *rt) {
  JsValue *list;
  uint32_t *uids;
  size_t n = js__promise_take_handled(&list, &uids);
  bool ran = n > 0;
  for (size_t i = 0; i < n && !fatal; i++) {
    int r = js_process_emit(rt, "rejectionHandled", 1, &list[i]);
    if (r == 0) {
      JsValue w = js_new_error(rt, JS_ERROR, "Promise rejection was handled asynchronously "
                               "(rejection id: %u)", (unsigned)uids[i]);
      js_define_value(rt, w, rt->atom_name, js_atom_cstr(rt, "PromiseRejectionHandledWarning"),
                      JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
      js_define_field(rt, w, js_atom_cstr(rt, "id"), js_int((int32_t)uids[i]));
      if (js_is_exception(js_process_emit_warning(rt, w)))
        r = -1;
    }
    if (r < 0)
      js_loop_uncaught(rt, js_take_exception(rt), false);
  }
  n = js__promise_take_rejections(&list);
  for (size_t i = 0; i < n && !fatal; i++) {
    JsValue p = list[i];
    if (js__promise_is_handled(p))
      continue;
    ran = true;
    js__promise_set_warned(p);
    JsValue args[2] = {JS_UNDEFINED, p};
    js_promise_state(p, &args[0]);
    int r = js_process_emit(rt, "unhandledRejection", 2, args);
    if (r < 0) {
      js_loop_uncaught(rt, js_take_exception(rt), false);
    } else if (r == 0) {
      JsValue err = error_like(rt, args[0]) ? args[0]
                                            : unhandled_rejection_error(rt, args[0]);
      js_loop_uncaught(rt, err, true);
    }
  }
  return ran;
}

// --- draining ---------------------------------------------------------------------

// Runs queued ticks. A tick that throws abandons this drain, as in node
// (the exception leaves processTicksAndRejections): what is still queued
// runs at the next drain. Returns false then.
static bool run_ticks(JsRt *rt) {
  Tick t;
  while (!fatal && pop_tick(&t)) {
    JsValue outer = js_async_context_swap(t.context);
    JsValue r = js_call(rt, t.fn, JS_UNDEFINED, t.argc, t.argv);
    js_async_context_swap(outer);
    if (js_is_exception(r)) {
      js_loop_uncaught(rt, js_take_exception(rt), false);
      return false;
    }
  }
  return !fatal;
}

bool js_loop_drain(JsRt *rt) {
  if (draining)
    return !fatal;
  draining = true;
  do {
    do {
      if (!run_ticks(rt) || !js_run_microtasks(rt))
        goto out;
    } while (tick_count);
  } while (!fatal && process_rejections(rt));
out:
  draining = false;
  return !fatal;
}

bool js_loop_callback(JsRt *rt, JsValue fn, JsValue this_val, int argc, JsValue *argv) {
  // a callback from the loop runs in the top-level context, and what it
  // enters (AsyncLocalStorage.enterWith) ends with it
  return js_loop_callback_in(rt, JS_UNDEFINED, fn, this_val, argc, argv);
}

bool js_loop_callback_in(JsRt *rt, JsValue context, JsValue fn, JsValue this_val, int argc,
                         JsValue *argv) {
  if (fatal)
    return false;
  JsValue outer = js_async_context_swap(context);
  JsValue r = js_call(rt, fn, this_val, argc, argv);
  js_async_context_swap(outer);
  if (js_is_exception(r) && !js_loop_uncaught(rt, js_take_exception(rt), false))
    return false;
  return js_loop_drain(rt);
}

// --- the run ------------------------------------------------------------------------

// Emits 'beforeExit' like a callback (listeners may schedule more work).
static void emit_before_exit(JsRt *rt) {
  JsValue code = js_int(js_process_exit_code(rt));
  if (js_process_emit(rt, "beforeExit", 1, &code) < 0)
    js_loop_uncaught(rt, js_take_exception(rt), false);
  js_loop_drain(rt);
}

// Node's SpinEventLoop followed by EmitProcessExit. On an uncaught error:
// exit code 1, 'exit' listeners, then JS_EXCEPTION with the error pending
// for js_main to report.
JsValue js_loop_run(JsRt *rt) {
  uv_loop_t *l = js_uv_loop(rt);
  // Called with the main module's exception still pending: it is an
  // uncaught exception like any other ('uncaughtException' may keep the
  // program going).
  if (rt->has_exception)
    js_loop_uncaught(rt, js_take_exception(rt), false);
  if (!fatal && js_loop_drain(rt)) {
    for (;;) {
      uv_run(l, UV_RUN_DEFAULT);
      if (fatal)
        break;
      if (uv_loop_alive(l))
        continue;
      emit_before_exit(rt);
      if (fatal || !uv_loop_alive(l))
        break;
    }
  }
  if (fatal) {
    js_process_set_exit_code(rt, 1);
    JsValue code = js_int(1);
    if (js_process_emit(rt, "exit", 1, &code) < 0)
      js_take_exception(rt);
    rt->exit_code = 1;
    return js_throw(rt, fatal_error);
  }
  JsValue code = js_int(js_process_exit_code(rt));
  if (js_process_emit(rt, "exit", 1, &code) < 0) {
    fatal_error = js_take_exception(rt);
    rt->exit_code = 1;
    return js_throw(rt, fatal_error);
  }
  rt->exit_code = js_process_exit_code(rt);
  return JS_UNDEFINED;
}
