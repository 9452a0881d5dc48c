// SPDX-License-Identifier: MIT
//
// promise.c: the Promise constructor, Promise.prototype (then, catch,
// finally) and the statics (resolve, reject, all, allSettled, race, any)
// (ECMA-262 #sec-promise-objects).
//
// The promise machinery itself (states, reactions, jobs, capabilities)
// lives in runtime/promise.c; this file is the JS-facing surface. The
// combinators share one shape: a capability, the constructor's `resolve`,
// an iteration that wires each element to a small closure, and the
// "remaining elements" counter kept in a shared environment record.
#include "../stdlib.h"

static JsValue fn_new(JsRt *rt, JsFn fn, JsEnv *env, int length) {
  return js_new_function(rt, fn, env, rt->atom_empty, length,
                         JS_FN_NATIVE | JS_FN_STRICT);
}

// new Promise(executor) (#sec-promise-executor).
static JsValue promise_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  if (new_target == JS_UNDEFINED)
    return js_throw_type_error(rt, "Promise constructor cannot be invoked without 'new'");
  JsValue executor = js_arg(argc, argv, 0);
  if (!js_is_callable(executor))
    return js_throw_type_error(rt, "Promise resolver %s is not a function",
                               js_value_cstr_short(rt, executor));
  JsValue p = js__promise_create(rt, new_target);
  if (js_is_exception(p))
    return p;
  JsValue fns[2];
  js__promise_resolving_functions(rt, p, &fns[0], &fns[1]);
  if (js_is_exception(js_call(rt, executor, JS_UNDEFINED, 2, fns))) {
    JsValue e = js_take_exception(rt);
    js_call(rt, fns[1], JS_UNDEFINED, 1, &e);
  }
  return p;
}

// SpeciesConstructor(O, %Promise%) (#sec-speciesconstructor).
static JsValue species_constructor(JsRt *rt, JsValue o) {
  JsValue c = js_get_prop(rt, o, rt->atom_constructor);
  if (js_is_exception(c) || c == JS_UNDEFINED)
    return c == JS_UNDEFINED ? rt->promise_ctor : c;
  if (!js_is_object(c))
    return js_throw_type_error(rt, "The .constructor property is not an object");
  JsValue s = js_get_prop(rt, c, rt->sym_species);
  if (js_is_exception(s))
    return s;
  if (js_is_nullish(s))
    return rt->promise_ctor;
  if (js_is_constructor(s))
    return s;
  return js_throw_type_error(rt, "object.constructor[Symbol.species] is not a constructor");
}

// Promise.prototype.then (#sec-promise.prototype.then).
static JsValue promise_proto_then(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  if (!js_is_promise(this_val))
    return js_throw_type_error(rt, "Method Promise.prototype.then called on "
                               "incompatible receiver %s", js_value_cstr_short(rt, this_val));
  JsValue c = species_constructor(rt, this_val);
  if (js_is_exception(c))
    return c;
  JsCapability cap;
  if (js__promise_new_capability(rt, c, &cap) < 0)
    return JS_EXCEPTION;
  js__promise_perform_then(rt, this_val, js_arg(argc, argv, 0), js_arg(argc, argv, 1), &cap);
  return cap.promise;
}

// Promise.prototype.catch (#sec-promise.prototype.catch).
static JsValue promise_proto_catch(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  JsValue args[2] = {JS_UNDEFINED, js_arg(argc, argv, 0)};
  return js_invoke(rt, this_val, rt->atom_then, 2, args);
}

// PromiseResolve(C, x) (#sec-promise-resolve).
static JsValue promise_resolve_with(JsRt *rt, JsValue c, JsValue x) {
  if (js_is_promise(x)) {
    JsValue xc = js_get_prop(rt, x, rt->atom_constructor);
    if (js_is_exception(xc))
      return xc;
    if (js_same_value(xc, c))
      return x;
  }
  JsCapability cap;
  if (js__promise_new_capability(rt, c, &cap) < 0)
    return JS_EXCEPTION;
  if (js_is_exception(js__capability_resolve(rt, &cap, x)))
    return JS_EXCEPTION;
  return cap.promise;
}

// --- finally: closures over (onFinally, C) and over the value/reason ----------

static JsValue value_thunk(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return js_func_env(callee)->slots[0];
}

static JsValue thrower(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                       JsValue *argv, JsValue new_target) {
  return js_throw(rt, js_func_env(callee)->slots[0]);
}

// Then Finally / Catch Finally functions (#sec-thenfinallyfunctions).
static JsValue finally_step(JsRt *rt, JsValue callee, JsValue arg, JsFn after) {
  JsEnv *env = js_func_env(callee);
  JsValue result = js_call(rt, env->slots[0], JS_UNDEFINED, 0, NULL);
  if (js_is_exception(result))
    return result;
  JsValue p = promise_resolve_with(rt, env->slots[1], result);
  if (js_is_exception(p))
    return p;
  JsEnv *keep = js_new_env(rt, NULL, 1);
  keep->slots[0] = arg;
  JsValue f = fn_new(rt, after, keep, 0);
  return js_invoke(rt, p, rt->atom_then, 1, &f);
}

static JsValue then_finally(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  return finally_step(rt, callee, js_arg(argc, argv, 0), value_thunk);
}

static JsValue catch_finally(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  return finally_step(rt, callee, js_arg(argc, argv, 0), thrower);
}

// Promise.prototype.finally (#sec-promise.prototype.finally).
static JsValue promise_proto_finally(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Method Promise.prototype.finally called on "
                               "incompatible receiver %s", js_value_cstr_short(rt, this_val));
  JsValue c = species_constructor(rt, this_val);
  if (js_is_exception(c))
    return c;
  JsValue on_finally = js_arg(argc, argv, 0);
  JsValue args[2] = {on_finally, on_finally};
  if (js_is_callable(on_finally)) {
    JsEnv *env = js_new_env(rt, NULL, 2);
    env->slots[0] = on_finally;
    env->slots[1] = c;
    args[0] = fn_new(rt, then_finally, env, 1);
    args[1] = fn_new(rt, catch_finally, env, 1);
  }
  return js_invoke(rt, this_val, rt->atom_then, 2, args);
}

// --- statics -------------------------------------------------------------------

static JsValue promise_resolve(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "PromiseResolve called on non-object");
  return promise_resolve_with(rt, this_val, js_arg(argc, argv, 0));
}

static JsValue promise_reject(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  JsCapability cap;
  if (js__promise_new_capability(rt, this_val, &cap) < 0)
    return JS_EXCEPTION;
  if (js_is_exception(js__capability_reject(rt, &cap, js_arg(argc, argv, 0))))
    return JS_EXCEPTION;
  return cap.promise;
}

static JsValue promise_species(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return this_val;
}

// The record shared by one combinator call's element closures.
// REC_KEYS: the keys of Promise.allKeyed / allSettledKeyed, else undefined.
enum { REC_VALUES, REC_REMAINING, REC_PROMISE, REC_RESOLVE, REC_REJECT, REC_KEYS, REC_SIZE };
// Per element: its index and [[AlreadyCalled]].
enum { EL_INDEX, EL_CALLED, EL_SIZE };

enum { COMB_ALL, COMB_ALL_SETTLED, COMB_ANY, COMB_RACE };

static JsValue aggregate_error(JsRt *rt, JsValue errors) {
  JsValue e = js_new_error(rt, JS_AGGREGATE_ERROR, "All promises were rejected");
  js_define_value(rt, e, rt->atom_errors, errors, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return e;
}

// CreateKeyedPromiseCombinatorResultObject: a null-prototype object of
// keys[i]: values[i].
static JsValue keyed_result(JsRt *rt, JsValue keys, JsValue values) {
  JsValue o = js_new_object_proto(rt, JS_NULL);
  double n = 0;
  js_length_of(rt, keys, &n);
  for (uint32_t i = 0; i < n; i++)
    js_define_value(rt, o, js_get_index(rt, keys, i), js_get_index(rt, values, i),
                    JS_PROP_DEFAULT);
  return o;
}

// Decrements remainingElements; on zero settles the combinator's promise
// (resolve with the values, or for `any` reject with an AggregateError).
static JsValue count_down(JsRt *rt, JsEnv *rec, bool any) {
  int32_t left = js_get_int(rec->slots[REC_REMAINING]) - 1;
  rec->slots[REC_REMAINING] = js_int(left);
  if (left != 0)
    return JS_UNDEFINED;
  JsValue v = rec->slots[REC_VALUES];
  if (rec->slots[REC_KEYS] != JS_UNDEFINED)
    v = keyed_result(rt, rec->slots[REC_KEYS], v);
  if (any) {
    v = aggregate_error(rt, v);
    return js_call(rt, rec->slots[REC_REJECT], JS_UNDEFINED, 1, &v);
  }
  return js_call(rt, rec->slots[REC_RESOLVE], JS_UNDEFINED, 1, &v);
}

// Stores [v] at the element's index unless already called; then counts down.
static JsValue settle_element(JsRt *rt, JsValue callee, JsValue v, bool any) {
  JsEnv *env = js_func_env(callee);
  if (env->slots[EL_CALLED] == JS_TRUE)
    return JS_UNDEFINED;
  env->slots[EL_CALLED] = JS_TRUE;
  JsEnv *rec = env->parent;
  uint32_t i = (uint32_t)js_get_int(env->slots[EL_INDEX]);
  if (js_is_exception(js_set_index(rt, rec->slots[REC_VALUES], i, v, true)))
    return JS_EXCEPTION;
  return count_down(rt, rec, any);
}

static JsValue settled_object(JsRt *rt, const char *status, JsValue key, JsValue v) {
  JsValue o = js_new_object(rt);
  js_define_field(rt, o, js_atom_cstr(rt, "status"), js_atom_cstr(rt, status));
  js_define_field(rt, o, key, v);
  return o;
}

static JsValue all_resolve_element(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  return settle_element(rt, callee, js_arg(argc, argv, 0), false);
}

static JsValue settled_fulfilled(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  if (js_func_env(callee)->slots[EL_CALLED] == JS_TRUE)
    return JS_UNDEFINED;
  JsValue o = settled_object(rt, "fulfilled", rt->atom_value, js_arg(argc, argv, 0));
  return settle_element(rt, callee, o, false);
}

static JsValue settled_rejected(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  if (js_func_env(callee)->slots[EL_CALLED] == JS_TRUE)
    return JS_UNDEFINED;
  JsValue o = settled_object(rt, "rejected", js_atom_cstr(rt, "reason"),
                             js_arg(argc, argv, 0));
  return settle_element(rt, callee, o, false);
}

static JsValue any_reject_element(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  return settle_element(rt, callee, js_arg(argc, argv, 0), true);
}

// Wires one element: nextPromise.then(onFulfilled, onRejected).
static JsValue wire_element(JsRt *rt, int which, JsEnv *rec, uint32_t index,
                            JsValue next_promise) {
  JsValue args[2] = {rec->slots[REC_RESOLVE], rec->slots[REC_REJECT]};
  if (which != COMB_RACE) {
    JsEnv *el = js_new_env(rt, rec, EL_SIZE);
    el->slots[EL_INDEX] = js_int((int32_t)index);
    el->slots[EL_CALLED] = JS_FALSE;
    if (which == COMB_ALL) {
      args[0] = fn_new(rt, all_resolve_element, el, 1);
    } else if (which == COMB_ALL_SETTLED) {
      args[0] = fn_new(rt, settled_fulfilled, el, 1);
      args[1] = fn_new(rt, settled_rejected, el, 1);
    } else {
      args[1] = fn_new(rt, any_reject_element, el, 1);
    }
    rec->slots[REC_REMAINING] = js_int(js_get_int(rec->slots[REC_REMAINING]) + 1);
  }
  return js_invoke(rt, next_promise, rt->atom_then, 2, args);
}

// PerformPromiseAll / AllSettled / Any / Race over an open iterator.
// *done is set when the iterator itself failed or finished (no close).
static JsValue perform(JsRt *rt, int which, JsValue iter, JsValue next, bool *done,
                       JsValue c, JsEnv *rec, JsValue resolve_fn) {
  for (uint32_t index = 0;; index++) {
    JsValue value;
    JsValue st = js_iterator_step(rt, iter, next, &value);
    if (st != JS_TRUE) {
      *done = true;
      if (js_is_exception(st))
        return st;
      if (which != COMB_RACE && js_is_exception(count_down(rt, rec, which == COMB_ANY)))
        return JS_EXCEPTION;
      return rec->slots[REC_PROMISE];
    }
    // Append undefined to values: a List in the spec, so no Array.prototype
    // setter may run.
    if (which != COMB_RACE &&
        js_is_exception(js_define_field(rt, rec->slots[REC_VALUES], js_index_atom(rt, index),
                                        JS_UNDEFINED)))
      return JS_EXCEPTION;
    JsValue next_promise = js_call(rt, resolve_fn, c, 1, &value);
    if (js_is_exception(next_promise))
      return next_promise;
    if (js_is_exception(wire_element(rt, which, rec, index, next_promise)))
      return JS_EXCEPTION;
  }
}

// IfAbruptRejectPromise: rejects the capability with the pending error.
static JsValue reject_abrupt(JsRt *rt, const JsCapability *cap) {
  JsValue e = js_take_exception(rt);
  if (js_is_exception(js__capability_reject(rt, cap, e)))
    return JS_EXCEPTION;
  return cap->promise;
}

// GetIterator(iterable, sync) with V8's wording for the combinators:
// "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))".
static JsValue get_iterator(JsRt *rt, JsValue iterable, JsValue *next) {
  JsValue method = JS_UNDEFINED;
  if (!js_is_nullish(iterable)) {
    method = js_get_prop(rt, iterable, rt->sym_iterator);
    if (js_is_exception(method))
      return method;
  }
  if (!js_is_callable(method)) {
    const char *what = js_cstr(rt, js_typeof(rt, iterable));
    if (iterable == JS_NULL)
      what = "object null";
    else if (js_is_number(iterable) || js_is_bool(iterable))
      what = js_cstr(rt, js_new_stringf(rt, "%s %s", what, js_cstr(rt, iterable)));
    return js_throw_type_error(rt, "%s is not iterable (cannot read property "
                               "Symbol(Symbol.iterator))", what);
  }
  JsValue iter = js_call(rt, method, iterable, 0, NULL);
  if (js_is_exception(iter))
    return iter;
  if (!js_is_object(iter))
    return js_throw_type_error(rt, "Result of the Symbol.iterator method is not an object");
  *next = js_get_prop(rt, iter, rt->atom_next);
  return js_is_exception(*next) ? JS_EXCEPTION : iter;
}

// The first steps of every combinator: NewPromiseCapability(C), then
// C.resolve, which must be callable. NULL after a throw (the capability,
// when there is one, is in [*cap]; reject_abrupt settles it); else the
// record the elements share, with [keyed] an array for the keys.
static JsEnv *combinator_start(JsRt *rt, JsValue c, JsCapability *cap, bool *have_cap,
                               JsValue *resolve_fn, bool keyed) {
  *have_cap = false;
  if (js__promise_new_capability(rt, c, cap) < 0)
    return NULL;
  *have_cap = true;
  js__capability_materialize(rt, cap);
  *resolve_fn = js_get_prop(rt, c, rt->atom_resolve);
  if (js_is_exception(*resolve_fn))
    return NULL;
  if (!js_is_callable(*resolve_fn)) {
    js_throw_type_error(rt, "Promise resolve or reject function is not callable");
    return NULL;
  }
  JsEnv *rec = js_new_env(rt, NULL, REC_SIZE);
  rec->slots[REC_VALUES] = js_new_array(rt, 0);
  rec->slots[REC_KEYS] = keyed ? js_new_array(rt, 0) : JS_UNDEFINED;
  rec->slots[REC_REMAINING] = js_int(1);
  rec->slots[REC_PROMISE] = cap->promise;
  rec->slots[REC_RESOLVE] = cap->resolve;
  rec->slots[REC_REJECT] = cap->reject;
  return rec;
}

static JsValue combinator(JsRt *rt, JsValue c, JsValue iterable, int which) {
  JsCapability cap;
  bool have_cap;
  JsValue resolve_fn;
  JsEnv *rec = combinator_start(rt, c, &cap, &have_cap, &resolve_fn, false);
  if (!rec)
    return have_cap ? reject_abrupt(rt, &cap) : JS_EXCEPTION;
  JsValue next = JS_UNDEFINED;
  JsValue iter = get_iterator(rt, iterable, &next);
  if (js_is_exception(iter))
    return reject_abrupt(rt, &cap);
  bool done = false;
  JsValue r = perform(rt, which, iter, next, &done, c, rec, resolve_fn);
  if (!js_is_exception(r))
    return r;
  if (!done)
    js_iterator_close(rt, iter, true);
  return reject_abrupt(rt, &cap);
}

// PerformPromiseAllKeyed / AllSettledKeyed: one element per enumerable
// own property of [promises], in [[OwnPropertyKeys]] order.
static JsValue perform_keyed(JsRt *rt, int which, JsValue promises, JsValue c, JsEnv *rec,
                             JsValue resolve_fn) {
  JsValue all = js_own_keys(rt, promises, 3);
  if (js_is_exception(all))
    return all;
  double n;
  if (js_length_of(rt, all, &n) < 0)
    return JS_EXCEPTION;
  uint32_t index = 0;
  for (uint32_t k = 0; k < n; k++) {
    JsValue key = js_get_index(rt, all, k);
    JsPropDesc d;
    int r = js_get_own_property(rt, promises, key, &d);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0 || !(d.attrs & JS_PROP_ENUMERABLE))
      continue;
    JsValue value = js_get_prop(rt, promises, key);
    if (js_is_exception(value))
      return value;
    js_array_push(rt, rec->slots[REC_KEYS], key);
    js_array_push(rt, rec->slots[REC_VALUES], JS_UNDEFINED);
    JsValue next_promise = js_call(rt, resolve_fn, c, 1, &value);
    if (js_is_exception(next_promise))
      return next_promise;
    if (js_is_exception(wire_element(rt, which, rec, index++, next_promise)))
      return JS_EXCEPTION;
  }
  if (js_is_exception(count_down(rt, rec, false)))
    return JS_EXCEPTION;
  return rec->slots[REC_PROMISE];
}

static JsValue keyed_combinator(JsRt *rt, JsValue c, JsValue promises, int which) {
  JsCapability cap;
  bool have_cap;
  JsValue resolve_fn;
  JsEnv *rec = combinator_start(rt, c, &cap, &have_cap, &resolve_fn, true);
  if (!rec)
    return have_cap ? reject_abrupt(rt, &cap) : JS_EXCEPTION;
  if (!js_is_object(promises)) {
    js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, promises));
    return reject_abrupt(rt, &cap);
  }
  JsValue r = perform_keyed(rt, which, promises, c, rec, resolve_fn);
  return js_is_exception(r) ? reject_abrupt(rt, &cap) : r;
}

static JsValue promise_all_keyed(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  return keyed_combinator(rt, this_val, js_arg(argc, argv, 0), COMB_ALL);
}

static JsValue promise_all_settled_keyed(JsRt *rt, JsValue callee, JsValue this_val,
                                         int argc, JsValue *argv, JsValue new_target) {
  return keyed_combinator(rt, this_val, js_arg(argc, argv, 0), COMB_ALL_SETTLED);
}

// Promise.try(callback, ...args) (#sec-promise.try).
static JsValue promise_try(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  if (!js_is_object(this_val))
    return js_throw_type_error(rt, "Promise.try called on non-object");
  JsCapability cap;
  if (js__promise_new_capability(rt, this_val, &cap) < 0)
    return JS_EXCEPTION;
  JsValue v = js_call(rt, js_arg(argc, argv, 0), JS_UNDEFINED, argc > 1 ? argc - 1 : 0,
                      argv + 1);
  JsValue r = js_is_exception(v) ? js__capability_reject(rt, &cap, js_take_exception(rt))
                                 : js__capability_resolve(rt, &cap, v);
  return js_is_exception(r) ? r : cap.promise;
}

// Promise.withResolvers() (#sec-promise.withResolvers).
static JsValue promise_with_resolvers(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                      JsValue *argv, JsValue new_target) {
  JsCapability cap;
  if (js__promise_new_capability(rt, this_val, &cap) < 0)
    return JS_EXCEPTION;
  js__capability_materialize(rt, &cap);
  JsValue o = js_new_object(rt);
  js_define_field(rt, o, js_atom_cstr(rt, "promise"), cap.promise);
  js_define_field(rt, o, rt->atom_resolve, cap.resolve);
  js_define_field(rt, o, js_atom_cstr(rt, "reject"), cap.reject);
  return o;
}

static JsValue promise_all(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return combinator(rt, this_val, js_arg(argc, argv, 0), COMB_ALL);
}

static JsValue promise_all_settled(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  return combinator(rt, this_val, js_arg(argc, argv, 0), COMB_ALL_SETTLED);
}

static JsValue promise_any(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return combinator(rt, this_val, js_arg(argc, argv, 0), COMB_ANY);
}

static JsValue promise_race(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  return combinator(rt, this_val, js_arg(argc, argv, 0), COMB_RACE);
}

static const JsNativeDef promise_proto_funcs[] = {
    JS_FN("then", promise_proto_then, 2),
    JS_FN("catch", promise_proto_catch, 1),
    JS_FN("finally", promise_proto_finally, 1),
};

static const JsNativeDef promise_static_funcs[] = {
    JS_FN("all", promise_all, 1),
    JS_FN("allSettled", promise_all_settled, 1),
    JS_FN("any", promise_any, 1),
    JS_FN("race", promise_race, 1),
    JS_FN("resolve", promise_resolve, 1),
    JS_FN("reject", promise_reject, 1),
    JS_FN("allKeyed", promise_all_keyed, 1),
    JS_FN("allSettledKeyed", promise_all_settled_keyed, 1),
    JS_FN("try", promise_try, 1),
    JS_FN("withResolvers", promise_with_resolvers, 0),
    JS_GETTER("[Symbol.species]", promise_species),
};

void stdlib_promise_init(JsRt *rt) {
  if (!js_is_object(rt->promise_proto))
    rt->promise_proto = js_new_object(rt);
  JsValue proto = rt->promise_proto;
  JsValue ctor = js_new_native_ctor(rt, promise_ctor, "Promise", 1, proto);
  rt->promise_ctor = ctor;
  JS_INSTALL(rt, proto, promise_proto_funcs);
  js_define_value(rt, proto, rt->sym_to_string_tag, js_atom_cstr(rt, "Promise"),
                  JS_PROP_CONFIGURABLE);
  JS_INSTALL(rt, ctor, promise_static_funcs);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Promise"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
