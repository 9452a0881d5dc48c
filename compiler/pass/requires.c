// SPDX-License-Identifier: MIT
//
// requires.c: finds what a module asks for: every `require("literal")`
// whose `require` is the CommonJS wrapper's parameter (after
// resolve_scopes), every `import`/`export ... from "literal"` and every
// `import("literal")`. module/graph.c resolves them to files and compiles
// those into the same executable.
//
// A request is "guarded" when node would only try it if that code runs:
// inside a function, a try block, a branch of if/?:/&&/||/?? or a loop.
// A missing module there is a run-time MODULE_NOT_FOUND, not a compile
// error (packages probe for optional dependencies that way).
#include "pass.h"

#include <string.h>

typedef struct Walk {
  PtrVec *out;
  int guard;  // > 0 inside guarded code
} Walk;

static void walk(Walk *w, AstNode *n);

static void walk_list(Walk *w, AstList *l) {
  for (int i = 0; i < l->len; i++)
    walk(w, l->items[i]);
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

// import(expr) and require(expr) whose argument is not one literal: the
// relative-path literals inside it (`cond ? './a.js' : './b.js'`, a
// template without substitutions) are compiled in when they resolve, so the
// run-time lookup among compiled modules finds them. Only a guess: no
// warning when one does not resolve.
static void add_candidates(Walk *w, AstNode *n, int kind) {
  if (!n || n->kind == AST_FUNC_EXPR || n->kind == AST_ARROW)
    return;
  AstNode *lit = n->kind == AST_STRING ? n
                 : n->kind == AST_TEMPLATE && n->list2.len == 0 && n->list.len == 1
                     ? n->list.items[0] : NULL;
  if (lit && lit->str && (strncmp(lit->str, "./", 2) == 0 || strncmp(lit->str, "../", 3) == 0)) {
    ModuleRequest *r = arena_alloc(sizeof *r);
    r->spec = lit;
    r->kind = kind;
    r->guarded = true;
    r->speculative = true;
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
  ModuleRequest *r = arena_alloc(sizeof *r);
  r->spec = spec;
  r->kind = kind;
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

static void walk(Walk *w, AstNode *n) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_CALL:
    if (n->list.len >= 1 && n->list.items[0]->kind != AST_STRING &&
        (is_wrapper_require(n->a) || is_made_require(n->a)))
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
    walk(w, n->a);
    walk(w, n->b);
    walk(w, n->c);
    walk(w, n->d);
    walk_list(w, &n->list);
    walk_list(w, &n->list2);
    w->guard--;
    return;
  default:
    break;
  }
  walk(w, n->a);
  walk(w, n->b);
  walk(w, n->c);
  walk(w, n->d);
  walk_list(w, &n->list);
  walk_list(w, &n->list2);
}

void collect_requests(AstNode *program, PtrVec *out) {
  Walk w = {.out = out};
  walk_list(&w, &program->list);
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
