// SPDX-License-Identifier: MIT
//
// iterator.c: the iteration protocol as generated code uses it (for-of,
// spread, destructuring: GetIterator, IteratorStep, IteratorClose) and the
// for-in enumerator (#sec-enumerate-object-properties).
//
// Array iterators from %Array.prototype.values% with the original `next`
// are stepped directly (no result objects); everything else goes through
// the protocol.
#include "internal.h"

// V8's default name of a value it cannot iterate when no source text
// names it (BuildDefaultCallSite): its type, then its value when it is a
// primitive that has one ("number 0", "object null", "symbol").
static const char *default_call_site(JsRt *rt, JsValue v) {
  const char *type = js_cstr(rt, js_typeof(rt, v));
  if (js_is_null(v))
    return "object null";
  if (!js_is_string(v) && !js_is_number(v) && !js_is_bool(v))
    return type;
  const char *val = js_cstr(rt, v);
  char *out = js_gc_alloc_atomic(strlen(type) + strlen(val) + 4);
  sprintf(out, js_is_string(v) ? "%s \"%s\"" : "%s %s", type, val);
  return out;
}

// [what] is the source text naming the value, "" when V8 has none (nested
// and assignment patterns, parameters), NULL for the older short form.
static JsValue not_iterable(JsRt *rt, JsValue obj, const char *what) {
  if (what && *what)
    return js_throw_type_error(rt, "%s is not iterable", what);
  if (what || js_is_object(obj))
    return js_throw_type_error(
        rt, "%s is not iterable (cannot read property Symbol(Symbol.iterator))",
        what ? default_call_site(rt, obj) : "object");
  if (js_is_nullish(obj))
    return js_throw_type_error(
        rt, "%s is not iterable (cannot read property Symbol(Symbol.iterator))",
        js_is_null(obj) ? "null" : "undefined");
  return js_throw_type_error(rt, "%s is not iterable", js_value_cstr_short(rt, obj));
}

JsValue js_get_iterator_checked(JsRt *rt, JsValue obj, JsValue *next, const char *what) {
  if (js_is_nullish(obj))
    return not_iterable(rt, obj, what);
  JsValue method = js_get_prop(rt, obj, rt->sym_iterator);
  if (js_is_exception(method))
    return method;
  if (!js_is_callable(method))
    return not_iterable(rt, obj, what);
  JsValue iter = js_call(rt, method, obj, 0, NULL);
  if (js_is_exception(iter))
    return iter;
  if (!js_is_object(iter))
    return js_throw_type_error(rt, "Result of the Symbol.iterator method is not an object");
  JsValue n = js_get_prop(rt, iter, rt->atom_next);
  if (js_is_exception(n))
    return n;
  *next = n;
  return iter;
}

JsValue js_get_iterator(JsRt *rt, JsValue obj, JsValue *next) {
  return js_get_iterator_checked(rt, obj, next, NULL);
}

JsValue js_iterator_step(JsRt *rt, JsValue iter, JsValue next, JsValue *value) {
  if (next == rt->array_iterator_next && rt->array_iterator_next &&
      js_class_of(iter) == JS_CLASS_ITERATOR) {
    int r = js__array_iterator_step(rt, iter, value);
    if (r != -2)
      return r < 0 ? JS_EXCEPTION : js_bool(r);
  }
  if (!js_is_callable(next))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, next));
  JsValue res = js_call(rt, next, iter, 0, NULL);
  if (js_is_exception(res))
    return res;
  if (!js_is_object(res))
    return js_throw_type_error(rt, "Iterator result %s is not an object",
                               js_value_cstr_short(rt, res));
  JsValue done = js_get_prop(rt, res, rt->atom_done);
  if (js_is_exception(done))
    return done;
  if (js_truthy(rt, done))
    return JS_FALSE;
  JsValue v = js_get_prop(rt, res, rt->atom_value);
  if (js_is_exception(v))
    return v;
  *value = v;
  return JS_TRUE;
}

JsValue js_iterator_close(JsRt *rt, JsValue iter, bool on_throw) {
  if (on_throw) {
    bool had = rt->has_exception;
    JsValue saved = rt->exception;
    JsValue m = js_get_prop(rt, iter, rt->atom_return);
    if (!js_is_exception(m) && js_is_callable(m))
      js_call(rt, m, iter, 0, NULL);
    rt->has_exception = had;
    rt->exception = saved;
    return JS_UNDEFINED;
  }
  JsValue m = js_get_method(rt, iter, rt->atom_return);
  if (js_is_exception(m) || m == JS_UNDEFINED)
    return m;
  JsValue r = js_call(rt, m, iter, 0, NULL);
  if (js_is_exception(r))
    return r;
  if (!js_is_object(r))
    return js_throw_type_error(rt, "Iterator result %s is not an object",
                               js_value_cstr_short(rt, r));
  return JS_UNDEFINED;
}

JsValue js_iter_result(JsRt *rt, JsValue value, bool done) {
  JsValue r = js_new_object(rt);
  js_define_field(rt, r, rt->atom_value, value);
  js_define_field(rt, r, rt->atom_done, js_bool(done));
  return r;
}

// --- for-in -------------------------------------------------------------------------------

typedef struct ForIn {
  JsValue obj;
  JsValue keys;  // array of string atoms
  uint32_t pos;
} ForIn;

JsValue js_for_in_start(JsRt *rt, JsValue obj) {
  JsObject *e = js_new_object_class(rt, JS_NULL, JS_CLASS_FOR_IN);
  ForIn *fi = js_gc_alloc(sizeof(ForIn));
  e->internal = fi;
  fi->keys = js_new_array(rt, 0);
  fi->obj = JS_UNDEFINED;
  if (js_is_nullish(obj))
    return js_from_cell(e);
  obj = js_to_object(rt, obj);
  if (js_is_exception(obj))
    return obj;
  fi->obj = obj;
  JsValue levels[64];
  int nlevels = 0;
  for (JsValue o = obj; js_is_object(o); o = js_get_proto(rt, o)) {
    JsValue keys = js_own_keys(rt, o, 1);
    if (js_is_exception(keys))
      return keys;  // a proxy's ownKeys trap threw
    JsObject *ka = js_obj(keys);
    for (uint32_t i = 0; i < ka->elem_len; i++) {
      JsValue k = ka->elems[i];
      bool shadowed = false;
      for (int l = 0; l < nlevels && !shadowed; l++)
        shadowed = js_get_own_property(rt, levels[l], k, NULL) == 1;
      if (shadowed)
        continue;
      JsPropDesc d;
      if (js_get_own_property(rt, o, k, &d) == 1 && (d.attrs & JS_PROP_ENUMERABLE))
        js_array_push(rt, fi->keys, k);
    }
    if (nlevels < 64)
      levels[nlevels++] = o;
  }
  return js_from_cell(e);
}

bool js_for_in_next(JsRt *rt, JsValue e, JsValue *key) {
  ForIn *fi = js_obj(e)->internal;
  JsObject *ka = js_obj(fi->keys);
  while (fi->pos < ka->elem_len) {
    JsValue k = ka->elems[fi->pos++];
    // A key deleted during the loop is not visited.
    if (js_has_property(rt, fi->obj, k) == 1) {
      *key = k;
      return true;
    }
  }
  return false;
}
