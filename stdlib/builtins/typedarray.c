// SPDX-License-Identifier: MIT
//
// typedarray.c: ArrayBuffer (ECMA-262 #sec-arraybuffer-objects) and the
// typed arrays (#sec-typedarray-objects): %TypedArray%, its prototype, and
// the nine element kinds Int8 .. Float64 (BigInt64/BigUint64 are absent).
//
// An ArrayBuffer (JS_CLASS_ARRAY_BUFFER) keeps a JsArrayBuf in `internal`:
// atomic GC bytes, zeroed. A typed array (JS_CLASS_TYPED_ARRAY) keeps a
// JsTyped: its buffer, byte offset, element count and kind. Integer-indexed
// element access goes through js_typed_get / js_typed_set, which
// runtime/object.c calls for index keys on typed arrays. A detached buffer
// has byteLength 0 and the typed arrays over it length 0.
//
// subarray, slice, map and filter create their results through
// TypedArraySpeciesCreate (a subclass gets instances of itself).
// DataView (JS_CLASS_DATA_VIEW) keeps a JsDataView: buffer, offset, length.
// Not done: resizable buffers, BigInt element kinds.
#include "internal.h"

#include <math.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct JsArrayBuf {
  uint8_t *data;
  size_t len;
  bool detached;
} JsArrayBuf;

enum { K_I8, K_U8, K_U8C, K_I16, K_U16, K_I32, K_U32, K_F32, K_F64, K__COUNT };

static const char *const kind_names[K__COUNT] = {
    "Int8Array",  "Uint8Array",  "Uint8ClampedArray", "Int16Array",  "Uint16Array",
    "Int32Array", "Uint32Array", "Float32Array",      "Float64Array"};
static const uint32_t kind_size[K__COUNT] = {1, 1, 1, 2, 2, 4, 4, 4, 8};

typedef struct JsTyped {
  JsValue buffer;
  JsArrayBuf *b;    // the buffer's storage record
  uint8_t *data;    // b->data + offset (stale once detached: length is then 0)
  size_t offset;    // bytes
  uint32_t length;  // elements
  int kind;
} JsTyped;

static JsValue ta_protos[K__COUNT], ta_ctors[K__COUNT];

// A DataView (JS_CLASS_DATA_VIEW): a window on a buffer's bytes.
typedef struct JsDataView {
  JsValue buffer;
  JsArrayBuf *b;
  size_t offset, length;  // bytes
} JsDataView;
static JsValue typed_array_ctor, typed_array_proto, ab_ctor_fn;

#define MAX_BYTES ((double)0x7fffffff)

// ---------------------------------------------------------------------------
// Buffers and element storage.
// ---------------------------------------------------------------------------

static JsArrayBuf *buf_of(JsValue v) {
  return js_class_of(v) == JS_CLASS_ARRAY_BUFFER ? js_obj(v)->internal : NULL;
}

static JsTyped *typed_of(JsValue v) {
  return js_class_of(v) == JS_CLASS_TYPED_ARRAY ? js_obj(v)->internal : NULL;
}

static JsArrayBuf *alloc_buf(size_t n) {
  JsArrayBuf *b = js_gc_alloc(sizeof(JsArrayBuf));
  b->data = js_gc_alloc_atomic(n ? n : 1);
  memset(b->data, 0, n ? n : 1);
  b->len = n;
  return b;
}

static JsValue new_buffer_proto(JsRt *rt, JsValue proto, size_t n) {
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_ARRAY_BUFFER);
  o->internal = alloc_buf(n);
  return js_from_cell(o);
}

// Set once any buffer is detached: until then views skip the check.
static bool any_detached;

void js_detach_array_buffer(JsValue buf) {
  JsArrayBuf *b = buf_of(buf);
  if (!b)
    return;
  any_detached = true;
  b->detached = true;
  b->len = 0;
  b->data = NULL;
}

// Buffers are fixed-length: a view's length changes only by detaching.
static inline uint32_t ta_len(const JsTyped *t) {
  return any_detached && t->b->detached ? 0 : t->length;
}

static inline uint8_t *ta_ptr(const JsTyped *t, uint32_t i) {
  return t->data + (size_t)i * kind_size[t->kind];
}

// Element [i] (in range) as a double.
static double ta_read(const JsTyped *t, uint32_t i) {
  uint8_t *p = ta_ptr(t, i);
  switch (t->kind) {
  case K_I8: return (int8_t)p[0];
  case K_U8:
  case K_U8C: return p[0];
  case K_I16: { int16_t v; memcpy(&v, p, 2); return v; }
  case K_U16: { uint16_t v; memcpy(&v, p, 2); return v; }
  case K_I32: { int32_t v; memcpy(&v, p, 4); return v; }
  case K_U32: { uint32_t v; memcpy(&v, p, 4); return v; }
  case K_F32: { float v; memcpy(&v, p, 4); return v; }
  default: { double v; memcpy(&v, p, 8); return v; }
  }
}

static JsValue ta_read_val(const JsTyped *t, uint32_t i) {
  uint8_t *p = ta_ptr(t, i);
  switch (t->kind) {
  case K_I8: return js_int((int8_t)p[0]);
  case K_U8:
  case K_U8C: return js_int(p[0]);
  case K_I16: { int16_t v; memcpy(&v, p, 2); return js_int(v); }
  case K_U16: { uint16_t v; memcpy(&v, p, 2); return js_int(v); }
  case K_I32: { int32_t v; memcpy(&v, p, 4); return js_int(v); }
  default: return js_number(ta_read(t, i));
  }
}

static uint8_t clamp_u8(double d) {
  if (!(d > 0))
    return 0;
  if (d >= 255)
    return 255;
  return (uint8_t)nearbyint(d);  // round half to even (default mode)
}

static void ta_write(const JsTyped *t, uint32_t i, double d) {
  uint8_t *p = ta_ptr(t, i);
  switch (t->kind) {
  case K_I8:
  case K_U8: p[0] = (uint8_t)js_to_uint32_d(d); break;
  case K_U8C: p[0] = clamp_u8(d); break;
  case K_I16:
  case K_U16: { uint16_t v = (uint16_t)js_to_uint32_d(d); memcpy(p, &v, 2); break; }
  case K_I32:
  case K_U32: { uint32_t v = js_to_uint32_d(d); memcpy(p, &v, 4); break; }
  case K_F32: { float v = (float)d; memcpy(p, &v, 4); break; }
  default: memcpy(p, &d, 8); break;
  }
}

// Fast integer store (no conversion beyond wrapping).
static void ta_write_int(const JsTyped *t, uint32_t i, int32_t v) {
  uint8_t *p = ta_ptr(t, i);
  switch (t->kind) {
  case K_I8:
  case K_U8: p[0] = (uint8_t)v; break;
  case K_U8C: p[0] = v < 0 ? 0 : v > 255 ? 255 : (uint8_t)v; break;
  case K_I16:
  case K_U16: { uint16_t u = (uint16_t)v; memcpy(p, &u, 2); break; }
  case K_I32:
  case K_U32: memcpy(p, &v, 4); break;
  default: ta_write(t, i, (double)v); break;
  }
}

bool js_typed_get(JsValue o, uint32_t i, JsValue *out) {
  JsTyped *t = typed_of(o);
  if (!t || i >= ta_len(t))
    return false;
  if (t->kind == K_I32) {  // the common case, without the kind switch
    int32_t v;
    memcpy(&v, t->data + (size_t)i * 4, 4);
    *out = js_int(v);
    return true;
  }
  *out = ta_read_val(t, i);
  return true;
}

uint32_t js_typed_length(JsValue o) {
  JsTyped *t = typed_of(o);
  return t ? ta_len(t) : 0;
}

bool js_typed_element_info(JsValue v, uint8_t **data, uint32_t *length, int *size,
                           int *type, const char **name) {
  JsTyped *t = typed_of(v);
  if (!t)
    return false;
  *data = t->data;
  *length = ta_len(t);
  *size = (int)kind_size[t->kind];
  *name = kind_names[t->kind];
  *type = t->kind == K_I8 || t->kind == K_I16 || t->kind == K_I32 ? 1
          : t->kind == K_U8 || t->kind == K_U16 || t->kind == K_U32 ? 0
                                                                   : -1;
  return true;
}

// The bytes a typed array views (its element bytes) or an ArrayBuffer
// holds; NULL when [v] is neither. A detached buffer gives length 0.
uint8_t *js_typed_bytes(JsValue v, size_t *len) {
  JsTyped *t = typed_of(v);
  if (t) {
    *len = (size_t)ta_len(t) * kind_size[t->kind];
    return t->data;
  }
  JsArrayBuf *b = buf_of(v);
  if (b) {
    *len = b->len;
    return b->data;
  }
  if (js_class_of(v) == JS_CLASS_DATA_VIEW) {
    JsDataView *dv = js_obj(v)->internal;
    *len = dv->b->detached ? 0 : dv->length;
    return dv->b->detached ? NULL : dv->b->data + dv->offset;
  }
  *len = 0;
  return NULL;
}

// TypedArraySetElement: ToNumber first, then store when in range.
// 1 stored, 0 out of range, -1 threw.
int js_typed_set(JsRt *rt, JsValue o, uint32_t i, JsValue v) {
  JsTyped *t = typed_of(o);
  if (js_is_int(v)) {
    if (!t || i >= ta_len(t))
      return 0;
    if (t->kind == K_I32) {
      int32_t x = js_get_int(v);
      memcpy(t->data + (size_t)i * 4, &x, 4);
      return 1;
    }
    ta_write_int(t, i, js_get_int(v));
    return 1;
  }
  double d;
  if (js_is_number(v))
    d = js_get_number(v);
  else if (js_to_double(rt, v, &d) < 0)
    return -1;
  if (!t || i >= ta_len(t))
    return 0;
  ta_write(t, i, d);
  return 1;
}

// ---------------------------------------------------------------------------
// Construction.
// ---------------------------------------------------------------------------

static JsValue throw_bad_length(JsRt *rt, double d) {
  char buf[40];
  js_dtoa(d, buf);
  return js_throw_range_error(rt, "Invalid typed array length: %s", buf);
}

// A typed array object of [kind] over [buffer].
static JsValue make_typed(JsRt *rt, JsValue proto, int kind, JsValue buffer, size_t offset,
                          uint32_t length) {
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_TYPED_ARRAY);
  JsTyped *t = js_gc_alloc(sizeof(JsTyped));
  t->buffer = buffer;
  t->b = buf_of(buffer);
  t->data = t->b->data + offset;
  t->offset = offset;
  t->length = length;
  t->kind = kind;
  o->internal = t;
  return js_from_cell(o);
}

static JsValue new_typed(JsRt *rt, JsValue proto, int kind, double length) {
  if (length < 0 || length * kind_size[kind] > MAX_BYTES)
    return throw_bad_length(rt, length);
  uint32_t n = (uint32_t)length;
  JsValue buf = new_buffer_proto(rt, rt->array_buffer_proto, (size_t)n * kind_size[kind]);
  return make_typed(rt, proto, kind, buf, 0, n);
}

// A new zeroed Uint8Array of [n] bytes with prototype [proto] (node's
// Buffer makes its instances this way from C).
JsValue js_new_uint8_array(JsRt *rt, JsValue proto, size_t n) {
  if ((double)n > MAX_BYTES)
    return throw_bad_length(rt, (double)n);
  return new_typed(rt, js_is_object(proto) ? proto : ta_protos[K_U8], K_U8, (double)n);
}

// A Uint8Array over [n] bytes of ArrayBuffer [buffer] from [offset] (the
// caller checked the range), with prototype [proto].
JsValue js_new_uint8_view(JsRt *rt, JsValue proto, JsValue buffer, size_t offset, size_t n) {
  return make_typed(rt, js_is_object(proto) ? proto : ta_protos[K_U8], K_U8, buffer, offset,
                    (uint32_t)n);
}

// A constructor whose instances are plain Uint8Arrays with another
// prototype (node's Buffer): species creation makes them without calling it.
static JsValue fast_species_ctor, fast_species_proto;

void js_typed_set_fast_species(JsValue ctor, JsValue proto) {
  fast_species_ctor = ctor;
  fast_species_proto = proto;
}

static JsValue proto_from(JsRt *rt, JsValue new_target, int kind) {
  JsValue proto = ta_protos[kind];
  if (js_is_object(new_target) && new_target != ta_ctors[kind]) {
    JsValue p = js_get_prop(rt, new_target, rt->atom_prototype);
    if (js_is_exception(p))
      return p;
    if (js_is_object(p))
      proto = p;
  }
  return proto;
}

// ToIndex (#sec-toindex); throws RangeError [msg] with the value.
static int to_index(JsRt *rt, JsValue v, double *out, bool typed_len) {
  double d = 0;
  if (!js_is_undefined(v) && js_to_integer(rt, v, &d) < 0)
    return -1;
  if (d < 0 || d > 9007199254740991.0) {
    if (typed_len)
      throw_bad_length(rt, d);
    else
      js_throw_range_error(rt, "Invalid array buffer length");
    return -1;
  }
  *out = d;
  return 0;
}

// Fills typed array [ta] from a list of values (ToNumber each).
static int fill_from_list(JsRt *rt, JsValue ta, const JsValue *vals, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (js_typed_set(rt, ta, i, vals[i]) < 0)
      return -1;
  return 0;
}

static JsValue ta_construct(JsRt *rt, int kind, int argc, JsValue *argv, JsValue new_target) {
  if (js_is_undefined(new_target))
    return js_throw_type_error(rt, "Constructor %s requires 'new'", kind_names[kind]);
  JsValue a0 = js_arg(argc, argv, 0);
  uint32_t sz = kind_size[kind];
  if (!js_is_object(a0)) {
    double len;
    if (to_index(rt, a0, &len, true) < 0)
      return JS_EXCEPTION;
    JsValue proto = proto_from(rt, new_target, kind);
    if (js_is_exception(proto))
      return proto;
    return new_typed(rt, proto, kind, len);
  }
  JsValue proto = proto_from(rt, new_target, kind);
  if (js_is_exception(proto))
    return proto;
  JsArrayBuf *b = buf_of(a0);
  if (b) {
    double off, len;
    if (to_index(rt, js_arg(argc, argv, 1), &off, false) < 0)
      return JS_EXCEPTION;
    if (fmod(off, sz) != 0)
      return js_throw_range_error(rt, "start offset of %s should be a multiple of %u",
                                  kind_names[kind], sz);
    JsValue lv = js_arg(argc, argv, 2);
    if (!js_is_undefined(lv) && to_index(rt, lv, &len, true) < 0)
      return JS_EXCEPTION;
    if (b->detached)
      return js_throw_type_error(rt, "Cannot perform Construct on a detached ArrayBuffer");
    if (js_is_undefined(lv)) {
      if (b->len % sz)
        return js_throw_range_error(rt, "byte length of %s should be a multiple of %u",
                                    kind_names[kind], sz);
      if (off > (double)b->len) {
        char buf[40];
        js_dtoa(off, buf);
        return js_throw_range_error(rt, "Start offset %s is outside the bounds of the buffer",
                                    buf);
      }
      len = ((double)b->len - off) / sz;
    } else if (off + len * sz > (double)b->len) {
      return throw_bad_length(rt, len);
    }
    return make_typed(rt, proto, kind, a0, (size_t)off, (uint32_t)len);
  }
  JsTyped *src = typed_of(a0);
  if (src) {
    uint32_t n = ta_len(src);
    JsValue r = new_typed(rt, proto, kind, n);
    if (js_is_exception(r))
      return r;
    JsTyped *t = typed_of(r);
    for (uint32_t i = 0; i < n; i++)
      ta_write(t, i, ta_read(src, i));
    return r;
  }
  JsValue iter = js_get_method(rt, a0, rt->sym_iterator);
  if (js_is_exception(iter))
    return iter;
  uint32_t n;
  JsValue *vals;
  if (!js_is_undefined(iter)) {
    JsValue arr = js_iterable_to_array(rt, a0);
    if (js_is_exception(arr))
      return arr;
    n = js_obj(arr)->elem_len;
    vals = js_obj(arr)->elems;
    JsValue r = new_typed(rt, proto, kind, n);
    if (js_is_exception(r) || fill_from_list(rt, r, vals, n) < 0)
      return JS_EXCEPTION;
    return r;
  }
  double dlen;
  if (js_length_of(rt, a0, &dlen) < 0)
    return JS_EXCEPTION;
  JsValue r = new_typed(rt, proto, kind, dlen);
  if (js_is_exception(r))
    return r;
  for (uint32_t i = 0; i < (uint32_t)dlen; i++) {
    JsValue v = js_get_index(rt, a0, i);
    if (js_is_exception(v) || js_typed_set(rt, r, i, v) < 0)
      return JS_EXCEPTION;
  }
  return r;
}

#define TA_CTOR(k, fname)                                       \
  NATIVE(fname) {                                               \
    UNUSED_ARGS;                                                \
    return ta_construct(rt, k, argc, argv, new_target);         \
  }
TA_CTOR(K_I8, ctor_i8)
TA_CTOR(K_U8, ctor_u8)
TA_CTOR(K_U8C, ctor_u8c)
TA_CTOR(K_I16, ctor_i16)
TA_CTOR(K_U16, ctor_u16)
TA_CTOR(K_I32, ctor_i32)
TA_CTOR(K_U32, ctor_u32)
TA_CTOR(K_F32, ctor_f32)
TA_CTOR(K_F64, ctor_f64)
static const JsFn kind_ctor_fns[K__COUNT] = {ctor_i8,  ctor_u8,  ctor_u8c, ctor_i16, ctor_u16,
                                             ctor_i32, ctor_u32, ctor_f32, ctor_f64};

NATIVE(typed_array_abstract) {
  UNUSED_ARGS;
  return js_throw_type_error(rt, "Abstract class TypedArray not directly constructable");
}

// A new typed array of the same kind as [t] with [n] elements.
static JsValue same_kind(JsRt *rt, const JsTyped *t, uint32_t n) {
  return new_typed(rt, ta_protos[t->kind], t->kind, n);
}

// The constructor TypedArraySpeciesCreate (#sec-typedarray-species-create)
// uses for [o]: 0 the intrinsic one of its kind, 1 the fast species
// (*proto set), 2 another constructor (*ctor set), -1 threw.
static int species_of(JsRt *rt, JsValue o, const JsTyped *t, JsValue *ctor, JsValue *proto) {
  JsValue c = js_get_prop(rt, o, rt->atom_constructor);
  if (js_is_exception(c))
    return -1;
  if (js_is_undefined(c) || c == ta_ctors[t->kind])
    return 0;
  if (!js_is_object(c)) {
    js_throw_type_error(rt, "object.constructor is not an object");
    return -1;
  }
  JsValue s = js_get_prop(rt, c, rt->sym_species);
  if (js_is_exception(s))
    return -1;
  if (js_is_nullish(s) || s == ta_ctors[t->kind])
    return 0;
  if (s == fast_species_ctor && t->kind == K_U8) {
    *proto = fast_species_proto;
    return 1;
  }
  if (!js_is_constructor(s)) {
    js_throw_type_error(rt, "object.constructor[Symbol.species] is not a constructor");
    return -1;
  }
  *ctor = s;
  return 2;
}

// Constructs with species constructor [c] and validates the result (a
// typed array; with one length argument, at least [n] long).
static JsValue species_construct(JsRt *rt, JsValue c, int argc, JsValue *args, uint32_t n) {
  JsValue r = js_construct(rt, c, argc, args, c, NULL);
  if (js_is_exception(r))
    return r;
  JsTyped *nt = typed_of(r);
  if (!nt)
    return js_throw_type_error(rt, "this is not a typed array.");
  if (nt->b->detached)
    return js_throw_type_error(rt, "Cannot perform Construct on a detached ArrayBuffer");
  if (argc == 1 && ta_len(nt) < n)
    return js_throw_type_error(rt, "Derived TypedArray constructor created an array which was too small");
  return r;
}

// TypedArraySpeciesCreate(o, <<n>>).
static JsValue species_create_len(JsRt *rt, JsValue o, const JsTyped *t, uint32_t n) {
  JsValue c = JS_UNDEFINED, proto = JS_UNDEFINED;
  switch (species_of(rt, o, t, &c, &proto)) {
  case -1: return JS_EXCEPTION;
  case 0: return new_typed(rt, ta_protos[t->kind], t->kind, n);
  case 1: return new_typed(rt, proto, t->kind, n);
  default: {
    JsValue arg = js_number(n);
    return species_construct(rt, c, 1, &arg, n);
  }
  }
}

// ---------------------------------------------------------------------------
// %TypedArray%.prototype
// ---------------------------------------------------------------------------

static JsTyped *this_typed(JsRt *rt, JsValue v) {
  JsTyped *t = typed_of(v);
  if (!t)
    js_throw_type_error(rt, "this is not a typed array.");
  return t;
}

// ValidateTypedArray: also throws for a detached buffer, naming the method.
static JsTyped *this_valid(JsRt *rt, JsValue v, JsValue callee) {
  JsTyped *t = this_typed(rt, v);
  if (t && t->b->detached) {
    js_throw_type_error(rt, "Cannot perform %%TypedArray%%.prototype.%s on a detached ArrayBuffer",
                        js_cstr(rt, js_function_name_of(rt, callee)));
    return NULL;
  }
  return t;
}

#define THIS_TA()                                  \
  JsTyped *t = this_valid(rt, this_val, callee);   \
  if (!t)                                          \
    return JS_EXCEPTION;                           \
  uint32_t len = ta_len(t);                        \
  (void)len

#define THIS_TA_ANY()                    \
  JsTyped *t = this_typed(rt, this_val); \
  if (!t)                                \
    return JS_EXCEPTION;                 \
  uint32_t len = ta_len(t);              \
  (void)len

NATIVE(ta_get_buffer) {
  UNUSED_ARGS;
  THIS_TA_ANY();
  return t->buffer;
}

NATIVE(ta_get_byte_length) {
  UNUSED_ARGS;
  THIS_TA_ANY();
  return js_number((double)len * kind_size[t->kind]);
}

NATIVE(ta_get_byte_offset) {
  UNUSED_ARGS;
  THIS_TA_ANY();
  JsArrayBuf *b = buf_of(t->buffer);
  return js_number(b && !b->detached ? (double)t->offset : 0);
}

NATIVE(ta_get_length) {
  UNUSED_ARGS;
  THIS_TA_ANY();
  return js_number(len);
}

NATIVE(ta_get_tag) {
  UNUSED_ARGS;
  JsTyped *t = typed_of(this_val);
  if (!t)
    return JS_UNDEFINED;
  return js_atom_cstr(rt, kind_names[t->kind]);
}

// Relative index (#sec-array.prototype.slice steps): clamps to [0, len].
static int rel_index(JsRt *rt, JsValue v, uint32_t len, double dflt, uint32_t *out) {
  double d = dflt;
  if (!js_is_undefined(v) && js_to_integer(rt, v, &d) < 0)
    return -1;
  if (d < 0)
    d = d + len < 0 ? 0 : d + len;
  else if (d > len)
    d = len;
  *out = (uint32_t)d;
  return 0;
}

NATIVE(ta_set) {
  UNUSED_ARGS;
  THIS_TA();
  JsValue src = js_arg(argc, argv, 0);
  double off = 0;
  if (js_to_integer(rt, js_arg(argc, argv, 1), &off) < 0)
    return JS_EXCEPTION;
  if (off < 0)
    return js_throw_range_error(rt, "offset is out of bounds");
  if (t->b->detached)
    return js_throw_type_error(rt, "Cannot perform %%TypedArray%%.prototype.set on a detached ArrayBuffer");
  len = ta_len(t);
  JsTyped *s = typed_of(src);
  if (s) {
    uint32_t n = ta_len(s);
    if (off + n > len)
      return js_throw_range_error(rt, "offset is out of bounds");
    if (s->kind == t->kind || (kind_size[s->kind] == 1 && kind_size[t->kind] == 1 &&
                               t->kind != K_U8C)) {
      memmove(ta_ptr(t, (uint32_t)off), s->data, (size_t)n * kind_size[t->kind]);
      return JS_UNDEFINED;
    }
    double *tmp = js_gc_alloc_atomic((n ? n : 1) * sizeof(double));
    for (uint32_t i = 0; i < n; i++)
      tmp[i] = ta_read(s, i);
    for (uint32_t i = 0; i < n; i++)
      ta_write(t, (uint32_t)off + i, tmp[i]);
    return JS_UNDEFINED;
  }
  JsValue o = js_to_object(rt, src);
  if (js_is_exception(o))
    return o;
  double n;
  if (js_length_of(rt, o, &n) < 0)
    return JS_EXCEPTION;
  if (off + n > len)
    return js_throw_range_error(rt, "offset is out of bounds");
  for (uint32_t i = 0; i < (uint32_t)n; i++) {
    JsValue v = js_get_index(rt, o, i);
    if (js_is_exception(v) || js_typed_set(rt, this_val, (uint32_t)off + i, v) < 0)
      return JS_EXCEPTION;
  }
  return JS_UNDEFINED;
}

NATIVE(ta_subarray) {
  UNUSED_ARGS;
  THIS_TA();
  uint32_t begin, end;
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, &begin) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), len, len, &end) < 0)
    return JS_EXCEPTION;
  uint32_t n = end > begin ? end - begin : 0;
  size_t off = t->offset + (size_t)begin * kind_size[t->kind];
  JsValue c = JS_UNDEFINED, proto = JS_UNDEFINED;
  switch (species_of(rt, this_val, t, &c, &proto)) {
  case -1: return JS_EXCEPTION;
  case 0: return make_typed(rt, ta_protos[t->kind], t->kind, t->buffer, off, n);
  case 1: return make_typed(rt, proto, t->kind, t->buffer, off, n);
  default: {
    JsValue args[3] = {t->buffer, js_number((double)off), js_number(n)};
    return species_construct(rt, c, 3, args, n);
  }
  }
}

NATIVE(ta_slice) {
  UNUSED_ARGS;
  THIS_TA();
  uint32_t begin, end;
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, &begin) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), len, len, &end) < 0)
    return JS_EXCEPTION;
  uint32_t n = end > begin ? end - begin : 0;
  JsValue r = species_create_len(rt, this_val, t, n);
  if (js_is_exception(r))
    return r;
  JsTyped *rt_ = typed_of(r);
  len = ta_len(t);
  if (rt_->kind == t->kind && n) {
    uint32_t m = begin < len ? (len - begin < n ? len - begin : n) : 0;
    memmove(rt_->data, ta_ptr(t, begin), (size_t)m * kind_size[t->kind]);
    return r;
  }
  for (uint32_t i = 0; i < n && begin + i < len; i++)
    ta_write(rt_, i, ta_read(t, begin + i));
  return r;
}

NATIVE(ta_fill) {
  UNUSED_ARGS;
  THIS_TA();
  double d;
  if (js_to_double(rt, js_arg(argc, argv, 0), &d) < 0)
    return JS_EXCEPTION;
  uint32_t begin, end;
  if (rel_index(rt, js_arg(argc, argv, 1), len, 0, &begin) < 0 ||
      rel_index(rt, js_arg(argc, argv, 2), len, len, &end) < 0)
    return JS_EXCEPTION;
  len = ta_len(t);
  if (len == 0 && buf_of(t->buffer)->detached)
    return js_throw_type_error(rt, "Cannot perform %%TypedArray%%.prototype.fill on a detached ArrayBuffer");
  for (uint32_t i = begin; i < end && i < len; i++)
    ta_write(t, i, d);
  return this_val;
}

// indexOf / lastIndexOf / includes.
static JsValue search(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv, int mode) {
  THIS_TA();
  if (len == 0)
    return mode == 2 ? JS_FALSE : js_int(-1);
  double from = mode == 1 ? (double)len - 1 : 0;
  if (argc > 1 && js_to_integer(rt, argv[1], &from) < 0)
    return JS_EXCEPTION;
  len = ta_len(t);
  JsValue target = js_arg(argc, argv, 0);
  bool is_num = js_is_number(target);
  double x = is_num ? js_get_number(target) : 0;
  if (mode == 1) {
    if (from < 0)
      from += len;
    if (from >= len)
      from = (double)len - 1;
    for (double i = from; i >= 0; i--)
      if (is_num && ta_read(t, (uint32_t)i) == x)
        return js_number(i);
    return js_int(-1);
  }
  if (from < 0)
    from = from + len < 0 ? 0 : from + len;
  for (double i = from; i < len; i++) {
    if (!is_num)
      break;
    double v = ta_read(t, (uint32_t)i);
    if (v == x || (mode == 2 && v != v && x != x))
      return mode == 2 ? JS_TRUE : js_number(i);
  }
  if (mode == 2 && js_is_undefined(target) && from < (double)t->length && len < t->length)
    return JS_TRUE;
  return mode == 2 ? JS_FALSE : js_int(-1);
}

NATIVE(ta_index_of) { UNUSED_ARGS; return search(rt, callee, this_val, argc, argv, 0); }
NATIVE(ta_last_index_of) { UNUSED_ARGS; return search(rt, callee, this_val, argc, argv, 1); }
NATIVE(ta_includes) { UNUSED_ARGS; return search(rt, callee, this_val, argc, argv, 2); }

NATIVE(ta_join) {
  UNUSED_ARGS;
  THIS_TA();
  JsValue sep = js_arg(argc, argv, 0);
  if (js_is_undefined(sep))
    sep = js_atom_cstr(rt, ",");
  else {
    sep = js_to_string(rt, sep);
    if (js_is_exception(sep))
      return sep;
  }
  len = ta_len(t);
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < len; i++) {
    if (i)
      js_sb_put_str(rt, &sb, js_str(sep));
    if (i < ta_len(t) && js_sb_put_value(rt, &sb, ta_read_val(t, i)) < 0)
      return JS_EXCEPTION;
  }
  return js_sb_finish(rt, &sb);
}

NATIVE(ta_to_locale_string) {
  UNUSED_ARGS;
  JsValue sep = JS_UNDEFINED;
  return ta_join(rt, callee, this_val, 1, &sep, JS_UNDEFINED);
}

static JsValue check_fn(JsRt *rt, JsValue f) {
  if (!js_is_callable(f))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, f));
  return f;
}

// Calls fn(elem, i, this) for each element; op: 0 forEach, 1 every, 2 some,
// 3 find, 4 findIndex, 5 findLast, 6 findLastIndex.
static JsValue iterate(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv, int op) {
  THIS_TA();
  JsValue fn = check_fn(rt, js_arg(argc, argv, 0));
  if (js_is_exception(fn))
    return fn;
  JsValue this_arg = js_arg(argc, argv, 1);
  bool back = op == 5 || op == 6;
  for (uint32_t k = 0; k < len; k++) {
    uint32_t i = back ? len - 1 - k : k;
    JsValue v = JS_UNDEFINED;
    js_typed_get(this_val, i, &v);
    JsValue args[3] = {v, js_int((int32_t)i), this_val};
    JsValue r = js_call(rt, fn, this_arg, 3, args);
    if (js_is_exception(r))
      return r;
    bool b = op ? js_truthy(rt, r) : false;
    if (op == 1 && !b)
      return JS_FALSE;
    if (op == 2 && b)
      return JS_TRUE;
    if ((op == 3 || op == 5) && b)
      return v;
    if ((op == 4 || op == 6) && b)
      return js_int((int32_t)i);
  }
  switch (op) {
  case 1: return JS_TRUE;
  case 2: return JS_FALSE;
  case 4:
  case 6: return js_int(-1);
  default: return JS_UNDEFINED;
  }
}

NATIVE(ta_for_each) { UNUSED_ARGS; return iterate(rt, callee, this_val, argc, argv, 0); }
NATIVE(ta_every) { UNUSED_ARGS; return iterate(rt, callee, this_val, argc, argv, 1); }
NATIVE(ta_some) { UNUSED_ARGS; return iterate(rt, callee, this_val, argc, argv, 2); }
NATIVE(ta_find) { UNUSED_ARGS; return iterate(rt, callee, this_val, argc, argv, 3); }
NATIVE(ta_find_index) { UNUSED_ARGS; return iterate(rt, callee, this_val, argc, argv, 4); }
NATIVE(ta_find_last) { UNUSED_ARGS; return iterate(rt, callee, this_val, argc, argv, 5); }
NATIVE(ta_find_last_index) { UNUSED_ARGS; return iterate(rt, callee, this_val, argc, argv, 6); }

NATIVE(ta_map) {
  UNUSED_ARGS;
  THIS_TA();
  JsValue fn = check_fn(rt, js_arg(argc, argv, 0));
  if (js_is_exception(fn))
    return fn;
  JsValue r = species_create_len(rt, this_val, t, len);
  if (js_is_exception(r))
    return r;
  for (uint32_t i = 0; i < len; i++) {
    JsValue v = JS_UNDEFINED;
    js_typed_get(this_val, i, &v);
    JsValue args[3] = {v, js_int((int32_t)i), this_val};
    JsValue m = js_call(rt, fn, js_arg(argc, argv, 1), 3, args);
    if (js_is_exception(m) || js_typed_set(rt, r, i, m) < 0)
      return JS_EXCEPTION;
  }
  return r;
}

NATIVE(ta_filter) {
  UNUSED_ARGS;
  THIS_TA();
  JsValue fn = check_fn(rt, js_arg(argc, argv, 0));
  if (js_is_exception(fn))
    return fn;
  JsValue *kept = js_gc_alloc((len ? len : 1) * sizeof(JsValue));
  uint32_t n = 0;
  for (uint32_t i = 0; i < len; i++) {
    JsValue v = JS_UNDEFINED;
    js_typed_get(this_val, i, &v);
    JsValue args[3] = {v, js_int((int32_t)i), this_val};
    JsValue m = js_call(rt, fn, js_arg(argc, argv, 1), 3, args);
    if (js_is_exception(m))
      return m;
    if (js_truthy(rt, m))
      kept[n++] = v;
  }
  JsValue r = species_create_len(rt, this_val, t, n);
  if (js_is_exception(r) || fill_from_list(rt, r, kept, n) < 0)
    return JS_EXCEPTION;
  return r;
}

static JsValue reduce(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv, bool right) {
  THIS_TA();
  JsValue fn = check_fn(rt, js_arg(argc, argv, 0));
  if (js_is_exception(fn))
    return fn;
  uint32_t k = 0;
  JsValue acc;
  if (argc > 1) {
    acc = argv[1];
  } else {
    if (len == 0)
      return js_throw_type_error(rt, "Reduce of empty array with no initial value");
    acc = ta_read_val(t, right ? len - 1 : 0);
    k = 1;
  }
  for (; k < len; k++) {
    uint32_t i = right ? len - 1 - k : k;
    JsValue v = JS_UNDEFINED;
    js_typed_get(this_val, i, &v);
    JsValue args[4] = {acc, v, js_int((int32_t)i), this_val};
    acc = js_call(rt, fn, JS_UNDEFINED, 4, args);
    if (js_is_exception(acc))
      return acc;
  }
  return acc;
}

NATIVE(ta_reduce) { UNUSED_ARGS; return reduce(rt, callee, this_val, argc, argv, false); }
NATIVE(ta_reduce_right) { UNUSED_ARGS; return reduce(rt, callee, this_val, argc, argv, true); }

NATIVE(ta_reverse) {
  UNUSED_ARGS;
  THIS_TA();
  for (uint32_t i = 0, j = len ? len - 1 : 0; i < j; i++, j--) {
    double a = ta_read(t, i);
    ta_write(t, i, ta_read(t, j));
    ta_write(t, j, a);
  }
  return this_val;
}

// Default numeric order: NaN last, -0 before +0.
static int cmp_default(double a, double b) {
  if (a != a)
    return b != b ? 0 : 1;
  if (b != b)
    return -1;
  if (a < b)
    return -1;
  if (a > b)
    return 1;
  if (a == 0 && b == 0) {
    bool na = signbit(a), nb = signbit(b);
    return na == nb ? 0 : na ? -1 : 1;
  }
  return 0;
}

// Stable merge sort of [v] with a comparator that may throw (returns -1).
static int merge_sort(JsRt *rt, double *v, double *tmp, uint32_t n, JsValue fn) {
  for (uint32_t w = 1; w < n; w *= 2) {
    for (uint32_t lo = 0; lo < n; lo += 2 * w) {
      uint32_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        int c;
        if (js_is_undefined(fn)) {
          c = cmp_default(v[j], v[i]);
        } else {
          JsValue args[2] = {js_number(v[j]), js_number(v[i])};
          JsValue r = js_call(rt, fn, JS_UNDEFINED, 2, args);
          double d;
          if (js_is_exception(r) || js_to_double(rt, r, &d) < 0)
            return -1;
          c = d < 0 ? -1 : 0;
        }
        tmp[k++] = c < 0 ? v[j++] : v[i++];
      }
      while (i < mid)
        tmp[k++] = v[i++];
      while (j < hi)
        tmp[k++] = v[j++];
    }
    memcpy(v, tmp, n * sizeof(double));
  }
  return 0;
}

NATIVE(ta_sort) {
  UNUSED_ARGS;
  JsValue fn = js_arg(argc, argv, 0);
  if (!js_is_undefined(fn) && !js_is_callable(fn))
    return js_throw_type_error(rt, "The comparison function must be either a function or undefined");
  THIS_TA();
  double *v = js_gc_alloc_atomic((len ? len : 1) * sizeof(double));
  double *tmp = js_gc_alloc_atomic((len ? len : 1) * sizeof(double));
  for (uint32_t i = 0; i < len; i++)
    v[i] = ta_read(t, i);
  if (merge_sort(rt, v, tmp, len, fn) < 0)
    return JS_EXCEPTION;
  uint32_t now = ta_len(t);
  for (uint32_t i = 0; i < len && i < now; i++)
    ta_write(t, i, v[i]);
  return this_val;
}

NATIVE(ta_to_sorted) {
  UNUSED_ARGS;
  JsValue fn = js_arg(argc, argv, 0);
  if (!js_is_undefined(fn) && !js_is_callable(fn))
    return js_throw_type_error(rt, "The comparison function must be either a function or undefined");
  THIS_TA();
  JsValue r = same_kind(rt, t, len);
  if (js_is_exception(r))
    return r;
  JsTyped *rt_ = typed_of(r);
  for (uint32_t i = 0; i < len; i++)
    ta_write(rt_, i, ta_read(t, i));
  return ta_sort(rt, callee, r, argc, argv, new_target);
}

NATIVE(ta_at) {
  UNUSED_ARGS;
  THIS_TA();
  double d;
  if (js_to_integer(rt, js_arg(argc, argv, 0), &d) < 0)
    return JS_EXCEPTION;
  if (d < 0)
    d += len;
  JsValue v = JS_UNDEFINED;
  if (d >= 0 && d < len)
    js_typed_get(this_val, (uint32_t)d, &v);
  return v;
}

NATIVE(ta_copy_within) {
  UNUSED_ARGS;
  THIS_TA();
  uint32_t to, from, end;
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, &to) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), len, 0, &from) < 0 ||
      rel_index(rt, js_arg(argc, argv, 2), len, len, &end) < 0)
    return JS_EXCEPTION;
  uint32_t now = ta_len(t);
  if (end > now)
    end = now;
  if (end <= from || to >= now)
    return this_val;
  uint32_t n = end - from;
  if (n > now - to)
    n = now - to;
  uint32_t sz = kind_size[t->kind];
  memmove(ta_ptr(t, to), ta_ptr(t, from), (size_t)n * sz);
  return this_val;
}

static JsValue make_iter(JsRt *rt, JsValue callee, JsValue this_val, int kind) {
  JsTyped *t = this_valid(rt, this_val, callee);
  if (!t)
    return JS_EXCEPTION;
  return js_new_array_iterator(rt, this_val, kind);
}

NATIVE(ta_keys) { UNUSED_ARGS; return make_iter(rt, callee, this_val, 0); }
NATIVE(ta_values) { UNUSED_ARGS; return make_iter(rt, callee, this_val, 1); }
NATIVE(ta_entries) { UNUSED_ARGS; return make_iter(rt, callee, this_val, 2); }

static const JsNativeDef ta_proto_funcs[] = {
    JS_GETTER("buffer", ta_get_buffer),
    JS_GETTER("byteLength", ta_get_byte_length),
    JS_GETTER("byteOffset", ta_get_byte_offset),
    JS_GETTER("length", ta_get_length),
    JS_GETTER("[Symbol.toStringTag]", ta_get_tag),
    JS_FN("set", ta_set, 1),
    JS_FN("subarray", ta_subarray, 2),
    JS_FN("slice", ta_slice, 2),
    JS_FN("fill", ta_fill, 1),
    JS_FN("indexOf", ta_index_of, 1),
    JS_FN("lastIndexOf", ta_last_index_of, 1),
    JS_FN("includes", ta_includes, 1),
    JS_FN("join", ta_join, 1),
    JS_FN("toLocaleString", ta_to_locale_string, 0),
    JS_FN("forEach", ta_for_each, 1),
    JS_FN("map", ta_map, 1),
    JS_FN("filter", ta_filter, 1),
    JS_FN("reduce", ta_reduce, 1),
    JS_FN("reduceRight", ta_reduce_right, 1),
    JS_FN("every", ta_every, 1),
    JS_FN("some", ta_some, 1),
    JS_FN("find", ta_find, 1),
    JS_FN("findIndex", ta_find_index, 1),
    JS_FN("findLast", ta_find_last, 1),
    JS_FN("findLastIndex", ta_find_last_index, 1),
    JS_FN("reverse", ta_reverse, 0),
    JS_FN("sort", ta_sort, 1),
    JS_FN("toSorted", ta_to_sorted, 1),
    JS_FN("at", ta_at, 1),
    JS_FN("copyWithin", ta_copy_within, 2),
    JS_FN("keys", ta_keys, 0),
    JS_FN("entries", ta_entries, 0),
    JS_FN("values", ta_values, 0),
};

// --- %TypedArray%.from / of ---------------------------------------------------------

static JsValue construct_len(JsRt *rt, JsValue c, uint32_t n) {
  if (!js_is_constructor(c))
    return js_throw_type_error(rt, "%s is not a constructor", js_value_cstr_short(rt, c));
  JsValue arg = js_number(n);
  JsValue r = js_construct(rt, c, 1, &arg, c, NULL);
  if (js_is_exception(r))
    return r;
  if (!typed_of(r))
    return js_throw_type_error(rt, "this is not a typed array.");
  if (ta_len(typed_of(r)) < n)
    return js_throw_type_error(rt, "Derived TypedArray constructor created an array which was too small");
  return r;
}

NATIVE(ta_of) {
  UNUSED_ARGS;
  JsValue r = construct_len(rt, this_val, (uint32_t)argc);
  if (js_is_exception(r))
    return r;
  for (int i = 0; i < argc; i++)
    if (js_is_exception(js_set_index(rt, r, (uint32_t)i, argv[i], true)))
      return JS_EXCEPTION;
  return r;
}

NATIVE(ta_from) {
  UNUSED_ARGS;
  JsValue c = this_val;
  if (!js_is_constructor(c))
    return js_throw_type_error(rt, "%s is not a constructor", js_value_cstr_short(rt, c));
  JsValue src = js_arg(argc, argv, 0), fn = js_arg(argc, argv, 1);
  JsValue this_arg = js_arg(argc, argv, 2);
  if (!js_is_undefined(fn) && !js_is_callable(fn))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, fn));
  JsValue iter = js_get_method(rt, src, rt->sym_iterator);
  if (js_is_exception(iter))
    return iter;
  JsValue *vals;
  uint32_t n;
  JsValue o = src;
  if (!js_is_undefined(iter)) {
    JsValue arr = js_iterable_to_array(rt, src);
    if (js_is_exception(arr))
      return arr;
    n = js_obj(arr)->elem_len;
    vals = js_obj(arr)->elems;
  } else {
    o = js_to_object(rt, src);
    if (js_is_exception(o))
      return o;
    double d;
    if (js_length_of(rt, o, &d) < 0)
      return JS_EXCEPTION;
    n = (uint32_t)d;
    vals = NULL;
  }
  JsValue r = construct_len(rt, c, n);
  if (js_is_exception(r))
    return r;
  for (uint32_t i = 0; i < n; i++) {
    JsValue v = vals ? vals[i] : js_get_index(rt, o, i);
    if (js_is_exception(v))
      return v;
    if (!js_is_undefined(fn)) {
      JsValue args[2] = {v, js_int((int32_t)i)};
      v = js_call(rt, fn, this_arg, 2, args);
      if (js_is_exception(v))
        return v;
    }
    if (js_is_exception(js_set_index(rt, r, i, v, true)))
      return JS_EXCEPTION;
  }
  return r;
}

NATIVE(get_species) {
  UNUSED_ARGS;
  (void)rt;
  return this_val;
}

static const JsNativeDef ta_static_funcs[] = {
    JS_FN("from", ta_from, 1),
    JS_FN("of", ta_of, 0),
    JS_GETTER("[Symbol.species]", get_species),
};

// ---------------------------------------------------------------------------
// ArrayBuffer
// ---------------------------------------------------------------------------

NATIVE(ab_ctor) {
  UNUSED_ARGS;
  if (js_is_undefined(new_target))
    return js_throw_type_error(rt, "Constructor ArrayBuffer requires 'new'");
  double len;
  if (to_index(rt, js_arg(argc, argv, 0), &len, false) < 0)
    return JS_EXCEPTION;
  JsValue proto = rt->array_buffer_proto;
  if (js_is_object(new_target)) {
    JsValue p = js_get_prop(rt, new_target, rt->atom_prototype);
    if (js_is_exception(p))
      return p;
    if (js_is_object(p))
      proto = p;
  }
  if (len > MAX_BYTES)
    return js_throw_range_error(rt, "Array buffer allocation failed");
  return new_buffer_proto(rt, proto, (size_t)len);
}

static JsArrayBuf *this_buf(JsRt *rt, JsValue v, const char *method) {
  JsArrayBuf *b = buf_of(v);
  if (!b)
    js_throw_type_error(rt, "Method ArrayBuffer.prototype.%s called on incompatible receiver %s",
                        method, js_value_cstr_short(rt, v));
  return b;
}

NATIVE(ab_byte_length) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "byteLength");
  if (!b)
    return JS_EXCEPTION;
  return js_number((double)b->len);
}

NATIVE(ab_detached) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "detached");
  if (!b)
    return JS_EXCEPTION;
  return js_bool(b->detached);
}

NATIVE(ab_slice) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "slice");
  if (!b)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
  uint32_t len = (uint32_t)b->len, begin, end;
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, &begin) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), len, len, &end) < 0)
    return JS_EXCEPTION;
  uint32_t n = end > begin ? end - begin : 0;
  // SpeciesConstructor(O, %ArrayBuffer%)
  JsValue c = js_get_prop(rt, this_val, rt->atom_constructor);
  if (js_is_exception(c))
    return c;
  JsValue r;
  if (!js_is_undefined(c)) {
    if (!js_is_object(c))
      return js_throw_type_error(rt, "object.constructor is not an object");
    c = js_get_prop(rt, c, rt->sym_species);
    if (js_is_exception(c))
      return c;
  }
  if (js_is_nullish(c) || c == ab_ctor_fn) {
    r = new_buffer_proto(rt, rt->array_buffer_proto, n);
  } else {
    JsValue arg = js_number(n);
    r = js_construct(rt, c, 1, &arg, c, "object.constructor[Symbol.species]");
    if (js_is_exception(r))
      return r;
    JsArrayBuf *nb = buf_of(r);
    if (!nb)
      return js_throw_type_error(rt, "Method ArrayBuffer.prototype.slice called on incompatible receiver %s",
                                 js_value_cstr_short(rt, r));
    if (nb->detached)
      return js_throw_type_error(rt, "Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
    if (r == this_val)
      return js_throw_type_error(rt, "ArrayBuffer subclass returned this from species constructor");
    if (nb->len < n)
      return js_throw_type_error(rt, "Species constructor returned a too-small ArrayBuffer");
  }
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
  if (n && begin + n <= b->len)
    memcpy(buf_of(r)->data, b->data + begin, n);
  return r;
}

// transfer / transferToFixedLength: the contents move to a new buffer of
// [newLength] bytes (zero-filled past the old end); this one is detached.
NATIVE(ab_transfer) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "transfer");
  if (!b)
    return JS_EXCEPTION;
  double n = (double)b->len;
  JsValue nl = js_arg(argc, argv, 0);
  if (!js_is_undefined(nl) && to_index(rt, nl, &n, false) < 0)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform ArrayBuffer.prototype.transfer on a detached ArrayBuffer");
  if (n > MAX_BYTES)
    return js_throw_range_error(rt, "Array buffer allocation failed");
  JsValue r = new_buffer_proto(rt, rt->array_buffer_proto, (size_t)n);
  size_t keep = (size_t)n < b->len ? (size_t)n : b->len;
  if (keep)
    memcpy(buf_of(r)->data, b->data, keep);
  js_detach_array_buffer(this_val);
  return r;
}

NATIVE(ab_resizable) {
  UNUSED_ARGS;
  if (!this_buf(rt, this_val, "resizable"))
    return JS_EXCEPTION;
  return JS_FALSE;
}

NATIVE(ab_max_byte_length) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "maxByteLength");
  if (!b)
    return JS_EXCEPTION;
  return js_number((double)b->len);
}

NATIVE(ab_is_view) {
  UNUSED_ARGS;
  (void)rt;
  JsClassId c = js_class_of(js_arg(argc, argv, 0));
  return js_bool(c == JS_CLASS_TYPED_ARRAY || c == JS_CLASS_DATA_VIEW);
}

static const JsNativeDef ab_proto_funcs[] = {
    JS_GETTER("byteLength", ab_byte_length),
    JS_GETTER("detached", ab_detached),
    JS_GETTER("resizable", ab_resizable),
    JS_GETTER("maxByteLength", ab_max_byte_length),
    JS_FN("slice", ab_slice, 2),
    JS_FN("transfer", ab_transfer, 0),
    JS_FN("transferToFixedLength", ab_transfer, 0),
};

static const JsNativeDef ab_static_funcs[] = {
    JS_FN("isView", ab_is_view, 1),
    JS_GETTER("[Symbol.species]", get_species),
};

// ---------------------------------------------------------------------------
// DataView (#sec-dataview-objects)
// ---------------------------------------------------------------------------

static JsValue dv_proto;

NATIVE(dv_ctor) {
  UNUSED_ARGS;
  if (js_is_undefined(new_target))
    return js_throw_type_error(rt, "Constructor DataView requires 'new'");
  JsValue buffer = js_arg(argc, argv, 0);
  JsArrayBuf *b = buf_of(buffer);
  if (!b)
    return js_throw_type_error(rt, "First argument to DataView constructor must be an ArrayBuffer");
  double off, len;
  if (to_index(rt, js_arg(argc, argv, 1), &off, false) < 0)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform DataView constructor on a detached ArrayBuffer");
  char num[40];
  if (off > (double)b->len) {
    js_dtoa(off, num);
    return js_throw_range_error(rt, "Start offset %s is outside the bounds of the buffer", num);
  }
  JsValue lv = js_arg(argc, argv, 2);
  if (js_is_undefined(lv)) {
    len = (double)b->len - off;
  } else {
    if (to_index(rt, lv, &len, false) < 0)
      return JS_EXCEPTION;
    if (off + len > (double)b->len) {
      js_dtoa(len, num);
      return js_throw_range_error(rt, "Invalid DataView length %s", num);
    }
  }
  JsValue proto = dv_proto;
  if (js_is_object(new_target)) {
    JsValue p = js_get_prop(rt, new_target, rt->atom_prototype);
    if (js_is_exception(p))
      return p;
    if (js_is_object(p))
      proto = p;
  }
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_DATA_VIEW);
  JsDataView *dv = js_gc_alloc(sizeof(JsDataView));
  dv->buffer = buffer;
  dv->b = b;
  dv->offset = (size_t)off;
  dv->length = (size_t)len;
  o->internal = dv;
  return js_from_cell(o);
}

static JsDataView *this_dv(JsRt *rt, JsValue v, const char *what) {
  if (js_class_of(v) != JS_CLASS_DATA_VIEW) {
    js_throw_type_error(rt, "Method DataView.prototype.%s called on incompatible receiver %s",
                        what, js_value_cstr_short(rt, v));
    return NULL;
  }
  return js_obj(v)->internal;
}

NATIVE(dv_buffer) {
  UNUSED_ARGS;
  JsDataView *dv = this_dv(rt, this_val, "buffer");
  return dv ? dv->buffer : JS_EXCEPTION;
}

NATIVE(dv_byte_length) {
  UNUSED_ARGS;
  JsDataView *dv = this_dv(rt, this_val, "byteLength");
  if (!dv)
    return JS_EXCEPTION;
  if (dv->b->detached)
    return js_throw_type_error(rt, "Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer");
  return js_number((double)dv->length);
}

NATIVE(dv_byte_offset) {
  UNUSED_ARGS;
  JsDataView *dv = this_dv(rt, this_val, "byteOffset");
  if (!dv)
    return JS_EXCEPTION;
  if (dv->b->detached)
    return js_throw_type_error(rt, "Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer");
  return js_number((double)dv->offset);
}

// Element types of DataView get/set: the K_* kinds (no clamped) and two
// BigInt kinds.
enum { DV_BIG64 = K__COUNT, DV_BIGU64 };

// GetViewValue / SetViewValue (#sec-getviewvalue): [set] stores argv[1].
static JsValue dv_access(JsRt *rt, JsValue this_val, int argc, JsValue *argv, int kind,
                         const char *name, bool set) {
  JsDataView *dv = this_dv(rt, this_val, name);
  if (!dv)
    return JS_EXCEPTION;
  double idx;
  if (to_index(rt, js_arg(argc, argv, 0), &idx, false) < 0) {
    js_take_exception(rt);
    return js_throw_range_error(rt, "Offset is outside the bounds of the DataView");
  }
  bool big = kind >= DV_BIG64;
  double d = 0;
  JsValue bv = JS_UNDEFINED;
  if (set) {
    if (big) {
      bv = js_to_bigint(rt, js_arg(argc, argv, 1));
      if (js_is_exception(bv))
        return bv;
    } else if (js_to_double(rt, js_arg(argc, argv, 1), &d) < 0) {
      return JS_EXCEPTION;
    }
  }
  bool le = js_truthy(rt, js_arg(argc, argv, set ? 2 : 1));
  if (dv->b->detached)
    return js_throw_type_error(rt, "Cannot perform DataView.prototype.%s on a detached ArrayBuffer",
                               name);
  size_t size = big ? 8 : kind_size[kind];
  if (idx + (double)size > (double)dv->length)
    return js_throw_range_error(rt, "Offset is outside the bounds of the DataView");
  uint8_t *p = dv->b->data + dv->offset + (size_t)idx, tmp[8];
  // Elements are stored host order (little-endian) in a scratch typed element.
  JsTyped t = {0};
  t.data = tmp;
  t.kind = big ? K_F64 : kind;
  if (set) {
    if (big) {
      uint64_t u = js_bigint_to_uint64(bv);
      memcpy(tmp, &u, 8);
    } else {
      ta_write(&t, 0, d);
    }
    for (size_t i = 0; i < size; i++)
      p[le ? i : size - 1 - i] = tmp[i];
    return JS_UNDEFINED;
  }
  for (size_t i = 0; i < size; i++)
    tmp[i] = p[le ? i : size - 1 - i];
  if (big) {
    uint64_t u;
    memcpy(&u, tmp, 8);
    return kind == DV_BIG64 ? js_bigint_from_int64(rt, (int64_t)u) : js_bigint_from_uint64(rt, u);
  }
  return ta_read_val(&t, 0);
}

#define DV_METHODS(Name, kind)                                                      \
  NATIVE(dv_get_##Name) {                                                          \
    UNUSED_ARGS;                                                                   \
    return dv_access(rt, this_val, argc, argv, kind, "get" #Name, false);          \
  }                                                                                \
  NATIVE(dv_set_##Name) {                                                          \
    UNUSED_ARGS;                                                                   \
    return dv_access(rt, this_val, argc, argv, kind, "set" #Name, true);           \
  }
DV_METHODS(Int8, K_I8)
DV_METHODS(Uint8, K_U8)
DV_METHODS(Int16, K_I16)
DV_METHODS(Uint16, K_U16)
DV_METHODS(Int32, K_I32)
DV_METHODS(Uint32, K_U32)
DV_METHODS(Float32, K_F32)
DV_METHODS(Float64, K_F64)
DV_METHODS(BigInt64, DV_BIG64)
DV_METHODS(BigUint64, DV_BIGU64)

static const JsNativeDef dv_proto_funcs[] = {
    JS_GETTER("buffer", dv_buffer),
    JS_GETTER("byteLength", dv_byte_length),
    JS_GETTER("byteOffset", dv_byte_offset),
    JS_FN("getInt8", dv_get_Int8, 1),
    JS_FN("setInt8", dv_set_Int8, 2),
    JS_FN("getUint8", dv_get_Uint8, 1),
    JS_FN("setUint8", dv_set_Uint8, 2),
    JS_FN("getInt16", dv_get_Int16, 1),
    JS_FN("setInt16", dv_set_Int16, 2),
    JS_FN("getUint16", dv_get_Uint16, 1),
    JS_FN("setUint16", dv_set_Uint16, 2),
    JS_FN("getInt32", dv_get_Int32, 1),
    JS_FN("setInt32", dv_set_Int32, 2),
    JS_FN("getUint32", dv_get_Uint32, 1),
    JS_FN("setUint32", dv_set_Uint32, 2),
    JS_FN("getFloat32", dv_get_Float32, 1),
    JS_FN("setFloat32", dv_set_Float32, 2),
    JS_FN("getFloat64", dv_get_Float64, 1),
    JS_FN("setFloat64", dv_set_Float64, 2),
    JS_FN("getBigInt64", dv_get_BigInt64, 1),
    JS_FN("setBigInt64", dv_set_BigInt64, 2),
    JS_FN("getBigUint64", dv_get_BigUint64, 1),
    JS_FN("setBigUint64", dv_set_BigUint64, 2),
};

// ---------------------------------------------------------------------------

static void define_global(JsRt *rt, const char *name, JsValue v) {
  js_define_value(rt, rt->global, js_atom_cstr(rt, name), v,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

// Integer-indexed exotic objects: object.c reaches the elements through
// this table.
static const JsClassOps typed_ops = {
    .elem_length = js_typed_length,
    .elem_get = js_typed_get,
    .elem_set = js_typed_set,
};

void stdlib_typedarray_init(JsRt *rt) {
  js_register_class_ops(JS_CLASS_TYPED_ARRAY, &typed_ops);
  // ArrayBuffer
  if (!js_is_object(rt->array_buffer_proto))
    rt->array_buffer_proto = js_new_object(rt);
  JsValue ab = js_new_native_ctor(rt, ab_ctor, "ArrayBuffer", 1, rt->array_buffer_proto);
  ab_ctor_fn = ab;
  JS_INSTALL(rt, rt->array_buffer_proto, ab_proto_funcs);
  JS_INSTALL(rt, ab, ab_static_funcs);
  js_define_value(rt, rt->array_buffer_proto, rt->sym_to_string_tag,
                  js_atom_cstr(rt, "ArrayBuffer"), JS_PROP_CONFIGURABLE);
  define_global(rt, "ArrayBuffer", ab);

  // DataView
  dv_proto = js_new_object(rt);
  JsValue dv = js_new_native_ctor(rt, dv_ctor, "DataView", 1, dv_proto);
  JS_INSTALL(rt, dv_proto, dv_proto_funcs);
  js_define_value(rt, dv_proto, rt->sym_to_string_tag, js_atom_cstr(rt, "DataView"),
                  JS_PROP_CONFIGURABLE);
  define_global(rt, "DataView", dv);

  // %TypedArray%
  typed_array_proto = js_new_object(rt);
  typed_array_ctor = js_new_native_ctor(rt, typed_array_abstract, "TypedArray", 0,
                                        typed_array_proto);
  JS_INSTALL(rt, typed_array_proto, ta_proto_funcs);
  JS_INSTALL(rt, typed_array_ctor, ta_static_funcs);
  JsValue values = js_get_prop(rt, typed_array_proto, js_atom_cstr(rt, "values"));
  js_define_value(rt, typed_array_proto, rt->sym_iterator, values,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  JsValue to_string = js_get_prop(rt, rt->array_proto, rt->atom_to_string);
  js_define_value(rt, typed_array_proto, rt->atom_to_string, to_string,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);

  JsValue bpe = js_atom_cstr(rt, "BYTES_PER_ELEMENT");
  for (int k = 0; k < K__COUNT; k++) {
    JsValue proto = js_new_object_proto(rt, typed_array_proto);
    JsValue ctor = js_new_native_ctor(rt, kind_ctor_fns[k], kind_names[k], 3, proto);
    js_set_proto(rt, ctor, typed_array_ctor);
    js_define_value(rt, ctor, bpe, js_int((int32_t)kind_size[k]), 0);
    js_define_value(rt, proto, bpe, js_int((int32_t)kind_size[k]), 0);
    ta_protos[k] = proto;
    ta_ctors[k] = ctor;
    define_global(rt, kind_names[k], ctor);
  }
}
