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
  JsValue inner, inner_next; // flatMap: the inner iterator while alive, else 0
} Helper;

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
  case H_WRAP:
    break;
  }
  return 0;
}

// Resumes the closure suspended at a Yield with a return completion:
// 0 returned, -1 threw.
static int helper_abort(JsRt *rt, Helper *h) {
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
    if (js_is_exception(js_iterator_close(rt, h->iter, false)))
      return JS_EXCEPTION;
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
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef iterator_static_funcs[] = {
  JS_FN("from", iterator_from, 1),
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
