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

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../stdlib/stdlib.h"

#include <uv.h>

static const JsModuleDef *modules;
static int nmodules;
static const JsModuleLink *links;
static int nlinks;
static JsValue *cache;       // module objects, JS_EMPTY until loaded (GC memory)
JsEnv **js__module_envs;     // ES module environments and facades (GC memory)
static JsValue *namespaces;  // namespace objects, made on first use
static JsValue *required_ns; // what require() returns for an ES module with a default
static JsValue *metas;       // import.meta objects
static JsValue *eval_error;  // the error a module's evaluation threw
static JsValue *eval_promise;  // settles when the module has run (made on demand)
static uint8_t *state;       // evaluation state (enum below)
// A built-in's export names are known only once its module.exports exists
// (the compiler never sees its source): the names importers did not ask
// for are added to its facade when it is evaluated for an importer.
static const char ***extra_names;
static int *nextra;
static JsValue require_cache;  // require.cache
// The module the program runs first: 0, or in a child started by
// child_process.fork() the module named by KILN_FORK_MODULE.
static int main_index;

enum { ST_NEW, ST_EVALUATING, ST_EVALUATED, ST_ERROR, ST_ASYNC, ST_WAITING };

static void *gc_array(int n, size_t size) { return js_gc_alloc(size * (size_t)(n ? n : 1)); }

// A module's absolute path and format, for stack frames (NULL if unknown).
const char *js_module_filename(int i, int *format) {
  if (i < 0 || i >= nmodules)
    return NULL;
  *format = modules[i].format;
  return modules[i].filename;
}

void js_register_modules(JsRt *rt, const JsModuleDef *mods, int n, const JsModuleLink *l, int nl) {
  (void)rt;
  modules = mods;
  nmodules = n;
  links = l;
  nlinks = nl;
  cache = gc_array(n, sizeof(JsValue));
  js__module_envs = gc_array(n, sizeof(JsEnv *));
  namespaces = gc_array(n, sizeof(JsValue));
  required_ns = gc_array(n, sizeof(JsValue));
  metas = gc_array(n, sizeof(JsValue));
  eval_error = gc_array(n, sizeof(JsValue));
  eval_promise = gc_array(n, sizeof(JsValue));
  state = gc_array(n, 1);
  extra_names = gc_array(n, sizeof(char **));
  nextra = gc_array(n, sizeof(int));
  for (int i = 0; i < n; i++)
    cache[i] = namespaces[i] = required_ns[i] = metas[i] = eval_promise[i] = eval_error[i] = JS_EMPTY;
}

bool js__modules_registered(void) { return nmodules > 0; }

static JsValue make_require(JsRt *rt, int index);
static JsValue esm_require(JsRt *rt, int i);

static JsValue error_with_code(JsRt *rt, JsErrorKind kind, const char *code, const char *msg) {
  JsValue err = js_new_error(rt, kind, "%s", msg);
  js_define_value(rt, err, js_atom_cstr(rt, "code"), js_new_cstring(rt, code),
                  JS_PROP_DEFAULT);
  return err;
}

static JsValue not_found(JsRt *rt, const char *spec, int from) {
  const char *file = from >= 0 ? modules[from].filename : NULL;
  char *msg = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&msg, &len);
  fprintf(f, "Cannot find module '%s'", spec);
  if (file && file[0] == '/')
    fprintf(f, "\nRequire stack:\n- %s", file);
  fclose(f);
  JsValue err = error_with_code(rt, JS_ERROR, "MODULE_NOT_FOUND", msg);
  if (file && file[0] == '/') {
    JsValue stack = js_new_array(rt, 1);
    js_array_push(rt, stack, js_new_cstring(rt, file));
    js_define_value(rt, err, js_atom_cstr(rt, "requireStack"), stack, JS_PROP_DEFAULT);
  }
  free(msg);
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

static JsValue require_builtin(JsRt *rt, const char *spec, bool *found);
static int runtime_lookup(int from, const char *spec);

// The error a module that failed to compile throws when loaded: its
// type from the message ("TypeError [CODE]: ...", "SyntaxError: ..."),
// SyntaxError otherwise, as node reports a module it cannot parse.
static JsValue compile_error(JsRt *rt, const char *msg) {
  static const struct { const char *name; JsErrorKind kind; } kinds[] = {
      {"SyntaxError", JS_SYNTAX_ERROR}, {"TypeError", JS_TYPE_ERROR},
      {"ReferenceError", JS_REFERENCE_ERROR}, {"RangeError", JS_RANGE_ERROR},
      {"Error", JS_ERROR}};
  JsErrorKind kind = JS_SYNTAX_ERROR;
  const char *code = NULL;
  size_t code_len = 0;
  for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
    size_t n = strlen(kinds[k].name);
    if (strncmp(msg, kinds[k].name, n) != 0)
      continue;
    const char *rest = msg + n;
    if (rest[0] == ' ' && rest[1] == '[' && strchr(rest, ']')) {
      code = rest + 2;
      code_len = (size_t)(strchr(rest, ']') - code);
      rest = strchr(rest, ']') + 1;
    }
    if (rest[0] == ':' && rest[1] == ' ') {
      kind = kinds[k].kind;
      msg = rest + 2;
    }
    break;
  }
  JsValue err = js_new_error(rt, kind, "%s", msg);
  if (code)
    js_define_value(rt, err, js_atom_cstr(rt, "code"), js_new_string(rt, code, code_len),
                    JS_PROP_DEFAULT);
  return err;
}

// Loads CommonJS or JSON module [i] (once) and returns its module.exports.
static JsValue load(JsRt *rt, int i) {
  JsValue exports_atom = js_atom_cstr(rt, "exports");
  const JsModuleDef *d = &modules[i];
  if (d->error)
    return js_throw(rt, compile_error(rt, d->error));
  if (d->format == JS_MOD_ESM)
    return esm_require(rt, i);
  if (d->format == JS_MOD_BUILTIN) {
    bool found;
    JsValue r = require_builtin(rt, d->builtin, &found);
    return found ? r : not_found(rt, d->builtin, -1);
  }
  if (cache[i] != JS_EMPTY)
    return js_get_prop(rt, cache[i], exports_atom);
  JsValue module = js_new_object(rt);
  JsValue exports = js_new_object(rt);
  JsValue fname = js_new_cstring(rt, d->filename), dname = dirname_of(rt, d->filename);
  js_define_field(rt, module, js_atom_cstr(rt, "id"),
                  i == main_index ? js_atom_cstr(rt, ".") : fname);
  js_define_field(rt, module, js_atom_cstr(rt, "path"), dname);
  js_define_field(rt, module, exports_atom, exports);
  js_define_field(rt, module, js_atom_cstr(rt, "filename"), fname);
  js_define_field(rt, module, js_atom_cstr(rt, "loaded"), JS_FALSE);
  js_define_field(rt, module, js_atom_cstr(rt, "children"), js_new_array(rt, 0));
  js_define_field(rt, module, js_atom_cstr(rt, "paths"), js_new_array(rt, 0));
  cache[i] = module;
  if (js_is_object(require_cache))
    js_set_prop(rt, require_cache, js_atom(rt, d->filename, strlen(d->filename)), module,
                false);
  if (d->json) {
    JsValue v = json_parse(rt, d->json, d->json_len);
    if (js_is_exception(v)) {
      cache[i] = JS_EMPTY;
      return v;
    }
    js_set_prop(rt, module, exports_atom, v, false);
  } else {
    JsValue require = make_require(rt, i);
    js_define_field(rt, module, js_atom_cstr(rt, "require"), require);
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

// --- ES modules -------------------------------------------------------------------

JsEnv *js_module_env_create(JsRt *rt, int module, int size) {
  JsEnv *e = js_new_env(rt, NULL, (uint32_t)size);
  js__module_envs[module] = e;
  return e;
}

// Creates every module environment: ES modules run their init function
// (hoisted functions exist before any body runs, ECMA-262
// #sec-source-text-module-record-initialize-environment); the others get
// a facade (slot 0 = module.exports, then the named exports).
static JsValue instantiate_all(JsRt *rt) {
  for (int i = 0; i < nmodules; i++) {
    const JsModuleDef *d = &modules[i];
    if (js__module_envs[i])
      continue;
    if (d->format != JS_MOD_ESM || !d->init) {
      js__module_envs[i] = js_new_env(rt, NULL, (uint32_t)d->nfacade + 1);
      continue;
    }
    JsValue fn = js_new_function(rt, d->init, NULL, rt->atom_empty, 0, JS_FN_STRICT);
    JsValue r = js_call(rt, fn, JS_UNDEFINED, 0, NULL);
    if (js_is_exception(r))
      return r;
  }
  return JS_UNDEFINED;
}

// Node's namespace of a built-in has every own enumerable key of its
// module.exports: those the importers did not name get slots after the facade.
static JsValue add_builtin_names(JsRt *rt, int i, JsValue exports) {
  const JsModuleDef *d = &modules[i];
  JsValue keys = js_own_keys(rt, exports, 1 | 4);
  if (js_is_exception(keys))
    return keys;
  JsObject *ka = js_obj(keys);
  const char **names = js_gc_alloc(sizeof(char *) * (ka->elem_len + 1));
  JsValue *values = js_gc_alloc(sizeof(JsValue) * (ka->elem_len + 1));
  int n = 0;
  for (uint32_t j = 0; j < ka->elem_len; j++) {
    const char *name = js_cstr(rt, ka->elems[j]);
    bool known = strcmp(name, "default") == 0;
    for (int k = 0; k < d->nfacade && !known; k++)
      known = strcmp(d->facade[k], name) == 0;
    if (known)
      continue;
    JsValue v = js_get_prop(rt, exports, ka->elems[j]);
    if (js_is_exception(v))
      return v;
    names[n] = name;
    values[n++] = v;
  }
  if (n == 0)
    return JS_UNDEFINED;
  JsEnv *old = js__module_envs[i];
  JsEnv *e = js_new_env(rt, NULL, (uint32_t)(d->nfacade + 1 + n));
  for (int k = 0; k <= d->nfacade; k++)
    e->slots[k] = old->slots[k];
  for (int k = 0; k < n; k++)
    e->slots[d->nfacade + 1 + k] = values[k];
  js__module_envs[i] = e;
  extra_names[i] = names;
  nextra[i] = n;
  return JS_UNDEFINED;
}

// Runs a CommonJS, JSON or built-in module for an importer and fills its
// facade from module.exports (node snapshots the named exports then).
static JsValue evaluate_other(JsRt *rt, int i) {
  JsValue exports = load(rt, i);
  if (js_is_exception(exports))
    return exports;
  const JsModuleDef *d = &modules[i];
  JsEnv *e = js__module_envs[i];
  e->slots[0] = exports;
  for (int k = 0; k < d->nfacade; k++) {
    JsValue v = JS_UNDEFINED;
    if (js_is_object(exports)) {
      v = js_get_prop(rt, exports, js_atom_cstr(rt, d->facade[k]));
      if (js_is_exception(v))
        return v;
    }
    e->slots[k + 1] = v;
  }
  if (d->format == JS_MOD_BUILTIN && js_is_object(exports))
    return add_builtin_names(rt, i, exports);
  return JS_UNDEFINED;
}

// Post-order of the modules [i] needs that have not started (ECMA-262
// #sec-innermoduleevaluation: a static graph gives a fixed order; a module
// already on the DFS stack is skipped, as in a cycle).
static void post_order(int i, int *list, int *n, uint8_t *seen) {
  if (seen[i] || state[i] != ST_NEW)
    return;
  seen[i] = 1;
  const JsModuleDef *d = &modules[i];
  for (int k = 0; k < d->nrequests; k++)
    post_order(d->requests[k], list, n, seen);
  list[(*n)++] = i;
}

// Async module evaluation (ECMA-262 #sec-async-module-execution-fulfilled):
// a module whose dependencies include one still running (top-level await)
// waits with a count of them; each finishing module releases its waiting
// dependents in evaluation order. Modules that depend on nothing pending
// run at once, so a sibling of an awaiting module is not held up.
static int *pending;          // ST_WAITING: dependencies still running
static int *order;            // position in evaluation order
static int order_next;
static int **dependents;      // modules waiting for this one (malloc memory)
static int *ndependents;
static void execute(JsRt *rt, int i);

static JsValue completion(JsRt *rt, int i) {
  if (eval_promise[i] == JS_EMPTY) {
    eval_promise[i] = js_promise_new(rt);
    if (state[i] == ST_EVALUATED)
      js_promise_resolve_value(rt, eval_promise[i], JS_UNDEFINED);
    else if (state[i] == ST_ERROR)
      js_promise_reject_value(rt, eval_promise[i], eval_error[i]);
  }
  return eval_promise[i];
}

static void fail(JsRt *rt, int i, JsValue err) {
  state[i] = ST_ERROR;
  eval_error[i] = err;
  if (eval_promise[i] != JS_EMPTY)
    js_promise_reject_value(rt, eval_promise[i], err);
  for (int k = 0; k < ndependents[i]; k++) {
    int d = dependents[i][k];
    if (state[d] == ST_WAITING)
      fail(rt, d, err);
  }
}

static int cmp_order(const void *a, const void *b) {
  return order[*(const int *)a] - order[*(const int *)b];
}

static void finish(JsRt *rt, int i) {
  state[i] = ST_EVALUATED;
  if (eval_promise[i] != JS_EMPTY)
    js_promise_resolve_value(rt, eval_promise[i], JS_UNDEFINED);
  int n = 0, *ready = malloc(sizeof(int) * (size_t)(ndependents[i] + 1));
  for (int k = 0; k < ndependents[i]; k++) {
    int d = dependents[i][k];
    if (state[d] == ST_WAITING && --pending[d] == 0)
      ready[n++] = d;
  }
  qsort(ready, (size_t)n, sizeof(int), cmp_order);
  for (int k = 0; k < n; k++)
    execute(rt, ready[k]);
  free(ready);
}

static JsValue async_done(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                          JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  int i = js_get_int(env->slots[0]);
  if (state[i] != ST_ASYNC)
    return JS_UNDEFINED;
  if (js_get_int(env->slots[1]))
    finish(rt, i);
  else
    fail(rt, i, js_arg(argc, argv, 0));
  return JS_UNDEFINED;
}

// Runs module [i]'s body now.
static void execute(JsRt *rt, int i) {
  const JsModuleDef *d = &modules[i];
  state[i] = ST_EVALUATING;
  JsValue r;
  if (d->error) {
    fail(rt, i, compile_error(rt, d->error));
    return;
  }
  if (d->format != JS_MOD_ESM) {
    r = evaluate_other(rt, i);
  } else {
    JsValue fn = js_new_function(rt, d->main, NULL, rt->atom_empty, 0, JS_FN_STRICT);
    r = js_call(rt, fn, JS_UNDEFINED, 0, NULL);
  }
  if (js_is_exception(r)) {
    fail(rt, i, js_take_exception(rt));
    return;
  }
  if (d->format == JS_MOD_ESM && d->async) {
    state[i] = ST_ASYNC;
    JsValue fns[2];
    for (int k = 0; k < 2; k++) {
      JsEnv *env = js_new_env(rt, NULL, 2);
      env->slots[0] = js_int(i);
      env->slots[1] = js_int(k == 0);
      fns[k] = js_new_function(rt, async_done, env, rt->atom_empty, 1, JS_FN_NATIVE);
    }
    js_promise_then_internal(rt, r, fns[0], fns[1]);
    return;
  }
  finish(rt, i);
}

static void add_dependent(int dep, int i) {
  if ((ndependents[dep] & (ndependents[dep] - 1)) == 0 || ndependents[dep] == 0)
    dependents[dep] = realloc(dependents[dep],
                              sizeof(int) * (size_t)(ndependents[dep] ? ndependents[dep] * 2 : 2));
  dependents[dep][ndependents[dep]++] = i;
}

// Starts evaluating module [i] and what it imports. Returns false if a
// module threw synchronously (its error is eval_error[i] or a dependency's).
static bool evaluate_graph(JsRt *rt, int i) {
  if (!pending) {
    pending = calloc((size_t)nmodules, sizeof(int));
    order = calloc((size_t)nmodules, sizeof(int));
    dependents = calloc((size_t)nmodules, sizeof(int *));
    ndependents = calloc((size_t)nmodules, sizeof(int));
  }
  int *list = malloc(sizeof(int) * (size_t)(nmodules + 1)), n = 0;
  uint8_t *seen = calloc((size_t)nmodules + 1, 1);
  post_order(i, list, &n, seen);
  free(seen);
  bool ok = true;
  for (int k = 0; k < n; k++) {
    int m = list[k];
    order[m] = order_next++;
    const JsModuleDef *d = &modules[m];
    int waiting = 0;
    JsValue err = JS_EMPTY;
    for (int q = 0; q < d->nrequests; q++) {
      int dep = d->requests[q];
      if (state[dep] == ST_ERROR)
        err = eval_error[dep];
      else if (state[dep] == ST_ASYNC || state[dep] == ST_WAITING) {
        add_dependent(dep, m);
        waiting++;
      }
    }
    if (err != JS_EMPTY) {
      fail(rt, m, err);  // the error reaches every module that needs it
      ok = false;
    } else if (!ok) {
      continue;  // after a synchronous throw nothing else runs
    } else if (waiting) {
      state[m] = ST_WAITING;
      pending[m] = waiting;
    } else {
      execute(rt, m);
      ok = state[m] != ST_ERROR;
    }
  }
  free(list);
  return ok && state[i] != ST_ERROR;
}

// Evaluates module [i]; a promise that settles when all of it has run
// (ECMA-262 #sec-moduleevaluation).
static JsValue evaluate_async(JsRt *rt, int i) {
  evaluate_graph(rt, i);
  return completion(rt, i);
}

// True if evaluating [i] would wait for a module with top-level await.
static bool graph_is_async(int i, uint8_t *seen) {
  if (seen[i])
    return false;
  seen[i] = 1;
  if (state[i] == ST_ASYNC || state[i] == ST_WAITING ||
      (state[i] == ST_NEW && modules[i].async))
    return true;
  for (int k = 0; k < modules[i].nrequests; k++)
    if (graph_is_async(modules[i].requests[k], seen))
      return true;
  return false;
}

// require() of an ES module (node 20.19): runs its graph synchronously and
// returns the namespace; a graph with top-level await cannot be required.
static JsValue esm_require(JsRt *rt, int i) {
  JsValue r = instantiate_all(rt);
  if (js_is_exception(r))
    return r;
  uint8_t *seen = calloc((size_t)nmodules + 1, 1);
  bool is_async = graph_is_async(i, seen);
  free(seen);
  if (is_async)
    return js_throw(rt, error_with_code(rt, JS_ERROR, "ERR_REQUIRE_ASYNC_MODULE",
        "require() cannot be used on an ESM graph with top-level await. Use import() "
        "instead. To see where the top-level await comes from, use "
        "--experimental-print-required-tla."));
  if (!evaluate_graph(rt, i))
    return js_throw(rt, eval_error[i]);
  const JsModuleDef *d = &modules[i];
  bool has_default = false, has_flag = false;
  for (int k = 0; k < d->nexports; k++) {
    has_default |= strcmp(d->exports[k].name, "default") == 0;
    has_flag |= strcmp(d->exports[k].name, "__esModule") == 0;
  }
  if (!has_default || has_flag)
    return js_module_namespace(rt, i);
  if (required_ns[i] == JS_EMPTY)
    required_ns[i] = js__new_namespace(rt, i, true);
  return required_ns[i];
}

// --- namespace objects, import.meta, import() ----------------------------------

JsValue js_module_namespace(JsRt *rt, int i) {
  if (namespaces[i] != JS_EMPTY)
    return namespaces[i];
  JsValue ns = js__new_namespace(rt, i, false);
  namespaces[i] = ns;
  return ns;
}

// Reads export [k] of module [i]'s namespace (live). Throws a
// ReferenceError while the variable is uninitialized.
JsValue js__namespace_value(JsRt *rt, int i, int k) {
  const JsModuleDef *d = &modules[i];
  if (d->format != JS_MOD_ESM) {
    JsEnv *e = js__module_envs[i];
    return e ? e->slots[k] : JS_UNDEFINED;
  }
  const JsModuleExport *x = &d->exports[k];
  if (x->slot < 0)
    return js_module_namespace(rt, x->module);
  JsEnv *e = js__module_envs[x->module];
  return e ? e->slots[x->slot] : JS_UNINIT;
}

// The export names of module [i]'s namespace, sorted; for CommonJS and
// built-ins "default" and the facade names.
int js__namespace_names(int i, const char ***names_out) {
  const JsModuleDef *d = &modules[i];
  if (d->format == JS_MOD_ESM) {
    const char **names = js_gc_alloc_atomic(sizeof(char *) * (size_t)(d->nexports + 1));
    for (int k = 0; k < d->nexports; k++)
      names[k] = d->exports[k].name;
    *names_out = names;
    return d->nexports;
  }
  // facade: slot 0 "default", then the names (sorted by the caller's view:
  // names are returned in slot order; js__new_namespace sorts keys).
  int n = d->nfacade + 1 + nextra[i];
  const char **names = js_gc_alloc(sizeof(char *) * (size_t)(n + 1));
  names[0] = "default";
  for (int k = 0; k < d->nfacade; k++)
    names[k + 1] = d->facade[k];
  for (int k = 0; k < nextra[i]; k++)
    names[d->nfacade + 1 + k] = extra_names[i][k];
  *names_out = names;
  return n;
}

static void url_encode_path(FILE *f, const char *path) {
  fputs("file://", f);
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (isalnum(*p) || strchr("/-._~!$&'()*+,;=:@", *p))
      fputc(*p, f);
    else
      fprintf(f, "%%%02X", *p);
  }
}

static JsValue file_url(JsRt *rt, const char *path) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  url_encode_path(f, path);
  fclose(f);
  JsValue s = js_new_string(rt, buf, len);
  free(buf);
  return s;
}

// The module [spec] leads to from module [from], as require() resolves it
// or as import does (exports conditions can make them differ).
static int find_link(int from, const char *spec, bool require) {
  for (int k = 0; k < nlinks; k++)
    if (links[k].from == from && (links[k].require != 0) == require &&
        strcmp(links[k].specifier, spec) == 0)
      return links[k].to;
  return -1;
}

static JsValue meta_resolve(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                            JsValue new_target) {
  (void)this_val, (void)new_target;
  int from = js_get_int(js_func_env(callee)->slots[0]);
  JsValue id = js_arg(argc, argv, 0);
  if (!js_is_string(id))
    id = js_to_string(rt, id);
  if (js_is_exception(id))
    return id;
  const char *spec = js_cstr(rt, id);
  int to = find_link(from, spec, false);
  if (to >= 0)
    return modules[to].format == JS_MOD_BUILTIN ? js_new_stringf(rt, "%s", modules[to].filename)
                                                : file_url(rt, modules[to].filename);
  bool found;
  require_builtin(rt, spec, &found);
  if (found)
    return js_new_stringf(rt, "node:%s", strncmp(spec, "node:", 5) == 0 ? spec + 5 : spec);
  char *msg = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&msg, &len);
  fprintf(f, "Cannot find module '%s' imported from %s", spec, modules[from].filename);
  fclose(f);
  JsValue err = error_with_code(rt, JS_ERROR, "ERR_MODULE_NOT_FOUND", msg);
  free(msg);
  return js_throw(rt, err);
}

JsValue js_import_meta(JsRt *rt, int i) {
  if (metas[i] != JS_EMPTY)
    return metas[i];
  JsValue m = js_new_object_proto(rt, JS_NULL);
  const char *file = modules[i].filename;
  js_define_field(rt, m, js_atom_cstr(rt, "dirname"), dirname_of(rt, file));
  js_define_field(rt, m, js_atom_cstr(rt, "filename"), js_new_cstring(rt, file));
  JsEnv *env = js_new_env(rt, NULL, 1);
  env->slots[0] = js_int(i);
  js_define_field(rt, m, js_atom_cstr(rt, "resolve"),
                  js_new_function(rt, meta_resolve, env, js_atom_cstr(rt, "resolve"), 1,
                                  JS_FN_NATIVE));
  js_define_field(rt, m, js_atom_cstr(rt, "url"), file_url(rt, file));
  metas[i] = m;
  return m;
}

// import() settles [p]: fulfilled with the namespace or rejected.
static JsValue import_settle(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  JsEnv *env = js_func_env(callee);
  if (js_get_int(env->slots[2]) == 1)
    js_promise_resolve_value(rt, env->slots[1],
                             js_module_namespace(rt, js_get_int(env->slots[0])));
  else
    js_promise_reject_value(rt, env->slots[1], js_arg(argc, argv, 0));
  return JS_UNDEFINED;
}

// Runs an import()ed module's graph (a macrotask later: node loads the
// files asynchronously, so ticks and promise jobs queued before run first).
static JsValue import_start(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target, (void)argc, (void)argv;
  JsEnv *env = js_func_env(callee);
  JsValue r = instantiate_all(rt);
  if (js_is_exception(r)) {
    js_promise_reject_value(rt, env->slots[1], js_take_exception(rt));
    return JS_UNDEFINED;
  }
  JsValue done = evaluate_async(rt, js_get_int(env->slots[0]));
  JsValue fns[2];
  for (int k = 0; k < 2; k++) {
    JsEnv *e = js_new_env(rt, NULL, 3);
    e->slots[0] = env->slots[0];
    e->slots[1] = env->slots[1];
    e->slots[2] = js_int(k == 0);
    fns[k] = js_new_function(rt, import_settle, e, rt->atom_empty, 1, JS_FN_NATIVE);
  }
  js_promise_then_internal(rt, done, fns[0], fns[1]);
  return JS_UNDEFINED;
}

JsValue js_dynamic_import(JsRt *rt, JsValue specifier, int from) {
  JsValue p = js_promise_new(rt);
  JsValue id = js_is_string(specifier) ? specifier : js_to_string(rt, specifier);
  if (js_is_exception(id)) {
    js_promise_reject_value(rt, p, js_take_exception(rt));
    return p;
  }
  const char *spec = js_cstr(rt, id);
  int to = find_link(from, spec, false);
  if (to < 0)  // import(name) of a module compiled in for another reason
    to = runtime_lookup(from, strncmp(spec, "file://", 7) == 0 ? spec + 7 : spec);
  if (to < 0) {
    bool found;
    JsValue b = require_builtin(rt, spec, &found);
    if (js_is_exception(b)) {
      js_promise_reject_value(rt, p, js_take_exception(rt));
      return p;
    }
    if (!found) {
      char *msg = NULL;
      size_t len = 0;
      FILE *f = open_memstream(&msg, &len);
      fprintf(f, "Cannot find module '%s' imported from %s", spec, modules[from].filename);
      fclose(f);
      js_promise_reject_value(rt, p, error_with_code(rt, JS_ERROR, "ERR_MODULE_NOT_FOUND", msg));
      free(msg);
      return p;
    }
    // A built-in not seen at compile time: a namespace of its exports.
    JsValue ns = js_new_object_proto(rt, JS_NULL);
    js_define_field(rt, ns, js_atom_cstr(rt, "default"), b);
    js_promise_resolve_value(rt, p, ns);
    return p;
  }
  JsEnv *env = js_new_env(rt, NULL, 2);
  env->slots[0] = js_int(to);
  env->slots[1] = p;
  JsValue start = js_new_function(rt, import_start, env, rt->atom_empty, 0, JS_FN_NATIVE);
  JsValue si = js_get_prop(rt, rt->global, js_atom_cstr(rt, "setImmediate"));
  JsValue r = js_is_object(si) ? js_call(rt, si, JS_UNDEFINED, 1, &start)
                               : js_call(rt, start, JS_UNDEFINED, 0, NULL);
  if (js_is_exception(r))
    js_promise_reject_value(rt, p, js_take_exception(rt));
  return p;
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
  return js_inspect_options(rt, js_arg(argc, argv, 0), js_arg(argc, argv, 1));
}

// errorMap(): libuv's error table as [[errno, 'ENOENT', 'no such file or directory'], ...]
// for util.getSystemErrorName/getSystemErrorMap.
static JsValue internal_error_map(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  static const struct { int code; const char *name, *msg; } table[] = {
#define KILN_UV_ERR(name, msg) { UV_##name, #name, msg },
    UV_ERRNO_MAP(KILN_UV_ERR)
#undef KILN_UV_ERR
  };
  size_t n = sizeof table / sizeof table[0];
  JsValue *rows = js_gc_alloc(sizeof(JsValue) * n);
  for (size_t i = 0; i < n; i++) {
    JsValue cells[3] = { js_int(table[i].code), js_new_cstring(rt, table[i].name),
                         js_new_cstring(rt, table[i].msg) };
    rows[i] = js_new_array_from(rt, 3, cells);
  }
  return js_new_array_from(rt, (uint32_t)n, rows);
}

// setInspect(fn, defaults): util.inspect, passed to custom inspect methods, and
// util.inspect.defaultOptions, which console.log follows.
static JsValue internal_set_inspect(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  (void)rt, (void)callee, (void)this_val, (void)new_target;
  if (js_is_callable(js_arg(argc, argv, 0)))
    js_inspect_set_util(argv[0], js_arg(argc, argv, 1));
  return JS_UNDEFINED;
}

// formatWithOptions(opts, ...args): util.formatWithOptions.
static JsValue internal_format_with_options(JsRt *rt, JsValue callee, JsValue this_val,
                                            int argc, JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  if (argc == 0)
    return js_format_values_opts(rt, JS_UNDEFINED, 0, argv);
  return js_format_values_opts(rt, argv[0], argc - 1, argv + 1);
}

// classOf(v): the runtime class of an object ('Object', 'Array', 'Promise', 'Proxy', ...),
// undefined for a primitive: the exact brand checks of util.types and structuredClone.
static JsValue internal_class_of(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  static const char *const names[JS_CLASS__COUNT] = {
    "Object", "Array", "Function", "BoundFunction", "Error", "Boolean", "Number", "String",
    "Symbol", "Arguments", "Date", "RegExp", "Map", "Set", "Promise", "Iterator", "ForIn",
    "Proxy", "Generator", "AsyncGenerator", "WeakMap", "WeakSet", "WeakRef",
    "FinalizationRegistry", "ArrayBuffer", "TypedArray", "BigInt", "IteratorHelper",
    "Module", "DataView",
  };
  JsValue v = js_arg(argc, argv, 0);
  if (!js_is_object(v))
    return JS_UNDEFINED;
  unsigned id = js_obj(v)->hdr.class_id;
  return id < JS_CLASS__COUNT && names[id] ? js_atom_cstr(rt, names[id]) : JS_UNDEFINED;
}

// createRequire(path) for module.js: the require of the compiled-in
// module with that file name.
static JsValue internal_create_require(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                       JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue f = js_arg(argc, argv, 0);
  const char *path = js_is_string(f) ? js_cstr(rt, f) : "";
  int from = -1;
  for (int i = 0; i < nmodules && from < 0; i++)
    if (strcmp(modules[i].filename, path) == 0)
      from = i;
  return make_require(rt, from);
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
  js_define_field(rt, obj, js_atom_cstr(rt, "formatWithOptions"),
                  js_new_native(rt, internal_format_with_options, "formatWithOptions", 1));
  js_define_field(rt, obj, js_atom_cstr(rt, "errorMap"),
                  js_new_native(rt, internal_error_map, "errorMap", 0));
  js_define_field(rt, obj, js_atom_cstr(rt, "setInspect"),
                  js_new_native(rt, internal_set_inspect, "setInspect", 1));
  js_define_field(rt, obj, js_atom_cstr(rt, "classOf"),
                  js_new_native(rt, internal_class_of, "classOf", 1));
  js_define_field(rt, obj, js_atom_cstr(rt, "createRequire"),
                  js_new_native(rt, internal_create_require, "createRequire", 1));
  js_define_field(rt, obj, js_atom_cstr(rt, "kEnhanceStackBeforeInspector"),
                  js__enhance_stack_symbol(rt));
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

// Node's built-in module names, with or without the node: prefix; kiln:NAME
// is a native binding (stdlib/node/bindings.c) or one of the built-ins'
// internal JS modules (stdlib/node/internal_*.js), which node: names and
// bare names never reach.
// Only the built-ins linked into the executable are found (the table's
// entries are weak; a NULL init is one no linked code referenced).
static JsValue require_builtin(JsRt *rt, const char *spec, bool *found) {
  *found = true;
  if (strcmp(spec, "kiln:internal") == 0)
    return internal_module(rt);
  bool kiln = strncmp(spec, "kiln:", 5) == 0;
  if (kiln) {
    JsValue b = js_node_binding(rt, spec + 5, found);
    if (*found)
      return b;
    *found = true;
  }
  const char *name = kiln ? spec + 5 : strncmp(spec, "node:", 5) == 0 ? spec + 5 : spec;
  if (!kiln && strncmp(name, "internal", 8) == 0) {
    *found = false;
    return JS_UNDEFINED;
  }
  // 'timers/promises' is stdlib/node/timers_promises.js.
  char file_name[64];
  snprintf(file_name, sizeof file_name, "%s", name);
  for (char *c = file_name; *c; c++)
    if (*c == '/')
      *c = '_';
  for (int i = 0; js_builtin_modules[i].name; i++)
    if (js_builtin_modules[i].init && strcmp(js_builtin_modules[i].name, file_name) == 0)
      return load_builtin(rt, i);
  *found = false;
  return JS_UNDEFINED;
}

JsValue js_require_builtin(JsRt *rt, const char *spec, bool *found) {
  return require_builtin(rt, spec, found);
}

JsValue js_call_builtin(JsRt *rt, const char *spec, const char *export, int argc,
                        JsValue *argv, bool *found) {
  JsValue m = require_builtin(rt, spec, found);
  if (!*found || js_is_exception(m))
    return m;
  JsValue fn = js_get_prop(rt, m, js_atom_cstr(rt, export));
  if (js_is_exception(fn))
    return fn;
  return js_call(rt, fn, JS_UNDEFINED, argc, argv);
}

bool js_builtin_module_exists(const char *name) {
  for (int i = 0; js_builtin_modules[i].name; i++)
    if (js_builtin_modules[i].init && strcmp(js_builtin_modules[i].name, name) == 0)
      return true;
  return false;
}

// A specifier the compiler did not see as a literal (require(name)):
// node's file rules applied to the modules compiled in.
static int runtime_lookup(int from, const char *spec) {
  bool rel = spec[0] == '/' || strncmp(spec, "./", 2) == 0 || strncmp(spec, "../", 3) == 0 ||
             strcmp(spec, ".") == 0 || strcmp(spec, "..") == 0;
  if (!rel || from < 0)
    return -1;
  char path[4096];
  if (spec[0] == '/') {
    snprintf(path, sizeof path, "%s", spec);
  } else {
    const char *file = modules[from].filename;
    const char *slash = strrchr(file, '/');
    int n = slash ? (int)(slash - file) : 0;
    snprintf(path, sizeof path, "%.*s/%s", n, file, spec);
  }
  // Normalize . and .. segments.
  char out[4096];
  size_t o = 0;
  for (const char *p = path; *p;) {
    while (*p == '/')
      p++;
    const char *q = strchr(p, '/');
    size_t len = q ? (size_t)(q - p) : strlen(p);
    if (len == 0)
      break;
    if (len == 2 && p[0] == '.' && p[1] == '.') {
      while (o > 0 && out[o - 1] != '/')
        o--;
      if (o > 0)
        o--;
    } else if (!(len == 1 && p[0] == '.') && o + len + 2 < sizeof out) {
      out[o++] = '/';
      memcpy(out + o, p, len);
      o += len;
    }
    p += len;
  }
  out[o] = 0;
  static const char *suffixes[] = {"", ".js", ".json", ".cjs", ".mjs", "/index.js", "/index.json"};
  for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
    char cand[4200];
    snprintf(cand, sizeof cand, "%s%s", out, suffixes[k]);
    for (int i = 0; i < nmodules; i++)
      if (modules[i].format != JS_MOD_BUILTIN && strcmp(modules[i].filename, cand) == 0)
        return i;
  }
  return -1;
}

static JsValue require_id(JsRt *rt, int argc, JsValue *argv, const char **spec) {
  JsValue id = js_arg(argc, argv, 0);
  if (!js_is_string(id)) {
    JsValue err = error_with_code(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
        js_cstr(rt, js_new_stringf(rt, "The \"id\" argument must be of type string. "
                                       "Received %s", js__describe_received(rt, id))));
    return js_throw(rt, err);
  }
  *spec = js_cstr(rt, id);
  if (!**spec)
    return js_throw(rt, error_with_code(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                                        "The argument 'id' must be a non-empty string. "
                                        "Received ''"));
  return JS_UNDEFINED;
}

// The module require(id) names from module [from]: *to, or -1 if none was
// compiled in (then a built-in, or not found). Throws for a bad id.
static JsValue require_target(JsRt *rt, int from, int argc, JsValue *argv, const char **spec,
                              int *to) {
  JsValue r = require_id(rt, argc, argv, spec);
  if (js_is_exception(r))
    return r;
  *to = find_link(from, *spec, true);
  if (*to < 0)
    *to = runtime_lookup(from, *spec);
  return JS_UNDEFINED;
}

static JsValue require_fn(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                          JsValue new_target) {
  (void)this_val, (void)new_target;
  int from = js_get_int(js_func_env(callee)->slots[0]), to;
  const char *spec;
  JsValue r = require_target(rt, from, argc, argv, &spec, &to);
  if (js_is_exception(r))
    return r;
  if (to >= 0)
    return load(rt, to);
  bool found;
  JsValue b = require_builtin(rt, spec, &found);
  if (found)
    return b;
  return not_found(rt, spec, from);
}

// require.resolve(id): the file the compiler resolved id to.
static JsValue require_resolve(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)this_val, (void)new_target;
  int from = js_get_int(js_func_env(callee)->slots[0]), to;
  const char *spec;
  JsValue r = require_target(rt, from, argc, argv, &spec, &to);
  if (js_is_exception(r))
    return r;
  if (to >= 0 && modules[to].format != JS_MOD_BUILTIN)
    return js_new_cstring(rt, modules[to].filename);
  bool found;
  JsValue b = require_builtin(rt, spec, &found);
  if (js_is_exception(b))
    return b;
  if (found || to >= 0)
    return js_new_cstring(rt, spec);
  return not_found(rt, spec, from);
}

static JsValue make_require(JsRt *rt, int index) {
  JsEnv *env = js_new_env(rt, NULL, 1);
  env->slots[0] = js_int(index);
  JsValue r = js_new_function(rt, require_fn, env, js_atom_cstr(rt, "require"), 1, JS_FN_NATIVE);
  JsValue res = js_new_function(rt, require_resolve, env, js_atom_cstr(rt, "resolve"), 1,
                                JS_FN_NATIVE);
  js_define_field(rt, r, js_atom_cstr(rt, "resolve"), res);
  if (!js_is_object(require_cache))
    require_cache = js_new_object_proto(rt, JS_NULL);
  js_define_field(rt, r, js_atom_cstr(rt, "cache"), require_cache);
  if (index >= 0 && nmodules > 0 && cache[main_index] != JS_EMPTY)
    js_define_field(rt, r, js_atom_cstr(rt, "main"), cache[main_index]);
  return r;
}

// A program without compiled-in dependencies is a one-module table.
void js__register_main_module(JsRt *rt, const char *filename, JsFn main) {
  static JsModuleDef single;
  single.filename = filename;
  single.main = main;
  js_register_modules(rt, &single, 1, NULL, 0);
}

static JsValue rethrow(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                       JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  return js_throw(rt, js_arg(argc, argv, 0));
}

// The entry ES module: node loads it asynchronously, so its graph runs in
// a promise job; an error it throws is reported as uncaught.
static JsValue run_entry_esm(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  JsValue done = evaluate_async(rt, main_index);
  js_promise_then_internal(rt, done, JS_UNDEFINED, js_new_native(rt, rethrow, "", 1));
  return JS_UNDEFINED;
}

// A child started by child_process.fork() (stdlib/node/child_process.js)
// runs the module its parent named, found among those compiled in: the
// absolute path node would run (KILN_FORK_MODULE), else the path as
// written (KILN_FORK_SPEC) from the main module's folder, where the
// compiler resolved it. With NODE_CHANNEL_FD, the IPC channel to the
// parent is opened before the module runs, as node does. Both markers
// leave the environment, as node's do.
static JsValue fork_child_setup(JsRt *rt) {
  JsValue missing = JS_UNDEFINED;  // the module to run is not compiled in
  const char *path = getenv("KILN_FORK_MODULE");
  if (path) {
    char *abs = strdup(path), *spec = getenv("KILN_FORK_SPEC") ? strdup(getenv("KILN_FORK_SPEC"))
                                                              : NULL;
    unsetenv("KILN_FORK_MODULE");
    unsetenv("KILN_FORK_SPEC");
    int k = runtime_lookup(0, abs);
    if (k < 0 && spec)
      k = runtime_lookup(0, spec[0] == '/' || spec[0] == '.' ? spec
                                : js_cstr(rt, js_new_stringf(rt, "./%s", spec)));
    free(spec);
    if (k < 0) {
      // Thrown once the channel is open: a worker_threads Worker reports
      // it to its parent as an 'error' event (stdlib/node/worker_threads.js).
      not_found(rt, abs, -1);
      missing = js_take_exception(rt);
    } else {
      main_index = k;
      rt->main_filename = modules[k].filename;
    }
    free(abs);
  }
  const char *fd = getenv("NODE_CHANNEL_FD");
  if (fd) {
    JsValue args[2] = {js_int(atoi(fd)), JS_UNDEFINED};
    const char *mode = getenv("NODE_CHANNEL_SERIALIZATION_MODE");
    if (mode)
      args[1] = js_new_cstring(rt, mode);
    unsetenv("NODE_CHANNEL_FD");
    unsetenv("NODE_CHANNEL_SERIALIZATION_MODE");
    bool found;
    JsValue r = js_call_builtin(rt, "child_process", "_forkChild", 2, args, &found);
    if (js_is_exception(r))
      return r;
  }
  return js_is_undefined(missing) ? JS_UNDEFINED : js_throw(rt, missing);
}

JsValue js__run_main_module(JsRt *rt) {
  JsValue setup = fork_child_setup(rt);
  if (js_is_exception(setup))
    return setup;
  if (modules[main_index].format == JS_MOD_ESM) {
    JsValue r = instantiate_all(rt);
    if (js_is_exception(r))
      return r;
    js_enqueue_job(rt, js_new_native(rt, run_entry_esm, "", 0), 0, NULL);
    return JS_UNDEFINED;
  }
  JsValue r = load(rt, main_index);
  return js_is_exception(r) ? r : JS_UNDEFINED;
}

JsValue js__evaluate_entry(JsRt *rt, JsValue *exports) {
  *exports = JS_UNDEFINED;
  if (modules[0].format != JS_MOD_ESM) {
    JsValue r = load(rt, 0);
    if (!js_is_exception(r))
      *exports = r;
    return r;
  }
  JsValue r = instantiate_all(rt);
  if (js_is_exception(r))
    return r;
  *exports = js_module_namespace(rt, 0);
  return evaluate_async(rt, 0);
}
