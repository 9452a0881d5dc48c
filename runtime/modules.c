// SPDX-License-Identifier: MIT
//
// modules.c: CommonJS modules compiled into one executable.
//
// The compiler finds every `require("./literal")` it can resolve at compile
// time, compiles those files too, and registers them here with a table of
// (module, specifier) -> module links. Each module gets its own `require`;
// loading runs the module body once as node's wrapper function would and
// caches its `module` object (a cycle sees the partial exports, as in node).
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../stdlib/stdlib.h"

static const JsModuleDef *modules;
static int nmodules;
static const JsModuleLink *links;
static int nlinks;
static JsValue *cache;  // module objects, JS_EMPTY until loaded (GC memory)

void js_register_modules(JsRt *rt, const JsModuleDef *mods, int n, const JsModuleLink *l, int nl) {
  (void)rt;
  modules = mods;
  nmodules = n;
  links = l;
  nlinks = nl;
  cache = js_gc_alloc(sizeof(JsValue) * (size_t)(n ? n : 1));
}

bool js__modules_registered(void) { return nmodules > 0; }

static JsValue make_require(JsRt *rt, int index);

static JsValue not_found(JsRt *rt, const char *spec) {
  JsValue err = js_new_error(rt, JS_ERROR, "Cannot find module '%s'", spec);
  js_define_value(rt, err, js_atom_cstr(rt, "code"), js_new_cstring(rt, "MODULE_NOT_FOUND"),
                  JS_PROP_DEFAULT);
  return js_throw(rt, err);
}

static JsValue dirname_of(JsRt *rt, const char *file) {
  const char *slash = strrchr(file, '/');
  if (!slash)
    return js_new_cstring(rt, ".");
  size_t n = slash == file ? 1 : (size_t)(slash - file);
  return js_new_string(rt, file, n);
}

static JsValue json_parse(JsRt *rt, const char *text, size_t len) {
  JsValue json = js_get_prop(rt, rt->global, js_atom_cstr(rt, "JSON"));
  if (js_is_exception(json))
    return json;
  JsValue parse = js_get_prop(rt, json, js_atom_cstr(rt, "parse"));
  if (js_is_exception(parse))
    return parse;
  JsValue s = js_new_string(rt, text, len);
  return js_call(rt, parse, json, 1, &s);
}

// Loads module [i] (once) and returns its module.exports.
static JsValue load(JsRt *rt, int i) {
  JsValue exports_atom = js_atom_cstr(rt, "exports");
  if (cache[i] != JS_EMPTY)
    return js_get_prop(rt, cache[i], exports_atom);
  const JsModuleDef *d = &modules[i];
  JsValue module = js_new_object(rt);
  JsValue exports = js_new_object(rt);
  JsValue fname = js_new_cstring(rt, d->filename), dname = dirname_of(rt, d->filename);
  js_define_field(rt, module, js_atom_cstr(rt, "id"), i == 0 ? js_atom_cstr(rt, ".") : fname);
  js_define_field(rt, module, js_atom_cstr(rt, "path"), dname);
  js_define_field(rt, module, exports_atom, exports);
  js_define_field(rt, module, js_atom_cstr(rt, "filename"), fname);
  js_define_field(rt, module, js_atom_cstr(rt, "loaded"), JS_FALSE);
  js_define_field(rt, module, js_atom_cstr(rt, "children"), js_new_array(rt, 0));
  js_define_field(rt, module, js_atom_cstr(rt, "paths"), js_new_array(rt, 0));
  cache[i] = module;
  if (d->json) {
    JsValue v = json_parse(rt, d->json, d->json_len);
    if (js_is_exception(v))
      return v;
    js_set_prop(rt, module, exports_atom, v, false);
  } else {
    JsValue require = make_require(rt, i);
    JsValue args[5] = {exports, require, module, fname, dname};
    JsValue fn = js_new_function(rt, d->main, NULL, rt->atom_empty, 5, 0);
    JsValue r = js_call(rt, fn, exports, 5, args);
    if (js_is_exception(r)) {
      cache[i] = JS_EMPTY;  // node forgets a module whose body threw
      return r;
    }
  }
  js_set_prop(rt, module, js_atom_cstr(rt, "loaded"), JS_TRUE, false);
  return js_get_prop(rt, module, exports_atom);
}

// --- built-in modules ----------------------------------------------------------------

static JsValue *builtin_cache;  // module objects of loaded built-ins

static JsValue internal_format(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  return js_format_values(rt, argc, argv);
}

static JsValue internal_inspect(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsInspectOpts opts = {.depth = 2, .show_hidden = false};
  JsValue o = js_arg(argc, argv, 1);
  if (js_is_object(o)) {
    JsValue d = js_get_prop(rt, o, js_atom_cstr(rt, "depth"));
    if (js_is_exception(d))
      return d;
    if (js_is_number(d))
      opts.depth = js_get_number(d) > 1e6 ? 1000000 : (int)js_get_number(d);
    else if (js_is_null(d))
      opts.depth = 1000000;
    JsValue h = js_get_prop(rt, o, js_atom_cstr(rt, "showHidden"));
    if (js_is_exception(h))
      return h;
    opts.show_hidden = js_truthy(rt, h);
  }
  return js_inspect_with(rt, js_arg(argc, argv, 0), &opts);
}

// require('kiln:internal'): natives the JS built-ins are written with.
static JsValue internal_module(JsRt *rt) {
  static JsValue obj;
  if (js_is_object(obj))
    return obj;
  obj = js_new_object(rt);
  js_define_field(rt, obj, js_atom_cstr(rt, "format"),
                  js_new_native(rt, internal_format, "format", 0));
  js_define_field(rt, obj, js_atom_cstr(rt, "inspect"),
                  js_new_native(rt, internal_inspect, "inspect", 2));
  return obj;
}

static JsValue load_builtin(JsRt *rt, int i) {
  JsValue exports_atom = js_atom_cstr(rt, "exports");
  if (!builtin_cache) {
    int n = 0;
    while (js_builtin_modules[n].name)
      n++;
    builtin_cache = js_gc_alloc(sizeof(JsValue) * (size_t)(n + 1));
  }
  if (builtin_cache[i] != JS_EMPTY)
    return js_get_prop(rt, builtin_cache[i], exports_atom);
  const JsBuiltinModule *b = &js_builtin_modules[i];
  b->init(rt);
  JsValue module = js_new_object(rt);
  JsValue exports = js_new_object(rt);
  JsValue fname = js_new_stringf(rt, "node:%s", b->name);
  js_define_field(rt, module, js_atom_cstr(rt, "id"), fname);
  js_define_field(rt, module, exports_atom, exports);
  builtin_cache[i] = module;
  JsValue require = make_require(rt, -1);
  JsValue args[5] = {exports, require, module, fname, js_new_cstring(rt, "node:")};
  JsValue fn = js_new_function(rt, b->main, NULL, rt->atom_empty, 5, 0);
  JsValue r = js_call(rt, fn, exports, 5, args);
  if (js_is_exception(r)) {
    builtin_cache[i] = JS_EMPTY;
    return r;
  }
  return js_get_prop(rt, module, exports_atom);
}

// Node's built-in module names, with or without the node: prefix.
static JsValue require_builtin(JsRt *rt, const char *spec, bool *found) {
  *found = true;
  if (strcmp(spec, "kiln:internal") == 0)
    return internal_module(rt);
  const char *name = strncmp(spec, "node:", 5) == 0 ? spec + 5 : spec;
  // 'timers/promises' is stdlib/node/timers_promises.js.
  char file_name[64];
  snprintf(file_name, sizeof file_name, "%s", name);
  for (char *c = file_name; *c; c++)
    if (*c == '/')
      *c = '_';
  for (int i = 0; js_builtin_modules[i].name; i++)
    if (strcmp(js_builtin_modules[i].name, file_name) == 0)
      return load_builtin(rt, i);
  *found = false;
  return JS_UNDEFINED;
}

static JsValue require_fn(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                          JsValue new_target) {
  (void)this_val, (void)new_target;
  int from = js_get_int(js_func_env(callee)->slots[0]);
  JsValue id = js_arg(argc, argv, 0);
  if (!js_is_string(id))
    return js_throw_type_error(rt, "The \"id\" argument must be of type string. Received %s",
                               js_cstr(rt, id));
  const char *spec = js_cstr(rt, id);
  for (int k = 0; k < nlinks; k++)
    if (links[k].from == from && strcmp(links[k].specifier, spec) == 0)
      return load(rt, links[k].to);
  bool found;
  JsValue b = require_builtin(rt, spec, &found);
  if (found)
    return b;
  return not_found(rt, spec);
}

static JsValue make_require(JsRt *rt, int index) {
  JsEnv *env = js_new_env(rt, NULL, 1);
  env->slots[0] = js_int(index);
  JsValue r = js_new_function(rt, require_fn, env, js_atom_cstr(rt, "require"), 1, JS_FN_NATIVE);
  JsValue cache_obj = js_new_object(rt);
  js_define_field(rt, r, js_atom_cstr(rt, "cache"), cache_obj);
  return r;
}

// A program without compiled-in dependencies is a one-module table.
void js__register_main_module(JsRt *rt, const char *filename, JsFn main) {
  static JsModuleDef single;
  single.filename = filename;
  single.main = main;
  js_register_modules(rt, &single, 1, NULL, 0);
}

JsValue js__run_main_module(JsRt *rt) {
  JsValue r = load(rt, 0);
  return js_is_exception(r) ? r : JS_UNDEFINED;
}
