// SPDX-License-Identifier: MIT
//
// typedarray.c: ArrayBuffer and SharedArrayBuffer (ECMA-262
// #sec-arraybuffer-objects, #sec-sharedarraybuffer-objects), the typed
// arrays (#sec-typedarray-objects): %TypedArray%, its prototype and the
// eleven element kinds Int8 .. BigUint64, and DataView.
//
// A buffer (JS_CLASS_ARRAY_BUFFER, shared or not) keeps a JsArrayBuf in
// `internal`: atomic GC bytes, zeroed. A resizable (growable) buffer has a
// maximum length; its bytes may move when it grows past what was allocated,
// so views keep the buffer record and an offset, never a data pointer. A
// typed array (JS_CLASS_TYPED_ARRAY) keeps a JsTyped: buffer, byte offset,
// element count (or "length-tracking" on a resizable buffer) and kind.
// Integer-indexed element access goes through js_typed_get / js_typed_set,
// which runtime/object.c calls for index keys on typed arrays. A view whose
// buffer was detached or shrank below its end is out of bounds: its length
// reads 0 and the methods that validate it throw TypeError.
//
// DataView (JS_CLASS_DATA_VIEW) keeps a JsDataView: buffer, offset, length
// (or length-tracking). The methods follow the specification's order of
// coercions and checks; messages are V8's.
#include "internal.h"

#include <math.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct JsArrayBuf {
  uint8_t *data;
  size_t len;       // current byte length (0 once detached)
  size_t max_len;   // resizable / growable: maxByteLength
  size_t cap;       // bytes allocated at data
  bool detached, resizable, shared;
} JsArrayBuf;

enum { K_I8, K_U8, K_U8C, K_I16, K_U16, K_I32, K_U32, K_F32, K_F64, K_BI64, K_BU64, K__COUNT };
#define IS_BIG(k) ((k) >= K_BI64)

static const char *const kind_names[K__COUNT] = {
    "Int8Array",  "Uint8Array",  "Uint8ClampedArray", "Int16Array",    "Uint16Array",
    "Int32Array", "Uint32Array", "Float32Array",      "Float64Array", "BigInt64Array",
    "BigUint64Array"};
static const uint32_t kind_size[K__COUNT] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8};

typedef struct JsTyped {
  JsValue buffer;
  JsArrayBuf *b;    // the buffer's storage record
  size_t offset;    // bytes
  uint32_t length;  // elements (fixed-length views)
  bool tracking;    // length-tracking: the length follows the buffer's
  int kind;
} JsTyped;

static JsValue ta_protos[K__COUNT], ta_ctors[K__COUNT];

// A DataView (JS_CLASS_DATA_VIEW): a window on a buffer's bytes.
typedef struct JsDataView {
  JsValue buffer;
  JsArrayBuf *b;
  size_t offset, length;  // bytes
  bool tracking;
} JsDataView;
static JsValue typed_array_ctor, typed_array_proto, ab_ctor_fn, sab_ctor_fn, sab_proto;

#define MAX_BYTES ((double)0x7fffffff)
// The largest maxByteLength (V8's); growing past MAX_BYTES fails.
#define MAX_RESIZABLE 4294967296.0
// Resizable buffers up to this maximum get all their bytes at creation.
#define EAGER_MAX ((size_t)1 << 24)

// ---------------------------------------------------------------------------
// Buffers and element storage.
// ---------------------------------------------------------------------------

static JsArrayBuf *buf_of(JsValue v) {
  return js_class_of(v) == JS_CLASS_ARRAY_BUFFER ? js_obj(v)->internal : NULL;
}

static JsTyped *typed_of(JsValue v) {
  return js_class_of(v) == JS_CLASS_TYPED_ARRAY ? js_obj(v)->internal : NULL;
}

// Set once any buffer is detached or made resizable: until then a view's
// length is the one it was made with.
static bool any_unusual;

static JsArrayBuf *alloc_buf(size_t n, size_t cap) {
  JsArrayBuf *b = js_gc_alloc(sizeof(JsArrayBuf));
  if (cap < n)
    cap = n;
  b->data = js_gc_alloc_atomic(cap ? cap : 1);
  memset(b->data, 0, cap ? cap : 1);
  b->len = n;
  b->cap = cap;
  b->max_len = n;
  return b;
}

static JsValue new_buffer_proto(JsRt *rt, JsValue proto, size_t n) {
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_ARRAY_BUFFER);
  o->internal = alloc_buf(n, n);
  return js_from_cell(o);
}

// A resizable (or, shared, growable) buffer of [n] bytes, at most [max].
static JsValue new_resizable(JsRt *rt, JsValue proto, size_t n, size_t max, bool shared) {
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_ARRAY_BUFFER);
  JsArrayBuf *b = alloc_buf(n, max <= EAGER_MAX ? max : n);
  b->max_len = max;
  b->resizable = true;
  b->shared = shared;
  any_unusual = true;
  o->internal = b;
  return js_from_cell(o);
}

// Changes a resizable buffer's length to [n] (at most max_len): new bytes are zero.
static void buf_resize(JsArrayBuf *b, size_t n) {
  if (n > b->cap) {
    size_t cap = b->cap * 2 > n ? b->cap * 2 : n;
    if (cap > b->max_len)
      cap = b->max_len;
    uint8_t *d = js_gc_alloc_atomic(cap);
    memcpy(d, b->data, b->len);
    memset(d + b->len, 0, cap - b->len);
    b->data = d;
    b->cap = cap;
  } else if (n > b->len) {
    memset(b->data + b->len, 0, n - b->len);
  }
  b->len = n;
}

void js_detach_array_buffer(JsValue buf) {
  JsArrayBuf *b = buf_of(buf);
  if (!b || b->shared)
    return;
  any_unusual = true;
  b->detached = true;
  b->len = 0;
  b->cap = 0;
  b->data = NULL;
}

// TypedArrayLength of a witness record (#sec-typedarraylength), with
// IsTypedArrayOutOfBounds in *oob.
static inline uint32_t ta_len_oob(const JsTyped *t, bool *oob) {
  *oob = false;
  if (!any_unusual)
    return t->length;
  const JsArrayBuf *b = t->b;
  if (b->detached || t->offset > b->len) {
    *oob = true;
    return 0;
  }
  uint32_t sz = kind_size[t->kind];
  if (t->tracking)
    return (uint32_t)((b->len - t->offset) / sz);
  if (t->offset + (size_t)t->length * sz > b->len) {
    *oob = true;
    return 0;
  }
  return t->length;
}

static inline uint32_t ta_len(const JsTyped *t) {
  bool oob;
  return ta_len_oob(t, &oob);
}

static inline uint8_t *ta_ptr(const JsTyped *t, uint32_t i) {
  return t->b->data + t->offset + (size_t)i * kind_size[t->kind];
}

// Element at [p] of a number kind as a double.
static double raw_read(int kind, const uint8_t *p) {
  switch (kind) {
  case K_I8: return (int8_t)p[0];
  case K_U8:
  case K_U8C: return p[0];
  case K_I16: { int16_t v; memcpy(&v, p, 2); return v; }
  case K_U16: { uint16_t v; memcpy(&v, p, 2); return v; }
  case K_I32: { int32_t v; memcpy(&v, p, 4); return v; }
  case K_U32: { uint32_t v; memcpy(&v, p, 4); return v; }
  case K_F32: { float v; memcpy(&v, p, 4); return v; }
  case K_F64: { double v; memcpy(&v, p, 8); return v; }
  default: { int64_t v; memcpy(&v, p, 8); return (double)v; }
  }
}

// Element at [p] as a JS value (a BigInt for the BigInt kinds).
static JsValue raw_read_val(JsRt *rt, int kind, const uint8_t *p) {
  switch (kind) {
  case K_I8: return js_int((int8_t)p[0]);
  case K_U8:
  case K_U8C: return js_int(p[0]);
  case K_I16: { int16_t v; memcpy(&v, p, 2); return js_int(v); }
  case K_U16: { uint16_t v; memcpy(&v, p, 2); return js_int(v); }
  case K_I32: { int32_t v; memcpy(&v, p, 4); return js_int(v); }
  case K_BI64: { int64_t v; memcpy(&v, p, 8); return js_bigint_from_int64(rt, v); }
  case K_BU64: { uint64_t v; memcpy(&v, p, 8); return js_bigint_from_uint64(rt, v); }
  default: return js_number(raw_read(kind, p));
  }
}

static double ta_read(const JsTyped *t, uint32_t i) { return raw_read(t->kind, ta_ptr(t, i)); }

static JsValue ta_read_val(JsRt *rt, const JsTyped *t, uint32_t i) {
  return raw_read_val(rt, t->kind, ta_ptr(t, i));
}

static uint8_t clamp_u8(double d) {
  if (!(d > 0))
    return 0;
  if (d >= 255)
    return 255;
  return (uint8_t)nearbyint(d);  // round half to even (default mode)
}

// Stores number [d] at [p] as a number kind.
static void raw_write(int kind, uint8_t *p, double d) {
  switch (kind) {
  case K_I8:
  case K_U8: p[0] = (uint8_t)js_to_uint32_d(d); break;
  case K_U8C: p[0] = clamp_u8(d); break;
  case K_I16:
  case K_U16: { uint16_t v = (uint16_t)js_to_uint32_d(d); memcpy(p, &v, 2); break; }
  case K_I32:
  case K_U32: { uint32_t v = js_to_uint32_d(d); memcpy(p, &v, 4); break; }
  case K_F32: { float v = (float)d; memcpy(p, &v, 4); break; }
  case K_F64: memcpy(p, &d, 8); break;
  default: break;
  }
}

// A value converted for a kind (#sec-typedarraysetelement step 1): the
// number, or the BigInt's low 64 bits.
typedef struct Elem {
  double d;
  uint64_t u;
} Elem;

static int to_elem(JsRt *rt, int kind, JsValue v, Elem *e) {
  if (IS_BIG(kind)) {
    JsValue b = js_to_bigint(rt, v);
    if (js_is_exception(b))
      return -1;
    e->u = js_bigint_to_uint64(b);
    return 0;
  }
  if (js_is_number(v)) {
    e->d = js_get_number(v);
    return 0;
  }
  return js_to_double(rt, v, &e->d);
}

static void put_elem(int kind, uint8_t *p, const Elem *e) {
  if (IS_BIG(kind))
    memcpy(p, &e->u, 8);
  else
    raw_write(kind, p, e->d);
}

// Copies one element between kinds of the same content type.
static void copy_elem(int dk, uint8_t *dp, int sk, const uint8_t *sp) {
  if (IS_BIG(dk))
    memcpy(dp, sp, 8);
  else if (dk == sk)
    memcpy(dp, sp, kind_size[dk]);
  else
    raw_write(dk, dp, raw_read(sk, sp));
}

bool js_typed_get(JsValue o, uint32_t i, JsValue *out) {
  JsTyped *t = typed_of(o);
  if (!t || i >= ta_len(t))
    return false;
  if (t->kind == K_I32) {  // the common case, without the kind switch
    int32_t v;
    memcpy(&v, ta_ptr(t, i), 4);
    *out = js_int(v);
    return true;
  }
  *out = ta_read_val(js__rt, t, i);
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
  *length = ta_len(t);
  *data = *length ? ta_ptr(t, 0) : NULL;
  *size = (int)kind_size[t->kind];
  *name = kind_names[t->kind];
  *type = t->kind == K_I8 || t->kind == K_I16 || t->kind == K_I32 || t->kind == K_BI64 ? 1
          : t->kind == K_U8 || t->kind == K_U16 || t->kind == K_U32 || t->kind == K_BU64 ? 0
                                                                                          : -1;
  return true;
}

static bool dv_oob(const JsDataView *dv, size_t *len);

// The bytes a typed array views (its element bytes) or an ArrayBuffer
// holds; NULL when [v] is neither. A detached buffer gives length 0.
uint8_t *js_typed_bytes(JsValue v, size_t *len) {
  JsTyped *t = typed_of(v);
  if (t) {
    *len = (size_t)ta_len(t) * kind_size[t->kind];
    return t->b->detached ? NULL : t->b->data + (*len ? t->offset : 0);
  }
  JsArrayBuf *b = buf_of(v);
  if (b) {
    *len = b->len;
    return b->data;
  }
  if (js_class_of(v) == JS_CLASS_DATA_VIEW) {
    JsDataView *dv = js_obj(v)->internal;
    if (dv_oob(dv, len)) {
      *len = 0;
      return NULL;
    }
    return dv->b->data + dv->offset;
  }
  *len = 0;
  return NULL;
}

// TypedArraySetElement (#sec-typedarraysetelement): ToNumber / ToBigInt
// first, then store when the index is still valid. 1 stored, 0 out of
// range, -1 threw.
int js_typed_set(JsRt *rt, JsValue o, uint32_t i, JsValue v) {
  JsTyped *t = typed_of(o);
  if (js_is_int(v) && t && !IS_BIG(t->kind)) {
    if (i >= ta_len(t))
      return 0;
    int32_t x = js_get_int(v);
    uint8_t *p = ta_ptr(t, i);
    switch (t->kind) {
    case K_I8:
    case K_U8: p[0] = (uint8_t)x; break;
    case K_U8C: p[0] = x < 0 ? 0 : x > 255 ? 255 : (uint8_t)x; break;
    case K_I16:
    case K_U16: { uint16_t u = (uint16_t)x; memcpy(p, &u, 2); break; }
    case K_I32:
    case K_U32: memcpy(p, &x, 4); break;
    default: raw_write(t->kind, p, (double)x); break;
    }
    return 1;
  }
  if (!t)
    return 0;
  Elem e;
  if (to_elem(rt, t->kind, v, &e) < 0)
    return -1;
  if (i >= ta_len(t))
    return 0;
  put_elem(t->kind, ta_ptr(t, i), &e);
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

static JsValue throw_mix(JsRt *rt) {
  return js_throw_type_error(rt, "Cannot mix BigInt and other types, use explicit conversions");
}

// A typed array object of [kind] over [buffer]; [tracking]: length-tracking.
static JsValue make_typed(JsRt *rt, JsValue proto, int kind, JsValue buffer, size_t offset,
                          uint32_t length, bool tracking) {
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_TYPED_ARRAY);
  JsTyped *t = js_gc_alloc(sizeof(JsTyped));
  t->buffer = buffer;
  t->b = buf_of(buffer);
  t->offset = offset;
  t->length = length;
  t->tracking = tracking;
  t->kind = kind;
  o->internal = t;
  return js_from_cell(o);
}

static JsValue new_typed(JsRt *rt, JsValue proto, int kind, double length) {
  if (length < 0 || length * kind_size[kind] > MAX_BYTES)
    return throw_bad_length(rt, length);
  uint32_t n = (uint32_t)length;
  JsValue buf = new_buffer_proto(rt, rt->array_buffer_proto, (size_t)n * kind_size[kind]);
  return make_typed(rt, proto, kind, buf, 0, n, false);
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
                    (uint32_t)n, false);
}

// A constructor whose instances are plain Uint8Arrays with another
// prototype (node's Buffer): species creation makes them without calling it.
static JsValue fast_species_ctor, fast_species_proto;

void js_typed_set_fast_species(JsValue ctor, JsValue proto) {
  fast_species_ctor = ctor;
  fast_species_proto = proto;
}

// GetPrototypeFromConstructor(newTarget, [dflt]).
static JsValue proto_of_target(JsRt *rt, JsValue new_target, JsValue intrinsic, JsValue dflt) {
  if (js_is_object(new_target) && new_target != intrinsic) {
    JsValue p = js_get_prop(rt, new_target, rt->atom_prototype);
    if (js_is_exception(p))
      return p;
    if (js_is_object(p))
      return p;
  }
  return dflt;
}

static JsValue proto_from(JsRt *rt, JsValue new_target, int kind) {
  return proto_of_target(rt, new_target, ta_ctors[kind], ta_protos[kind]);
}

// ToIndex (#sec-toindex); a RangeError with message [msg] (one %s: the
// value) when out of range.
static int to_index(JsRt *rt, JsValue v, double *out, const char *msg) {
  double d = 0;
  if (!js_is_undefined(v) && js_to_integer(rt, v, &d) < 0)
    return -1;
  if (d < 0 || d > 9007199254740991.0) {
    char buf[40];
    js_dtoa(d, buf);
    js_throw_range_error(rt, msg, buf);
    return -1;
  }
  *out = d;
  return 0;
}
#define MSG_TA_LEN "Invalid typed array length: %s"
#define MSG_AB_LEN "Invalid array buffer length%.0s"
#define MSG_OFFSET "Start offset %s is outside the bounds of the buffer"
#define MSG_DV_OFFSET "Offset is outside the bounds of the DataView%.0s"

// InitializeTypedArrayFromArrayBuffer (#sec-initializetypedarrayfromarraybuffer)
// with the prototype already chosen.
static JsValue typed_from_buffer(JsRt *rt, int kind, JsValue proto, JsValue buffer, JsValue offv,
                                 JsValue lenv) {
  JsArrayBuf *b = buf_of(buffer);
  uint32_t sz = kind_size[kind];
  double off, len = 0;
  if (to_index(rt, offv, &off, MSG_OFFSET) < 0)
    return JS_EXCEPTION;
  if (fmod(off, sz) != 0)
    return js_throw_range_error(rt, "start offset of %s should be a multiple of %u",
                                kind_names[kind], sz);
  if (!js_is_undefined(lenv) && to_index(rt, lenv, &len, MSG_TA_LEN) < 0)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform Construct on a detached ArrayBuffer");
  double blen = (double)b->len;
  char num[40];
  if (js_is_undefined(lenv) && b->resizable) {
    if (off > blen) {
      js_dtoa(off, num);
      return js_throw_range_error(rt, MSG_OFFSET, num);
    }
    return make_typed(rt, proto, kind, buffer, (size_t)off, 0, true);
  }
  if (js_is_undefined(lenv)) {
    if (b->len % sz)
      return js_throw_range_error(rt, "byte length of %s should be a multiple of %u",
                                  kind_names[kind], sz);
    if (off > blen) {
      js_dtoa(off, num);
      return js_throw_range_error(rt, MSG_OFFSET, num);
    }
    len = (blen - off) / sz;
  } else if (off + len * sz > blen) {
    return throw_bad_length(rt, len);
  }
  return make_typed(rt, proto, kind, buffer, (size_t)off, (uint32_t)len, false);
}

static JsValue ta_construct(JsRt *rt, int kind, int argc, JsValue *argv, JsValue new_target) {
  if (js_is_undefined(new_target))
    return js_throw_type_error(rt, "Constructor %s requires 'new'", kind_names[kind]);
  JsValue a0 = js_arg(argc, argv, 0);
  if (!js_is_object(a0)) {
    double len;
    if (to_index(rt, a0, &len, MSG_TA_LEN) < 0)
      return JS_EXCEPTION;
    JsValue proto = proto_from(rt, new_target, kind);
    if (js_is_exception(proto))
      return proto;
    return new_typed(rt, proto, kind, len);
  }
  JsValue proto = proto_from(rt, new_target, kind);
  if (js_is_exception(proto))
    return proto;
  if (buf_of(a0))
    return typed_from_buffer(rt, kind, proto, a0, js_arg(argc, argv, 1), js_arg(argc, argv, 2));
  JsTyped *src = typed_of(a0);
  if (src) {
    // InitializeTypedArrayFromTypedArray
    bool oob;
    uint32_t n = ta_len_oob(src, &oob);
    if (oob)
      return js_throw_type_error(rt, "Cannot perform Construct on a detached ArrayBuffer");
    if (IS_BIG(src->kind) != IS_BIG(kind))
      return throw_mix(rt);
    JsValue r = new_typed(rt, proto, kind, n);
    if (js_is_exception(r))
      return r;
    JsTyped *t = typed_of(r);
    for (uint32_t i = 0; i < n; i++)
      copy_elem(kind, ta_ptr(t, i), src->kind, ta_ptr(src, i));
    return r;
  }
  JsValue iter = js_get_method(rt, a0, rt->sym_iterator);
  if (js_is_exception(iter))
    return iter;
  if (!js_is_undefined(iter)) {
    JsValue arr = js_iterable_to_array(rt, a0);
    if (js_is_exception(arr))
      return arr;
    uint32_t n = js_obj(arr)->elem_len;
    JsValue r = new_typed(rt, proto, kind, n);
    if (js_is_exception(r))
      return r;
    for (uint32_t i = 0; i < n; i++)
      if (js_typed_set(rt, r, i, js_obj(arr)->elems[i]) < 0)
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
TA_CTOR(K_BI64, ctor_bi64)
TA_CTOR(K_BU64, ctor_bu64)
static const JsFn kind_ctor_fns[K__COUNT] = {ctor_i8,  ctor_u8,  ctor_u8c, ctor_i16,
                                             ctor_u16, ctor_i32, ctor_u32, ctor_f32,
                                             ctor_f64, ctor_bi64, ctor_bu64};

NATIVE(typed_array_abstract) {
  UNUSED_ARGS;
  return js_throw_type_error(rt, "Abstract class TypedArray not directly constructable");
}

// TypedArrayCreateSameType: a new typed array of [t]'s kind with [n] elements.
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
  if (js_is_undefined(c))
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

// TypedArrayCreateFromConstructor (#sec-typedarraycreatefromconstructor):
// constructs with [c] and validates the result (a typed array in bounds;
// with one length argument, at least that long).
static JsValue create_from_ctor(JsRt *rt, JsValue c, int argc, JsValue *args) {
  JsValue r = js_construct(rt, c, argc, args, c, NULL);
  if (js_is_exception(r))
    return r;
  JsTyped *nt = typed_of(r);
  if (!nt)
    return js_throw_type_error(rt, "this is not a typed array.");
  bool oob;
  uint32_t n = ta_len_oob(nt, &oob);
  if (oob)
    return js_throw_type_error(rt, "Cannot perform Construct on a detached ArrayBuffer");
  if (argc == 1 && js_is_number(args[0]) && (double)n < js_get_number(args[0]))
    return js_throw_type_error(rt, "Derived TypedArray constructor created an array which was too small");
  return r;
}

// TypedArraySpeciesCreate with the result's content type checked.
static JsValue species_construct(JsRt *rt, JsValue c, const JsTyped *t, int argc, JsValue *args) {
  JsValue r = create_from_ctor(rt, c, argc, args);
  if (!js_is_exception(r) && IS_BIG(typed_of(r)->kind) != IS_BIG(t->kind))
    return throw_mix(rt);
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
    return species_construct(rt, c, t, 1, &arg);
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

static JsValue throw_detached(JsRt *rt, JsValue callee) {
  return js_throw_type_error(rt,
                             "Cannot perform %%TypedArray%%.prototype.%s on a detached ArrayBuffer",
                             js_cstr(rt, js_function_name_of(rt, callee)));
}

// ValidateTypedArray (#sec-validatetypedarray): also throws when out of
// bounds (detached or shrunk), naming the method; the length in *len.
static JsTyped *this_valid(JsRt *rt, JsValue v, JsValue callee, uint32_t *len) {
  JsTyped *t = this_typed(rt, v);
  if (!t)
    return NULL;
  bool oob;
  *len = ta_len_oob(t, &oob);
  if (oob) {
    throw_detached(rt, callee);
    return NULL;
  }
  return t;
}

#define THIS_TA()                                      \
  uint32_t len;                                        \
  JsTyped *t = this_valid(rt, this_val, callee, &len); \
  if (!t)                                              \
    return JS_EXCEPTION

// ! Get(O, k): the element, or undefined when [k] is no longer in bounds.
static JsValue get_k(JsRt *rt, const JsTyped *t, uint32_t k) {
  return k < ta_len(t) ? ta_read_val(rt, t, k) : JS_UNDEFINED;
}

NATIVE(ta_get_buffer) {
  UNUSED_ARGS;
  JsTyped *t = this_typed(rt, this_val);
  return t ? t->buffer : JS_EXCEPTION;
}

NATIVE(ta_get_byte_length) {
  UNUSED_ARGS;
  JsTyped *t = this_typed(rt, this_val);
  if (!t)
    return JS_EXCEPTION;
  return js_number((double)ta_len(t) * kind_size[t->kind]);
}

NATIVE(ta_get_byte_offset) {
  UNUSED_ARGS;
  JsTyped *t = this_typed(rt, this_val);
  if (!t)
    return JS_EXCEPTION;
  bool oob;
  ta_len_oob(t, &oob);
  return js_number(oob ? 0 : (double)t->offset);
}

NATIVE(ta_get_length) {
  UNUSED_ARGS;
  JsTyped *t = this_typed(rt, this_val);
  if (!t)
    return JS_EXCEPTION;
  return js_number(ta_len(t));
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
  JsTyped *t = this_typed(rt, this_val);
  if (!t)
    return JS_EXCEPTION;
  JsValue src = js_arg(argc, argv, 0);
  double off = 0;
  if (js_to_integer(rt, js_arg(argc, argv, 1), &off) < 0)
    return JS_EXCEPTION;
  if (off < 0)
    return js_throw_range_error(rt, "offset is out of bounds");
  bool oob;
  uint32_t len = ta_len_oob(t, &oob);
  if (oob)
    return throw_detached(rt, callee);
  JsTyped *s = typed_of(src);
  if (s) {
    // SetTypedArrayFromTypedArray
    uint32_t n = ta_len_oob(s, &oob);
    if (oob)
      return throw_detached(rt, callee);
    if (IS_BIG(s->kind) != IS_BIG(t->kind))
      return throw_mix(rt);
    if (off + n > len)
      return js_throw_range_error(rt, "offset is out of bounds");
    uint32_t sz = kind_size[t->kind];
    if (s->kind == t->kind || (sz == 1 && kind_size[s->kind] == 1 && t->kind != K_U8C) ||
        (IS_BIG(s->kind) && IS_BIG(t->kind))) {
      memmove(ta_ptr(t, (uint32_t)off), ta_ptr(s, 0), (size_t)n * sz);
      return JS_UNDEFINED;
    }
    // Through a copy: the two may share a buffer.
    size_t bytes = (size_t)n * kind_size[s->kind];
    uint8_t *tmp = js_gc_alloc_atomic(bytes ? bytes : 1);
    memcpy(tmp, ta_ptr(s, 0), bytes);
    for (uint32_t i = 0; i < n; i++)
      copy_elem(t->kind, ta_ptr(t, (uint32_t)off + i), s->kind, tmp + (size_t)i * kind_size[s->kind]);
    return JS_UNDEFINED;
  }
  // SetTypedArrayFromArrayLike
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
  JsTyped *t = this_typed(rt, this_val);
  if (!t)
    return JS_EXCEPTION;
  uint32_t len = ta_len(t), begin, end;
  JsValue endv = js_arg(argc, argv, 1);
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, &begin) < 0 ||
      rel_index(rt, endv, len, len, &end) < 0)
    return JS_EXCEPTION;
  uint32_t n = end > begin ? end - begin : 0;
  double off = (double)t->offset + (double)begin * kind_size[t->kind];
  int argn = t->tracking && js_is_undefined(endv) ? 2 : 3;
  JsValue args[3] = {t->buffer, js_number(off), js_number(n)};
  JsValue c = JS_UNDEFINED, proto = JS_UNDEFINED;
  switch (species_of(rt, this_val, t, &c, &proto)) {
  case -1: return JS_EXCEPTION;
  case 0: proto = ta_protos[t->kind]; break;
  case 1: break;
  default: return species_construct(rt, c, t, argn, args);
  }
  return typed_from_buffer(rt, t->kind, proto, t->buffer, args[1],
                           argn == 3 ? args[2] : JS_UNDEFINED);
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
  if (js_is_exception(r) || n == 0)
    return r;
  bool oob;
  len = ta_len_oob(t, &oob);
  if (oob)
    return throw_detached(rt, callee);
  if (end > len)
    end = len;
  n = end > begin ? end - begin : 0;
  JsTyped *rt_ = typed_of(r);
  if (rt_->kind == t->kind) {
    // Byte copy, bounded by the target's current bytes.
    size_t bytes = (size_t)n * kind_size[t->kind];
    size_t room = (size_t)ta_len(rt_) * kind_size[t->kind];
    if (bytes > room)
      bytes = room;
    // Byte by byte upwards, as the spec copies (the species constructor
    // may have returned a view of the same buffer).
    uint8_t *d = ta_ptr(rt_, 0), *s = ta_ptr(t, begin);
    for (size_t i = 0; i < bytes; i++)
      d[i] = s[i];
    return r;
  }
  for (uint32_t k = begin, i = 0; k < end; k++, i++)
    if (js_typed_set(rt, r, i, get_k(rt, t, k)) < 0)
      return JS_EXCEPTION;
  return r;
}

NATIVE(ta_fill) {
  UNUSED_ARGS;
  THIS_TA();
  Elem e;
  if (to_elem(rt, t->kind, js_arg(argc, argv, 0), &e) < 0)
    return JS_EXCEPTION;
  uint32_t begin, end;
  if (rel_index(rt, js_arg(argc, argv, 1), len, 0, &begin) < 0 ||
      rel_index(rt, js_arg(argc, argv, 2), len, len, &end) < 0)
    return JS_EXCEPTION;
  bool oob;
  len = ta_len_oob(t, &oob);
  if (oob)
    return throw_detached(rt, callee);
  if (end > len)
    end = len;
  for (uint32_t i = begin; i < end; i++)
    put_elem(t->kind, ta_ptr(t, i), &e);
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
  JsValue target = js_arg(argc, argv, 0);
  bool big = IS_BIG(t->kind);
  bool is_num = js_is_number(target) && !big;
  double x = is_num ? js_get_number(target) : 0;
  if (mode == 1) {
    if (from < 0)
      from += len;
    if (from >= len)
      from = (double)len - 1;
    for (double i = from; i >= 0; i--) {
      uint32_t k = (uint32_t)i;
      if (k >= ta_len(t))  // HasProperty
        continue;
      if (is_num ? ta_read(t, k) == x : big && js_strict_eq(ta_read_val(rt, t, k), target))
        return js_number(i);
    }
    return js_int(-1);
  }
  if (from < 0)
    from = from + len < 0 ? 0 : from + len;
  for (double i = from; i < len; i++) {
    uint32_t k = (uint32_t)i;
    if (k >= ta_len(t)) {
      if (mode == 2 && js_is_undefined(target))
        return JS_TRUE;
      continue;
    }
    if (is_num) {
      double v = ta_read(t, k);
      if (v == x || (mode == 2 && v != v && x != x))
        return mode == 2 ? JS_TRUE : js_number(i);
    } else if (big && js_is_bigint(target) && js_strict_eq(ta_read_val(rt, t, k), target)) {
      return mode == 2 ? JS_TRUE : js_number(i);
    }
  }
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
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < len; i++) {
    if (i)
      js_sb_put_str(rt, &sb, js_str(sep));
    if (i < ta_len(t) && js_sb_put_value(rt, &sb, ta_read_val(rt, t, i)) < 0)
      return JS_EXCEPTION;
  }
  return js_sb_finish(rt, &sb);
}

// toLocaleString (#sec-array.prototype.tolocalestring over a typed array).
NATIVE(ta_to_locale_string) {
  UNUSED_ARGS;
  THIS_TA();
  JsStrBuf sb;
  js_sb_init(&sb);
  JsValue key = js_atom_cstr(rt, "toLocaleString");
  for (uint32_t i = 0; i < len; i++) {
    if (i)
      js_sb_put_str(rt, &sb, js_str(js_atom_cstr(rt, ",")));
    JsValue v = get_k(rt, t, i);
    if (js_is_nullish(v))
      continue;
    JsValue o = js_to_object(rt, v);
    if (js_is_exception(o))
      return o;
    JsValue f = js_get_prop(rt, o, key);
    if (js_is_exception(f))
      return f;
    if (!js_is_callable(f))
      return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, f));
    JsValue s = js_call(rt, f, v, 0, NULL);
    if (js_is_exception(s) || js_sb_put_value(rt, &sb, s) < 0)
      return JS_EXCEPTION;
  }
  return js_sb_finish(rt, &sb);
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
    JsValue v = get_k(rt, t, i);
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
    JsValue args[3] = {get_k(rt, t, i), js_int((int32_t)i), this_val};
    JsValue m = js_call(rt, fn, js_arg(argc, argv, 1), 3, args);
    if (js_is_exception(m) || js_is_exception(js_set_index(rt, r, i, m, true)))
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
    JsValue v = get_k(rt, t, i);
    JsValue args[3] = {v, js_int((int32_t)i), this_val};
    JsValue m = js_call(rt, fn, js_arg(argc, argv, 1), 3, args);
    if (js_is_exception(m))
      return m;
    if (js_truthy(rt, m))
      kept[n++] = v;
  }
  JsValue r = species_create_len(rt, this_val, t, n);
  if (js_is_exception(r))
    return r;
  for (uint32_t i = 0; i < n; i++)
    if (js_is_exception(js_set_index(rt, r, i, kept[i], true)))
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
    acc = get_k(rt, t, right ? len - 1 : 0);
    k = 1;
  }
  for (; k < len; k++) {
    uint32_t i = right ? len - 1 - k : k;
    JsValue args[4] = {acc, get_k(rt, t, i), js_int((int32_t)i), this_val};
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
  uint32_t sz = kind_size[t->kind];
  uint8_t tmp[8];
  for (uint32_t i = 0, j = len ? len - 1 : 0; i < j; i++, j--) {
    memcpy(tmp, ta_ptr(t, i), sz);
    memcpy(ta_ptr(t, i), ta_ptr(t, j), sz);
    memcpy(ta_ptr(t, j), tmp, sz);
  }
  return this_val;
}

NATIVE(ta_to_reversed) {
  UNUSED_ARGS;
  THIS_TA();
  JsValue r = same_kind(rt, t, len);
  if (js_is_exception(r))
    return r;
  JsTyped *nt = typed_of(r);
  for (uint32_t k = 0; k < len; k++)
    memcpy(ta_ptr(nt, k), ta_ptr(t, len - 1 - k), kind_size[t->kind]);
  return r;
}

NATIVE(ta_with) {
  UNUSED_ARGS;
  THIS_TA();
  double rel;
  if (js_to_integer(rt, js_arg(argc, argv, 0), &rel) < 0)
    return JS_EXCEPTION;
  double idx = rel >= 0 ? rel : len + rel;
  Elem e;
  if (to_elem(rt, t->kind, js_arg(argc, argv, 1), &e) < 0)
    return JS_EXCEPTION;
  uint32_t now = ta_len(t);
  if (!(idx >= 0 && idx < now))
    return js_throw_range_error(rt, "Invalid typed array index");
  JsValue r = same_kind(rt, t, len);
  if (js_is_exception(r))
    return r;
  JsTyped *nt = typed_of(r);
  for (uint32_t k = 0; k < len; k++) {
    if (k == (uint32_t)idx)
      put_elem(t->kind, ta_ptr(nt, k), &e);
    else if (k < ta_len(t))
      memcpy(ta_ptr(nt, k), ta_ptr(t, k), kind_size[t->kind]);
    else if (!IS_BIG(t->kind))
      raw_write(t->kind, ta_ptr(nt, k), NAN);  // Set(A, k, undefined) stores NaN
    else
      return js_to_bigint(rt, JS_UNDEFINED);  // Set(A, k, undefined) throws
  }
  return r;
}

// SortCompare with the default order: NaN last, -0 before +0; BigInts by value.
static int cmp_default(JsValue x, JsValue y) {
  if (js_is_bigint(x))
    return js_bigint_cmp(x, y);
  double a = js_get_number(x), b = js_get_number(y);
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
static int merge_sort(JsRt *rt, JsValue *v, JsValue *tmp, uint32_t n, JsValue fn) {
  for (uint32_t w = 1; w < n; w *= 2) {
    for (uint32_t lo = 0; lo < n; lo += 2 * w) {
      uint32_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        int c;
        if (js_is_undefined(fn)) {
          c = cmp_default(v[j], v[i]);
        } else {
          JsValue args[2] = {v[j], v[i]};
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
    memcpy(v, tmp, n * sizeof(JsValue));
  }
  return 0;
}

// SortIndexedProperties over [t]'s first [len] elements, written to [dst]
// (the same array for sort, a new one for toSorted).
static JsValue sort_into(JsRt *rt, const JsTyped *t, uint32_t len, JsValue fn, JsValue dst) {
  JsValue *v = js_gc_alloc((len ? len : 1) * sizeof(JsValue));
  JsValue *tmp = js_gc_alloc((len ? len : 1) * sizeof(JsValue));
  for (uint32_t i = 0; i < len; i++)
    v[i] = get_k(rt, t, i);
  if (merge_sort(rt, v, tmp, len, fn) < 0)
    return JS_EXCEPTION;
  JsTyped *d = typed_of(dst);
  uint32_t now = ta_len(d);
  for (uint32_t i = 0; i < len && i < now; i++) {
    Elem e;
    to_elem(rt, d->kind, v[i], &e);  // numbers / BigInts: never throws
    put_elem(d->kind, ta_ptr(d, i), &e);
  }
  return dst;
}

NATIVE(ta_sort) {
  UNUSED_ARGS;
  JsValue fn = js_arg(argc, argv, 0);
  if (!js_is_undefined(fn) && !js_is_callable(fn))
    return js_throw_type_error(rt, "The comparison function must be either a function or undefined");
  THIS_TA();
  return sort_into(rt, t, len, fn, this_val);
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
  return sort_into(rt, t, len, fn, r);
}

NATIVE(ta_at) {
  UNUSED_ARGS;
  THIS_TA();
  double d;
  if (js_to_integer(rt, js_arg(argc, argv, 0), &d) < 0)
    return JS_EXCEPTION;
  if (d < 0)
    d += len;
  if (!(d >= 0 && d < len))
    return JS_UNDEFINED;
  return get_k(rt, t, (uint32_t)d);
}

NATIVE(ta_copy_within) {
  UNUSED_ARGS;
  THIS_TA();
  uint32_t to, from, end;
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, &to) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), len, 0, &from) < 0 ||
      rel_index(rt, js_arg(argc, argv, 2), len, len, &end) < 0)
    return JS_EXCEPTION;
  int64_t count = (int64_t)end - from;
  if ((int64_t)len - to < count)
    count = (int64_t)len - to;
  if (count <= 0)
    return this_val;
  bool oob;
  len = ta_len_oob(t, &oob);
  if (oob)
    return throw_detached(rt, callee);
  // Bytes past the view's current end are neither read nor written.
  uint32_t sz = kind_size[t->kind];
  size_t limit = (size_t)len * sz, fb = (size_t)from * sz, tb = (size_t)to * sz;
  size_t bytes = (size_t)count * sz;
  size_t hi = fb > tb ? fb : tb;
  if (hi >= limit)
    return this_val;
  if (bytes > limit - hi)
    bytes = limit - hi;
  memmove(ta_ptr(t, 0) + tb, ta_ptr(t, 0) + fb, bytes);
  return this_val;
}

int js_typed_iter_length(JsRt *rt, JsValue o, double *len) {
  bool oob;
  *len = ta_len_oob(typed_of(o), &oob);
  if (oob) {
    js_throw_type_error(rt, "Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer");
    return -1;
  }
  return 0;
}

// A fixed-length SharedArrayBuffer's data field and length (NULL for
// anything else): stdlib/node/child_process.c moves the bytes to memory
// mapped in several processes. Views keep the buffer, never its data.
uint8_t **js__sab_data(JsValue v, size_t *len) {
  JsArrayBuf *b = buf_of(v);
  if (!b || !b->shared || b->resizable)
    return NULL;
  *len = b->len;
  return &b->data;
}

// A SharedArrayBuffer over [len] bytes at [data], which the caller owns.
JsValue js__sab_wrap(JsRt *rt, uint8_t *data, size_t len) {
  JsObject *o = js_new_object_class(rt, sab_proto, JS_CLASS_ARRAY_BUFFER);
  JsArrayBuf *b = js_gc_alloc(sizeof(JsArrayBuf));
  b->data = data;
  b->len = b->cap = b->max_len = len;
  b->shared = true;
  o->internal = b;
  return js_from_cell(o);
}

bool js_typed_is_shared(JsValue v) {
  JsTyped *t = typed_of(v);
  return t && t->b->shared;
}

static JsValue make_iter(JsRt *rt, JsValue callee, JsValue this_val, int kind) {
  uint32_t len;
  JsTyped *t = this_valid(rt, this_val, callee, &len);
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
    JS_FN("toReversed", ta_to_reversed, 0),
    JS_FN("with", ta_with, 2),
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
  return create_from_ctor(rt, c, 1, &arg);
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
// ArrayBuffer and SharedArrayBuffer
// ---------------------------------------------------------------------------

// ArrayBuffer(length, options) / SharedArrayBuffer(length, options):
// AllocateArrayBuffer / AllocateSharedArrayBuffer with the maxByteLength option.
static JsValue buffer_construct(JsRt *rt, int argc, JsValue *argv, JsValue new_target,
                                bool shared) {
  const char *name = shared ? "SharedArrayBuffer" : "ArrayBuffer";
  if (js_is_undefined(new_target))
    return js_throw_type_error(rt, "Constructor %s requires 'new'", name);
  double len, max = -1;
  if (to_index(rt, js_arg(argc, argv, 0), &len, MSG_AB_LEN) < 0)
    return JS_EXCEPTION;
  JsValue opts = js_arg(argc, argv, 1);
  if (js_is_object(opts)) {
    JsValue m = js_get_prop(rt, opts, js_atom_cstr(rt, "maxByteLength"));
    if (js_is_exception(m))
      return m;
    if (!js_is_undefined(m) && to_index(rt, m, &max, "Invalid array buffer max length%.0s") < 0)
      return JS_EXCEPTION;
  }
  if (max >= 0 && len > max)
    return js_throw_range_error(rt, "Invalid array buffer length");
  JsValue proto = shared ? sab_proto : rt->array_buffer_proto;
  proto = proto_of_target(rt, new_target, shared ? sab_ctor_fn : ab_ctor_fn, proto);
  if (js_is_exception(proto))
    return proto;
  if (len > MAX_BYTES)
    return js_throw_range_error(rt, "Array buffer allocation failed");
  if (max >= 0) {
    if (max > MAX_RESIZABLE)
      return js_throw_range_error(rt, "Invalid array buffer max length");
    return new_resizable(rt, proto, (size_t)len, (size_t)max, shared);
  }
  JsValue r = new_buffer_proto(rt, proto, (size_t)len);
  buf_of(r)->shared = shared;
  return r;
}

NATIVE(ab_ctor) {
  UNUSED_ARGS;
  return buffer_construct(rt, argc, argv, new_target, false);
}

NATIVE(sab_ctor) {
  UNUSED_ARGS;
  return buffer_construct(rt, argc, argv, new_target, true);
}

// The receiver as a buffer of the right sharedness (a TypeError otherwise).
static JsArrayBuf *this_buf_of(JsRt *rt, JsValue v, const char *method, bool shared) {
  JsArrayBuf *b = buf_of(v);
  if (!b || b->shared != shared) {
    js_throw_type_error(rt, "Method %s.prototype.%s called on incompatible receiver %s",
                        shared ? "SharedArrayBuffer" : "ArrayBuffer", method,
                        js_value_cstr_short(rt, v));
    return NULL;
  }
  return b;
}

static JsArrayBuf *this_buf(JsRt *rt, JsValue v, const char *method) {
  return this_buf_of(rt, v, method, false);
}

NATIVE(ab_byte_length) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "byteLength");
  return b ? js_number((double)b->len) : JS_EXCEPTION;
}

NATIVE(ab_detached) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "detached");
  return b ? js_bool(b->detached) : JS_EXCEPTION;
}

// ArrayBuffer.prototype.slice / SharedArrayBuffer.prototype.slice.
static JsValue buffer_slice(JsRt *rt, JsValue this_val, int argc, JsValue *argv, bool shared) {
  const char *what = shared ? "SharedArrayBuffer.prototype.slice" : "ArrayBuffer.prototype.slice";
  JsArrayBuf *b = this_buf_of(rt, this_val, "slice", shared);
  if (!b)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform %s on a detached ArrayBuffer", what);
  uint32_t len = (uint32_t)b->len, begin, end;
  if (rel_index(rt, js_arg(argc, argv, 0), len, 0, &begin) < 0 ||
      rel_index(rt, js_arg(argc, argv, 1), len, len, &end) < 0)
    return JS_EXCEPTION;
  uint32_t n = end > begin ? end - begin : 0;
  // SpeciesConstructor(O, %ArrayBuffer%)
  JsValue dflt = shared ? sab_ctor_fn : ab_ctor_fn;
  JsValue c = js_get_prop(rt, this_val, rt->atom_constructor);
  if (js_is_exception(c))
    return c;
  if (!js_is_undefined(c)) {
    if (!js_is_object(c))
      return js_throw_type_error(rt, "object.constructor is not an object");
    c = js_get_prop(rt, c, rt->sym_species);
    if (js_is_exception(c))
      return c;
  }
  JsValue r;
  if (js_is_nullish(c) || c == dflt) {
    r = new_buffer_proto(rt, shared ? sab_proto : rt->array_buffer_proto, n);
    buf_of(r)->shared = shared;
  } else {
    if (!js_is_constructor(c))
      return js_throw_type_error(rt, "object.constructor[Symbol.species] is not a constructor");
    JsValue arg = js_number(n);
    r = js_construct(rt, c, 1, &arg, c, "object.constructor[Symbol.species]");
    if (js_is_exception(r))
      return r;
    JsArrayBuf *nb = buf_of(r);
    if (!nb || nb->shared != shared)
      return js_throw_type_error(rt, "Method %s called on incompatible receiver %s", what,
                                 js_value_cstr_short(rt, r));
    if (nb->detached)
      return js_throw_type_error(rt, "Cannot perform %s on a detached ArrayBuffer", what);
    if (r == this_val || nb == b)
      return js_throw_type_error(rt, "ArrayBuffer subclass returned this from species constructor");
    if (nb->len < n)
      return js_throw_type_error(rt, "Species constructor returned a too-small ArrayBuffer");
  }
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform %s on a detached ArrayBuffer", what);
  if (begin < b->len) {
    size_t count = b->len - begin < n ? b->len - begin : n;
    if (count)
      memmove(buf_of(r)->data, b->data + begin, count);
  }
  return r;
}

NATIVE(ab_slice) {
  UNUSED_ARGS;
  return buffer_slice(rt, this_val, argc, argv, false);
}

NATIVE(sab_slice) {
  UNUSED_ARGS;
  return buffer_slice(rt, this_val, argc, argv, true);
}

// ArrayBufferCopyAndDetach (#sec-arraybuffercopyanddetach): transfer keeps
// resizability, transferToFixedLength does not.
static JsValue copy_and_detach(JsRt *rt, JsValue this_val, int argc, JsValue *argv, bool keep) {
  const char *name = keep ? "transfer" : "transferToFixedLength";
  JsArrayBuf *b = this_buf(rt, this_val, name);
  if (!b)
    return JS_EXCEPTION;
  double n = (double)b->len;
  JsValue nl = js_arg(argc, argv, 0);
  if (!js_is_undefined(nl) && to_index(rt, nl, &n, MSG_AB_LEN) < 0)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform ArrayBuffer.prototype.%s on a detached ArrayBuffer",
                               name);
  JsValue r;
  if (keep && b->resizable) {
    if (n > (double)b->max_len)
      return js_throw_range_error(rt, "ArrayBuffer.prototype.%s: Invalid length parameter", name);
    if (n > MAX_BYTES)
      return js_throw_range_error(rt, "Array buffer allocation failed");
    r = new_resizable(rt, rt->array_buffer_proto, (size_t)n, b->max_len, false);
  } else {
    if (n > MAX_BYTES)
      return js_throw_range_error(rt, "Array buffer allocation failed");
    r = new_buffer_proto(rt, rt->array_buffer_proto, (size_t)n);
  }
  size_t count = (size_t)n < b->len ? (size_t)n : b->len;
  if (count)
    memcpy(buf_of(r)->data, b->data, count);
  js_detach_array_buffer(this_val);
  return r;
}

NATIVE(ab_transfer) {
  UNUSED_ARGS;
  return copy_and_detach(rt, this_val, argc, argv, true);
}

NATIVE(ab_transfer_fixed) {
  UNUSED_ARGS;
  return copy_and_detach(rt, this_val, argc, argv, false);
}

NATIVE(ab_resizable) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "resizable");
  return b ? js_bool(b->resizable) : JS_EXCEPTION;
}

NATIVE(ab_max_byte_length) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf(rt, this_val, "maxByteLength");
  if (!b)
    return JS_EXCEPTION;
  return js_number(b->detached ? 0 : (double)(b->resizable ? b->max_len : b->len));
}

NATIVE(ab_resize) {
  UNUSED_ARGS;
  JsArrayBuf *b = buf_of(this_val);
  if (!b || b->shared || !b->resizable)
    return js_throw_type_error(rt, "Method ArrayBuffer.prototype.resize called on incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  double n;
  if (to_index(rt, js_arg(argc, argv, 0), &n, MSG_AB_LEN) < 0)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer");
  if (n > (double)b->max_len)
    return js_throw_range_error(rt, "ArrayBuffer.prototype.resize: Invalid length parameter");
  if (n > MAX_BYTES)
    return js_throw_range_error(rt, "Array buffer allocation failed");
  buf_resize(b, (size_t)n);
  return JS_UNDEFINED;
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
    JS_FN("resize", ab_resize, 1),
    JS_FN("transfer", ab_transfer, 0),
    JS_FN("transferToFixedLength", ab_transfer_fixed, 0),
};

static const JsNativeDef ab_static_funcs[] = {
    JS_FN("isView", ab_is_view, 1),
    JS_GETTER("[Symbol.species]", get_species),
};

NATIVE(sab_byte_length) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf_of(rt, this_val, "byteLength", true);
  return b ? js_number((double)b->len) : JS_EXCEPTION;
}

NATIVE(sab_growable) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf_of(rt, this_val, "growable", true);
  return b ? js_bool(b->resizable) : JS_EXCEPTION;
}

NATIVE(sab_max_byte_length) {
  UNUSED_ARGS;
  JsArrayBuf *b = this_buf_of(rt, this_val, "maxByteLength", true);
  return b ? js_number((double)(b->resizable ? b->max_len : b->len)) : JS_EXCEPTION;
}

NATIVE(sab_grow) {
  UNUSED_ARGS;
  JsArrayBuf *b = buf_of(this_val);
  if (!b || !b->shared || !b->resizable)
    return js_throw_type_error(rt, "Method SharedArrayBuffer.prototype.grow called on incompatible receiver %s",
                               js_value_cstr_short(rt, this_val));
  double n;
  if (to_index(rt, js_arg(argc, argv, 0), &n, MSG_AB_LEN) < 0)
    return JS_EXCEPTION;
  if (n > (double)b->max_len || n < (double)b->len)
    return js_throw_range_error(rt, "SharedArrayBuffer.prototype.grow: Invalid length parameter");
  if (n > MAX_BYTES)
    return js_throw_range_error(rt, "Array buffer allocation failed");
  buf_resize(b, (size_t)n);
  return JS_UNDEFINED;
}

static const JsNativeDef sab_proto_funcs[] = {
    JS_GETTER("byteLength", sab_byte_length),
    JS_GETTER("growable", sab_growable),
    JS_GETTER("maxByteLength", sab_max_byte_length),
    JS_FN("slice", sab_slice, 2),
    JS_FN("grow", sab_grow, 1),
};

static const JsNativeDef sab_static_funcs[] = {
    JS_GETTER("[Symbol.species]", get_species),
};

// ---------------------------------------------------------------------------
// DataView (#sec-dataview-objects)
// ---------------------------------------------------------------------------

static JsValue dv_proto, dv_ctor_fn;

// IsViewOutOfBounds; the view's byte length (GetViewByteLength) in *len.
static bool dv_oob(const JsDataView *dv, size_t *len) {
  const JsArrayBuf *b = dv->b;
  *len = 0;
  if (b->detached || dv->offset > b->len)
    return true;
  if (dv->tracking) {
    *len = b->len - dv->offset;
    return false;
  }
  if (dv->offset + dv->length > b->len)
    return true;
  *len = dv->length;
  return false;
}

NATIVE(dv_ctor) {
  UNUSED_ARGS;
  if (js_is_undefined(new_target))
    return js_throw_type_error(rt, "Constructor DataView requires 'new'");
  JsValue buffer = js_arg(argc, argv, 0);
  JsArrayBuf *b = buf_of(buffer);
  if (!b)
    return js_throw_type_error(rt, "First argument to DataView constructor must be an ArrayBuffer");
  double off, len = 0;
  if (to_index(rt, js_arg(argc, argv, 1), &off, MSG_OFFSET) < 0)
    return JS_EXCEPTION;
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform DataView constructor on a detached ArrayBuffer");
  char num[40];
  if (off > (double)b->len) {
    js_dtoa(off, num);
    return js_throw_range_error(rt, MSG_OFFSET, num);
  }
  JsValue lv = js_arg(argc, argv, 2);
  bool tracking = false;
  if (js_is_undefined(lv)) {
    if (b->resizable)
      tracking = true;
    else
      len = (double)b->len - off;
  } else {
    if (to_index(rt, lv, &len, "Invalid DataView length %s") < 0)
      return JS_EXCEPTION;
    if (off + len > (double)b->len) {
      js_dtoa(len, num);
      return js_throw_range_error(rt, "Invalid DataView length %s", num);
    }
  }
  JsValue proto = proto_of_target(rt, new_target, dv_ctor_fn, dv_proto);
  if (js_is_exception(proto))
    return proto;
  // The prototype's getter may have detached or shrunk the buffer.
  if (b->detached)
    return js_throw_type_error(rt, "Cannot perform DataView constructor on a detached ArrayBuffer");
  if (off > (double)b->len) {
    js_dtoa(off, num);
    return js_throw_range_error(rt, MSG_OFFSET, num);
  }
  if (!js_is_undefined(lv) && off + len > (double)b->len) {
    js_dtoa(len, num);
    return js_throw_range_error(rt, "Invalid DataView length %s", num);
  }
  JsObject *o = js_new_object_class(rt, proto, JS_CLASS_DATA_VIEW);
  JsDataView *dv = js_gc_alloc(sizeof(JsDataView));
  dv->buffer = buffer;
  dv->b = b;
  dv->offset = (size_t)off;
  dv->length = (size_t)len;
  dv->tracking = tracking;
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
  size_t len;
  if (dv_oob(dv, &len))
    return js_throw_type_error(rt, "Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer");
  return js_number((double)len);
}

NATIVE(dv_byte_offset) {
  UNUSED_ARGS;
  JsDataView *dv = this_dv(rt, this_val, "byteOffset");
  if (!dv)
    return JS_EXCEPTION;
  size_t len;
  if (dv_oob(dv, &len))
    return js_throw_type_error(rt, "Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer");
  return js_number((double)dv->offset);
}

// GetViewValue / SetViewValue (#sec-getviewvalue): [set] stores argv[1].
static JsValue dv_access(JsRt *rt, JsValue this_val, int argc, JsValue *argv, int kind,
                         const char *name, bool set) {
  JsDataView *dv = this_dv(rt, this_val, name);
  if (!dv)
    return JS_EXCEPTION;
  double idx;
  if (to_index(rt, js_arg(argc, argv, 0), &idx, MSG_DV_OFFSET) < 0)
    return JS_EXCEPTION;
  Elem e = {0, 0};
  if (set && to_elem(rt, kind, js_arg(argc, argv, 1), &e) < 0)
    return JS_EXCEPTION;
  bool le = js_truthy(rt, js_arg(argc, argv, set ? 2 : 1));
  size_t view_len;
  if (dv_oob(dv, &view_len))
    return js_throw_type_error(rt, "Cannot perform DataView.prototype.%s on a detached ArrayBuffer",
                               name);
  size_t size = kind_size[kind];
  if (idx + (double)size > (double)view_len)
    return js_throw_range_error(rt, "Offset is outside the bounds of the DataView");
  uint8_t *p = dv->b->data + dv->offset + (size_t)idx, tmp[8];
  // Elements are stored host order (little-endian) in a scratch element.
  if (set) {
    put_elem(kind, tmp, &e);
    for (size_t i = 0; i < size; i++)
      p[le ? i : size - 1 - i] = tmp[i];
    return JS_UNDEFINED;
  }
  for (size_t i = 0; i < size; i++)
    tmp[i] = p[le ? i : size - 1 - i];
  return raw_read_val(rt, kind, tmp);
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
DV_METHODS(BigInt64, K_BI64)
DV_METHODS(BigUint64, K_BU64)

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

static void define_tag(JsRt *rt, JsValue proto, const char *tag) {
  js_define_value(rt, proto, rt->sym_to_string_tag, js_atom_cstr(rt, tag), JS_PROP_CONFIGURABLE);
}

void stdlib_typedarray_init(JsRt *rt) {
  js_register_class_ops(JS_CLASS_TYPED_ARRAY, &typed_ops);
  // ArrayBuffer
  if (!js_is_object(rt->array_buffer_proto))
    rt->array_buffer_proto = js_new_object(rt);
  JsValue ab = js_new_native_ctor(rt, ab_ctor, "ArrayBuffer", 1, rt->array_buffer_proto);
  ab_ctor_fn = ab;
  JS_INSTALL(rt, rt->array_buffer_proto, ab_proto_funcs);
  JS_INSTALL(rt, ab, ab_static_funcs);
  define_tag(rt, rt->array_buffer_proto, "ArrayBuffer");
  define_global(rt, "ArrayBuffer", ab);

  // SharedArrayBuffer
  sab_proto = js_new_object(rt);
  sab_ctor_fn = js_new_native_ctor(rt, sab_ctor, "SharedArrayBuffer", 1, sab_proto);
  JS_INSTALL(rt, sab_proto, sab_proto_funcs);
  JS_INSTALL(rt, sab_ctor_fn, sab_static_funcs);
  define_tag(rt, sab_proto, "SharedArrayBuffer");
  define_global(rt, "SharedArrayBuffer", sab_ctor_fn);

  // DataView
  dv_proto = js_new_object(rt);
  dv_ctor_fn = js_new_native_ctor(rt, dv_ctor, "DataView", 1, dv_proto);
  JS_INSTALL(rt, dv_proto, dv_proto_funcs);
  define_tag(rt, dv_proto, "DataView");
  define_global(rt, "DataView", dv_ctor_fn);

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
