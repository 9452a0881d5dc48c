// SPDX-License-Identifier: MIT
//
// requires.c: finds the CommonJS dependencies of a module: every call
// `require("literal")` whose `require` is the module wrapper's parameter
// (after resolve_scopes). main.c resolves them to files and compiles those
// into the same executable.
#include "pass.h"

#include <string.h>

static void walk(AstNode *n, PtrVec *out);

static void walk_list(AstList *l, PtrVec *out) {
  for (int i = 0; i < l->len; i++)
    walk(l->items[i], out);
}

static bool is_wrapper_require(AstNode *callee) {
  Binding *b = callee->binding;
  return callee->kind == AST_IDENT && b && b->kind == BIND_PARAM &&
         b->scope->kind == SCOPE_PROGRAM && strcmp(b->name, "require") == 0;
}

static void walk(AstNode *n, PtrVec *out) {
  if (!n)
    return;
  if (n->kind == AST_CALL && is_wrapper_require(n->a) && n->list.len >= 1 &&
      n->list.items[0]->kind == AST_STRING)
    vec_push(out, n->list.items[0]);
  walk(n->a, out);
  walk(n->b, out);
  walk(n->c, out);
  walk(n->d, out);
  walk_list(&n->list, out);
  walk_list(&n->list2, out);
}

void collect_requires(AstNode *program, PtrVec *out) { walk(program, out); }
