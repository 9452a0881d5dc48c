// SPDX-License-Identifier: MIT
//
// object.c: ordinary objects and their internal methods (ECMA-262
// #sec-ordinary-object-internal-methods-and-internal-slots): own property
// lookup, [[Get]]/[[Set]] with receivers, [[DefineOwnProperty]],
// [[Delete]], [[OwnPropertyKeys]], prototypes and extensibility, the
// inline-cache slow paths, and the global object accessors.
//
// Where properties live:
//  - named properties: shape (keys + attributes) and the `slots` array;
//  - array/arguments elements: `elems` (JS_HOLE = absent) with the default
//    attributes; elements needing other attributes, and very sparse writes,
//    live in the shape as index-string keys (JS_OBJ_SPARSE);
//  - array `length`: elem_len, writable unless JS_OBJ_LEN_RO;
//  - String wrapper objects: indices and length are virtual.
#include "internal.h"

#include <math.h>
#include <stdlib.h>

#define SPARSE_GAP (1u << 20)  // writes further past the end go to the shape

// Exotic classes override internal methods through one table each
// (JsClassOps), registered by their implementation (Proxy and typed arrays
// by the stdlib, module namespaces by runtime/namespace.c). Each internal
// method below asks the table of the object's class once.
static const JsClassOps *class_ops[JS_CLASS__COUNT];

void js_register_class_ops(JsClassId cls, const JsClassOps *ops) { class_ops[cls] = ops; }

const JsClassOps *js_class_ops(JsClassId cls) {
  return cls < JS_CLASS__COUNT ? class_ops[cls] : NULL;
}

static inline const JsClassOps *ops_of(const JsObject *o) { return class_ops[o->hdr.class_id]; }

// The class's key-level methods when they answer for [key], else NULL.
static inline const JsClassOps *key_ops(JsRt *rt, const JsObject *o, JsValue key) {
  const JsClassOps *ops = class_ops[o->hdr.class_id];
  if (!ops || !ops->get)
    return NULL;
  return !ops->owns_key || ops->owns_key(rt, js_from_cell((JsObject *)o), key) ? ops : NULL;
}

// Integer-indexed element storage (typed arrays), or NULL.
static inline const JsClassOps *elem_ops(const JsObject *o) {
  const JsClassOps *ops = class_ops[o->hdr.class_id];
  return ops && ops->elem_get ? ops : NULL;
}

// A class whose key-level methods answer for some keys (a proxy, a namespace).
static inline bool key_ops_any(const JsObject *o) {
  const JsClassOps *ops = class_ops[o->hdr.class_id];
  return ops && ops->get;
}

// Object-level overrides (a proxy's [[GetPrototypeOf]] ...), or NULL.
static inline const JsClassOps *obj_ops(JsValue obj) {
  return js_is_object(obj) ? class_ops[js_obj(obj)->hdr.class_id] : NULL;
}

// Set by a sloppy-mode [[Set]] that failed silently, for js_set_prop_bool
// (Reflect.set needs the boolean that strict code turns into a TypeError).
static bool set_rejected;

static bool has_elems(const JsObject *o) {
  return o->hdr.class_id == JS_CLASS_ARRAY ||
         o->hdr.class_id == JS_CLASS_ARGUMENTS;
}

JsValue js_obj_value(JsObject *o) { return js_from_cell(o); }

JsObject *js_new_object_class(JsRt *rt, JsValue proto, JsClassId cls) {
  JsObject *o = js_gc_alloc(sizeof(JsObject));
  o->hdr.kind = JS_KIND_OBJECT;
  o->hdr.class_id = (uint8_t)cls;
  o->hdr.flags = JS_OBJ_EXTENSIBLE;
  o->shape = rt->root_shape;
  o->proto = js_is_object(proto) ? js_obj(proto) : NULL;
  o->home = JS_UNDEFINED;
  return o;
}

JsValue js_new_object(JsRt *rt) {
  return js_from_cell(js_new_object_class(rt, rt->object_proto, JS_CLASS_OBJECT));
}

JsValue js_new_object_proto(JsRt *rt, JsValue proto) {
  return js_from_cell(js_new_object_class(rt, proto, JS_CLASS_OBJECT));
}

JsValue js_global_object(JsRt *rt) { return rt->global; }

static JsAccessor *new_accessor(JsValue getter, JsValue setter) {
  JsAccessor *a = js_gc_alloc(sizeof(JsAccessor));
  a->hdr.kind = JS_KIND_ACCESSOR;
  a->getter = getter;
  a->setter = setter;
  return a;
}

// --- own property references ------------------------------------------------------

enum { REF_NONE, REF_SLOT, REF_ELEM, REF_LENGTH, REF_CHAR, REF_TYPED };

typedef struct OwnRef {
  int kind;
  uint32_t index;
  uint8_t attrs;
} OwnRef;

static uint8_t elem_attrs(const JsObject *o) {
  if (o->hdr.flags & JS_OBJ_FROZEN_ELEMS)
    return JS_PROP_ENUMERABLE;
  if (o->hdr.flags & JS_OBJ_SEALED_ELEMS)
    return JS_PROP_ENUMERABLE | JS_PROP_WRITABLE;
  return JS_PROP_DEFAULT;
}

// js_atom_index for an atom, inlined: interned strings carry their index.
static inline int64_t key_index(JsValue key) {
  if (!js_is_string(key))
    return -1;
  JsString *s = js_str(key);
  if (s->hdr.flags & JS_STR_INTERNED)
    return (int64_t)s->index - 1;
  return js_atom_index(key);
}

// CanonicalNumericIndexString (#sec-canonicalnumericindexstring) for a
// string atom: array indices, and also "-0", "-1", "1.5", "Infinity",
// "NaN", "4294967295" ... which typed arrays treat as (invalid) indices.
static bool numeric_key(JsRt *rt, JsValue key) {
  if (!js_is_string(key))
    return false;
  if (key_index(key) >= 0)
    return true;
  JsString *s = js_str(key);
  uint32_t n = js_str_len(s);
  if (n == 0)
    return false;
  js_str_flatten(rt, s);
  uint16_t c = js_str_at(s, 0);
  if (!((c >= '0' && c <= '9') || c == '-' || c == 'I' || c == 'N'))
    return false;
  if (n == 2 && c == '-' && js_str_at(s, 1) == '0')
    return true;
  JsValue back = js_number_to_string(rt, js_string_to_number(s), 10);
  return js_is_string(back) && js_str_equal(js_str(back), s);
}

static inline bool typed_numeric_key(JsRt *rt, const JsObject *o, JsValue key) {
  return elem_ops(o) && numeric_key(rt, key);
}

static bool find_own(JsRt *rt, JsObject *o, JsValue key, OwnRef *r) {
  if (js_is_string(key)) {
    int64_t idx = key_index(key);
    if (idx < 0 && typed_numeric_key(rt, o, key))
      return false;  // an invalid integer index: never an own property
    if (idx >= 0) {
      if (has_elems(o)) {
        if ((uint64_t)idx < o->elem_len && (uint64_t)idx < o->elem_cap &&
            o->elems[idx] != JS_HOLE) {
          r->kind = REF_ELEM;
          r->index = (uint32_t)idx;
          r->attrs = elem_attrs(o);
          return true;
        }
        if (!(o->hdr.flags & JS_OBJ_SPARSE))
          return false;
      } else if (o->hdr.class_id == JS_CLASS_STRING) {
        JsString *s = js_str(js_boxed_value(o));
        if ((uint64_t)idx < js_str_len(s)) {
          r->kind = REF_CHAR;
          r->index = (uint32_t)idx;
          r->attrs = JS_PROP_ENUMERABLE;
          return true;
        }
      } else if (elem_ops(o)) {
        // Integer-indexed exotic: index keys never reach the shape.
        if ((uint64_t)idx >= elem_ops(o)->elem_length(js_from_cell(o)))
          return false;
        r->kind = REF_TYPED;
        r->index = (uint32_t)idx;
        r->attrs = JS_PROP_DEFAULT;
        return true;
      }
    } else if (key == rt->atom_length) {
      if (o->hdr.class_id == JS_CLASS_ARRAY) {
        r->kind = REF_LENGTH;
        r->attrs = (o->hdr.flags & JS_OBJ_LEN_RO) ? 0 : JS_PROP_WRITABLE;
        return true;
      }
      if (o->hdr.class_id == JS_CLASS_STRING) {
        r->kind = REF_CHAR;
        r->index = UINT32_MAX;
        r->attrs = 0;
        return true;
      }
    }
  }
  int32_t i = js__shape_find(o->shape, key);
  if (i < 0)
    return false;
  r->kind = REF_SLOT;
  r->index = (uint32_t)i;
  r->attrs = o->shape->attrs[i];
  return true;
}

static JsValue ref_value(JsRt *rt, JsObject *o, const OwnRef *r) {
  switch (r->kind) {
  case REF_SLOT:
    return o->slots[r->index];
  case REF_ELEM:
    return o->elems[r->index];
  case REF_LENGTH:
    return js_number((double)o->elem_len);
  case REF_CHAR: {
    JsString *s = js_str(js_boxed_value(o));
    if (r->index == UINT32_MAX)
      return js_int((int32_t)js_str_len(s));
    js_str_flatten(rt, s);
    return js_str_from_char(rt, js_str_at(s, r->index));
  }
  case REF_TYPED: {
    JsValue v = JS_UNDEFINED;
    ops_of(o)->elem_get(js_from_cell(o), r->index, &v);
    return v;
  }
  }
  return JS_UNDEFINED;
}

int js_get_own_property(JsRt *rt, JsValue obj, JsValue key, JsPropDesc *desc) {
  if (!js_is_object(obj))
    return 0;
  JsObject *o = js_obj(obj);
  const JsClassOps *ops = key_ops(rt, o, key);
  if (ops && ops->get_own_property)
    return ops->get_own_property(rt, obj, key, desc);
  OwnRef r;
  if (!find_own(rt, o, key, &r))
    return 0;
  if (!desc)
    return 1;
  desc->attrs = r.attrs & (JS_PROP_WRITABLE | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
  if (r.attrs & JS_PROP_ACCESSOR) {
    JsAccessor *a = (JsAccessor *)js_cell(o->slots[r.index]);
    desc->has = JS_DESC_HAS_GET | JS_DESC_HAS_SET | JS_DESC_HAS_ENUMERABLE |
                JS_DESC_HAS_CONFIGURABLE;
    desc->getter = a->getter;
    desc->setter = a->setter;
    desc->value = JS_UNDEFINED;
    desc->attrs &= ~JS_PROP_WRITABLE;
  } else {
    desc->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE |
                JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
    desc->value = ref_value(rt, o, &r);
    desc->getter = desc->setter = JS_UNDEFINED;
  }
  return 1;
}

// --- adding and removing slots ------------------------------------------------------

static void add_slot(JsObject *o, JsValue key, uint8_t attrs, JsValue v) {
  uint32_t old = o->shape->count;
  o->shape = js__shape_add(o->shape, key, attrs);
  uint32_t n = o->shape->count;
  if (!o->slots || js__slot_cap(n) > js__slot_cap(old)) {
    JsValue *s = js_gc_alloc(js__slot_cap(n) * sizeof(JsValue));
    if (old)
      memcpy(s, o->slots, old * sizeof(JsValue));
    o->slots = s;
  }
  o->slots[n - 1] = v;
  if (key_index(key) >= 0)
    o->hdr.flags |= JS_OBJ_HAS_INDEX_KEYS;
}

static void make_dictionary(JsObject *o) {
  if (!o->shape->dictionary)
    o->shape = js__shape_dictionary(o->shape);
}

static void remove_slot(JsObject *o, uint32_t i) {
  make_dictionary(o);
  uint32_t n = o->shape->count;
  memmove(o->slots + i, o->slots + i + 1, (n - i - 1) * sizeof(JsValue));
  o->slots[n - 1] = JS_UNDEFINED;
  js__shape_remove(o->shape, i);
}

static void set_slot_attrs(JsObject *o, uint32_t i, uint8_t attrs) {
  if (o->shape->attrs[i] == attrs)
    return;
  make_dictionary(o);
  o->shape->attrs[i] = attrs;
}

void js_array_reserve(JsRt *rt, JsObject *a, uint32_t n) {
  (void)rt;
  if (n <= a->elem_cap)
    return;
  uint64_t cap = a->elem_cap ? (uint64_t)a->elem_cap * 2 : 8;
  if (cap < n)
    cap = n;
  if (cap > 0xffffffffu)
    cap = 0xffffffffu;
  JsValue *e = js_gc_alloc((size_t)cap * sizeof(JsValue));
  if (a->elem_cap)
    memcpy(e, a->elems, (size_t)a->elem_cap * sizeof(JsValue));
  for (uint64_t i = a->elem_cap; i < cap; i++)
    e[i] = JS_HOLE;
  a->elems = e;
  a->elem_cap = (uint32_t)cap;
}

// Moves element [i] of an elems object into the shape (so it can carry
// attributes other than the defaults).
static void elem_to_slot(JsObject *o, uint32_t i, uint8_t attrs, JsValue v) {
  o->elems[i] = JS_HOLE;
  o->hdr.flags |= JS_OBJ_SPARSE;
  add_slot(o, js_index_atom(js__rt, i), attrs, v);
}

// Stores element [idx] of an elems object as a default-attribute data
// property (the caller has checked extensibility and length).
static void put_elem(JsRt *rt, JsObject *o, uint32_t idx, JsValue v) {
  // Far past the dense storage (not merely past the length, which a single
  // huge index can push to 2^32-1): a sparse property, not a huge reserve.
  if (idx >= o->elem_cap && (uint64_t)idx > (uint64_t)o->elem_cap + SPARSE_GAP) {
    o->hdr.flags |= JS_OBJ_SPARSE;
    add_slot(o, js_index_atom(rt, idx), JS_PROP_DEFAULT, v);
  } else {
    js_array_reserve(rt, o, idx + 1);
    o->elems[idx] = v;
  }
  if (idx >= o->elem_len)
    o->elem_len = idx + 1;
}

// Adds a new own data property with default attributes. Returns false when
// the object is not extensible (or array length is read-only).
static bool add_data_prop(JsRt *rt, JsObject *o, JsValue key, JsValue v) {
  if (!(o->hdr.flags & JS_OBJ_EXTENSIBLE))
    return false;
  int64_t idx = key_index(key);
  if (typed_numeric_key(rt, o, key))
    return false;
  if (idx >= 0 && has_elems(o)) {
    if (o->hdr.class_id == JS_CLASS_ARRAY && idx >= o->elem_len &&
        (o->hdr.flags & JS_OBJ_LEN_RO))
      return false;
    if (o->hdr.flags & (JS_OBJ_FROZEN_ELEMS | JS_OBJ_SEALED_ELEMS)) {
      o->hdr.flags |= JS_OBJ_SPARSE;
      add_slot(o, key, JS_PROP_DEFAULT, v);
      if (idx >= o->elem_len)
        o->elem_len = (uint32_t)idx + 1;
      return true;
    }
    put_elem(rt, o, (uint32_t)idx, v);
    return true;
  }
  add_slot(o, key, JS_PROP_DEFAULT, v);
  return true;
}

// --- messages -------------------------------------------------------------------------

const char *js_key_cstr(JsRt *rt, JsValue key) {
  if (js_is_symbol(key)) {
    JsSymbol *sym = (JsSymbol *)js_cell(key);
    if (js_is_string(sym->description)) {
      const char *d = js_str_to_utf8(rt, js_str(sym->description), NULL);
      char *out = js_gc_alloc_atomic(strlen(d) + 9);
      sprintf(out, "Symbol(%s)", d);
      return out;
    }
    return "Symbol()";
  }
  if (js_is_string(key))
    return js_str_to_utf8(rt, js_str(key), NULL);
  return js_cstr(rt, key);
}

// Raw lookup of a data property along the chain, running no user code.
static JsValue peek_data(JsRt *rt, JsObject *o, JsValue key) {
  for (; o; o = o->proto) {
    OwnRef r;
    if (find_own(rt, o, key, &r)) {
      if (r.attrs & JS_PROP_ACCESSOR)
        return JS_UNDEFINED;
      return ref_value(rt, o, &r);
    }
  }
  return JS_UNDEFINED;
}

// The name V8 gives an object's class when nothing else names it
// (JSReceiver::class_name).
static const char *class_name(JsRt *rt, JsObject *o) {
  switch ((JsClassId)o->hdr.class_id) {
  case JS_CLASS_ARRAY: return "Array";
  case JS_CLASS_ARGUMENTS: return "Arguments";
  case JS_CLASS_ERROR: return "Error";
  case JS_CLASS_BOOLEAN: return "Boolean";
  case JS_CLASS_NUMBER: return "Number";
  case JS_CLASS_STRING: return "String";
  case JS_CLASS_SYMBOL: return "Symbol";
  case JS_CLASS_BIGINT: return "BigInt";
  case JS_CLASS_DATE: return "Date";
  case JS_CLASS_REGEXP: return "RegExp";
  case JS_CLASS_MAP: return "Map";
  case JS_CLASS_SET: return "Set";
  case JS_CLASS_WEAKMAP: return "WeakMap";
  case JS_CLASS_WEAKSET: return "WeakSet";
  case JS_CLASS_GENERATOR: return "Generator";
  case JS_CLASS_ARRAY_BUFFER: return "ArrayBuffer";
  case JS_CLASS_MODULE_NS: return "Module";
  case JS_CLASS_TYPED_ARRAY: {
    // Its constructor (Uint8Array ...) names its kind.
    JsValue c = peek_data(rt, o, rt->atom_constructor);
    JsValue n = js_is_object(c) ? peek_data(rt, js_obj(c), rt->atom_name) : JS_UNDEFINED;
    return js_is_string(n) ? js_str_to_utf8(rt, js_str(n), NULL) : "Object";
  }
  default: return "Object";
  }
}

// An error as Error.prototype.toString shows it, from data properties only.
static const char *error_text(JsRt *rt, JsObject *o) {
  JsValue name = peek_data(rt, o, rt->atom_name);
  JsValue msg = peek_data(rt, o, rt->atom_message);
  const char *n = js_is_string(name) ? js_str_to_utf8(rt, js_str(name), NULL) : "";
  const char *m = js_is_string(msg) ? js_str_to_utf8(rt, js_str(msg), NULL) : "";
  if (!*n)
    return m;
  if (!*m)
    return n;
  char *out = js_gc_alloc_atomic(strlen(n) + strlen(m) + 3);
  sprintf(out, "%s: %s", n, m);
  return out;
}

// An object as V8's error messages show it without running code
// (Object::NoSideEffectsToString): an error (or anything whose toString is
// Error.prototype.toString) as "Name: message"; an object whose toString is
// %Object.prototype.toString% as "#<Ctor>" when its constructor is a named
// function; anything else "[object Tag]", Tag its @@toStringTag data
// property or its class ("[object Array]", "[object RegExp]").
static const char *object_tag(JsRt *rt, JsObject *o) {
  while (o->hdr.class_id == JS_CLASS_PROXY) {
    JsValue t = js_proxy_target(js_from_cell(o));
    if (!js_is_object(t))
      break;
    o = js_obj(t);
  }
  JsValue to_string = peek_data(rt, o, rt->atom_to_string);
  if (o->hdr.class_id == JS_CLASS_ERROR ||
      (to_string == rt->error_to_string && to_string))
    return error_text(rt, o);
  if (to_string == rt->object_to_string && to_string) {
    JsValue ctor = peek_data(rt, o, rt->atom_constructor);
    if (js_is_callable(ctor)) {
      JsValue n = peek_data(rt, js_obj(ctor), rt->atom_name);
      if (js_is_string(n) && js_str_len(js_str(n))) {
        const char *name = js_str_to_utf8(rt, js_str(n), NULL);
        char *out = js_gc_alloc_atomic(strlen(name) + 4);
        sprintf(out, "#<%s>", name);
        return out;
      }
    }
  }
  JsValue tag = peek_data(rt, o, rt->sym_to_string_tag);
  const char *t = js_is_string(tag) ? js_str_to_utf8(rt, js_str(tag), NULL)
                                    : class_name(rt, o);
  char *out = js_gc_alloc_atomic(strlen(t) + 10);
  sprintf(out, "[object %s]", t);
  return out;
}

const char *js_value_cstr_short(JsRt *rt, JsValue v) {
  if (js_is_object(v)) {
    JsObject *o = js_obj(v);
    if (js_is_callable(v)) {
      JsValue n = peek_data(rt, o, rt->atom_name);
      const char *name = js_is_string(n) ? js_str_to_utf8(rt, js_str(n), NULL) : "";
      char *out = js_gc_alloc_atomic(strlen(name) + 16);
      sprintf(out, (o->fn_flags & JS_FN_CLASS) ? "class %s" : "function %s", name);
      return out;
    }
    return object_tag(rt, o);
  }
  if (js_is_symbol(v))
    return js_key_cstr(rt, v);
  return js_cstr(rt, v);
}

static const char *holder_desc(JsRt *rt, JsObject *o) {
  if (js_is_callable(js_from_cell(o))) {
    const char *f = js_value_cstr_short(rt, js_from_cell(o));
    char *out = js_gc_alloc_atomic(strlen(f) + 16);
    sprintf(out, "function '%s'", f);
    return out;
  }
  const char *t = object_tag(rt, o);
  char *out = js_gc_alloc_atomic(strlen(t) + 16);
  sprintf(out, "object '%s'", t);
  return out;
}

static JsValue fail_read_only(JsRt *rt, JsObject *o, JsValue key, bool strict) {
  set_rejected = true;
  if (!strict)
    return JS_UNDEFINED;
  return js_throw_type_error(rt, "Cannot assign to read only property '%s' of %s",
                             js_key_cstr(rt, key), holder_desc(rt, o));
}

static JsValue fail_not_extensible(JsRt *rt, JsValue key, bool strict) {
  set_rejected = true;
  if (!strict)
    return JS_UNDEFINED;
  return js_throw_type_error(rt, "Cannot add property %s, object is not extensible",
                             js_key_cstr(rt, key));
}

// --- [[Get]] -------------------------------------------------------------------------------

static JsValue call_getter(JsRt *rt, JsValue acc, JsValue receiver) {
  JsAccessor *a = (JsAccessor *)js_cell(acc);
  if (!js_is_callable(a->getter))
    return JS_UNDEFINED;
  return js_call(rt, a->getter, receiver, 0, NULL);
}

static JsValue get_from(JsRt *rt, JsObject *o, JsValue key, JsValue receiver) {
  for (; o; o = o->proto) {
    const JsClassOps *ops = key_ops(rt, o, key);
    if (ops)
      return ops->get(rt, js_from_cell(o), key, receiver);
    OwnRef r;
    if (find_own(rt, o, key, &r)) {
      if (r.attrs & JS_PROP_ACCESSOR)
        return call_getter(rt, o->slots[r.index], receiver);
      return ref_value(rt, o, &r);
    }
    if (typed_numeric_key(rt, o, key))
      return JS_UNDEFINED;  // out of range: not looked up on the prototype
  }
  return JS_UNDEFINED;
}

static JsValue primitive_proto(JsRt *rt, JsValue v) {
  if (js_is_number(v))
    return rt->number_proto;
  if (js_is_string(v))
    return rt->string_proto;
  if (js_is_bool(v))
    return rt->boolean_proto;
  if (js_is_symbol(v))
    return rt->symbol_proto;
  if (js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT)
    return rt->bigint_proto;
  return JS_NULL;
}

static JsValue throw_nullish_read(JsRt *rt, JsValue obj, JsValue key) {
  return js_throw_type_error(rt, "Cannot read properties of %s (reading '%s')",
                             js_is_null(obj) ? "null" : "undefined",
                             js_key_cstr(rt, key));
}

JsValue js_get_prop_receiver(JsRt *rt, JsValue obj, JsValue key, JsValue receiver) {
  if (js_is_object(obj))
    return get_from(rt, js_obj(obj), key, receiver);
  if (js_is_string(obj)) {
    JsString *s = js_str(obj);
    if (key == rt->atom_length)
      return js_int((int32_t)js_str_len(s));
    int64_t idx = js_atom_index(key);
    if (idx >= 0 && (uint64_t)idx < js_str_len(s)) {
      js_str_flatten(rt, s);
      return js_str_from_char(rt, js_str_at(s, (uint32_t)idx));
    }
  }
  if (js_is_nullish(obj))
    return throw_nullish_read(rt, obj, key);
  JsValue proto = primitive_proto(rt, obj);
  if (!js_is_object(proto))
    return JS_UNDEFINED;
  return get_from(rt, js_obj(proto), key, receiver);
}

JsValue js_get_prop(JsRt *rt, JsValue obj, JsValue key) {
  return js_get_prop_receiver(rt, obj, key, obj);
}

JsValue js_get_prop_slow(JsRt *rt, JsValue obj, JsValue key, JsIC *ic) {
  if (js_is_object(obj)) {
    JsObject *o = js_obj(obj);
    if (!o->shape->dictionary) {
      int32_t i = js__shape_find(o->shape, key);
      if (i >= 0 && !(o->shape->attrs[i] & JS_PROP_ACCESSOR)) {
        ic->shape = o->shape;
        ic->slot = (uint32_t)i;
        return o->slots[i];
      }
    }
    return get_from(rt, o, key, obj);
  }
  return js_get_prop_receiver(rt, obj, key, obj);
}

// --- [[Set]] --------------------------------------------------------------------------------

static JsValue write_ref(JsRt *rt, JsObject *o, const OwnRef *r, JsValue v,
                         bool strict) {
  switch (r->kind) {
  case REF_SLOT:
    o->slots[r->index] = v;
    return JS_UNDEFINED;
  case REF_ELEM:
    o->elems[r->index] = v;
    return JS_UNDEFINED;
  case REF_TYPED:
    return ops_of(o)->elem_set(rt, js_from_cell(o), r->index, v) < 0 ? JS_EXCEPTION
                                                                        : JS_UNDEFINED;
  case REF_LENGTH: {
    JsValue res = js_array_set_length(rt, js_from_cell(o), v);
    if (js_is_exception(res))
      return res;
    if (res == JS_FALSE)
      return fail_read_only(rt, o, rt->atom_length, strict);
    return JS_UNDEFINED;
  }
  }
  return JS_UNDEFINED;
}

// OrdinarySetWithOwnDescriptor's last steps when the receiver is exotic for
// [key] (a proxy, a namespace): its [[GetOwnProperty]] and
// [[DefineOwnProperty]] (#sec-ordinarysetwithowndescriptor).
static JsValue set_on_exotic_receiver(JsRt *rt, JsObject *ro, JsValue key, JsValue v,
                                     bool strict) {
  JsValue receiver = js_from_cell(ro);
  JsPropDesc cur;
  int has = js_get_own_property(rt, receiver, key, &cur);
  if (has < 0)
    return JS_EXCEPTION;
  JsPropDesc d = {JS_DESC_HAS_VALUE, 0, v, JS_UNDEFINED, JS_UNDEFINED};
  if (has) {
    if ((cur.has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) || !(cur.attrs & JS_PROP_WRITABLE))
      return fail_read_only(rt, ro, key, strict);
  } else {
    d.has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
            JS_DESC_HAS_CONFIGURABLE;
    d.attrs = JS_PROP_DEFAULT;
  }
  int r = js_define_own_property(rt, receiver, key, &d, false);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0)
    return fail_read_only(rt, ro, key, strict);
  set_rejected = false;
  return JS_UNDEFINED;
}

static JsValue set_on_receiver(JsRt *rt, JsValue key, JsValue v, JsValue receiver,
                               bool strict) {
  if (!js_is_object(receiver)) {
    set_rejected = true;
    if (!strict)
      return JS_UNDEFINED;
    const char *type = js_is_string(receiver) ? "string"
                       : js_is_number(receiver) ? "number"
                       : js_is_bool(receiver)   ? "boolean"
                       : js_is_symbol(receiver) ? "symbol" : "bigint";
    return js_throw_type_error(rt, "Cannot create property '%s' on %s '%s'",
                               js_key_cstr(rt, key), type,
                               js_value_cstr_short(rt, receiver));
  }
  JsObject *ro = js_obj(receiver);
  if (key_ops(rt, ro, key))
    return set_on_exotic_receiver(rt, ro, key, v, strict);
  OwnRef r;
  if (find_own(rt, ro, key, &r)) {
    if ((r.attrs & JS_PROP_ACCESSOR) || !(r.attrs & JS_PROP_WRITABLE))
      return fail_read_only(rt, ro, key, strict);
    return write_ref(rt, ro, &r, v, strict);
  }
  if (!add_data_prop(rt, ro, key, v))
    return fail_not_extensible(rt, key, strict);
  return JS_UNDEFINED;
}

static JsValue set_generic(JsRt *rt, JsObject *o, JsValue key, JsValue v,
                           JsValue receiver, bool strict) {
  bool own = js_from_cell(o) == receiver;
  for (JsObject *p = o; p; p = p->proto) {
    const JsClassOps *ops = key_ops(rt, p, key);
    if (ops && ops->set) {
      // The class's [[Set]]; in strict code a refusal has already thrown.
      int ok = ops->set(rt, js_from_cell(p), key, v, receiver, strict);
      if (ok < 0)
        return JS_EXCEPTION;
      set_rejected = !ok;
      return JS_UNDEFINED;
    }
    if (typed_numeric_key(rt, p, key)) {
      // Typed array [[Set]] (#sec-typedarray-set).
      if (js_from_cell(p) == receiver) {
        set_rejected = false;
        int64_t ix = key_index(key);
        return elem_ops(p)->elem_set(rt, receiver, ix >= 0 ? (uint32_t)ix : UINT32_MAX, v) < 0
                   ? JS_EXCEPTION
                   : JS_UNDEFINED;
      }
      OwnRef tr;
      if (!find_own(rt, p, key, &tr))
        return JS_UNDEFINED;
      return set_on_receiver(rt, key, v, receiver, strict);
    }
    OwnRef r;
    if (!find_own(rt, p, key, &r))
      continue;
    if (r.attrs & JS_PROP_ACCESSOR) {
      JsAccessor *a = (JsAccessor *)js_cell(p->slots[r.index]);
      if (!js_is_callable(a->setter)) {
        set_rejected = true;
        if (!strict)
          return JS_UNDEFINED;
        return js_throw_type_error(
            rt, "Cannot set property %s of %s which has only a getter",
            js_key_cstr(rt, key), object_tag(rt, p));
      }
      JsValue arg = v;
      JsValue res = js_call(rt, a->setter, receiver, 1, &arg);
      set_rejected = false;  // the setter's own failed assignments do not count
      return js_is_exception(res) ? res : JS_UNDEFINED;
    }
    if (!(r.attrs & JS_PROP_WRITABLE))
      return fail_read_only(rt, p, key, strict);
    if (p == o && own)
      return write_ref(rt, p, &r, v, strict);
    break;
  }
  if (own) {
    // Not found on the receiver itself (else handled above): add it.
    JsObject *ro = o;
    OwnRef r;
    if (find_own(rt, ro, key, &r))
      return set_on_receiver(rt, key, v, receiver, strict);
    if (!add_data_prop(rt, ro, key, v))
      return fail_not_extensible(rt, key, strict);
    return JS_UNDEFINED;
  }
  return set_on_receiver(rt, key, v, receiver, strict);
}

static JsValue throw_nullish_write(JsRt *rt, JsValue obj, JsValue key) {
  return js_throw_type_error(rt, "Cannot set properties of %s (setting '%s')",
                             js_is_null(obj) ? "null" : "undefined",
                             js_key_cstr(rt, key));
}

JsValue js_set_prop_receiver(JsRt *rt, JsValue obj, JsValue key, JsValue val,
                             JsValue receiver, bool strict) {
  if (js_is_object(obj))
    return set_generic(rt, js_obj(obj), key, val, receiver, strict);
  if (js_is_nullish(obj))
    return throw_nullish_write(rt, obj, key);
  if (js_is_string(obj)) {
    int64_t idx = js_atom_index(key);
    if (key == rt->atom_length ||
        (idx >= 0 && (uint64_t)idx < js_str_len(js_str(obj)))) {
      if (!strict)
        return JS_UNDEFINED;
      return js_throw_type_error(
          rt, "Cannot assign to read only property '%s' of string '%s'",
          js_key_cstr(rt, key), js_cstr(rt, obj));
    }
  }
  JsValue proto = primitive_proto(rt, obj);
  if (!js_is_object(proto))
    return JS_UNDEFINED;
  return set_generic(rt, js_obj(proto), key, val, receiver, strict);
}

int js_set_prop_bool(JsRt *rt, JsValue obj, JsValue key, JsValue val, JsValue receiver) {
  bool saved = set_rejected;
  set_rejected = false;
  JsValue r = js_set_prop_receiver(rt, obj, key, val, receiver, false);
  bool rejected = set_rejected;
  set_rejected = saved;
  if (js_is_exception(r))
    return -1;
  return rejected ? 0 : 1;
}

JsValue js_set_prop(JsRt *rt, JsValue obj, JsValue key, JsValue val, bool strict) {
  if (js_is_object(obj)) {
    JsObject *o = js_obj(obj);
    int32_t i = js__shape_find(o->shape, key);
    if (i >= 0 && (o->shape->attrs[i] & (JS_PROP_WRITABLE | JS_PROP_ACCESSOR)) ==
                      JS_PROP_WRITABLE) {
      o->slots[i] = val;
      return JS_UNDEFINED;
    }
    return set_generic(rt, o, key, val, obj, strict);
  }
  return js_set_prop_receiver(rt, obj, key, val, obj, strict);
}

JsValue js_set_prop_slow(JsRt *rt, JsValue obj, JsValue key, JsValue val,
                         bool strict, JsIC *ic) {
  if (js_is_object(obj)) {
    JsObject *o = js_obj(obj);
    int32_t i = js__shape_find(o->shape, key);
    if (i >= 0 && (o->shape->attrs[i] & (JS_PROP_WRITABLE | JS_PROP_ACCESSOR)) ==
                      JS_PROP_WRITABLE) {
      if (!o->shape->dictionary) {
        ic->shape = o->shape;
        ic->slot = (uint32_t)i;
      }
      o->slots[i] = val;
      return JS_UNDEFINED;
    }
    return set_generic(rt, o, key, val, obj, strict);
  }
  return js_set_prop_receiver(rt, obj, key, val, obj, strict);
}

// --- element access ----------------------------------------------------------------------

// True when no object on [o]'s prototype chain has index properties, so a
// hole or an append can be handled on [o] alone.
static bool protos_index_free(JsObject *o) {
  for (JsObject *p = o->proto; p; p = p->proto) {
    if (p->hdr.flags & (JS_OBJ_HAS_INDEX_KEYS | JS_OBJ_SPARSE))
      return false;
    if (has_elems(p) && p->elem_len)
      return false;
    if (p->hdr.class_id == JS_CLASS_STRING || key_ops_any(p))
      return false;
  }
  return true;
}

JsValue js_get_index(JsRt *rt, JsValue obj, uint32_t i) {
  if (js_is_object(obj)) {
    JsObject *o = js_obj(obj);
    if (has_elems(o) && i < o->elem_len && i < o->elem_cap &&
        o->elems[i] != JS_HOLE)
      return o->elems[i];
    const JsClassOps *ops = elem_ops(o);
    if (ops) {
      JsValue v = JS_UNDEFINED;
      ops->elem_get(obj, i, &v);
      return v;
    }
  }
  return js_get_prop(rt, obj, js_index_atom(rt, i));
}

JsValue js_set_index(JsRt *rt, JsValue obj, uint32_t i, JsValue v, bool strict) {
  if (js_is_object(obj)) {
    JsObject *o = js_obj(obj);
    const JsClassOps *ops = elem_ops(o);
    if (ops && i < UINT32_MAX)
      return ops->elem_set(rt, obj, i, v) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
    if (has_elems(o) && !(o->hdr.flags & JS_OBJ_FROZEN_ELEMS)) {
      if (i < o->elem_len && i < o->elem_cap && o->elems[i] != JS_HOLE) {
        o->elems[i] = v;
        return JS_UNDEFINED;
      }
      if (i <= o->elem_len && i < UINT32_MAX &&
          (o->hdr.flags & JS_OBJ_EXTENSIBLE) &&
          !(o->hdr.flags & (JS_OBJ_LEN_RO | JS_OBJ_SPARSE | JS_OBJ_SEALED_ELEMS)) &&
          protos_index_free(o)) {
        put_elem(rt, o, i, v);
        return JS_UNDEFINED;
      }
    }
  }
  return js_set_prop(rt, obj, js_index_atom(rt, i), v, strict);
}

// An integral double key in uint32 range (e.g. the result of i + 1 kept
// as a double) indexes like the int it equals.
// An index atom ("12", as js_to_property_key makes for a[i] = v) likewise.
static inline bool double_index(JsValue k, uint32_t *i) {
  if (js_is_string(k)) {
    JsString *s = js_str(k);
    if (!(s->hdr.flags & JS_STR_INTERNED) || !s->index)
      return false;
    *i = s->index - 1;
    return true;
  }
  if (!js_is_double(k))
    return false;
  double d = js_get_number(k);
  if (!(d >= 0 && d < 4294967295.0) || (double)(uint32_t)d != d)
    return false;
  *i = (uint32_t)d;
  return true;
}

JsValue js_get_elem(JsRt *rt, JsValue obj, JsValue k) {
  uint32_t di;
  if (js_is_object(obj) && double_index(k, &di))
    return js_get_index(rt, obj, di);
  if (js_is_int(k) && js_get_int(k) >= 0) {
    uint32_t i = (uint32_t)js_get_int(k);
    if (js_is_object(obj))
      return js_get_index(rt, obj, i);
    if (js_is_string(obj)) {
      JsString *s = js_str(obj);
      if (i < js_str_len(s)) {
        js_str_flatten(rt, s);
        return js_str_from_char(rt, js_str_at(s, i));
      }
    }
  }
  if (js_is_nullish(obj)) {
    if (js_is_object(k))
      return throw_nullish_read(rt, obj, js_str_intern(rt, js_new_cstring(rt, js_cstr(rt, k))));
    return throw_nullish_read(rt, obj, k);
  }
  JsValue key = js_to_property_key(rt, k);
  if (js_is_exception(key))
    return key;
  return js_get_prop(rt, obj, key);
}

JsValue js_set_elem(JsRt *rt, JsValue obj, JsValue k, JsValue val, bool strict) {
  if (js_is_int(k) && js_get_int(k) >= 0 && js_is_object(obj))
    return js_set_index(rt, obj, (uint32_t)js_get_int(k), val, strict);
  uint32_t di;
  if (js_is_object(obj) && double_index(k, &di))
    return js_set_index(rt, obj, di, val, strict);
  if (js_is_nullish(obj)) {
    if (js_is_object(k))
      return throw_nullish_write(rt, obj, js_str_intern(rt, js_new_cstring(rt, js_cstr(rt, k))));
    return throw_nullish_write(rt, obj, k);
  }
  JsValue key = js_to_property_key(rt, k);
  if (js_is_exception(key))
    return key;
  return js_set_prop(rt, obj, key, val, strict);
}

// --- [[HasProperty]] / [[Delete]] --------------------------------------------------------

int js_has_property(JsRt *rt, JsValue obj, JsValue key) {
  if (!js_is_object(obj))
    return 0;
  for (JsObject *o = js_obj(obj); o; o = o->proto) {
    const JsClassOps *ops = key_ops(rt, o, key);
    if (ops && ops->has)
      return ops->has(rt, js_from_cell(o), key);
    OwnRef r;
    if (find_own(rt, o, key, &r))
      return 1;
    if (typed_numeric_key(rt, o, key))
      return 0;
  }
  return 0;
}

int js_delete_property(JsRt *rt, JsValue obj, JsValue key) {
  if (!js_is_object(obj))
    return 1;
  JsObject *o = js_obj(obj);
  const JsClassOps *ops = key_ops(rt, o, key);
  if (ops && ops->delete_property)
    return ops->delete_property(rt, obj, key);
  OwnRef r;
  if (!find_own(rt, o, key, &r))
    return 1;
  if (!(r.attrs & JS_PROP_CONFIGURABLE) || r.kind == REF_TYPED)
    return 0;
  if (r.kind == REF_ELEM) {
    o->elems[r.index] = JS_HOLE;
    return 1;
  }
  if (r.kind == REF_SLOT)
    remove_slot(o, r.index);
  return 1;
}

JsValue js_delete_elem(JsRt *rt, JsValue obj, JsValue k, bool strict) {
  if (js_is_nullish(obj))
    return js_throw_type_error(rt, "Cannot convert undefined or null to object");
  JsValue key = js_to_property_key(rt, k);
  if (js_is_exception(key))
    return key;
  if (!js_is_object(obj)) {
    if (js_is_string(obj)) {
      int64_t idx = js_atom_index(key);
      if (key == rt->atom_length ||
          (idx >= 0 && (uint64_t)idx < js_str_len(js_str(obj)))) {
        if (strict)
          return js_throw_type_error(rt, "Cannot delete property '%s' of [object String]",
                                     js_key_cstr(rt, key));
        return JS_FALSE;
      }
    }
    return JS_TRUE;
  }
  int r = js_delete_property(rt, obj, key);
  if (r < 0)
    return JS_EXCEPTION;
  if (r == 0) {
    if (strict)
      return js_throw_type_error(rt, "Cannot delete property '%s' of %s",
                                 js_key_cstr(rt, key), object_tag(rt, js_obj(obj)));
    return JS_FALSE;
  }
  return JS_TRUE;
}

// --- [[DefineOwnProperty]] --------------------------------------------------------------

static JsValue reject(JsRt *rt, JsValue key, bool throw_on_fail, int *ret) {
  *ret = 0;
  if (throw_on_fail) {
    js_throw_type_error(rt, "Cannot redefine property: %s", js_key_cstr(rt, key));
    *ret = -1;
  }
  return JS_UNDEFINED;
}

static bool is_accessor_desc(const JsPropDesc *d) {
  return d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET);
}
static bool is_data_desc(const JsPropDesc *d) {
  return d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE);
}

// ArraySetLength (#sec-arraysetlength) for defineProperty(a, "length", d).
static int define_array_length(JsRt *rt, JsObject *o, const JsPropDesc *d,
                               bool throw_on_fail) {
  int ret = 1;
  JsValue key = rt->atom_length;
  if (((d->has & JS_DESC_HAS_CONFIGURABLE) && (d->attrs & JS_PROP_CONFIGURABLE)) ||
      ((d->has & JS_DESC_HAS_ENUMERABLE) && (d->attrs & JS_PROP_ENUMERABLE)) ||
      is_accessor_desc(d)) {
    reject(rt, key, throw_on_fail, &ret);
    return ret;
  }
  bool ro = o->hdr.flags & JS_OBJ_LEN_RO;
  if (d->has & JS_DESC_HAS_VALUE) {
    double num;
    if (js_to_double(rt, d->value, &num) < 0)
      return -1;
    uint32_t len = js_to_uint32_d(num);
    if ((double)len != num) {
      js_throw_range_error(rt, "Invalid array length");
      return -1;
    }
    if (len != o->elem_len) {
      if (ro) {
        reject(rt, key, throw_on_fail, &ret);
        return ret;
      }
      JsValue r = js_array_set_length(rt, js_from_cell(o), js_number(len));
      if (js_is_exception(r))
        return -1;
      if (r == JS_FALSE) {
        if ((d->has & JS_DESC_HAS_WRITABLE) && !(d->attrs & JS_PROP_WRITABLE))
          o->hdr.flags |= JS_OBJ_LEN_RO;
        reject(rt, key, throw_on_fail, &ret);
        return ret;
      }
    }
  }
  if (d->has & JS_DESC_HAS_WRITABLE) {
    if (d->attrs & JS_PROP_WRITABLE) {
      if (ro) {
        reject(rt, key, throw_on_fail, &ret);
        return ret;
      }
    } else {
      o->hdr.flags |= JS_OBJ_LEN_RO;
    }
  }
  return 1;
}

static int define_new(JsRt *rt, JsObject *o, JsValue key, const JsPropDesc *d,
                      bool throw_on_fail) {
  int ret = 1;
  if (!(o->hdr.flags & JS_OBJ_EXTENSIBLE)) {
    if (throw_on_fail) {
      js_throw_type_error(rt, "Cannot define property %s, object is not extensible",
                          js_key_cstr(rt, key));
      return -1;
    }
    return 0;
  }
  uint8_t attrs = d->attrs & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
  if (!(d->has & JS_DESC_HAS_ENUMERABLE))
    attrs &= ~JS_PROP_ENUMERABLE;
  if (!(d->has & JS_DESC_HAS_CONFIGURABLE))
    attrs &= ~JS_PROP_CONFIGURABLE;
  JsValue v;
  if (is_accessor_desc(d)) {
    attrs |= JS_PROP_ACCESSOR;
    v = js_from_cell(new_accessor(
        (d->has & JS_DESC_HAS_GET) ? d->getter : JS_UNDEFINED,
        (d->has & JS_DESC_HAS_SET) ? d->setter : JS_UNDEFINED));
  } else {
    if ((d->has & JS_DESC_HAS_WRITABLE) && (d->attrs & JS_PROP_WRITABLE))
      attrs |= JS_PROP_WRITABLE;
    v = (d->has & JS_DESC_HAS_VALUE) ? d->value : JS_UNDEFINED;
  }
  int64_t idx = js_atom_index(key);
  if (idx >= 0 && has_elems(o)) {
    if (o->hdr.class_id == JS_CLASS_ARRAY && idx >= o->elem_len &&
        (o->hdr.flags & JS_OBJ_LEN_RO)) {
      reject(rt, key, throw_on_fail, &ret);
      return ret;
    }
    if (attrs == JS_PROP_DEFAULT &&
        !(o->hdr.flags & (JS_OBJ_FROZEN_ELEMS | JS_OBJ_SEALED_ELEMS))) {
      put_elem(rt, o, (uint32_t)idx, v);
      return 1;
    }
    o->hdr.flags |= JS_OBJ_SPARSE;
    add_slot(o, key, attrs, v);
    if (idx >= o->elem_len)
      o->elem_len = (uint32_t)idx + 1;
    return 1;
  }
  add_slot(o, key, attrs, v);
  return 1;
}

int js_define_own_property(JsRt *rt, JsValue obj, JsValue key,
                           const JsPropDesc *d, bool throw_on_fail) {
  int ret = 1;
  if (!js_is_object(obj)) {
    js_throw_type_error(rt, "Object.defineProperty called on non-object");
    return -1;
  }
  JsObject *o = js_obj(obj);
  const JsClassOps *ops = key_ops(rt, o, key);
  if (ops && ops->define_own_property)
    return ops->define_own_property(rt, obj, key, d, throw_on_fail);
  if (o->hdr.class_id == JS_CLASS_ARRAY && key == rt->atom_length)
    return define_array_length(rt, o, d, throw_on_fail);
  if (typed_numeric_key(rt, o, key)) {
    // #sec-typedarray-defineownproperty
    OwnRef tr;
    if (!find_own(rt, o, key, &tr) || is_accessor_desc(d) ||
        ((d->has & JS_DESC_HAS_CONFIGURABLE) && !(d->attrs & JS_PROP_CONFIGURABLE)) ||
        ((d->has & JS_DESC_HAS_ENUMERABLE) && !(d->attrs & JS_PROP_ENUMERABLE)) ||
        ((d->has & JS_DESC_HAS_WRITABLE) && !(d->attrs & JS_PROP_WRITABLE)))
      return reject(rt, key, throw_on_fail, &ret), ret;
    if ((d->has & JS_DESC_HAS_VALUE) &&
        elem_ops(o)->elem_set(rt, obj, tr.index, d->value) < 0)
      return -1;
    return 1;
  }
  OwnRef r;
  if (!find_own(rt, o, key, &r))
    return define_new(rt, o, key, d, throw_on_fail);
  uint8_t cur = r.attrs;
  bool cur_acc = cur & JS_PROP_ACCESSOR;
  JsAccessor *acc = cur_acc ? (JsAccessor *)js_cell(o->slots[r.index]) : NULL;
  // ValidateAndApplyPropertyDescriptor (#sec-validateandapplypropertydescriptor).
  if (!(cur & JS_PROP_CONFIGURABLE)) {
    if ((d->has & JS_DESC_HAS_CONFIGURABLE) && (d->attrs & JS_PROP_CONFIGURABLE))
      return reject(rt, key, throw_on_fail, &ret), ret;
    if ((d->has & JS_DESC_HAS_ENUMERABLE) &&
        !!(d->attrs & JS_PROP_ENUMERABLE) != !!(cur & JS_PROP_ENUMERABLE))
      return reject(rt, key, throw_on_fail, &ret), ret;
    if (is_accessor_desc(d) && !cur_acc)
      return reject(rt, key, throw_on_fail, &ret), ret;
    if (is_data_desc(d) && cur_acc)
      return reject(rt, key, throw_on_fail, &ret), ret;
    if (cur_acc) {
      if (((d->has & JS_DESC_HAS_GET) && d->getter != acc->getter) ||
          ((d->has & JS_DESC_HAS_SET) && d->setter != acc->setter))
        return reject(rt, key, throw_on_fail, &ret), ret;
    } else if (!(cur & JS_PROP_WRITABLE)) {
      if ((d->has & JS_DESC_HAS_WRITABLE) && (d->attrs & JS_PROP_WRITABLE))
        return reject(rt, key, throw_on_fail, &ret), ret;
      if ((d->has & JS_DESC_HAS_VALUE) &&
          !js_same_value(d->value, ref_value(rt, o, &r)))
        return reject(rt, key, throw_on_fail, &ret), ret;
    }
  }
  if (r.kind == REF_CHAR)
    return 1;  // only no-op redefinitions get here
  // Compute the new attributes and value.
  uint8_t attrs = cur & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
  if (d->has & JS_DESC_HAS_ENUMERABLE)
    attrs = (attrs & ~JS_PROP_ENUMERABLE) | (d->attrs & JS_PROP_ENUMERABLE);
  if (d->has & JS_DESC_HAS_CONFIGURABLE)
    attrs = (attrs & ~JS_PROP_CONFIGURABLE) | (d->attrs & JS_PROP_CONFIGURABLE);
  JsValue v;
  if (is_accessor_desc(d) || (cur_acc && !is_data_desc(d))) {
    JsValue g = cur_acc ? acc->getter : JS_UNDEFINED;
    JsValue s = cur_acc ? acc->setter : JS_UNDEFINED;
    if (d->has & JS_DESC_HAS_GET)
      g = d->getter;
    if (d->has & JS_DESC_HAS_SET)
      s = d->setter;
    attrs |= JS_PROP_ACCESSOR;
    v = js_from_cell(new_accessor(g, s));
  } else {
    bool w = cur_acc ? false : (cur & JS_PROP_WRITABLE);
    if (d->has & JS_DESC_HAS_WRITABLE)
      w = d->attrs & JS_PROP_WRITABLE;
    if (w)
      attrs |= JS_PROP_WRITABLE;
    v = (d->has & JS_DESC_HAS_VALUE) ? d->value
        : cur_acc                    ? JS_UNDEFINED
                                     : ref_value(rt, o, &r);
  }
  if (r.kind == REF_ELEM) {
    if (attrs == elem_attrs(o)) {
      if (!(o->hdr.flags & JS_OBJ_FROZEN_ELEMS))
        o->elems[r.index] = v;
      return 1;
    }
    elem_to_slot(o, r.index, attrs, v);
    return 1;
  }
  set_slot_attrs(o, r.index, attrs);
  o->slots[r.index] = v;
  return 1;
}

void js_define_value(JsRt *rt, JsValue obj, JsValue key, JsValue val, int attrs) {
  JsPropDesc d = {JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                      JS_DESC_HAS_CONFIGURABLE,
                  (uint8_t)attrs, val, JS_UNDEFINED, JS_UNDEFINED};
  if (js_define_own_property(rt, obj, key, &d, false) < 0)
    js_take_exception(rt);
}

// CreateDataPropertyOrThrow with a fast path for adding a fresh key.
JsValue js_define_field(JsRt *rt, JsValue obj, JsValue key, JsValue val) {
  if (!js_is_object(obj))
    return js_throw_type_error(rt, "Cannot define property on a non-object");
  JsObject *o = js_obj(obj);
  if ((o->hdr.flags & JS_OBJ_EXTENSIBLE) && !has_elems(o) &&
      o->hdr.class_id != JS_CLASS_STRING && !ops_of(o) &&
      js__shape_find(o->shape, key) < 0) {
    add_slot(o, key, JS_PROP_DEFAULT, val);
    return JS_UNDEFINED;
  }
  JsPropDesc d = {JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                      JS_DESC_HAS_CONFIGURABLE,
                  JS_PROP_DEFAULT, val, JS_UNDEFINED, JS_UNDEFINED};
  if (js_define_own_property(rt, obj, key, &d, true) < 0)
    return JS_EXCEPTION;
  return JS_UNDEFINED;
}

JsValue js_new_object_lit(JsRt *rt, JsIC *site, uint32_t n, const JsValue *kv) {
  JsObject *o = js_new_object_class(rt, rt->object_proto, JS_CLASS_OBJECT);
  uint32_t np = n / 2;
  if (site->shape && site->slot == np) {  // keys as last time: the same shape
    o->shape = site->shape;
    o->slots = js_gc_alloc(js__slot_cap(np) * sizeof(JsValue));
    for (uint32_t i = 0; i < np; i++)
      o->slots[i] = kv[2 * i + 1];
    return js_from_cell(o);
  }
  JsValue obj = js_from_cell(o);
  for (uint32_t i = 0; i < np; i++)
    js_define_field(rt, obj, kv[2 * i], kv[2 * i + 1]);  // a fresh plain object: cannot fail
  // Cached only when each key made its own slot (no repeats) in key order.
  if (!o->shape->dictionary && o->shape->count == np && !(o->hdr.flags & JS_OBJ_HAS_INDEX_KEYS)) {
    site->shape = o->shape;
    site->slot = np;
  }
  return obj;
}

JsValue js_define_method(JsRt *rt, JsValue obj, JsValue key, JsValue fn, bool enumerable) {
  js_set_home(fn, obj);
  JsPropDesc d = {JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                      JS_DESC_HAS_CONFIGURABLE,
                  (uint8_t)(JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE |
                            (enumerable ? JS_PROP_ENUMERABLE : 0)),
                  fn, JS_UNDEFINED, JS_UNDEFINED};
  if (js_define_own_property(rt, obj, key, &d, true) < 0)
    return JS_EXCEPTION;
  return JS_UNDEFINED;
}

JsValue js_define_accessor(JsRt *rt, JsValue obj, JsValue key, JsValue getter,
                           JsValue setter, bool enumerable) {
  JsPropDesc d = {JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
                  (uint8_t)(JS_PROP_CONFIGURABLE | (enumerable ? JS_PROP_ENUMERABLE : 0)),
                  JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED};
  if (getter != JS_UNDEFINED) {
    d.has |= JS_DESC_HAS_GET;
    d.getter = getter;
    js_set_home(getter, obj);
  }
  if (setter != JS_UNDEFINED) {
    d.has |= JS_DESC_HAS_SET;
    d.setter = setter;
    js_set_home(setter, obj);
  }
  if (js_define_own_property(rt, obj, key, &d, true) < 0)
    return JS_EXCEPTION;
  return JS_UNDEFINED;
}

// --- [[OwnPropertyKeys]] ------------------------------------------------------------------

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

JsValue js_own_keys(JsRt *rt, JsValue obj, int flags) {
  const JsClassOps *ops = obj_ops(obj);
  if (ops && ops->own_keys)
    return ops->own_keys(rt, obj, flags);
  JsValue out = js_new_array(rt, 0);
  if (!js_is_object(obj))
    return out;
  JsObject *o = js_obj(obj);
  if (ops && ops->leading_keys && (flags & 1))
    ops->leading_keys(rt, obj, out);
  bool only_enum = flags & 4;
  JsShape *sh = o->shape;
  if (flags & 1) {
    // Integer keys, ascending.
    uint32_t n = 0, cap = 16;
    uint32_t *idx = malloc(cap * sizeof *idx);
    if (has_elems(o)) {
      uint32_t lim = o->elem_len < o->elem_cap ? o->elem_len : o->elem_cap;
      for (uint32_t i = 0; i < lim; i++)
        if (o->elems[i] != JS_HOLE) {
          if (n == cap)
            idx = realloc(idx, (cap *= 2) * sizeof *idx);
          idx[n++] = i;
        }
    } else if (o->hdr.class_id == JS_CLASS_STRING || elem_ops(o)) {
      uint32_t len = o->hdr.class_id == JS_CLASS_STRING
                         ? js_str_len(js_str(js_boxed_value(o)))
                         : elem_ops(o)->elem_length(obj);
      for (uint32_t i = 0; i < len; i++) {
        if (n == cap)
          idx = realloc(idx, (cap *= 2) * sizeof *idx);
        idx[n++] = i;
      }
    }
    uint32_t from_shape = n;
    if (o->hdr.flags & (JS_OBJ_HAS_INDEX_KEYS | JS_OBJ_SPARSE)) {
      for (uint32_t i = 0; i < sh->count; i++) {
        int64_t k = js_atom_index(sh->keys[i]);
        if (k < 0 || (only_enum && !(sh->attrs[i] & JS_PROP_ENUMERABLE)))
          continue;
        if (n == cap)
          idx = realloc(idx, (cap *= 2) * sizeof *idx);
        idx[n++] = (uint32_t)k;
      }
      if (n > from_shape)
        qsort(idx, n, sizeof *idx, cmp_u32);
    }
    for (uint32_t i = 0; i < n; i++)
      js_array_push(rt, out, js_index_atom(rt, idx[i]));
    free(idx);
    if (!only_enum && (o->hdr.class_id == JS_CLASS_ARRAY ||
                       o->hdr.class_id == JS_CLASS_STRING))
      js_array_push(rt, out, rt->atom_length);
    for (uint32_t i = 0; i < sh->count; i++) {
      JsValue k = sh->keys[i];
      if (!js_is_string(k) || js_atom_index(k) >= 0)
        continue;
      if (only_enum && !(sh->attrs[i] & JS_PROP_ENUMERABLE))
        continue;
      js_array_push(rt, out, k);
    }
  }
  if (flags & 2) {
    for (uint32_t i = 0; i < sh->count; i++) {
      JsValue k = sh->keys[i];
      if (!js_is_symbol(k) || (js_cell(k)->flags & JS_SYM_PRIVATE))
        continue;
      if (only_enum && !(sh->attrs[i] & JS_PROP_ENUMERABLE))
        continue;
      js_array_push(rt, out, k);
    }
  }
  return out;
}

// --- prototypes and extensibility ---------------------------------------------------------

JsValue js_get_proto(JsRt *rt, JsValue obj) {
  const JsClassOps *ops = obj_ops(obj);
  if (ops && ops->get_proto)
    return ops->get_proto(rt, obj);
  if (js_is_object(obj)) {
    JsObject *p = js_obj(obj)->proto;
    return p ? js_from_cell(p) : JS_NULL;
  }
  JsValue p = primitive_proto(rt, obj);
  return js_is_object(p) ? p : JS_NULL;
}

int js_set_proto(JsRt *rt, JsValue obj, JsValue proto) {
  if (!js_is_object(obj))
    return 1;
  JsObject *o = js_obj(obj);
  const JsClassOps *ops = ops_of(o);
  if (ops && ops->set_proto)
    return ops->set_proto(rt, obj, proto);
  JsObject *np = js_is_object(proto) ? js_obj(proto) : NULL;
  if (o->proto == np)
    return 1;
  if (!(o->hdr.flags & JS_OBJ_EXTENSIBLE) ||
      (o->hdr.flags & JS_OBJ_IMMUTABLE_PROTO))
    return 0;
  // The cycle walk stops at a proxy (#sec-ordinarysetprototypeof step 8c).
  for (JsObject *p = np; p && !(ops_of(p) && ops_of(p)->get_proto); p = p->proto)
    if (p == o)
      return 0;
  o->proto = np;
  return 1;
}

int js_is_extensible(JsRt *rt, JsValue obj) {
  if (!js_is_object(obj))
    return 0;
  const JsClassOps *ops = obj_ops(obj);
  if (ops && ops->is_extensible)
    return ops->is_extensible(rt, obj);
  return (js_obj(obj)->hdr.flags & JS_OBJ_EXTENSIBLE) ? 1 : 0;
}

int js_prevent_extensions(JsRt *rt, JsValue obj) {
  const JsClassOps *ops = obj_ops(obj);
  if (ops && ops->prevent_extensions)
    return ops->prevent_extensions(rt, obj);
  if (js_is_object(obj))
    js_obj(obj)->hdr.flags &= ~JS_OBJ_EXTENSIBLE;
  return 1;
}

int js_set_integrity(JsRt *rt, JsValue obj, bool frozen) {
  if (!js_is_object(obj))
    return 1;
  JsObject *o = js_obj(obj);
  const JsClassOps *ops = ops_of(o);
  if (ops && ops->set_integrity)
    return ops->set_integrity(rt, obj, frozen);
  o->hdr.flags &= ~JS_OBJ_EXTENSIBLE;
  if (has_elems(o)) {
    o->hdr.flags |= frozen ? JS_OBJ_FROZEN_ELEMS : JS_OBJ_SEALED_ELEMS;
    if (frozen && o->hdr.class_id == JS_CLASS_ARRAY)
      o->hdr.flags |= JS_OBJ_LEN_RO;
  }
  JsShape *sh = o->shape;
  for (uint32_t i = 0; i < sh->count; i++) {
    uint8_t a = sh->attrs[i] & ~JS_PROP_CONFIGURABLE;
    if (frozen && !(a & JS_PROP_ACCESSOR))
      a &= ~JS_PROP_WRITABLE;
    if (a != sh->attrs[i]) {
      set_slot_attrs(o, i, a);
      sh = o->shape;
    }
  }
  (void)rt;
  return 1;
}

int js_test_integrity(JsRt *rt, JsValue obj, bool frozen) {
  if (!js_is_object(obj))
    return 1;
  JsObject *o = js_obj(obj);
  const JsClassOps *ops = ops_of(o);
  if (ops && ops->test_integrity)
    return ops->test_integrity(rt, obj, frozen);
  if (o->hdr.flags & JS_OBJ_EXTENSIBLE)
    return 0;
  if (has_elems(o)) {
    uint32_t lim = o->elem_len < o->elem_cap ? o->elem_len : o->elem_cap;
    bool any = false;
    for (uint32_t i = 0; i < lim && !any; i++)
      any = o->elems[i] != JS_HOLE;
    uint8_t a = elem_attrs(o);
    if (any && ((a & JS_PROP_CONFIGURABLE) || (frozen && (a & JS_PROP_WRITABLE))))
      return 0;
    if (frozen && o->hdr.class_id == JS_CLASS_ARRAY && !(o->hdr.flags & JS_OBJ_LEN_RO))
      return 0;
  }
  if (o->hdr.class_id == JS_CLASS_STRING) {
    // String indices are already non-configurable and non-writable.
  }
  JsShape *sh = o->shape;
  for (uint32_t i = 0; i < sh->count; i++) {
    uint8_t a = sh->attrs[i];
    if (a & JS_PROP_CONFIGURABLE)
      return 0;
    if (frozen && !(a & JS_PROP_ACCESSOR) && (a & JS_PROP_WRITABLE))
      return 0;
  }
  return 1;
}

// --- descriptors as objects ---------------------------------------------------------------

JsValue js_from_property_descriptor(JsRt *rt, const JsPropDesc *d) {
  JsValue obj = js_new_object(rt);
  if (d->has & JS_DESC_HAS_VALUE)
    js_define_field(rt, obj, rt->atom_value, d->value);
  if (d->has & JS_DESC_HAS_WRITABLE)
    js_define_field(rt, obj, rt->atom_writable, js_bool(d->attrs & JS_PROP_WRITABLE));
  if (d->has & JS_DESC_HAS_GET)
    js_define_field(rt, obj, rt->atom_get, d->getter);
  if (d->has & JS_DESC_HAS_SET)
    js_define_field(rt, obj, rt->atom_set, d->setter);
  if (d->has & JS_DESC_HAS_ENUMERABLE)
    js_define_field(rt, obj, rt->atom_enumerable, js_bool(d->attrs & JS_PROP_ENUMERABLE));
  if (d->has & JS_DESC_HAS_CONFIGURABLE)
    js_define_field(rt, obj, rt->atom_configurable,
                    js_bool(d->attrs & JS_PROP_CONFIGURABLE));
  return obj;
}

// One field of ToPropertyDescriptor: 1 present (value in *out), 0 absent, -1 threw.
static int desc_field(JsRt *rt, JsValue obj, JsValue key, JsValue *out) {
  int has = js_has_property(rt, obj, key);
  if (has <= 0)
    return has;
  *out = js_get_prop(rt, obj, key);
  return js_is_exception(*out) ? -1 : 1;
}

int js_to_property_descriptor(JsRt *rt, JsValue v, JsPropDesc *d) {
  memset(d, 0, sizeof *d);
  d->value = d->getter = d->setter = JS_UNDEFINED;
  if (!js_is_object(v)) {
    js_throw_type_error(rt, "Property description must be an object: %s",
                        js_value_cstr_short(rt, v));
    return -1;
  }
  static const struct { int which; uint32_t has; uint8_t attr; } bools[] = {
      {0, JS_DESC_HAS_ENUMERABLE, JS_PROP_ENUMERABLE},
      {1, JS_DESC_HAS_CONFIGURABLE, JS_PROP_CONFIGURABLE},
  };
  JsValue keys[2] = {rt->atom_enumerable, rt->atom_configurable};
  for (int i = 0; i < 2; i++) {
    JsValue x;
    int r = desc_field(rt, v, keys[bools[i].which], &x);
    if (r < 0)
      return -1;
    if (r) {
      d->has |= bools[i].has;
      if (js_truthy(rt, x))
        d->attrs |= bools[i].attr;
    }
  }
  JsValue x;
  int r = desc_field(rt, v, rt->atom_value, &x);
  if (r < 0)
    return -1;
  if (r) {
    d->has |= JS_DESC_HAS_VALUE;
    d->value = x;
  }
  r = desc_field(rt, v, rt->atom_writable, &x);
  if (r < 0)
    return -1;
  if (r) {
    d->has |= JS_DESC_HAS_WRITABLE;
    if (js_truthy(rt, x))
      d->attrs |= JS_PROP_WRITABLE;
  }
  r = desc_field(rt, v, rt->atom_get, &x);
  if (r < 0)
    return -1;
  if (r) {
    if (!js_is_callable(x) && x != JS_UNDEFINED) {
      js_throw_type_error(rt, "Getter must be a function: %s", js_value_cstr_short(rt, x));
      return -1;
    }
    d->has |= JS_DESC_HAS_GET;
    d->getter = x;
  }
  r = desc_field(rt, v, rt->atom_set, &x);
  if (r < 0)
    return -1;
  if (r) {
    if (!js_is_callable(x) && x != JS_UNDEFINED) {
      js_throw_type_error(rt, "Setter must be a function: %s", js_value_cstr_short(rt, x));
      return -1;
    }
    d->has |= JS_DESC_HAS_SET;
    d->setter = x;
  }
  if (is_accessor_desc(d) && is_data_desc(d)) {
    js_throw_type_error(rt, "Invalid property descriptor. Cannot both specify "
                            "accessors and a value or writable attribute");
    return -1;
  }
  return 0;
}

// --- literals and copying --------------------------------------------------------------

JsValue js_set_proto_literal(JsRt *rt, JsValue obj, JsValue proto) {
  if (js_is_object(proto) || js_is_null(proto))
    js_set_proto(rt, obj, proto);
  return JS_UNDEFINED;
}

static JsValue copy_props(JsRt *rt, JsValue target, JsValue src, int n,
                          const JsValue *excluded) {
  if (js_is_nullish(src))
    return JS_UNDEFINED;
  JsValue from = js_to_object(rt, src);
  if (js_is_exception(from))
    return from;
  JsValue keys = js_own_keys(rt, from, 3);
  if (js_is_exception(keys))
    return keys;
  JsObject *ka = js_obj(keys);
  for (uint32_t i = 0; i < ka->elem_len; i++) {
    JsValue k = ka->elems[i];
    bool skip = false;
    for (int j = 0; j < n && !skip; j++)
      skip = excluded[j] == k;
    if (skip)
      continue;
    JsPropDesc d;
    int r = js_get_own_property(rt, from, k, &d);
    if (r < 0)
      return JS_EXCEPTION;
    if (!r || !(d.attrs & JS_PROP_ENUMERABLE))
      continue;
    bool get = (d.has & JS_DESC_HAS_GET) || key_ops_any(js_obj(from));  // traps see the Get
    JsValue v = get ? js_get_prop(rt, from, k) : d.value;
    if (js_is_exception(v))
      return v;
    if (js_is_exception(js_define_field(rt, target, k, v)))
      return JS_EXCEPTION;
  }
  return JS_UNDEFINED;
}

JsValue js_copy_data_properties(JsRt *rt, JsValue target, JsValue src) {
  return copy_props(rt, target, src, 0, NULL);
}

JsValue js_object_rest(JsRt *rt, JsValue src, int n, const JsValue *excluded_keys) {
  JsValue *keys = n ? js_gc_alloc((size_t)n * sizeof(JsValue)) : NULL;
  for (int i = 0; i < n; i++) {
    keys[i] = js_to_property_key(rt, excluded_keys[i]);
    if (js_is_exception(keys[i]))
      return JS_EXCEPTION;
  }
  JsValue out = js_new_object(rt);
  if (js_is_nullish(src))
    return js_throw_type_error(rt, "Cannot destructure '%s' as it is %s.",
                               js_cstr(rt, src), js_cstr(rt, src));
  JsValue r = copy_props(rt, out, src, n, keys);
  if (js_is_exception(r))
    return r;
  return out;
}

JsValue js_ordinary_create_from_constructor(JsRt *rt, JsValue new_target,
                                            JsValue default_proto, JsClassId cls) {
  JsValue proto = default_proto;
  if (js_is_object(new_target)) {
    JsValue p = js_get_prop(rt, new_target, rt->atom_prototype);
    if (js_is_exception(p))
      return p;
    if (js_is_object(p))
      proto = p;
  }
  return js_from_cell(js_new_object_class(rt, proto, cls));
}

int js_length_of(JsRt *rt, JsValue obj, double *len) {
  if (js_is_object(obj) && js_obj(obj)->hdr.class_id == JS_CLASS_ARRAY) {
    *len = js_obj(obj)->elem_len;
    return 0;
  }
  JsValue v = js_get_prop(rt, obj, rt->atom_length);
  if (js_is_exception(v))
    return -1;
  return js_to_length(rt, v, len);
}

// --- globals -------------------------------------------------------------------------------

static bool global_lookup(JsRt *rt, JsValue key, JsValue *out) {
  for (JsObject *o = js_obj(rt->global); o; o = o->proto) {
    OwnRef r;
    if (find_own(rt, o, key, &r)) {
      if (r.attrs & JS_PROP_ACCESSOR)
        *out = call_getter(rt, o->slots[r.index], rt->global);
      else
        *out = ref_value(rt, o, &r);
      return true;
    }
  }
  return false;
}

JsValue js_get_global(JsRt *rt, JsValue key) {
  JsValue v;
  if (global_lookup(rt, key, &v))
    return v;
  return js_throw_not_defined(rt, js_key_cstr(rt, key));
}

JsValue js_get_global_or_undefined(JsRt *rt, JsValue key) {
  JsValue v;
  if (global_lookup(rt, key, &v))
    return v;
  return JS_UNDEFINED;
}

JsValue js_set_global(JsRt *rt, JsValue key, JsValue val, bool strict) {
  if (strict && !js_has_property(rt, rt->global, key))
    return js_throw_not_defined(rt, js_key_cstr(rt, key));
  return js_set_prop(rt, rt->global, key, val, strict);
}

JsValue js_declare_global_var(JsRt *rt, JsValue key) {
  JsObject *g = js_obj(rt->global);
  OwnRef r;
  if (!find_own(rt, g, key, &r))
    add_slot(g, key, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE, JS_UNDEFINED);
  return JS_UNDEFINED;
}

// ECMA-262 #sec-candeclareglobalfunction and #sec-candeclareglobalvar.
JsValue js_eval_can_declare(JsRt *rt, JsValue key, int fn) {
  JsObject *g = js_obj(rt->global);
  OwnRef r;
  if (find_own(rt, g, key, &r)) {
    if (!fn || (r.attrs & JS_PROP_CONFIGURABLE))
      return JS_UNDEFINED;
    if (!(r.attrs & JS_PROP_ACCESSOR) && (r.attrs & JS_PROP_WRITABLE) &&
        (r.attrs & JS_PROP_ENUMERABLE))
      return JS_UNDEFINED;
    return js_throw_type_error(rt, "Identifier '%s' has already been declared",
                               js_key_cstr(rt, key));
  }
  int ext = js_is_extensible(rt, rt->global);
  if (ext < 0)
    return JS_EXCEPTION;
  if (!ext)
    return js_throw_type_error(rt, "Cannot define property %s, object is not extensible",
                               js_key_cstr(rt, key));
  return JS_UNDEFINED;
}

// ECMA-262 #sec-createglobalvarbinding with D = true (eval code).
JsValue js_declare_eval_var(JsRt *rt, JsValue key) {
  JsObject *g = js_obj(rt->global);
  OwnRef r;
  if (find_own(rt, g, key, &r))
    return JS_UNDEFINED;
  int ext = js_is_extensible(rt, rt->global);
  if (ext < 0)
    return JS_EXCEPTION;
  if (ext)
    add_slot(g, key, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE,
             JS_UNDEFINED);
  return JS_UNDEFINED;
}

// ECMA-262 #sec-createglobalfunctionbinding with D = true (eval code).
JsValue js_declare_eval_function(JsRt *rt, JsValue key, JsValue fn) {
  JsObject *g = js_obj(rt->global);
  OwnRef r;
  if (!find_own(rt, g, key, &r)) {
    add_slot(g, key, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE, fn);
    return JS_UNDEFINED;
  }
  if (r.attrs & JS_PROP_CONFIGURABLE) {
    JsPropDesc d = {JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                        JS_DESC_HAS_CONFIGURABLE,
                    JS_PROP_WRITABLE | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE, fn,
                    JS_UNDEFINED, JS_UNDEFINED};
    if (js_define_own_property(rt, rt->global, key, &d, true) < 0)
      return JS_EXCEPTION;
    return JS_UNDEFINED;
  }
  return js_set_prop(rt, rt->global, key, fn, true);
}

JsValue js_declare_global_function(JsRt *rt, JsValue key, JsValue fn) {
  JsObject *g = js_obj(rt->global);
  OwnRef r;
  if (!find_own(rt, g, key, &r)) {
    add_slot(g, key, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE, fn);
    return JS_UNDEFINED;
  }
  if (r.attrs & JS_PROP_CONFIGURABLE) {
    JsPropDesc d = {JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                        JS_DESC_HAS_CONFIGURABLE,
                    JS_PROP_WRITABLE | JS_PROP_ENUMERABLE, fn, JS_UNDEFINED, JS_UNDEFINED};
    if (js_define_own_property(rt, rt->global, key, &d, true) < 0)
      return JS_EXCEPTION;
    return JS_UNDEFINED;
  }
  return js_set_prop(rt, rt->global, key, fn, true);
}
