// SPDX-License-Identifier: MIT
//
// bindings.c: the natives node's JS built-ins are written with, and node's
// globals that those built-ins define.
//
// require('kiln:NAME') in a stdlib/node/*.js module gives the object that
// js_binding_NAME (in stdlib/node/NAME.c) fills with native functions; it
// is made once. The globals (Buffer, URL, TextEncoder ...) are accessors
// on the global object until first used: the getter loads the module,
// reads the export and replaces itself with a data property (writable,
// configurable, enumerable where node's is), so a program that
// never touches Buffer never loads buffer.js. A row whose module is not
// linked in (no code of the program names the global) is skipped.
#include "internal.h"

#include <string.h>

// A maker is weak: only the bindings some linked code requires (a built-in's
// require('kiln:NAME'), compiler/module/builtin_refs.c) are in the
// executable; the others are NULL and not found.
#define NODE_BINDING(name) __attribute__((weak)) JsValue js_binding_##name(JsRt *rt);
#include "node_tables.def"

static const struct {
  const char *name;
  JsValue (*make)(JsRt *rt);
} bindings[] = {
#define NODE_BINDING(name) {#name, js_binding_##name},
#include "node_tables.def"
};
#define NBINDINGS (sizeof bindings / sizeof bindings[0])

static JsValue made[NBINDINGS];

JsValue js_node_binding(JsRt *rt, const char *name, bool *found) {
  for (size_t i = 0; i < NBINDINGS; i++) {
    if (strcmp(bindings[i].name, name) != 0 || !bindings[i].make)
      continue;
    *found = true;
    if (!js_is_object(made[i])) {
      JsValue b = bindings[i].make(rt);
      if (js_is_exception(b))
        return b;
      made[i] = b;  // static: a GC root
    }
    return made[i];
  }
  *found = false;
  return JS_UNDEFINED;
}

// Global name -> (built-in module, export), enumerable as in node 20.
static const struct {
  const char *global, *module, *export;
  bool enumerable;
} lazy_globals[] = {
#define NODE_GLOBAL(global, module, export, enumerable) \
  {#global, #module, #export, enumerable},
#include "node_tables.def"
};
#define NLAZY (sizeof lazy_globals / sizeof lazy_globals[0])

static int lazy_row(JsRt *rt, JsValue callee) {
  const char *name = js_cstr(rt, js_function_name_of(rt, callee));
  // Getter and setter names are "get X" / "set X".
  if (strncmp(name, "get ", 4) == 0 || strncmp(name, "set ", 4) == 0)
    name += 4;
  for (size_t i = 0; i < NLAZY; i++)
    if (strcmp(lazy_globals[i].global, name) == 0)
      return (int)i;
  return -1;
}

static void settle(JsRt *rt, int row, JsValue v) {
  js_define_value(rt, rt->global, js_atom_cstr(rt, lazy_globals[row].global), v,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE |
                      (lazy_globals[row].enumerable ? JS_PROP_ENUMERABLE : 0));
}

static JsValue lazy_get(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                        JsValue new_target) {
  (void)this_val, (void)argc, (void)argv, (void)new_target;
  int row = lazy_row(rt, callee);
  if (row < 0)
    return JS_UNDEFINED;
  char spec[80];
  snprintf(spec, sizeof spec, "%s%s", strncmp(lazy_globals[row].module, "internal", 8) == 0
                                          ? "kiln:" : "", lazy_globals[row].module);
  bool found;
  JsValue exports = js_require_builtin(rt, spec, &found);
  if (js_is_exception(exports))
    return exports;
  JsValue v = found && js_is_object(exports)
                  ? js_get_prop(rt, exports, js_atom_cstr(rt, lazy_globals[row].export))
                  : JS_UNDEFINED;
  if (js_is_exception(v))
    return v;
  settle(rt, row, v);
  return v;
}

static JsValue lazy_set(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                        JsValue new_target) {
  (void)this_val, (void)new_target;
  int row = lazy_row(rt, callee);
  if (row >= 0)
    settle(rt, row, js_arg(argc, argv, 0));
  return JS_UNDEFINED;
}

void stdlib_node_globals_init(JsRt *rt) {
  for (size_t i = 0; i < NLAZY; i++) {
    if (!js_builtin_module_exists(lazy_globals[i].module))
      continue;
    char name[80];
    snprintf(name, sizeof name, "get %s", lazy_globals[i].global);
    JsValue get = js_new_native(rt, lazy_get, name, 0);
    snprintf(name, sizeof name, "set %s", lazy_globals[i].global);
    JsValue set = js_new_native(rt, lazy_set, name, 1);
    js_define_accessor(rt, rt->global, js_atom_cstr(rt, lazy_globals[i].global), get, set,
                       lazy_globals[i].enumerable);
  }
}
