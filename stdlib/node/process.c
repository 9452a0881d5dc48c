// SPDX-License-Identifier: MIT
//
// process.c: the global `process` object (node's process API), its
// events, and node-style errors with codes.
//
// process is a singleton, so its event listeners live in one static table
// (event key -> array of functions; a `once` listener is wrapped in a
// closure that removes itself before calling the original). The event
// loop (runtime/loop.c) emits 'beforeExit', 'exit', 'uncaughtException'
// and 'unhandledRejection' through js_process_emit. process.argv is
// built on first access, because the main file name is only known after
// the runtime is created.
#include "internal.h"

#include <gc.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>
#include <uv.h>

extern char **environ;

#define NODE_VERSION "20.20.2"

static JsValue process_obj;
static JsValue listeners;   // null-proto object: event key -> array
static JsValue exit_code;   // process.exitCode (undefined until set)
static bool exiting;        // 'exit' has been emitted
static uint64_t start_ns;   // for uptime()

// --- signals ----------------------------------------------------------------------

// Node's signal names in os.constants.signals order (aliases included).
#define S(name) {#name, name}
static const struct {
  const char *name;
  int num;
} signals[] = {
    S(SIGHUP), S(SIGINT), S(SIGQUIT), S(SIGILL), S(SIGTRAP), S(SIGABRT), S(SIGIOT),
    S(SIGBUS), S(SIGFPE), S(SIGKILL), S(SIGUSR1), S(SIGSEGV), S(SIGUSR2), S(SIGPIPE),
    S(SIGALRM), S(SIGTERM), S(SIGCHLD),
#ifdef SIGSTKFLT
    S(SIGSTKFLT),
#endif
    S(SIGCONT), S(SIGSTOP), S(SIGTSTP), S(SIGTTIN), S(SIGTTOU), S(SIGURG), S(SIGXCPU),
    S(SIGXFSZ), S(SIGVTALRM), S(SIGPROF), S(SIGWINCH), S(SIGIO),
#ifdef SIGPOLL
    S(SIGPOLL),
#endif
#ifdef SIGPWR
    S(SIGPWR),
#endif
    S(SIGSYS),
};
#undef S
#define NSIGNALS (sizeof signals / sizeof signals[0])

bool js_signal_row(size_t i, const char **name, int *num) {
  if (i >= NSIGNALS)
    return false;
  *name = signals[i].name;
  *num = signals[i].num;
  return true;
}

int js_signal_number(const char *name) {
  for (size_t i = 0; i < NSIGNALS; i++)
    if (strcmp(signals[i].name, name) == 0)
      return signals[i].num;
  return 0;
}

const char *js_signal_name(int num) {
  for (size_t i = 0; i < NSIGNALS; i++)
    if (signals[i].num == num)
      return signals[i].name;
  return NULL;
}

// --- node errors -------------------------------------------------------------------

JsValue js_node_error(JsRt *rt, JsErrorKind kind, const char *code, const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  JsValue err = js_new_error(rt, kind, "%s", buf);
  JsValue name = js_get_prop(rt, err, rt->atom_name);
  const char *n = js_is_string(name) ? js_str_to_utf8(rt, js_str(name), NULL) : "Error";
  js_define_value(rt, err, js_atom_cstr(rt, "code"), js_new_cstring(rt, code),
                  JS_PROP_DEFAULT);
  // Node prints these as "TypeError [CODE]: message".
  js_define_value(rt, err, rt->atom_stack,
                  js_new_stringf(rt, "%s [%s]: %s\n    at <anonymous>", n, code, buf),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return err;
}

// Node's "Received ..." tail of ERR_INVALID_ARG_TYPE (determineSpecificType).
const char *js__describe_received(JsRt *rt, JsValue v) {
  if (v == JS_UNDEFINED || v == JS_NULL)
    return js_cstr(rt, v);
  if (js_is_callable(v)) {
    JsValue n = js_function_name_of(rt, v);
    if (js_str_len(js_str(n)))
      return js_cstr(rt, js_concat(rt, js_atom_cstr(rt, "function "), n));
  }
  if (js_is_object(v) && !js_is_callable(v)) {
    JsValue c = js_get_prop(rt, v, rt->atom_constructor);
    JsValue n = js_is_object(c) ? js_get_prop(rt, c, rt->atom_name) : JS_UNDEFINED;
    if (js_is_exception(c) || js_is_exception(n))
      js_take_exception(rt);
    else if (js_is_string(n) && js_str_len(js_str(n)))
      return js_cstr(rt, js_concat(rt, js_atom_cstr(rt, "an instance of "), n));
    return js_cstr(rt, js_inspect(rt, v));
  }
  JsValue s = js_inspect(rt, v);
  const char *text = js_is_string(s) ? js_str_to_utf8(rt, js_str(s), NULL) : "?";
  char *out = js_gc_alloc_atomic(strlen(text) + 48);
  size_t len = strlen(text);
  const char *type = js_cstr(rt, js_typeof(rt, v));
  if (len > 28)
    sprintf(out, "type %s (%.25s...)", type, text);
  else
    sprintf(out, "type %s (%s)", type, text);
  return out;
}

JsValue js_throw_invalid_callback(JsRt *rt, const char *name, JsValue v) {
  return js_throw(rt, js_node_error(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                    "The \"%s\" argument must be of type function. "
                                    "Received %s", name, js__describe_received(rt, v)));
}

// --- signal listeners -------------------------------------------------------------

// process.on('SIGINT', fn) starts a uv_signal_t for SIGINT, unreferenced
// as in node (a listener alone does not keep the program running); the
// last listener's removal closes it and the default action is back.
typedef struct SignalWatch {
  uv_signal_t handle;  // first: js_uv_close finds the block from it
} SignalWatch;

static SignalWatch *watches[65];
static JsRt *signal_rt;

static void on_signal(uv_signal_t *h, int signum) {
  const char *name = js_signal_name(signum);
  JsRt *rt = signal_rt;
  JsValue emit_fn = js_get_prop(rt, process_obj, js_atom_cstr(rt, "emit"));
  if (!name || js_is_exception(emit_fn) || !js_is_callable(emit_fn))
    return;
  JsValue args[3] = {js_new_cstring(rt, name), js_new_cstring(rt, name), js_int(signum)};
  js_loop_callback(rt, emit_fn, process_obj, 3, args);
}

static int signal_of(JsRt *rt, JsValue key) {
  if (!js_is_string(key))
    return 0;
  const char *name = js_cstr(rt, key);
  if (strncmp(name, "SIG", 3) != 0)
    return 0;
  int num = js_signal_number(name);
  return num > 0 && num < 65 ? num : 0;
}

// Starts watching the signal [key] names, if it names one; throws node's
// "uv_signal_start EINVAL" for SIGKILL/SIGSTOP.
static int watch_signal(JsRt *rt, JsValue key) {
  int num = signal_of(rt, key);
  if (!num || watches[num])
    return 0;
  signal_rt = rt;
  SignalWatch *w = js_uv_alloc(sizeof(SignalWatch));
  uv_signal_init(js_uv_loop(rt), &w->handle);
  int r = uv_signal_start(&w->handle, on_signal, num);
  if (r != 0) {
    js_uv_close(&w->handle, NULL);
    JsValue err = js_new_error(rt, JS_ERROR, "uv_signal_start %s", uv_err_name(r));
    js_set_prop(rt, err, js_atom_cstr(rt, "errno"), js_int(r), false);
    js_set_prop(rt, err, js_atom_cstr(rt, "code"), js_new_cstring(rt, uv_err_name(r)),
                false);
    js_set_prop(rt, err, js_atom_cstr(rt, "syscall"),
                js_new_cstring(rt, "uv_signal_start"), false);
    js_throw(rt, err);
    return -1;
  }
  uv_unref((uv_handle_t *)&w->handle);
  watches[num] = w;
  return 0;
}

static JsValue list_of(JsRt *rt, JsValue key, bool create);

// Stops watching [key]'s signal once it has no listeners.
static void unwatch_signal(JsRt *rt, JsValue key) {
  int num = signal_of(rt, key);
  if (!num || !watches[num])
    return;
  JsValue arr = list_of(rt, key, false);
  if (js_is_object(arr) && js_obj(arr)->elem_len > 0)
    return;
  js_uv_close(&watches[num]->handle, NULL);
  watches[num] = NULL;
}

static void unwatch_all(JsRt *rt) {
  for (int num = 1; num < 65; num++) {
    const char *name = js_signal_name(num);
    if (watches[num] && name)
      unwatch_signal(rt, js_atom_cstr(rt, name));
  }
}

// --- events ------------------------------------------------------------------------

// A once-wrapper's env: slot 0 the listener, slot 1 the event key.
static JsValue once_wrapper(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target);

static JsValue unwrap(JsValue f) {
  if (js_is_object(f) && js_obj(f)->fn == once_wrapper)
    return js_func_env(f)->slots[0];
  return f;
}

static JsValue list_of(JsRt *rt, JsValue key, bool create) {
  JsValue arr = js_get_prop(rt, listeners, key);
  if (js_is_object(arr) || !create)
    return arr;
  arr = js_new_array(rt, 0);
  js_set_prop(rt, listeners, key, arr, false);
  return arr;
}

// Removes the last registration of [fn] (or of a once-wrapper around it).
static void remove_listener(JsRt *rt, JsValue key, JsValue fn) {
  JsValue arr = list_of(rt, key, false);
  if (!js_is_object(arr))
    return;
  JsObject *a = js_obj(arr);
  for (uint32_t i = a->elem_len; i-- > 0;) {
    JsValue f = js_array_elem_raw(a, i);
    if (f == fn || unwrap(f) == fn) {
      for (uint32_t k = i; k + 1 < a->elem_len; k++)
        a->elems[k] = a->elems[k + 1];
      js_array_set_length(rt, arr, js_int((int32_t)a->elem_len - 1));
      unwatch_signal(rt, key);
      return;
    }
  }
}

static JsValue once_wrapper(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  JsEnv *env = js_func_env(callee);
  remove_listener(rt, env->slots[1], callee);
  return js_call(rt, env->slots[0], this_val, argc, argv);
}

static JsValue add_listener(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                            bool once, bool prepend) {
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 0));
  if (js_is_exception(key))
    return key;
  JsValue fn = js_arg(argc, argv, 1);
  if (!js_is_callable(fn))
    return js_throw(rt, js_node_error(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                      "The \"listener\" argument must be of type "
                                      "function. Received %s", js__describe_received(rt, fn)));
  if (once) {
    JsEnv *env = js_new_env(rt, NULL, 2);
    env->slots[0] = fn;
    env->slots[1] = key;
    fn = js_new_function(rt, once_wrapper, env, js_function_name_of(rt, fn), 0,
                         JS_FN_NATIVE | JS_FN_STRICT);
  }
  if (watch_signal(rt, key) < 0)
    return JS_EXCEPTION;
  JsValue arr = list_of(rt, key, true);
  if (prepend) {
    JsObject *a = js_obj(arr);
    js_array_push(rt, arr, JS_UNDEFINED);
    for (uint32_t k = a->elem_len - 1; k > 0; k--)
      a->elems[k] = a->elems[k - 1];
    a->elems[0] = fn;
  } else {
    js_array_push(rt, arr, fn);
  }
  return this_val;
}

// Calls the listeners of [key] (a snapshot, as node does).
static int emit(JsRt *rt, JsValue key, int argc, JsValue *argv) {
  JsValue arr = list_of(rt, key, false);
  if (!js_is_object(arr) || js_obj(arr)->elem_len == 0)
    return 0;
  JsObject *a = js_obj(arr);
  uint32_t n = a->elem_len;
  JsValue *copy = js_gc_alloc(n * sizeof(JsValue));
  for (uint32_t i = 0; i < n; i++)
    copy[i] = js_array_elem_raw(a, i);
  for (uint32_t i = 0; i < n; i++)
    if (js_is_exception(js_call(rt, copy[i], process_obj, argc, argv)))
      return -1;
  return 1;
}

int js_process_emit(JsRt *rt, const char *event, int argc, JsValue *argv) {
  if (!strcmp(event, "exit")) {
    if (exiting)
      return 0;
    exiting = true;
  }
  return emit(rt, js_atom_cstr(rt, event), argc, argv);
}

int js_process_listener_count(JsRt *rt, const char *event) {
  JsValue arr = list_of(rt, js_atom_cstr(rt, event), false);
  return js_is_object(arr) ? (int)js_obj(arr)->elem_len : 0;
}

static JsValue process_on(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  return add_listener(rt, this_val, argc, argv, false, false);
}

static JsValue process_once(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  return add_listener(rt, this_val, argc, argv, true, false);
}

static JsValue process_prepend(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return add_listener(rt, this_val, argc, argv, false, true);
}

static JsValue process_prepend_once(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  return add_listener(rt, this_val, argc, argv, true, true);
}

static JsValue process_off(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 0));
  if (js_is_exception(key))
    return key;
  remove_listener(rt, key, js_arg(argc, argv, 1));
  return this_val;
}

static JsValue process_remove_all(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  if (argc == 0 || argv[0] == JS_UNDEFINED) {
    listeners = js_new_object_proto(rt, JS_NULL);
    unwatch_all(rt);
    return this_val;
  }
  JsValue key = js_to_property_key(rt, argv[0]);
  if (js_is_exception(key))
    return key;
  js_delete_property(rt, listeners, key);
  unwatch_signal(rt, key);
  return this_val;
}

static JsValue process_emit(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  JsValue key = js_to_property_key(rt, js_arg(argc, argv, 0));
  if (js_is_exception(key))
    return key;
  int r = emit(rt, key, argc > 1 ? argc - 1 : 0, argv + 1);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0 && key == js_atom_cstr(rt, "error"))
    return js_throw(rt, js_arg(argc, argv, 1));
  return js_bool(r > 0);
}

static JsValue listener_array(JsRt *rt, JsValue event, bool raw) {
  JsValue key = js_to_property_key(rt, event);
  if (js_is_exception(key))
    return key;
  JsValue out = js_new_array(rt, 0);
  JsValue arr = list_of(rt, key, false);
  if (!js_is_object(arr))
    return out;
  for (uint32_t i = 0; i < js_obj(arr)->elem_len; i++) {
    JsValue f = js_array_elem_raw(js_obj(arr), i);
    js_array_push(rt, out, raw ? f : unwrap(f));
  }
  return out;
}

static JsValue process_listeners(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  return listener_array(rt, js_arg(argc, argv, 0), false);
}

static JsValue process_raw_listeners(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  return listener_array(rt, js_arg(argc, argv, 0), true);
}

static JsValue process_listener_count(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsValue a = listener_array(rt, js_arg(argc, argv, 0), true);
  if (js_is_exception(a))
    return a;
  return js_int((int32_t)js_obj(a)->elem_len);
}

static JsValue process_event_names(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  JsValue keys = js_own_keys(rt, listeners, 1 | 2);
  JsValue out = js_new_array(rt, 0);
  if (js_is_exception(keys))
    return keys;
  for (uint32_t i = 0; i < js_obj(keys)->elem_len; i++) {
    JsValue k = js_array_elem_raw(js_obj(keys), i);
    JsValue arr = list_of(rt, js_is_string(k) ? js_str_intern(rt, k) : k, false);
    if (js_is_object(arr) && js_obj(arr)->elem_len)
      js_array_push(rt, out, k);
  }
  return out;
}

static JsValue process_set_max_listeners(JsRt *rt, JsValue callee, JsValue this_val,
                                         int argc, JsValue *argv, JsValue new_target) {
  return this_val;
}

static JsValue process_get_max_listeners(JsRt *rt, JsValue callee, JsValue this_val,
                                         int argc, JsValue *argv, JsValue new_target) {
  return js_int(10);
}

static JsValue call_js(JsRt *rt, const char *name, JsValue this_val, int argc,
                       JsValue *argv);

// --- exit -----------------------------------------------------------------------------

int js_process_exit_code(JsRt *rt) {
  if (js_is_nullish(exit_code))
    return 0;
  double d;
  if (js_to_double(rt, exit_code, &d) < 0) {
    js_take_exception(rt);
    return 1;
  }
  return d == d ? (int)js_to_int32_d(d) : 0;
}

void js_process_set_exit_code(JsRt *rt, int code) {
  (void)rt;
  exit_code = js_int(code);
}

void js_process_exit(JsRt *rt, int code) {
  (void)code;
  if (!exiting) {
    JsValue c = js_int(js_process_exit_code(rt));
    if (js_process_emit(rt, "exit", 1, &c) < 0) {
      js_report_uncaught(rt, js_take_exception(rt));
      exit_code = js_int(7);
    }
  }
  fflush(stdout);
  fflush(stderr);
  exit(js_process_exit_code(rt) & 0xff);
}

static JsValue process_exit(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  JsValue code = js_arg(argc, argv, 0);
  if (!js_is_int(code) && !js_is_nullish(code) &&
      js_is_exception(call_js(rt, "validateExitCode", JS_UNDEFINED, 1, &code)))
    return JS_EXCEPTION;
  if (code != JS_UNDEFINED)
    exit_code = code;
  js_process_exit(rt, js_process_exit_code(rt));
}

static JsValue process_get_exit_code(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  return exit_code;
}

static JsValue process_set_exit_code(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  JsValue code = js_arg(argc, argv, 0);
  if (!js_is_int(code) && !js_is_nullish(code) &&
      js_is_exception(call_js(rt, "validateExitCode", JS_UNDEFINED, 1, &code)))
    return JS_EXCEPTION;
  exit_code = code;
  return JS_UNDEFINED;
}

// --- members written in JS (stdlib/node/internal_process.js) ----------------------------

// The JS built-in process loads by name. Like internal_stdio (linked where
// code names stdout/stderr/stdin), it is linked only where code can reach
// the members it makes: where code names env, exit, exitCode, kill,
// emitWarning ..., unhandledRejection (the loop's rejectionHandled warning)
// or setTimeout/setInterval (timers.c's TimeoutOverflowWarning), or uses
// `process` other than as process.NAME (compiler/module/builtin_refs.c).
static JsValue call_js(JsRt *rt, const char *name, JsValue this_val, int argc, JsValue *argv) {
  bool found;
  JsValue m = js_require_builtin(rt, "kiln:internal_process", &found);
  if (js_is_exception(m))
    return m;
  if (!found)
    return js_throw_type_error(rt, "process.%s: not linked into this executable", name);
  JsValue fn = js_get_prop(rt, m, js_atom_cstr(rt, name));
  if (js_is_exception(fn))
    return fn;
  return js_call(rt, fn, this_val, argc, argv);
}

JsValue js_process_emit_warning(JsRt *rt, JsValue warning) {
  return call_js(rt, "emitWarning", process_obj, 1, &warning);
}

// process.kill, emitWarning ...: loads internal_process.js on first call.
static JsValue lazy_method(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return call_js(rt, js_cstr(rt, js_function_name_of(rt, callee)), this_val, argc, argv);
}

static JsValue environ_object(JsRt *rt) {
  JsValue env = js_new_object(rt);
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e)
      continue;
    JsValue key = js_atom(rt, *e, (size_t)(eq - *e));
    js_define_field(rt, env, key, js_new_cstring(rt, eq + 1));
  }
  return env;
}

// process.env: made on first use (a Proxy that keeps values strings).
static JsValue process_get_env(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  JsValue obj = environ_object(rt);
  JsValue env = call_js(rt, "makeEnv", JS_UNDEFINED, 1, &obj);
  if (js_is_exception(env))
    return env;
  js_define_value(rt, process_obj, js_atom_cstr(rt, "env"), env, JS_PROP_DEFAULT);
  return env;
}

static JsValue process_set_env(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  js_define_value(rt, process_obj, js_atom_cstr(rt, "env"), js_arg(argc, argv, 0),
                  JS_PROP_DEFAULT);
  return JS_UNDEFINED;
}

// --- the rest of the API --------------------------------------------------------------

static JsValue process_next_tick(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  JsValue fn = js_arg(argc, argv, 0);
  if (!js_is_callable(fn))
    return js_throw_invalid_callback(rt, "callback", fn);
  js_next_tick(rt, fn, argc > 1 ? argc - 1 : 0, argv + 1);
  return JS_UNDEFINED;
}

static JsValue process_cwd(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  char buf[PATH_MAX];
  size_t n = sizeof buf;
  if (uv_cwd(buf, &n) != 0)
    return js_throw_error(rt, JS_ERROR, "process.cwd failed");
  return js_new_string(rt, buf, n);
}

static JsValue process_chdir(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  JsValue dir = js_arg(argc, argv, 0);
  if (!js_is_string(dir))
    return js_throw(rt, js_node_error(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                      "The \"directory\" argument must be of type "
                                      "string. Received %s", js__describe_received(rt, dir)));
  const char *d = js_str_to_utf8(rt, js_str(dir), NULL);
  char cwd[PATH_MAX];
  size_t n = sizeof cwd;
  if (uv_cwd(cwd, &n) != 0)
    cwd[0] = 0;
  int r = uv_chdir(d);
  if (r == 0)
    return JS_UNDEFINED;
  // Node's UVException: errno, code, syscall, path, dest.
  JsValue err = js_new_error(rt, JS_ERROR, "%s: %s, chdir '%s' -> '%s'", uv_err_name(r),
                             uv_strerror(r), cwd, d);
  const char *keys[5] = {"errno", "code", "syscall", "path", "dest"};
  JsValue vals[5] = {js_int(r), js_new_cstring(rt, uv_err_name(r)),
                     js_new_cstring(rt, "chdir"), js_new_cstring(rt, cwd), dir};
  for (int i = 0; i < 5; i++)
    js_set_prop(rt, err, js_atom_cstr(rt, keys[i]), vals[i], false);
  return js_throw(rt, err);
}

// process.hrtime([previous]): [seconds, nanoseconds].
static JsValue process_hrtime(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  uint64_t t = uv_hrtime();
  int64_t sec = (int64_t)(t / 1000000000u), nsec = (int64_t)(t % 1000000000u);
  JsValue prev = js_arg(argc, argv, 0);
  if (prev != JS_UNDEFINED) {
    if (!js_is_array(rt, prev))
      return js_throw(rt, js_node_error(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                        "The \"time\" argument must be an instance of "
                                        "Array. Received %s", js__describe_received(rt, prev)));
    if (js_obj(prev)->elem_len != 2)
      return js_throw(rt, js_node_error(rt, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                                        "The value of \"time\" is out of range. It must "
                                        "be 2. Received %u", (unsigned)js_obj(prev)->elem_len));
    JsValue ps = js_array_elem_raw(js_obj(prev), 0), pn = js_array_elem_raw(js_obj(prev), 1);
    sec -= js_is_number(ps) ? (int64_t)js_get_number(ps) : 0;
    nsec -= js_is_number(pn) ? (int64_t)js_get_number(pn) : 0;
    if (nsec < 0) {
      sec--;
      nsec += 1000000000;
    }
  }
  JsValue parts[2] = {js_number((double)sec), js_number((double)nsec)};
  return js_new_array_from(rt, 2, parts);
}

static JsValue process_hrtime_bigint(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  return js_bigint_from_uint64(rt, uv_hrtime());
}

static JsValue process_uptime(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  return js_number((double)(uv_hrtime() - start_ns) / 1e9);
}

static double rss_bytes(void) {
  size_t rss = 0;
  return uv_resident_set_memory(&rss) == 0 ? (double)rss : 0;
}

static JsValue process_memory_usage(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  JsValue o = js_new_object(rt);
  double heap = (double)GC_get_heap_size();
  double used = heap - (double)GC_get_free_bytes();
  js_define_field(rt, o, js_atom_cstr(rt, "rss"), js_number(rss_bytes()));
  js_define_field(rt, o, js_atom_cstr(rt, "heapTotal"), js_number(heap));
  js_define_field(rt, o, js_atom_cstr(rt, "heapUsed"), js_number(used));
  js_define_field(rt, o, js_atom_cstr(rt, "external"), js_int(0));
  js_define_field(rt, o, js_atom_cstr(rt, "arrayBuffers"), js_int(0));
  return o;
}

static JsValue process_memory_rss(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  return js_number(rss_bytes());
}

static JsValue process_umask(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  mode_t old = umask(0);
  umask(old);
  return js_int((int32_t)old);
}

static JsValue process_getuid(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  return js_number((double)getuid());
}

static JsValue process_getgid(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  return js_number((double)getgid());
}

static JsValue process_geteuid(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return js_number((double)geteuid());
}

static JsValue process_getegid(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return js_number((double)getegid());
}

static JsValue process_abort(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  fflush(stdout);
  abort();
}

// --- stdout / stderr ------------------------------------------------------------------

// write(chunk[, encoding][, callback]): strings are written as UTF-8. The
// callback runs on the next tick, as node's does for synchronous writes.
static JsValue stream_write(JsRt *rt, FILE *out, int argc, JsValue *argv) {
  JsValue chunk = js_arg(argc, argv, 0);
  if (!js_is_string(chunk))
    return js_throw(rt, js_node_error(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                      "The \"chunk\" argument must be of type string or an "
                                      "instance of Buffer or Uint8Array. Received %s",
                                      js__describe_received(rt, chunk)));
  size_t n;
  char *p = js_str_to_utf8(rt, js_str(chunk), &n);
  fflush(out == stdout ? stderr : stdout);
  fwrite(p, 1, n, out);
  if (out == stderr)
    fflush(stderr);
  JsValue cb = argc > 1 && js_is_callable(argv[argc - 1]) ? argv[argc - 1] : JS_UNDEFINED;
  if (cb != JS_UNDEFINED)
    js_next_tick(rt, cb, 0, NULL);
  return JS_TRUE;
}

static JsValue stdout_write(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  return stream_write(rt, stdout, argc, argv);
}

static JsValue stderr_write(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  return stream_write(rt, stderr, argc, argv);
}

static JsValue stream_end(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  FILE *out = js_func_env(callee)->slots[0] == js_int(1) ? stdout : stderr;
  if (argc > 0 && js_is_string(argv[0]))
    stream_write(rt, out, argc, argv);
  return this_val;
}

static JsValue stream_noop(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return this_val;
}

static const JsNativeDef stream_funcs[] = {
    JS_FN("on", stream_noop, 2),
    JS_FN("once", stream_noop, 2),
    JS_FN("off", stream_noop, 2),
    JS_FN("removeListener", stream_noop, 2),
    JS_FN("cork", stream_noop, 0),
    JS_FN("uncork", stream_noop, 0),
};

static JsValue make_stream(JsRt *rt, int fd, JsFn write) {
  JsValue s = js_new_object(rt);
  js_define_field(rt, s, js_atom_cstr(rt, "fd"), js_int(fd));
  js_define_field(rt, s, js_atom_cstr(rt, "writable"), JS_TRUE);
  if (isatty(fd))
    js_define_field(rt, s, js_atom_cstr(rt, "isTTY"), JS_TRUE);
  JsEnv *env = js_new_env(rt, NULL, 1);
  env->slots[0] = js_int(fd);
  js_define_value(rt, s, js_atom_cstr(rt, "write"), js_new_native(rt, write, "write", 3),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  js_define_value(rt, s, js_atom_cstr(rt, "end"),
                  js_new_function(rt, stream_end, env, js_atom_cstr(rt, "end"), 3,
                                  JS_FN_NATIVE | JS_FN_STRICT),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JS_INSTALL(rt, s, stream_funcs);
  return s;
}

static void field(JsRt *rt, JsValue obj, const char *name, JsValue v);

// process.stdout/stderr/stdin: node's streams (stdlib/node/internal_stdio.js),
// made on first use; the plain objects above when the stream modules are
// not linked (no code names stdout/stderr/stdin: node_tables.def). console.log never goes through them (stdlib/builtins/console.c
// writes to C's stdout, as these streams do, so the order is kept).
static JsValue process_get_stdio(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  const char *name = js_cstr(rt, js_function_name_of(rt, callee));
  if (strncmp(name, "get ", 4) == 0)
    name += 4;
  int fd = !strcmp(name, "stdin") ? 0 : !strcmp(name, "stdout") ? 1 : 2;
  bool found;
  JsValue m = js_require_builtin(rt, "kiln:internal_stdio", &found);
  if (!found)
    m = JS_EXCEPTION;  // the fallback below
  JsValue make = js_is_exception(m) ? m
                 : js_get_prop(rt, m, js_atom_cstr(rt, fd ? "makeWritable" : "makeStdin"));
  JsValue arg = js_int(fd);
  JsValue stream = js_is_exception(make) ? make : js_call(rt, make, JS_UNDEFINED, 1, &arg);
  if (js_is_exception(stream)) {
    js_take_exception(rt);
    if (fd) {
      stream = make_stream(rt, fd, fd == 1 ? stdout_write : stderr_write);
    } else {
      stream = js_new_object(rt);
      field(rt, stream, "fd", js_int(0));
      if (isatty(0))
        field(rt, stream, "isTTY", JS_TRUE);
    }
  }
  js_define_value(rt, process_obj, js_atom_cstr(rt, name), stream,
                  JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
  return stream;
}

static JsValue process_set_stdio(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  const char *name = js_cstr(rt, js_function_name_of(rt, callee));
  if (strncmp(name, "set ", 4) == 0)
    name += 4;
  js_define_value(rt, process_obj, js_atom_cstr(rt, name), js_arg(argc, argv, 0),
                  JS_PROP_DEFAULT);
  return JS_UNDEFINED;
}

// --- argv, env, versions ----------------------------------------------------------------

static JsValue absolute(JsRt *rt, const char *p) {
  if (p[0] == '/')
    return js_new_cstring(rt, p);
  char cwd[PATH_MAX];
  size_t n = sizeof cwd;
  if (uv_cwd(cwd, &n) != 0)
    return js_new_cstring(rt, p);
  while (p[0] == '.' && p[1] == '/')
    p += 2;
  return js_new_stringf(rt, "%s/%s", cwd, p);
}

static JsValue exec_path(JsRt *rt) {
  char buf[PATH_MAX];
  size_t n = sizeof buf;
  if (uv_exepath(buf, &n) == 0)
    return js_new_string(rt, buf, n);
  return absolute(rt, rt->argc > 0 ? rt->argv[0] : "");
}

// process.argv, built on first read: [execPath, main file, ...user args].
// A program that starts itself the node way, spawn(process.execPath,
// [__filename or process.argv[1], ...args]), passes its main file first:
// that argument is the main-file slot, not a user argument.
static JsValue process_get_argv(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  JsValue arr = js_new_array(rt, 0);
  js_array_push(rt, arr, exec_path(rt));
  const char *main = rt->main_filename ? rt->main_filename
                                       : (rt->argc > 0 ? rt->argv[0] : "");
  JsValue main_abs = absolute(rt, main);
  js_array_push(rt, arr, main_abs);
  int first = 1;
  if (rt->main_filename && rt->argc > 1 &&
      js_str_equal(js_str(absolute(rt, rt->argv[1])), js_str(main_abs)))
    first = 2;
  for (int i = first; i < rt->argc; i++)
    js_array_push(rt, arr, js_new_cstring(rt, rt->argv[i]));
  js_define_value(rt, process_obj, js_atom_cstr(rt, "argv"), arr, JS_PROP_DEFAULT);
  return arr;
}

static JsValue process_set_argv(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  js_define_value(rt, process_obj, js_atom_cstr(rt, "argv"), js_arg(argc, argv, 0),
                  JS_PROP_DEFAULT);
  return JS_UNDEFINED;
}

static JsValue make_versions(JsRt *rt) {
  JsValue v = js_new_object(rt);
  js_define_field(rt, v, js_atom_cstr(rt, "node"), js_new_cstring(rt, NODE_VERSION));
  js_define_field(rt, v, js_atom_cstr(rt, "uv"), js_new_cstring(rt, uv_version_string()));
  js_define_field(rt, v, js_atom_cstr(rt, "modules"), js_new_cstring(rt, "115"));
  return v;
}

static const char *platform_name(void) {
#if defined(__linux__)
  return "linux";
#elif defined(__APPLE__)
  return "darwin";
#elif defined(__FreeBSD__)
  return "freebsd";
#elif defined(_WIN32)
  return "win32";
#else
  return "unknown";
#endif
}

static const char *arch_name(void) {
#if defined(__x86_64__)
  return "x64";
#elif defined(__aarch64__)
  return "arm64";
#elif defined(__i386__)
  return "ia32";
#elif defined(__arm__)
  return "arm";
#elif defined(__riscv) && __riscv_xlen == 64
  return "riscv64";
#else
  return "unknown";
#endif
}

// --- performance's clock: require('kiln:perf') (stdlib/node/perf_hooks.js makes the
// global `performance`; internal_event_target.js reads Event.timeStamp from it) ----------

static double time_origin;

static JsValue performance_now(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return js_number((double)(uv_hrtime() - start_ns) / 1e6);
}

JsValue js_binding_perf(JsRt *rt);  // bindings.c looks it up by name
JsValue js_binding_perf(JsRt *rt) {
  JsValue b = js_new_object(rt);
  js_define_value(rt, b, js_atom_cstr(rt, "now"), js_new_native(rt, performance_now, "now", 0),
                  JS_PROP_DEFAULT);
  js_define_field(rt, b, js_atom_cstr(rt, "timeOrigin"), js_number(time_origin));
  return b;
}

// --- registration -----------------------------------------------------------------------

static const JsNativeDef process_funcs[] = {
    JS_FN("on", process_on, 2),
    JS_FN("addListener", process_on, 2),
    JS_FN("once", process_once, 2),
    JS_FN("prependListener", process_prepend, 2),
    JS_FN("prependOnceListener", process_prepend_once, 2),
    JS_FN("off", process_off, 2),
    JS_FN("removeListener", process_off, 2),
    JS_FN("removeAllListeners", process_remove_all, 1),
    JS_FN("emit", process_emit, 1),
    JS_FN("listeners", process_listeners, 1),
    JS_FN("rawListeners", process_raw_listeners, 1),
    JS_FN("listenerCount", process_listener_count, 1),
    JS_FN("eventNames", process_event_names, 0),
    JS_FN("setMaxListeners", process_set_max_listeners, 1),
    JS_FN("getMaxListeners", process_get_max_listeners, 0),
    JS_FN("exit", process_exit, 1),
    JS_FN("nextTick", process_next_tick, 1),
    JS_FN("cwd", process_cwd, 0),
    JS_FN("chdir", process_chdir, 1),
    JS_FN("uptime", process_uptime, 0),
    JS_FN("cpuUsage", lazy_method, 1),
    JS_FN("resourceUsage", lazy_method, 0),
    JS_FN("emitWarning", lazy_method, 4),
    JS_FN("kill", lazy_method, 2),
    JS_FN("umask", process_umask, 0),
    JS_FN("getuid", process_getuid, 0),
    JS_FN("geteuid", process_geteuid, 0),
    JS_FN("getgid", process_getgid, 0),
    JS_FN("getegid", process_getegid, 0),
    JS_FN("abort", process_abort, 0),
    JS_GETTER("exitCode", process_get_exit_code),
    JS_SETTER("exitCode", process_set_exit_code),
    JS_GETTER("argv", process_get_argv),
    JS_SETTER("argv", process_set_argv),
    JS_GETTER("env", process_get_env),
    JS_GETTER("stdout", process_get_stdio),
    JS_SETTER("stdout", process_set_stdio),
    JS_GETTER("stderr", process_get_stdio),
    JS_SETTER("stderr", process_set_stdio),
    JS_GETTER("stdin", process_get_stdio),
    JS_SETTER("stdin", process_set_stdio),
    JS_SETTER("env", process_set_env),
};

static void field(JsRt *rt, JsValue obj, const char *name, JsValue v) {
  js_define_field(rt, obj, js_atom_cstr(rt, name), v);
}

// Output that C's stdout still holds is written out before the loop waits
// for I/O (libuv's prepare phase), so a prompt or a progress line shows
// while the program waits, as with node's synchronous writes; between
// waits, console.log and process.stdout keep the speed of a buffer.
static uv_prepare_t flush_before_poll;

static void flush_stdout(uv_prepare_t *h) {
  (void)h;
  fflush(stdout);
}

void stdlib_process_init(JsRt *rt) {
  // As node: a write to a closed pipe fails with EPIPE (process.stdout
  // emits 'error', console.log carries on) instead of killing the program.
  // uv_spawn resets the disposition in children.
  signal(SIGPIPE, SIG_IGN);
  uv_prepare_init(js_uv_loop(rt), &flush_before_poll);
  uv_prepare_start(&flush_before_poll, flush_stdout);
  uv_unref((uv_handle_t *)&flush_before_poll);
  start_ns = uv_hrtime();
  exit_code = JS_UNDEFINED;
  listeners = js_new_object_proto(rt, JS_NULL);
  JsValue p = js_new_object(rt);
  process_obj = p;
  field(rt, p, "title", js_new_cstring(rt, "node"));
  field(rt, p, "version", js_new_cstring(rt, "v" NODE_VERSION));
  field(rt, p, "versions", make_versions(rt));
  field(rt, p, "arch", js_new_cstring(rt, arch_name()));
  field(rt, p, "platform", js_new_cstring(rt, platform_name()));
  JsValue release = js_new_object(rt);
  field(rt, release, "name", js_new_cstring(rt, "node"));
  field(rt, release, "lts", js_new_cstring(rt, "Iron"));
  field(rt, p, "release", release);
  field(rt, p, "execArgv", js_new_array(rt, 0));
  field(rt, p, "pid", js_number((double)getpid()));
  field(rt, p, "ppid", js_number((double)getppid()));
  field(rt, p, "execPath", exec_path(rt));
  field(rt, p, "argv0", js_new_cstring(rt, rt->argc > 0 ? rt->argv[0] : "node"));
  field(rt, p, "features", js_new_object(rt));
  field(rt, p, "config", js_new_object(rt));
  JS_INSTALL(rt, p, process_funcs);
  JsValue hrtime = js_new_native(rt, process_hrtime, "hrtime", 1);
  js_define_value(rt, hrtime, js_atom_cstr(rt, "bigint"),
                  js_new_native(rt, process_hrtime_bigint, "bigint", 0),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  field(rt, p, "hrtime", hrtime);
  JsValue mem = js_new_native(rt, process_memory_usage, "memoryUsage", 0);
  js_define_value(rt, mem, js_atom_cstr(rt, "rss"),
                  js_new_native(rt, process_memory_rss, "rss", 0),
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  field(rt, p, "memoryUsage", mem);
  js_define_value(rt, p, rt->sym_to_string_tag, js_atom_cstr(rt, "process"),
                  JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "process"), p,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  // node's `global`, the global object under its older name.
  js_define_value(rt, rt->global, js_atom_cstr(rt, "global"), rt->global, JS_PROP_DEFAULT);
  uv_timeval64_t tv;
  if (uv_gettimeofday(&tv) == 0)
    time_origin = (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
  rt->run_event_loop = js_loop_run;
}
