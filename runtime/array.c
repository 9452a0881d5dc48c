// SPDX-License-Identifier: MIT
//
// array.c: the runtime part of arrays (the Array built-ins live in
// stdlib/builtins/array.c): creation, push and spread, `length` semantics
// (#sec-arraysetlength), rest parameters, arguments objects and template
// objects.
//
// An array keeps its length in elem_len; elements live in `elems` (JS_HOLE
// marks an absent one; everything at or past elem_cap is a hole) unless
// the array went sparse (JS_OBJ_SPARSE: some index keys are in the shape).
#include "internal.h"

#include <stdlib.h>

JsValue js_new_array(JsRt *rt, uint32_t capacity) {
  JsObject *a = js_new_object_class(rt, rt->array_proto, JS_CLASS_ARRAY);
  if (capacity)
    js_array_reserve(rt, a, capacity);
  return js_from_cell(a);
}

JsValue js_new_array_from(JsRt *rt, uint32_t n, const JsValue *vals) {
  JsObject *a = js_new_object_class(rt, rt->array_proto, JS_CLASS_ARRAY);
  if (n) {
    js_array_reserve(rt, a, n);
    memcpy(a->elems, vals, (size_t)n * sizeof(JsValue));
  }
  a->elem_len = n;
  return js_from_cell(a);
}

bool js_is_array(JsRt *rt, JsValue v) {
  if (js_class_of(v) == JS_CLASS_PROXY)
    return js_proxy_is_array(rt, v);
  return js_class_of(v) == JS_CLASS_ARRAY;
}

static bool fast_appendable(JsObject *a) {
  return a->hdr.class_id == JS_CLASS_ARRAY &&
         (a->hdr.flags & JS_OBJ_EXTENSIBLE) &&
         !(a->hdr.flags & (JS_OBJ_LEN_RO | JS_OBJ_SPARSE | JS_OBJ_SEALED_ELEMS |
                           JS_OBJ_FROZEN_ELEMS)) &&
         a->elem_len < UINT32_MAX;
}

JsValue js_array_push(JsRt *rt, JsValue arr, JsValue v) {
  JsObject *a = js_obj(arr);
  if (fast_appendable(a)) {
    uint32_t i = a->elem_len;
    if (i >= a->elem_cap)
      js_array_reserve(rt, a, i + 1);
    a->elems[i] = v;
    a->elem_len = i + 1;
    return JS_UNDEFINED;
  }
  double len;
  if (js_length_of(rt, arr, &len) < 0)
    return JS_EXCEPTION;
  if (v != JS_HOLE) {
    JsValue r = js_set_prop(rt, arr, js_to_property_key(rt, js_number(len)), v, true);
    if (js_is_exception(r))
      return r;
  }
  return js_set_prop(rt, arr, rt->atom_length, js_number(len + 1), true);
}

JsValue js_array_set_length(JsRt *rt, JsValue arr, JsValue lenv) {
  JsObject *a = js_obj(arr);
  double num;
  if (js_to_double(rt, lenv, &num) < 0)
    return JS_EXCEPTION;
  uint32_t len = js_to_uint32_d(num);
  if ((double)len != num)
    return js_throw_range_error(rt, "Invalid array length");
  if (len == a->elem_len)
    return JS_TRUE;
  if (a->hdr.flags & JS_OBJ_LEN_RO)
    return JS_FALSE;
  if (len > a->elem_len) {
    a->elem_len = len;
    return JS_TRUE;
  }
  // Truncate: delete elements from the end; a non-configurable one stops it.
  uint32_t new_len = len;
  uint32_t lim = a->elem_len < a->elem_cap ? a->elem_len : a->elem_cap;
  if (a->hdr.flags & (JS_OBJ_SEALED_ELEMS | JS_OBJ_FROZEN_ELEMS)) {
    for (uint32_t i = lim; i > len; i--)
      if (a->elems[i - 1] != JS_HOLE) {
        new_len = i;
        break;
      }
  }
  if (a->hdr.flags & JS_OBJ_SPARSE) {
    JsShape *sh = a->shape;
    for (uint32_t i = 0; i < sh->count; i++) {
      int64_t k = js_atom_index(sh->keys[i]);
      if (k >= new_len && !(sh->attrs[i] & JS_PROP_CONFIGURABLE))
        new_len = (uint32_t)k + 1;
    }
    for (uint32_t i = sh->count; i > 0; i--) {
      JsShape *cur = a->shape;
      if (i - 1 >= cur->count)
        continue;
      int64_t k = js_atom_index(cur->keys[i - 1]);
      if (k >= new_len)
        js_delete_property(rt, arr, cur->keys[i - 1]);
    }
  }
  for (uint32_t i = new_len; i < lim; i++)
    a->elems[i] = JS_HOLE;
  a->elem_len = new_len;
  return new_len == len ? JS_TRUE : JS_FALSE;
}

JsValue *js_array_like_to_list(JsRt *rt, JsValue obj, uint32_t *n) {
  if (!js_is_object(obj)) {
    js_throw_type_error(rt, "CreateListFromArrayLike called on non-object");
    return NULL;
  }
  double len;
  if (js_length_of(rt, obj, &len) < 0)
    return NULL;
  // V8 pushes the arguments of apply and spread calls on its ~1 MB stack:
  // at top level node takes 125,213 of them and throws past that.
  if (len > 125000) {
    js_throw_range_error(rt, "Maximum call stack size exceeded");
    return NULL;
  }
  uint32_t count = (uint32_t)len;
  JsValue *list = js_gc_alloc((size_t)(count ? count : 1) * sizeof(JsValue));
  for (uint32_t i = 0; i < count; i++) {
    JsValue v = js_get_index(rt, obj, i);
    if (js_is_exception(v))
      return NULL;
    list[i] = v;
  }
  *n = count;
  return list;
}

// True when iterating [v] with for-of would just walk its elements.
static bool plain_array_iteration(JsRt *rt, JsValue v) {
  if (js_class_of(v) != JS_CLASS_ARRAY || !rt->array_proto_values)
    return false;
  JsObject *a = js_obj(v);
  if (a->hdr.flags & JS_OBJ_SPARSE)
    return false;
  JsValue it = js_get_prop(rt, v, rt->sym_iterator);
  if (it != rt->array_proto_values)
    return false;
  JsValue next = js_get_prop(rt, rt->array_iterator_proto, rt->atom_next);
  return next == rt->array_iterator_next;
}

JsValue js_array_push_spread(JsRt *rt, JsValue arr, JsValue iterable) {
  if (plain_array_iteration(rt, iterable)) {
    JsObject *src = js_obj(iterable);
    for (uint32_t i = 0; i < src->elem_len; i++) {
      JsValue v = js_array_elem_raw(src, i);
      if (v == JS_HOLE) {
        v = js_get_index(rt, iterable, i);
        if (js_is_exception(v))
          return v;
      }
      if (js_is_exception(js_array_push(rt, arr, v)))
        return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
  }
  JsValue next;
  JsValue iter = js_get_iterator(rt, iterable, &next);
  if (js_is_exception(iter))
    return iter;
  for (;;) {
    JsValue v;
    JsValue r = js_iterator_step(rt, iter, next, &v);
    if (js_is_exception(r))
      return r;
    if (r == JS_FALSE)
      return JS_UNDEFINED;
    if (js_is_exception(js_array_push(rt, arr, v)))
      return JS_EXCEPTION;
  }
}

JsValue js_iterable_to_array(JsRt *rt, JsValue iterable) {
  JsValue arr = js_new_array(rt, 0);
  JsValue r = js_array_push_spread(rt, arr, iterable);
  return js_is_exception(r) ? r : arr;
}

JsValue js_rest_array(JsRt *rt, int argc, const JsValue *argv, int from) {
  if (from >= argc)
    return js_new_array(rt, 0);
  return js_new_array_from(rt, (uint32_t)(argc - from), argv + from);
}

static JsValue array_values_fn(JsRt *rt) {
  if (!rt->array_proto_values && js_is_object(rt->array_proto)) {
    JsValue v = js_get_prop(rt, rt->array_proto, js_atom_cstr(rt, "values"));
    if (js_is_callable(v))
      rt->array_proto_values = v;
  }
  return rt->array_proto_values ? rt->array_proto_values : JS_UNDEFINED;
}

JsValue js_new_arguments(JsRt *rt, JsValue callee, int argc, const JsValue *argv,
                         bool strict) {
  JsObject *o = js_new_object_class(rt, rt->object_proto, JS_CLASS_ARGUMENTS);
  JsValue args = js_from_cell(o);
  if (argc > 0) {
    js_array_reserve(rt, o, (uint32_t)argc);
    memcpy(o->elems, argv, (size_t)argc * sizeof(JsValue));
    o->elem_len = (uint32_t)argc;
  }
  int hidden = JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE;
  js_define_value(rt, args, rt->atom_length, js_int(argc), hidden);
  if (strict) {
    JsPropDesc d = {JS_DESC_HAS_GET | JS_DESC_HAS_SET | JS_DESC_HAS_ENUMERABLE |
                        JS_DESC_HAS_CONFIGURABLE,
                    0, JS_UNDEFINED, rt->throw_type_error, rt->throw_type_error};
    js_define_own_property(rt, args, rt->atom_callee, &d, false);
  } else {
    js_define_value(rt, args, rt->atom_callee, callee, hidden);
  }
  js_define_value(rt, args, rt->sym_iterator, array_values_fn(rt), hidden);
  return args;
}

JsValue js_template_object(JsRt *rt, int n, const JsValue *cooked, const JsValue *raw) {
  JsValue c = js_new_array_from(rt, (uint32_t)n, cooked);
  JsValue r = js_new_array_from(rt, (uint32_t)n, raw);
  js_set_integrity(rt, r, true);
  js_define_value(rt, c, rt->atom_raw, r, 0);
  js_set_integrity(rt, c, true);
  return c;
}
