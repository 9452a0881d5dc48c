// SPDX-License-Identifier: MIT
//
// array.c: the Array constructor and Array.prototype (ECMA-262
// #sec-array-objects).
//
// Every method is written against the generic object protocol (Get, Set,
// HasProperty, DeletePropertyOrThrow), so it works on any array-like, as the
// spec requires. The element helpers below take a fast path when the
// receiver is an ordinary dense array: they read `elems` directly, and fall
// back to the generic operations for holes (which may be filled by the
// prototype chain) and for everything that is not a plain array. Callbacks
// may change the array under us, so the fast path re-checks bounds on every
// access instead of caching a pointer to the elements.
#include "../stdlib.h"

#include <math.h>
#include <stdlib.h>

#define MAX_SAFE_INT 9007199254740991.0

// ---------------------------------------------------------------------------
// Element access helpers. Indices are doubles: array-likes may be longer than
// 2^32 (up to 2^53 - 1).
// ---------------------------------------------------------------------------

static bool is_plain_array(JsValue o) {
  return js_is_object(o) && js_cell(o)->class_id == JS_CLASS_ARRAY &&
         !(js_cell(o)->flags & JS_OBJ_SPARSE);
}

// The element at [i] of an array when it is stored in `elems`, else
// JS_HOLE (the generic path decides). Stored elements are always data
// properties; a sparse array keeps its other index properties elsewhere.
static JsValue dense_at(JsValue o, double i) {
  if (!js_is_object(o) || js_cell(o)->class_id != JS_CLASS_ARRAY)
    return JS_HOLE;
  JsObject *p = js_obj(o);
  if (i >= p->elem_len || i >= p->elem_cap)
    return JS_HOLE;
  return p->elems[(uint32_t)i];
}

// True when nothing on [o]'s prototype chain has index properties: then a
// hole of an array is simply absent, and appending calls no setter.
static bool protos_index_free(JsObject *o) {
  for (JsObject *p = o->proto; p; p = p->proto) {
    if (p->hdr.flags & (JS_OBJ_HAS_INDEX_KEYS | JS_OBJ_SPARSE))
      return false;
    JsClassId c = (JsClassId)p->hdr.class_id;
    if ((c == JS_CLASS_ARRAY || c == JS_CLASS_ARGUMENTS) && p->elem_len)
      return false;
    if (c == JS_CLASS_STRING || c == JS_CLASS_PROXY)
      return false;
  }
  return true;
}

// An array whose absent indices are known without a lookup: no index
// properties outside `elems`, none on the prototype chain.
static bool holes_absent(JsValue o) {
  return is_plain_array(o) && protos_index_free(js_obj(o));
}

// The property key for index [i].
static JsValue idx_key(JsRt *rt, double i) {
  if (i < 4294967295.0)
    return js_index_atom(rt, (uint32_t)i);
  return js_to_property_key(rt, js_number(i));
}

static JsValue get_idx(JsRt *rt, JsValue o, double i) {
  JsValue v = dense_at(o, i);
  if (v != JS_HOLE)
    return v;
  return js_get_elem(rt, o, js_number(i));
}

// HasProperty(o, i) then Get: 1 present (*out set), 0 absent, -1 threw.
static int get_present(JsRt *rt, JsValue o, double i, JsValue *out) {
  JsValue v = dense_at(o, i);
  if (v != JS_HOLE) {
    *out = v;
    return 1;
  }
  if (holes_absent(o))
    return 0;
  JsValue key = idx_key(rt, i);
  if (js_is_exception(key))
    return -1;
  int r = js_has_property(rt, o, key);
  if (r <= 0)
    return r;
  v = js_get_prop(rt, o, key);
  if (js_is_exception(v))
    return -1;
  *out = v;
  return 1;
}

// After index [k] turned out absent: the next index worth visiting in
// direction [dir] (1 or -1), skipping indices that are certainly absent;
// outside [0, len) when there is none. Long sparse arrays (length 2^32 - 1
// with a handful of elements) are walked by their keys, not index by index.
static double next_candidate(JsRt *rt, JsValue o, double k, double len, int dir) {
  if (!js_is_object(o) || js_cell(o)->class_id != JS_CLASS_ARRAY ||
      !protos_index_free(js_obj(o)))
    return k + dir;
  JsObject *p = js_obj(o);
  double cap = p->elem_cap < p->elem_len ? p->elem_cap : p->elem_len;
  if (!(p->hdr.flags & JS_OBJ_SPARSE)) {
    if (dir > 0) {
      for (double i = k + 1; i < cap; i++)
        if (p->elems[(uint32_t)i] != JS_HOLE)
          return i;
      return len;
    }
    for (double i = fmin(k - 1, cap - 1); i >= 0; i--)
      if (p->elems[(uint32_t)i] != JS_HOLE)
        return i;
    return -1;
  }
  JsValue keys = js_own_keys(rt, o, 1);
  if (js_is_exception(keys)) {
    js_take_exception(rt);
    return k + dir;
  }
  double best = dir > 0 ? len : -1;
  JsObject *ka = js_obj(keys);
  for (uint32_t i = 0; i < ka->elem_len; i++) {
    int64_t idx = js_atom_index(ka->elems[i]);
    if (idx < 0)
      continue;
    if (dir > 0 ? (idx > k && idx < best) : (idx < k && idx > best))
      best = (double)idx;
  }
  return best;
}

// Set(o, i, v, true): 0 or -1.
static int set_idx(JsRt *rt, JsValue o, double i, JsValue v) {
  if (is_plain_array(o) && i < js_obj(o)->elem_len &&
      i < js_obj(o)->elem_cap && js_obj(o)->elems[(uint32_t)i] != JS_HOLE &&
      !(js_cell(o)->flags & JS_OBJ_FROZEN_ELEMS)) {
    js_obj(o)->elems[(uint32_t)i] = v;
    return 0;
  }
  return js_is_exception(js_set_elem(rt, o, js_number(i), v, true)) ? -1 : 0;
}

// DeletePropertyOrThrow(o, i): 0 or -1.
static int del_idx(JsRt *rt, JsValue o, double i) {
  return js_is_exception(js_delete_elem(rt, o, js_number(i), true)) ? -1 : 0;
}

// CreateDataPropertyOrThrow(o, i, v): 0 or -1. Appending to a fresh plain
// array is the common case and uses the push fast path.
static int create_idx(JsRt *rt, JsValue o, double i, JsValue v) {
  uint16_t bad = JS_OBJ_SPARSE | JS_OBJ_LEN_RO | JS_OBJ_FROZEN_ELEMS;
  if (js_is_object(o) && js_cell(o)->class_id == JS_CLASS_ARRAY &&
      !(js_cell(o)->flags & bad) && (js_cell(o)->flags & JS_OBJ_EXTENSIBLE) &&
      i == js_obj(o)->elem_len && i < 4294967295.0)
    return js_is_exception(js_array_push(rt, o, v)) ? -1 : 0;
  JsValue key = idx_key(rt, i);
  if (js_is_exception(key))
    return -1;
  return js_is_exception(js_define_field(rt, o, key, v)) ? -1 : 0;
}

static int set_len(JsRt *rt, JsValue o, double len) {
  JsValue r = js_set_prop(rt, o, rt->atom_length, js_number(len), true);
  return js_is_exception(r) ? -1 : 0;
}

// ToObject(this) with V8's message for null and undefined.
static JsValue this_obj(JsRt *rt, JsValue this_val, const char *method) {
  if (js_is_nullish(this_val))
    return js_throw_type_error(rt, "Array.prototype.%s called on null or undefined",
                               method);
  return js_to_object(rt, this_val);
}

static JsValue not_function(JsRt *rt, JsValue f) {
  return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, f));
}

// Relative index argument (at, slice, fill ...): clamps to [0, len].
static int rel_index(JsRt *rt, JsValue arg, double len, double dflt, double *out) {
  if (js_is_undefined(arg)) {
    *out = dflt;
    return 0;
  }
  double r;
  if (js_to_integer(rt, arg, &r) < 0)
    return -1;
  if (r < 0)
    *out = r + len < 0 ? 0 : r + len;
  else
    *out = r > len ? len : r;
  return 0;
}

// ---------------------------------------------------------------------------
// ArraySpeciesCreate (#sec-arrayspeciescreate) and helpers.
// ---------------------------------------------------------------------------

static JsValue array_create(JsRt *rt, double len) {
  if (len > 4294967295.0)
    return js_throw_range_error(rt, "Invalid array length");
  JsValue a = js_new_array(rt, len < 64 ? (uint32_t)len : 0);
  if (len > 0 && js_is_exception(js_array_set_length(rt, a, js_number(len))))
    return JS_EXCEPTION;
  return a;
}

// The constructor ArraySpeciesCreate would use, or JS_UNDEFINED for a plain
// array.
static JsValue species_ctor(JsRt *rt, JsValue orig) {
  if (!js_is_array(rt, orig))
    return JS_UNDEFINED;
  JsValue c = js_get_prop(rt, orig, rt->atom_constructor);
  if (js_is_exception(c))
    return c;
  if (js_is_object(c)) {
    c = js_get_prop(rt, c, rt->sym_species);
    if (js_is_exception(c))
      return c;
    if (js_is_null(c))
      c = JS_UNDEFINED;
  }
  if (js_is_undefined(c) || c == rt->array_ctor)
    return JS_UNDEFINED;
  if (!js_is_constructor(c))
    return js_throw_type_error(rt, "object.constructor[Symbol.species] is not a constructor");
  return c;
}

// Construct(c, [len]), or ArrayCreate(len) when c is undefined.
static JsValue construct_species(JsRt *rt, JsValue c, double len) {
  if (js_is_undefined(c))
    return array_create(rt, len);
  JsValue arg = js_number(len);
  return js_construct(rt, c, 1, &arg, c, "object.constructor[Symbol.species]");
}

static JsValue species_create(JsRt *rt, JsValue orig, double len) {
  JsValue c = species_ctor(rt, orig);
  if (js_is_exception(c))
    return c;
  return construct_species(rt, c, len);
}

// A new array whose prototype comes from [new_target] (subclassing Array).
static JsValue array_for_target(JsRt *rt, JsValue new_target, uint32_t cap) {
  JsValue a = js_new_array(rt, cap);
  if (js_is_undefined(new_target) || new_target == rt->array_ctor)
    return a;
  JsValue proto = js_get_prop(rt, new_target, rt->atom_prototype);
  if (js_is_exception(proto))
    return proto;
  if (js_is_object(proto))
    js_obj(a)->proto = js_obj(proto);
  return a;
}

// ---------------------------------------------------------------------------
// The constructor and its static methods.
// ---------------------------------------------------------------------------

// Array(...items) / new Array(len): ECMA-262 #sec-array
static JsValue array_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  JsValue nt = js_is_undefined(new_target) ? callee : new_target;
  if (argc == 1 && js_is_number(argv[0])) {
    double d = js_get_number(argv[0]);
    if (d != (double)js_to_uint32_d(d))
      return js_throw_range_error(rt, "Invalid array length");
    JsValue a = array_for_target(rt, nt, d < 64 ? (uint32_t)d : 0);
    if (js_is_exception(a) || d == 0)
      return a;
    return js_is_exception(js_array_set_length(rt, a, argv[0])) ? JS_EXCEPTION : a;
  }
  JsValue a = array_for_target(rt, nt, (uint32_t)argc);
  if (js_is_exception(a))
    return a;
  for (int i = 0; i < argc; i++)
    if (js_is_exception(js_array_push(rt, a, argv[i])))
      return JS_EXCEPTION;
  return a;
}

static JsValue array_is_array(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  return js_bool(js_is_array(rt, js_arg(argc, argv, 0)));
}


// Array.of(...items): ECMA-262 #sec-array.of
static JsValue array_of(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                        JsValue *argv, JsValue new_target) {
  if (this_val == rt->array_ctor || !js_is_constructor(this_val))
    return js_new_array_from(rt, (uint32_t)argc, argv);
  JsValue len = js_int(argc);
  JsValue a = js_construct(rt, this_val, 1, &len, this_val, "this");
  if (js_is_exception(a))
    return a;
  for (int i = 0; i < argc; i++)
    if (create_idx(rt, a, i, argv[i]) < 0)
      return JS_EXCEPTION;
  return set_len(rt, a, argc) < 0 ? JS_EXCEPTION : a;
}

// The Array.from target: Construct(C, args) or a plain empty array.
static JsValue from_target(JsRt *rt, JsValue c, int argc, JsValue *argv) {
  if (c == rt->array_ctor || !js_is_constructor(c))
    return js_new_array(rt, 0);
  return js_construct(rt, c, argc, argv, c, "this");
}

// Array.from with an iterable source.
static JsValue from_iterable(JsRt *rt, JsValue c, JsValue items, JsValue method,
                             JsValue mapfn, JsValue this_arg) {
  JsValue a = from_target(rt, c, 0, NULL);
  if (js_is_exception(a))
    return a;
  JsValue iter = js_call(rt, method, items, 0, NULL);
  if (js_is_exception(iter))
    return iter;
  if (!js_is_object(iter))
    return js_throw_type_error(rt, "Result of the Symbol.iterator method is not an object");
  JsValue next = js_get_prop(rt, iter, rt->atom_next);
  if (js_is_exception(next))
    return next;
  for (double k = 0;; k++) {
    JsValue v;
    JsValue r = js_iterator_step(rt, iter, next, &v);
    if (js_is_exception(r))
      return r;
    if (r == JS_FALSE)
      return set_len(rt, a, k) < 0 ? JS_EXCEPTION : a;
    if (!js_is_undefined(mapfn)) {
      JsValue args[2] = { v, js_number(k) };
      v = js_call(rt, mapfn, this_arg, 2, args);
      if (js_is_exception(v)) {
        js_iterator_close(rt, iter, true);
        return v;
      }
    }
    if (create_idx(rt, a, k, v) < 0) {
      js_iterator_close(rt, iter, true);
      return JS_EXCEPTION;
    }
  }
}

// Array.from(items, mapfn, thisArg): ECMA-262 #sec-array.from
static JsValue array_from(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  JsValue items = js_arg(argc, argv, 0), mapfn = js_arg(argc, argv, 1);
  JsValue this_arg = js_arg(argc, argv, 2);
  if (!js_is_undefined(mapfn) && !js_is_callable(mapfn))
    return not_function(rt, mapfn);
  if (js_is_nullish(items))
    return js_throw_type_error(rt, "object %s is not iterable (cannot read property "
                               "Symbol(Symbol.iterator))", js_value_cstr_short(rt, items));
  JsValue method = js_get_prop(rt, items, rt->sym_iterator);
  if (js_is_exception(method))
    return method;
  if (!js_is_nullish(method)) {
    if (!js_is_callable(method))
      return js_throw_type_error(rt, "%%Array%%.from requires that the property of the "
                                 "first argument, items[Symbol.iterator], when exists, be a function");
    return from_iterable(rt, this_val, items, method, mapfn, this_arg);
  }
  JsValue src = js_to_object(rt, items);
  double len;
  if (js_is_exception(src) || js_length_of(rt, src, &len) < 0)
    return JS_EXCEPTION;
  JsValue lenv = js_number(len);
  JsValue a = from_target(rt, this_val, 1, &lenv);
  if (js_is_exception(a))
    return a;
  for (double k = 0; k < len; k++) {
    JsValue v = get_idx(rt, src, k);
    if (js_is_exception(v))
      return v;
    if (!js_is_undefined(mapfn)) {
      JsValue args[2] = { v, js_number(k) };
      v = js_call(rt, mapfn, this_arg, 2, args);
      if (js_is_exception(v))
        return v;
    }
    if (create_idx(rt, a, k, v) < 0)
      return JS_EXCEPTION;
  }
  return set_len(rt, a, len) < 0 ? JS_EXCEPTION : a;
}

// ---------------------------------------------------------------------------
// Array.fromAsync (#sec-array.fromasync): the spec's async closure as a
// state machine. Each Await registers from_async_resume (fulfilled or
// rejected) with the state; `phase` says what the awaited value is.
// ---------------------------------------------------------------------------

enum { FA_ASYNC_ITER, FA_SYNC_ITER, FA_ARRAY_LIKE };
enum { FA_NEXT_RESULT, FA_SYNC_VALUE, FA_ITEM, FA_MAPPED, FA_CLOSING };

typedef struct FromAsync {
  JsCapability cap;
  int mode, phase;
  JsValue mapper, this_arg;   // mapper: JS_UNDEFINED when not mapping
  JsValue iter, next;         // the iterator modes
  JsValue items;              // FA_ARRAY_LIKE: ToObject(asyncItems)
  double len, k;
  JsValue a;
  JsValue error;              // FA_CLOSING: the completion to reject with
  JsValue on_ok, on_err;
} FromAsync;

static void fa_step(JsRt *rt, FromAsync *st);

static void fa_reject(JsRt *rt, FromAsync *st, JsValue e) {
  js__capability_reject(rt, &st->cap, e);
}

static void fa_reject_pending(JsRt *rt, FromAsync *st) {
  fa_reject(rt, st, js_take_exception(rt));
}

// Await(v) with the next phase.
static void fa_await(JsRt *rt, FromAsync *st, int phase, JsValue v) {
  JsValue p = js_promise_resolve(rt, v);
  if (js_is_exception(p)) {
    fa_reject_pending(rt, st);
    return;
  }
  st->phase = phase;
  js_promise_then_internal(rt, p, st->on_ok, st->on_err);
}

// Rejects with the pending exception after closing the iterator
// (IteratorClose / AsyncIteratorClose with a throw completion).
static void fa_close_and_reject(JsRt *rt, FromAsync *st) {
  JsValue e = js_take_exception(rt);
  if (st->mode == FA_SYNC_ITER) {
    js_throw(rt, e);
    js_iterator_close(rt, st->iter, true);
    fa_reject_pending(rt, st);
    return;
  }
  if (st->mode == FA_ARRAY_LIKE) {
    fa_reject(rt, st, e);
    return;
  }
  JsValue ret = js_get_method(rt, st->iter, rt->atom_return);
  JsValue r = js_is_exception(ret) || ret == JS_UNDEFINED
                  ? JS_EXCEPTION : js_call(rt, ret, st->iter, 0, NULL);
  if (js_is_exception(r)) {
    if (ret != JS_UNDEFINED)
      js_take_exception(rt);
    fa_reject(rt, st, e);
    return;
  }
  st->error = e;
  fa_await(rt, st, FA_CLOSING, r);
}

static void fa_finish(JsRt *rt, FromAsync *st) {
  if (set_len(rt, st->a, st->k) < 0)
    fa_reject_pending(rt, st);
  else
    js__capability_resolve(rt, &st->cap, st->a);
}

static void fa_store(JsRt *rt, FromAsync *st, JsValue v) {
  if (create_idx(rt, st->a, st->k, v) < 0) {
    fa_close_and_reject(rt, st);
    return;
  }
  st->k++;
  fa_step(rt, st);
}

static void fa_have_value(JsRt *rt, FromAsync *st, JsValue v) {
  if (st->mapper == JS_UNDEFINED) {
    fa_store(rt, st, v);
    return;
  }
  JsValue args[2] = {v, js_number(st->k)};
  JsValue m = js_call(rt, st->mapper, st->this_arg, 2, args);
  if (js_is_exception(m)) {
    fa_close_and_reject(rt, st);
    return;
  }
  fa_await(rt, st, FA_MAPPED, m);
}

// Reads done/value of an iterator result; then finishes or goes on.
static void fa_result(JsRt *rt, FromAsync *st, JsValue res) {
  if (!js_is_object(res)) {
    js_throw_type_error(rt, "Iterator result %s is not an object", js_value_cstr_short(rt, res));
    fa_reject_pending(rt, st);
    return;
  }
  JsValue done = js_get_prop(rt, res, rt->atom_done);
  if (js_is_exception(done)) {
    fa_reject_pending(rt, st);
    return;
  }
  if (js_truthy(rt, done)) {
    fa_finish(rt, st);
    return;
  }
  JsValue v = js_get_prop(rt, res, rt->atom_value);
  if (js_is_exception(v))
    fa_reject_pending(rt, st);
  else if (st->mode == FA_SYNC_ITER)
    fa_await(rt, st, FA_SYNC_VALUE, v);  // the async-from-sync wrapper's await
  else
    fa_have_value(rt, st, v);
}

// One turn of the loop: asks for the next element.
static void fa_step(JsRt *rt, FromAsync *st) {
  if (st->mode == FA_ARRAY_LIKE) {
    if (st->k >= st->len) {
      fa_finish(rt, st);
      return;
    }
    JsValue v = get_idx(rt, st->items, st->k);
    if (js_is_exception(v))
      fa_reject_pending(rt, st);
    else
      fa_await(rt, st, FA_ITEM, v);
    return;
  }
  JsValue res = js_call(rt, st->next, st->iter, 0, NULL);
  if (js_is_exception(res))
    fa_reject_pending(rt, st);
  else if (st->mode == FA_ASYNC_ITER)
    fa_await(rt, st, FA_NEXT_RESULT, res);
  else
    fa_result(rt, st, res);
}

static void fa_resume(JsRt *rt, FromAsync *st, bool ok, JsValue v) {
  if (st->phase == FA_CLOSING) {
    fa_reject(rt, st, st->error);
    return;
  }
  if (!ok) {
    if (st->phase == FA_MAPPED || st->phase == FA_SYNC_VALUE) {
      js_throw(rt, v);
      fa_close_and_reject(rt, st);
    } else {
      fa_reject(rt, st, v);
    }
    return;
  }
  switch (st->phase) {
  case FA_NEXT_RESULT:
    fa_result(rt, st, v);
    break;
  case FA_SYNC_VALUE:
  case FA_ITEM:
    fa_have_value(rt, st, v);
    break;
  case FA_MAPPED:
    fa_store(rt, st, v);
    break;
  }
}

static JsValue from_async_fulfilled(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  FromAsync *st = js_obj(js_func_env(callee)->slots[0])->internal;
  fa_resume(rt, st, true, js_arg(argc, argv, 0));
  return JS_UNDEFINED;
}

static JsValue from_async_rejected(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  FromAsync *st = js_obj(js_func_env(callee)->slots[0])->internal;
  fa_resume(rt, st, false, js_arg(argc, argv, 0));
  return JS_UNDEFINED;
}

// The synchronous start of the closure, up to its first Await. Throws
// (the caller rejects).
static int fa_start(JsRt *rt, FromAsync *st, JsValue c, JsValue items) {
  if (st->mapper != JS_UNDEFINED && !js_is_callable(st->mapper)) {
    not_function(rt, st->mapper);
    return -1;
  }
  JsValue method = js_get_method(rt, items, rt->sym_async_iterator);
  if (js_is_exception(method))
    return -1;
  st->mode = FA_ASYNC_ITER;
  if (method == JS_UNDEFINED) {
    method = js_get_method(rt, items, rt->sym_iterator);
    if (js_is_exception(method))
      return -1;
    st->mode = method == JS_UNDEFINED ? FA_ARRAY_LIKE : FA_SYNC_ITER;
  }
  if (st->mode != FA_ARRAY_LIKE) {
    JsValue iter = js_call(rt, method, items, 0, NULL);
    if (js_is_exception(iter))
      return -1;
    if (!js_is_object(iter)) {
      js_throw_type_error(rt, "Result of the Symbol.iterator method is not an object");
      return -1;
    }
    st->iter = iter;
    st->next = js_get_prop(rt, iter, rt->atom_next);
    if (js_is_exception(st->next))
      return -1;
    st->a = from_target(rt, c, 0, NULL);
    return js_is_exception(st->a) ? -1 : 0;
  }
  st->items = js_to_object(rt, items);
  if (js_is_exception(st->items) || js_length_of(rt, st->items, &st->len) < 0)
    return -1;
  JsValue lenv = js_number(st->len);
  st->a = from_target(rt, c, 1, &lenv);
  if (js_is_exception(st->a))
    return -1;
  if (c == rt->array_ctor || !js_is_constructor(c))
    return set_len(rt, st->a, st->len);  // ArrayCreate(len)
  return 0;
}

// Array.fromAsync(asyncItems, mapper, thisArg).
static JsValue array_from_async(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  FromAsync *st = js_gc_alloc(sizeof(FromAsync));
  if (js__promise_new_capability(rt, rt->promise_ctor, &st->cap) < 0)
    return JS_EXCEPTION;
  js__capability_materialize(rt, &st->cap);
  st->mapper = js_arg(argc, argv, 1);
  st->this_arg = js_arg(argc, argv, 2);
  JsObject *holder = js_new_object_class(rt, JS_NULL, JS_CLASS_OBJECT);
  holder->internal = st;
  JsEnv *env = js_new_env(rt, NULL, 1);
  env->slots[0] = js_from_cell(holder);
  st->on_ok = js_new_function(rt, from_async_fulfilled, env, rt->atom_empty, 1,
                              JS_FN_NATIVE | JS_FN_STRICT);
  st->on_err = js_new_function(rt, from_async_rejected, env, rt->atom_empty, 1,
                               JS_FN_NATIVE | JS_FN_STRICT);
  if (fa_start(rt, st, this_val, js_arg(argc, argv, 0)) < 0)
    fa_reject_pending(rt, st);
  else
    fa_step(rt, st);
  return st->cap.promise;
}

static JsValue array_get_species(JsRt *rt, JsValue callee, JsValue this_val,
                                 int argc, JsValue *argv, JsValue new_target) {
  return this_val;
}

// ---------------------------------------------------------------------------
// Array.prototype: access, search, iteration.
// ---------------------------------------------------------------------------

// The receiver as an object and its length, shared by most methods.
typedef struct Recv {
  JsValue o;
  double len;
} Recv;

static int recv(JsRt *rt, JsValue this_val, const char *method, Recv *r) {
  r->o = this_obj(rt, this_val, method);
  if (js_is_exception(r->o))
    return -1;
  if (is_plain_array(r->o)) {
    r->len = js_obj(r->o)->elem_len;
    return 0;
  }
  return js_length_of(rt, r->o, &r->len);
}

// Array.prototype.at(index): ECMA-262 #sec-array.prototype.at
static JsValue array_proto_at(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  Recv r;
  double k;
  if (recv(rt, this_val, "at", &r) < 0 ||
      js_to_integer(rt, js_arg(argc, argv, 0), &k) < 0)
    return JS_EXCEPTION;
  if (k < 0)
    k += r.len;
  if (k < 0 || k >= r.len)
    return JS_UNDEFINED;
  return get_idx(rt, r.o, k);
}

static JsValue call_cb(JsRt *rt, JsValue f, JsValue this_arg, JsValue v, double k,
                       JsValue o) {
  JsValue args[3] = { v, js_number(k), o };
  return js_call(rt, f, this_arg, 3, args);
}

// forEach, map, filter, some, every share the visiting loop
// (ECMA-262 #sec-array.prototype.foreach and neighbours).
enum { IT_FOREACH, IT_MAP, IT_FILTER, IT_SOME, IT_EVERY };

static JsValue iterate(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                       int mode, const char *name) {
  Recv r;
  if (recv(rt, this_val, name, &r) < 0)
    return JS_EXCEPTION;
  JsValue f = js_arg(argc, argv, 0), this_arg = js_arg(argc, argv, 1);
  if (!js_is_callable(f))
    return not_function(rt, f);
  JsValue a = JS_UNDEFINED;
  bool fresh = false;  // map into a plain array: fill it, then set its length
  if (mode == IT_MAP || mode == IT_FILTER) {
    JsValue c = species_ctor(rt, r.o);
    if (js_is_exception(c))
      return c;
    if (js_is_undefined(c) && mode == IT_MAP && r.len > 4294967295.0)
      return js_throw_range_error(rt, "Invalid array length");
    fresh = js_is_undefined(c) && mode == IT_MAP;
    a = fresh ? js_new_array(rt, r.len < 1024 ? (uint32_t)r.len : 1024)
              : construct_species(rt, c, mode == IT_MAP ? r.len : 0);
    if (js_is_exception(a))
      return a;
  }
  double to = 0;
  for (double k = 0; k < r.len;) {
    JsValue v;
    int p = get_present(rt, r.o, k, &v);
    if (p < 0)
      return JS_EXCEPTION;
    if (p == 0) {
      k = next_candidate(rt, r.o, k, r.len, 1);
      continue;
    }
    JsValue res = call_cb(rt, f, this_arg, v, k++, r.o);
    if (js_is_exception(res))
      return res;
    if (mode == IT_MAP && create_idx(rt, a, k - 1, res) < 0)
      return JS_EXCEPTION;
    bool t = mode >= IT_FILTER && js_truthy(rt, res);
    if (mode == IT_FILTER && t && create_idx(rt, a, to++, v) < 0)
      return JS_EXCEPTION;
    if (mode == IT_SOME && t)
      return JS_TRUE;
    if (mode == IT_EVERY && !t)
      return JS_FALSE;
  }
  if (fresh && set_len(rt, a, r.len) < 0)
    return JS_EXCEPTION;
  switch (mode) {
  case IT_MAP: case IT_FILTER: return a;
  case IT_SOME: return JS_FALSE;
  case IT_EVERY: return JS_TRUE;
  default: return JS_UNDEFINED;
  }
}

static JsValue array_proto_for_each(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  return iterate(rt, this_val, argc, argv, IT_FOREACH, "forEach");
}

static JsValue array_proto_map(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return iterate(rt, this_val, argc, argv, IT_MAP, "map");
}

static JsValue array_proto_filter(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  return iterate(rt, this_val, argc, argv, IT_FILTER, "filter");
}

static JsValue array_proto_some(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return iterate(rt, this_val, argc, argv, IT_SOME, "some");
}

static JsValue array_proto_every(JsRt *rt, JsValue callee, JsValue this_val,
                                 int argc, JsValue *argv, JsValue new_target) {
  return iterate(rt, this_val, argc, argv, IT_EVERY, "every");
}

// find, findIndex, findLast, findLastIndex: every index is visited, holes
// read as undefined (ECMA-262 #sec-findviapredicate).
static JsValue find_via(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                        bool last, bool want_index, const char *name) {
  Recv r;
  if (recv(rt, this_val, name, &r) < 0)
    return JS_EXCEPTION;
  JsValue f = js_arg(argc, argv, 0), this_arg = js_arg(argc, argv, 1);
  if (!js_is_callable(f))
    return not_function(rt, f);
  for (double i = 0; i < r.len; i++) {
    double k = last ? r.len - 1 - i : i;
    JsValue v = get_idx(rt, r.o, k);
    if (js_is_exception(v))
      return v;
    JsValue res = call_cb(rt, f, this_arg, v, k, r.o);
    if (js_is_exception(res))
      return res;
    if (js_truthy(rt, res))
      return want_index ? js_number(k) : v;
  }
  return want_index ? js_int(-1) : JS_UNDEFINED;
}

static JsValue array_proto_find(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return find_via(rt, this_val, argc, argv, false, false, "find");
}

static JsValue array_proto_find_index(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  return find_via(rt, this_val, argc, argv, false, true, "findIndex");
}

static JsValue array_proto_find_last(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  return find_via(rt, this_val, argc, argv, true, false, "findLast");
}

static JsValue array_proto_find_last_index(JsRt *rt, JsValue callee,
                                           JsValue this_val, int argc,
                                           JsValue *argv, JsValue new_target) {
  return find_via(rt, this_val, argc, argv, true, true, "findLastIndex");
}

// reduce and reduceRight (ECMA-262 #sec-array.prototype.reduce).
static JsValue reduce(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                      bool right, const char *name) {
  Recv r;
  if (recv(rt, this_val, name, &r) < 0)
    return JS_EXCEPTION;
  JsValue f = js_arg(argc, argv, 0);
  if (!js_is_callable(f))
    return not_function(rt, f);
  int dir = right ? -1 : 1;
  double k = right ? r.len - 1 : 0;
  JsValue acc = JS_UNDEFINED;
  bool have = argc >= 2;
  if (have)
    acc = argv[1];
  for (; k >= 0 && k < r.len;) {
    JsValue v;
    int p = get_present(rt, r.o, k, &v);
    if (p < 0)
      return JS_EXCEPTION;
    if (p == 0) {
      k = next_candidate(rt, r.o, k, r.len, dir);
      continue;
    }
    if (!have) {
      acc = v;
      have = true;
      k += dir;
      continue;
    }
    JsValue args[4] = { acc, v, js_number(k), r.o };
    acc = js_call(rt, f, JS_UNDEFINED, 4, args);
    if (js_is_exception(acc))
      return acc;
    k += dir;
  }
  if (!have)
    return js_throw_type_error(rt, "Reduce of empty array with no initial value");
  return acc;
}

static JsValue array_proto_reduce(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  return reduce(rt, this_val, argc, argv, false, "reduce");
}

static JsValue array_proto_reduce_right(JsRt *rt, JsValue callee, JsValue this_val,
                                        int argc, JsValue *argv, JsValue new_target) {
  return reduce(rt, this_val, argc, argv, true, "reduceRight");
}

// Array.prototype.includes: SameValueZero, holes read as undefined.
static JsValue array_proto_includes(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "includes", &r) < 0)
    return JS_EXCEPTION;
  if (r.len == 0)
    return JS_FALSE;
  double n;
  if (js_to_integer(rt, js_arg(argc, argv, 1), &n) < 0)
    return JS_EXCEPTION;
  double k = n >= 0 ? n : (r.len + n < 0 ? 0 : r.len + n);
  JsValue target = js_arg(argc, argv, 0);
  for (; k < r.len; k++) {
    JsValue v = get_idx(rt, r.o, k);
    if (js_is_exception(v))
      return v;
    if (js_same_value_zero(v, target))
      return JS_TRUE;
  }
  return JS_FALSE;
}

// Array.prototype.indexOf: strict equality, holes skipped.
static JsValue array_proto_index_of(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "indexOf", &r) < 0)
    return JS_EXCEPTION;
  if (r.len == 0)
    return js_int(-1);
  double n;
  if (js_to_integer(rt, js_arg(argc, argv, 1), &n) < 0)
    return JS_EXCEPTION;
  double k = n >= 0 ? n : (r.len + n < 0 ? 0 : r.len + n);
  JsValue target = js_arg(argc, argv, 0);
  while (k < r.len) {
    JsValue v;
    int p = get_present(rt, r.o, k, &v);
    if (p < 0)
      return JS_EXCEPTION;
    if (p && js_strict_eq(v, target))
      return js_number(k);
    k = p ? k + 1 : next_candidate(rt, r.o, k, r.len, 1);
  }
  return js_int(-1);
}

static JsValue array_proto_last_index_of(JsRt *rt, JsValue callee, JsValue this_val,
                                         int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "lastIndexOf", &r) < 0)
    return JS_EXCEPTION;
  if (r.len == 0)
    return js_int(-1);
  double n = r.len - 1;
  if (argc > 1 && js_to_integer(rt, argv[1], &n) < 0)
    return JS_EXCEPTION;
  double k = n >= 0 ? (n < r.len - 1 ? n : r.len - 1) : r.len + n;
  JsValue target = js_arg(argc, argv, 0);
  while (k >= 0) {
    JsValue v;
    int p = get_present(rt, r.o, k, &v);
    if (p < 0)
      return JS_EXCEPTION;
    if (p && js_strict_eq(v, target))
      return js_number(k);
    k = p ? k - 1 : next_candidate(rt, r.o, k, r.len, -1);
  }
  return js_int(-1);
}

// ---------------------------------------------------------------------------
// Array.prototype: conversion to strings.
// ---------------------------------------------------------------------------

// Arrays being joined right now. V8 (and so node) prints a cyclic reference
// as the empty string instead of recursing forever: [a].join() with a
// containing itself gives "". The runtime is single-threaded.
static JsValue join_stack[256];
static int join_depth;

static bool join_cycle(JsValue o) {
  for (int i = 0; i < join_depth && i < 256; i++)
    if (join_stack[i] == o)
      return true;
  return false;
}

// The (locales, options) of the innermost Array.prototype.toLocaleString
// call, handed to each element's toLocaleString (ECMA-402 #sup-array.prototype.tolocalestring);
// they stay alive in that call's arguments.
static JsValue locale_args[2] = {JS_UNDEFINED, JS_UNDEFINED};

// Appends ToString(v) (null and undefined as "") to sb; -1 on throw.
static int join_put(JsRt *rt, JsStrBuf *sb, JsValue v, bool locale) {
  if (js_is_nullish(v))
    return 0;
  if (locale) {
    JsValue f = js_get_prop(rt, v, js_atom_cstr(rt, "toLocaleString"));
    if (js_is_exception(f))
      return -1;
    JsValue args[2] = {locale_args[0], locale_args[1]};
    v = js_call_checked(rt, f, v, 2, args, "toLocaleString");
    if (js_is_exception(v))
      return -1;
  }
  if (js_is_int(v)) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d", (int)js_get_int(v));
    js_sb_puts(sb, buf);
    return 0;
  }
  if (!js_is_string(v)) {
    v = js_to_string(rt, v);
    if (js_is_exception(v))
      return -1;
  }
  js_sb_put_str(rt, sb, js_str(v));
  return 0;
}

static JsValue join(JsRt *rt, JsValue o, double len, JsValue sepv, bool locale) {
  if (join_cycle(o))
    return rt->atom_empty;
  JsString *sep = NULL;
  if (!js_is_undefined(sepv) && !(sep = js_to_flat_string(rt, sepv)))
    return JS_EXCEPTION;
  JsStrBuf sb;
  js_sb_init(&sb);
  join_stack[join_depth < 256 ? join_depth : 255] = o;
  join_depth++;
  JsValue result = JS_EXCEPTION;
  for (double k = 0; k < len; k++) {
    if (k > 0) {
      if (sep)
        js_sb_put_str(rt, &sb, sep);
      else
        js_sb_putc(&sb, ',');
    }
    JsValue v = get_idx(rt, o, k);
    if (js_is_exception(v) || join_put(rt, &sb, v, locale) < 0)
      goto done;
  }
  result = js_sb_finish(rt, &sb);
done:
  join_depth--;
  return result;
}

// Array.prototype.join(separator): ECMA-262 #sec-array.prototype.join
static JsValue array_proto_join(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "join", &r) < 0)
    return JS_EXCEPTION;
  return join(rt, r.o, r.len, js_arg(argc, argv, 0), false);
}

static JsValue array_proto_to_locale_string(JsRt *rt, JsValue callee,
                                            JsValue this_val, int argc,
                                            JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "toLocaleString", &r) < 0)
    return JS_EXCEPTION;
  JsValue saved[2] = {locale_args[0], locale_args[1]};
  locale_args[0] = js_arg(argc, argv, 0);
  locale_args[1] = js_arg(argc, argv, 1);
  JsValue res = join(rt, r.o, r.len, JS_UNDEFINED, true);
  locale_args[0] = saved[0];
  locale_args[1] = saved[1];
  return res;
}

// Array.prototype.toString: this.join(), or Object.prototype.toString when
// there is no callable join.
static JsValue array_proto_to_string(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  JsValue o = js_to_object(rt, this_val);
  if (js_is_exception(o))
    return o;
  JsValue f = js_get_prop(rt, o, js_atom_cstr(rt, "join"));
  if (js_is_exception(f))
    return f;
  if (!js_is_callable(f)) {
    f = js_get_prop(rt, rt->object_proto, rt->atom_to_string);
    if (js_is_exception(f))
      return f;
  }
  return js_call(rt, f, o, 0, NULL);
}

// ---------------------------------------------------------------------------
// Array.prototype: building new arrays.
// ---------------------------------------------------------------------------

// IsConcatSpreadable (#sec-isconcatspreadable): 1, 0 or -1.
static int concat_spreadable(JsRt *rt, JsValue v) {
  if (!js_is_object(v))
    return 0;
  JsValue s = js_get_prop(rt, v, rt->sym_is_concat_spreadable);
  if (js_is_exception(s))
    return -1;
  if (!js_is_undefined(s))
    return js_truthy(rt, s);
  return js_is_array(rt, v);
}

// Appends [e] (spread when spreadable) to [a] at *n: 0 or -1.
static int concat_one(JsRt *rt, JsValue a, JsValue e, double *n) {
  int sp = concat_spreadable(rt, e);
  if (sp < 0)
    return -1;
  if (!sp) {
    if (*n >= MAX_SAFE_INT) {
      js_throw_type_error(rt, "Invalid array length");
      return -1;
    }
    return create_idx(rt, a, (*n)++, e);
  }
  double len;
  if (js_length_of(rt, e, &len) < 0)
    return -1;
  if (*n + len > MAX_SAFE_INT) {
    js_throw_type_error(rt, "Invalid array length");
    return -1;
  }
  for (double k = 0; k < len; k++, (*n)++) {
    JsValue v;
    int p = get_present(rt, e, k, &v);
    if (p < 0 || (p && create_idx(rt, a, *n, v) < 0))
      return -1;
  }
  return 0;
}

// Array.prototype.concat(...items): ECMA-262 #sec-array.prototype.concat
static JsValue array_proto_concat(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  JsValue o = this_obj(rt, this_val, "concat");
  if (js_is_exception(o))
    return o;
  JsValue a = species_create(rt, o, 0);
  if (js_is_exception(a))
    return a;
  double n = 0;
  if (concat_one(rt, a, o, &n) < 0)
    return JS_EXCEPTION;
  for (int i = 0; i < argc; i++)
    if (concat_one(rt, a, argv[i], &n) < 0)
      return JS_EXCEPTION;
  return set_len(rt, a, n) < 0 ? JS_EXCEPTION : a;
}

// Array.prototype.slice(start, end): ECMA-262 #sec-array.prototype.slice
static JsValue array_proto_slice(JsRt *rt, JsValue callee, JsValue this_val,
                                 int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  double k, final;
  if (recv(rt, this_val, "slice", &r) < 0 ||
      rel_index(rt, js_arg(argc, argv, 0), r.len, 0, &k) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), r.len, r.len, &final) < 0)
    return JS_EXCEPTION;
  double count = final > k ? final - k : 0;
  JsValue c = species_ctor(rt, r.o);
  if (js_is_exception(c))
    return c;
  if (js_is_undefined(c) && count > 4294967295.0)
    return js_throw_range_error(rt, "Invalid array length");
  JsValue a = js_is_undefined(c) ? js_new_array(rt, count < 1024 ? (uint32_t)count : 1024)
                                 : construct_species(rt, c, count);
  if (js_is_exception(a))
    return a;
  double n = 0;
  for (; k < final; k++, n++) {
    JsValue v;
    int p = get_present(rt, r.o, k, &v);
    if (p < 0 || (p && create_idx(rt, a, n, v) < 0))
      return JS_EXCEPTION;
  }
  return set_len(rt, a, n) < 0 ? JS_EXCEPTION : a;
}

// FlattenIntoArray (#sec-flattenintoarray); returns the next target index
// or -1.
static double flatten_into(JsRt *rt, JsValue target, JsValue src, double src_len,
                           double start, double depth, JsValue mapper,
                           JsValue this_arg) {
  double t = start;
  for (double i = 0; i < src_len; i++) {
    JsValue e;
    int p = get_present(rt, src, i, &e);
    if (p < 0)
      return -1;
    if (p == 0)
      continue;
    if (!js_is_undefined(mapper)) {
      e = call_cb(rt, mapper, this_arg, e, i, src);
      if (js_is_exception(e))
        return -1;
    }
    if (depth > 0 && js_is_array(rt, e)) {
      double len;
      if (js_stack_overflow()) {
        js_throw_stack_overflow(rt);
        return -1;
      }
      if (js_length_of(rt, e, &len) < 0)
        return -1;
      t = flatten_into(rt, target, e, len, t, depth - 1, JS_UNDEFINED, JS_UNDEFINED);
      if (t < 0)
        return -1;
      continue;
    }
    if (t >= MAX_SAFE_INT) {
      js_throw_type_error(rt, "Invalid array length");
      return -1;
    }
    if (create_idx(rt, target, t++, e) < 0)
      return -1;
  }
  return t;
}

static JsValue array_proto_flat(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "flat", &r) < 0)
    return JS_EXCEPTION;
  double depth = 1;
  JsValue d = js_arg(argc, argv, 0);
  if (!js_is_undefined(d) && js_to_integer(rt, d, &depth) < 0)
    return JS_EXCEPTION;
  if (depth < 0)
    depth = 0;
  JsValue a = species_create(rt, r.o, 0);
  if (js_is_exception(a))
    return a;
  if (flatten_into(rt, a, r.o, r.len, 0, depth, JS_UNDEFINED, JS_UNDEFINED) < 0)
    return JS_EXCEPTION;
  return a;
}

static JsValue array_proto_flat_map(JsRt *rt, JsValue callee, JsValue this_val,
                                    int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "flatMap", &r) < 0)
    return JS_EXCEPTION;
  JsValue f = js_arg(argc, argv, 0);
  if (!js_is_callable(f))
    return js_throw_type_error(rt, "flatMap mapper function is not callable");
  JsValue a = species_create(rt, r.o, 0);
  if (js_is_exception(a))
    return a;
  if (flatten_into(rt, a, r.o, r.len, 0, 1, f, js_arg(argc, argv, 1)) < 0)
    return JS_EXCEPTION;
  return a;
}

// ---------------------------------------------------------------------------
// Array.prototype: mutators.
// ---------------------------------------------------------------------------

// A plain array whose length and elements may be written directly.
static bool writable_plain(JsValue o) {
  uint16_t bad = JS_OBJ_SPARSE | JS_OBJ_LEN_RO | JS_OBJ_FROZEN_ELEMS;
  return js_is_object(o) && js_cell(o)->class_id == JS_CLASS_ARRAY &&
         !(js_cell(o)->flags & bad) && (js_cell(o)->flags & JS_OBJ_EXTENSIBLE);
}

// True when the first [len] elements of a writable plain array are stored
// without holes.
static bool packed(JsValue o, double len) {
  if (!writable_plain(o) || len > js_obj(o)->elem_cap)
    return false;
  JsObject *p = js_obj(o);
  for (uint32_t i = 0; i < (uint32_t)len; i++)
    if (p->elems[i] == JS_HOLE)
      return false;
  return true;
}

// Array.prototype.push(...items): ECMA-262 #sec-array.prototype.push
static JsValue array_proto_push(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  if (writable_plain(this_val) && protos_index_free(js_obj(this_val)) &&
      js_obj(this_val)->elem_len + (uint64_t)argc < 4294967295u) {
    for (int i = 0; i < argc; i++)
      if (js_is_exception(js_array_push(rt, this_val, argv[i])))
        return JS_EXCEPTION;
    return js_number(js_obj(this_val)->elem_len);
  }
  Recv r;
  if (recv(rt, this_val, "push", &r) < 0)
    return JS_EXCEPTION;
  if (r.len + argc > MAX_SAFE_INT)
    return js_throw_type_error(rt, "Pushing %d elements on an array-like of length %s "
                               "is disallowed, as the total surpasses 2**53-1",
                               argc, js_cstr(rt, js_number(r.len)));
  for (int i = 0; i < argc; i++)
    if (set_idx(rt, r.o, r.len + i, argv[i]) < 0)
      return JS_EXCEPTION;
  if (set_len(rt, r.o, r.len + argc) < 0)
    return JS_EXCEPTION;
  return js_number(r.len + argc);
}

// Array.prototype.pop(): ECMA-262 #sec-array.prototype.pop
static JsValue array_proto_pop(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "pop", &r) < 0)
    return JS_EXCEPTION;
  if (r.len == 0)
    return set_len(rt, r.o, 0) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
  JsValue v = get_idx(rt, r.o, r.len - 1);
  if (js_is_exception(v) || del_idx(rt, r.o, r.len - 1) < 0 ||
      set_len(rt, r.o, r.len - 1) < 0)
    return JS_EXCEPTION;
  return v;
}

// Array.prototype.shift(): ECMA-262 #sec-array.prototype.shift
static JsValue array_proto_shift(JsRt *rt, JsValue callee, JsValue this_val,
                                 int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "shift", &r) < 0)
    return JS_EXCEPTION;
  if (r.len == 0)
    return set_len(rt, r.o, 0) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
  if (packed(r.o, r.len)) {
    JsObject *p = js_obj(r.o);
    JsValue first = p->elems[0];
    memmove(p->elems, p->elems + 1, (size_t)(r.len - 1) * sizeof(JsValue));
    p->elems[(uint32_t)r.len - 1] = JS_HOLE;
    if (js_is_exception(js_array_set_length(rt, r.o, js_number(r.len - 1))))
      return JS_EXCEPTION;
    return first;
  }
  JsValue first = get_idx(rt, r.o, 0);
  if (js_is_exception(first))
    return first;
  for (double k = 1; k < r.len; k++) {
    JsValue v;
    int p = get_present(rt, r.o, k, &v);
    if (p < 0 || (p ? set_idx(rt, r.o, k - 1, v) : del_idx(rt, r.o, k - 1)) < 0)
      return JS_EXCEPTION;
  }
  if (del_idx(rt, r.o, r.len - 1) < 0 || set_len(rt, r.o, r.len - 1) < 0)
    return JS_EXCEPTION;
  return first;
}

// Array.prototype.unshift(...items): ECMA-262 #sec-array.prototype.unshift
static JsValue array_proto_unshift(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "unshift", &r) < 0)
    return JS_EXCEPTION;
  if (argc > 0) {
    if (r.len + argc > MAX_SAFE_INT)
      return js_throw_type_error(rt, "Invalid array length");
    for (double k = r.len; k > 0; k--) {
      JsValue v;
      int p = get_present(rt, r.o, k - 1, &v);
      double to = k + argc - 1;
      if (p < 0 || (p ? set_idx(rt, r.o, to, v) : del_idx(rt, r.o, to)) < 0)
        return JS_EXCEPTION;
    }
    for (int j = 0; j < argc; j++)
      if (set_idx(rt, r.o, j, argv[j]) < 0)
        return JS_EXCEPTION;
  }
  if (set_len(rt, r.o, r.len + argc) < 0)
    return JS_EXCEPTION;
  return js_number(r.len + argc);
}

// Array.prototype.reverse(): ECMA-262 #sec-array.prototype.reverse
static JsValue array_proto_reverse(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "reverse", &r) < 0)
    return JS_EXCEPTION;
  if (packed(r.o, r.len)) {
    JsValue *e = js_obj(r.o)->elems;
    for (uint32_t lo = 0, hi = (uint32_t)r.len; lo + 1 < hi; lo++, hi--) {
      JsValue t = e[lo];
      e[lo] = e[hi - 1];
      e[hi - 1] = t;
    }
    return r.o;
  }
  double middle = floor(r.len / 2);
  for (double lower = 0; lower != middle; lower++) {
    double upper = r.len - lower - 1;
    JsValue lv = JS_UNDEFINED, uv = JS_UNDEFINED;
    int lp = get_present(rt, r.o, lower, &lv);
    if (lp < 0)
      return JS_EXCEPTION;
    int up = get_present(rt, r.o, upper, &uv);
    if (up < 0)
      return JS_EXCEPTION;
    if ((up ? set_idx(rt, r.o, lower, uv) : lp ? del_idx(rt, r.o, lower) : 0) < 0)
      return JS_EXCEPTION;
    if ((lp ? set_idx(rt, r.o, upper, lv) : up ? del_idx(rt, r.o, upper) : 0) < 0)
      return JS_EXCEPTION;
  }
  return r.o;
}

// Array.prototype.fill(value, start, end): ECMA-262 #sec-array.prototype.fill
static JsValue array_proto_fill(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  Recv r;
  double k, final;
  if (recv(rt, this_val, "fill", &r) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), r.len, 0, &k) < 0 ||
      rel_index(rt, js_arg(argc, argv, 2), r.len, r.len, &final) < 0)
    return JS_EXCEPTION;
  JsValue v = js_arg(argc, argv, 0);
  for (; k < final; k++)
    if (set_idx(rt, r.o, k, v) < 0)
      return JS_EXCEPTION;
  return r.o;
}

// Array.prototype.copyWithin(target, start, end):
// ECMA-262 #sec-array.prototype.copywithin
static JsValue array_proto_copy_within(JsRt *rt, JsValue callee, JsValue this_val,
                                       int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  double to, from, final;
  if (recv(rt, this_val, "copyWithin", &r) < 0 ||
      rel_index(rt, js_arg(argc, argv, 0), r.len, 0, &to) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), r.len, 0, &from) < 0 ||
      rel_index(rt, js_arg(argc, argv, 2), r.len, r.len, &final) < 0)
    return JS_EXCEPTION;
  double count = fmin(final - from, r.len - to);
  double dir = 1;
  if (from < to && to < from + count) {
    dir = -1;
    from += count - 1;
    to += count - 1;
  }
  for (; count > 0; count--, from += dir, to += dir) {
    JsValue v;
    int p = get_present(rt, r.o, from, &v);
    if (p < 0 || (p ? set_idx(rt, r.o, to, v) : del_idx(rt, r.o, to)) < 0)
      return JS_EXCEPTION;
  }
  return r.o;
}

// Moves the elements after a splice point: [start + del, len) goes to
// start + ins (#sec-array.prototype.splice steps 15-16).
static int splice_move(JsRt *rt, JsValue o, double len, double start, double del,
                       double ins) {
  if (ins < del) {
    for (double k = start; k < len - del; k++) {
      JsValue v;
      int p = get_present(rt, o, k + del, &v);
      if (p < 0 || (p ? set_idx(rt, o, k + ins, v) : del_idx(rt, o, k + ins)) < 0)
        return -1;
    }
    for (double k = len; k > len - del + ins; k--)
      if (del_idx(rt, o, k - 1) < 0)
        return -1;
  } else if (ins > del) {
    for (double k = len - del; k > start; k--) {
      JsValue v;
      int p = get_present(rt, o, k + del - 1, &v);
      double to = k + ins - 1;
      if (p < 0 || (p ? set_idx(rt, o, to, v) : del_idx(rt, o, to)) < 0)
        return -1;
    }
  }
  return 0;
}

// The actual start and delete count of splice/toSpliced.
static int splice_args(JsRt *rt, int argc, JsValue *argv, double len, double *start,
                       double *del) {
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, start) < 0)
    return -1;
  if (argc == 0) {
    *del = 0;
  } else if (argc == 1) {
    *del = len - *start;
  } else {
    double dc;
    if (js_to_integer(rt, argv[1], &dc) < 0)
      return -1;
    *del = fmin(fmax(dc, 0), len - *start);
  }
  return 0;
}

// Array.prototype.splice(start, deleteCount, ...items):
// ECMA-262 #sec-array.prototype.splice
static JsValue array_proto_splice(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  double start, del;
  if (recv(rt, this_val, "splice", &r) < 0 ||
      splice_args(rt, argc, argv, r.len, &start, &del) < 0)
    return JS_EXCEPTION;
  double ins = argc > 2 ? argc - 2 : 0;
  if (r.len + ins - del > MAX_SAFE_INT)
    return js_throw_type_error(rt, "Invalid array length");
  JsValue a = species_create(rt, r.o, del);
  if (js_is_exception(a))
    return a;
  for (double k = 0; k < del; k++) {
    JsValue v;
    int p = get_present(rt, r.o, start + k, &v);
    if (p < 0 || (p && create_idx(rt, a, k, v) < 0))
      return JS_EXCEPTION;
  }
  if (set_len(rt, a, del) < 0 || splice_move(rt, r.o, r.len, start, del, ins) < 0)
    return JS_EXCEPTION;
  for (int i = 0; i < (int)ins; i++)
    if (set_idx(rt, r.o, start + i, argv[i + 2]) < 0)
      return JS_EXCEPTION;
  return set_len(rt, r.o, r.len - del + ins) < 0 ? JS_EXCEPTION : a;
}

// ---------------------------------------------------------------------------
// Sorting: a stable merge sort over a snapshot of the values
// (SortIndexedProperties, #sec-sortindexedproperties). The default order
// compares ToString of each value, computed once per value; undefined
// values are set aside and go last, as SortCompare puts them.
// ---------------------------------------------------------------------------

typedef struct SortItem {
  JsValue v;
  JsValue key;  // flat string for the default order
} SortItem;

typedef struct Sorter {
  JsRt *rt;
  JsValue cmp;   // comparator or JS_UNDEFINED
  bool failed;   // the comparator threw; the result is discarded
} Sorter;

// SortCompare(x, y) <= 0, i.e. x may stay before y.
static bool sort_le(Sorter *s, const SortItem *x, const SortItem *y) {
  if (s->failed)
    return true;
  if (js_is_undefined(s->cmp))
    return js_str_compare(js_str(x->key), js_str(y->key)) <= 0;
  JsValue args[2] = { x->v, y->v };
  JsValue r = js_call(s->rt, s->cmp, JS_UNDEFINED, 2, args);
  double d;
  if (js_is_exception(r) || js_to_double(s->rt, r, &d) < 0) {
    s->failed = true;
    return true;
  }
  return !(d > 0);
}

static void merge_sort(Sorter *s, SortItem *a, SortItem *tmp, uint32_t n) {
  if (n <= 8) {
    for (uint32_t i = 1; i < n; i++) {
      SortItem x = a[i];
      uint32_t j = i;
      while (j > 0 && !sort_le(s, &a[j - 1], &x)) {
        a[j] = a[j - 1];
        j--;
      }
      a[j] = x;
    }
    return;
  }
  uint32_t mid = n / 2;
  merge_sort(s, a, tmp, mid);
  merge_sort(s, a + mid, tmp, n - mid);
  if (sort_le(s, &a[mid - 1], &a[mid]))
    return;  // already in order
  memcpy(tmp, a, mid * sizeof *a);
  uint32_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) {
    if (sort_le(s, &tmp[i], &a[j]))
      a[k++] = tmp[i++];
    else
      a[k++] = a[j++];
  }
  while (i < mid)
    a[k++] = tmp[i++];
}

// Collects the values of o[0..len) (skipping holes when [skip_holes]), sorts
// them and returns them in *out (undefined values last); -1 on throw.
static int sort_values(JsRt *rt, JsValue o, double len, JsValue cmp, bool skip_holes,
                       SortItem **out, uint32_t *n_out) {
  if (len > 4294967295.0) {
    js_throw_range_error(rt, "Invalid array length");
    return -1;
  }
  SortItem *items = js_gc_alloc(((size_t)len + 1) * sizeof *items);
  uint32_t n = 0, undefs = 0;
  for (double k = 0; k < len; k++) {
    JsValue v = JS_UNDEFINED;
    int p = skip_holes ? get_present(rt, o, k, &v) : 1;
    if (!skip_holes && js_is_exception(v = get_idx(rt, o, k)))
      return -1;
    if (p < 0)
      return -1;
    if (p == 0)
      continue;
    if (js_is_undefined(v)) {
      undefs++;
      continue;
    }
    items[n].v = v;
    items[n].key = JS_UNDEFINED;
    if (js_is_undefined(cmp)) {
      JsString *str = js_to_flat_string(rt, v);
      if (!str)
        return -1;
      items[n].key = js_from_cell(str);
    }
    n++;
  }
  Sorter s = { rt, cmp, false };
  SortItem *tmp = js_gc_alloc((n / 2 + 1) * sizeof *tmp);
  merge_sort(&s, items, tmp, n);
  if (s.failed)
    return -1;
  for (uint32_t i = 0; i < undefs; i++)
    items[n + i].v = JS_UNDEFINED;
  *out = items;
  *n_out = n + undefs;
  return 0;
}

static bool bad_comparator(JsValue cmp) {
  return !js_is_undefined(cmp) && !js_is_callable(cmp);
}

// Array.prototype.sort(comparefn): ECMA-262 #sec-array.prototype.sort
static JsValue array_proto_sort(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  JsValue cmp = js_arg(argc, argv, 0);
  if (bad_comparator(cmp))
    return js_throw_type_error(rt, "The comparison function must be either a function or undefined");
  Recv r;
  if (recv(rt, this_val, "sort", &r) < 0)
    return JS_EXCEPTION;
  SortItem *items;
  uint32_t n;
  if (sort_values(rt, r.o, r.len, cmp, true, &items, &n) < 0)
    return JS_EXCEPTION;
  double j = 0;
  for (; j < n; j++)
    if (set_idx(rt, r.o, j, items[(uint32_t)j].v) < 0)
      return JS_EXCEPTION;
  for (; j < r.len; j++)
    if (del_idx(rt, r.o, j) < 0)
      return JS_EXCEPTION;
  return r.o;
}

// Array.prototype.toSorted(comparefn): ECMA-262 #sec-array.prototype.tosorted
static JsValue array_proto_to_sorted(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  JsValue cmp = js_arg(argc, argv, 0);
  if (bad_comparator(cmp))
    return js_throw_type_error(rt, "The comparison function must be either a function or undefined");
  Recv r;
  if (recv(rt, this_val, "toSorted", &r) < 0)
    return JS_EXCEPTION;
  SortItem *items;
  uint32_t n;
  if (sort_values(rt, r.o, r.len, cmp, false, &items, &n) < 0)
    return JS_EXCEPTION;
  JsValue a = js_new_array(rt, n);
  for (uint32_t i = 0; i < n; i++)
    if (js_is_exception(js_array_push(rt, a, items[i].v)))
      return JS_EXCEPTION;
  return a;
}

// ---------------------------------------------------------------------------
// Array.prototype: copying counterparts of the mutators (ES2023).
// ---------------------------------------------------------------------------

// A plain array of [len] elements, each read by [pick] from the receiver.
static JsValue new_array_checked(JsRt *rt, double len) {
  if (len > 4294967295.0)
    return js_throw_range_error(rt, "Invalid array length");
  return js_new_array(rt, len < 1024 ? (uint32_t)len : 1024);
}

static JsValue array_proto_to_reversed(JsRt *rt, JsValue callee, JsValue this_val,
                                       int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  if (recv(rt, this_val, "toReversed", &r) < 0)
    return JS_EXCEPTION;
  JsValue a = new_array_checked(rt, r.len);
  if (js_is_exception(a))
    return a;
  for (double k = 0; k < r.len; k++) {
    JsValue v = get_idx(rt, r.o, r.len - k - 1);
    if (js_is_exception(v) || js_is_exception(js_array_push(rt, a, v)))
      return JS_EXCEPTION;
  }
  return a;
}

// Array.prototype.with(index, value): ECMA-262 #sec-array.prototype.with
static JsValue array_proto_with(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  Recv r;
  double rel;
  if (recv(rt, this_val, "with", &r) < 0 ||
      js_to_integer(rt, js_arg(argc, argv, 0), &rel) < 0)
    return JS_EXCEPTION;
  double at = rel >= 0 ? rel : r.len + rel;
  if (at >= r.len || at < 0)
    return js_throw_range_error(rt, "Invalid index : %s",  // the argument as given
                                js_value_cstr_short(rt, js_arg(argc, argv, 0)));
  JsValue a = new_array_checked(rt, r.len);
  if (js_is_exception(a))
    return a;
  for (double k = 0; k < r.len; k++) {
    JsValue v = k == at ? js_arg(argc, argv, 1) : get_idx(rt, r.o, k);
    if (js_is_exception(v) || js_is_exception(js_array_push(rt, a, v)))
      return JS_EXCEPTION;
  }
  return a;
}

// Array.prototype.toSpliced(start, skipCount, ...items):
// ECMA-262 #sec-array.prototype.tospliced
static JsValue array_proto_to_spliced(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  Recv r;
  double start, skip;
  if (recv(rt, this_val, "toSpliced", &r) < 0 ||
      splice_args(rt, argc, argv, r.len, &start, &skip) < 0)
    return JS_EXCEPTION;
  int ins = argc > 2 ? argc - 2 : 0;
  double new_len = r.len + ins - skip;
  if (new_len > MAX_SAFE_INT)
    return js_throw_type_error(rt, "Invalid array length");
  JsValue a = new_array_checked(rt, new_len);
  if (js_is_exception(a))
    return a;
  double i = 0, from = start + skip;
  for (; i < start; i++) {
    JsValue v = get_idx(rt, r.o, i);
    if (js_is_exception(v) || js_is_exception(js_array_push(rt, a, v)))
      return JS_EXCEPTION;
  }
  for (int j = 0; j < ins; j++, i++)
    if (js_is_exception(js_array_push(rt, a, argv[j + 2])))
      return JS_EXCEPTION;
  for (; i < new_len; i++, from++) {
    JsValue v = get_idx(rt, r.o, from);
    if (js_is_exception(v) || js_is_exception(js_array_push(rt, a, v)))
      return JS_EXCEPTION;
  }
  return a;
}

// ---------------------------------------------------------------------------
// Iterators: keys, values (also [Symbol.iterator]) and entries.
// ---------------------------------------------------------------------------

static JsValue array_iter(JsRt *rt, JsValue this_val, int kind, const char *name) {
  JsValue o = this_obj(rt, this_val, name);
  if (js_is_exception(o))
    return o;
  return js_new_array_iterator(rt, o, kind);
}

static JsValue array_proto_keys(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return array_iter(rt, this_val, 0, "keys");
}

static JsValue array_proto_values(JsRt *rt, JsValue callee, JsValue this_val,
                                  int argc, JsValue *argv, JsValue new_target) {
  return array_iter(rt, this_val, 1, "values");
}

static JsValue array_proto_entries(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  return array_iter(rt, this_val, 2, "entries");
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef array_static_funcs[] = {
  JS_FN("isArray", array_is_array, 1),
  JS_FN("from", array_from, 1),
  JS_FN("fromAsync", array_from_async, 1),
  JS_FN("of", array_of, 0),
  JS_GETTER("[Symbol.species]", array_get_species),
};

static const JsNativeDef array_proto_funcs[] = {
  JS_FN("at", array_proto_at, 1),
  JS_FN("concat", array_proto_concat, 1),
  JS_FN("copyWithin", array_proto_copy_within, 2),
  JS_FN("fill", array_proto_fill, 1),
  JS_FN("find", array_proto_find, 1),
  JS_FN("findIndex", array_proto_find_index, 1),
  JS_FN("findLast", array_proto_find_last, 1),
  JS_FN("findLastIndex", array_proto_find_last_index, 1),
  JS_FN("lastIndexOf", array_proto_last_index_of, 1),
  JS_FN("pop", array_proto_pop, 0),
  JS_FN("push", array_proto_push, 1),
  JS_FN("reverse", array_proto_reverse, 0),
  JS_FN("shift", array_proto_shift, 0),
  JS_FN("unshift", array_proto_unshift, 1),
  JS_FN("slice", array_proto_slice, 2),
  JS_FN("sort", array_proto_sort, 1),
  JS_FN("splice", array_proto_splice, 2),
  JS_FN("includes", array_proto_includes, 1),
  JS_FN("indexOf", array_proto_index_of, 1),
  JS_FN("join", array_proto_join, 1),
  JS_FN("keys", array_proto_keys, 0),
  JS_FN("entries", array_proto_entries, 0),
  JS_FN("values", array_proto_values, 0),
  JS_FN("forEach", array_proto_for_each, 1),
  JS_FN("filter", array_proto_filter, 1),
  JS_FN("flat", array_proto_flat, 0),
  JS_FN("flatMap", array_proto_flat_map, 1),
  JS_FN("map", array_proto_map, 1),
  JS_FN("every", array_proto_every, 1),
  JS_FN("some", array_proto_some, 1),
  JS_FN("reduce", array_proto_reduce, 1),
  JS_FN("reduceRight", array_proto_reduce_right, 1),
  JS_FN("toLocaleString", array_proto_to_locale_string, 0),
  JS_FN("toString", array_proto_to_string, 0),
  JS_FN("toReversed", array_proto_to_reversed, 0),
  JS_FN("toSorted", array_proto_to_sorted, 1),
  JS_FN("toSpliced", array_proto_to_spliced, 2),
  JS_FN("with", array_proto_with, 2),
};

// Array.prototype[Symbol.unscopables] (#sec-array.prototype-@@unscopables).
static void install_unscopables(JsRt *rt, JsValue proto) {
  static const char *const names[] = {
    "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
    "findLastIndex", "flat", "flatMap", "includes", "keys", "toReversed",
    "toSorted", "toSpliced", "values",
  };
  JsValue u = js_new_object_proto(rt, JS_NULL);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    js_define_value(rt, u, js_atom_cstr(rt, names[i]), JS_TRUE, JS_PROP_DEFAULT);
  js_define_value(rt, proto, rt->sym_unscopables, u, JS_PROP_CONFIGURABLE);
}

void stdlib_array_init(JsRt *rt) {
  // Array.prototype is itself an array (#sec-properties-of-the-array-prototype-object).
  JsValue proto = rt->array_proto;
  if (!js_is_object(proto)) {
    proto = js_obj_value(js_new_object_class(rt, rt->object_proto, JS_CLASS_ARRAY));
    rt->array_proto = proto;
  }
  JsValue ctor = js_new_native_ctor(rt, array_ctor, "Array", 1, proto);
  rt->array_ctor = ctor;
  js_define_value(rt, proto, rt->atom_constructor, ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JS_INSTALL(rt, ctor, array_static_funcs);
  JS_INSTALL(rt, proto, array_proto_funcs);
  JsValue values = js_get_prop(rt, proto, js_atom_cstr(rt, "values"));
  rt->array_proto_values = values;
  js_define_value(rt, proto, rt->sym_iterator, values,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  install_unscopables(rt, proto);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Array"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
