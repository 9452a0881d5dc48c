// SPDX-License-Identifier: MIT
//
// internal.h: what runtime/ and stdlib/ share and generated code never sees:
// the runtime state, shapes, strings, symbols, accessors, class ids, the
// intrinsic objects, and the helpers the built-ins are written with.
#ifndef KILN_RUNTIME_INTERNAL_H
#define KILN_RUNTIME_INTERNAL_H

#include "kiln.h"

#include <stdarg.h>
#include <stdio.h>

// --- gc.c ------------------------------------------------------------------
// Memory rules (Boehm GC, conservative):
//  - js_gc_alloc() for memory holding JsValues or pointers to GC memory;
//    js_gc_alloc_atomic() for memory holding none (string bytes).
//  - Never keep the only reference to a GC object in malloc memory.
void *js_gc_alloc(size_t n);          // zeroed
void *js_gc_alloc_atomic(size_t n);   // not zeroed
void *js_gc_realloc(void *p, size_t n);
void js__gc_setup(void);              // heap limit, GC stress (after GC_INIT)
size_t js_gc_heap_limit(void);        // bytes
bool js_gc_too_large(size_t n);       // n bytes can never fit in the heap
_Noreturn void js_fatal_heap_oom(void);  // node's "JavaScript heap out of memory"

// --- object classes ----------------------------------------------------------
typedef enum JsClassId {
  JS_CLASS_OBJECT = 0,
  JS_CLASS_ARRAY,
  JS_CLASS_FUNCTION,
  JS_CLASS_BOUND_FUNCTION,  // internal -> JsBound
  JS_CLASS_ERROR,
  JS_CLASS_BOOLEAN,         // internal: boxed value in slot-free field `internal`
  JS_CLASS_NUMBER,
  JS_CLASS_STRING,
  JS_CLASS_SYMBOL,
  JS_CLASS_ARGUMENTS,
  JS_CLASS_DATE,
  JS_CLASS_REGEXP,
  JS_CLASS_MAP,
  JS_CLASS_SET,
  JS_CLASS_PROMISE,
  JS_CLASS_ITERATOR,        // runtime-made iterators (array, string, map ...)
  JS_CLASS_FOR_IN,
  JS_CLASS_PROXY,
  JS_CLASS_GENERATOR,       // internal -> JsGenFrame (codegen.c)
  JS_CLASS_ASYNC_GENERATOR, // internal -> JsAsyncGen (codegen.c)
  JS_CLASS_WEAKMAP,         // internal -> table (stdlib/builtins/map.c)
  JS_CLASS_WEAKSET,
  JS_CLASS_WEAKREF,         // internal -> JsValue * (the target)
  JS_CLASS_FINALIZATION_REGISTRY,
  JS_CLASS_ARRAY_BUFFER,    // internal -> JsArrayBuf (stdlib/builtins/typedarray.c)
  JS_CLASS_TYPED_ARRAY,     // internal -> JsTyped (stdlib/builtins/typedarray.c)
  JS_CLASS_BIGINT,          // BigInt wrapper object: boxed value in `internal`
  JS_CLASS_ITERATOR_HELPER,  // internal -> Helper (stdlib/builtins/iterator_helpers.c)
  JS_CLASS_MODULE_NS,       // internal -> Ns (runtime/namespace.c)
  JS_CLASS_DATA_VIEW,       // internal -> JsDataView (stdlib/builtins/typedarray.c)
  JS_CLASS__COUNT
} JsClassId;

// JsObject.hdr.flags
enum {
  JS_OBJ_EXTENSIBLE = 1 << 0,
  JS_OBJ_SPARSE = 1 << 1,     // array has index properties outside elems
  JS_OBJ_LEN_RO = 1 << 2,     // array length non-writable
  JS_OBJ_FROZEN_ELEMS = 1 << 3,
  JS_OBJ_HAS_INDEX_KEYS = 1 << 4,  // has integer-like keys in its shape
  JS_OBJ_SEALED_ELEMS = 1 << 5,    // elems non-configurable (still writable)
  JS_OBJ_IMMUTABLE_PROTO = 1 << 6, // Object.prototype: [[SetPrototypeOf]] refuses
};

// --- shape.c -----------------------------------------------------------------
// Property attributes.
enum {
  JS_PROP_WRITABLE = 1 << 0,
  JS_PROP_ENUMERABLE = 1 << 1,
  JS_PROP_CONFIGURABLE = 1 << 2,
  JS_PROP_ACCESSOR = 1 << 3,  // slot holds a JsAccessor
  JS_PROP_DEFAULT = JS_PROP_WRITABLE | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE,
};

// A shape lists an object's own named properties in insertion order. Shared
// shapes form a transition tree; a shape flagged dictionary belongs to one
// object and is edited in place (inline caches never cache those).
struct JsShape {
  JsShape *parent;
  uint32_t count;       // number of properties
  uint32_t cap;
  JsValue *keys;        // atoms, [0, count)
  uint8_t *attrs;       // JS_PROP_* per key
  uint32_t *hash;       // open-addressing index (NULL for small shapes)
  uint32_t hash_cap;
  bool dictionary;
  // transitions out of this shape (key, attrs) -> child
  struct JsTransition *transitions;
  uint32_t ntransitions;
  uint32_t trans_cap;   // open-addressing table size (power of two)
};

// Runtime-internal shape operations (shape.c).
JsShape *js__shape_root(void);
// Index of [key] in [sh], or -1.
int32_t js__shape_find(const JsShape *sh, JsValue key);
// The shape after adding [key] with [attrs]: a shared transition, or
// [sh] itself edited in place when it is a dictionary.
JsShape *js__shape_add(JsShape *sh, JsValue key, uint8_t attrs);
// A private dictionary copy of [sh] (or sh itself if already one).
JsShape *js__shape_dictionary(const JsShape *sh);
// Dictionary only: removes property [i] (the caller shifts the slots).
void js__shape_remove(JsShape *sh, uint32_t i);
// Slot capacity for [count] properties (object slot arrays are this size).
uint32_t js__slot_cap(uint32_t count);

// Accessor pair stored in a slot when the key has JS_PROP_ACCESSOR.
typedef struct JsAccessor {
  JsCell hdr;  // kind = JS_KIND_ACCESSOR
  JsValue getter;  // function or JS_UNDEFINED
  JsValue setter;
} JsAccessor;

// --- string.c ------------------------------------------------------------------
// Strings are immutable sequences of UTF-16 code units. One-byte storage
// (Latin-1) when every unit is < 256, two-byte otherwise. A rope (concat
// result) has data == NULL and left/right set; js_str_flatten() turns it into
// a flat string in place, so `s += x` in a loop stays linear.
enum {
  JS_STR_WIDE = 1 << 0,      // data is uint16_t[]
  JS_STR_INTERNED = 1 << 1,  // unique: compare atoms by pointer
  JS_STR_ROPE = 1 << 2,
};

struct JsString {
  JsCell hdr;    // kind = JS_KIND_STRING, flags = JS_STR_*, aux = length
  uint32_t hash; // 0 = not computed
  uint32_t index; // if an array index (< 2^32-1): index + 1, else 0 (computed when interned)
  void *data;    // uint8_t[] or uint16_t[] (atomic memory), NULL for a rope
  JsString *left, *right;
};

static inline JsString *js_str(JsValue v) { return (JsString *)(uintptr_t)v; }
static inline uint32_t js_str_len(const JsString *s) { return s->hdr.aux; }
JsString *js_str_flatten(JsRt *rt, JsString *s);        // returns s, now flat
// The code unit at i; s must be flat.
static inline uint16_t js_str_at(const JsString *s, uint32_t i) {
  if (s->hdr.flags & JS_STR_WIDE)
    return ((const uint16_t *)s->data)[i];
  return ((const uint8_t *)s->data)[i];
}
JsValue js_str_from_latin1(JsRt *rt, const uint8_t *p, uint32_t len);
// The atom of a one-byte text, found without allocating when it exists.
JsValue js__atom_latin1(JsRt *rt, const uint8_t *p, uint32_t len);
JsValue js_str_from_utf16(JsRt *rt, const uint16_t *p, uint32_t len);
JsValue js_str_intern(JsRt *rt, JsValue str);           // the atom equal to str
JsValue js_str_substring(JsRt *rt, JsString *s, uint32_t start, uint32_t end);
int js_str_compare(JsString *a, JsString *b);           // code-unit order
bool js_str_equal(JsString *a, JsString *b);
// UTF-8 (lone surrogates as U+FFFD) for printing; GC-allocated, NUL-terminated.
char *js_str_to_utf8(JsRt *rt, JsString *s, size_t *len_out);
// Shortcut: a C string of any value's ToString (no throw: uses "[object]" on error).
const char *js_cstr(JsRt *rt, JsValue v);

// Incremental string builder (GC memory).
// Holds bytes (Latin-1) until a unit above 0xff arrives, then UTF-16.
typedef struct JsStrBuf {
  void *buf;             // uint8_t[] or, once wide, uint16_t[]
  uint32_t len, cap;
  bool wide;
} JsStrBuf;
void js_sb_init(JsStrBuf *sb);
void js__sb_putc_slow(JsStrBuf *sb, uint16_t c);
static inline void js_sb_putc(JsStrBuf *sb, uint16_t c) {
  if (c <= 0xff && !sb->wide && sb->len < sb->cap) {
    ((uint8_t *)sb->buf)[sb->len++] = (uint8_t)c;
    return;
  }
  js__sb_putc_slow(sb, c);
}
void js_sb_put_latin1(JsStrBuf *sb, const uint8_t *p, uint32_t n);
void js_sb_puts(JsStrBuf *sb, const char *utf8);
void js_sb_put_str(JsRt *rt, JsStrBuf *sb, JsString *s);
JsValue js_sb_finish(JsRt *rt, JsStrBuf *sb);

// --- symbol ------------------------------------------------------------------------
// JsSymbol.hdr.flags: a class's private name (#x): never an own key
// visible to reflection.
#define JS_SYM_PRIVATE 1

typedef struct JsSymbol {
  JsCell hdr;           // kind = JS_KIND_SYMBOL, flags JS_SYM_*
  JsValue description;  // string or undefined
  bool registered;      // Symbol.for
} JsSymbol;

// --- number.c ------------------------------------------------------------------
// Number::toString(10), shortest round-trip (ECMA-262 #sec-numeric-types-number-tostring).
// Writes a NUL-terminated string into buf (>= 32 bytes), returns its length.
int js_dtoa(double d, char *buf);
double js_decimal_to_double(const char *s);  // s: a validated decimal literal
JsValue js_number_to_string(JsRt *rt, double d, int radix);
// StringToNumber (#sec-stringtonumber): NaN on failure.
double js_string_to_number(JsString *s);
int32_t js_to_int32_d(double d);
uint32_t js_to_uint32_d(double d);
// ToIntegerOrInfinity; throws.
int js_to_integer(JsRt *rt, JsValue v, double *out);
int js_to_length(JsRt *rt, JsValue v, double *out);
// ToNumber into a double; throws (returns -1).
int js_to_double(JsRt *rt, JsValue v, double *out);

// --- the runtime -------------------------------------------------------------------
struct JsRt {
  JsValue exception;     // pending exception when a call returned JS_EXCEPTION
  bool has_exception;
  JsValue global;
  // intrinsics
  JsValue object_proto, function_proto, array_proto, string_proto,
      number_proto, boolean_proto, symbol_proto, error_proto, iterator_proto,
      array_iterator_proto, generator_proto, promise_proto, regexp_proto,
      bigint_proto;
  JsValue error_protos[8];  // indexed by JsErrorKind
  JsValue error_ctors[8];
  JsValue object_ctor, function_ctor, array_ctor, promise_ctor;
  JsValue array_proto_values;   // the original %Array.prototype.values%
  // well-known symbols
  JsValue sym_iterator, sym_async_iterator, sym_has_instance,
      sym_to_primitive, sym_to_string_tag, sym_species, sym_is_concat_spreadable,
      sym_unscopables, sym_match, sym_match_all, sym_replace, sym_search, sym_split;
  // atom table
  JsValue *atoms;
  uint32_t atom_count, atom_cap;
  JsShape *root_shape;     // empty shape
  // common atoms
  JsValue atom_length, atom_prototype, atom_constructor, atom_name,
      atom_message, atom_stack, atom_cause, atom_to_string, atom_value_of,
      atom_next, atom_done, atom_value, atom_return, atom_throw, atom_get,
      atom_set, atom_writable, atom_enumerable, atom_configurable, atom_errors,
      atom_callee, atom_caller, atom_arguments, atom_empty, atom_default;
  int argc;
  char **argv;
  const char *main_filename;
  int exit_code;
  // --- added by the runtime core (append only) ---
  JsValue typeof_atoms[8];   // undefined object boolean number string symbol function bigint
  JsValue *char_strings;     // 256 one-unit strings (\0 .. \xff)
  JsValue *index_atoms;      // atoms "0" .. "1023"
  JsValue symbol_registry;   // null-proto object: key atom -> symbol (Symbol.for)
  JsValue throw_type_error;  // %ThrowTypeError%
  JsValue string_iterator_proto, map_proto, set_proto, date_proto,
      array_buffer_proto;    // set by the files that own them (may stay 0)
  JsValue atom_index, atom_input, atom_groups, atom_raw, atom_source,
      atom_flags, atom_last_index, atom_join, atom_proto /* __proto__ */,
      atom_to_json, atom_then, atom_resolve;
  JsShape *fn_shape_plain;   // functions: length, name
  JsShape *fn_shape_proto;   // functions: length, name, prototype
  JsShape *fn_shape_classproto;  // class ctors: prototype non-writable
  JsShape *fn_shape_sloppy;       // sloppy functions: + arguments, caller (null)
  JsShape *fn_shape_sloppy_proto; // ... + prototype
  JsValue array_iterator_next;   // the original %ArrayIteratorPrototype%.next
  // The original %Object.prototype.toString% and %Error.prototype.toString%:
  // error messages render objects by which of them they inherit (object.c).
  JsValue object_to_string, error_to_string;
  // Runs the event loop after the main module (promise jobs, timers, I/O);
  // set by the loop's owner. Returns JS_EXCEPTION when an uncaught error
  // ends the program (pending in rt), else JS_UNDEFINED.
  JsValue (*run_event_loop)(JsRt *rt);
};

typedef enum JsErrorKind {
  JS_ERROR = 0, JS_EVAL_ERROR, JS_RANGE_ERROR, JS_REFERENCE_ERROR,
  JS_SYNTAX_ERROR, JS_TYPE_ERROR, JS_URI_ERROR, JS_AGGREGATE_ERROR
} JsErrorKind;

JsRt *js_rt_new(int argc, char **argv);
JsValue js_new_error(JsRt *rt, JsErrorKind kind, const char *fmt, ...);
JsValue js_throw_error(JsRt *rt, JsErrorKind kind, const char *fmt, ...);
JsValue js_throw_verror(JsRt *rt, JsErrorKind kind, const char *fmt, va_list ap);
// Prints an uncaught exception like node does (stderr).
void js_report_uncaught(JsRt *rt, JsValue exc);
JsValue js__enhance_stack_symbol(JsRt *rt);  // see exception.c

// --- object.c ----------------------------------------------------------------------
JsObject *js_new_object_class(JsRt *rt, JsValue proto, JsClassId cls);
JsValue js_obj_value(JsObject *o);
static inline JsClassId js_class_of(JsValue v) {
  return js_is_object(v) ? (JsClassId)js_cell(v)->class_id : JS_CLASS__COUNT;
}
// Property descriptor (ECMA-262 #sec-property-descriptor-specification-type).
enum {
  JS_DESC_HAS_VALUE = 1 << 0, JS_DESC_HAS_WRITABLE = 1 << 1,
  JS_DESC_HAS_GET = 1 << 2, JS_DESC_HAS_SET = 1 << 3,
  JS_DESC_HAS_ENUMERABLE = 1 << 4, JS_DESC_HAS_CONFIGURABLE = 1 << 5,
};
typedef struct JsPropDesc {
  uint32_t has;      // JS_DESC_HAS_*
  uint8_t attrs;     // JS_PROP_WRITABLE/ENUMERABLE/CONFIGURABLE
  JsValue value, getter, setter;
} JsPropDesc;
// [key] is an atom (interned string or symbol). Integer-like string atoms
// address elements on arrays.
// Returns 1 found (desc filled), 0 absent, -1 threw (proxies).
int js_get_own_property(JsRt *rt, JsValue obj, JsValue key, JsPropDesc *desc);
// [[DefineOwnProperty]]; returns 1 ok, 0 rejected, -1 threw. With [throw_on_fail]
// a rejection throws TypeError "Cannot redefine property: x".
int js_define_own_property(JsRt *rt, JsValue obj, JsValue key, const JsPropDesc *desc, bool throw_on_fail);
// Convenience for built-ins: define a data property with attrs.
void js_define_value(JsRt *rt, JsValue obj, JsValue key, JsValue val, int attrs);
int js_has_property(JsRt *rt, JsValue obj, JsValue key);   // 1/0/-1
int js_delete_property(JsRt *rt, JsValue obj, JsValue key); // 1 ok, 0 non-configurable, -1 threw
// Own keys in spec order (integer keys ascending, strings, symbols); returns
// a JS array of keys. flags: 1 strings, 2 symbols, 4 only enumerable.
JsValue js_own_keys(JsRt *rt, JsValue obj, int flags);
int js_prevent_extensions(JsRt *rt, JsValue obj);
JsValue js_get_proto(JsRt *rt, JsValue obj);              // object or null
int js_set_proto(JsRt *rt, JsValue obj, JsValue proto);   // 1 ok, 0 refused (cycle, non-extensible)
// Canonical array index of an atom, or -1.
int64_t js_atom_index(JsValue key);
JsValue js_index_atom(JsRt *rt, uint32_t i);   // atom for an index ("12")
JsValue js_atom_cstr(JsRt *rt, const char *s); // js_atom of a NUL-terminated string
// Length of an array-like: ToLength(obj.length); throws (-1).
int js_length_of(JsRt *rt, JsValue obj, double *len);
JsValue js_ordinary_create_from_constructor(JsRt *rt, JsValue new_target, JsValue default_proto, JsClassId cls);

// --- array.c (runtime part) -------------------------------------------------------
// Sets the length of array [a] (truncation deletes elements); throws RangeError
// "Invalid array length" for bad values. Returns JS_TRUE, or JS_FALSE when
// length is read-only or a non-configurable element stopped the truncation.
JsValue js_array_set_length(JsRt *rt, JsValue a, JsValue len);
bool js_is_array(JsRt *rt, JsValue v);  // IsArray, sees through proxies

// --- function.c ------------------------------------------------------------------------
// A native built-in function object with .name and .length.
JsValue js_new_native(JsRt *rt, JsFn fn, const char *name, int length);
JsValue js_new_native_ctor(JsRt *rt, JsFn fn, const char *name, int length, JsValue proto);
typedef struct JsBound {
  JsValue target, this_val;
  int argc;
  JsValue argv[];
} JsBound;
JsValue js_function_name_of(JsRt *rt, JsValue fn);  // for messages

// --- stdlib registration ------------------------------------------------------------------
typedef struct JsNativeDef {
  const char *name;  // "foo", or "[Symbol.iterator]" for well-known symbols
  JsFn fn;
  int length;
  int kind;          // 0 method, 1 getter, 2 setter
} JsNativeDef;
#define JS_FN(name, fn, len) { name, fn, len, 0 }
#define JS_GETTER(name, fn) { name, fn, 0, 1 }
#define JS_SETTER(name, fn) { name, fn, 1, 2 }
// Installs non-enumerable methods (and accessors) from a table on obj.
void js_install(JsRt *rt, JsValue obj, const JsNativeDef *defs, size_t n);
#define JS_INSTALL(rt, obj, table) js_install(rt, obj, table, sizeof(table) / sizeof(table[0]))

static inline JsValue js_arg(int argc, JsValue *argv, int i) {
  return i < argc ? argv[i] : JS_UNDEFINED;
}

// Each stdlib file exports one init, called from js_rt_new in this order.
void stdlib_object_init(JsRt *rt);
void stdlib_function_init(JsRt *rt);
void stdlib_error_init(JsRt *rt);
void stdlib_symbol_init(JsRt *rt);
void stdlib_iterator_init(JsRt *rt);
void stdlib_array_init(JsRt *rt);
void stdlib_string_init(JsRt *rt);
void stdlib_number_init(JsRt *rt);
void stdlib_boolean_init(JsRt *rt);
void stdlib_math_init(JsRt *rt);
void stdlib_json_init(JsRt *rt);
void stdlib_console_init(JsRt *rt);
void stdlib_global_init(JsRt *rt);   // globalThis, parseInt, isNaN, print ...

// console.log formatting (util.inspect subset), for console and error reporting.
JsValue js_inspect(JsRt *rt, JsValue v);  // a string

// --- additions by the runtime core --------------------------------------------------
// Before any stdlib init runs, js_rt_new creates (empty) object_proto,
// function_proto, array_proto, string_proto (a String wrapper of ""),
// number_proto (Number 0), boolean_proto (Boolean false), symbol_proto,
// error_proto and error_protos[], iterator_proto, array_iterator_proto and
// rt->global; inits fill these in and should not replace them.
// Registration note: every stdlib_*_init may define its globals itself on
// rt->global (js_define_value with JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE).
// stdlib_global_init runs last and also binds, when not yet defined, the
// `constructor` of every intrinsic prototype kept in JsRt (Array, String,
// Number, Boolean, ...), so a constructor reachable that way needs no more.

// The single runtime (there is one per process).
extern JsRt *js__rt;

// Boxed primitive of a Boolean/Number/String/Symbol wrapper object (the
// value lives in `internal`).
static inline JsValue js_boxed_value(JsObject *o) { return (JsValue)(uintptr_t)o->internal; }
static inline void js_set_boxed_value(JsObject *o, JsValue v) { o->internal = (void *)(uintptr_t)v; }

// A string of one UTF-16 code unit (cached below 256).
JsValue js_str_from_char(JsRt *rt, uint16_t c);
// js_new_string of a NUL-terminated UTF-8 string.
JsValue js_new_cstring(JsRt *rt, const char *s);
// Appends any value's ToString (throws: returns -1).
int js_sb_put_value(JsRt *rt, JsStrBuf *sb, JsValue v);
// printf into a JS string (not interned); %s takes a C string.
JsValue js_new_stringf(JsRt *rt, const char *fmt, ...);
// Short rendering of a value for error messages ("undefined", "5", "abc",
// "#<Object>", "[object Array]", "function f"); never throws.
const char *js_value_cstr_short(JsRt *rt, JsValue v);
// Throws V8's "Function.prototype.apply was called on x, which is a number
// and not a function" (stdlib/builtins/function.c).
JsValue js_throw_apply_non_callable(JsRt *rt, JsValue v);
// The key as text for messages: "x" or "Symbol(desc)".
const char *js_key_cstr(JsRt *rt, JsValue key);

// GetMethod (#sec-getmethod): JS_UNDEFINED when null/undefined; throws
// TypeError when present but not callable.
JsValue js_get_method(JsRt *rt, JsValue v, JsValue key);
// Invoke(v, key, args).
JsValue js_invoke(JsRt *rt, JsValue v, JsValue key, int argc, JsValue *argv);
int js_is_extensible(JsRt *rt, JsValue obj);  // 1/0/-1
// SetIntegrityLevel / TestIntegrityLevel (#sec-setintegritylevel): 1/0/-1.
int js_set_integrity(JsRt *rt, JsValue obj, bool frozen);
int js_test_integrity(JsRt *rt, JsValue obj, bool frozen);
// FromPropertyDescriptor / ToPropertyDescriptor (throw on bad input).
JsValue js_from_property_descriptor(JsRt *rt, const JsPropDesc *desc);
int js_to_property_descriptor(JsRt *rt, JsValue v, JsPropDesc *desc);
// OrdinaryHasInstance (#sec-ordinaryhasinstance): JS_TRUE/JS_FALSE/JS_EXCEPTION.
JsValue js_ordinary_has_instance(JsRt *rt, JsValue ctor, JsValue v);
// A JS_CLASS_ERROR object with the given prototype and message (string or
// undefined); sets stack. Used by the Error constructors.
JsValue js_make_error(JsRt *rt, JsValue proto, JsValue message);
// stack.c: err.stack's text for [header] and the current JS frames (below
// [skip]'s frame when it is a function); JS_EMPTY when Error.stackTraceLimit
// is not a number; Error.prepareStackTrace's result when set (throws).
JsValue js_build_stack(JsRt *rt, JsValue err, JsValue header, JsValue skip);
void js_install_stack(JsRt *rt, JsValue err, JsValue skip);  // exception.c
JsValue js_stack_frames(JsRt *rt);  // "\n    at ..." lines of the current frames
const char *js_module_filename(int i, int *format);
// An %ArrayIteratorPrototype% iterator over obj (array or array-like);
// kind 0 keys, 1 values, 2 entries (stdlib/builtins/iterator.c).
JsValue js_new_array_iterator(JsRt *rt, JsValue obj, int kind);
// Steps an array iterator made by js_new_array_iterator without a result
// object: 1 value stored, 0 done, -1 threw, -2 not such an iterator.
int js__array_iterator_step(JsRt *rt, JsValue iter, JsValue *value);
// A bound function exotic object (no name/length yet: bind adds them).
JsValue js_new_bound_function(JsRt *rt, JsValue target, JsValue this_val, int argc,
                              const JsValue *argv);
// CreateIterResultObject.
JsValue js_iter_result(JsRt *rt, JsValue value, bool done);
// Array element fast access: [a] an array; JS_HOLE when absent in elems.
static inline JsValue js_array_elem_raw(JsObject *a, uint32_t i) {
  return i < a->elem_cap && i < a->elem_len ? a->elems[i] : JS_HOLE;
}
// Ensures elems capacity >= n (new slots are holes).
void js_array_reserve(JsRt *rt, JsObject *a, uint32_t n);
// Collects an iterable's values into a new array (spread); throws.
JsValue js_iterable_to_array(JsRt *rt, JsValue iterable);
// CreateListFromArrayLike: a GC array of values, count in *n; throws (NULL).
JsValue *js_array_like_to_list(JsRt *rt, JsValue obj, uint32_t *n);
// obj[i] / obj[i] = v with an integer index (any object).
JsValue js_get_index(JsRt *rt, JsValue obj, uint32_t i);
JsValue js_set_index(JsRt *rt, JsValue obj, uint32_t i, JsValue v, bool strict);

// --- promises, jobs and the event loop (runtime/promise.c, runtime/loop.c,
// stdlib/builtins/promise.c, stdlib/node/{timers,process}.c) ---------------
// Added by the event-loop work; append-only like the rest of this file.

// A pending %Promise% (ECMA-262 #sec-promise-objects).
JsValue js_promise_new(JsRt *rt);
// As the promise's resolve function would (#sec-promise-resolve-functions):
// thenables are adopted through a job, resolving with the promise itself
// rejects with a TypeError; a second resolve/reject is ignored. Never throws.
void js_promise_resolve_value(JsRt *rt, JsValue p, JsValue v);
void js_promise_reject_value(JsRt *rt, JsValue p, JsValue reason);
// PromiseResolve(%Promise%, v) (#sec-promise-resolve). Throws (a getter
// on v.constructor).
JsValue js_promise_resolve(JsRt *rt, JsValue v);
// PerformPromiseThen(p, f, r) with no result capability (await). A handler
// that throws is an uncaught exception. Ignores non-promises.
void js_promise_then_internal(JsRt *rt, JsValue p, JsValue on_fulfilled,
                              JsValue on_rejected);
// A microtask calling fn(...argv) (queueMicrotask); an exception it throws
// is an uncaught exception.
void js_enqueue_job(JsRt *rt, JsValue fn, int argc, const JsValue *argv);
// The async context (AsyncLocalStorage's frame, promise.c): queued work
// takes the current one and runs in it. swap sets it, returns the old one.
JsValue js_async_context(void);
JsValue js_async_context_swap(JsValue frame);
bool js_is_promise(JsValue v);
// 0 pending, 1 fulfilled, 2 rejected; *result set when settled.
int js_promise_state(JsValue promise, JsValue *result);
bool js_has_microtasks(JsRt *rt);
// Runs microtasks until the queue is empty; false when an uncaught error
// ends the program (see js_loop_uncaught).
bool js_run_microtasks(JsRt *rt);

// PromiseCapability record. For %Promise% itself resolve/reject may be
// JS_EMPTY: settling goes straight to the promise.
typedef struct JsCapability {
  JsValue promise, resolve, reject;
} JsCapability;
// Internals shared with stdlib/builtins/promise.c.
JsValue js__promise_create(JsRt *rt, JsValue new_target);  // throws
void js__promise_resolving_functions(JsRt *rt, JsValue p, JsValue *resolve,
                                     JsValue *reject);
int js__promise_new_capability(JsRt *rt, JsValue c, JsCapability *cap);  // -1 threw
void js__capability_materialize(JsRt *rt, JsCapability *cap);  // JS_EMPTY -> functions
JsValue js__capability_resolve(JsRt *rt, const JsCapability *cap, JsValue v);
JsValue js__capability_reject(JsRt *rt, const JsCapability *cap, JsValue reason);
void js__promise_perform_then(JsRt *rt, JsValue p, JsValue on_fulfilled,
                              JsValue on_rejected, const JsCapability *cap);
// Promises rejected while unhandled since the last call (the caller
// checks js__promise_is_handled again: a late handler counts).
size_t js__promise_take_rejections(JsValue **out);
bool js__promise_is_handled(JsValue p);
// Reported promises (js__promise_set_warned) that got a handler since, with
// their rejection ids, taken in order: node's 'rejectionHandled'.
size_t js__promise_take_handled(JsValue **out, uint32_t **uids);
void js__promise_set_warned(JsValue p);

// The libuv loop every module schedules on (uv_default_loop()).
struct uv_loop_s *js_uv_loop(JsRt *rt);
// The run_event_loop hook (set by stdlib_process_init).
JsValue js_loop_run(JsRt *rt);
// Node's MakeCallback, for every callback a libuv completion runs: calls
// fn, then drains nextTicks and microtasks. An exception goes to
// js_loop_uncaught. Returns false when the program is ending: the caller
// must not call into JS again (just return to libuv).
bool js_loop_callback(JsRt *rt, JsValue fn, JsValue this_val, int argc, JsValue *argv);
// The same in a given async context (a timer's or immediate's, taken when
// it was set).
bool js_loop_callback_in(JsRt *rt, JsValue context, JsValue fn, JsValue this_val, int argc,
                         JsValue *argv);
// Drains process.nextTick callbacks and microtasks (ticks first, repeated
// until both are empty), then checks unhandled rejections.
bool js_loop_drain(JsRt *rt);
// An uncaught exception: process 'uncaughtException' listeners get it
// (returns true: go on), otherwise the program ends: the loop stops, 'exit'
// listeners run, the error is reported, exit code 1 (returns false).
bool js_loop_uncaught(JsRt *rt, JsValue exc, bool from_promise);
bool js_loop_ending(JsRt *rt);
// Embedding (embed.c): the error that ended the run, and the loop usable again.
JsValue js__loop_take_fatal(JsRt *rt);
// process.nextTick(fn, ...argv).
void js_next_tick(JsRt *rt, JsValue fn, int argc, const JsValue *argv);
// An error the way node's internal validators make them: a TypeError (or
// other kind) with a `code` property, printed "TypeError [CODE]: message".
JsValue js_node_error(JsRt *rt, JsErrorKind kind, const char *code, const char *fmt, ...);
// ERR_INVALID_ARG_TYPE for a value that must be a function ("callback").
JsValue js_throw_invalid_callback(JsRt *rt, const char *name, JsValue v);

// process (stdlib/node/process.c): emits a process event to its listeners;
// returns 1 when there were listeners, 0 when none, -1 when one threw.
int js_process_emit(JsRt *rt, const char *event, int argc, JsValue *argv);
int js_process_listener_count(JsRt *rt, const char *event);
// process.emitWarning(warning).
JsValue js_process_emit_warning(JsRt *rt, JsValue warning);
// process.exitCode as the exit status (undefined -> 0).
int js_process_exit_code(JsRt *rt);
void js_process_set_exit_code(JsRt *rt, int code);
// process.exit(code): 'exit' listeners (once), flush, exit.
void js_process_exit(JsRt *rt, int code) __attribute__((noreturn));

void stdlib_promise_init(JsRt *rt);
void stdlib_timers_init(JsRt *rt);
void stdlib_process_init(JsRt *rt);

// --- keyed collections, Reflect, Proxy, Date (stdlib/builtins/{map,reflect,
// proxy,date}.c) -------------------------------------------------------------
void stdlib_map_init(JsRt *rt);      // Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry
void stdlib_reflect_init(JsRt *rt);
void stdlib_atomics_init(JsRt *rt);
void stdlib_proxy_init(JsRt *rt);
void stdlib_date_init(JsRt *rt);

// [[Set]] reporting success as a boolean (Reflect.set, proxies without a
// set trap): 1 done, 0 refused (read-only, non-extensible, no setter, a
// trap returned false), -1 threw (runtime/object.c).
int js_set_prop_bool(JsRt *rt, JsValue obj, JsValue key, JsValue val, JsValue receiver);

// Proxy internal methods (#sec-proxy-object-internal-methods-and-internal-slots).
// runtime/object.c calls these for every JS_CLASS_PROXY object; each runs
// the handler's trap (or forwards to the target), checks the trap's
// invariants and may throw. Return conventions match the js_* functions
// they stand in for; js_proxy_set returns 1 ok, 0 refused (the caller
// throws in strict code), -1 threw.
int js_proxy_get_own_property(JsRt *rt, JsValue p, JsValue key, JsPropDesc *desc);
int js_proxy_define_own_property(JsRt *rt, JsValue p, JsValue key, const JsPropDesc *desc,
                                 bool throw_on_fail);
int js_proxy_has(JsRt *rt, JsValue p, JsValue key);
JsValue js_proxy_get(JsRt *rt, JsValue p, JsValue key, JsValue receiver);
int js_proxy_set(JsRt *rt, JsValue p, JsValue key, JsValue v, JsValue receiver, bool strict);
int js_proxy_delete(JsRt *rt, JsValue p, JsValue key);
JsValue js_proxy_own_keys(JsRt *rt, JsValue p, int flags);  // flags as js_own_keys; throws
JsValue js_proxy_get_proto(JsRt *rt, JsValue p);
int js_proxy_set_proto(JsRt *rt, JsValue p, JsValue proto);
int js_proxy_is_extensible(JsRt *rt, JsValue p);
int js_proxy_prevent_extensions(JsRt *rt, JsValue p);
int js_proxy_set_integrity(JsRt *rt, JsValue p, bool frozen);
int js_proxy_test_integrity(JsRt *rt, JsValue p, bool frozen);
bool js_proxy_is_array(JsRt *rt, JsValue p);  // false when revoked
// A proxy's target without running any trap (JS_NULL once revoked), for
// util.inspect, which shows proxies as their targets like node does.
JsValue js_proxy_target(JsValue p);
JsValue js_proxy_handler(JsValue p);  // JS_NULL once revoked (util.inspect's showProxy)

// The time value of a Date object (NaN for an invalid date); [v] must be
// of class JS_CLASS_DATE.
double js_date_value(JsValue v);

// --- RegExp (runtime/regexp.c, stdlib/builtins/regexp.c) -----------------------
// Added by the RegExp work; append-only like the rest of this file.

// Flag bits of a compiled pattern.
enum {
  JS_RE_GLOBAL = 1 << 0, JS_RE_IGNORECASE = 1 << 1, JS_RE_MULTILINE = 1 << 2,
  JS_RE_DOTALL = 1 << 3, JS_RE_UNICODE = 1 << 4, JS_RE_STICKY = 1 << 5,
  JS_RE_INDICES = 1 << 6, JS_RE_UNICODE_SETS = 1 << 7,
};
typedef struct JsRegex JsRegex;  // a compiled pattern (GC memory)
// Parses and compiles [src] (UTF-16) with JS_RE_* [flags]. On a syntax
// error returns NULL with *err set to V8's message ("Unterminated group").
// Never throws.
JsRegex *js_regex_compile(const uint16_t *src, uint32_t len, uint32_t flags,
                          const char **err);
// Matches at [start] or (unless [sticky]) later in the flat string [s]:
// 1 with caps[2*i], caps[2*i+1] the bounds of group i (-1 when unmatched;
// caps has 2 * js_regex_group_count() entries), 0 no match, -1 when the
// backtracking stack grew too large.
// Only the syntax check: NULL when [src] is a valid pattern, else V8's
// message. Uses malloc only (no GC, no runtime), so the compiler can check
// regex literals by building runtime/regexp.c with KILN_REGEXP_SYNTAX_ONLY.
const char *js_regex_check(const uint16_t *src, uint32_t len, uint32_t flags);
int js_regex_exec(const JsRegex *re, JsString *s, uint32_t start, bool sticky,
                  int32_t *caps);
int js_regex_group_count(const JsRegex *re);   // counting group 0
// Name of group [i] (UTF-16, *len units), or NULL.
const uint16_t *js_regex_group_name(const JsRegex *re, int i, uint32_t *len);
bool js_regex_has_names(const JsRegex *re);
// Property escapes (runtime/regexp_props.c, linked only into programs that
// can use them; regexp.c references these weakly). js__regexp_property
// calls [add] with each range of the code points of property [name] of
// [kind] and returns true, or returns false for an unknown name.
enum { JS_RE_PROP_GC, JS_RE_PROP_BINARY, JS_RE_PROP_SC, JS_RE_PROP_SCX,
       JS_RE_PROP_LONE };  // LONE: \p{Name}, a General_Category value or binary property
bool js__regexp_property(int kind, const uint16_t *name, uint32_t len,
                         void (*add)(void *, uint32_t, uint32_t), void *ctx);
// The strings of a property of strings (\p{RGI_Emoji}, v flag): NULL, or
// a NULL-terminated array of lists; a list holds strings, each its code
// point count then its code points, and ends with a 0 count.
const uint32_t *const *js__regexp_string_property(const uint16_t *name, uint32_t len);
// Does nothing; a program that names RegExp references it, to link the above.
void js_regexp_props_link(JsRt *rt);
// RegExp objects (stdlib/builtins/regexp.c): RegExpCreate-like; throws
// SyntaxError for a bad pattern or flags. [source] and [flags] are strings.
JsValue js_regexp_create(JsRt *rt, JsValue source, JsValue flags);
// The [[OriginalSource]] / [[OriginalFlags]] strings of a RegExp object
// (class JS_CLASS_REGEXP), e.g. for console.log's /src/flags.
JsValue js_regexp_source(JsValue re);
JsValue js_regexp_flags(JsValue re);
void stdlib_regexp_init(JsRt *rt);

// --- modules.c ---
// Built-in modules compiled from stdlib/node/*.js (table generated by CMake).
typedef struct JsBuiltinModule {
  const char *name;
  void (*init)(JsRt *rt);
  JsFn main;
} JsBuiltinModule;
extern const JsBuiltinModule js_builtin_modules[];
bool js__modules_registered(void);
void js__register_main_module(JsRt *rt, const char *filename, JsFn main);
JsValue js__run_main_module(JsRt *rt);   // loads module 0 (the main module)
// Embedding (embed.c): evaluates module 0 now; *exports is its namespace (or
// module.exports). A promise settled when it has run, or JS_EXCEPTION.
JsValue js__evaluate_entry(JsRt *rt, JsValue *exports);
// For namespace.c: export names of module [i] (ES module: sorted; others:
// "default" then the facade names), and the live value of the k-th
// (JS_UNINIT in its TDZ).
int js__namespace_names(int i, const char ***names_out);
JsValue js__namespace_value(JsRt *rt, int i, int k);

// node's description of a wrong argument after "Received " (ERR_INVALID_ARG_TYPE):
// "undefined", "type number (42)", "an instance of Foo" (stdlib/node/process.c).
const char *js__describe_received(JsRt *rt, JsValue v);

// --- namespace.c: module namespace exotic objects ---
// Its internal methods are registered for JS_CLASS_MODULE_NS (JsClassOps)
// and answer for string keys; symbol keys are ordinary (@@toStringTag).
// [es_module_flag]: the object require() gives for an ES module with a
// default export, which also has __esModule: true.
JsValue js__new_namespace(JsRt *rt, int module, bool es_module_flag);

// --- ArrayBuffer and typed arrays (stdlib/builtins/typedarray.c) ------------------
// Added by the typed-array work; append-only like the rest of this file.
void stdlib_typedarray_init(JsRt *rt);
// Integer-indexed element access on a JS_CLASS_TYPED_ARRAY object [o]
// (registered as the class's JsClassOps element methods). js_typed_get: false when
// [i] is out of range (the element is absent: reads give undefined).
// js_typed_set: ToNumber(v), then stores when in range: 1 stored, 0 out of
// range (ignored), -1 threw.
bool js_typed_get(JsValue o, uint32_t i, JsValue *out);
int js_typed_set(JsRt *rt, JsValue o, uint32_t i, JsValue v);
uint32_t js_typed_length(JsValue o);  // 0 when detached
// For Atomics (stdlib/builtins/atomics.c): typed array [v]'s element bytes,
// length (0 when detached), element size, type (1 signed integer, 0
// unsigned integer, -1 clamped or float; size 8: BigInt64 / BigUint64) and
// class name; false for others.
bool js_typed_element_info(JsValue v, uint8_t **data, uint32_t *length, int *size,
                           int *type, const char **name);
// DetachArrayBuffer: byteLength becomes 0, views over it length 0.
void js_detach_array_buffer(JsValue buf);

// --- BigInt (runtime/bigint.c, stdlib/builtins/bigint.c) ----------------------------
// Added by the BigInt work; append-only like the rest of this file.
// A BigInt is an immutable JS_KIND_BIGINT cell (sign + 32-bit limbs,
// normalized; hdr.aux is the limb count, 0 only for 0n).
static inline bool js_is_bigint(JsValue v) {
  return js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT;
}
typedef enum JsBigOp {
  JS_BIG_ADD, JS_BIG_SUB, JS_BIG_MUL, JS_BIG_DIV, JS_BIG_MOD, JS_BIG_POW,
  JS_BIG_AND, JS_BIG_OR, JS_BIG_XOR, JS_BIG_SHL, JS_BIG_SAR, JS_BIG_SHR,
  JS_BIG_NEG, JS_BIG_NOT, JS_BIG_INC, JS_BIG_DEC,  // unary: [b] is ignored
} JsBigOp;
// The BigInt:: operations (#sec-numeric-types-bigint-*) on BigInts [a], [b].
// Throws RangeError ("Division by zero", "Maximum BigInt size exceeded",
// ...) and TypeError for >>>.
JsValue js_bigint_op(JsRt *rt, JsBigOp op, JsValue a, JsValue b);
JsValue js_bigint_from_int64(JsRt *rt, int64_t v);
JsValue js_bigint_from_uint64(JsRt *rt, uint64_t v);
// [v] modulo 2^64 (ToBigUint64; as int64_t it is ToBigInt64), for typed arrays.
uint64_t js_bigint_to_uint64(JsValue v);
// NumberToBigInt for an integral finite [d] (the caller checks).
JsValue js_bigint_from_double(JsRt *rt, double d);
double js_bigint_to_double(JsValue v);             // correctly rounded
JsValue js_bigint_to_string(JsRt *rt, JsValue v, int radix);  // 2..36
// StringToBigInt (#sec-stringtobigint): JS_UNDEFINED when not a valid
// literal; throws only past the size limit.
JsValue js_string_to_bigint(JsRt *rt, JsString *s);
JsValue js_to_bigint(JsRt *rt, JsValue v);         // ToBigInt; throws
int js_bigint_cmp(JsValue a, JsValue b);           // -1, 0, 1
bool js_bigint_equal(JsValue a, JsValue b);
uint32_t js_bigint_hash(JsValue v);  // equal values, equal hashes
int js_bigint_cmp_number(JsRt *rt, JsValue a, double d);  // 2 when d is NaN
// IsLessThan(x, y) for primitives of which one is a BigInt (string
// operands go through StringToBigInt): 1 true, 0 false, 2 undefined, -1 threw.
int js_bigint_less_than(JsRt *rt, JsValue x, JsValue y);
// IsLooselyEqual for primitives of which one is a BigInt: JS_TRUE/JS_FALSE
// (or JS_EXCEPTION past the size limit).
JsValue js_bigint_loose_eq(JsRt *rt, JsValue x, JsValue y);
// BigInt.asIntN / asUintN of BigInt [v] to [bits] bits; throws (size).
JsValue js_bigint_as_n(JsRt *rt, uint64_t bits, JsValue v, bool is_signed);
void stdlib_bigint_init(JsRt *rt);

// --- Iterator helpers (stdlib/builtins/iterator_helpers.c) -------------------------
// Added by the iterator-helpers work; append-only like the rest of this file.
// The Iterator constructor, Iterator.from and the helpers on
// %Iterator.prototype% (rt->iterator_proto).
void stdlib_iterator_helpers_init(JsRt *rt);


// --- Node's platform: natives, globals, libuv resources ------------------------------
// Added by the platform work (issue 7); append-only like the rest of this file.

// Every stdlib init in order (stdlib/init.c); js_rt_new calls it once.
void stdlib_init(JsRt *rt);
// require() of a built-in by specifier ('fs', 'node:fs', 'kiln:NAME'):
// the module's exports, or *found = false (runtime/modules.c).
JsValue js_require_builtin(JsRt *rt, const char *spec, bool *found);
// Calls export [export] of built-in [spec] with (undefined, argv): how core
// methods hand over to a JS built-in when the program links it (Intl);
// *found = false (and undefined) when it is not linked.
JsValue js_call_builtin(JsRt *rt, const char *spec, const char *export, int argc,
                        JsValue *argv, bool *found);
// A JS built-in named [name] (stdlib/node/NAME.js, '/' as '_') is compiled in.
bool js_builtin_module_exists(const char *name);
// require('kiln:NAME') of a native binding: an object of natives made once
// by the NAME row of stdlib/node/bindings.c, or *found = false.
JsValue js_node_binding(JsRt *rt, const char *name, bool *found);
// Node's globals that JS built-ins define (Buffer, URL, TextEncoder ...),
// installed on the global object as accessors that load their module on
// first use and then become plain data properties (stdlib/node/bindings.c).
void stdlib_node_globals_init(JsRt *rt);
// The makers of the kiln:NAME bindings (stdlib/node/NAME.c; spawn is
// child_process.c): each returns a new object of natives.
JsValue js_binding_buffer(JsRt *rt);
JsValue js_binding_fs(JsRt *rt);
JsValue js_binding_os(JsRt *rt);
JsValue js_binding_crypto(JsRt *rt);
JsValue js_binding_zlib(JsRt *rt);
JsValue js_binding_spawn(JsRt *rt);
JsValue js_binding_stdio(JsRt *rt);
JsValue js_binding_intl(JsRt *rt);
JsValue js_binding_async_hooks(JsRt *rt);

// libuv resources that carry JS values (runtime/handle.c). A request or a
// handle and the callbacks, buffers and promises it holds live in one
// block that Boehm scans but never frees; the block is released when the
// request completes (js_uv_release) or the handle has closed (js_uv_close),
// so a pending operation keeps its JS values alive and a finished one
// leaves nothing behind.
void *js_uv_alloc(size_t size);        // zeroed
void js_uv_release(void *block);       // a request's block, after its callback
// uv_close(handle) and then the release of its block; [on_close] (may be
// NULL) runs first, from libuv's close callback.
void js_uv_close(void *handle, void (*on_close)(void *handle));
size_t js_uv_live(void);               // blocks not yet released (for tests)


// --- exotic objects: internal-method overrides per class (runtime/object.c) ----------
// Added by the platform work; append-only like the rest of this file.
// An exotic class (Proxy, typed arrays, module namespaces ...) registers one
// table of the internal methods it overrides; object.c looks the table up
// by class id, once per operation, and never names the class. Every entry
// may be NULL (ordinary behaviour); return conventions are those of the
// js_* function each one stands in for (set: 1 done, 0 refused, -1 threw).
typedef struct JsClassOps {
  // The keys the key-level methods below answer for; NULL means every key.
  bool (*owns_key)(JsRt *rt, JsValue obj, JsValue key);
  int (*get_own_property)(JsRt *rt, JsValue obj, JsValue key, JsPropDesc *desc);
  JsValue (*get)(JsRt *rt, JsValue obj, JsValue key, JsValue receiver);
  int (*set)(JsRt *rt, JsValue obj, JsValue key, JsValue v, JsValue receiver, bool strict);
  int (*has)(JsRt *rt, JsValue obj, JsValue key);
  int (*delete_property)(JsRt *rt, JsValue obj, JsValue key);
  int (*define_own_property)(JsRt *rt, JsValue obj, JsValue key, const JsPropDesc *desc,
                             bool throw_on_fail);
  // [[OwnPropertyKeys]] replaced (flags as js_own_keys), or string keys put
  // before the ordinary ones (appended to [out]).
  JsValue (*own_keys)(JsRt *rt, JsValue obj, int flags);
  void (*leading_keys)(JsRt *rt, JsValue obj, JsValue out);
  // Object-level methods.
  JsValue (*get_proto)(JsRt *rt, JsValue obj);
  int (*set_proto)(JsRt *rt, JsValue obj, JsValue proto);
  int (*is_extensible)(JsRt *rt, JsValue obj);
  int (*prevent_extensions)(JsRt *rt, JsValue obj);
  int (*set_integrity)(JsRt *rt, JsValue obj, bool frozen);
  int (*test_integrity)(JsRt *rt, JsValue obj, bool frozen);
  // Integer-indexed element storage (#sec-integer-indexed-exotic-objects):
  // elements 0..elem_length-1 are own data properties that are always
  // writable, enumerable and configurable; other canonical numeric keys
  // are never properties. elem_get: false out of range; elem_set: ToNumber
  // (etc.) then store, 1 stored, 0 out of range, -1 threw.
  uint32_t (*elem_length)(JsValue obj);
  bool (*elem_get)(JsValue obj, uint32_t i, JsValue *out);
  int (*elem_set)(JsRt *rt, JsValue obj, uint32_t i, JsValue v);
} JsClassOps;
void js_register_class_ops(JsClassId cls, const JsClassOps *ops);
const JsClassOps *js_class_ops(JsClassId cls);
// Registers the module namespace class (runtime/namespace.c).
void js__namespace_init(void);

// --- Buffer's access to typed arrays (stdlib/builtins/typedarray.c) ----------------
// Added by the buffer work (issue 7); append-only like the rest of this file.
// The bytes a typed array views or an ArrayBuffer holds (*len bytes; 0 when
// detached); NULL when [v] is neither.
uint8_t *js_typed_bytes(JsValue v, size_t *len);
// A new zeroed Uint8Array of [n] bytes with prototype [proto] (the
// intrinsic one when [proto] is not an object); throws RangeError when too large.
JsValue js_new_uint8_array(JsRt *rt, JsValue proto, size_t n);
// A Uint8Array with prototype [proto] viewing [n] bytes of ArrayBuffer
// [buffer] from [offset]; the caller checked the range.
JsValue js_new_uint8_view(JsRt *rt, JsValue proto, JsValue buffer, size_t offset, size_t n);
// TypedArraySpeciesCreate makes instances of constructor [ctor] as
// Uint8Arrays with prototype [proto] without calling it (node's Buffer).
void js_typed_set_fast_species(JsValue ctor, JsValue proto);

// --- process, os, child_process, stdio (stdlib/node/process.c, os.c,
// child_process.c, stdio.c) ----------------------------------------------------------
// Added by the process work (issue 7); append-only like the rest of this file.
// Node's signal names (os.constants.signals order, stdlib/node/process.c):
// row [i] (false past the end), a name's number (0 when unknown), a
// number's name (NULL when unknown).
bool js_signal_row(size_t i, const char **name, int *num);
int js_signal_number(const char *name);
const char *js_signal_name(int num);

// Stream handles of kiln:stdio (stdlib/node/stdio.c) that child_process.c
// gives to a child: a new pipe (not yet open) and its id, or the pipe of
// an id (NULL when unknown).
struct uv_pipe_s;
struct uv_pipe_s *js_stdio_new_pipe(JsRt *rt, int *id);
struct uv_pipe_s *js_stdio_pipe(int id);

// --- resizable buffers (stdlib/builtins/typedarray.c) ------------------------------
// Added by the typed-array work (issue 12); append-only like the rest of this file.
// An array iterator's step over typed array [o] (#sec-%arrayiteratorprototype%.next):
// its current length in *len, or -1 having thrown TypeError when it is out of
// bounds (detached, or its resizable buffer shrank below it).
int js_typed_iter_length(JsRt *rt, JsValue o, double *len);
// A SharedArrayBuffer's data field and length, to map it in several
// processes (worker_threads); NULL if [v] is not a fixed-length one.
uint8_t **js__sab_data(JsValue v, size_t *len);
// A SharedArrayBuffer over [len] bytes at [data], which the caller owns.
JsValue js__sab_wrap(JsRt *rt, uint8_t *data, size_t len);
// Whether typed array [v] views a SharedArrayBuffer (for Atomics.wait).
bool js_typed_is_shared(JsValue v);
// A SharedArrayBuffer's bytes moved to [now] (stdlib/builtins/atomics.c
// moves its pending Atomics.waitAsync waits with them).
void js__atomics_moved(const uint8_t *old, size_t len, uint8_t *now);

#endif
