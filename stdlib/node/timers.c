// SPDX-License-Identifier: MIT
//
// timers.c: setTimeout/setInterval/setImmediate and their clear*
// functions, queueMicrotask, and the Timeout and Immediate objects.
//
// Like node, all timers share one uv_timer_t. Each Timeout has an idle
// start and a delay; a binary heap orders them by expiry, then by
// insertion (so equal delays fire in creation order). When the uv timer
// fires, every timer already expired at that moment runs, each callback
// followed by a drain of nextTicks and microtasks; timers created by those
// callbacks expire later (delay >= 1 ms) and wait for the next pass. The
// uv timer is referenced only while some live timer is (unref()).
//
// Immediates run in the check phase from a uv_check_t: the queue as it was
// when the phase began; ones added meanwhile wait for the next iteration.
// A uv_idle_t runs while referenced immediates exist so that the poll
// phase does not block.
//
// Memory: Timer and Immediate records are GC memory reachable from the
// static heap and queue (roots); libuv's handles are static C data.
#include "internal.h"

#include <math.h>
#include <uv.h>

#define TIMEOUT_MAX 2147483647.0

typedef struct Timer {
  JsValue obj;       // the Timeout object
  JsValue callback;
  JsValue context;   // the async context it was set in
  JsValue *args;
  int argc;
  double msecs;      // the coerced delay
  double start;      // loop time when (re)started
  uint64_t seq;      // identifies the current heap entry
  bool repeat;       // setInterval
  bool refed;
  bool alive;        // not cleared and not finished (counts for ref)
  bool cleared;
  uint32_t id;       // for [Symbol.toPrimitive] and clearTimeout(id)
} Timer;

typedef struct HeapEntry {
  double expiry;
  uint64_t seq;
  Timer *t;
} HeapEntry;

static JsRt *the_rt;
static uv_timer_t uv_tm;
static HeapEntry *heap;
static size_t heap_len, heap_cap;
static uint64_t next_seq = 1;
static uint32_t next_id = 1;
static int refed_timers;   // live, referenced timers
static JsValue timeout_proto, immediate_proto;
static JsValue known_ids;  // id -> Timeout, for clearTimeout(number)

// --- the heap ------------------------------------------------------------------

static bool entry_less(const HeapEntry *a, const HeapEntry *b) {
  return a->expiry < b->expiry || (a->expiry == b->expiry && a->seq < b->seq);
}

static void heap_push(HeapEntry e) {
  if (heap_len == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 32;
    heap = js_gc_realloc(heap, heap_cap * sizeof(HeapEntry));
  }
  size_t i = heap_len++;
  while (i > 0 && entry_less(&e, &heap[(i - 1) / 2])) {
    heap[i] = heap[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  heap[i] = e;
}

static void heap_pop(void) {
  HeapEntry last = heap[--heap_len];
  memset(&heap[heap_len], 0, sizeof(HeapEntry));
  if (heap_len == 0)
    return;
  size_t i = 0;
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= heap_len)
      break;
    if (c + 1 < heap_len && entry_less(&heap[c + 1], &heap[c]))
      c++;
    if (!entry_less(&heap[c], &last))
      break;
    heap[i] = heap[c];
    i = c;
  }
  heap[i] = last;
}

// The first entry that still describes its timer (cleared or
// rescheduled timers leave stale entries behind).
static HeapEntry *heap_top(void) {
  while (heap_len) {
    HeapEntry *e = &heap[0];
    if (!e->t->cleared && e->t->seq == e->seq)
      return e;
    heap_pop();
  }
  return NULL;
}

// --- scheduling ------------------------------------------------------------------

static double loop_now(void) {
  uv_loop_t *l = js_uv_loop(the_rt);
  uv_update_time(l);
  return (double)uv_now(l);
}

static void on_uv_timer(uv_timer_t *h);

// Starts the uv timer for the earliest expiry (at least 1 ms ahead, as
// node's RunTimers does), or stops it.
static void arm(void) {
  HeapEntry *e = heap_top();
  if (!e) {
    uv_timer_stop(&uv_tm);
    return;
  }
  double d = ceil(e->expiry - (double)uv_now(js_uv_loop(the_rt)));
  uv_timer_start(&uv_tm, on_uv_timer, d < 1 ? 1 : (uint64_t)d, 0);
  if (refed_timers > 0)
    uv_ref((uv_handle_t *)&uv_tm);
  else
    uv_unref((uv_handle_t *)&uv_tm);
}

static void set_alive(Timer *t, bool alive) {
  if (t->alive == alive)
    return;
  t->alive = alive;
  if (t->refed)
    refed_timers += alive ? 1 : -1;
}

static void set_refed(Timer *t, bool refed) {
  if (t->refed == refed)
    return;
  t->refed = refed;
  if (t->alive)
    refed_timers += refed ? 1 : -1;
}

// (Re)inserts [t] with idle start [start].
static void schedule(Timer *t, double start) {
  t->start = start;
  t->seq = next_seq++;
  set_alive(t, true);
  heap_push((HeapEntry){start + t->msecs, t->seq, t});
  arm();
}

static void unschedule(Timer *t) {
  t->seq = next_seq++;  // the heap entry goes stale
  t->cleared = true;
  set_alive(t, false);
  arm();
}

// Runs one expired timer (node's listOnTimeout body). An interval is
// rescheduled from the time its callback started; a timeout whose callback
// did not refresh it is finished.
static void run_timer(Timer *t) {
  double start = t->repeat ? loop_now() : 0;
  uint64_t fired = t->seq = next_seq++;  // its heap entry is consumed
  js_loop_callback_in(the_rt, t->context, t->callback, t->obj, t->argc, t->args);
  if (js_loop_ending(the_rt) || t->cleared)
    return;
  if (t->repeat)
    schedule(t, start);
  else if (t->seq == fired)
    set_alive(t, false);
}

static void on_uv_timer(uv_timer_t *h) {
  (void)h;
  double now = loop_now();
  HeapEntry *e;
  while ((e = heap_top()) && e->expiry <= now) {
    Timer *t = e->t;
    heap_pop();
    run_timer(t);
    if (js_loop_ending(the_rt))
      return;
  }
  arm();
}

// --- Timeout objects -----------------------------------------------------------

static Timer *timer_of(JsValue v) {
  if (!js_is_object(v) || js_obj(v)->proto != js_obj(timeout_proto))
    return NULL;
  return (Timer *)js_obj(v)->internal;
}

// Node's TimeoutOverflowWarning, through process.emitWarning.
static int overflow_warning(JsRt *rt, double d) {
  JsValue process = js_get_prop(rt, rt->global, js_atom_cstr(rt, "process"));
  if (js_is_exception(process))
    return -1;
  JsValue emit = js_get_prop(rt, process, js_atom_cstr(rt, "emitWarning"));
  if (js_is_exception(emit))
    return -1;
  if (!js_is_callable(emit))
    return 0;
  JsValue text = js_to_string(rt, js_number(d));
  if (js_is_exception(text))
    return -1;
  JsValue args[2] = {
      js_concat(rt, text, js_atom_cstr(rt, " does not fit into a 32-bit signed integer."
                                           "\nTimeout duration was set to 1.")),
      js_atom_cstr(rt, "TimeoutOverflowWarning")};
  return js_is_exception(js_call(rt, emit, process, 2, args)) ? -1 : 0;
}

// Node's delay coercion: ToNumber, then anything outside [1, 2^31-1]
// (and NaN) becomes 1; above the range with a TimeoutOverflowWarning.
static int coerce_delay(JsRt *rt, JsValue v, double *out) {
  double d = 1;
  if (v != JS_UNDEFINED && js_to_double(rt, v, &d) < 0)
    return -1;
  if (d > TIMEOUT_MAX && overflow_warning(rt, d) < 0)
    return -1;
  if (!(d >= 1 && d <= TIMEOUT_MAX))
    d = 1;
  *out = d;
  return 0;
}

static JsValue copy_args(int argc, JsValue *argv, int from, JsValue **out) {
  int n = argc > from ? argc - from : 0;
  *out = NULL;
  if (n > 0) {
    *out = js_gc_alloc((size_t)n * sizeof(JsValue));
    memcpy(*out, argv + from, (size_t)n * sizeof(JsValue));
  }
  return js_int(n);
}

static JsValue new_timer(JsRt *rt, int argc, JsValue *argv, bool repeat) {
  JsValue cb = js_arg(argc, argv, 0);
  if (!js_is_callable(cb))
    return js_throw_invalid_callback(rt, "callback", cb);
  Timer *t = js_gc_alloc(sizeof(Timer));
  if (coerce_delay(rt, js_arg(argc, argv, 1), &t->msecs) < 0)
    return JS_EXCEPTION;
  t->callback = cb;
  t->context = js_async_context();
  t->argc = js_get_int(copy_args(argc, argv, 2, &t->args));
  t->repeat = repeat;
  t->refed = true;
  t->id = next_id++;
  JsObject *o = js_new_object_class(rt, timeout_proto, JS_CLASS_OBJECT);
  o->internal = t;
  t->obj = js_from_cell(o);
  schedule(t, loop_now());
  return t->obj;
}

static JsValue timers_set_timeout(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  return new_timer(rt, argc, argv, false);
}

static JsValue timers_set_interval(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  return new_timer(rt, argc, argv, true);
}

// clearTimeout / clearInterval: a Timeout, or the number its
// [Symbol.toPrimitive] gave; anything else is ignored.
static JsValue timers_clear_timeout(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  JsValue v = js_arg(argc, argv, 0);
  if (js_is_number(v) || js_is_string(v)) {
    JsValue key = js_to_property_key(rt, v);
    if (js_is_exception(key))
      return key;
    v = js_get_prop(rt, known_ids, key);
    if (js_is_exception(v))
      return v;
    js_delete_property(rt, known_ids, key);
  }
  Timer *t = timer_of(v);
  if (t && !t->cleared)
    unschedule(t);
  return JS_UNDEFINED;
}

static JsValue timeout_this(JsRt *rt, JsValue this_val, Timer **t) {
  *t = timer_of(this_val);
  if (!*t)
    return js_throw_type_error(rt, "Illegal invocation");
  return JS_UNDEFINED;
}

static JsValue timeout_ref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  set_refed(t, true);
  arm();
  return this_val;
}

static JsValue timeout_unref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  set_refed(t, false);
  arm();
  return this_val;
}

static JsValue timeout_has_ref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  return js_bool(t->refed);
}

// refresh(): restart the countdown from now (revives a fired timeout, not
// a cleared one).
static JsValue timeout_refresh(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  if (!t->cleared)
    schedule(t, loop_now());
  return this_val;
}

static JsValue timeout_close(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  if (!t->cleared)
    unschedule(t);
  return this_val;
}

static JsValue timeout_to_primitive(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  js_set_index(rt, known_ids, t->id, this_val, false);
  return js_int((int32_t)t->id);
}

// --- immediates ----------------------------------------------------------------

typedef struct Immediate {
  struct Immediate *next;
  JsValue obj, callback;
  JsValue context;   // the async context it was set in
  JsValue *args;
  int argc;
  bool refed, done;  // done: ran or cleared
} Immediate;

static Immediate *imm_head, *imm_tail;
static int refed_immediates;
static uv_check_t uv_check;
static uv_idle_t uv_idle;

static void on_idle(uv_idle_t *h) { (void)h; }

// The idle handle keeps the loop alive (and poll from blocking) exactly
// while referenced immediates wait.
static void update_idle(void) {
  if (refed_immediates > 0)
    uv_idle_start(&uv_idle, on_idle);
  else
    uv_idle_stop(&uv_idle);
}

static void immediate_finish(Immediate *im) {
  if (im->done)
    return;
  im->done = true;
  if (im->refed)
    refed_immediates--;
}

static void on_check(uv_check_t *h) {
  (void)h;
  Immediate *im = imm_head;
  imm_head = imm_tail = NULL;  // immediates added now run next iteration
  while (im) {
    Immediate *next = im->next;
    im->next = NULL;
    if (!im->done) {
      immediate_finish(im);
      if (!js_loop_callback_in(the_rt, im->context, im->callback, im->obj, im->argc,
                               im->args))
        return;
    }
    im = next;
  }
  update_idle();
}

static Immediate *immediate_of(JsValue v) {
  if (!js_is_object(v) || js_obj(v)->proto != js_obj(immediate_proto))
    return NULL;
  return (Immediate *)js_obj(v)->internal;
}

static JsValue timers_set_immediate(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  JsValue cb = js_arg(argc, argv, 0);
  if (!js_is_callable(cb))
    return js_throw_invalid_callback(rt, "callback", cb);
  Immediate *im = js_gc_alloc(sizeof(Immediate));
  im->callback = cb;
  im->context = js_async_context();
  im->argc = js_get_int(copy_args(argc, argv, 1, &im->args));
  im->refed = true;
  JsObject *o = js_new_object_class(rt, immediate_proto, JS_CLASS_OBJECT);
  o->internal = im;
  im->obj = js_from_cell(o);
  if (imm_tail)
    imm_tail->next = im;
  else
    imm_head = im;
  imm_tail = im;
  refed_immediates++;
  update_idle();
  return im->obj;
}

static JsValue timers_clear_immediate(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  Immediate *im = immediate_of(js_arg(argc, argv, 0));
  if (im) {
    immediate_finish(im);
    update_idle();
  }
  return JS_UNDEFINED;
}

static JsValue immediate_this(JsRt *rt, JsValue this_val, Immediate **im) {
  *im = immediate_of(this_val);
  if (!*im)
    return js_throw_type_error(rt, "Illegal invocation");
  return JS_UNDEFINED;
}

static JsValue immediate_set_ref(JsRt *rt, JsValue this_val, bool refed) {
  Immediate *im;
  if (js_is_exception(immediate_this(rt, this_val, &im)))
    return JS_EXCEPTION;
  if (im->refed != refed && !im->done)
    refed_immediates += refed ? 1 : -1;
  im->refed = refed;
  update_idle();
  return this_val;
}

static JsValue immediate_ref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  return immediate_set_ref(rt, this_val, true);
}

static JsValue immediate_unref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return immediate_set_ref(rt, this_val, false);
}

static JsValue immediate_has_ref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  Immediate *im;
  if (js_is_exception(immediate_this(rt, this_val, &im)))
    return JS_EXCEPTION;
  return js_bool(im->refed);
}

// --- queueMicrotask ------------------------------------------------------------

static JsValue timers_queue_microtask(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsValue cb = js_arg(argc, argv, 0);
  if (!js_is_callable(cb))
    return js_throw_invalid_callback(rt, "callback", cb);
  js_enqueue_job(rt, cb, 0, NULL);
  return JS_UNDEFINED;
}

// Node's Timeout fields that code reads (and _onTimeout, that tests call or
// replace): accessors over the timer.
static JsValue timeout_idle_timeout(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  return t->cleared ? js_int(-1) : js_number(t->msecs);
}

static JsValue timeout_repeat(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  return t->repeat ? js_number(t->msecs) : JS_NULL;
}

static JsValue timeout_destroyed(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  return js_bool(!t->alive);
}

static JsValue timeout_get_on_timeout(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                      JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  return t->callback;
}

static JsValue timeout_set_on_timeout(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                      JsValue *argv, JsValue new_target) {
  Timer *t;
  if (js_is_exception(timeout_this(rt, this_val, &t)))
    return JS_EXCEPTION;
  t->callback = js_arg(argc, argv, 0);
  return JS_UNDEFINED;
}

// --- registration --------------------------------------------------------------

static const JsNativeDef timeout_proto_funcs[] = {
    JS_FN("ref", timeout_ref, 0),
    JS_FN("unref", timeout_unref, 0),
    JS_FN("hasRef", timeout_has_ref, 0),
    JS_FN("refresh", timeout_refresh, 0),
    JS_FN("close", timeout_close, 0),
    JS_FN("[Symbol.toPrimitive]", timeout_to_primitive, 0),
    JS_GETTER("_idleTimeout", timeout_idle_timeout),
    JS_GETTER("_repeat", timeout_repeat),
    JS_GETTER("_destroyed", timeout_destroyed),
    JS_GETTER("_onTimeout", timeout_get_on_timeout),
    JS_SETTER("_onTimeout", timeout_set_on_timeout),
};

static const JsNativeDef immediate_proto_funcs[] = {
    JS_FN("ref", immediate_ref, 0),
    JS_FN("unref", immediate_unref, 0),
    JS_FN("hasRef", immediate_has_ref, 0),
};

// Node's globals are enumerable, in this order (Object.keys(globalThis)).
static const JsNativeDef timers_global_funcs[] = {
    JS_FN("clearImmediate", timers_clear_immediate, 1),
    JS_FN("setImmediate", timers_set_immediate, 1),
    JS_FN("clearInterval", timers_clear_timeout, 1),
    JS_FN("clearTimeout", timers_clear_timeout, 1),
    JS_FN("setInterval", timers_set_interval, 2),
    JS_FN("setTimeout", timers_set_timeout, 2),
    JS_FN("queueMicrotask", timers_queue_microtask, 1),
};

// A constructor that only names instances for inspection (Timeout {}).
static JsValue illegal_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  return js_throw_type_error(rt, "Illegal constructor");
}

static JsValue make_class(JsRt *rt, const char *name, const JsNativeDef *defs, size_t n) {
  JsValue proto = js_new_object(rt);
  js_new_native_ctor(rt, illegal_ctor, name, 0, proto);
  js_install(rt, proto, defs, n);
  return proto;
}

void stdlib_timers_init(JsRt *rt) {
  the_rt = rt;
  uv_loop_t *l = js_uv_loop(rt);
  uv_timer_init(l, &uv_tm);
  uv_check_init(l, &uv_check);
  uv_check_start(&uv_check, on_check);
  uv_unref((uv_handle_t *)&uv_check);
  uv_idle_init(l, &uv_idle);
  timeout_proto = make_class(rt, "Timeout", timeout_proto_funcs,
                             sizeof timeout_proto_funcs / sizeof timeout_proto_funcs[0]);
  immediate_proto = make_class(rt, "Immediate", immediate_proto_funcs,
                               sizeof immediate_proto_funcs / sizeof immediate_proto_funcs[0]);
  known_ids = js_new_object_proto(rt, JS_NULL);
  for (size_t i = 0; i < sizeof timers_global_funcs / sizeof timers_global_funcs[0]; i++) {
    const JsNativeDef *d = &timers_global_funcs[i];
    js_define_value(rt, rt->global, js_atom_cstr(rt, d->name),
                    js_new_native(rt, d->fn, d->name, d->length), JS_PROP_DEFAULT);
  }
}
