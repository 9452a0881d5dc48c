// SPDX-License-Identifier: MIT
//
// init.c: the standard library's init list. js_rt_new (the host) calls
// stdlib_init once; each built-in file installs its objects here, in an
// order where every file finds what it builds on (Object and Function
// first, the global object's functions after the constructors they bind,
// node's lazily loaded globals last).
#include "internal.h"

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
  stdlib_math_init(rt);
  stdlib_json_init(rt);
  stdlib_console_init(rt);
  stdlib_global_init(rt);
  stdlib_promise_init(rt);
  stdlib_timers_init(rt);
  stdlib_process_init(rt);
  stdlib_map_init(rt);
  stdlib_reflect_init(rt);
  stdlib_proxy_init(rt);
  stdlib_date_init(rt);
  stdlib_regexp_init(rt);
  stdlib_typedarray_init(rt);
  stdlib_atomics_init(rt);
  stdlib_bigint_init(rt);
  stdlib_iterator_helpers_init(rt);
  stdlib_node_globals_init(rt);
}
