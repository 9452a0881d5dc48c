// SPDX-License-Identifier: MIT
//
// atomics.c: the Atomics namespace object (ECMA-262 #sec-atomics-object)
// over the integer typed arrays (stdlib/builtins/typedarray.c). The
// read-modify-write operations work on the buffer's memory (shared or not)
// with the compiler's __atomic builtins, sequentially consistent. The agents
// are processes (a worker_threads Worker is one) that map a
// SharedArrayBuffer's memory: Atomics.wait / notify are futexes on it. On
// an unshared buffer wait /
// waitAsync throw V8's "is not a shared typed array" after validating their
// argument, as node does. Messages are V8's.
//
// Atomics.waitAsync that must wait gives a promise: a helper thread sleeps
// on the futex (woken by Atomics.notify in another process, or timing out)
// and wakes the loop through a uv_async_t; Atomics.notify in this process
// settles this process's waiters on the word first, in the order they
// came, then wakes futex sleepers elsewhere. As in node, a pending
// waitAsync does not keep the process alive.
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

typedef struct Target {
  uint8_t *data;
  uint32_t length;
  int size, type;  // type: 1 signed, 0 unsigned, -1 not an integer kind
  const char *name;
  JsValue array;
} Target;

// How V8 shows the value in its message: "[object Int32Array]", "#<Object>", "1".
static const char *describe(JsRt *rt, JsValue v, const Target *t) {
  if (t && t->name)
    return js_cstr(rt, js_new_stringf(rt, "[object %s]", t->name));
  if (js_is_object(v) && js_is_array(rt, v))
    return "[object Array]";
  return js_value_cstr_short(rt, v);
}

// ValidateIntegerTypedArray(v, waitable): 0, or -1 having thrown.
static int validate_array(JsRt *rt, JsValue v, bool waitable, Target *t) {
  t->name = NULL;
  t->array = v;
  bool typed = js_typed_element_info(v, &t->data, &t->length, &t->size, &t->type, &t->name);
  if (waitable) {
    if (!typed || t->type != 1 || (t->size != 4 && t->size != 8)) {
      js_throw_type_error(rt, "%s is not an int32 or BigInt64 typed array.",
                          describe(rt, v, typed ? t : NULL));
      return -1;
    }
    return 0;
  }
  if (!typed || t->type < 0) {
    js_throw_type_error(rt, "%s is not an integer typed array.",
                        describe(rt, v, typed ? t : NULL));
    return -1;
  }
  return 0;
}

// ValidateAtomicAccess: the element index, or -1 having thrown.
static int64_t validate_index(JsRt *rt, const Target *t, JsValue index) {
  double d = 0;
  if (!js_is_undefined(index) && js_to_integer(rt, index, &d) < 0)
    return -1;
  if (d < 0 || d >= (double)t->length) {
    js_throw_range_error(rt, "Invalid atomic access index");
    return -1;
  }
  return (int64_t)d;
}

// The raw bits of integer [d] for an element (modulo 2^32; the store
// narrows them further).
static uint32_t raw_bits(double d) {
  if (!isfinite(d))
    return 0;
  d = fmod(d, 4294967296.0);
  if (d < 0)
    d += 4294967296.0;
  return (uint32_t)d;
}

static JsValue element_value(JsRt *rt, const Target *t, uint64_t bits) {
  switch (t->size) {
  case 1:
    return js_number(t->type ? (double)(int8_t)bits : (double)(uint8_t)bits);
  case 2:
    return js_number(t->type ? (double)(int16_t)bits : (double)(uint16_t)bits);
  case 4:
    return js_number(t->type ? (double)(int32_t)bits : (double)(uint32_t)bits);
  default:
    return t->type ? js_bigint_from_int64(rt, (int64_t)bits) : js_bigint_from_uint64(rt, bits);
  }
}

// The operand [v] converted for the array: ToIntegerOrInfinity's raw bits,
// or (BigInt64Array / BigUint64Array) ToBigInt's low 64 bits; *num the value
// itself (Atomics.store returns it).
static int operand(JsRt *rt, const Target *t, JsValue v, uint64_t *bits, JsValue *num) {
  if (t->size == 8) {
    JsValue b = js_to_bigint(rt, v);
    if (js_is_exception(b))
      return -1;
    *bits = js_bigint_to_uint64(b);
    *num = b;
    return 0;
  }
  double d;
  if (js_to_integer(rt, v, &d) < 0)
    return -1;
  *bits = raw_bits(d);
  *num = js_number(d == 0 ? 0 : d);  // ToIntegerOrInfinity: -0 is +0
  return 0;
}

enum { OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_AND, OP_OR, OP_XOR, OP_EXCHANGE, OP_CMPXCHG };

#define APPLY(T)                                                                   \
  do {                                                                             \
    T *p = (T *)(void *)(t.data + (size_t)i * sizeof(T));                          \
    T val = (T)v, exp = (T)expected;                                               \
    switch (op) {                                                                  \
    case OP_LOAD: old = (uint64_t)__atomic_load_n(p, __ATOMIC_SEQ_CST); break;      \
    case OP_STORE: __atomic_store_n(p, val, __ATOMIC_SEQ_CST); break;               \
    case OP_ADD: old = (uint64_t)__atomic_fetch_add(p, val, __ATOMIC_SEQ_CST); break; \
    case OP_SUB: old = (uint64_t)__atomic_fetch_sub(p, val, __ATOMIC_SEQ_CST); break; \
    case OP_AND: old = (uint64_t)__atomic_fetch_and(p, val, __ATOMIC_SEQ_CST); break; \
    case OP_OR: old = (uint64_t)__atomic_fetch_or(p, val, __ATOMIC_SEQ_CST); break;   \
    case OP_XOR: old = (uint64_t)__atomic_fetch_xor(p, val, __ATOMIC_SEQ_CST); break; \
    case OP_EXCHANGE: old = (uint64_t)__atomic_exchange_n(p, val, __ATOMIC_SEQ_CST); break; \
    default:                                                                       \
      __atomic_compare_exchange_n(p, &exp, val, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
      old = (uint64_t)exp;                                                         \
      break;                                                                       \
    }                                                                              \
  } while (0)

// Atomics.load/store and AtomicReadModifyWrite: validation, then the
// values' conversion (which may run user code), then the operation.
static JsValue atomic_op(JsRt *rt, int argc, JsValue *argv, int op, const char *fname) {
  Target t;
  if (validate_array(rt, js_arg(argc, argv, 0), false, &t) < 0)
    return JS_EXCEPTION;
  int64_t i = validate_index(rt, &t, js_arg(argc, argv, 1));
  if (i < 0)
    return JS_EXCEPTION;
  uint64_t expected = 0, v = 0, old = 0;
  JsValue num = JS_UNDEFINED, ignored;
  if (op == OP_CMPXCHG && operand(rt, &t, js_arg(argc, argv, 2), &expected, &ignored) < 0)
    return JS_EXCEPTION;
  if (op != OP_LOAD && operand(rt, &t, js_arg(argc, argv, op == OP_CMPXCHG ? 3 : 2), &v, &num) < 0)
    return JS_EXCEPTION;
  // Revalidate: the conversions may have detached the buffer.
  if (!js_typed_element_info(t.array, &t.data, &t.length, &t.size, &t.type, &t.name) ||
      (uint64_t)i >= t.length)
    return js_throw_type_error(rt, "Cannot perform Atomics.%s on a detached ArrayBuffer",
                               fname);
  if (t.size == 1)
    APPLY(uint8_t);
  else if (t.size == 2)
    APPLY(uint16_t);
  else if (t.size == 4)
    APPLY(uint32_t);
  else
    APPLY(uint64_t);
  if (op == OP_STORE)
    return num;
  return element_value(rt, &t, old);
}

NATIVE(atomics_load) { UNUSED_ARGS; return atomic_op(rt, argc, argv, OP_LOAD, "load"); }
NATIVE(atomics_store) { UNUSED_ARGS; return atomic_op(rt, argc, argv, OP_STORE, "store"); }
NATIVE(atomics_add) { UNUSED_ARGS; return atomic_op(rt, argc, argv, OP_ADD, "add"); }
NATIVE(atomics_sub) { UNUSED_ARGS; return atomic_op(rt, argc, argv, OP_SUB, "sub"); }
NATIVE(atomics_and) { UNUSED_ARGS; return atomic_op(rt, argc, argv, OP_AND, "and"); }
NATIVE(atomics_or) { UNUSED_ARGS; return atomic_op(rt, argc, argv, OP_OR, "or"); }
NATIVE(atomics_xor) { UNUSED_ARGS; return atomic_op(rt, argc, argv, OP_XOR, "xor"); }
NATIVE(atomics_exchange) {
  UNUSED_ARGS;
  return atomic_op(rt, argc, argv, OP_EXCHANGE, "exchange");
}
NATIVE(atomics_compare_exchange) {
  UNUSED_ARGS;
  return atomic_op(rt, argc, argv, OP_CMPXCHG, "compareExchange");
}

// #sec-atomics.islockfree: 1, 2, 4 and 8 bytes are (x86-64, aarch64).
NATIVE(atomics_is_lock_free) {
  UNUSED_ARGS;
  double n;
  if (js_to_integer(rt, js_arg(argc, argv, 0), &n) < 0)
    return JS_EXCEPTION;
  return js_bool(n == 1 || n == 2 || n == 4 || n == 8);
}

// A futex on the shared word [addr]: not FUTEX_PRIVATE, since a
// SharedArrayBuffer may be mapped in several processes (worker_threads
// runs each Worker as a process of its own; stdlib/node/worker_threads.js).
static long futex(uint32_t *addr, int op, uint32_t val, const struct timespec *ts) {
  return syscall(SYS_futex, addr, op, val, ts, NULL, 0);
}

// Sleeps on [addr] while it holds [expected], at most [ms]: "ok" when
// woken by Atomics.notify, "not-equal" or "timed-out".
static const char *futex_wait(uint32_t *addr, uint32_t expected, double ms) {
  struct timespec end;
  clock_gettime(CLOCK_MONOTONIC, &end);
  double at = (double)end.tv_sec * 1000 + (double)end.tv_nsec / 1e6 + ms;
  for (;;) {
    struct timespec now, left, *tp = NULL;
    if (ms != INFINITY) {
      clock_gettime(CLOCK_MONOTONIC, &now);
      double rest = at - ((double)now.tv_sec * 1000 + (double)now.tv_nsec / 1e6);
      if (rest <= 0)
        return "timed-out";
      left.tv_sec = (time_t)(rest / 1000);
      left.tv_nsec = (long)(fmod(rest, 1000) * 1e6);
      tp = &left;
    }
    if (futex(addr, FUTEX_WAIT, expected, tp) == 0)
      return "ok";
    if (errno == EAGAIN)
      return "not-equal";
    if (errno == ETIMEDOUT)
      return "timed-out";
    if (errno != EINTR)
      return "not-equal";  // EFAULT: the memory is gone
  }
}

// --- Atomics.waitAsync ------------------------------------------------------

// What the helper thread and the loop share (malloc memory; the last of the
// two to let go frees it).
typedef struct Sleeper {
  uint32_t *addr;
  uint32_t expected;
  double deadline;     // CLOCK_MONOTONIC ms, or INFINITY
  atomic_int settled;  // 0 until the thread or Atomics.notify settles the wait
  atomic_int refs;     // 2: the thread's and the loop's
  atomic_bool done;    // the thread has left the futex
  bool timed_out;      // the thread's answer, written before it wakes the loop
  uv_async_t *async;
} Sleeper;

// The loop's side: the promise and the typed array (keeping the memory
// mapped while the thread sleeps on it), in a block Boehm scans.
typedef struct AsyncWait {
  uv_async_t async;  // first: js_uv_close finds the block from it
  JsRt *rt;
  JsValue promise, array;
  Sleeper *sleeper;
  struct AsyncWait *next;
} AsyncWait;

static AsyncWait *async_waiters;  // this process's, oldest first

// Threads whose wait Atomics.notify settled here while they still sleep on
// the futex: a notify that wakes them all does not count them.
static Sleeper **stale;
static size_t nstale, cap_stale;

static void sleeper_release(Sleeper *s) {
  if (atomic_fetch_sub(&s->refs, 1) == 1)
    free(s);
}

static double now_ms(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)now.tv_sec * 1000 + (double)now.tv_nsec / 1e6;
}

static void *sleeper_main(void *arg) {
  Sleeper *s = arg;
  double ms = s->deadline == INFINITY ? INFINITY : s->deadline - now_ms();
  const char *r = ms <= 0 ? "timed-out" : futex_wait(s->addr, s->expected, ms);
  int none = 0;
  if (atomic_compare_exchange_strong(&s->settled, &none, 1)) {
    // "not-equal": the word changed before the thread slept, a notify
    // most likely came with it.
    s->timed_out = r[0] == 't';
    uv_async_send(s->async);
  } else if (r[0] == 'o') {
    // Settled here already: the wake-up was meant for another sleeper.
    futex(s->addr, FUTEX_WAKE, 1, NULL);
  }
  atomic_store(&s->done, true);
  sleeper_release(s);
  return NULL;
}

// How many stale threads sleep on [word]; lets go of those that woke.
static long stale_on(uint32_t *word) {
  long n = 0;
  size_t k = 0;
  for (size_t i = 0; i < nstale; i++) {
    Sleeper *s = stale[i];
    if (atomic_load(&s->done)) {
      sleeper_release(s);
      continue;
    }
    n += s->addr == word;
    stale[k++] = s;
  }
  nstale = k;
  return n;
}

static void stale_add(Sleeper *s) {
  stale_on(NULL);
  if (nstale == cap_stale) {
    cap_stale = cap_stale ? cap_stale * 2 : 8;
    Sleeper **more = realloc(stale, cap_stale * sizeof *stale);
    if (!more)
      js_fatal_heap_oom();
    stale = more;
  }
  stale[nstale++] = s;
}

// Takes [w] off the list, resolves its promise with [result], lets go.
static void async_wait_settle(AsyncWait *w, const char *result) {
  for (AsyncWait **p = &async_waiters; *p; p = &(*p)->next) {
    if (*p == w) {
      *p = w->next;
      break;
    }
  }
  js_promise_resolve_value(w->rt, w->promise, js_atom_cstr(w->rt, result));
  sleeper_release(w->sleeper);
  w->sleeper = NULL;
  js_uv_close(&w->async, NULL);
}

static void async_wait_woken(uv_async_t *h) {
  AsyncWait *w = (AsyncWait *)h;
  if (!w->sleeper)
    return;
  JsRt *rt = w->rt;
  async_wait_settle(w, w->sleeper->timed_out ? "timed-out" : "ok");
  js_loop_drain(rt);
}

// A thread for [w] that sleeps on [word] until [deadline]; false when
// none could be started.
static bool sleeper_start(AsyncWait *w, uint32_t *word, uint32_t expected, double deadline) {
  Sleeper *s = calloc(1, sizeof *s);
  if (!s)
    js_fatal_heap_oom();
  s->addr = word;
  s->expected = expected;
  s->deadline = deadline;
  s->async = &w->async;
  atomic_init(&s->refs, 2);
  w->sleeper = s;
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  bool ok = pthread_create(&t, &attr, sleeper_main, s) == 0;
  pthread_attr_destroy(&attr);
  if (!ok)
    sleeper_release(s);  // the thread's share
  return ok;
}

// The promise of a waitAsync that waits on [word] while it holds [expected].
static JsValue async_wait_start(JsRt *rt, JsValue array, uint32_t *word, uint32_t expected,
                                double ms) {
  AsyncWait *w = js_uv_alloc(sizeof *w);
  w->rt = rt;
  w->promise = js_promise_new(rt);
  w->array = array;
  uv_async_init(js_uv_loop(rt), &w->async, async_wait_woken);
  uv_unref((uv_handle_t *)&w->async);
  AsyncWait **tail = &async_waiters;
  while (*tail)
    tail = &(*tail)->next;
  *tail = w;
  if (!sleeper_start(w, word, expected, ms == INFINITY ? INFINITY : now_ms() + ms))
    async_wait_settle(w, "timed-out");
  return w->promise;
}

// A SharedArrayBuffer's bytes moved from [old] to [now] (shared with a
// worker, stdlib/node/child_process.c): the waits on the old bytes go on
// on the new ones. Only this process's threads sleep on the old bytes.
void js__atomics_moved(const uint8_t *old, size_t len, uint8_t *now) {
  for (AsyncWait *w = async_waiters; w; w = w->next) {
    Sleeper *s = w->sleeper;
    const uint8_t *at = (const uint8_t *)s->addr;
    int none = 0;
    if (at < old || at >= old + len || !atomic_compare_exchange_strong(&s->settled, &none, 1))
      continue;
    futex(s->addr, FUTEX_WAKE, INT_MAX, NULL);
    uint32_t expected = s->expected;
    double deadline = s->deadline;
    sleeper_release(s);
    if (!sleeper_start(w, (uint32_t *)(void *)(now + (at - old)), expected, deadline))
      async_wait_settle(w, "timed-out");
  }
}

// Atomics.notify's part in this process: settles up to [count] waitAsync
// waits on [word]; how many.
static long notify_async_waiters(uint32_t *word, double count) {
  long n = 0;
  AsyncWait *w = async_waiters;
  while (w && n < count) {
    AsyncWait *next = w->next;
    int none = 0;
    Sleeper *s = w->sleeper;
    if (s->addr == word && atomic_compare_exchange_strong(&s->settled, &none, 1)) {
      atomic_fetch_add(&s->refs, 1);  // the stale list's
      stale_add(s);
      async_wait_settle(w, "ok");
      n++;
    }
    w = next;
  }
  return n;
}

// DoWait (#sec-dowait). Atomics.wait on a shared Int32Array (or
// BigInt64Array, waiting on its low word) sleeps on a futex that
// Atomics.notify in any process sharing the buffer wakes. waitAsync
// answers only without waiting (a zero timeout or "not-equal"); an
// unshared buffer throws as in node.
static JsValue do_wait(JsRt *rt, int argc, JsValue *argv, bool is_async) {
  Target t;
  if (validate_array(rt, js_arg(argc, argv, 0), true, &t) < 0)
    return JS_EXCEPTION;
  if (!js_typed_is_shared(t.array))
    return js_throw_type_error(rt, "%s is not a shared typed array.", describe(rt, t.array, &t));
  int64_t i = validate_index(rt, &t, js_arg(argc, argv, 1));
  if (i < 0)
    return JS_EXCEPTION;
  uint64_t v;
  JsValue num;
  double q;
  if (operand(rt, &t, js_arg(argc, argv, 2), &v, &num) < 0 ||
      js_to_double(rt, js_arg(argc, argv, 3), &q) < 0)
    return JS_EXCEPTION;
  double ms = q != q ? INFINITY : q < 0 ? 0 : q;
  bool equal = t.size == 8
                   ? __atomic_load_n((uint64_t *)(void *)(t.data + (size_t)i * 8),
                                     __ATOMIC_SEQ_CST) == v
                   : __atomic_load_n((uint32_t *)(void *)(t.data + (size_t)i * 4),
                                     __ATOMIC_SEQ_CST) == (uint32_t)v;
  const char *res = equal ? "timed-out" : "not-equal";
  if (is_async) {
    bool waits = res[0] == 't' && ms > 0;
    uint32_t *word = (uint32_t *)(void *)(t.data + (size_t)i * (size_t)t.size);
    JsValue o = js_new_object(rt);
    js_set_prop(rt, o, js_atom_cstr(rt, "async"), js_bool(waits), true);
    js_set_prop(rt, o, js_atom_cstr(rt, "value"),
                waits ? async_wait_start(rt, t.array, word, (uint32_t)v, ms)
                      : js_atom_cstr(rt, res), true);
    return o;
  }
  if (res[0] == 't') {
    uint32_t *word = (uint32_t *)(void *)(t.data + (size_t)i * (size_t)t.size);
    res = futex_wait(word, (uint32_t)v, ms);
  }
  return js_atom_cstr(rt, res);
}

// Atomics.pause(N) (#sec-atomics.pause): a spin-wait hint.
NATIVE(atomics_pause) {
  UNUSED_ARGS;
  JsValue n = js_arg(argc, argv, 0);
  if (!js_is_undefined(n)) {
    double d = js_is_number(n) ? js_get_number(n) : NAN;
    if (!js_is_number(n) || !isfinite(d) || trunc(d) != d)
      return js_throw_type_error(rt, "Atomics.pause argument must be undefined or an integer");
  }
  return JS_UNDEFINED;
}

NATIVE(atomics_wait) { UNUSED_ARGS; return do_wait(rt, argc, argv, false); }
NATIVE(atomics_wait_async) { UNUSED_ARGS; return do_wait(rt, argc, argv, true); }

// #sec-atomics.notify: wakes up to [count] waiters on the word, in this
// process or another sharing the buffer; nobody waits on an unshared one.
NATIVE(atomics_notify) {
  UNUSED_ARGS;
  Target t;
  if (validate_array(rt, js_arg(argc, argv, 0), true, &t) < 0)
    return JS_EXCEPTION;
  int64_t i = validate_index(rt, &t, js_arg(argc, argv, 1));
  if (i < 0)
    return JS_EXCEPTION;
  double count = INFINITY;
  JsValue c = js_arg(argc, argv, 2);
  if (!js_is_undefined(c) && js_to_integer(rt, c, &count) < 0)
    return JS_EXCEPTION;
  if (count <= 0 || !js_typed_is_shared(t.array))
    return js_int(0);
  uint32_t *word = (uint32_t *)(void *)(t.data + (size_t)i * (size_t)t.size);
  long here = notify_async_waiters(word, count);
  count -= (double)here;
  if (count <= 0)
    return js_int((int)here);
  // Waking all: this process's stale threads are among those woken.
  long mine = count >= INT_MAX ? stale_on(word) : 0;
  long n = futex(word, FUTEX_WAKE, count >= INT_MAX ? INT_MAX : (uint32_t)count, NULL);
  n = n < mine ? 0 : n - mine;
  return js_int((int)(here + n));
}

static const JsNativeDef atomics_funcs[] = {
  JS_FN("load", atomics_load, 2),
  JS_FN("store", atomics_store, 3),
  JS_FN("add", atomics_add, 3),
  JS_FN("sub", atomics_sub, 3),
  JS_FN("and", atomics_and, 3),
  JS_FN("or", atomics_or, 3),
  JS_FN("xor", atomics_xor, 3),
  JS_FN("exchange", atomics_exchange, 3),
  JS_FN("compareExchange", atomics_compare_exchange, 4),
  JS_FN("isLockFree", atomics_is_lock_free, 1),
  JS_FN("wait", atomics_wait, 4),
  JS_FN("waitAsync", atomics_wait_async, 4),
  JS_FN("notify", atomics_notify, 3),
  JS_FN("pause", atomics_pause, 0),
};

void stdlib_atomics_init(JsRt *rt) {
  JsValue atomics = js_new_object(rt);
  JS_INSTALL(rt, atomics, atomics_funcs);
  js_define_value(rt, atomics, rt->sym_to_string_tag, js_atom_cstr(rt, "Atomics"),
                  JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Atomics"), atomics,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
