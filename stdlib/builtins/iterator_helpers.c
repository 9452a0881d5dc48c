// SPDX-License-Identifier: MIT
//
// iterator_helpers.c: the Iterator constructor and the ES2025 iterator
// helpers (ECMA-262 #sec-iterator-objects): Iterator.from with
// %WrapForValidIteratorPrototype%, the eager methods (reduce, toArray,
// forEach, some, every, find) and the lazy ones (map, filter, take, drop,
// flatMap) on %Iterator.prototype% (rt->iterator_proto).
//
// The spec writes each lazy helper as an abstract closure run as a
// generator (CreateIteratorFromClosure). Here every helper object is a
// JS_CLASS_ITERATOR_HELPER whose `internal` is a `Helper`: the underlying
// iterator record plus the closure's variables, and a generator state.
// helper_run() resumes the closure after its last Yield (or from the start)
// and runs it to the next Yield; helper_abort() resumes it with a return
// completion at that Yield (%IteratorHelperPrototype%.return).
#include "internal.h"

#include <math.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

typedef enum HelperKind {
  H_MAP, H_FILTER, H_TAKE, H_DROP, H_FLAT_MAP,
  H_CHUNKS, H_WINDOWS,  // iterator-chunking proposal
  H_CONCAT,             // Iterator.concat (iterator-sequencing)
  H_ZIP,                // Iterator.zip / zipKeyed (joint-iteration)
  H_WRAP,  // %WrapForValidIteratorPrototype% object: [[Iterated]] only
} HelperKind;

// [[GeneratorState]].
typedef enum HelperState {
  S_START,    // suspended-start
  S_YIELD,    // suspended-yield
  S_RUNNING,  // executing
  S_DONE,     // completed
} HelperState;

typedef struct Helper {
  HelperKind kind;
  HelperState state;
  JsValue iter, next;        // [[UnderlyingIterator]] / [[Iterated]]
  JsValue fn;                // mapper or predicate
  double counter;
  double remaining;          // take/drop; may be +Infinity
  JsValue inner, inner_next; // flatMap, concat: the inner iterator while alive, else 0
  JsValue *buf;              // chunks/windows: the buffer; concat: (method, iterable) pairs
  uint32_t len, cap;         // buf: used / allocated; concat: len pairs
  uint32_t pos;              // concat: the next pair to open
  bool partial;              // windows: undersized is "allow-partial"
  // zip: the iterators (0 once exhausted in mode longest), their next
  // methods, which are still in [[UnderlyingIterators]], the padding and,
  // for zipKeyed, the keys (else NULL).
  uint32_t count;
  int mode;                  // ZIP_SHORTEST, ZIP_LONGEST, ZIP_STRICT
  JsValue *iters, *nexts, *padding, *keys;
  bool *open;
} Helper;

enum { ZIP_SHORTEST, ZIP_LONGEST, ZIP_STRICT };

static JsValue iterator_ctor, helper_proto, wrap_proto;

static Helper *helper_of(JsValue v, bool wrap) {
  if (js_class_of(v) != JS_CLASS_ITERATOR_HELPER)
    return NULL;
  Helper *h = js_obj(v)->internal;
  if (!h || (h->kind == H_WRAP) != wrap)
    return NULL;
  return h;
}

static JsValue new_helper(JsRt *rt, HelperKind kind, JsValue proto, JsValue iter,
                          JsValue next, JsValue fn) {
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_ITERATOR_HELPER);
  Helper *h = js_gc_alloc(sizeof(Helper));
  h->kind = kind;
  h->state = S_START;
  h->iter = iter;
  h->next = next;
  h->fn = fn;
  o->internal = h;
  return js_from_cell(o);
}

// IteratorStepValue: 1 with *value, 0 done, -1 threw.
static int step_value(JsRt *rt, JsValue iter, JsValue next, JsValue *value) {
  JsValue r = js_iterator_step(rt, iter, next, value);
  if (js_is_exception(r))
    return -1;
  return r == JS_TRUE;
}

// IteratorStep without reading `value`: 1 not done, 0 done, -1 threw.
static int step_only(JsRt *rt, JsValue iter, JsValue next) {
  if (!js_is_callable(next)) {
    js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, next));
    return -1;
  }
  JsValue res = js_call(rt, next, iter, 0, NULL);
  if (js_is_exception(res))
    return -1;
  if (!js_is_object(res)) {
    js_throw_type_error(rt, "Iterator result %s is not an object",
                        js_value_cstr_short(rt, res));
    return -1;
  }
  JsValue done = js_get_prop(rt, res, rt->atom_done);
  if (js_is_exception(done))
    return -1;
  return !js_truthy(rt, done);
}

// IteratorClose(iter, throw completion): the pending exception stays.
static JsValue close_throw(JsRt *rt, JsValue iter) {
  js_iterator_close(rt, iter, true);
  return JS_EXCEPTION;
}

static JsValue call2(JsRt *rt, JsValue fn, JsValue a, double counter) {
  JsValue args[2] = {a, js_number(counter)};
  return js_call(rt, fn, JS_UNDEFINED, 2, args);
}

// GetIteratorFlattenable (#sec-getiteratorflattenable); stores the next
// method in *next. Throws.
static JsValue get_iterator_flattenable(JsRt *rt, JsValue obj, bool strings, JsValue *next) {
  if (!js_is_object(obj) && !(strings && js_is_string(obj)))
    return js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, obj));
  JsValue method = js_get_method(rt, obj, rt->sym_iterator);
  if (js_is_exception(method))
    return method;
  JsValue iter = obj;
  if (method != JS_UNDEFINED) {
    iter = js_call(rt, method, obj, 0, NULL);
    if (js_is_exception(iter))
      return iter;
  }
  if (!js_is_object(iter))
    return js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, iter));
  JsValue n = js_get_prop(rt, iter, rt->atom_next);
  if (js_is_exception(n))
    return n;
  *next = n;
  return iter;
}

// ---------------------------------------------------------------------------
// The closures as state machines.
// ---------------------------------------------------------------------------

static void buf_push(Helper *h, JsValue v) {
  if (h->len == h->cap) {
    uint32_t cap = h->cap ? h->cap * 2 : 8;
    JsValue *nb = js_gc_alloc(cap * sizeof(JsValue));
    if (h->len)
      memcpy(nb, h->buf, h->len * sizeof(JsValue));
    h->buf = nb;
    h->cap = cap;
  }
  h->buf[h->len++] = v;
}

// Iterator.prototype.chunks' closure; h->remaining is chunkSize and
// h->pos becomes 1 once the underlying iterator is done.
static int run_chunks(JsRt *rt, Helper *h, JsValue *out) {
  if (h->pos)
    return 0;
  for (;;) {
    JsValue v;
    int r = step_value(rt, h->iter, h->next, &v);
    if (r < 0)
      return -1;
    if (r == 0) {
      h->pos = 1;
      if (h->len == 0)
        return 0;
      *out = js_new_array_from(rt, h->len, h->buf);
      h->len = 0;
      return 1;
    }
    buf_push(h, v);
    if (h->len == h->remaining) {
      *out = js_new_array_from(rt, h->len, h->buf);
      h->len = 0;
      return 1;
    }
  }
}

// Iterator.prototype.windows' closure; h->remaining is windowSize.
static int run_windows(JsRt *rt, Helper *h, JsValue *out) {
  if (h->pos)
    return 0;
  for (;;) {
    JsValue v;
    int r = step_value(rt, h->iter, h->next, &v);
    if (r < 0)
      return -1;
    if (r == 0) {
      h->pos = 1;
      if (!h->partial || h->len == 0 || h->len == h->remaining)
        return 0;
      *out = js_new_array_from(rt, h->len, h->buf);
      return 1;
    }
    if (h->len == h->remaining) {
      memmove(h->buf, h->buf + 1, (h->len - 1) * sizeof(JsValue));
      h->len--;
    }
    buf_push(h, v);
    if (h->len == h->remaining) {
      *out = js_new_array_from(rt, h->len, h->buf);
      return 1;
    }
  }
}

// Iterator.concat's closure: h->buf holds h->len (open method, iterable)
// pairs, h->pos the next to open, h->inner the one being read.
static int run_concat(JsRt *rt, Helper *h, JsValue *out) {
  for (;;) {
    if (h->inner) {
      JsValue v;
      int r = step_value(rt, h->inner, h->inner_next, &v);
      if (r < 0) {
        h->inner = h->inner_next = 0;
        return -1;
      }
      if (r > 0) {
        *out = v;
        return 1;
      }
      h->inner = h->inner_next = 0;
    }
    if (h->pos == h->len)
      return 0;
    JsValue method = h->buf[2 * h->pos], iterable = h->buf[2 * h->pos + 1];
    h->pos++;
    JsValue iter = js_call(rt, method, iterable, 0, NULL);
    if (js_is_exception(iter))
      return -1;
    if (!js_is_object(iter)) {
      js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, iter));
      return -1;
    }
    JsValue next = js_get_prop(rt, iter, rt->atom_next);
    if (js_is_exception(next))
      return -1;
    h->inner = iter;
    h->inner_next = next;
  }
}

// IteratorCloseAll (#sec-closeall) over the zip iterators still open, last
// first; [throwing]: the completion is the pending exception. Returns -1
// when the completion ends up a throw, else 0.
static int zip_close_all(JsRt *rt, Helper *h, bool throwing) {
  for (uint32_t i = h->count; i-- > 0;) {
    if (!h->open[i])
      continue;
    h->open[i] = false;
    if (throwing)
      js_iterator_close(rt, h->iters[i], true);
    else if (js_is_exception(js_iterator_close(rt, h->iters[i], false)))
      throwing = true;
  }
  return throwing ? -1 : 0;
}

static int zip_throw(JsRt *rt, Helper *h, const char *msg) {
  js_throw_type_error(rt, "%s", msg);
  return zip_close_all(rt, h, true);
}

// The rest of IteratorZip's mode "strict" once iterator 0 is done: every
// other one must be done too.
static int zip_strict_rest(JsRt *rt, Helper *h) {
  for (uint32_t k = 1; k < h->count; k++) {
    int r = step_only(rt, h->iters[k], h->nexts[k]);
    if (r < 0) {
      h->open[k] = false;
      return zip_close_all(rt, h, true);
    }
    if (r > 0)
      return zip_throw(rt, h, "Iterators passed to Iterator.zip in mode \"strict\" "
                              "have different lengths");
    h->open[k] = false;
  }
  return 0;
}

static JsValue zip_finish(JsRt *rt, Helper *h, JsValue *results) {
  if (!h->keys)
    return js_new_array_from(rt, h->count, results);
  JsValue obj = js_new_object_proto(rt, JS_NULL);
  for (uint32_t i = 0; i < h->count; i++)
    js_define_value(rt, obj, h->keys[i], results[i], JS_PROP_DEFAULT);
  return obj;
}

// IteratorZip's closure (#sec-IteratorZip).
static int run_zip(JsRt *rt, Helper *h, JsValue *out) {
  if (h->count == 0)
    return 0;
  JsValue *results = js_gc_alloc(h->count * sizeof(JsValue));
  for (uint32_t i = 0; i < h->count; i++) {
    if (!h->iters[i]) {
      results[i] = h->padding[i];
      continue;
    }
    JsValue v;
    int r = step_value(rt, h->iters[i], h->nexts[i], &v);
    if (r < 0) {
      h->open[i] = false;
      return zip_close_all(rt, h, true);
    }
    if (r == 0) {
      h->open[i] = false;
      if (h->mode == ZIP_SHORTEST)
        return zip_close_all(rt, h, false);
      if (h->mode == ZIP_STRICT) {
        if (i != 0)
          return zip_throw(rt, h, "Iterators passed to Iterator.zip in mode \"strict\" "
                                  "have different lengths");
        return zip_strict_rest(rt, h);
      }
      bool any_open = false;
      for (uint32_t k = 0; k < h->count; k++)
        any_open |= h->open[k];
      if (!any_open)
        return 0;
      h->iters[i] = 0;
      v = h->padding[i];
    }
    results[i] = v;
  }
  *out = zip_finish(rt, h, results);
  return 1;
}

// Runs the closure to its next Yield: 1 yielded *out, 0 returned, -1 threw.
static int helper_run(JsRt *rt, Helper *h, JsValue *out) {
  JsValue v = JS_UNDEFINED;
  int r;
  switch (h->kind) {
  case H_MAP: {
    if ((r = step_value(rt, h->iter, h->next, &v)) <= 0)
      return r;
    JsValue mapped = call2(rt, h->fn, v, h->counter);
    if (js_is_exception(mapped)) {
      close_throw(rt, h->iter);
      return -1;
    }
    h->counter++;
    *out = mapped;
    return 1;
  }
  case H_FILTER:
    for (;;) {
      if ((r = step_value(rt, h->iter, h->next, &v)) <= 0)
        return r;
      JsValue sel = call2(rt, h->fn, v, h->counter);
      if (js_is_exception(sel)) {
        close_throw(rt, h->iter);
        return -1;
      }
      h->counter++;
      if (js_truthy(rt, sel)) {
        *out = v;
        return 1;
      }
    }
  case H_TAKE:
    if (h->remaining == 0)
      return js_is_exception(js_iterator_close(rt, h->iter, false)) ? -1 : 0;
    if (h->remaining != INFINITY)
      h->remaining--;
    if ((r = step_value(rt, h->iter, h->next, &v)) <= 0)
      return r;
    *out = v;
    return 1;
  case H_DROP:
    while (h->remaining > 0) {
      if (h->remaining != INFINITY)
        h->remaining--;
      if ((r = step_only(rt, h->iter, h->next)) <= 0)
        return r;
    }
    if ((r = step_value(rt, h->iter, h->next, &v)) <= 0)
      return r;
    *out = v;
    return 1;
  case H_FLAT_MAP:
    for (;;) {
      if (h->inner) {
        r = step_value(rt, h->inner, h->inner_next, &v);
        if (r < 0) {
          h->inner = 0;
          close_throw(rt, h->iter);
          return -1;
        }
        if (r > 0) {
          *out = v;
          return 1;
        }
        h->inner = h->inner_next = 0;
        h->counter++;
      }
      if ((r = step_value(rt, h->iter, h->next, &v)) <= 0)
        return r;
      JsValue mapped = call2(rt, h->fn, v, h->counter);
      if (js_is_exception(mapped)) {
        close_throw(rt, h->iter);
        return -1;
      }
      JsValue inner_next = JS_UNDEFINED;
      JsValue inner = get_iterator_flattenable(rt, mapped, false, &inner_next);
      if (js_is_exception(inner)) {
        close_throw(rt, h->iter);
        return -1;
      }
      h->inner = inner;
      h->inner_next = inner_next;
    }
  case H_CHUNKS:
    return run_chunks(rt, h, out);
  case H_WINDOWS:
    return run_windows(rt, h, out);
  case H_CONCAT:
    return run_concat(rt, h, out);
  case H_ZIP:
    return run_zip(rt, h, out);
  case H_WRAP:
    break;
  }
  return 0;
}

// Resumes the closure suspended at a Yield with a return completion:
// 0 returned, -1 threw.
static int helper_abort(JsRt *rt, Helper *h) {
  if (h->kind == H_ZIP)
    return zip_close_all(rt, h, false);
  if (h->kind == H_CONCAT) {
    JsValue inner = h->inner;
    h->inner = h->inner_next = 0;
    return inner && js_is_exception(js_iterator_close(rt, inner, false)) ? -1 : 0;
  }
  // chunks/windows suspended at their last Yield: the underlying iterator
  // is done and is not closed again.
  if ((h->kind == H_CHUNKS || h->kind == H_WINDOWS) && h->pos)
    return 0;
  if (h->kind == H_FLAT_MAP && h->inner) {
    JsValue inner = h->inner;
    h->inner = h->inner_next = 0;
    if (js_is_exception(js_iterator_close(rt, inner, false))) {
      close_throw(rt, h->iter);
      return -1;
    }
  }
  return js_is_exception(js_iterator_close(rt, h->iter, false)) ? -1 : 0;
}

static void helper_finish(Helper *h) {
  h->state = S_DONE;
  h->fn = h->inner = h->inner_next = 0;
}

NATIVE(helper_next) {
  UNUSED_ARGS;
  Helper *h = helper_of(this_val, false);
  if (!h)
    return js_throw_type_error(rt, "Method Iterator Helper.prototype.next called on "
                                   "incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  if (h->state == S_RUNNING)
    return js_throw_type_error(rt, "Generator is already running");
  if (h->state == S_DONE)
    return js_iter_result(rt, JS_UNDEFINED, true);
  h->state = S_RUNNING;
  JsValue v = JS_UNDEFINED;
  int r = helper_run(rt, h, &v);
  if (r > 0) {
    h->state = S_YIELD;
    return js_iter_result(rt, v, false);
  }
  helper_finish(h);
  return r < 0 ? JS_EXCEPTION : js_iter_result(rt, JS_UNDEFINED, true);
}

// %IteratorHelperPrototype%.return (#sec-%iteratorhelperprototype%.return).
NATIVE(helper_return) {
  UNUSED_ARGS;
  Helper *h = helper_of(this_val, false);
  if (!h)
    return js_throw_type_error(rt, "Method Iterator Helper.prototype.return called on "
                                   "incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  if (h->state == S_START) {
    helper_finish(h);
    // IteratorCloseAll(O.[[UnderlyingIterators]], ReturnCompletion(undefined)).
    if (h->kind == H_ZIP) {
      if (zip_close_all(rt, h, false) < 0)
        return JS_EXCEPTION;
    } else if (h->kind != H_CONCAT &&
               js_is_exception(js_iterator_close(rt, h->iter, false))) {
      return JS_EXCEPTION;
    }
    return js_iter_result(rt, JS_UNDEFINED, true);
  }
  if (h->state == S_RUNNING)
    return js_throw_type_error(rt, "Generator is already running");
  if (h->state == S_DONE)
    return js_iter_result(rt, JS_UNDEFINED, true);
  h->state = S_RUNNING;
  int r = helper_abort(rt, h);
  helper_finish(h);
  return r < 0 ? JS_EXCEPTION : js_iter_result(rt, JS_UNDEFINED, true);
}

// ---------------------------------------------------------------------------
// %WrapForValidIteratorPrototype% and Iterator.from.
// ---------------------------------------------------------------------------

NATIVE(wrap_next) {
  UNUSED_ARGS;
  Helper *h = helper_of(this_val, true);
  if (!h)
    return js_throw_type_error(rt, "Method WrapForValidIteratorPrototype.next called "
                                   "on incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  if (!js_is_callable(h->next))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, h->next));
  return js_call(rt, h->next, h->iter, 0, NULL);
}

NATIVE(wrap_return) {
  UNUSED_ARGS;
  Helper *h = helper_of(this_val, true);
  if (!h)
    return js_throw_type_error(rt, "Method WrapForValidIteratorPrototype.return called "
                                   "on incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  JsValue m = js_get_method(rt, h->iter, rt->atom_return);
  if (js_is_exception(m))
    return m;
  if (m == JS_UNDEFINED)
    return js_iter_result(rt, JS_UNDEFINED, true);
  return js_call(rt, m, h->iter, 0, NULL);
}

NATIVE(iterator_from) {
  UNUSED_ARGS;
  JsValue next = JS_UNDEFINED;
  JsValue iter = get_iterator_flattenable(rt, js_arg(argc, argv, 0), true, &next);
  if (js_is_exception(iter))
    return iter;
  JsValue has = js_ordinary_has_instance(rt, iterator_ctor, iter);
  if (js_is_exception(has))
    return has;
  if (has == JS_TRUE)
    return iter;
  return new_helper(rt, H_WRAP, wrap_proto, iter, next, JS_UNDEFINED);
}

// ---------------------------------------------------------------------------
// The Iterator constructor and the accessors of Iterator.prototype.
// ---------------------------------------------------------------------------

NATIVE(iterator_ctor_fn) {
  UNUSED_ARGS;
  if (new_target == JS_UNDEFINED)
    return js_throw_type_error(rt, "Constructor Iterator requires 'new'");
  if (new_target == callee)
    return js_throw_type_error(rt, "Abstract class Iterator not directly constructable");
  return js_ordinary_create_from_constructor(rt, new_target, rt->iterator_proto,
                                             JS_CLASS_OBJECT);
}

// SetterThatIgnoresPrototypeProperties (#sec-SetterThatIgnoresPrototypeProperties)
// with home %Iterator.prototype%.
static JsValue setter_ignoring_proto(JsRt *rt, JsValue this_val, JsValue key, JsValue v) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Iterator.prototype setter called on non-object %s",
                               js_value_cstr_short(rt, this_val));
  if (this_val == rt->iterator_proto)
    return js_throw_type_error(rt, "Cannot assign to read only property '%s' of object "
                                   "'[object Iterator]'",
                               js_key_cstr(rt, key));
  JsPropDesc d;
  int r = js_get_own_property(rt, this_val, key, &d);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0) {
    JsPropDesc nd = {JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                         JS_DESC_HAS_CONFIGURABLE,
                     JS_PROP_DEFAULT, v, JS_UNDEFINED, JS_UNDEFINED};
    if (js_define_own_property(rt, this_val, key, &nd, true) < 0)
      return JS_EXCEPTION;
    return JS_UNDEFINED;
  }
  JsValue s = js_set_prop(rt, this_val, key, v, true);
  return js_is_exception(s) ? s : JS_UNDEFINED;
}

NATIVE(proto_get_tag) {
  UNUSED_ARGS;
  return js_atom_cstr(rt, "Iterator");
}

NATIVE(proto_set_tag) {
  UNUSED_ARGS;
  return setter_ignoring_proto(rt, this_val, rt->sym_to_string_tag, js_arg(argc, argv, 0));
}

NATIVE(proto_get_constructor) {
  UNUSED_ARGS;
  (void)rt;
  return iterator_ctor;
}

NATIVE(proto_set_constructor) {
  UNUSED_ARGS;
  return setter_ignoring_proto(rt, this_val, rt->atom_constructor, js_arg(argc, argv, 0));
}

// ---------------------------------------------------------------------------
// Iterator.prototype methods.
// ---------------------------------------------------------------------------

// The common start: `this` must be an object; when [fn] is given it must
// be callable (else `this` is closed); then GetIteratorDirect. False when
// it threw.
static bool begin(JsRt *rt, JsValue this_val, const char *name, const JsValue *fn,
                  JsValue *next) {
  if (!js_is_object(this_val)) {
    js_throw_type_error(rt, "Iterator.prototype.%s called on non-object", name);
    return false;
  }
  if (fn && !js_is_callable(*fn)) {
    js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, *fn));
    close_throw(rt, this_val);
    return false;
  }
  JsValue n = js_get_prop(rt, this_val, rt->atom_next);
  if (js_is_exception(n))
    return false;
  *next = n;
  return true;
}

static JsValue lazy_fn(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                       HelperKind kind, const char *name) {
  JsValue fn = js_arg(argc, argv, 0), next;
  if (!begin(rt, this_val, name, &fn, &next))
    return JS_EXCEPTION;
  return new_helper(rt, kind, helper_proto, this_val, next, fn);
}

NATIVE(proto_map) {
  UNUSED_ARGS;
  return lazy_fn(rt, this_val, argc, argv, H_MAP, "map");
}

NATIVE(proto_filter) {
  UNUSED_ARGS;
  return lazy_fn(rt, this_val, argc, argv, H_FILTER, "filter");
}

NATIVE(proto_flat_map) {
  UNUSED_ARGS;
  return lazy_fn(rt, this_val, argc, argv, H_FLAT_MAP, "flatMap");
}

static JsValue lazy_limit(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                          HelperKind kind, const char *name) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Iterator.prototype.%s called on non-object", name);
  JsValue limit = js_arg(argc, argv, 0);
  double d;
  if (js_to_double(rt, limit, &d) < 0)
    return close_throw(rt, this_val);
  if (isfinite(d) && d > 9007199254740991.0) {  // 2^53 - 1
    js_throw_range_error(rt, "%s must be a safe integer", js_value_cstr_short(rt, limit));
    return close_throw(rt, this_val);
  }
  if (!isnan(d)) {
    d = trunc(d);  // ToIntegerOrInfinity
    if (d == 0)
      d = 0;       // -0
  }
  if (isnan(d) || d < 0) {
    js_throw_range_error(rt, "%s must be positive", js_value_cstr_short(rt, limit));
    return close_throw(rt, this_val);
  }
  JsValue next = js_get_prop(rt, this_val, rt->atom_next);
  if (js_is_exception(next))
    return next;
  JsValue it = new_helper(rt, kind, helper_proto, this_val, next, JS_UNDEFINED);
  ((Helper *)js_obj(it)->internal)->remaining = d;
  return it;
}

NATIVE(proto_take) {
  UNUSED_ARGS;
  return lazy_limit(rt, this_val, argc, argv, H_TAKE, "take");
}

NATIVE(proto_drop) {
  UNUSED_ARGS;
  return lazy_limit(rt, this_val, argc, argv, H_DROP, "drop");
}

NATIVE(proto_reduce) {
  UNUSED_ARGS;
  JsValue fn = js_arg(argc, argv, 0), next, acc, v;
  if (!begin(rt, this_val, "reduce", &fn, &next))
    return JS_EXCEPTION;
  double counter = 0;
  int r;
  if (argc < 2) {
    if ((r = step_value(rt, this_val, next, &acc)) < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return js_throw_type_error(rt, "Reduce of a done iterator with no initial value");
    counter = 1;
  } else {
    acc = argv[1];
  }
  for (;; counter++) {
    if ((r = step_value(rt, this_val, next, &v)) < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return acc;
    JsValue args[3] = {acc, v, js_number(counter)};
    acc = js_call(rt, fn, JS_UNDEFINED, 3, args);
    if (js_is_exception(acc))
      return close_throw(rt, this_val);
  }
}

NATIVE(proto_to_array) {
  UNUSED_ARGS;
  JsValue next, v;
  if (!begin(rt, this_val, "toArray", NULL, &next))
    return JS_EXCEPTION;
  JsValue arr = js_new_array(rt, 0);
  for (;;) {
    int r = step_value(rt, this_val, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return arr;
    if (js_is_exception(js_array_push(rt, arr, v)))
      return JS_EXCEPTION;
  }
}

// forEach, some, every, find: 0, 1, 2, 3.
static JsValue eager_predicate(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                               int which, const char *name) {
  JsValue fn = js_arg(argc, argv, 0), next, v;
  if (!begin(rt, this_val, name, &fn, &next))
    return JS_EXCEPTION;
  for (double counter = 0;; counter++) {
    int r = step_value(rt, this_val, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return which == 0 || which == 3 ? JS_UNDEFINED : js_bool(which == 2);
    JsValue res = call2(rt, fn, v, counter);
    if (js_is_exception(res))
      return close_throw(rt, this_val);
    if (which == 0)
      continue;
    bool t = js_truthy(rt, res);
    if (t == (which == 2))
      continue;
    if (js_is_exception(js_iterator_close(rt, this_val, false)))
      return JS_EXCEPTION;
    return which == 1 ? JS_TRUE : which == 2 ? JS_FALSE : v;
  }
}

NATIVE(proto_for_each) {
  UNUSED_ARGS;
  return eager_predicate(rt, this_val, argc, argv, 0, "forEach");
}

NATIVE(proto_some) {
  UNUSED_ARGS;
  return eager_predicate(rt, this_val, argc, argv, 1, "some");
}

NATIVE(proto_every) {
  UNUSED_ARGS;
  return eager_predicate(rt, this_val, argc, argv, 2, "every");
}

NATIVE(proto_find) {
  UNUSED_ARGS;
  return eager_predicate(rt, this_val, argc, argv, 3, "find");
}

// ---------------------------------------------------------------------------
// Iterator.prototype.chunks / windows (iterator-chunking), includes
// (iterator-includes) and join (Iterator.prototype.join).
// ---------------------------------------------------------------------------

// chunkSize / windowSize: an integral Number in [1, 2^32 - 1], not coerced.
// Closes `this` (whose next is not read yet) when not. False when it threw.
static bool check_size(JsRt *rt, JsValue this_val, JsValue v, const char *what, double *out) {
  double d = js_is_number(v) ? js_get_number(v) : NAN;
  if (!isfinite(d) || trunc(d) != d) {
    js_throw_type_error(rt, "%s must be an integer", what);
    close_throw(rt, this_val);
    return false;
  }
  if (d < 1 || d > 4294967295.0) {
    js_throw_range_error(rt, "%s must be between 1 and 2^32-1", what);
    close_throw(rt, this_val);
    return false;
  }
  *out = d;
  return true;
}

NATIVE(proto_chunks) {
  UNUSED_ARGS;
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Iterator.prototype.chunks called on non-object");
  double size;
  if (!check_size(rt, this_val, js_arg(argc, argv, 0), "chunkSize", &size))
    return JS_EXCEPTION;
  JsValue next = js_get_prop(rt, this_val, rt->atom_next);
  if (js_is_exception(next))
    return next;
  JsValue it = new_helper(rt, H_CHUNKS, helper_proto, this_val, next, JS_UNDEFINED);
  ((Helper *)js_obj(it)->internal)->remaining = size;
  return it;
}

NATIVE(proto_windows) {
  UNUSED_ARGS;
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Iterator.prototype.windows called on non-object");
  double size;
  if (!check_size(rt, this_val, js_arg(argc, argv, 0), "windowSize", &size))
    return JS_EXCEPTION;
  JsValue undersized = js_arg(argc, argv, 1);
  bool partial = false;
  if (undersized != JS_UNDEFINED) {
    partial = js_same_value(undersized, js_atom_cstr(rt, "allow-partial"));
    if (!partial && !js_same_value(undersized, js_atom_cstr(rt, "only-full"))) {
      js_throw_type_error(rt, "undersized must be \"only-full\" or \"allow-partial\"");
      return close_throw(rt, this_val);
    }
  }
  JsValue next = js_get_prop(rt, this_val, rt->atom_next);
  if (js_is_exception(next))
    return next;
  JsValue it = new_helper(rt, H_WINDOWS, helper_proto, this_val, next, JS_UNDEFINED);
  Helper *h = js_obj(it)->internal;
  h->remaining = size;
  h->partial = partial;
  return it;
}

// skippedElements: undefined (0), +Infinity or an integral Number in
// [0, 2^53 - 1], not coerced. Closes `this` when not. False when it threw.
static bool check_skipped(JsRt *rt, JsValue this_val, JsValue v, double *out) {
  if (v == JS_UNDEFINED) {
    *out = 0;
    return true;
  }
  double d = js_is_number(v) ? js_get_number(v) : NAN;
  if (isnan(d) || (d != INFINITY && trunc(d) != d)) {
    js_throw_type_error(rt, "skippedElements must be an integer");
    close_throw(rt, this_val);
    return false;
  }
  if (d < 0 || (d != INFINITY && d > 9007199254740991.0)) {  // 2^53 - 1
    js_throw_range_error(rt, "skippedElements must be a safe integer or Infinity");
    close_throw(rt, this_val);
    return false;
  }
  *out = d;
  return true;
}

NATIVE(proto_includes) {
  UNUSED_ARGS;
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Iterator.prototype.includes called on non-object");
  JsValue search = js_arg(argc, argv, 0), v;
  double skipped;
  if (!check_skipped(rt, this_val, js_arg(argc, argv, 1), &skipped))
    return JS_EXCEPTION;
  JsValue next = js_get_prop(rt, this_val, rt->atom_next);
  if (js_is_exception(next))
    return next;
  for (;;) {
    int r = step_value(rt, this_val, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return JS_FALSE;
    if (skipped > 0) {
      if (skipped != INFINITY)
        skipped--;
      continue;
    }
    if (js_same_value_zero(v, search)) {
      if (js_is_exception(js_iterator_close(rt, this_val, false)))
        return JS_EXCEPTION;
      return JS_TRUE;
    }
  }
}

NATIVE(proto_join) {
  UNUSED_ARGS;
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Iterator.prototype.join called on non-object");
  JsValue sep = js_arg(argc, argv, 0), v;
  sep = sep == JS_UNDEFINED ? js_atom_cstr(rt, ",") : js_to_string(rt, sep);
  if (js_is_exception(sep))
    return close_throw(rt, this_val);
  JsValue next = js_get_prop(rt, this_val, rt->atom_next);
  if (js_is_exception(next))
    return next;
  JsStrBuf sb;
  js_sb_init(&sb);
  for (bool first = true;; first = false) {
    int r = step_value(rt, this_val, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return js_sb_finish(rt, &sb);
    if (!first)
      js_sb_put_str(rt, &sb, js_str(sep));
    if (!js_is_nullish(v) && js_sb_put_value(rt, &sb, v) < 0)
      return close_throw(rt, this_val);
  }
}

// ---------------------------------------------------------------------------
// Iterator.concat (iterator-sequencing), Iterator.zip and Iterator.zipKeyed
// (joint-iteration).
// ---------------------------------------------------------------------------

NATIVE(iterator_concat) {
  UNUSED_ARGS;
  JsValue it = new_helper(rt, H_CONCAT, helper_proto, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED);
  Helper *h = js_obj(it)->internal;
  for (int i = 0; i < argc; i++) {
    if (!js_is_object(argv[i]))
      return js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, argv[i]));
    JsValue method = js_get_method(rt, argv[i], rt->sym_iterator);
    if (js_is_exception(method))
      return method;
    if (method == JS_UNDEFINED)
      return js_throw_type_error(rt, "%s is not iterable", js_value_cstr_short(rt, argv[i]));
    buf_push(h, method);
    buf_push(h, argv[i]);
  }
  h->len /= 2;
  return it;
}

// Reads options.mode and, in mode "longest", options.padding (the
// GetOptionsObject steps of Iterator.zip / zipKeyed). False when it threw.
static bool zip_options(JsRt *rt, JsValue options, int *mode, JsValue *padding) {
  *mode = ZIP_SHORTEST;
  *padding = JS_UNDEFINED;
  if (options == JS_UNDEFINED)
    return true;
  if (!js_is_object(options)) {
    js_throw_type_error(rt, "options must be an object");
    return false;
  }
  JsValue m = js_get_prop(rt, options, js_atom_cstr(rt, "mode"));
  if (js_is_exception(m))
    return false;
  if (m == JS_UNDEFINED || js_same_value(m, js_atom_cstr(rt, "shortest")))
    *mode = ZIP_SHORTEST;
  else if (js_same_value(m, js_atom_cstr(rt, "longest")))
    *mode = ZIP_LONGEST;
  else if (js_same_value(m, js_atom_cstr(rt, "strict")))
    *mode = ZIP_STRICT;
  else {
    js_throw_type_error(rt, "mode must be \"shortest\", \"longest\" or \"strict\"");
    return false;
  }
  if (*mode != ZIP_LONGEST)
    return true;
  JsValue p = js_get_prop(rt, options, js_atom_cstr(rt, "padding"));
  if (js_is_exception(p))
    return false;
  if (p != JS_UNDEFINED && !js_is_object(p)) {
    js_throw_type_error(rt, "padding must be an object");
    return false;
  }
  *padding = p;
  return true;
}

static Helper *zip_new(JsRt *rt, int mode, JsValue *out) {
  *out = new_helper(rt, H_ZIP, helper_proto, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED);
  Helper *h = js_obj(*out)->internal;
  h->mode = mode;
  return h;
}

// Appends an iterator (and its key for zipKeyed) to the zip's lists.
static void zip_add(Helper *h, JsValue iter, JsValue next, JsValue key) {
  if (h->count == h->cap) {
    uint32_t cap = h->cap ? h->cap * 2 : 4;
    JsValue *iters = js_gc_alloc(cap * sizeof(JsValue));
    JsValue *nexts = js_gc_alloc(cap * sizeof(JsValue));
    JsValue *keys = js_gc_alloc(cap * sizeof(JsValue));
    bool *open = js_gc_alloc(cap * sizeof(bool));
    for (uint32_t i = 0; i < h->count; i++) {
      iters[i] = h->iters[i];
      nexts[i] = h->nexts[i];
      keys[i] = h->keys ? h->keys[i] : 0;
      open[i] = h->open[i];
    }
    h->iters = iters, h->nexts = nexts, h->keys = keys, h->open = open;
    h->cap = cap;
  }
  h->iters[h->count] = iter;
  h->nexts[h->count] = next;
  h->keys[h->count] = key;
  h->open[h->count] = true;
  h->count++;
}

// The padding of Iterator.zip in mode "longest" from an iterable.
static bool zip_padding_from_iterable(JsRt *rt, Helper *h, JsValue option) {
  JsValue pnext;
  JsValue piter = js_get_iterator(rt, option, &pnext);
  if (js_is_exception(piter))
    return zip_close_all(rt, h, true), false;
  bool using_iter = true;
  for (uint32_t i = 0; i < h->count; i++) {
    JsValue v = JS_UNDEFINED;
    if (using_iter) {
      int r = step_value(rt, piter, pnext, &v);
      if (r < 0)
        return zip_close_all(rt, h, true), false;
      if (r == 0) {
        using_iter = false;
        v = JS_UNDEFINED;
      }
    }
    h->padding[i] = v;
  }
  if (using_iter && js_is_exception(js_iterator_close(rt, piter, false)))
    return zip_close_all(rt, h, true), false;
  return true;
}

NATIVE(iterator_zip) {
  UNUSED_ARGS;
  JsValue iterables = js_arg(argc, argv, 0), padding_opt, it, inext, v, n;
  int mode;
  if (!js_is_object(iterables))
    return js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, iterables));
  if (!zip_options(rt, js_arg(argc, argv, 1), &mode, &padding_opt))
    return JS_EXCEPTION;
  Helper *h = zip_new(rt, mode, &it);
  JsValue input = js_get_iterator(rt, iterables, &inext);
  if (js_is_exception(input))
    return input;
  for (;;) {
    int r = step_value(rt, input, inext, &v);
    if (r < 0)
      return zip_close_all(rt, h, true), JS_EXCEPTION;
    if (r == 0)
      break;
    JsValue iter = get_iterator_flattenable(rt, v, false, &n);
    if (js_is_exception(iter)) {
      zip_close_all(rt, h, true);
      return close_throw(rt, input);
    }
    zip_add(h, iter, n, 0);
  }
  h->keys = NULL;
  h->padding = js_gc_alloc((h->count + 1) * sizeof(JsValue));
  for (uint32_t i = 0; i < h->count; i++)
    h->padding[i] = JS_UNDEFINED;
  if (mode == ZIP_LONGEST && padding_opt != JS_UNDEFINED &&
      !zip_padding_from_iterable(rt, h, padding_opt))
    return JS_EXCEPTION;
  return it;
}

NATIVE(iterator_zip_keyed) {
  UNUSED_ARGS;
  JsValue iterables = js_arg(argc, argv, 0), padding_opt, it, n;
  int mode;
  if (!js_is_object(iterables))
    return js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, iterables));
  if (!zip_options(rt, js_arg(argc, argv, 1), &mode, &padding_opt))
    return JS_EXCEPTION;
  Helper *h = zip_new(rt, mode, &it);
  JsValue keys = js_own_keys(rt, iterables, 3);
  if (js_is_exception(keys))
    return keys;
  double nkeys;
  if (js_length_of(rt, keys, &nkeys) < 0)
    return JS_EXCEPTION;
  for (uint32_t k = 0; k < nkeys; k++) {
    JsValue key = js_get_index(rt, keys, k);
    JsPropDesc d;
    int r = js_get_own_property(rt, iterables, key, &d);
    if (r < 0)
      return zip_close_all(rt, h, true), JS_EXCEPTION;
    if (r == 0 || !(d.attrs & JS_PROP_ENUMERABLE))
      continue;
    JsValue v = js_get_prop(rt, iterables, key);
    if (js_is_exception(v))
      return zip_close_all(rt, h, true), JS_EXCEPTION;
    if (v == JS_UNDEFINED)
      continue;
    JsValue iter = get_iterator_flattenable(rt, v, false, &n);
    if (js_is_exception(iter))
      return zip_close_all(rt, h, true), JS_EXCEPTION;
    zip_add(h, iter, n, key);
  }
  h->padding = js_gc_alloc((h->count + 1) * sizeof(JsValue));
  for (uint32_t i = 0; i < h->count; i++) {
    h->padding[i] = JS_UNDEFINED;
    if (mode != ZIP_LONGEST || padding_opt == JS_UNDEFINED)
      continue;
    JsValue v = js_get_prop(rt, padding_opt, h->keys[i]);
    if (js_is_exception(v))
      return zip_close_all(rt, h, true), JS_EXCEPTION;
    h->padding[i] = v;
  }
  if (!h->keys)
    h->keys = js_gc_alloc(sizeof(JsValue));  // zero keys: still the object form
  return it;
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef iterator_static_funcs[] = {
  JS_FN("from", iterator_from, 1),
  JS_FN("concat", iterator_concat, 0),
  JS_FN("zip", iterator_zip, 1),
  JS_FN("zipKeyed", iterator_zip_keyed, 1),
};

static const JsNativeDef iterator_proto_funcs[] = {
  JS_FN("map", proto_map, 1),
  JS_FN("filter", proto_filter, 1),
  JS_FN("take", proto_take, 1),
  JS_FN("drop", proto_drop, 1),
  JS_FN("flatMap", proto_flat_map, 1),
  JS_FN("reduce", proto_reduce, 1),
  JS_FN("toArray", proto_to_array, 0),
  JS_FN("forEach", proto_for_each, 1),
  JS_FN("some", proto_some, 1),
  JS_FN("every", proto_every, 1),
  JS_FN("find", proto_find, 1),
  JS_FN("chunks", proto_chunks, 1),
  JS_FN("windows", proto_windows, 1),
  JS_FN("includes", proto_includes, 1),
  JS_FN("join", proto_join, 1),
  JS_GETTER("[Symbol.toStringTag]", proto_get_tag),
  JS_SETTER("[Symbol.toStringTag]", proto_set_tag),
  JS_GETTER("constructor", proto_get_constructor),
  JS_SETTER("constructor", proto_set_constructor),
};

static const JsNativeDef helper_proto_funcs[] = {
  JS_FN("next", helper_next, 0),
  JS_FN("return", helper_return, 0),
};

static const JsNativeDef wrap_proto_funcs[] = {
  JS_FN("next", wrap_next, 0),
  JS_FN("return", wrap_return, 0),
};

void stdlib_iterator_helpers_init(JsRt *rt) {
  JsValue proto = rt->iterator_proto;
  iterator_ctor = js_new_native_ctor(rt, iterator_ctor_fn, "Iterator", 0, proto);
  // js_new_native_ctor bound a data `constructor`; the spec's is an accessor.
  js_delete_property(rt, proto, rt->atom_constructor);
  JS_INSTALL(rt, proto, iterator_proto_funcs);
  JS_INSTALL(rt, iterator_ctor, iterator_static_funcs);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Iterator"), iterator_ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);

  helper_proto = js_new_object_proto(rt, proto);
  JS_INSTALL(rt, helper_proto, helper_proto_funcs);
  js_define_value(rt, helper_proto, rt->sym_to_string_tag,
                  js_atom_cstr(rt, "Iterator Helper"), JS_PROP_CONFIGURABLE);
  wrap_proto = js_new_object_proto(rt, proto);
  JS_INSTALL(rt, wrap_proto, wrap_proto_funcs);
}
