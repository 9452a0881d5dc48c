// SPDX-License-Identifier: MIT
//
// requires.c: finds what a module asks for: every `require("literal")`
// whose `require` is the CommonJS wrapper's parameter (after
// resolve_scopes), every `import`/`export ... from "literal"` and every
// `import("literal")`. module/graph.c resolves them to files and compiles
// those into the same executable.
//
// A computed specifier (`import(name)`, `require('./locale/' + id)`) can
// only load what was compiled in; three rules choose what to compile in,
// none of which runs anything before the program asks for it:
//  - relative-path literals inside the argument (`cond ? './a' : './b'`);
//  - a constant prefix naming a folder (`'./locale/' + id`, a template
//    `./cmd/${x}.js`): every module file of that folder whose name fits the
//    prefix and suffix (a "context", as bundlers call it; module/graph.c);
//  - once a module has a computed request, every relative-path literal
//    anywhere in it (`const a = './a.js'; import(a)`).
// Calls through an alias of require (`r = require; r(x)`) count as require,
// and the path of `fork(path)` (child_process, cluster) or `new Worker(path)`
// (worker_threads) as a guarded one.
//
// A request is "guarded" when node would only try it if that code runs:
// inside a function, a try block, a branch of if/?:/&&/||/?? or a loop.
// A missing module there is a run-time MODULE_NOT_FOUND, not a compile
// error (packages probe for optional dependencies that way).
#include "pass.h"

#include "../module/module.h"

#include <string.h>

typedef struct Walk {
  PtrVec *out;
  int guard;         // > 0 inside guarded code
  unsigned computed; // bit (1 << REQ_x): a computed request of that kind was seen
  PtrVec aliases;    // (Binding *) variables assigned a require function
  bool aliases_only; // the first walk: find the aliases, collect nothing
} Walk;

static void walk(Walk *w, AstNode *n);

static void walk_list(Walk *w, AstList *l) {
  for (int i = 0; i < l->len; i++)
    walk(w, l->items[i]);
}

static void walk_children(Walk *w, AstNode *n) {
  walk(w, n->a);
  walk(w, n->b);
  walk(w, n->c);
  walk(w, n->d);
  walk_list(w, &n->list);
  walk_list(w, &n->list2);
}

static bool is_wrapper_require(AstNode *callee) {
  Binding *b = callee->binding;
  return callee->kind == AST_IDENT && b && b->kind == BIND_PARAM &&
         b->scope->kind == SCOPE_PROGRAM && strcmp(b->name, "require") == 0;
}

// `const require = createRequire(import.meta.url)` in an ES module: a
// variable named require that the module declares itself.
static bool is_made_require(AstNode *callee) {
  Binding *b = callee->binding;
  return callee->kind == AST_IDENT && b && b->kind != BIND_PARAM && b->kind != BIND_IMPORT &&
         strcmp(b->name, "require") == 0;
}

static bool is_alias_require(Walk *w, AstNode *callee) {
  if (callee->kind != AST_IDENT || !callee->binding)
    return false;
  for (int i = 0; i < w->aliases.len; i++)
    if (w->aliases.items[i] == callee->binding)
      return true;
  return false;
}

static bool is_relative(const char *s) {
  return s && (strncmp(s, "./", 2) == 0 || strncmp(s, "../", 3) == 0);
}

// A string literal or a template without substitutions that names a
// relative path, or NULL.
static AstNode *relative_literal(AstNode *n) {
  AstNode *lit = n->kind == AST_STRING ? n
                 : n->kind == AST_TEMPLATE && n->list2.len == 0 && n->list.len == 1
                     ? n->list.items[0] : NULL;
  return lit && is_relative(lit->str) ? lit : NULL;
}

static ModuleRequest *new_request(AstNode *spec, int kind) {
  ModuleRequest *r = arena_alloc(sizeof *r);
  r->spec = spec;
  r->kind = kind;
  return r;
}

// The constant string an expression starts with (`'./x/' + a`, a template's
// first quasi), or NULL; [last] gets the constant it ends with, if any.
static AstNode *leading_literal(AstNode *n, AstNode **last) {
  if (n->kind == AST_TEMPLATE && n->list2.len > 0 && n->list.len > 0) {
    AstNode *tail = n->list.items[n->list.len - 1];
    *last = tail->str && tail->len ? tail : NULL;
    return n->list.items[0];
  }
  if (n->kind == AST_BINARY && n->op == AST_OP_ADD) {
    AstNode *left = n;
    while (left->kind == AST_BINARY && left->op == AST_OP_ADD)
      left = left->a;
    *last = n->b->kind == AST_STRING ? n->b : NULL;
    return left->kind == AST_STRING ? left : NULL;
  }
  return NULL;
}

// import(expr) and require(expr) whose argument is not one literal: the
// relative-path literals inside it (`cond ? './a.js' : './b.js'`, a
// template without substitutions) are compiled in when they resolve, so the
// run-time lookup among compiled modules finds them. Only a guess: no
// warning when one does not resolve.
static void add_candidates(Walk *w, AstNode *n, int kind) {
  if (!n || n->kind == AST_FUNC_EXPR || n->kind == AST_ARROW)
    return;
  w->computed |= 1u << kind;
  AstNode *last = NULL, *first = leading_literal(n, &last);
  if (first && is_relative(first->str) && strchr(first->str, '/')) {
    ModuleRequest *r = new_request(first, kind);
    r->guarded = r->speculative = true;
    r->context_suffix = last && last != first ? last->str : "";
    vec_push(w->out, r);
  }
  AstNode *lit = relative_literal(n);
  if (lit) {
    ModuleRequest *r = new_request(lit, kind);
    r->guarded = r->speculative = true;
    vec_push(w->out, r);
    return;
  }
  add_candidates(w, n->a, kind);
  add_candidates(w, n->b, kind);
  add_candidates(w, n->c, kind);
  for (int i = 0; i < n->list.len; i++)
    add_candidates(w, n->list.items[i], kind);
}

static void add(Walk *w, AstNode *spec, int kind) {
  ModuleRequest *r = new_request(spec, kind);
  r->guarded = w->guard > 0;
  vec_push(w->out, r);
}

// `import ... from 's'` and `export ... from 's'`: the specifier, as a
// string node at the statement (where diagnostics point).
static void add_from(Walk *w, AstNode *n) {
  if (!n->str)
    return;
  AstNode *s = ast_new(AST_STRING, n->span);
  s->str = n->str;
  s->len = n->len;
  add(w, s, REQ_IMPORT);
}

static bool is_ident(AstNode *n, const char *name) {
  return n && n->kind == AST_IDENT && n->str && strcmp(n->str, name) == 0;
}

// The module child_process.fork(path) (or any `fork('...')`) would run, as
// a relative path from the calling file: node resolves it against the
// current directory, which is where a program usually lives. Recognised:
// 'child.js', './child.js', __dirname + '/child.js', `${__dirname}/c.js`,
// path.join(__dirname, 'child.js'), path.resolve(...) and new URL('./c.mjs',
// import.meta.url). NULL otherwise.
static const char *fork_path(AstNode *n) {
  if (n->kind == AST_STRING && n->str && n->len > 0)
    return n->str[0] == '/' || is_relative(n->str) ? n->str : arena_printf("./%s", n->str);
  if (n->kind == AST_BINARY && n->op == AST_OP_ADD && is_ident(n->a, "__dirname") &&
      n->b->kind == AST_STRING && n->b->str && n->b->str[0] == '/')
    return arena_printf(".%s", n->b->str);
  if (n->kind == AST_TEMPLATE && n->list2.len == 1 && is_ident(n->list2.items[0], "__dirname") &&
      n->list.len == 2 && n->list.items[0]->len == 0 && n->list.items[1]->str &&
      n->list.items[1]->str[0] == '/')
    return arena_printf(".%s", n->list.items[1]->str);
  if (n->kind == AST_NEW && is_ident(n->a, "URL") && n->list.len == 2 &&
      n->list.items[0]->kind == AST_STRING && is_relative(n->list.items[0]->str))
    return n->list.items[0]->str;  // new URL('./child.mjs', import.meta.url)
  if (n->kind == AST_CALL && n->a->kind == AST_MEMBER && n->a->str && n->list.len >= 2 &&
      (strcmp(n->a->str, "join") == 0 || strcmp(n->a->str, "resolve") == 0) &&
      is_ident(n->list.items[0], "__dirname")) {
    const char *out = ".";
    for (int i = 1; i < n->list.len; i++) {
      AstNode *part = n->list.items[i];
      if (part->kind != AST_STRING || !part->str)
        return NULL;
      out = arena_printf("%s/%s", out, part->str);
    }
    return out;
  }
  return NULL;
}

// `fork(path)` (a call) or `new Worker(path)` (worker_threads runs it in a
// child process of the same executable, started like fork).
static void add_fork(Walk *w, AstNode *call, const char *name) {
  AstNode *callee = call->a;
  bool named = is_ident(callee, name) || (callee->kind == AST_MEMBER && callee->str &&
                                          strcmp(callee->str, name) == 0);
  if (call->list.len < 1 || !named)
    return;
  const char *path = fork_path(call->list.items[0]);
  if (!path)
    return;
  AstNode *s = ast_new(AST_STRING, call->list.items[0]->span);
  s->str = path;
  s->len = (int)strlen(path);
  ModuleRequest *r = new_request(s, REQ_REQUIRE);
  r->guarded = r->speculative = true;
  vec_push(w->out, r);
}

static void walk(Walk *w, AstNode *n) {
  if (!n)
    return;
  if (w->aliases_only) {
    AstNode *target = n->kind == AST_DECLARATOR                               ? n->a
                      : n->kind == AST_ASSIGN && n->op == AST_OP_ASSIGN ? n->a
                                                                        : NULL;
    if (target && target->kind == AST_IDENT && target->binding && n->b &&
        (is_wrapper_require(n->b) || is_made_require(n->b)))
      vec_push(&w->aliases, target->binding);
    walk_children(w, n);
    return;
  }
  switch (n->kind) {
  case AST_NEW:
    add_fork(w, n, "Worker");
    break;
  case AST_CALL:
    add_fork(w, n, "fork");
    if (n->list.len >= 1 && n->list.items[0]->kind != AST_STRING &&
        (is_wrapper_require(n->a) || is_made_require(n->a) || is_alias_require(w, n->a)))
      add_candidates(w, n->list.items[0], REQ_REQUIRE);
    if (n->list.len >= 1 && n->list.items[0]->kind == AST_STRING) {
      if (is_wrapper_require(n->a)) {
        add(w, n->list.items[0], REQ_REQUIRE);
      } else if (is_made_require(n->a)) {
        w->guard++;  // only a guess: a missing module fails when it runs
        add(w, n->list.items[0], REQ_REQUIRE);
        w->guard--;
      }
    }
    break;
  case AST_IMPORT_CALL:
    if (n->a && n->a->kind == AST_STRING)
      add(w, n->a, REQ_DYNAMIC);
    else if (n->a)
      add_candidates(w, n->a, REQ_DYNAMIC);
    break;
  case AST_IMPORT:
    add_from(w, n);
    return;
  case AST_EXPORT:
    add_from(w, n);
    break;
  case AST_FUNC_DECL:
  case AST_FUNC_EXPR:
  case AST_ARROW:
  case AST_TRY:
  case AST_IF:
  case AST_COND:
  case AST_LOGICAL:
  case AST_WHILE:
  case AST_DO_WHILE:
  case AST_FOR:
  case AST_FOR_IN:
  case AST_FOR_OF:
  case AST_SWITCH:
    w->guard++;
    walk_children(w, n);
    w->guard--;
    return;
  default:
    break;
  }
  walk_children(w, n);
}

// Every relative-path literal of the module, and every string naming one of
// node's built-ins (`const name = 'fs'; require(name)`), as a speculative
// request: the built-ins named are then linked.
static void all_literals(Walk *w, AstNode *n, int kind) {
  if (!n)
    return;
  AstNode *lit = relative_literal(n);
  if (!lit && n->kind == AST_STRING && n->str && n->len < 32 && module_is_builtin(n->str))
    lit = n;
  if (lit && !memchr(lit->str, '\n', lit->len) && lit->len < 512) {
    ModuleRequest *r = new_request(lit, kind);
    r->guarded = r->speculative = true;
    vec_push(w->out, r);
    return;
  }
  all_literals(w, n->a, kind);
  all_literals(w, n->b, kind);
  all_literals(w, n->c, kind);
  all_literals(w, n->d, kind);
  for (int i = 0; i < n->list.len; i++)
    all_literals(w, n->list.items[i], kind);
  for (int i = 0; i < n->list2.len; i++)
    all_literals(w, n->list2.items[i], kind);
}

void collect_requests(AstNode *program, PtrVec *out) {
  // Aliases are found in a first walk so that a call before the
  // assignment in source order (a function body) still counts.
  Walk w = {.out = out, .aliases_only = true};
  walk_list(&w, &program->list);
  w.aliases_only = false;
  walk_list(&w, &program->list);
  for (int kind = REQ_REQUIRE; kind <= REQ_DYNAMIC; kind++)
    if (w.computed & (1u << kind))
      for (int i = 0; i < program->list.len; i++)
        all_literals(&w, program->list.items[i], kind);
}

// --- top-level await ---

static bool tla(AstNode *n) {
  if (!n)
    return false;
  switch (n->kind) {
  case AST_FUNC_DECL:
  case AST_FUNC_EXPR:
  case AST_ARROW:
    return false;
  case AST_AWAIT:
    return true;
  case AST_FOR_OF:
    if (n->flags & AST_F_AWAIT)
      return true;
    break;
  case AST_CLASS_DECL:
  case AST_CLASS_EXPR:
    // Only the heritage and computed keys run in the module body.
    if (tla(n->a))
      return true;
    for (int i = 0; i < n->list.len; i++) {
      AstNode *m = n->list.items[i];
      if ((m->flags & AST_F_COMPUTED) && tla(m->a))
        return true;
    }
    return false;
  default:
    break;
  }
  if (tla(n->a) || tla(n->b) || tla(n->c) || tla(n->d))
    return true;
  for (int i = 0; i < n->list.len; i++)
    if (tla(n->list.items[i]))
      return true;
  for (int i = 0; i < n->list2.len; i++)
    if (tla(n->list2.items[i]))
      return true;
  return false;
}

bool has_top_level_await(AstNode *program) {
  for (int i = 0; i < program->list.len; i++)
    if (tla(program->list.items[i]))
      return true;
  return false;
}
