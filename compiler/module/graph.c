// SPDX-License-Identifier: MIT
//
// graph.c: the module graph, built and linked at compile time.
//
// Starting from the entry file, every module request with a literal
// specifier (require, import, export ... from, import()) is resolved the
// way node would (module/resolve.c), and each reachable file is loaded,
// parsed, checked and scoped once. Then ES module imports are linked: each
// imported name is resolved through the exporting module's export entries
// (ECMA-262 #sec-resolveexport: local, indirect and star exports, cycles,
// ambiguity) to a variable of some module's environment, so generated code
// reads imports straight from that environment: live bindings at no cost.
// CommonJS modules that ES modules import get a "facade": slot 0 holds
// module.exports, slots 1.. the named exports that node's cjs-module-lexer
// would detect (found here on the AST). Finally every module is lowered.
#include "graph.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "../front/ast.h"
#include "../ir/ir.h"
#include "../pass/pass.h"
#include "../support/support.h"
#include "../../runtime/include/kiln.h"
#include "builtin_refs.h"
#include "module.h"

enum { EX_LOCAL, EX_INDIRECT, EX_STAR, EX_NS };

typedef struct ExportEntry {
  const char *name;         // export name (NULL for `export *`)
  int kind;                 // EX_*
  Binding *local;           // EX_LOCAL
  const char *spec;         // the module it comes from (not EX_LOCAL)
  const char *import_name;  // EX_INDIRECT
} ExportEntry;

typedef struct Request {
  const char *spec;
  bool require;             // resolved as require() (else as import)
  int target;               // module index, -1 unresolved
  bool dynamic;             // import() or a guarded require(): runs when reached
} Request;

// An error found in a module, kept until it is known whether the program
// needs the module to start (then it is a compile error) or only reaches it
// through import() or a guarded require() (then loading it fails at run
// time, as in node).
typedef struct ModError {
  SrcSpan at;
  const char *type;  // the error node throws (diag_error_as), NULL: none
  const char *msg;
} ModError;

typedef struct Mod {
  const char *path;
  int format;               // JS_MOD_*
  Source *src;
  AstNode *program;
  bool tla;
  Request *reqs;            // every request, deduplicated by specifier
  int nreqs;
  ExportEntry *exports;     // ES modules
  int nexports;
  PtrVec cjs_names;         // CJS: detected export names (const char *)
  bool cjs_used;            // CJS: mentions exports or module at all
  PtrVec cjs_reexports;     // CJS: specifiers whose exports it re-exports
  PtrVec facade;            // names ES modules import (slot = index + 1)
  PtrVec facade_slots;      // int * for each
  int *default_slot;        // facade slot 0
  const char *builtin;
  bool front_failed;        // parse, early or scope errors (not yet printed)
  char *front_diags;        // ... as they will be printed
  int front_errors;
  ModError *errs;           // resolution and link errors (not yet printed)
  int nerrs;
  bool needed;              // reached from the entry by static edges
  const char *broken;       // only reached dynamically, with this error
} Mod;

typedef struct Graph {
  const GraphOptions *opt;
  Mod *mods;
  int nmods, cap;
  IrModule *ir;
  int errors;
  PtrVec builtin_refs;      // the built-ins to link (module/builtin_refs.c)
} Graph;

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int add_mod(Graph *g, const char *path, int format, const char *builtin) {
  for (int i = 0; i < g->nmods; i++)
    if (strcmp(g->mods[i].path, path) == 0)
      return i;
  if (g->nmods == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 16;
    g->mods = realloc(g->mods, sizeof *g->mods * (size_t)g->cap);
  }
  Mod *m = &g->mods[g->nmods];
  memset(m, 0, sizeof *m);
  m->path = arena_strndup(path, strlen(path));
  m->format = format;
  m->builtin = builtin;
  m->default_slot = arena_alloc(sizeof(int));
  return g->nmods++;
}

// The same specifier may lead to different files for require() and for
// import (package exports conditions), so requests are per mode.
static int find_req(Mod *m, const char *spec, bool require) {
  for (int i = 0; i < m->nreqs; i++)
    if (m->reqs[i].require == require && strcmp(m->reqs[i].spec, spec) == 0)
      return i;
  return -1;
}

// Where an import/export-from names (import resolution).
static int req_target(Mod *m, const char *spec) {
  int i = find_req(m, spec, false);
  return i < 0 ? -1 : m->reqs[i].target;
}

// Where require(spec) leads.
static int require_target(Mod *m, const char *spec) {
  int i = find_req(m, spec, true);
  return i < 0 ? -1 : m->reqs[i].target;
}

// --- loading ---------------------------------------------------------------

// --- what only looks dynamic --------------------------------------------------
// `Function('return this')()` and `new Function('a', 'b', 'return a + b')`
// with strings the compiler can see are compiled like the function node
// would create (ECMA-262 #sec-createdynamicfunction): its source is
// "function anonymous(<params>\n) {\n<body>\n}", in the global scope.
// Anything else keeps throwing the run-time EvalError.

// A string literal or a `+` of them: the text, or NULL.
static const char *const_string(AstNode *n) {
  if (!n)
    return NULL;
  if (n->kind == AST_STRING)
    return n->len == strlen(n->str) ? n->str : NULL;
  if (n->kind == AST_PAREN)
    return const_string(n->a);
  if (n->kind == AST_BINARY && n->op == AST_OP_ADD) {
    const char *a = const_string(n->a), *b = const_string(n->b);
    return a && b ? arena_printf("%s%s", a, b) : NULL;
  }
  return NULL;
}

// NULL if an argument is not constant; *error is set when they all are but
// do not make a function (node then throws that SyntaxError).
static AstNode *compile_function_source(AstList *args, const char **error) {
  StrBuf sb = {0};
  sb_puts(&sb, "(function anonymous(");
  for (int i = 0; i + 1 < args->len; i++) {
    const char *p = const_string(args->items[i]);
    if (!p)
      return NULL;
    sb_printf(&sb, "%s%s", i ? "," : "", p);
  }
  const char *body = args->len ? const_string(args->items[args->len - 1]) : "";
  if (!body)
    return NULL;
  sb_printf(&sb, "\n) {\n%s\n})", body);
  Source *src = source_from_string("<Function>", sb.data, sb.len);
  free(sb.data);
  diag_quiet_begin();
  AstNode *program = parse_program(src, false, false);
  bool ok = program && check_early_errors(program, src) && resolve_scopes(program, src, true);
  int errors = diag_quiet_end();
  AstNode *e = ok && !errors && program->list.len == 1 ? program->list.items[0]->a : NULL;
  while (e && e->kind == AST_PAREN)
    e = e->a;
  if (e && e->kind == AST_FUNC_EXPR)
    return e;
  // Function() throws a SyntaxError whatever the message says.
  const char *m = errors ? diag_quiet_message(NULL) : "Unexpected token ')'";
  *error = arena_strndup(m, strlen(m));
  return NULL;
}

static void const_functions(AstNode *n) {
  if (!n)
    return;
  if ((n->kind == AST_CALL || n->kind == AST_NEW) && n->a->kind == AST_IDENT &&
      !n->a->binding && !n->a->scope && strcmp(n->a->str, "Function") == 0 && !n->d) {
    const char *error = NULL;
    AstNode *fn = compile_function_source(&n->list, &error);
    if (fn || error) {
      n->d = fn;
      n->raw = error;
      n->flags |= AST_F_CONST_FUNCTION;
    }
  }
  const_functions(n->a);
  const_functions(n->b);
  const_functions(n->c);
  if (!(n->flags & AST_F_CONST_FUNCTION))
    const_functions(n->d);
  for (int i = 0; i < n->list.len; i++)
    const_functions(n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    const_functions(n->list2.items[i]);
}


// Parses, checks and scopes one JavaScript or TypeScript file.
static const char *show_path(const char *path);

// Parse, early errors and scopes; false after errors.
static AstNode *front_end(Graph *g, Mod *m, bool entry) {
  const char *p = m->path;
  bool ts = ends_with(p, ".ts") || ends_with(p, ".mts") || ends_with(p, ".cts") ||
            ends_with(p, ".tsx");
  bool module = (entry && g->opt->module) || m->format == JS_MOD_ESM ||
                ends_with(p, ".mts");
  Source *src = m->src;
  AstNode *program = parse_program(src, ts, module);
  if (!program)
    return NULL;
  if (!lower_decorators(program, src, ts && g->opt->experimental_decorators,
                        g->opt->emit_decorator_metadata))
    return NULL;
  // import/export in a file tsc emits as CommonJS: lowered as tsc does.
  if (ts && !module && ts_emits_commonjs(p)) {
    const TsOptions *o = ts_options();
    bool import_calls = o->module == TS_MODULE_COMMONJS;
    if (((program->flags & AST_F_MODULE) || import_calls) &&
        !lower_ts_commonjs(program, src, o->es_module_interop, import_calls))
      return NULL;
  }
  if (entry && g->opt->dump_ast) {
    ast_dump(program, 0);
    exit(0);
  }
  if (!check_early_errors(program, src))
    return NULL;
  bool script = entry && g->opt->script;
  if (!resolve_scopes(program, src, script))
    return NULL;
  return program;
}

static void mod_error(Mod *m, SrcSpan at, const char *type, const char *fmt, ...)
    KILN_PRINTF(4, 5);
static void mod_error(Mod *m, SrcSpan at, const char *type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char buf[1024];
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  m->errs = realloc(m->errs, sizeof *m->errs * (size_t)(m->nerrs + 1));
  m->errs[m->nerrs++] = (ModError){at, type, arena_strndup(buf, strlen(buf))};
}

// The error a module throws when it is loaded: "Type: message", which
// runtime/modules.c takes apart again (a message alone is a SyntaxError).
static const char *thrown(const char *type, const char *msg) {
  return type ? arena_printf("%s: %s", type, msg) : msg;
}

// Node's resolution errors that are TypeErrors; the others are Errors.
static bool is_type_error(const char *code) {
  static const char *codes[] = {
      "ERR_INVALID_MODULE_SPECIFIER", "ERR_PACKAGE_IMPORT_NOT_DEFINED", "ERR_INVALID_URL",
      "ERR_INVALID_URL_SCHEME", "ERR_INVALID_FILE_URL_HOST", "ERR_INVALID_FILE_URL_PATH",
      "ERR_INVALID_ARG_VALUE", NULL};
  for (int i = 0; codes[i]; i++)
    if (strcmp(code, codes[i]) == 0)
      return true;
  return false;
}

// The first line node prints for a failed resolution with [code]: the
// error's name, and the code where node shows it (`Error [ERR_X]`). A
// failed require() is a plain `Error` (its code, MODULE_NOT_FOUND, is only
// a property); where node throws an error without a code, the resolver's
// code is that error's name.
static const char *resolve_error_type(const char *code) {
  if (!code)
    return "Error";
  if (ends_with(code, "Error"))
    return code;
  if (strcmp(code, "MODULE_NOT_FOUND") == 0)
    return "Error";
  if (strncmp(code, "ERR_", 4) != 0)
    return NULL;  // kiln's own (ERR_KILN_..., KILN_UNSUPPORTED_...)
  if (strncmp(code, "ERR_KILN", 8) == 0)
    return NULL;
  return arena_printf("%s [%s]", is_type_error(code) ? "TypeError" : "Error", code);
}

// A file that cannot be read. A missing entry is node's MODULE_NOT_FOUND,
// named with the absolute path as node does.
static void cannot_read(const char *path, bool entry) {
  int e = errno;
  if (entry && (e == ENOENT || e == ENOTDIR)) {
    char cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd)) {
      while (path[0] == '.' && path[1] == '/')
        path += 2;
      path = arena_printf("%s/%s", cwd, path);
    }
    fprintf(stderr, "kiln: error: Error: Cannot find module '%s'\n", path);
    return;
  }
  fprintf(stderr, "kiln: error: cannot read '%s': %s\n", path, strerror(e));
}

static bool load_source(Graph *g, int idx, const char *entry) {
  Mod *m = &g->mods[idx];
  // Diagnostics name the entry as it was given, the others relative to
  // the working directory.
  Source *src = source_load(entry ? entry : show_path(m->path));
  if (!src) {
    cannot_read(m->path, entry != NULL);
    return false;
  }
  m->src = src;
  // Errors are printed later, and only if the program needs this module.
  diag_quiet_begin();
  AstNode *program = front_end(g, m, entry != NULL);
  int errors = diag_quiet_end();
  if (!program || errors) {
    m->front_failed = true;
    m->front_diags = diag_quiet_take();
    m->front_errors = errors;
    const char *type;
    const char *msg = diag_quiet_message(&type);
    m->broken = thrown(type, arena_strndup(msg, strlen(msg)));
    return true;
  }
  // A .js file outside "type": "module" with import/export is an ES module
  // (node 20.19's syntax detection); .cjs never is.
  if (program->flags & AST_F_MODULE)
    m->format = JS_MOD_ESM;
  m->program = program;
  const_functions(program);
  if (m->format == JS_MOD_ESM)
    m->tla = has_top_level_await(program);
  return true;
}

static const char *show_path(const char *path) {
  static char cwd[PATH_MAX];
  if (!cwd[0] && !getcwd(cwd, sizeof cwd))
    return path;
  size_t n = strlen(cwd);
  if (strncmp(path, cwd, n) == 0 && path[n] == '/')
    return path + n + 1;
  return path;
}

// --- TypeScript sources ---------------------------------------------------------
// A .ts file imports './x' or './x.js' meaning x.ts (TypeScript's module
// resolution); node's rules apply first, these only when they find nothing.

static bool is_ts(const char *p) {
  return (ends_with(p, ".ts") && !ends_with(p, ".d.ts")) || ends_with(p, ".mts") ||
         ends_with(p, ".cts") || ends_with(p, ".tsx");
}

// .mts is an ES module, .cts CommonJS, .ts as a .js file in its place.
static ModuleFormat ts_format(const char *p) {
  if (ends_with(p, ".mts"))
    return FORMAT_MODULE;
  if (ends_with(p, ".cts"))
    return FORMAT_COMMONJS;
  char js[PATH_MAX + 8];
  snprintf(js, sizeof js, "%.*s.js", (int)(strrchr(p, '.') - p), p);
  return module_format(js) == FORMAT_MODULE ? FORMAT_MODULE : FORMAT_COMMONJS;
}

static bool is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

// Finds the TypeScript source that [base] names; false if none.
static bool ts_try_base(const char *base, Resolution *res) {
  // x.js -> x.ts, x.mjs -> x.mts, x.cjs -> x.cts; then x + .ts/.tsx/index.ts
  static const char *const swaps[][2] = {{".js", ".ts"}, {".mjs", ".mts"}, {".cjs", ".cts"},
                                         {".jsx", ".tsx"}};
  char cand[PATH_MAX * 2 + 16];
  for (size_t i = 0; i < sizeof swaps / sizeof *swaps; i++) {
    if (!ends_with(base, swaps[i][0]))
      continue;
    snprintf(cand, sizeof cand, "%.*s%s", (int)(strlen(base) - strlen(swaps[i][0])), base,
             swaps[i][1]);
    if (is_file(cand))
      goto found;
  }
  static const char *const suffixes[] = {".ts", ".tsx", ".mts", ".cts", "/index.ts", "",
                                         ".js", "/index.js"};
  for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
    snprintf(cand, sizeof cand, "%s%s", base, suffixes[i]);
    if (is_file(cand))
      goto found;
  }
  return false;
found:;
  char abs[PATH_MAX];
  res->status = RESOLVE_FILE;
  res->path = strdup(realpath(cand, abs) ? abs : cand);
  return true;
}

static void ts_resolve(const char *spec, const char *from, Resolution *res) {
  if (!(strncmp(spec, "./", 2) == 0 || strncmp(spec, "../", 3) == 0 || spec[0] == '/')) {
    // A bare name: the tsconfig's `paths`, then its `baseUrl`.
    const char *bases[32];
    int n = tsconfig_path_candidates(spec, bases, 32);
    for (int i = 0; i < n; i++)
      if (ts_try_base(bases[i], res))
        return;
    return;
  }
  char base[PATH_MAX * 2];
  if (spec[0] == '/')
    snprintf(base, sizeof base, "%s", spec);
  else
    snprintf(base, sizeof base, "%.*s/%s", (int)(strrchr(from, '/') - from), from, spec);
  ts_try_base(base, res);
}

static void resolve_request(Graph *g, int idx, ModuleRequest *r);

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

// Most module files one context (`'./locale/' + name`) compiles in.
enum { CONTEXT_MAX = 2000 };

// A computed path with a constant start naming a folder: each module file
// (.js .cjs .mjs .json) of that folder whose name starts with the rest of
// the prefix and ends with [r->context_suffix] becomes a speculative request.
static void expand_context(Graph *g, int idx, ModuleRequest *r) {
  const char *prefix = r->spec->str;
  const char *slash = strrchr(prefix, '/');
  const char *from = g->mods[idx].path;
  const char *fslash = strrchr(from, '/');
  char dir[PATH_MAX];
  snprintf(dir, sizeof dir, "%.*s/%.*s", fslash ? (int)(fslash - from) : 1,
           fslash ? from : ".", (int)(slash - prefix), prefix);
  DIR *d = opendir(dir);
  if (!d)
    return;
  const char *start = slash + 1, *suffix = r->context_suffix;
  PtrVec names = {0};
  for (struct dirent *e; (e = readdir(d));) {
    const char *n = e->d_name;
    if (n[0] == '.' || strncmp(n, start, strlen(start)) != 0 || !ends_with(n, suffix))
      continue;
    if (!ends_with(n, ".js") && !ends_with(n, ".cjs") && !ends_with(n, ".mjs") &&
        !ends_with(n, ".json"))
      continue;
    vec_push(&names, arena_printf("%.*s%s", (int)(slash + 1 - prefix), prefix, n));
  }
  closedir(d);
  if (names.len > CONTEXT_MAX) {
    diag_warning(g->mods[idx].src, r->spec->span, "computed path '%s...': %d files fit; "
                 "none compiled in (more than %d)", prefix, names.len, CONTEXT_MAX);
    free(names.items);
    return;
  }
  qsort(names.items, (size_t)names.len, sizeof *names.items, cmp_str);
  for (int i = 0; i < names.len; i++) {
    AstNode *s = ast_new(AST_STRING, r->spec->span);
    s->str = names.items[i];
    s->len = (int)strlen(names.items[i]);
    ModuleRequest one = {.spec = s, .kind = r->kind, .guarded = true, .speculative = true};
    resolve_request(g, idx, &one);
  }
  free(names.items);
}

// Resolves the requests of module [idx], adding the modules they reach.
static void resolve_requests(Graph *g, int idx) {
  PtrVec reqs = {0};
  collect_requests(g->mods[idx].program, &reqs);
  builtin_refs_scan_globals(&g->builtin_refs, g->mods[idx].program);
  if (!g->opt->library)  // core built-ins must not pull in node's (builtin_refs.c)
    builtin_refs_scan_methods(&g->builtin_refs, g->mods[idx].program);
  for (int k = 0; k < reqs.len; k++) {
    ModuleRequest *r = reqs.items[k];
    if (r->context_suffix)
      expand_context(g, idx, r);
    else
      resolve_request(g, idx, r);
  }
  free(reqs.items);
}

static void resolve_request(Graph *g, int idx, ModuleRequest *r) {
  {
    Mod *m = &g->mods[idx];
    bool dynamic = r->kind == REQ_DYNAMIC || (r->kind == REQ_REQUIRE && r->guarded);
    int known = find_req(m, r->spec->str, r->kind == REQ_REQUIRE);
    if (known >= 0) {
      m->reqs[known].dynamic &= dynamic;
      return;
    }
    if (strncmp(r->spec->str, "kiln:", 5) == 0) {
      builtin_refs_add_spec(&g->builtin_refs, r->spec->str);
      return;  // the built-ins' own modules: looked up at run time
    }
    ResolveMode mode = r->kind == REQ_REQUIRE ? RESOLVE_REQUIRE : RESOLVE_IMPORT;
    Resolution res = module_resolve(r->spec->str, m->path, mode);
    if (res.status != RESOLVE_FILE && res.status != RESOLVE_BUILTIN && is_ts(m->path))
      ts_resolve(r->spec->str, m->path, &res);
    int target = -1;
    if (res.status == RESOLVE_FILE) {
      ModuleFormat f = is_ts(res.path) ? ts_format(res.path) : module_format(res.path);
      if (f == FORMAT_UNKNOWN) {
        if (r->speculative)
          return;  // a guess that names some other file
        mod_error(m, r->spec->span, NULL, "cannot compile '%s': only JavaScript, TypeScript "
                  "and JSON modules can be compiled (no native addons)", show_path(res.path));
        return;
      }
      int fmt = f == FORMAT_MODULE ? JS_MOD_ESM : f == FORMAT_JSON ? JS_MOD_JSON : JS_MOD_CJS;
      if (fmt == JS_MOD_CJS && g->opt->module && !ends_with(res.path, ".cjs"))
        fmt = JS_MOD_ESM;  // --module: every JavaScript file is an ES module
      target = add_mod(g, res.path, fmt, NULL);
    } else if (res.status == RESOLVE_BUILTIN) {
      if (r->speculative && g->opt->library)
        return;  // a name in a built-in's source (core must not link the others)
      builtin_refs_add_spec(&g->builtin_refs, res.builtin);
      if (mode == RESOLVE_REQUIRE)
        return;  // require() of a built-in is looked up at run time
      char *name = arena_printf("node:%s", res.builtin);
      target = add_mod(g, name, JS_MOD_BUILTIN, arena_strndup(res.builtin, strlen(res.builtin)));
    } else if (r->speculative) {
      return;
    } else if (dynamic) {
      // Node only fails if this code runs: so does the executable, with
      // node's error (a module whose loading throws it).
      diag_warning(m->src, r->spec->span, "cannot find module '%s'; it will throw %s if "
                   "this code runs", r->spec->str, res.code ? res.code : "an error");
      const char *name = arena_printf("kiln:unresolved:%d:%d:%s", idx, r->kind, r->spec->str);
      target = add_mod(g, name, JS_MOD_CJS, NULL);
      const char *code = res.code ? res.code : "MODULE_NOT_FOUND";
      const char *msg = res.message ? res.message : r->spec->str;
      // The thrown error carries its code (MODULE_NOT_FOUND too).
      const char *type = ends_with(code, "Error") ? code
                         : arena_printf("%s [%s]", is_type_error(code) ? "TypeError" : "Error",
                                        code);
      g->mods[target].broken = thrown(type, msg);
    } else {
      // The first line of node's message (a require() stack follows).
      const char *msg = res.message ? res.message : "Cannot find module";
      const char *nl = strchr(msg, '\n');
      const char *type = resolve_error_type(res.code);
      if (!type && res.code)
        mod_error(m, r->spec->span, NULL, "%s: %.*s", res.code,
                  nl ? (int)(nl - msg) : (int)strlen(msg), msg);
      else
        mod_error(m, r->spec->span, type, "%.*s", nl ? (int)(nl - msg) : (int)strlen(msg),
                  msg);
      return;
    }
    m = &g->mods[idx];  // add_mod may have moved the array
    m->reqs = realloc(m->reqs, sizeof *m->reqs * (size_t)(m->nreqs + 1));
    m->reqs[m->nreqs++] = (Request){.spec = r->spec->str, .target = target, .dynamic = dynamic,
                                    .require = r->kind == REQ_REQUIRE};
  }
}

static bool load_all(Graph *g, const char *entry) {
  char abs[PATH_MAX];
  const char *path = realpath(entry, abs) ? abs : entry;
  ModuleFormat f = is_ts(path) ? ts_format(path) : module_format(path);
  int fmt = f == FORMAT_MODULE ? JS_MOD_ESM : JS_MOD_CJS;
  if (g->opt->script)
    fmt = JS_MOD_CJS;
  add_mod(g, path, fmt, NULL);
  for (int i = 0; i < g->nmods; i++) {
    Mod *m = &g->mods[i];
    if (m->format == JS_MOD_BUILTIN || m->broken)
      continue;
    if (m->format == JS_MOD_JSON) {
      Source *js = source_load(m->path);
      if (!js) {
        fprintf(stderr, "kiln: error: cannot read '%s': %s\n", m->path, strerror(errno));
        return false;
      }
      m->src = js;
      continue;
    }
    if (!load_source(g, i, i == 0 ? entry : NULL))
      return false;
    if (!g->mods[i].front_failed)
      resolve_requests(g, i);
  }
  return g->errors == 0 && diag_error_count() == 0;
}

static void mark_needed(Graph *g, int i) {
  Mod *m = &g->mods[i];
  if (m->needed)
    return;
  m->needed = true;
  for (int k = 0; k < m->nreqs; k++)
    if (!m->reqs[k].dynamic && m->reqs[k].target >= 0)
      mark_needed(g, m->reqs[k].target);
}

// Errors of modules the program needs are compile errors (printed now);
// a module reached only through import() or a guarded require() with an
// error becomes one that throws it when loaded. False after errors.
static bool settle_errors(Graph *g) {
  mark_needed(g, 0);
  for (int i = 0; i < g->nmods; i++) {
    Mod *m = &g->mods[i];
    if (!m->front_failed && !m->nerrs)
      continue;
    if (!m->needed) {
      if (!m->broken)
        m->broken = thrown(m->errs[0].type, m->errs[0].msg);
      continue;
    }
    if (m->front_failed) {
      diag_replay(m->front_diags, m->front_errors);
      g->errors++;
    }
    for (int k = 0; k < m->nerrs; k++)
      diag_error_as(m->src, m->errs[k].at, m->errs[k].type, "%s", m->errs[k].msg);
    g->errors += m->nerrs;
  }
  return g->errors == 0 && diag_error_count() == 0;
}

// --- export entries of ES modules ---------------------------------------------

static Binding *top_binding(Mod *m, const char *name) {
  for (Binding *b = m->program->scope->bindings; b; b = b->next)
    if (b->kind <= BIND_IMPORT && strcmp(b->name, name) == 0)
      return b;
  return NULL;
}

static void add_export(Mod *m, ExportEntry e) {
  m->exports = realloc(m->exports, sizeof *m->exports * (size_t)(m->nexports + 1));
  m->exports[m->nexports++] = e;
}

static void export_pattern_names(Mod *m, AstNode *p) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT:
    add_export(m, (ExportEntry){.name = p->str, .kind = EX_LOCAL, .local = p->binding});
    break;
  case AST_ASSIGN_PATTERN:
  case AST_REST:
    export_pattern_names(m, p->a);
    break;
  case AST_ARRAY_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      export_pattern_names(m, p->list.items[i]);
    break;
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++) {
      AstNode *q = p->list.items[i];
      export_pattern_names(m, q->kind == AST_PROPERTY ? q->b : q);
    }
    break;
  default:
    break;
  }
}

// The import statement that declared import binding [b]: its specifier
// and imported name ("*" for a namespace import).
static bool import_of(Mod *m, Binding *b, const char **spec, const char **name) {
  AstList *l = &m->program->list;
  for (int i = 0; i < l->len; i++) {
    AstNode *n = l->items[i];
    if (n->kind != AST_IMPORT)
      continue;
    for (int k = 0; k < n->list.len; k++)
      if (n->list.items[k]->binding == b) {
        *spec = n->str;
        *name = n->list.items[k]->str;
        return true;
      }
  }
  return false;
}

static void export_spec(Graph *g, Mod *m, AstNode *exp, AstNode *sp) {
  const char *local = sp->str, *name = sp->raw;
  if (exp->str) {  // export {a as b} from 'm'
    if (strcmp(local, "*") == 0)
      add_export(m, (ExportEntry){.name = name, .kind = name ? EX_NS : EX_STAR,
                                  .spec = exp->str});
    else
      add_export(m, (ExportEntry){.name = name, .kind = EX_INDIRECT, .spec = exp->str,
                                  .import_name = local});
    return;
  }
  Binding *b = top_binding(m, local);
  if (!b) {
    mod_error(m, sp->span, DIAG_SYNTAX_ERROR, "Export '%s' is not defined in module", local);
    return;
  }
  const char *spec, *iname;
  if (b->kind == BIND_IMPORT && import_of(m, b, &spec, &iname)) {
    bool ns = strcmp(iname, "*") == 0;
    add_export(m, (ExportEntry){.name = name, .kind = ns ? EX_NS : EX_INDIRECT, .spec = spec,
                                .import_name = iname});
    return;
  }
  add_export(m, (ExportEntry){.name = name, .kind = EX_LOCAL, .local = b});
}

static void collect_exports(Graph *g, Mod *m) {
  AstList *l = &m->program->list;
  for (int i = 0; i < l->len; i++) {
    AstNode *n = l->items[i];
    if (n->kind != AST_EXPORT)
      continue;
    AstNode *d = n->a;
    if (n->flags & AST_F_DEFAULT) {
      Binding *b = n->binding ? n->binding : d ? d->binding : NULL;
      if (!b && d && d->str)
        b = top_binding(m, d->str);
      add_export(m, (ExportEntry){.name = "default", .kind = EX_LOCAL, .local = b});
    } else if (d && d->kind == AST_VAR_DECL) {
      for (int k = 0; k < d->list.len; k++)
        export_pattern_names(m, d->list.items[k]->a);
    } else if (d && (d->kind == AST_FUNC_DECL || d->kind == AST_CLASS_DECL) && d->str) {
      add_export(m, (ExportEntry){.name = d->str, .kind = EX_LOCAL,
                                  .local = top_binding(m, d->str)});
    } else {
      for (int k = 0; k < n->list.len; k++)
        export_spec(g, m, n, n->list.items[k]);
    }
  }
}

// --- CommonJS named exports (what node's cjs-module-lexer finds) ---------------

static void cjs_name(Mod *m, const char *name) {
  for (int i = 0; i < m->cjs_names.len; i++)
    if (strcmp(m->cjs_names.items[i], name) == 0)
      return;
  vec_push(&m->cjs_names, (void *)name);
}

static bool is_ident(AstNode *n, const char *name) {
  return n && n->kind == AST_IDENT && strcmp(n->str, name) == 0;
}

// `module.exports`
static bool is_module_exports(AstNode *n) {
  return n && n->kind == AST_MEMBER && !n->b && is_ident(n->a, "module") && n->str &&
         strcmp(n->str, "exports") == 0;
}

static bool is_exports_obj(AstNode *n) {
  return is_ident(n, "exports") || is_module_exports(n);
}

// require('x') as an expression: its literal specifier, or NULL.
static const char *require_spec(AstNode *n) {
  if (n && n->kind == AST_CALL && is_ident(n->a, "require") && n->list.len >= 1 &&
      n->list.items[0]->kind == AST_STRING)
    return n->list.items[0]->str;
  return NULL;
}

static void cjs_walk(Mod *m, AstNode *n);

static void cjs_object(Mod *m, AstNode *obj) {
  for (int i = 0; i < obj->list.len; i++) {
    AstNode *p = obj->list.items[i];
    if (p->kind == AST_SPREAD || (p->kind == AST_PROPERTY && p->op == AST_PROP_SPREAD)) {
      const char *s = require_spec(p->a);
      if (s)
        vec_push(&m->cjs_reexports, (void *)s);
      continue;
    }
    if (p->kind == AST_PROPERTY && !(p->flags & AST_F_COMPUTED) && p->a &&
        p->a->kind == AST_STRING)
      cjs_name(m, p->a->str);
  }
}

static void cjs_walk(Mod *m, AstNode *n) {
  if (!n)
    return;
  if (n->kind == AST_IDENT && (strcmp(n->str, "exports") == 0 || strcmp(n->str, "module") == 0))
    m->cjs_used = true;
  if (n->kind == AST_ASSIGN && n->op == AST_OP_ASSIGN) {
    AstNode *t = n->a;
    if (t->kind == AST_MEMBER && !t->b && t->str && is_exports_obj(t->a))
      cjs_name(m, t->str);
    else if (t->kind == AST_INDEX && is_exports_obj(t->a) && t->b->kind == AST_STRING)
      cjs_name(m, t->b->str);
    else if (is_module_exports(t)) {
      AstNode *v = n->b;
      if (v->kind == AST_OBJECT)
        cjs_object(m, v);
      const char *s = require_spec(v);
      if (s)
        vec_push(&m->cjs_reexports, (void *)s);
    }
  } else if (n->kind == AST_CALL && n->list.len >= 2) {
    AstNode *c = n->a;
    // Object.defineProperty(exports, 'x', ...)
    if (c->kind == AST_MEMBER && c->str && is_ident(c->a, "Object") &&
        strcmp(c->str, "defineProperty") == 0 && is_exports_obj(n->list.items[0]) &&
        n->list.items[1]->kind == AST_STRING)
      cjs_name(m, n->list.items[1]->str);
    // __exportStar(require('x'), exports) and tslib.__exportStar(...)
    const char *fname = (c->kind == AST_IDENT || c->kind == AST_MEMBER) && c->str ? c->str : "";
    if ((strcmp(fname, "__exportStar") == 0 || strcmp(fname, "__export") == 0)) {
      const char *s = require_spec(n->list.items[0]);
      if (s)
        vec_push(&m->cjs_reexports, (void *)s);
    }
  } else if (n->kind == AST_CALL && n->list.len == 1) {
    const char *fname = n->a->kind == AST_IDENT && n->a->str ? n->a->str : "";
    if (strcmp(fname, "__export") == 0 || strcmp(fname, "__exportStar") == 0) {
      const char *s = require_spec(n->list.items[0]);
      if (s)
        vec_push(&m->cjs_reexports, (void *)s);
    }
  }
  cjs_walk(m, n->a);
  cjs_walk(m, n->b);
  cjs_walk(m, n->c);
  cjs_walk(m, n->d);
  for (int i = 0; i < n->list.len; i++)
    cjs_walk(m, n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    cjs_walk(m, n->list2.items[i]);
}

// The named exports of CJS module [idx], re-exports followed (cycle-safe).
static void cjs_all_names(Graph *g, int idx, PtrVec *out, int depth) {
  Mod *m = &g->mods[idx];
  if (depth > 32 || m->format != JS_MOD_CJS)
    return;
  for (int i = 0; i < m->cjs_names.len; i++)
    vec_push(out, m->cjs_names.items[i]);
  for (int i = 0; i < m->cjs_reexports.len; i++) {
    int t = require_target(m, m->cjs_reexports.items[i]);
    if (t >= 0)
      cjs_all_names(g, t, out, depth + 1);
  }
}

// The facade slot of [name] in a non-ES module, allocated on first use.
static const int *facade_slot(Mod *m, const char *name) {
  if (strcmp(name, "default") == 0)
    return m->default_slot;
  for (int i = 0; i < m->facade.len; i++)
    if (strcmp(m->facade.items[i], name) == 0)
      return m->facade_slots.items[i];
  int *slot = arena_alloc(sizeof(int));
  *slot = m->facade.len + 1;
  vec_push(&m->facade, (void *)name);
  vec_push(&m->facade_slots, slot);
  return slot;
}

// --- linking ------------------------------------------------------------------

typedef struct Resolved {
  int kind;        // 0 none, 1 variable, 2 namespace, 3 ambiguous
  int module;
  const int *slot;
  Binding *b;      // ES module variable (for TDZ), or NULL
} Resolved;

typedef struct Visit {
  int module;
  const char *name;
} Visit;

// ECMA-262 #sec-resolveexport, plus facades for non-ES modules.
static Resolved resolve_export(Graph *g, int idx, const char *name, Visit *set, int nset) {
  Resolved none = {0};
  for (int i = 0; i < nset; i++)
    if (set[i].module == idx && strcmp(set[i].name, name) == 0)
      return none;  // a circular import request
  if (nset >= 256)
    return none;
  set[nset++] = (Visit){idx, name};
  Mod *m = &g->mods[idx];
  if (m->front_failed)  // it throws its own error first when loaded
    return (Resolved){.kind = 2, .module = idx};
  if (m->format != JS_MOD_ESM) {
    if (m->format == JS_MOD_JSON && strcmp(name, "default") != 0)
      return none;
    // CommonJS: node offers what its lexer detects. A pattern missed here
    // must not reject a program node runs, so any name of a module that
    // uses exports or module gets a slot, filled from module.exports once
    // the module has run; a file that never mentions them exports nothing.
    if (m->format == JS_MOD_CJS && !m->cjs_used && strcmp(name, "default") != 0)
      return none;
    return (Resolved){.kind = 1, .module = idx, .slot = facade_slot(m, name)};
  }
  for (int i = 0; i < m->nexports; i++) {
    ExportEntry *e = &m->exports[i];
    if (!e->name || strcmp(e->name, name) != 0)
      continue;
    if (e->kind == EX_LOCAL) {
      if (!e->local)
        return none;
      return (Resolved){.kind = 1, .module = idx, .slot = &e->local->slot, .b = e->local};
    }
    int t = req_target(m, e->spec);
    if (t < 0)
      return none;
    if (e->kind == EX_NS)
      return (Resolved){.kind = 2, .module = t};
    return resolve_export(g, t, e->import_name, set, nset);
  }
  if (strcmp(name, "default") == 0)
    return none;  // `export *` never re-exports a default
  Resolved star = none;
  for (int i = 0; i < m->nexports; i++) {
    ExportEntry *e = &m->exports[i];
    if (e->kind != EX_STAR)
      continue;
    int t = req_target(m, e->spec);
    if (t < 0)
      continue;
    if (g->mods[t].format != JS_MOD_ESM) {
      // export * from a CommonJS module: the names its lexer found.
      PtrVec names = {0};
      cjs_all_names(g, t, &names, 0);
      bool has = false;
      for (int k = 0; k < names.len && !has; k++)
        has = strcmp(names.items[k], name) == 0;
      if (!has)
        continue;
    }
    Resolved r = resolve_export(g, t, name, set, nset);
    if (r.kind == 3)
      return r;
    if (r.kind == 0)
      continue;
    if (star.kind == 0)
      star = r;
    else if (star.kind != r.kind || star.module != r.module || star.slot != r.slot)
      return (Resolved){.kind = 3};
  }
  return star;
}

static bool needs_tdz_binding(Binding *b) {
  return b && (b->kind == BIND_LET || b->kind == BIND_CONST || b->kind == BIND_CLASS);
}

// The value of `type` in `import ... with { type: 'json' }`, or NULL.
static const char *import_type(AstNode *attrs) {
  if (!attrs || attrs->kind != AST_OBJECT)
    return NULL;
  for (int i = 0; i < attrs->list.len; i++) {
    AstNode *p = attrs->list.items[i];
    if (p->kind == AST_PROPERTY && p->a && p->a->kind == AST_STRING &&
        strcmp(p->a->str, "type") == 0 && p->b && p->b->kind == AST_STRING)
      return p->b->str;
  }
  return NULL;
}

// Node 20 loads JSON only with `with { type: 'json' }` (or the older
// `assert`), and only JSON with it.
static void check_import_attributes(Graph *g, Mod *m, AstNode *n, int t) {
  const char *type = import_type(n->a);
  const char *url = arena_printf("file://%s", g->mods[t].path);
  bool json = g->mods[t].format == JS_MOD_JSON;
  if (type && strcmp(type, "json") != 0)
    mod_error(m, n->span, "TypeError [ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED]", "Import "
               "attribute type \"%s\" is unsupported", type);
  else if (json && !type)
    mod_error(m, n->span, "TypeError [ERR_IMPORT_ASSERTION_TYPE_MISSING]", "Module \"%s\" "
               "needs an import attribute of type \"json\"", url);
  else if (!json && type && g->mods[t].format != JS_MOD_BUILTIN)
    mod_error(m, n->span, "TypeError [ERR_IMPORT_ASSERTION_TYPE_FAILED]", "Module "
               "\"%s\" is not of type \"json\"", url);
}

// V8's link error for an import or re-export of [name] from [spec] that
// names nothing (r.kind 0) or more than one thing (3).
static void unresolved_export(Mod *m, SrcSpan at, Resolved r, const char *spec,
                              const char *name) {
  if (r.kind == 0)
    mod_error(m, at, DIAG_SYNTAX_ERROR, "The requested module '%s' does not provide an export "
              "named '%s'", spec, name);
  else
    mod_error(m, at, DIAG_SYNTAX_ERROR, "The requested module '%s' contains conflicting star "
              "exports for name '%s'", spec, name);
}

static void link_imports(Graph *g, int idx) {
  Mod *m = &g->mods[idx];
  // Indirect exports must resolve too (#sec-source-text-module-record-
  // initialize-environment), whether or not anyone imports them.
  for (int i = 0; i < m->nexports; i++) {
    ExportEntry *e = &m->exports[i];
    int t = e->kind == EX_INDIRECT ? req_target(m, e->spec) : -1;
    if (t < 0)
      continue;
    Visit set[256];
    Resolved r = resolve_export(g, t, e->import_name, set, 0);
    // TypeScript re-exports types (`export { Props } from './x'`) that
    // tsc drops, knowing they are types: kiln lets those go unlinked.
    if (r.kind == 0 && is_ts(m->path) && is_ts(g->mods[t].path))
      continue;
    if (r.kind == 0 || r.kind == 3)
      unresolved_export(m, m->program->span, r, e->spec, e->import_name);
  }
  AstList *l = &m->program->list;
  for (int i = 0; i < l->len; i++) {
    AstNode *n = l->items[i];
    if (n->kind != AST_IMPORT)
      continue;
    int t = req_target(m, n->str);
    if (t >= 0)
      check_import_attributes(g, m, n, t);
    for (int k = 0; k < n->list.len; k++) {
      AstNode *sp = n->list.items[k];
      Binding *b = sp->binding;
      if (!b || t < 0)
        continue;
      if (strcmp(sp->str, "*") == 0) {
        b->import_ns = true;
        b->import_module = t;
        continue;
      }
      Visit set[256];
      Resolved r = resolve_export(g, t, sp->str, set, 0);
      if (r.kind == 0 && g->mods[t].format == JS_MOD_CJS) {
        mod_error(m, sp->span, DIAG_SYNTAX_ERROR, "Named export '%s' not found. The requested "
                  "module '%s' is a CommonJS module, which may not support all "
                  "module.exports as named exports.", sp->str, n->str);
        continue;
      }
      if (r.kind == 0 || r.kind == 3) {
        unresolved_export(m, sp->span, r, n->str, sp->str);
        continue;
      }
      b->import_module = r.module;
      if (r.kind == 2) {
        b->import_ns = true;
        continue;
      }
      b->import_slot = r.slot;
      b->import_tdz = needs_tdz_binding(r.b);
    }
  }
}

// Every export name of ES module [idx] (ECMA-262 #sec-getexportednames).
static void exported_names(Graph *g, int idx, PtrVec *out, int *visited, bool top) {
  if (visited[idx])
    return;
  visited[idx] = 1;
  Mod *m = &g->mods[idx];
  if (m->format != JS_MOD_ESM) {
    PtrVec names = {0};
    cjs_all_names(g, idx, &names, 0);
    for (int i = 0; i < names.len; i++)
      vec_push(out, names.items[i]);
    return;
  }
  for (int i = 0; i < m->nexports; i++) {
    ExportEntry *e = &m->exports[i];
    if (e->name && (top || strcmp(e->name, "default") != 0))
      vec_push(out, (void *)e->name);
  }
  for (int i = 0; i < m->nexports; i++) {
    ExportEntry *e = &m->exports[i];
    int t = e->kind == EX_STAR ? req_target(m, e->spec) : -1;
    if (t >= 0)
      exported_names(g, t, out, visited, false);
  }
}

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// The namespace table of ES module [idx]: unambiguous names, sorted.
static void namespace_table(Graph *g, int idx, struct IrModuleFile *f) {
  PtrVec names = {0};
  int *visited = calloc((size_t)g->nmods, sizeof(int));
  exported_names(g, idx, &names, visited, true);
  free(visited);
  if (names.len > 1)  // qsort(NULL, 0) is undefined behaviour
    qsort(names.items, (size_t)names.len, sizeof(void *), cmp_name);
  f->exports = arena_alloc(sizeof *f->exports * (size_t)(names.len + 1));
  for (int i = 0; i < names.len; i++) {
    if (i > 0 && strcmp(names.items[i], names.items[i - 1]) == 0)
      continue;
    Visit set[256];
    Resolved r = resolve_export(g, idx, names.items[i], set, 0);
    if (r.kind != 1 && r.kind != 2)
      continue;
    f->exports[f->nexports++] = (struct IrModuleExport){
        .name = names.items[i], .module = r.module, .slot = r.kind == 1 ? r.slot : NULL};
  }
}

// --- lowering --------------------------------------------------------------------

static bool lower_all(Graph *g) {
  IrModule *ir = g->ir;
  ir->builtin_refs = (const char **)g->builtin_refs.items;
  ir->nbuiltin_refs = g->builtin_refs.len;
  ir->files = arena_alloc(sizeof *ir->files * (size_t)g->nmods);
  ir->nfiles = g->nmods;
  for (int i = 0; i < g->nmods; i++) {
    Mod *m = &g->mods[i];
    struct IrModuleFile *f = &ir->files[i];
    f->filename = m->path;
    f->format = m->format;
    f->func = f->init_func = -1;
    f->builtin = m->builtin;
    if (m->broken) {
      f->error = m->broken;  // loading it throws this
      f->display = m->path;
      f->first_func = ir->nfuncs;
      continue;
    }
    f->display = m->src ? m->src->path : m->path;
    // Each module gets its own atom and template numbering, so its C text
    // does not change when another module does (module/cache in main.c).
    ir->atoms = NULL;
    ir->atom_lens = NULL;
    ir->natoms = ir->atoms_cap = 0;
    ir->ntemplates = 0;
    f->first_func = ir->nfuncs;
    if (m->format == JS_MOD_JSON) {
      f->json = m->src->text;
      f->json_len = m->src->len;
    } else if (m->format == JS_MOD_ESM) {
      LowerOptions lo = {.module = true, .module_index = i, .tla = m->tla};
      f->func = lower_esm_into(ir, m->program, m->src, &lo, &f->init_func);
      if (f->func < 0)
        return false;
      f->env_size = &m->program->scope->env_size;
      f->tla = m->tla;
      f->requests = arena_alloc(sizeof(int) * (size_t)(m->nreqs + 1));
      AstList *l = &m->program->list;
      for (int k = 0; k < l->len; k++) {
        AstNode *n = l->items[k];
        if (!((n->kind == AST_IMPORT || n->kind == AST_EXPORT) && n->str))
          continue;
        int t = req_target(m, n->str);
        bool dup = t < 0;
        for (int j = 0; j < f->nrequests && !dup; j++)
          dup = f->requests[j] == t;
        if (!dup)
          f->requests[f->nrequests++] = t;
      }
      namespace_table(g, i, f);
    } else if (m->format == JS_MOD_CJS) {
      bool script = i == 0 && g->opt->script;
      LowerOptions lo = {.script = script, .module_index = i};
      f->func = lower_module_into(ir, m->program, m->src, &lo);
      if (f->func < 0)
        return false;
    }
    if (m->format != JS_MOD_ESM) {
      // Facade slots that imports did not ask for: the names the lexer
      // found, for namespace objects.
      PtrVec names = {0};
      cjs_all_names(g, i, &names, 0);
      for (int k = 0; k < names.len; k++)
        facade_slot(m, names.items[k]);
      f->facade = (const char **)m->facade.items;
      f->nfacade = m->facade.len;
    }
    f->nfuncs = ir->nfuncs - f->first_func;
    for (int k = f->first_func; k < ir->nfuncs; k++)
      ir->funcs[k]->file = i;
    f->atoms = ir->atoms;
    f->atom_lens = ir->atom_lens;
    f->natoms = ir->natoms;
    f->ntemplates = ir->ntemplates;
    for (int k = 0; k < m->nreqs; k++) {
      if (m->reqs[k].target < 0)
        continue;
      ir->links = realloc(ir->links, sizeof *ir->links * (size_t)(ir->nlinks + 1));
      ir->links[ir->nlinks++] = (struct IrModuleLink){.from = i, .to = m->reqs[k].target,
          .specifier = m->reqs[k].spec, .require = m->reqs[k].require};
    }
  }
  return true;
}

IrModule *build_module_graph(const char *entry, const GraphOptions *opt) {
  Graph g = {.opt = opt};
  if (!load_all(&g, entry))
    return NULL;
  for (int i = 0; i < g.nmods; i++) {
    Mod *m = &g.mods[i];
    if (m->front_failed)
      continue;
    if (m->format == JS_MOD_ESM)
      collect_exports(&g, m);
    else if (m->format == JS_MOD_CJS)
      cjs_walk(m, m->program);
  }
  for (int i = 0; i < g.nmods; i++)
    if (g.mods[i].format == JS_MOD_ESM && !g.mods[i].front_failed)
      link_imports(&g, i);
  if (!settle_errors(&g))
    return NULL;
  IrModule *ir = arena_alloc(sizeof *ir);
  ir->src = g.mods[0].src;
  ir->filename = g.mods[0].path;
  ir->script = opt->script;
  g.ir = ir;
  if (!lower_all(&g))
    return NULL;
  return ir;
}
