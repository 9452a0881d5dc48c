// SPDX-License-Identifier: MIT
//
// iterator.c: %IteratorPrototype% and %ArrayIteratorPrototype%
// (ECMA-262 #sec-%arrayiteratorprototype%-object). Array iterators walk
// arrays and array-likes by index, reading `length` at every step, as the
// spec says; Array.prototype.keys/values/entries create them with
// js_new_array_iterator.
#include "internal.h"

// Typed arrays are linked per use (stdlib/init.c): one exists only when
// typedarray.c is linked, so this file references it weakly.
__attribute__((weak)) int js_typed_iter_length(JsRt *rt, JsValue o, double *len);

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

#define ARRAY_ITER_MAGIC 0x41524954u  // "ARIT"

typedef struct ArrayIter {
  uint32_t magic;
  int kind;          // 0 keys, 1 values, 2 entries
  JsValue obj;       // JS_UNDEFINED once exhausted
  uint32_t index;
} ArrayIter;

JsValue js_new_array_iterator(JsRt *rt, JsValue obj, int kind) {
  JsObject *o = js_new_object_class(rt, rt->array_iterator_proto, JS_CLASS_ITERATOR);
  ArrayIter *it = js_gc_alloc(sizeof(ArrayIter));
  it->magic = ARRAY_ITER_MAGIC;
  it->kind = kind;
  it->obj = obj;
  o->internal = it;
  return js_from_cell(o);
}

static ArrayIter *array_iter_of(JsValue v) {
  if (js_class_of(v) != JS_CLASS_ITERATOR)
    return NULL;
  ArrayIter *it = js_obj(v)->internal;
  return it && it->magic == ARRAY_ITER_MAGIC ? it : NULL;
}

int js__array_iterator_step(JsRt *rt, JsValue iter, JsValue *value) {
  ArrayIter *it = array_iter_of(iter);
  if (!it)
    return -2;
  if (it->obj == JS_UNDEFINED)
    return 0;
  double len;
  if (js_class_of(it->obj) == JS_CLASS_TYPED_ARRAY ? js_typed_iter_length(rt, it->obj, &len) < 0
                                                   : js_length_of(rt, it->obj, &len) < 0)
    return -1;
  if (it->index >= len) {
    it->obj = JS_UNDEFINED;
    return 0;
  }
  uint32_t i = it->index++;
  if (it->kind == 0) {
    *value = js_number(i);
    return 1;
  }
  JsValue v = js_get_index(rt, it->obj, i);
  if (js_is_exception(v))
    return -1;
  if (it->kind == 1) {
    *value = v;
    return 1;
  }
  JsValue pair[2] = {js_number(i), v};
  *value = js_new_array_from(rt, 2, pair);
  return 1;
}

NATIVE(array_iterator_next) {
  UNUSED_ARGS;
  JsValue v = JS_UNDEFINED;
  int r = js__array_iterator_step(rt, this_val, &v);
  if (r == -2)
    return js_throw_type_error(rt, "Method Array Iterator.prototype.next called on "
                                   "incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  if (r < 0)
    return JS_EXCEPTION;
  return js_iter_result(rt, r ? v : JS_UNDEFINED, r == 0);
}

NATIVE(iterator_proto_iterator) {
  UNUSED_ARGS;
  (void)rt;
  return this_val;
}

void stdlib_iterator_init(JsRt *rt) {
  JsValue f = js_new_native(rt, iterator_proto_iterator, "[Symbol.iterator]", 0);
  js_define_value(rt, rt->iterator_proto, rt->sym_iterator, f,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JsValue next = js_new_native(rt, array_iterator_next, "next", 0);
  js_define_value(rt, rt->array_iterator_proto, rt->atom_next, next,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  rt->array_iterator_next = next;
  js_define_value(rt, rt->array_iterator_proto, rt->sym_to_string_tag,
                  js_atom_cstr(rt, "Array Iterator"), JS_PROP_CONFIGURABLE);
}
