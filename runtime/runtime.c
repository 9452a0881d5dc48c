// SPDX-License-Identifier: MIT
//
// runtime.c: creating the runtime and running a program.
//
// js_rt_new builds what every built-in file leans on before any of them
// runs: the atom table, common atoms, well-known symbols, the shared
// function shapes, the core intrinsic objects (Object.prototype,
// Function.prototype, Array.prototype, the primitive wrappers' prototypes,
// the Error prototypes) and the global object. The stdlib_*_init functions
// then fill those objects in (they must not replace them) in the order
// internal.h lists. js_main runs a compiled program as a CommonJS module
// and reports an uncaught exception the way node does.
#include "internal.h"

#include <gc.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

uintptr_t js__stack_limit;
JsRt *js__rt;

#define STACK_MARGIN (256u * 1024u)
#define STACK_DEFAULT (8u * 1024u * 1024u)

static void init_stack_limit(void) {
  struct rlimit rl;
  size_t size = STACK_DEFAULT;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      rl.rlim_cur < STACK_DEFAULT)
    size = (size_t)rl.rlim_cur;
  uintptr_t here = (uintptr_t)__builtin_frame_address(0);
  js__stack_limit = here - (size - STACK_MARGIN);
}

static void init_atoms(JsRt *rt) {
#define A(field, text) rt->field = js_atom_cstr(rt, text)
  A(atom_empty, "");
  A(atom_length, "length");
  A(atom_prototype, "prototype");
  A(atom_constructor, "constructor");
  A(atom_name, "name");
  A(atom_message, "message");
  A(atom_stack, "stack");
  A(atom_cause, "cause");
  A(atom_to_string, "toString");
  A(atom_value_of, "valueOf");
  A(atom_next, "next");
  A(atom_done, "done");
  A(atom_value, "value");
  A(atom_return, "return");
  A(atom_throw, "throw");
  A(atom_get, "get");
  A(atom_set, "set");
  A(atom_writable, "writable");
  A(atom_enumerable, "enumerable");
  A(atom_configurable, "configurable");
  A(atom_errors, "errors");
  A(atom_callee, "callee");
  A(atom_caller, "caller");
  A(atom_arguments, "arguments");
  A(atom_default, "default");
  A(atom_index, "index");
  A(atom_input, "input");
  A(atom_groups, "groups");
  A(atom_raw, "raw");
  A(atom_source, "source");
  A(atom_flags, "flags");
  A(atom_last_index, "lastIndex");
  A(atom_join, "join");
  A(atom_proto, "__proto__");
  A(atom_to_json, "toJSON");
  A(atom_then, "then");
  A(atom_resolve, "resolve");
#undef A
  static const char *types[8] = {"undefined", "object", "boolean", "number",
                                 "string", "symbol", "function", "bigint"};
  for (int i = 0; i < 8; i++)
    rt->typeof_atoms[i] = js_atom_cstr(rt, types[i]);
}

JsValue js_new_symbol(JsRt *rt, JsValue description) {
  (void)rt;
  JsSymbol *s = js_gc_alloc(sizeof(JsSymbol));
  s->hdr.kind = JS_KIND_SYMBOL;
  s->description = js_is_string(description) ? description : JS_UNDEFINED;
  return js_from_cell(s);
}

static void init_symbols(JsRt *rt) {
#define S(field, text) rt->field = js_new_symbol(rt, js_atom_cstr(rt, text))
  S(sym_iterator, "Symbol.iterator");
  S(sym_async_iterator, "Symbol.asyncIterator");
  S(sym_has_instance, "Symbol.hasInstance");
  S(sym_to_primitive, "Symbol.toPrimitive");
  S(sym_to_string_tag, "Symbol.toStringTag");
  S(sym_species, "Symbol.species");
  S(sym_is_concat_spreadable, "Symbol.isConcatSpreadable");
  S(sym_unscopables, "Symbol.unscopables");
  S(sym_match, "Symbol.match");
  S(sym_match_all, "Symbol.matchAll");
  S(sym_replace, "Symbol.replace");
  S(sym_search, "Symbol.search");
  S(sym_split, "Symbol.split");
#undef S
}

static JsValue function_proto_call(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)rt, (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  return JS_UNDEFINED;
}

static JsValue throw_type_error_fn(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  return js_throw_type_error(rt, "'caller', 'callee', and 'arguments' properties may "
                                 "not be accessed on strict mode functions or the "
                                 "arguments objects for calls to them");
}

static JsValue new_wrapper_proto(JsRt *rt, JsClassId cls, JsValue boxed) {
  JsObject *o = js_new_object_class(rt, rt->object_proto, cls);
  js_set_boxed_value(o, boxed);
  return js_from_cell(o);
}

static void init_intrinsics(JsRt *rt) {
  JsObject *op = js_new_object_class(rt, JS_NULL, JS_CLASS_OBJECT);
  op->hdr.flags |= JS_OBJ_IMMUTABLE_PROTO;
  rt->object_proto = js_from_cell(op);
  // Shared function shapes: length, name [, prototype].
  int c = JS_PROP_CONFIGURABLE;
  rt->fn_shape_plain = js__shape_add(js__shape_add(rt->root_shape, rt->atom_length, c),
                                     rt->atom_name, c);
  rt->fn_shape_proto = js__shape_add(rt->fn_shape_plain, rt->atom_prototype,
                                     JS_PROP_WRITABLE);
  rt->fn_shape_classproto = js__shape_add(rt->fn_shape_plain, rt->atom_prototype, 0);
  rt->fn_shape_sloppy = js__shape_add(js__shape_add(rt->fn_shape_plain, rt->atom_arguments, 0),
                                      rt->atom_caller, 0);
  rt->fn_shape_sloppy_proto = js__shape_add(rt->fn_shape_sloppy, rt->atom_prototype,
                                            JS_PROP_WRITABLE);
  // Function.prototype is itself a function (returning undefined).
  JsObject *fp = js_new_object_class(rt, rt->object_proto, JS_CLASS_FUNCTION);
  fp->fn = function_proto_call;
  fp->fn_flags = JS_FN_NATIVE | JS_FN_STRICT;
  rt->function_proto = js_from_cell(fp);
  fp->slots = js_gc_alloc(4 * sizeof(JsValue));
  fp->shape = rt->fn_shape_plain;
  fp->slots[0] = js_int(0);
  fp->slots[1] = rt->atom_empty;
  rt->array_proto = js_from_cell(js_new_object_class(rt, rt->object_proto, JS_CLASS_ARRAY));
  rt->string_proto = new_wrapper_proto(rt, JS_CLASS_STRING, rt->atom_empty);
  rt->number_proto = new_wrapper_proto(rt, JS_CLASS_NUMBER, js_int(0));
  rt->boolean_proto = new_wrapper_proto(rt, JS_CLASS_BOOLEAN, JS_FALSE);
  rt->symbol_proto = js_new_object(rt);
  rt->error_proto = js_new_object(rt);
  rt->error_protos[JS_ERROR] = rt->error_proto;
  for (int k = 1; k < 8; k++)
    rt->error_protos[k] = js_new_object_proto(rt, rt->error_proto);
  rt->iterator_proto = js_new_object(rt);
  rt->array_iterator_proto = js_new_object_proto(rt, rt->iterator_proto);
  rt->global = js_new_object(rt);
  rt->symbol_registry = js_new_object_proto(rt, JS_NULL);
  JsValue thrower = js_new_native(rt, throw_type_error_fn, "", 0);
  js_set_integrity(rt, thrower, true);
  rt->throw_type_error = thrower;
}

JsRt *js_rt_new(int argc, char **argv) {
  GC_INIT();
  js__gc_setup();
  JsRt *rt = GC_MALLOC_UNCOLLECTABLE(sizeof(JsRt));
  memset(rt, 0, sizeof *rt);
  js__rt = rt;
  rt->argc = argc;
  rt->argv = argv;
  rt->exception = JS_UNDEFINED;
  init_stack_limit();
  rt->root_shape = js__shape_root();
  JsValue *chars = js_gc_alloc(256 * sizeof(JsValue));
  for (int i = 0; i < 256; i++) {
    uint8_t b = (uint8_t)i;
    chars[i] = js_str_intern(rt, js_str_from_latin1(rt, &b, 1));
  }
  rt->char_strings = chars;
  init_atoms(rt);
  init_symbols(rt);
  init_intrinsics(rt);
  js__namespace_init();
  stdlib_init(rt);
  return rt;
}

// --- the program -------------------------------------------------------------------------


static char *absolute_path(const char *p) {
  if (!p)
    p = "";
  if (p[0] == '/')
    return strdup(p);
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd))
    return strdup(p);
  size_t n = strlen(cwd) + strlen(p) + 2;
  char *out = malloc(n);
  snprintf(out, n, "%s/%s", cwd, p);
  return out;
}

static JsValue run_main(JsRt *rt, JsFn module_main, const char *filename) {
  if (!js__modules_registered()) {
    char *abs = absolute_path(filename);
    js__register_main_module(rt, abs, module_main);  // lives as long as the process
  }
  return js__run_main_module(rt);
}

int js_main(int argc, char **argv, void (*init)(JsRt *rt), JsFn module_main,
            const char *filename) {
  GC_INIT();
  static char outbuf[1 << 16];
  if (!isatty(1))
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  JsRt *rt = js_rt_new(argc, argv);
  rt->main_filename = filename;
  if (init)
    init(rt);
  JsValue r = run_main(rt, module_main, filename);
  if (rt->run_event_loop)  // it also reports a throw from the main body (exit listeners)
    r = rt->run_event_loop(rt);
  int code = rt->exit_code;
  if (js_is_exception(r)) {
    fflush(stdout);
    js_report_uncaught(rt, js_take_exception(rt));
    code = 1;
  }
  fflush(stdout);
  fflush(stderr);
  return code;
}
