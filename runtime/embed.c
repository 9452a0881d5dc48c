// SPDX-License-Identifier: MIT
//
// embed.c: the embedding API of kiln_embed.h, for C programs that call a
// library compiled with `kiln build --emit=lib`.
//
// A kiln_value is one GC-uncollectable cell holding a JsValue: a root the
// collector sees wherever C keeps the pointer. Every entry point that runs
// JavaScript catches what it throws into `last_error` (a static, so a GC
// root) and returns NULL or -1. After a call, ticks and promise jobs run
// as after any callback into JavaScript (node's MakeCallback); timers and
// I/O run only inside kiln_await and kiln_run_loop.
#include "internal.h"

#include "kiln_embed.h"

#include <gc.h>
#include <math.h>
#include <stdlib.h>
#include <uv.h>

struct kiln_value {
  JsValue v;
};

static JsRt *rt;
static JsValue exports;     // the entry's namespace (or module.exports)
static JsValue last_error;  // JS_EMPTY: none
static char *error_message, *error_stack;

static kiln_value *wrap(JsValue v) {
  kiln_value *h = GC_MALLOC_UNCOLLECTABLE(sizeof *h);
  h->v = v;
  return h;
}

static JsValue unwrap(const kiln_value *h) { return h ? h->v : JS_UNDEFINED; }

void kiln_value_free(kiln_value *v) {
  if (v)
    GC_FREE(v);
}

// --- errors ----------------------------------------------------------------------

// String(v) as malloc'd UTF-8, or NULL if that throws (the exception dropped).
static char *string_of(JsValue v) {
  JsValue s = js_is_string(v) ? v : js_to_string(rt, v);
  if (js_is_exception(s)) {
    js_take_exception(rt);
    return NULL;
  }
  size_t len;
  char *utf8 = js_str_to_utf8(rt, js_str(s), &len);
  char *out = malloc(len + 1);
  memcpy(out, utf8, len);
  out[len] = 0;
  return out;
}

// A property of an error as a string, or NULL (missing, not a string, throws).
static char *error_field(JsValue err, JsValue key) {
  if (!js_is_object(err))
    return NULL;
  JsValue v = js_get_prop(rt, err, key);
  if (js_is_exception(v)) {
    js_take_exception(rt);
    return NULL;
  }
  return js_is_string(v) ? string_of(v) : NULL;
}

void kiln_error_clear(void) {
  last_error = JS_EMPTY;
  free(error_message);
  free(error_stack);
  error_message = error_stack = NULL;
}

static void set_error(JsValue err) {
  kiln_error_clear();
  last_error = err;
  error_message = error_field(err, rt->atom_message);
  if (!error_message)
    error_message = string_of(err);
  if (!error_message)
    error_message = strdup("(an exception that cannot be converted to a string)");
  error_stack = error_field(err, rt->atom_stack);
  if (!error_stack)
    error_stack = strdup(error_message);
}

static void set_error_text(const char *msg) {
  if (rt) {
    set_error(js_new_error(rt, JS_ERROR, "%s", msg));
    return;
  }
  kiln_error_clear();  // before <name>_init: no runtime to make an Error
  error_message = strdup(msg);
  error_stack = strdup(msg);
}

// False, with the error set, before <name>_init has started the runtime.
static bool started(void) {
  if (!rt)
    set_error_text("the kiln runtime is not started (call the library's <name>_init first)");
  return rt != NULL;
}

// The pending exception as the error; NULL for the caller to return.
static kiln_value *caught(void) {
  set_error(js_take_exception(rt));
  return NULL;
}

const char *kiln_error_message(void) { return error_message ? error_message : ""; }
const char *kiln_error_stack(void) { return error_stack; }

kiln_value *kiln_error_value(void) {
  return last_error == JS_EMPTY ? NULL : wrap(last_error);
}

// --- values ----------------------------------------------------------------------

kiln_value *kiln_undefined(void) { return wrap(JS_UNDEFINED); }
kiln_value *kiln_null(void) { return wrap(JS_NULL); }
kiln_value *kiln_bool(int b) { return wrap(b ? JS_TRUE : JS_FALSE); }
kiln_value *kiln_number(double d) { return wrap(js_number(d)); }
kiln_value *kiln_string(const char *utf8) { return kiln_string_len(utf8, strlen(utf8)); }

kiln_value *kiln_string_len(const char *utf8, unsigned long len) {
  if (!started())
    return NULL;
  return wrap(js_new_string(rt, utf8, (size_t)len));
}

// JSON.parse or JSON.stringify.
static JsValue json_call(const char *method, JsValue arg) {
  JsValue json = js_get_prop(rt, rt->global, js_atom_cstr(rt, "JSON"));
  if (js_is_exception(json))
    return json;
  JsValue fn = js_get_prop(rt, json, js_atom_cstr(rt, method));
  if (js_is_exception(fn))
    return fn;
  return js_call(rt, fn, json, 1, &arg);
}

kiln_value *kiln_json(const char *text) {
  kiln_error_clear();
  if (!started())
    return NULL;
  JsValue v = json_call("parse", js_new_string(rt, text, strlen(text)));
  return js_is_exception(v) ? caught() : wrap(v);
}

const char *kiln_typeof(const kiln_value *v) {
  if (!started())
    return "undefined";
  return js_cstr(rt, js_typeof(rt, unwrap(v)));
}

int kiln_is_null(const kiln_value *v) { return js_is_null(unwrap(v)); }
int kiln_is_promise(const kiln_value *v) { return js_is_promise(unwrap(v)); }
int kiln_to_bool(const kiln_value *v) { return started() && js_truthy(rt, unwrap(v)); }

double kiln_to_number(const kiln_value *v) {
  if (!started())
    return NAN;
  JsValue n = js_to_number(rt, unwrap(v));
  if (js_is_exception(n)) {
    caught();
    return NAN;
  }
  return js_get_number(n);
}

char *kiln_to_string(const kiln_value *v) {
  kiln_error_clear();
  if (!started())
    return NULL;
  JsValue s = js_is_string(unwrap(v)) ? unwrap(v) : js_to_string(rt, unwrap(v));
  if (js_is_exception(s))
    return (char *)caught();
  return string_of(s);
}

char *kiln_to_json(const kiln_value *v) {
  kiln_error_clear();
  if (!started())
    return NULL;
  JsValue s = json_call("stringify", unwrap(v));
  if (js_is_exception(s))
    return (char *)caught();
  return string_of(s);  // undefined (a function, a symbol) gives "undefined"
}

kiln_value *kiln_get(const kiln_value *obj, const char *key) {
  kiln_error_clear();
  if (!started())
    return NULL;
  JsValue o = unwrap(obj);
  if (js_is_nullish(o)) {  // V8's message for null.key
    set_error(js_new_error(rt, JS_TYPE_ERROR, "Cannot read properties of %s (reading '%s')",
                           js_is_null(o) ? "null" : "undefined", key));
    return NULL;
  }
  JsValue v = js_get_prop(rt, o, js_atom_cstr(rt, key));
  return js_is_exception(v) ? caught() : wrap(v);
}

// --- the loop ----------------------------------------------------------------------

// Ticks and promise jobs; false (the error set) when something threw that
// nothing caught. The runtime is usable again afterwards.
static bool drain(void) {
  if (js_loop_drain(rt))
    return true;
  set_error(js__loop_take_fatal(rt));
  return false;
}

static JsValue noop(JsRt *r, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                    JsValue new_target) {
  (void)r, (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  return JS_UNDEFINED;
}

// C holds this promise: its rejection is C's to read, never "unhandled".
static void mark_handled(JsValue p) {
  if (js_is_promise(p)) {
    JsValue f = js_new_native(rt, noop, "", 1);
    js_promise_then_internal(rt, p, f, f);
  }
}

kiln_value *kiln_await(const kiln_value *h) {
  kiln_error_clear();
  JsValue p = unwrap(h);
  if (!started())
    return NULL;
  if (!js_is_promise(p))
    return wrap(p);
  mark_handled(p);
  uv_loop_t *loop = js_uv_loop(rt);
  for (;;) {
    if (!drain())
      return NULL;
    JsValue result;
    int state = js_promise_state(p, &result);
    if (state == 1)
      return wrap(result);
    if (state == 2) {
      set_error(result);
      return NULL;
    }
    if (!uv_run(loop, UV_RUN_ONCE) && !js_has_microtasks(rt) &&
        js_promise_state(p, &result) == 0) {
      set_error_text("the event loop ran out of work before the promise settled");
      return NULL;
    }
  }
}

int kiln_run_loop(void) {
  kiln_error_clear();
  if (!started())
    return -1;
  uv_loop_t *loop = js_uv_loop(rt);
  do {
    if (!drain())
      return -1;
  } while (uv_run(loop, UV_RUN_ONCE) || js_has_microtasks(rt));
  return drain() ? 0 : -1;
}

// --- calls -----------------------------------------------------------------------

kiln_value *kiln_export(const char *name) {
  kiln_error_clear();
  if (!started())
    return NULL;
  JsValue key = js_atom_cstr(rt, name);
  int has = js_get_own_property(rt, exports, key, NULL);
  if (has < 0)
    return caught();
  if (has == 0) {
    JsValue err = js_new_error(rt, JS_REFERENCE_ERROR, "the library has no export '%s'", name);
    set_error(err);
    return NULL;
  }
  JsValue v = js_get_prop(rt, exports, key);
  return js_is_exception(v) ? caught() : wrap(v);
}

static kiln_value *call(JsValue fn, const char *what, int argc, kiln_value *const *argv) {
  if (!js_is_callable(fn)) {
    set_error(js_new_error(rt, JS_TYPE_ERROR, "%s is not a function", what));
    return NULL;
  }
  JsValue *args = js_gc_alloc(sizeof(JsValue) * (size_t)(argc > 0 ? argc : 1));
  for (int i = 0; i < argc; i++)
    args[i] = unwrap(argv[i]);
  JsValue r = js_call(rt, fn, JS_UNDEFINED, argc, args);
  if (js_is_exception(r))
    return caught();
  mark_handled(r);
  kiln_value *out = wrap(r);
  if (!drain()) {
    kiln_value_free(out);
    return NULL;
  }
  return out;
}

kiln_value *kiln_call(const char *name, int argc, kiln_value *const *argv) {
  kiln_value *fn = kiln_export(name);
  if (!fn)
    return NULL;
  kiln_value *r = call(fn->v, name, argc, argv);
  kiln_value_free(fn);
  return r;
}

kiln_value *kiln_call_value(const kiln_value *fn, int argc, kiln_value *const *argv) {
  kiln_error_clear();
  return started() ? call(unwrap(fn), "the value", argc, argv) : NULL;
}

// --- start and end -----------------------------------------------------------------

int kiln_embed_start(int argc, char **argv, void (*init)(JsRt *r), const char *filename) {
  static char *no_args[] = {"kiln", NULL};
  if (rt) {
    set_error_text("the kiln runtime is already started (one per process)");
    return -1;
  }
  GC_INIT();
  if (argc <= 0 || !argv) {
    argc = 1;
    argv = no_args;
  }
  last_error = JS_EMPTY;
  exports = JS_UNDEFINED;
  rt = js_rt_new(argc, argv);
  rt->main_filename = filename;
  init(rt);
  JsValue ns;
  JsValue done = js__evaluate_entry(rt, &ns);
  if (js_is_exception(done)) {
    caught();
    return -1;
  }
  exports = ns;
  kiln_value *h = wrap(done);
  kiln_value *r = kiln_await(h);  // top-level await
  kiln_value_free(h);
  if (!r)
    return -1;
  kiln_value_free(r);
  return 0;
}

void kiln_shutdown(void) {
  if (!rt)
    return;
  kiln_run_loop();
  JsValue code = js_int(js_process_exit_code(rt));
  if (js_process_emit(rt, "exit", 1, &code) < 0)
    js_take_exception(rt);
  fflush(stdout);
  fflush(stderr);
}
