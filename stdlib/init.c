// SPDX-License-Identifier: MIT
//
// init.c: the standard library's init list. js_rt_new (the host) calls
// stdlib_init once; each built-in file installs its objects here, in an
// order where every file finds what it builds on (Object and Function
// first, the global object's functions after the constructors they bind,
// node's lazily loaded globals last).
//
// The built-ins that few programs use are linked per use: the calls below
// reference them weakly, so their file (and what it pulls: regexp.c's
// Unicode tables, libm's Math functions) is in an executable only when linked
// code references it strongly: the program's C when its code names the
// built-in (compiler/module/builtin_refs.c), a regex literal
// (js_new_regexp), a built-in module that needs it. Values of these classes
// exist only when their file is linked, so code that handles them references
// the file weakly too (inspect.c, iterator.c, string.c).
#include "internal.h"

#define LAZY(name) __attribute__((weak)) void stdlib_##name##_init(JsRt *rt);
LAZY(math)
LAZY(regexp)
LAZY(typedarray)
LAZY(atomics)
LAZY(date)
LAZY(iterator_helpers)
#undef LAZY

#define IF_LINKED(init) \
  if (init)             \
    init(rt)

void stdlib_init(JsRt *rt) {
  stdlib_object_init(rt);
  stdlib_function_init(rt);
  stdlib_error_init(rt);
  stdlib_symbol_init(rt);
  stdlib_iterator_init(rt);
  stdlib_array_init(rt);
  stdlib_string_init(rt);
  stdlib_number_init(rt);
  stdlib_boolean_init(rt);
  IF_LINKED(stdlib_math_init);
  stdlib_json_init(rt);
  stdlib_console_init(rt);
  stdlib_global_init(rt);
  stdlib_promise_init(rt);
  stdlib_timers_init(rt);
  stdlib_process_init(rt);
  stdlib_map_init(rt);
  stdlib_reflect_init(rt);
  stdlib_proxy_init(rt);
  IF_LINKED(stdlib_date_init);
  IF_LINKED(stdlib_regexp_init);
  IF_LINKED(stdlib_typedarray_init);
  IF_LINKED(stdlib_atomics_init);
  stdlib_bigint_init(rt);
  IF_LINKED(stdlib_iterator_helpers_init);
  stdlib_node_globals_init(rt);
}
