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
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <math.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

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
  }
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
    if (res[0] == 't' && ms > 0)
      return js_throw_type_error(rt, "Atomics.waitAsync with a timeout is not supported");
    JsValue o = js_new_object(rt);
    js_set_prop(rt, o, js_atom_cstr(rt, "async"), JS_FALSE, true);
    js_set_prop(rt, o, js_atom_cstr(rt, "value"), js_atom_cstr(rt, res), true);
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
  long n = futex(word, FUTEX_WAKE, count >= INT_MAX ? INT_MAX : (uint32_t)count, NULL);
  return js_int(n < 0 ? 0 : (int)n);
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
