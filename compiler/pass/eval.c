// SPDX-License-Identifier: MIT
//
// eval.c: eval of a string the compiler can see, without an interpreter.
//
// A call `eval(s)` whose argument is a constant string is compiled here as
// eval code (ECMA-262 #sec-performeval): the string is parsed as a Script
// and becomes an arrow function called in place of eval, so that it sees the
// caller's bindings, `this`, `arguments`, `new.target` and `super` exactly
// as an arrow written there would. resolve.c puts the arrow in the caller's
// scopes (and declares the names sloppy eval code adds to the caller's
// variable environment, #sec-evaldeclarationinstantiation); lower.c calls
// it when the callee is %eval% at run time, and calls the callee otherwise.
//
// The arrow returns the completion value of the eval code: each expression
// statement stores its value in a hidden variable, and the statements whose
// completion is `undefined` when their body's is empty (if, loops, switch,
// try, with) first store undefined (#sec-updateempty), as V8's rewriter does.
//
// Early errors in the string are not errors of the program: the call throws
// them as a SyntaxError when it runs (call->raw holds the message).
// Strings known only at run time keep throwing EvalError (global.c).
#include "pass.h"

#include <stdlib.h>
#include <string.h>

// The hidden variable of the completion value: no identifier can name it.
static const char *const COMPLETION = "%completion";

// A string literal, a `+` of them or a template without substitutions.
static const char *const_string(AstNode *n, size_t *len, int depth) {
  if (!n || depth > 64)
    return NULL;
  if (n->kind == AST_PAREN)
    return const_string(n->a, len, depth);
  // A `const` bound to one (resolved before the eval call that reads it).
  if (n->kind == AST_IDENT && n->binding && n->binding->kind == BIND_CONST &&
      n->binding->init)
    return const_string(n->binding->init, len, depth + 1);
  if (n->kind == AST_STRING) {
    *len = n->len;
    return n->str;
  }
  if (n->kind == AST_TEMPLATE && n->list2.len == 0 && n->list.len == 1 &&
      n->list.items[0]->str) {
    *len = n->list.items[0]->len;
    return n->list.items[0]->str;
  }
  if (n->kind == AST_BINARY && n->op == AST_OP_ADD) {
    size_t la, lb;
    const char *a = const_string(n->a, &la, depth + 1);
    const char *b = a ? const_string(n->b, &lb, depth + 1) : NULL;
    if (!b)
      return NULL;
    char *s = arena_alloc(la + lb + 1);
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    s[la + lb] = 0;
    *len = la + lb;
    return s;
  }
  return NULL;
}

const char *eval_const_string(AstNode *n, size_t *len) {
  return const_string(n, len, 0);
}

// Names the program assigns `eval` to (`var e = eval; e(s)`): a call
// through one may be an indirect eval. Kept for the whole run (malloc'd:
// the arena is freed between modules); a wrong guess costs only code size.
static char **aliases;
static int naliases;

static bool is_eval_ident(const AstNode *n) {
  return n && n->kind == AST_IDENT && strcmp(n->str, "eval") == 0;
}

static void add_alias(const char *name) {
  if (strcmp(name, "eval") == 0)
    return;
  for (int i = 0; i < naliases; i++)
    if (strcmp(aliases[i], name) == 0)
      return;
  char **grown = realloc(aliases, sizeof *aliases * (size_t)(naliases + 1));
  char *copy = strdup(name);
  if (!grown || !copy)
    ICE("out of memory");
  aliases = grown;
  aliases[naliases++] = copy;
}

void eval_find_aliases(AstNode *n) {
  if (!n)
    return;
  if ((n->kind == AST_DECLARATOR || (n->kind == AST_ASSIGN && n->op == AST_OP_ASSIGN)) &&
      n->a && n->a->kind == AST_IDENT && is_eval_ident(n->b))
    add_alias(n->a->str);
  eval_find_aliases(n->a);
  eval_find_aliases(n->b);
  eval_find_aliases(n->c);
  eval_find_aliases(n->d);
  for (int i = 0; i < n->list.len; i++)
    eval_find_aliases(n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    eval_find_aliases(n->list2.items[i]);
}

EvalCallee eval_callee_kind(AstNode *callee) {
  while (callee->kind == AST_PAREN)
    callee = callee->a;
  if (is_eval_ident(callee))
    return EVAL_DIRECT;
  if (callee->kind == AST_IDENT)
    for (int i = 0; i < naliases; i++)
      if (strcmp(aliases[i], callee->str) == 0)
        return EVAL_INDIRECT;
  // `(0, eval)(s)` and `globalThis.eval(s)` (or any object's eval).
  if (callee->kind == AST_SEQUENCE && callee->list.len > 0)
    return eval_callee_kind(callee->list.items[callee->list.len - 1]) ? EVAL_INDIRECT
                                                                        : EVAL_NONE;
  if (callee->kind == AST_MEMBER && !callee->b && callee->str &&
      strcmp(callee->str, "eval") == 0 && callee->a->kind != AST_SUPER &&
      !(callee->flags & AST_F_OPTIONAL))
    return EVAL_INDIRECT;
  return EVAL_NONE;
}

const char *eval_call_string(AstNode *call, size_t *len) {
  if (call->kind != AST_CALL || call->list.len == 0 ||
      (call->flags & AST_F_OPTIONAL) || call->list.items[0]->kind == AST_SPREAD)
    return NULL;
  return eval_const_string(call->list.items[0], len);
}

static AstNode *parse_eval_source(const char *text, size_t len) {
  Source *src = source_from_string("<eval>", text, len);
  return parse_program(src, false, false);
}

// The errors reported since [before], dropped from the count; the first
// one's message, or NULL.
static int quiet_count(void) {
  diag_quiet_begin();
  return diag_quiet_end();
}

static const char *quiet_drop(int before) {
  int after = quiet_count();
  const char *msg = NULL;
  if (after > before) {
    const char *m = diag_quiet_message(NULL);
    msg = arena_strndup(m, strlen(m));
  }
  diag_quiet_restore(before);
  return msg;
}

// VarDeclaredNames (#sec-static-semantics-vardeclarednames, early.c's walk)
// of one statement, onto an AstList.
static void var_names_stmt(AstNode *n, AstList *out) {
  PtrVec names = {0};
  var_declared_names(n, &names);
  for (int i = 0; i < names.len; i++)
    ast_list_push(out, names.items[i]);
  free(names.items);
}

void eval_declarations(AstList *stmts, AstList *vars, AstList *funcs) {
  for (int i = 0; i < stmts->len; i++) {
    AstNode *n = stmts->items[i];
    while (n->kind == AST_LABELED)
      n = n->a;
    if (n->kind == AST_FUNC_DECL && n->str)
      ast_list_push(funcs, n);
    else
      var_names_stmt(n, vars);
  }
}

// The var and top-level function names of a Script's statements.
static void eval_var_names(AstList *stmts, AstList *out) {
  for (int i = 0; i < stmts->len; i++) {
    AstNode *n = stmts->items[i];
    while (n->kind == AST_LABELED)
      n = n->a;
    if (n->kind == AST_FUNC_DECL && n->str)
      ast_list_push(out, ast_ident(n->span, n->str));
    else
      var_names_stmt(n, out);
  }
}

// Direct eval calls of [body] that are not inside a nested function, with
// the names their code would add to a sloppy caller's variable scope.
static void find_calls(AstNode *n, AstList *out);

static void find_calls_list(AstList *l, AstList *out) {
  for (int i = 0; i < l->len; i++)
    find_calls(l->items[i], out);
}

static void find_calls(AstNode *n, AstList *out) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_FUNC_DECL:
  case AST_FUNC_EXPR:
  case AST_ARROW:
  case AST_CLASS_DECL:
  case AST_CLASS_EXPR:
    return;
  default:
    break;
  }
  size_t len;
  const char *text = eval_call_string(n, &len);
  if (text && eval_callee_kind(n->a) == EVAL_DIRECT) {
    int before = quiet_count();
    diag_quiet_begin();
    AstNode *program = parse_eval_source(text, len);
    diag_quiet_end();
    quiet_drop(before);
    if (program && !(program->flags & (AST_F_STRICT | AST_F_MODULE)) &&
        !ast_has_use_strict(&program->list))
      eval_var_names(&program->list, out);
  }
  find_calls(n->a, out);
  find_calls(n->b, out);
  find_calls(n->c, out);
  find_calls(n->d, out);
  find_calls_list(&n->list, out);
  find_calls_list(&n->list2, out);
}

void eval_var_names_in(AstList *body, AstList *out) {
  find_calls_list(body, out);
}

// --- completion values --------------------------------------------------------

static AstNode *completion_ref(SrcSpan at) { return ast_ident(at, COMPLETION); }

// `%completion = void 0;`
static AstNode *reset_stmt(SrcSpan at) {
  AstNode *zero = ast_new(AST_NUMBER, at);
  AstNode *v = ast_new(AST_UNARY, at);
  v->op = AST_OP_VOID;
  v->a = zero;
  return ast_expr_stmt(at, ast_assign(at, completion_ref(at), v));
}

static bool complete_stmt(AstNode *n);
static void complete_list(AstList *l);

// A finally block's normal completion keeps the value of the try or catch
// block; a break or continue out of it has its own (#sec-try-statement-
// runtime-semantics-evaluation): `{ let %saved = %completion;
// %completion = void 0; <block>; %completion = %saved; }`.
static void complete_finally(AstNode *block) {
  SrcSpan at = block->span;
  complete_list(&block->list);
  AstList body = block->list;
  block->list = (AstList){0};
  AstNode *decl = ast_new(AST_VAR_DECL, at);
  decl->op = AST_LET;
  AstNode *d = ast_new(AST_DECLARATOR, at);
  d->a = ast_ident(at, "%saved");
  d->b = completion_ref(at);
  ast_list_push(&decl->list, d);
  ast_list_push(&block->list, decl);
  ast_list_push(&block->list, reset_stmt(at));
  AstNode *inner = ast_new(AST_BLOCK, at);
  inner->list = body;
  ast_list_push(&block->list, inner);
  ast_list_push(&block->list,
                ast_expr_stmt(at, ast_assign(at, completion_ref(at), ast_ident(at, "%saved"))));
}

// Rewrites the statement in *slot; one whose completion may be undefined
// is preceded by the reset (in a block around it).
static void complete_slot(AstNode **slot) {
  AstNode *n = *slot;
  if (!n || !complete_stmt(n))
    return;
  AstNode *b = ast_new(AST_BLOCK, n->span);
  ast_list_push(&b->list, reset_stmt(n->span));
  ast_list_push(&b->list, n);
  *slot = b;
}

static void complete_list(AstList *l) {
  for (int i = 0; i < l->len; i++)
    complete_slot(&l->items[i]);
}

// Makes [n] store its completion value; true when it needs the reset first.
static bool complete_stmt(AstNode *n) {
  switch (n->kind) {
  case AST_EXPR_STMT:
    n->a = ast_assign(n->span, completion_ref(n->span), n->a);
    return false;
  case AST_BLOCK:
    complete_list(&n->list);
    return false;
  case AST_LABELED:
    // The label stays on its statement (`continue l` needs the loop).
    return complete_stmt(n->a);
  case AST_IF:
    complete_slot(&n->b);
    complete_slot(&n->c);
    return true;
  case AST_FOR:
  case AST_FOR_IN:
  case AST_FOR_OF:
  case AST_WHILE:
  case AST_DO_WHILE:
  case AST_WITH:
    complete_slot(&n->d);
    return true;
  case AST_SWITCH:
    for (int i = 0; i < n->list.len; i++)
      complete_list(&n->list.items[i]->list);
    return true;
  case AST_TRY:
    complete_slot(&n->a);
    complete_slot(&n->c);
    if (n->d)
      complete_finally(n->d);
    return true;
  default:
    return false;
  }
}

// The arrow `() => { let %completion; <code>; return %completion; }`.
static AstNode *eval_arrow(AstNode *program, SrcSpan at, bool strict) {
  ast_set_spans(program, at);  // its text is not in the caller's source
  complete_list(&program->list);
  AstNode *body = ast_new(AST_BLOCK, at);
  AstNode *decl = ast_new(AST_VAR_DECL, at);
  decl->op = AST_LET;
  AstNode *d = ast_new(AST_DECLARATOR, at);
  d->a = completion_ref(at);
  ast_list_push(&decl->list, d);
  ast_list_push(&body->list, decl);
  for (int i = 0; i < program->list.len; i++)
    ast_list_push(&body->list, program->list.items[i]);
  AstNode *ret = ast_new(AST_RETURN, at);
  ret->a = completion_ref(at);
  ast_list_push(&body->list, ret);
  AstNode *arrow = ast_new(AST_ARROW, at);
  arrow->flags = AST_F_SIMPLE_PARAMS | AST_F_EVAL | (strict ? AST_F_STRICT : 0);
  arrow->a = body;
  return arrow;
}

// The trial resolves eval code alone, where the caller's private names
// (`this.#x` in a method) are unknown: true if [msg] is about one that the
// caller's scope declares.
static bool caller_private(const char *msg, const Scope *s) {
  static const char prefix[] = "Private field '";
  if (strncmp(msg, prefix, sizeof prefix - 1) != 0)
    return false;
  const char *name = msg + sizeof prefix - 1;
  const char *end = strchr(name, '\'');
  if (!end)
    return false;
  for (; s; s = s->parent)
    for (const Binding *b = s->bindings; b; b = b->next)
      if (strlen(b->name) == (size_t)(end - name) &&
          memcmp(b->name, name, (size_t)(end - name)) == 0)
        return true;
  return false;
}

// Eval code is never a module: the parser took import/export (or
// import.meta) as the sign of one; V8's message for it, or NULL.
static const char *module_syntax(AstNode *program) {
  if (!(program->flags & AST_F_MODULE))
    return NULL;
  for (int i = 0; i < program->list.len; i++) {
    AstKind k = program->list.items[i]->kind;
    if (k == AST_IMPORT)
      return "Cannot use import statement outside a module";
    if (k == AST_EXPORT)
      return "Unexpected token 'export'";
  }
  return "Cannot use 'import.meta' outside a module";
}

AstNode *eval_compile(const char *text, size_t len, SrcSpan at,
                      const EvalContext *cx, const char **error,
                      AstList *var_names, bool indirect) {
  // First a copy to find the early errors (the grammar's, the early.c
  // ones in the caller's context, and the resolver's redeclarations).
  int before = quiet_count();
  diag_quiet_begin();
  AstNode *trial = parse_eval_source(text, len);
  bool strict = false;
  if (trial) {
    strict = cx->strict || (trial->flags & AST_F_STRICT) || ast_has_use_strict(&trial->list);
    if (strict)
      trial->flags |= AST_F_STRICT;
    Source *src = source_from_string("<eval>", text, len);
    if (check_eval_early_errors(trial, src, cx))
      resolve_scopes(trial, src, true);
  }
  diag_quiet_end();
  const char *msg = quiet_drop(before);
  if (msg && caller_private(msg, cx->scope))
    msg = NULL;
  if (trial && !msg)
    msg = module_syntax(trial);
  if (!trial || msg) {
    *error = msg ? msg : "Invalid or unexpected token";
    return NULL;
  }
  diag_quiet_begin();
  AstNode *program = parse_eval_source(text, len);
  diag_quiet_end();
  quiet_drop(before);
  if (!program) {
    *error = "Invalid or unexpected token";
    return NULL;
  }
  if (!strict)
    eval_var_names(&program->list, var_names);
  AstNode *fn = eval_arrow(program, at, strict);
  if (!indirect)
    return fn;
  // Indirect eval code runs in the global scope: a function of its own
  // script, called with the global object as `this`.
  fn->kind = AST_FUNC_EXPR;
  AstNode *script = ast_new(AST_PROGRAM, at);
  ast_list_push(&script->list, ast_expr_stmt(at, fn));
  diag_quiet_begin();
  resolve_scopes(script, source_from_string("<eval>", text, len), true);
  diag_quiet_end();
  quiet_drop(before);
  return fn;
}
