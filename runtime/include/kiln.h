// SPDX-License-Identifier: MIT
//
// kiln.h: the one header that Kiln-generated C includes.
//
// It fixes the value representation (NaN-boxing with raw object pointers, see
// DESIGN.md "Values and memory"), the calling convention shared by compiled
// and native functions, and the runtime entry points the emitter calls.
// Everything here that can fail follows one protocol: it returns
// JS_EXCEPTION (or a negative int) and leaves the thrown value pending in
// the runtime; the caller tests and branches (no longjmp).
//
// This header includes neither gc.h nor uv.h: generated code needs one -I.
#ifndef KILN_KILN_H
#define KILN_KILN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t JsValue;
typedef struct JsRt JsRt;          // the runtime (one per process)
typedef struct JsShape JsShape;    // hidden class, internal.h
typedef struct JsObject JsObject;
typedef struct JsString JsString;

// ---------------------------------------------------------------------------
// Value encoding (JavaScriptCore's scheme).
//
//   0x0000_0000_0000_0000 .. 0x0000_0000_0000_00ff  special constants
//   0x0000_xxxx_xxxx_xxxx (>= 0x100)                 raw heap pointer (cell)
//   0x0002_... .. 0xfffc_...                         double, bits + 2^49
//   0xfffe_0000_xxxx_xxxx                            int32
//
// Pointers are stored raw so Boehm's conservative scan sees them. NaNs are
// canonicalised before boxing so a double never lands in the int32 range.
// ---------------------------------------------------------------------------
#define JS_EMPTY ((JsValue)0x00)      // "no value": never visible to JS
#define JS_NULL ((JsValue)0x02)
#define JS_FALSE ((JsValue)0x06)
#define JS_TRUE ((JsValue)0x07)
#define JS_UNDEFINED ((JsValue)0x0a)
#define JS_EXCEPTION ((JsValue)0x0e)  // returned by a call that threw
#define JS_UNINIT ((JsValue)0x12)     // let/const/class binding in its TDZ
#define JS_HOLE ((JsValue)0x16)       // array hole (elision, deleted element)

#define JS_NUMBER_TAG 0xfffe000000000000ull
#define JS_DOUBLE_OFFSET 0x0002000000000000ull

static inline bool js_is_exception(JsValue v) { return v == JS_EXCEPTION; }
static inline bool js_is_undefined(JsValue v) { return v == JS_UNDEFINED; }
static inline bool js_is_null(JsValue v) { return v == JS_NULL; }
// null or undefined (0x02 and 0x0a differ only in bit 3).
static inline bool js_is_nullish(JsValue v) { return (v & ~(JsValue)8) == JS_NULL; }
static inline bool js_is_bool(JsValue v) { return (v & ~(JsValue)1) == JS_FALSE; }
static inline JsValue js_bool(bool b) { return b ? JS_TRUE : JS_FALSE; }

static inline bool js_is_int(JsValue v) { return (v & JS_NUMBER_TAG) == JS_NUMBER_TAG; }
static inline bool js_is_number(JsValue v) { return (v & JS_NUMBER_TAG) != 0; }
static inline bool js_is_double(JsValue v) { return js_is_number(v) && !js_is_int(v); }
static inline int32_t js_get_int(JsValue v) { return (int32_t)(uint32_t)v; }
static inline JsValue js_int(int32_t i) { return JS_NUMBER_TAG | (uint32_t)i; }

static inline JsValue js_double(double d) {
  uint64_t bits;
  if (d != d)
    bits = 0x7ff8000000000000ull;
  else
    memcpy(&bits, &d, 8);
  return bits + JS_DOUBLE_OFFSET;
}
// Boxes [d] as an int32 when it is one (and not -0), else as a double.
static inline JsValue js_number(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0) {
    int32_t i = (int32_t)d;
    if ((double)i == d) {
      uint64_t bits;
      memcpy(&bits, &d, 8);
      if (i != 0 || !(bits >> 63))  // -0 stays a double
        return js_int(i);
    }
  }
  return js_double(d);
}
// [v] must be a number.
static inline double js_get_number(JsValue v) {
  if (js_is_int(v))
    return (double)js_get_int(v);
  uint64_t bits = v - JS_DOUBLE_OFFSET;
  double d;
  memcpy(&d, &bits, 8);
  return d;
}

// Every heap value starts with a JsCell.
typedef enum JsKind {
  JS_KIND_STRING = 1,
  JS_KIND_SYMBOL,
  JS_KIND_OBJECT,
  JS_KIND_BIGINT,
  JS_KIND_ACCESSOR,  // internal: a getter/setter pair stored in a slot
} JsKind;

typedef struct JsCell {
  uint8_t kind;      // JsKind
  uint8_t class_id;  // JsClassId for objects (internal.h)
  uint16_t flags;    // per kind
  uint32_t aux;      // per kind (e.g. string length)
} JsCell;

static inline bool js_is_cell(JsValue v) { return (v >> 48) == 0 && v >= 0x100; }
static inline JsCell *js_cell(JsValue v) { return (JsCell *)(uintptr_t)v; }
static inline JsValue js_from_cell(const void *p) { return (JsValue)(uintptr_t)p; }
static inline bool js_is_string(JsValue v) { return js_is_cell(v) && js_cell(v)->kind == JS_KIND_STRING; }
static inline bool js_is_symbol(JsValue v) { return js_is_cell(v) && js_cell(v)->kind == JS_KIND_SYMBOL; }
static inline bool js_is_object(JsValue v) { return js_is_cell(v) && js_cell(v)->kind == JS_KIND_OBJECT; }

// ---------------------------------------------------------------------------
// Functions: one calling convention for every function value.
//
// [callee] is the function object being called (compiled code reads its
// closure environment and home object from it), [this_val] the receiver
// (already coerced for sloppy functions by the callee itself), [argv] has
// exactly [argc] values (the callee pads missing parameters with undefined).
// [new_target] is JS_UNDEFINED for a plain call, the constructor for `new`.
// ---------------------------------------------------------------------------
typedef JsValue (*JsFn)(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                        JsValue *argv, JsValue new_target);

// Heap environment record for captured variables (closure conversion).
typedef struct JsEnv {
  struct JsEnv *parent;
  uint32_t size;
  JsValue slots[];
} JsEnv;

// Flags for js_new_function.
enum {
  JS_FN_CONSTRUCTOR = 1 << 0,  // [[Construct]] exists and gets .prototype
  JS_FN_ARROW = 1 << 1,        // lexical this; never a constructor
  JS_FN_METHOD = 1 << 2,       // method/getter/setter: no .prototype
  JS_FN_CLASS = 1 << 3,        // class constructor: calling throws
  JS_FN_DERIVED = 1 << 4,      // class with extends: `this` from super()
  JS_FN_STRICT = 1 << 5,
  JS_FN_GETTER = 1 << 6,       // only naming ("get x")
  JS_FN_SETTER = 1 << 7,       // only naming ("set x")
  JS_FN_NATIVE = 1 << 8,       // C builtin; constructs its own `this`
};

// Inline cache for one property-access site: shape -> slot of an own data
// property. Generated code keeps one `static JsIC` per site.
typedef struct JsIC {
  JsShape *shape;
  uint32_t slot;
} JsIC;

// The public prefix of every object. internal.h documents the rest.
struct JsObject {
  JsCell hdr;
  JsShape *shape;         // own named properties
  JsValue *slots;         // slot values (accessor pairs are JS_KIND_ACCESSOR cells)
  JsObject *proto;        // NULL for a null prototype
  JsValue *elems;         // dense indexed elements (arrays, arguments, ...)
  uint32_t elem_len;      // for arrays: the length (elements past elem_cap are holes)
  uint32_t elem_cap;
  void *internal;         // class-specific data (internal.h)
  // function data (class_id == JS_CLASS_FUNCTION)
  JsFn fn;
  JsEnv *env;
  JsValue home;           // home object for super, or JS_UNDEFINED
  uint32_t fn_flags;
};

static inline JsObject *js_obj(JsValue v) { return (JsObject *)(uintptr_t)v; }
static inline JsEnv *js_func_env(JsValue callee) { return js_obj(callee)->env; }
static inline JsValue js_func_home(JsValue callee) { return js_obj(callee)->home; }

// ---------------------------------------------------------------------------
// Runtime entry points used by generated code.
// "Throws" means: may return JS_EXCEPTION with the error pending.
// Property keys ([key] parameters named so) are atoms: interned strings or
// symbols, made once with js_atom(); comparing keys is comparing words.
// ---------------------------------------------------------------------------

// Program entry: sets up the runtime, runs [init] (module constants) and then
// [module_main] as a CommonJS module body with argv = (exports, require,
// module, __filename, __dirname), runs the event loop, reports an uncaught
// exception the way node does (stderr, exit code 1). Returns the exit code.
int js_main(int argc, char **argv, void (*init)(JsRt *rt), JsFn module_main,
            const char *filename);

// Stack overflow check at every compiled function entry.
extern uintptr_t js__stack_limit;
static inline bool js_stack_overflow(void) {
  return (uintptr_t)__builtin_frame_address(0) < js__stack_limit;
}
JsValue js_throw_stack_overflow(JsRt *rt);  // RangeError: Maximum call stack size exceeded

// JS stack frames for Error.prototype.stack (runtime/stack.c). Every
// compiled function of the program pushes a JsFrame on the C stack on entry
// (a static JsFuncInfo: name, module, kind) and pops it on every return;
// before each instruction that may call or throw it stores the JS source
// position of that operation (line, column) in the frame. Kiln's own
// stdlib modules push none (node's internal frames are not shown).
typedef struct JsFuncInfo {
  const char *name;  // the function's JS name, "" if anonymous
  JsFn fn;           // its JS-visible C function (Error.captureStackTrace's fn)
  int module;        // index in the program's module table
  int kind;          // JS_FRAME_*
} JsFuncInfo;
enum { JS_FRAME_FUNC = 0, JS_FRAME_MODULE = 1, JS_FRAME_ASYNC = 2 };
typedef struct JsFrame {
  struct JsFrame *prev;
  const JsFuncInfo *info;
  JsValue recv, ntarget;  // the call's this and new.target
  uint32_t line, col;
} JsFrame;
extern JsFrame *js__frame;  // the innermost frame, NULL outside JS code
#define JS_FRAME_ENTER(fr, fi)                                                 \
  ((fr).prev = js__frame, (fr).info = (fi), (fr).recv = this_val,              \
   (fr).ntarget = new_target, (fr).line = 0, (fr).col = 0, js__frame = &(fr))
#define JS_FRAME_POP() (js__frame = fr_.prev)
#define JS_POS(l, c) (fr_.line = (l), fr_.col = (c))

// Strings and atoms. [s] is WTF-8 (UTF-8 that may encode lone surrogates).
JsValue js_atom(JsRt *rt, const char *s, size_t len);             // interned
JsValue js_new_string(JsRt *rt, const char *s, size_t len);       // not interned
JsValue js_concat(JsRt *rt, JsValue a, JsValue b);                // both strings
// parts[0] + ... + parts[n-1], all strings (a template literal's pieces),
// in one allocation when short; throws RangeError past the length limit.
JsValue js_concat_n(JsRt *rt, uint32_t n, const JsValue *parts);
JsValue js_new_symbol(JsRt *rt, JsValue description);             // description: string or undefined

// Exceptions.
JsValue js_throw(JsRt *rt, JsValue v);                  // returns JS_EXCEPTION
JsValue js_take_exception(JsRt *rt);                    // pending value, cleared
JsValue js_throw_type_error(JsRt *rt, const char *fmt, ...);
JsValue js_throw_range_error(JsRt *rt, const char *fmt, ...);
JsValue js_throw_reference_error(JsRt *rt, const char *fmt, ...);
JsValue js_throw_syntax_error(JsRt *rt, const char *fmt, ...);
JsValue js_throw_tdz(JsRt *rt, const char *name);       // Cannot access 'x' before initialization
JsValue js_throw_const_assign(JsRt *rt);                // Assignment to constant variable.
JsValue js_throw_not_defined(JsRt *rt, const char *name);  // x is not defined

// Conversions (ECMA-262 #sec-type-conversion).
bool js_truthy_slow(JsRt *rt, JsValue v);
static inline bool js_truthy(JsRt *rt, JsValue v) {
  if (v == JS_TRUE) return true;
  if (v == JS_FALSE || js_is_nullish(v)) return false;
  if (js_is_int(v)) return js_get_int(v) != 0;
  return js_truthy_slow(rt, v);
}
JsValue js_to_number(JsRt *rt, JsValue v);         // throws
JsValue js_to_numeric(JsRt *rt, JsValue v);        // throws; number or bigint
JsValue js_to_string(JsRt *rt, JsValue v);         // throws
JsValue js_to_property_key(JsRt *rt, JsValue v);   // throws; atom
JsValue js_to_object(JsRt *rt, JsValue v);         // throws on null/undefined
JsValue js_to_primitive(JsRt *rt, JsValue v, int hint);  // 0 default, 1 number, 2 string

// Operators. All throw (user valueOf/toString may run) except where noted.
JsValue js_add_slow(JsRt *rt, JsValue a, JsValue b);
static inline JsValue js_add(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_int(a) && js_is_int(b)) {
    int64_t r = (int64_t)js_get_int(a) + js_get_int(b);
    if (r == (int32_t)r) return js_int((int32_t)r);
    return js_double((double)r);
  }
  if (js_is_number(a) && js_is_number(b))
    return js_number(js_get_number(a) + js_get_number(b));
  return js_add_slow(rt, a, b);
}
JsValue js_sub(JsRt *rt, JsValue a, JsValue b);
JsValue js_mul(JsRt *rt, JsValue a, JsValue b);
JsValue js_div(JsRt *rt, JsValue a, JsValue b);
JsValue js_mod(JsRt *rt, JsValue a, JsValue b);
JsValue js_pow(JsRt *rt, JsValue a, JsValue b);
JsValue js_bit_and(JsRt *rt, JsValue a, JsValue b);
JsValue js_bit_or(JsRt *rt, JsValue a, JsValue b);
JsValue js_bit_xor(JsRt *rt, JsValue a, JsValue b);
JsValue js_shl(JsRt *rt, JsValue a, JsValue b);
JsValue js_sar(JsRt *rt, JsValue a, JsValue b);
JsValue js_shr(JsRt *rt, JsValue a, JsValue b);
JsValue js_neg(JsRt *rt, JsValue a);
JsValue js_plus(JsRt *rt, JsValue a);              // unary +
JsValue js_bit_not(JsRt *rt, JsValue a);
JsValue js_inc(JsRt *rt, JsValue a);               // ToNumeric(a) + 1
JsValue js_dec(JsRt *rt, JsValue a);
// Relational: return JS_TRUE, JS_FALSE or JS_EXCEPTION.
JsValue js_lt(JsRt *rt, JsValue a, JsValue b);
JsValue js_le(JsRt *rt, JsValue a, JsValue b);
JsValue js_gt(JsRt *rt, JsValue a, JsValue b);
JsValue js_ge(JsRt *rt, JsValue a, JsValue b);
JsValue js_loose_eq(JsRt *rt, JsValue a, JsValue b);
bool js_strict_eq(JsValue a, JsValue b);           // never throws
bool js_same_value(JsValue a, JsValue b);
bool js_same_value_zero(JsValue a, JsValue b);
JsValue js_typeof(JsRt *rt, JsValue v);            // never throws; a string
JsValue js_instanceof(JsRt *rt, JsValue v, JsValue ctor);
JsValue js_in(JsRt *rt, JsValue key, JsValue obj);

// Objects and properties.
JsValue js_global_object(JsRt *rt);
JsValue js_new_object(JsRt *rt);                   // {} with Object.prototype
JsValue js_new_object_proto(JsRt *rt, JsValue proto);  // proto: object or null
// obj[key] for any obj (primitives use their prototype; null/undefined
// throw "Cannot read properties of undefined (reading 'x')").
JsValue js_get_prop(JsRt *rt, JsValue obj, JsValue key);
JsValue js_get_prop_slow(JsRt *rt, JsValue obj, JsValue key, JsIC *ic);  // fills ic
static inline JsValue js_get_prop_ic(JsRt *rt, JsValue obj, JsValue key, JsIC *ic) {
  if (js_is_object(obj) && js_obj(obj)->shape == ic->shape)
    return js_obj(obj)->slots[ic->slot];
  return js_get_prop_slow(rt, obj, key, ic);
}
// Get with an explicit receiver (super.x, Reflect.get).
JsValue js_get_prop_receiver(JsRt *rt, JsValue obj, JsValue key, JsValue receiver);
// obj[key] = val. [strict] makes a failed assignment throw. Returns
// JS_UNDEFINED or JS_EXCEPTION.
JsValue js_set_prop(JsRt *rt, JsValue obj, JsValue key, JsValue val, bool strict);
JsValue js_set_prop_slow(JsRt *rt, JsValue obj, JsValue key, JsValue val, bool strict, JsIC *ic);
static inline JsValue js_set_prop_ic(JsRt *rt, JsValue obj, JsValue key, JsValue val, bool strict, JsIC *ic) {
  if (js_is_object(obj) && js_obj(obj)->shape == ic->shape) {
    js_obj(obj)->slots[ic->slot] = val;
    return JS_UNDEFINED;
  }
  return js_set_prop_slow(rt, obj, key, val, strict, ic);
}
JsValue js_set_prop_receiver(JsRt *rt, JsValue obj, JsValue key, JsValue val, JsValue receiver, bool strict);
// obj[k] where k is any value (numbers index elements directly).
JsValue js_get_elem(JsRt *rt, JsValue obj, JsValue k);
JsValue js_set_elem(JsRt *rt, JsValue obj, JsValue k, JsValue val, bool strict);
JsValue js_delete_elem(JsRt *rt, JsValue obj, JsValue k, bool strict);  // JS_TRUE/JS_FALSE
// CreateDataPropertyOrThrow, for literals and class fields: defines an own
// enumerable, writable, configurable data property.
JsValue js_define_field(JsRt *rt, JsValue obj, JsValue key, JsValue val);
// An object literal's leading data properties with static keys: a new
// plain object with kv[0]: kv[1], kv[2]: kv[3], ... ([n] values in kv; a
// repeated key keeps its first place and its last value). [site] remembers
// the shape the literal ended with, so later objects get it at once.
JsValue js_new_object_lit(JsRt *rt, JsIC *site, uint32_t n, const JsValue *kv);
// Defines a method (non-enumerable for classes, enumerable in literals),
// setting its home object to [obj].
JsValue js_define_method(JsRt *rt, JsValue obj, JsValue key, JsValue fn, bool enumerable);
// Defines or merges a getter and/or setter (JS_UNDEFINED for the absent one).
JsValue js_define_accessor(JsRt *rt, JsValue obj, JsValue key, JsValue getter,
                           JsValue setter, bool enumerable);
JsValue js_set_proto_literal(JsRt *rt, JsValue obj, JsValue proto);  // {__proto__: p}
JsValue js_copy_data_properties(JsRt *rt, JsValue target, JsValue src);  // {...src}
// Object rest: a new object with src's own enumerable props minus [n] keys.
JsValue js_object_rest(JsRt *rt, JsValue src, int n, const JsValue *excluded_keys);

// Globals (identifiers not declared in the program).
JsValue js_get_global(JsRt *rt, JsValue key);      // throws ReferenceError if absent
JsValue js_get_global_or_undefined(JsRt *rt, JsValue key);  // for typeof x
JsValue js_set_global(JsRt *rt, JsValue key, JsValue val, bool strict);
JsValue js_declare_global_var(JsRt *rt, JsValue key);       // script-mode var
JsValue js_declare_global_function(JsRt *rt, JsValue key, JsValue fn);
// The same for sloppy eval code: its bindings are deletable (configurable).
JsValue js_declare_eval_var(JsRt *rt, JsValue key);
JsValue js_declare_eval_function(JsRt *rt, JsValue key, JsValue fn);
// Throws the TypeError when eval code cannot make global [key] (a function
// when [fn]), checked for all of them before any is made.
JsValue js_eval_can_declare(JsRt *rt, JsValue key, int fn);

// Arrays.
JsValue js_new_array(JsRt *rt, uint32_t capacity);          // length 0
JsValue js_new_array_from(JsRt *rt, uint32_t n, const JsValue *vals);
JsValue js_array_push(JsRt *rt, JsValue arr, JsValue v);    // v may be JS_HOLE
JsValue js_array_push_spread(JsRt *rt, JsValue arr, JsValue iterable);
JsValue js_rest_array(JsRt *rt, int argc, const JsValue *argv, int from);
JsValue js_new_arguments(JsRt *rt, JsValue callee, int argc, const JsValue *argv, bool strict);

// Functions, calls, construction.
JsValue js_new_function(JsRt *rt, JsFn fn, JsEnv *env, JsValue name, int length, uint32_t flags);
JsEnv *js_new_env(JsRt *rt, JsEnv *parent, uint32_t size);  // slots = JS_UNINIT
bool js_is_callable(JsValue v);
bool js_is_constructor(JsValue v);
JsValue js_call(JsRt *rt, JsValue f, JsValue this_val, int argc, JsValue *argv);
// Like js_call, but a non-callable f throws "<what> is not a function".
JsValue js_call_checked(JsRt *rt, JsValue f, JsValue this_val, int argc, JsValue *argv,
                        const char *what);
JsValue js_call_spread(JsRt *rt, JsValue f, JsValue this_val, JsValue args_array,
                       const char *what);
JsValue js_construct(JsRt *rt, JsValue f, int argc, JsValue *argv, JsValue new_target,
                     const char *what);   // "<what> is not a constructor"
JsValue js_construct_spread(JsRt *rt, JsValue f, JsValue args_array, const char *what);
// For sloppy functions: undefined/null this -> global object, primitives boxed.
JsValue js_sloppy_this(JsRt *rt, JsValue this_val);
// A compiled constructor's result rule (#sec-ecmascript-function-objects-construct-argumentslist):
// object results win; otherwise `this` (derived: undefined -> this, which must
// be initialised; anything else throws).
JsValue js_construct_result(JsRt *rt, JsValue result, JsValue this_val, bool derived);

// Classes. [parent] is JS_EMPTY when there is no extends clause. Returns the
// constructor with .prototype wired (its proto chain from parent).
JsValue js_new_class(JsRt *rt, JsFn ctor, JsEnv *env, JsValue name, int length,
                     JsValue parent, uint32_t flags);
// super(...args) inside a derived constructor: constructs the parent of
// [ctor] (the active function) with [new_target]; returns the new this.
JsValue js_super_construct(JsRt *rt, JsValue ctor, JsValue new_target, int argc, JsValue *argv);
JsValue js_super_construct_spread(JsRt *rt, JsValue ctor, JsValue new_target, JsValue args_array);
// super.key / super[key] = v with [home] the method's home object.
JsValue js_super_get(JsRt *rt, JsValue home, JsValue key, JsValue this_val);
JsValue js_super_set(JsRt *rt, JsValue home, JsValue key, JsValue val, JsValue this_val);
void js_set_home(JsValue fn, JsValue home);

// Iteration (for-of, spread, destructuring).
// Returns the iterator object and stores its next method in *next; throws
// "x is not iterable".
JsValue js_get_iterator(JsRt *rt, JsValue obj, JsValue *next);
// The same, naming the value in the error like V8 does from the source
// text: "<what> is not iterable" (what may be NULL).
JsValue js_get_iterator_checked(JsRt *rt, JsValue obj, JsValue *next, const char *what);
// Steps: JS_TRUE with *value set, JS_FALSE when done, or JS_EXCEPTION.
JsValue js_iterator_step(JsRt *rt, JsValue iter, JsValue next, JsValue *value);
// Calls iter.return() if present (break/return/throw out of a loop). When
// [on_throw] the original exception stays pending and errors from return()
// are ignored (returns JS_UNDEFINED); otherwise returns JS_UNDEFINED or
// JS_EXCEPTION.
JsValue js_iterator_close(JsRt *rt, JsValue iter, bool on_throw);
// for-in: an enumerator over enumerable string keys of obj and its protos.
JsValue js_for_in_start(JsRt *rt, JsValue obj);
bool js_for_in_next(JsRt *rt, JsValue e, JsValue *key);  // key is a string

// Template objects for tagged templates (cached per site by the caller).
JsValue js_template_object(JsRt *rt, int n, const JsValue *cooked, const JsValue *raw);
// Regular expression literal.
JsValue js_new_regexp(JsRt *rt, JsValue source, JsValue flags);
// The same, for a literal with a property escape: links their Unicode data
// (runtime/regexp_props.c).
JsValue js_new_regexp_props(JsRt *rt, JsValue source, JsValue flags);

// Dynamic code (DESIGN.md: no interpreter): throws EvalError.
JsValue js_eval_unsupported(JsRt *rt);
// True if [f] is %eval%: a call of it with a compiled string is a direct eval.
bool js_is_intrinsic_eval(JsRt *rt, JsValue f);


// --- runtime/codegen.c: helpers that exist only for generated code ---
// Class field initializers: a class constructor keeps the function that
// defines its instance fields; base constructors run it on entry, derived
// ones right after super() returns.
void js_set_class_fields(JsValue ctor, JsValue init_fn);
JsValue js_run_class_fields(JsRt *rt, JsValue ctor, JsValue this_val);
// TypeError for destructuring null/undefined, in V8's words: "Cannot
// destructure property 'x' of 'obj' as it is undefined." ([prop] and
// [what], the source text of the value, may be NULL).
JsValue js_throw_destructure(JsRt *rt, JsValue v, const char *prop, const char *what);


// Generators and async functions. The compiler turns each into a resume
// function over a heap frame (registers, locals, envs survive suspension).
typedef struct JsGenFrame JsGenFrame;
typedef JsValue (*JsResumeFn)(JsRt *rt, JsGenFrame *F, JsValue sent, int mode);
struct JsGenFrame {
  JsResumeFn resume;
  int state;        // 0 not started, > 0 suspended at that point, -1 done
  bool running;
  bool started;     // generators: next() has run the body
  bool awaiting;    // async generators: suspended at an await (not a yield)
  JsValue callee, this_val, new_target;
  int argc;
  JsValue *argv;
  JsEnv *outer;
  JsValue *r, *l;   // registers, locals
  JsEnv **e;        // environments
  JsValue promise;  // async functions: the result promise
};
// Resume modes.
enum { JS_RESUME_NEXT = 0, JS_RESUME_THROW = 1, JS_RESUME_RETURN = 2 };
JsGenFrame *js_new_frame(JsRt *rt, JsResumeFn resume, int nregs, int nlocals, int nenvs,
                         JsValue callee, JsValue this_val, int argc, JsValue *argv,
                         JsValue new_target);
// Runs a generator's parameter setup and returns the generator object (throws).
JsValue js_generator_start(JsRt *rt, JsGenFrame *F);
// Runs an async function until its first await; returns its promise.
JsValue js_async_start(JsRt *rt, JsGenFrame *F);
// Gives a generator (kind 1) or async (kind 2) function object its
// prototype chain and, for generators, its own .prototype object.
void js_init_coroutine_function(JsRt *rt, JsValue fn, int kind);
// One step of yield*: [mode]/[received] come from the last resume. Returns
// JS_FALSE: yield *out; JS_TRUE: yield* evaluates to *out; js_int(2): the
// generator must return *out. Throws.
JsValue js_delegate_step(JsRt *rt, JsValue iter, JsValue next, JsValue mode,
                         JsValue received, JsValue *out);

// SetFunctionName for computed keys: symbols become "[description]";
// [prefix] is "get", "set" or NULL.
void js_set_function_name(JsRt *rt, JsValue fn, JsValue key, const char *prefix);

// Async generators (kind 3): returns the generator object after parameter setup.
JsValue js_async_generator_start(JsRt *rt, JsGenFrame *F);
// for await: the async iterator of obj (or an async-from-sync wrapper).
JsValue js_get_async_iterator(JsRt *rt, JsValue obj, JsValue *next);
// Checks an awaited iterator result: JS_TRUE with *value, JS_FALSE when
// done, or throws if it is not an object.
JsValue js_async_iter_value(JsRt *rt, JsValue result, JsValue *value);
// Calls iter.return() if it exists (its result is then awaited), else undefined.
JsValue js_async_iterator_return(JsRt *rt, JsValue iter);

// yield* in async generators: calls next/throw/return per [mode]. Returns
// JS_TRUE with *out = the (to be awaited) call result, or js_int(2) when
// the inner iterator has no return(): the generator returns *out. Throws.
JsValue js_async_delegate_call(JsRt *rt, JsValue iter, JsValue next, JsValue mode,
                               JsValue received, JsValue *out);
// Inspects the awaited inner result: JS_FALSE: yield *out; JS_TRUE: yield*
// evaluates to *out; js_int(2): the generator returns *out. Throws.
JsValue js_async_delegate_result(JsRt *rt, JsValue result, JsValue mode, JsValue *out);

// Private names (#x): unique symbols hidden from reflection, stored as own
// properties of the objects that have them (the brand check is "has own").
JsValue js_new_private_symbol(JsRt *rt, JsValue description);
JsValue js_private_get(JsRt *rt, JsValue obj, JsValue sym);
JsValue js_private_set(JsRt *rt, JsValue obj, JsValue sym, JsValue val);
JsValue js_private_in(JsRt *rt, JsValue sym, JsValue obj);
JsValue js_private_define_field(JsRt *rt, JsValue obj, JsValue sym, JsValue val);
// kind: 0 method, 1 getter, 2 setter
JsValue js_private_add_method(JsRt *rt, JsValue obj, JsValue sym, JsValue fn, int kind);

// A BigInt literal (decimal digits, no suffix).
JsValue js_bigint_literal(JsRt *rt, const char *decimal_digits);

// --- runtime/modules.c: the modules compiled into the executable ---
// CommonJS, ES modules, JSON and node's built-ins that ES modules import.
enum { JS_MOD_CJS = 0, JS_MOD_ESM = 1, JS_MOD_JSON = 2, JS_MOD_BUILTIN = 3 };
typedef struct JsModuleExport {
  const char *name;      // export name
  int module;            // module whose environment holds the variable
  int slot;              // its slot there; -1: the namespace of [module]
} JsModuleExport;
typedef struct JsModuleDef {
  const char *filename;  // absolute path (node:name for built-ins)
  int format;            // JS_MOD_*
  JsFn main;             // module body (NULL for JSON and built-ins)
  const char *json;      // JSON module text, or NULL
  size_t json_len;
  JsFn init;             // ES module: creates its environment, hoists functions
  int env_size;          // ES module: environment slots
  bool async;            // ES module with top-level await (main returns a promise)
  const int *requests;   // ES module: modules it imports from, in source order
  int nrequests;
  const JsModuleExport *exports;  // ES module: export names, sorted
  int nexports;
  const char *const *facade;  // CJS/JSON/built-in imported by an ES module:
  int nfacade;                // its named exports, environment slots 1..n
  const char *builtin;   // JS_MOD_BUILTIN: node's module name
  const char *error;     // it failed to compile ("SyntaxError: ..." or a
                         // message): loading it throws that error
} JsModuleDef;
// ES module environments (created by the module's init function).
JsEnv *js_module_env_create(JsRt *rt, int module, int size);
extern JsEnv **js__module_envs;
static inline JsEnv *js_module_env(JsRt *rt, int module) {
  (void)rt;
  return js__module_envs[module];
}
// The namespace object of a module (import * as ns). Throws.
JsValue js_module_namespace(JsRt *rt, int module);
// import.meta of an ES module. Throws.
JsValue js_import_meta(JsRt *rt, int module);
// import(specifier) written in [module]: a promise of the namespace.
JsValue js_dynamic_import(JsRt *rt, JsValue specifier, int module);
typedef struct JsModuleLink {
  int from;              // requiring/importing module
  const char *specifier; // as written in require("...") or import
  int to;
  int require;           // 1: how require() resolves it, 0: how import does
} JsModuleLink;
// Called from module_init: module 0 is the main module.
void js_register_modules(JsRt *rt, const JsModuleDef *mods, int n, const JsModuleLink *links,
                         int nlinks);

// Mapped arguments (sloppy functions with simple parameters): parameter
// [i] reads arguments[i] while that element exists, and writes go to both.
static inline JsValue js_mapped_arg_get(JsValue args, JsValue local, int i) {
  JsObject *o = js_obj(args);
  if ((uint32_t)i < o->elem_len && (uint32_t)i < o->elem_cap && o->elems[i] != JS_HOLE)
    return o->elems[i];
  return local;
}
static inline void js_mapped_arg_set(JsValue args, JsValue v, int i) {
  JsObject *o = js_obj(args);
  if ((uint32_t)i < o->elem_len && (uint32_t)i < o->elem_cap && o->elems[i] != JS_HOLE)
    o->elems[i] = v;
}

// `with (obj)`: does [key] name a binding of obj's object environment
// (HasProperty and not blocked by obj[Symbol.unscopables])? Throws.
JsValue js_with_has(JsRt *rt, JsValue obj, JsValue key);

// Inline fast paths the emitter calls for arithmetic and comparisons:
// numbers stay in registers; anything else takes the generic runtime path.
static inline JsValue js_op_sub(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_int(a) && js_is_int(b)) {
    int64_t r = (int64_t)js_get_int(a) - js_get_int(b);
    if (r == (int32_t)r)
      return js_int((int32_t)r);
  }
  if (js_is_number(a) && js_is_number(b))
    return js_number(js_get_number(a) - js_get_number(b));
  return js_sub(rt, a, b);
}
static inline JsValue js_op_mul(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b))
    return js_number(js_get_number(a) * js_get_number(b));
  return js_mul(rt, a, b);
}
static inline JsValue js_op_div(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b))
    return js_number(js_get_number(a) / js_get_number(b));
  return js_div(rt, a, b);
}
#define JS_OP_CMP(name, op)                                               \
  static inline JsValue js_op_##name(JsRt *rt, JsValue a, JsValue b) {   \
    if (js_is_int(a) && js_is_int(b))                                     \
      return js_bool(js_get_int(a) op js_get_int(b));                     \
    if (js_is_number(a) && js_is_number(b))                               \
      return js_bool(js_get_number(a) op js_get_number(b));               \
    return js_##name(rt, a, b);                                           \
  }
JS_OP_CMP(lt, <)
JS_OP_CMP(le, <=)
JS_OP_CMP(gt, >)
JS_OP_CMP(ge, >=)
#undef JS_OP_CMP
#define JS_OP_BIT(name, op)                                               \
  static inline JsValue js_op_##name(JsRt *rt, JsValue a, JsValue b) {   \
    if (js_is_int(a) && js_is_int(b))                                     \
      return js_int(js_get_int(a) op js_get_int(b));                      \
    return js_##name(rt, a, b);                                           \
  }
JS_OP_BIT(bit_and, &)
JS_OP_BIT(bit_or, |)
JS_OP_BIT(bit_xor, ^)
#undef JS_OP_BIT
static inline JsValue js_op_shl(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_int(a) && js_is_int(b))
    return js_int((int32_t)((uint32_t)js_get_int(a) << (js_get_int(b) & 31)));
  return js_shl(rt, a, b);
}
static inline JsValue js_op_sar(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_int(a) && js_is_int(b))
    return js_int(js_get_int(a) >> (js_get_int(b) & 31));
  return js_sar(rt, a, b);
}
static inline JsValue js_op_inc(JsRt *rt, JsValue a) {
  if (js_is_int(a) && js_get_int(a) != INT32_MAX)
    return js_int(js_get_int(a) + 1);
  return js_inc(rt, a);
}
static inline JsValue js_op_dec(JsRt *rt, JsValue a) {
  if (js_is_int(a) && js_get_int(a) != INT32_MIN)
    return js_int(js_get_int(a) - 1);
  return js_dec(rt, a);
}
static inline JsValue js_op_to_numeric(JsRt *rt, JsValue a) {
  return js_is_number(a) ? a : js_to_numeric(rt, a);
}

#endif
