// SPDX-License-Identifier: MIT
//
// resolve.c: scopes, bindings and early errors.
//
// Input: the AST from ast_build.c. Output: every scope-introducing node has
// node->scope, every AST_IDENT that names a declared variable has
// node->binding (NULL means a global lookup), AST_THIS / AST_SUPER /
// AST_NEW_TARGET / `arguments` are bound to pseudo-bindings of the function
// that provides them, and bindings referenced across a function boundary are
// marked captured (closure conversion in lower.c puts those in heap
// environments; everything else stays a C local).
//
// Classes get two synthetic method functions, built here so that field
// initializers are ordinary function bodies with the right `this`:
// class->c = instance-fields initializer, class->d = static initializer
// (AST_FUNC_EXPR nodes whose list2 holds the AST_CLASS_MEMBER fields and
// static blocks, in order).
#include "pass.h"

#include <string.h>

typedef struct Resolver {
  Source *src;
  bool script;
  bool cjs;  // a CommonJS module: the program is node's wrapper function
  Scope *scope;
  Scope *params_of;  // the function whose parameter list is being walked
  int errors;
} Resolver;

static void walk_stmt(Resolver *r, AstNode *n);
static void walk_expr(Resolver *r, AstNode *n);
static void walk_function(Resolver *r, AstNode *fn, bool method, bool ctor,
                          bool derived);

static void error(Resolver *r, AstNode *at, const char *fmt, const char *arg) {
  diag_error(r->src, at->span, fmt, arg);
  r->errors++;
}

static Scope *scope_push(Resolver *r, ScopeKind kind, AstNode *node) {
  Scope *s = arena_alloc(sizeof *s);
  s->kind = kind;
  s->parent = r->scope;
  s->node = node;
  s->env_reg = -1;
  s->strict = r->scope ? r->scope->strict : false;
  s->func = (kind == SCOPE_FUNCTION || kind == SCOPE_PROGRAM) ? s : r->scope->func;
  if (node)
    node->scope = s;
  r->scope = s;
  return s;
}

static void scope_pop(Resolver *r) { r->scope = r->scope->parent; }

static Binding *scope_lookup_local(Scope *s, const char *name) {
  for (Binding *b = s->bindings; b; b = b->next)
    if ((b->kind < BIND_THIS || b->kind == BIND_HIDDEN) && strcmp(b->name, name) == 0)
      return b;
  return NULL;
}

Binding *scope_find_kind(Scope *fs, BindingKind kind) {
  for (Binding *b = fs->bindings; b; b = b->next)
    if (b->kind == kind)
      return b;
  return NULL;
}

static Binding *add_binding(Scope *s, const char *name, BindingKind kind,
                            AstNode *decl) {
  Binding *b = arena_alloc(sizeof *b);
  b->name = name;
  b->kind = kind;
  b->scope = s;
  b->decl = decl;
  b->local = -1;
  b->slot = -1;
  b->mapped_index = -1;
  if (s->last)
    s->last->next = b;
  else
    s->bindings = b;
  s->last = b;
  return b;
}

// Declares [name] in [s], reporting redeclarations the way V8 words them.
static Binding *declare(Resolver *r, Scope *s, AstNode *id, BindingKind kind) {
  const char *name = id->str;
  Binding *old = scope_lookup_local(s, name);
  bool lexical = kind == BIND_LET || kind == BIND_CONST || kind == BIND_CLASS ||
                 kind == BIND_IMPORT;
  if (old && old->decl && (old->decl->flags & AST_F_EVAL) && kind != BIND_VAR) {
    // A var that eval code in the parameters declared (resolved before the
    // body): the body's own declaration is the binding, as in V8.
    old->kind = kind;
    old->decl = id;
    id->binding = old;
    return old;
  }
  if (old) {
    bool old_lexical = binding_is_lexical(old) || old->kind == BIND_IMPORT;
    bool fn_in_block = kind == BIND_FUNCTION && old->kind == BIND_FUNCTION &&
                       s->kind != SCOPE_FUNCTION && s->kind != SCOPE_PROGRAM;
    if (lexical || old_lexical ||
        (fn_in_block && s->strict) ||
        (kind == BIND_FUNCTION && s->kind == SCOPE_BLOCK && !fn_in_block) ||
        (old->kind == BIND_CATCH && kind != BIND_VAR)) {
      if (!(old->kind == BIND_PARAM && kind == BIND_FUNCTION))
        error(r, id, "Identifier '%s' has already been declared", name);
      return old;
    }
    if (kind == BIND_FUNCTION)
      old->kind = old->kind == BIND_PARAM ? BIND_PARAM : BIND_FUNCTION;
    id->binding = old;
    return old;
  }
  Binding *b = add_binding(s, name, kind, id);
  id->binding = b;
  return b;
}

// Declares every identifier bound by a pattern.
static void declare_pattern(Resolver *r, Scope *s, AstNode *p, BindingKind kind) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT:
    if (s->strict && (strcmp(p->str, "eval") == 0 || strcmp(p->str, "arguments") == 0))
      error(r, p, "Unexpected eval or arguments in strict mode", NULL);
    if ((kind == BIND_LET || kind == BIND_CONST) && strcmp(p->str, "let") == 0)
      error(r, p, "let is disallowed as a lexically bound name", NULL);
    declare(r, s, p, kind);
    break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      declare_pattern(r, s, p->list.items[i], kind);
    break;
  case AST_PROPERTY:
    declare_pattern(r, s, p->b, kind);
    break;
  case AST_ASSIGN_PATTERN:
  case AST_REST:
    declare_pattern(r, s, p->a, kind);
    break;
  default:
    break;
  }
}

// Walks default values and computed keys inside a declaration pattern.
static void walk_pattern_exprs(Resolver *r, AstNode *p) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      walk_pattern_exprs(r, p->list.items[i]);
    break;
  case AST_PROPERTY:
    if (p->a && p->a->kind == AST_PRIVATE_NAME) {
      error(r, p->a, "Unexpected identifier '#%s'", p->a->str);
      break;
    }
    if (p->flags & AST_F_COMPUTED)
      walk_expr(r, p->a);
    walk_pattern_exprs(r, p->b);
    break;
  case AST_ASSIGN_PATTERN:
    walk_pattern_exprs(r, p->a);
    walk_expr(r, p->b);
    break;
  case AST_REST:
    walk_pattern_exprs(r, p->a);
    break;
  case AST_IDENT:
    break;
  default:
    walk_expr(r, p);  // assignment targets such as o.x
    break;
  }
}

// var declarations anywhere in a function body (not in nested functions).
static void hoist_var_names(Resolver *r, Scope *fs, AstNode *n);

static void hoist_list(Resolver *r, Scope *fs, AstList *l) {
  for (int i = 0; i < l->len; i++)
    hoist_var_names(r, fs, l->items[i]);
}

static void hoist_var_names(Resolver *r, Scope *fs, AstNode *n) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_VAR_DECL:
    if (n->op == AST_VAR) {
      if (r->script && fs->kind == SCOPE_PROGRAM)
        return;
      for (int i = 0; i < n->list.len; i++)
        declare_pattern(r, fs, n->list.items[i]->a, BIND_VAR);
    }
    break;
  case AST_BLOCK:
  case AST_CASE:
    hoist_list(r, fs, &n->list);
    break;
  case AST_SWITCH:
    hoist_list(r, fs, &n->list);
    break;
  case AST_IF:
    hoist_var_names(r, fs, n->b);
    hoist_var_names(r, fs, n->c);
    break;
  case AST_FOR:
    hoist_var_names(r, fs, n->a);
    hoist_var_names(r, fs, n->d);
    break;
  case AST_FOR_IN:
  case AST_FOR_OF:
    hoist_var_names(r, fs, n->a);
    hoist_var_names(r, fs, n->d);
    break;
  case AST_WHILE:
  case AST_DO_WHILE:
  case AST_WITH:
    hoist_var_names(r, fs, n->d);
    break;
  case AST_TRY:
    hoist_var_names(r, fs, n->a);
    hoist_var_names(r, fs, n->c);
    hoist_var_names(r, fs, n->d);
    break;
  case AST_LABELED:
    hoist_var_names(r, fs, n->a);
    break;
  case AST_EXPORT:
    hoist_var_names(r, fs, n->a);
    break;
  default:
    break;
  }
}

// `import d, {x as y}, * as ns from 'm'`: each local name is an immutable
// binding of the module scope (the linker, module/graph.c, points it at
// the exporting module's variable).
static void declare_imports(Resolver *r, Scope *s, AstNode *imp) {
  for (int i = 0; i < imp->list.len; i++) {
    AstNode *sp = imp->list.items[i];
    AstNode id = {.kind = AST_IDENT, .str = sp->raw, .span = sp->span};
    Binding *b = declare(r, s, &id, BIND_IMPORT);
    b->decl = sp;
    sp->binding = b;
  }
}

// `export default expr` and anonymous `export default function/class`
// bind the hidden name *default* (ECMA-262 #sec-exports-static-semantics-
// exportentries); a named declaration binds its own name as usual.
static void declare_default_export(Resolver *r, Scope *s, AstNode *exp) {
  AstNode *d = exp->a;
  bool decl = d->kind == AST_FUNC_DECL || d->kind == AST_CLASS_DECL;
  if (decl && d->str)
    return;
  AstNode id = {.kind = AST_IDENT, .str = "*default*", .span = exp->span};
  BindingKind kind = d->kind == AST_FUNC_DECL ? BIND_FUNCTION
                     : d->kind == AST_CLASS_DECL ? BIND_CLASS : BIND_LET;
  Binding *b = declare(r, s, &id, kind);
  b->decl = exp;
  exp->binding = b;
  if (decl)
    d->binding = b;
}

// The arrow made from sloppy eval code (pass/eval.c): its var and function
// names belong to the caller's variable scope.
static bool sloppy_eval_scope(const Scope *s) {
  return s->kind == SCOPE_FUNCTION && s->node && (s->node->flags & AST_F_EVAL) &&
         !s->strict;
}

// Lexical declarations directly in a statement list.
static void declare_lexical(Resolver *r, Scope *s, AstList *stmts) {
  bool top = s->kind == SCOPE_FUNCTION || s->kind == SCOPE_PROGRAM;
  for (int i = 0; i < stmts->len; i++) {
    AstNode *n = stmts->items[i];
    if (n->kind == AST_IMPORT) {
      declare_imports(r, s, n);
      continue;
    }
    if (n->kind == AST_EXPORT && (n->flags & AST_F_DEFAULT) && n->a) {
      declare_default_export(r, s, n);
      if (!n->a->str)
        continue;
    }
    if (n->kind == AST_EXPORT && n->a)
      n = n->a;
    if (n->kind == AST_VAR_DECL && n->op != AST_VAR) {
      for (int j = 0; j < n->list.len; j++)
        declare_pattern(r, s, n->list.items[j]->a,
                        n->op == AST_LET ? BIND_LET : BIND_CONST);
    } else if (n->kind == AST_CLASS_DECL && n->str) {
      AstNode id = {.kind = AST_IDENT, .str = n->str, .span = n->span};
      Binding *b = declare(r, s, &id, BIND_CLASS);
      b->decl = n;
      n->binding = b;
    } else if (n->kind == AST_FUNC_DECL && n->str) {
      if (top && ((r->script && s->kind == SCOPE_PROGRAM) || sloppy_eval_scope(s)))
        continue;
      AstNode id = {.kind = AST_IDENT, .str = n->str, .span = n->span};
      Binding *b = declare(r, s, &id, top ? BIND_FUNCTION : BIND_FUNCTION);
      b->decl = n;
      n->binding = b;
    }
  }
}

// After lexical declarations of a block, vars hoisted through it must not
// collide with them: `{ let x; { var x; } }`.
static void check_var_conflicts(Resolver *r, AstNode *decl) {
  for (int i = 0; i < decl->list.len; i++) {
    AstNode *t = decl->list.items[i]->a;
    if (t->kind != AST_IDENT)
      continue;
    for (Scope *s = r->scope; s; s = s->parent) {
      Binding *b = scope_lookup_local(s, t->str);
      if (b && binding_is_lexical(b)) {
        error(r, t, "Identifier '%s' has already been declared", t->str);
        break;
      }
      if (b && b->kind == BIND_CATCH)
        break;
      if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_PROGRAM)
        break;
    }
  }
}

static Scope *last_with;  // innermost `with` scope the last lookup crossed

static Binding *lookup(Resolver *r, const char *name, bool *crossed) {
  *crossed = false;
  last_with = NULL;
  for (Scope *s = r->scope; s; s = s->parent) {
    Binding *b = scope_lookup_local(s, name);
    if (b)
      return b;
    if (s->with_object) {
      // The name may be a property of the with object: it is consulted
      // first at run time (lower.c), so it must be reachable from here.
      if (!last_with)
        last_with = s;
      if (*crossed)
        s->with_object->captured = true;
    }
    if (s->kind == SCOPE_FUNCTION)
      *crossed = true;
  }
  return NULL;
}

static void use_binding(Binding *b, bool crossed) {
  if (crossed && b->kind != BIND_IMPORT)  // imports live in another module
    b->captured = true;
}

// The non-arrow function (or program) scope that provides `this` & co.
static Scope *this_scope(Resolver *r, bool *crossed) {
  *crossed = false;
  Scope *s = r->scope->func;
  while (s->arrow) {
    *crossed = true;
    s = s->parent->func;
  }
  return s;
}

static Binding *pseudo(Resolver *r, BindingKind kind, const char *name) {
  bool crossed;
  Scope *fs = this_scope(r, &crossed);
  Binding *b = scope_find_kind(fs, kind);
  if (!b)
    b = add_binding(fs, name, kind, NULL);
  use_binding(b, crossed);
  return b;
}

static void walk_ident(Resolver *r, AstNode *n) {
  bool crossed;
  Binding *b = lookup(r, n->str, &crossed);
  n->scope = last_with;  // IDENT: the innermost with scope between it and b
  if (!b && strcmp(n->str, "arguments") == 0) {
    Scope *fs = this_scope(r, &crossed);
    if (fs->kind == SCOPE_FUNCTION || (fs->kind == SCOPE_PROGRAM && r->cjs)) {
      b = pseudo(r, BIND_ARGUMENTS, "arguments");
      n->binding = b;
      return;
    }
  }
  if (!b)
    return;
  use_binding(b, crossed);
  n->binding = b;
}

static void walk_list(Resolver *r, AstList *l, bool stmts) {
  for (int i = 0; i < l->len; i++) {
    if (stmts)
      walk_stmt(r, l->items[i]);
    else
      walk_expr(r, l->items[i]);
  }
}

static void walk_block_body(Resolver *r, AstNode *block, ScopeKind kind) {
  scope_push(r, kind, block);
  declare_lexical(r, r->scope, &block->list);
  walk_list(r, &block->list, true);
  scope_pop(r);
}

// Assignment target (expression or pattern in assignment position).
static void walk_target(Resolver *r, AstNode *t) {
  switch (t->kind) {
  case AST_IDENT:
    walk_ident(r, t);
    if (r->scope->strict &&
        (strcmp(t->str, "eval") == 0 || strcmp(t->str, "arguments") == 0))
      error(r, t, "Unexpected eval or arguments in strict mode", NULL);
    if (t->binding)
      t->binding->assigned = true;
    break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < t->list.len; i++)
      walk_target(r, t->list.items[i]);
    break;
  case AST_PROPERTY:
    if (t->a && t->a->kind == AST_PRIVATE_NAME) {
      error(r, t->a, "Unexpected identifier '#%s'", t->a->str);
      break;
    }
    if (t->flags & AST_F_COMPUTED)
      walk_expr(r, t->a);
    walk_target(r, t->b);
    break;
  case AST_ASSIGN_PATTERN:
    walk_target(r, t->a);
    walk_expr(r, t->b);
    break;
  case AST_REST:
    walk_target(r, t->a);
    break;
  case AST_PAREN:
    walk_target(r, t->a);
    break;
  case AST_HOLE:
    break;
  default:
    walk_expr(r, t);
    break;
  }
}

static void walk_class(Resolver *r, AstNode *cls) {
  if (cls->a)
    walk_expr(r, cls->a);  // heritage is evaluated in the class scope, see below
  Scope *cs = scope_push(r, SCOPE_CLASS, cls);
  cs->strict = true;
  if (cls->str) {
    AstNode id = {.kind = AST_IDENT, .str = cls->str, .span = cls->span};
    Binding *b = declare(r, cs, &id, BIND_CLASS_INNER);
    b->decl = cls;
  }
  // Private names and computed field keys live in hidden class bindings.
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (m->a && m->a->kind == AST_PRIVATE_NAME) {
      const char *pn = arena_printf("#%s", m->a->str);
      Binding *b = scope_lookup_local(cs, pn);
      if (!b)
        b = add_binding(cs, pn, BIND_HIDDEN, m->a);
      else if (!((m->op == AST_MEMBER_GETTER || m->op == AST_MEMBER_SETTER)))
        error(r, m->a, "Identifier '#%s' has already been declared", m->a->str);
      m->a->binding = b;
    }
  }
  AstNode *fields = ast_new(AST_FUNC_EXPR, cls->span);
  AstNode *statics = ast_new(AST_FUNC_EXPR, cls->span);
  fields->str = "<instance_members_initializer>";
  statics->str = "<static_initializer>";
  fields->flags = statics->flags = AST_F_STRICT;
  bool derived = cls->a != NULL;
  int nfield_keys = 0;
  // Instance private methods and accessors are installed on each instance
  // before its fields (#sec-initializeinstanceelements): they go first in
  // the field initializer, read from hidden bindings set at class definition.
  int npm = 0;
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (m->a && m->a->kind == AST_PRIVATE_NAME && !(m->flags & AST_F_STATIC) &&
        (m->op == AST_MEMBER_METHOD || m->op == AST_MEMBER_GETTER ||
         m->op == AST_MEMBER_SETTER)) {
      m->binding = add_binding(cs, arena_printf("%%pm%d", npm++), BIND_HIDDEN, m->a);
      ast_list_push(&fields->list2, m);
    }
  }
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if ((m->flags & AST_F_COMPUTED) && m->a) {
      walk_expr(r, m->a);
      if (m->op == AST_MEMBER_FIELD) {
        Binding *b = add_binding(cs, arena_printf("%%key%d", nfield_keys++),
                                 BIND_HIDDEN, m->a);
        m->binding = b;
      }
    }
    if (m->op == AST_MEMBER_FIELD || m->op == AST_MEMBER_STATIC_BLOCK) {
      ast_list_push((m->flags & AST_F_STATIC) || m->op == AST_MEMBER_STATIC_BLOCK
                        ? &statics->list2 : &fields->list2, m);
      continue;
    }
    if ((m->op == AST_MEMBER_METHOD || m->op == AST_MEMBER_GETTER ||
         m->op == AST_MEMBER_SETTER) && m->b)
      walk_function(r, m->b, true, (m->flags & AST_F_CONSTRUCTOR) != 0, derived);
  }
  cls->c = fields->list2.len ? fields : NULL;
  cls->d = statics->list2.len ? statics : NULL;
  if (cls->c)
    walk_function(r, cls->c, true, false, false);
  if (cls->d)
    walk_function(r, cls->d, true, false, false);
  scope_pop(r);
}

// Hoisted declarations of a function body (or the program).
// --- direct eval (the code is compiled by pass/eval.c) ---------------------

// The variable scope of code in [s]: sloppy eval code has its caller's.
static Scope *var_scope(Scope *s) {
  Scope *fs = s->func;
  while (sloppy_eval_scope(fs))
    fs = fs->parent->func;
  return fs;
}

// A name sloppy eval code declares in the caller's variable scope
// [vs] exists there from the start, as undefined (a script's are global
// properties, made when the eval runs).
static void declare_eval_var(Resolver *r, Scope *vs, AstNode *id) {
  if ((r->script && vs->kind == SCOPE_PROGRAM) || scope_lookup_local(vs, id->str))
    return;
  id->flags |= AST_F_EVAL;
  add_binding(vs, id->str, BIND_VAR, id);
}

// The SyntaxError of a var of eval code that a lexical declaration between
// the call and its variable scope shadows (#sec-evaldeclarationinstantiation).
static const char *eval_var_conflict(Resolver *r, Scope *vs, AstList *names) {
  for (int i = 0; i < names->len; i++) {
    const char *name = names->items[i]->str;
    // In a parameter list, a parameter's name too (as V8 does).
    Binding *param = vs == r->params_of ? scope_lookup_local(vs, name) : NULL;
    if (param && param->kind == BIND_PARAM)
      return arena_printf("Identifier '%s' has already been declared", name);
    for (Scope *s = r->scope; s; s = s->parent) {
      Binding *b = scope_lookup_local(s, name);
      if (b && (binding_is_lexical(b) || b->kind == BIND_IMPORT))
        return arena_printf("Identifier '%s' has already been declared", name);
      if (s == vs)
        break;
    }
  }
  return NULL;
}

// `eval("...")` calling the global eval: its code becomes an arrow in the
// caller's scope (AST_F_EVAL on the call; lower.c runs it when the callee
// is %eval% at run time).
static void resolve_direct_eval(Resolver *r, AstNode *n) {
  size_t len;
  const char *text = eval_call_string(n, &len);
  AstNode *callee = n->a;
  while (callee->kind == AST_PAREN)
    callee = callee->a;
  EvalCallee kind = text ? eval_callee_kind(callee) : EVAL_NONE;
  if (kind == EVAL_NONE || (kind == EVAL_DIRECT && callee->binding))
    return;
  if (kind == EVAL_INDIRECT) {
    EvalContext global = {0};
    AstList names = {0};
    const char *error = NULL;
    n->flags |= AST_F_EVAL;
    n->d = eval_compile(text, len, n->span, &global, &error, &names, true);
    // Its vars must not shadow a script's top-level lexical declarations.
    Scope *ps = r->scope;
    while (ps->parent)
      ps = ps->parent;
    Scope *saved = r->scope;
    r->scope = ps;
    if (n->d && r->script && (error = eval_var_conflict(r, ps, &names)))
      n->d = NULL;
    r->scope = saved;
    n->raw = error;
    return;
  }
  bool crossed;
  Scope *ts = this_scope(r, &crossed);
  EvalContext cx = {.strict = r->scope->strict,
                    .new_target = ts->kind == SCOPE_FUNCTION || r->cjs,
                    .super_prop = ts->is_method,
                    .super_call = ts->is_class_ctor && ts->derived,
                    // the synthetic field initializer (list2 = the fields)
                    .no_arguments = ts->node && ts->node->kind == AST_FUNC_EXPR &&
                                    ts->node->list2.len > 0,
                    .scope = r->scope};
  AstList names = {0};
  const char *error = NULL;
  AstNode *arrow = eval_compile(text, len, n->span, &cx, &error, &names, false);
  Scope *vs = var_scope(r->scope);
  if (arrow)
    error = eval_var_conflict(r, vs, &names);
  n->flags |= AST_F_EVAL;
  n->d = NULL;
  if (error) {
    n->raw = error;
    return;
  }
  for (int i = 0; i < names.len; i++)
    declare_eval_var(r, vs, names.items[i]);
  walk_function(r, arrow, false, false, false);
  n->d = arrow;
}

// Top-level functions of sloppy eval code are the caller's variables.
static void bind_eval_functions(Resolver *r, AstList *body) {
  for (int i = 0; i < body->len; i++) {
    AstNode *f = body->items[i];
    if (f->kind != AST_FUNC_DECL || !f->str)
      continue;
    bool crossed;
    Binding *b = lookup(r, f->str, &crossed);
    if (b)
      use_binding(b, crossed);
    f->binding = b;
  }
}

static void declare_body(Resolver *r, Scope *fs, AstList *body) {
  if (sloppy_eval_scope(fs)) {
    declare_lexical(r, fs, body);
    bind_eval_functions(r, body);
    return;
  }
  hoist_list(r, fs, body);
  declare_lexical(r, fs, body);
  if (!fs->strict) {
    AstList names = {0};
    eval_var_names_in(body, &names);
    for (int i = 0; i < names.len; i++)
      declare_eval_var(r, fs, names.items[i]);
  }
}

static void walk_function(Resolver *r, AstNode *fn, bool method, bool ctor,
                          bool derived) {
  Scope *name_scope = NULL;
  if (fn->kind == AST_FUNC_EXPR && fn->str && !method) {
    name_scope = scope_push(r, SCOPE_BLOCK, NULL);
    AstNode id = {.kind = AST_IDENT, .str = fn->str, .span = fn->span};
    Binding *b = declare(r, name_scope, &id, BIND_FUNC_NAME);
    b->decl = fn;
    fn->binding = b;
  }
  Scope *fs = scope_push(r, SCOPE_FUNCTION, fn);
  fs->arrow = fn->kind == AST_ARROW;
  fs->is_method = method;
  fs->is_class_ctor = ctor;
  fs->derived = derived;
  bool block_body = !(fn->flags & AST_F_EXPR_BODY) && fn->a &&
                    fn->a->kind == AST_BLOCK;
  if ((fn->flags & AST_F_STRICT) || (block_body && ast_has_use_strict(&fn->a->list)))
    fs->strict = true;
  if (fs->strict)
    fn->flags |= AST_F_STRICT;
  for (int i = 0; i < fn->list.len; i++)
    declare_pattern(r, fs, fn->list.items[i], BIND_PARAM);
  if (!(fn->flags & AST_F_SIMPLE_PARAMS))
    for (Binding *b = fs->bindings; b; b = b->next)
      if (b->kind == BIND_PARAM)
        b->param_tdz = true;
  if (!fs->strict) {
    // Eval code in default values declares its vars before any is read.
    AstList names = {0};
    eval_var_names_in(&fn->list, &names);
    for (int i = 0; i < names.len; i++)
      declare_eval_var(r, fs, names.items[i]);
  }
  Scope *outer_params = r->params_of;
  r->params_of = fs;
  for (int i = 0; i < fn->list.len; i++)
    walk_pattern_exprs(r, fn->list.items[i]);
  r->params_of = outer_params;
  if (fn->list2.len) {
    // synthetic class initializer: fields and static blocks
    for (int i = 0; i < fn->list2.len; i++) {
      AstNode *m = fn->list2.items[i];
      if (m->op == AST_MEMBER_STATIC_BLOCK) {
        if (m->b)
          walk_block_body(r, m->b, SCOPE_BLOCK);
      } else if (m->op == AST_MEMBER_FIELD && m->b) {
        walk_expr(r, m->b);
      }
      if (m->a && m->a->kind == AST_PRIVATE_NAME && m->a->binding) {
        bool crossed;
        Binding *pb = lookup(r, m->a->binding->name, &crossed);
        if (pb)
          use_binding(pb, crossed);
      }
      if (m->binding) {
        bool crossed;
        Binding *b = lookup(r, m->binding->name, &crossed);
        if (b)
          use_binding(b, crossed);
      }
    }
  } else if (block_body) {
    declare_body(r, fs, &fn->a->list);
    walk_list(r, &fn->a->list, true);
  } else if (fn->a) {
    walk_expr(r, fn->a);
  }
  // Sloppy functions with simple parameters get a mapped arguments object:
  // parameter i and arguments[i] are the same variable
  // (#sec-createmappedargumentsobject).
  if (!fs->strict && !fs->arrow && (fn->flags & AST_F_SIMPLE_PARAMS) &&
      scope_find_kind(fs, BIND_ARGUMENTS)) {
    for (int i = 0; i < fn->list.len; i++) {
      AstNode *p = fn->list.items[i];
      if (p->kind == AST_IDENT && p->binding && p->binding->kind == BIND_PARAM)
        p->binding->mapped_index = i;  // a later duplicate name wins
    }
  }
  scope_pop(r);
  if (name_scope)
    scope_pop(r);
}

static void walk_var_decl(Resolver *r, AstNode *n) {
  BindingKind kind = n->op == AST_VAR ? BIND_VAR
                   : n->op == AST_LET ? BIND_LET : BIND_CONST;
  if (kind == BIND_VAR)
    check_var_conflicts(r, n);
  for (int i = 0; i < n->list.len; i++) {
    AstNode *d = n->list.items[i];
    walk_pattern_exprs(r, d->a);
    if (d->b)
      walk_expr(r, d->b);
    if (d->a->kind == AST_IDENT) {
      bool crossed;
      Binding *b = lookup(r, d->a->str, &crossed);
      if (kind == BIND_VAR)
        d->a->scope = last_with;  // `var x = v` inside with assigns through it
      if (b) {
        use_binding(b, crossed);
        d->a->binding = b;
        if (kind == BIND_CONST && b->kind == BIND_CONST)
          b->init = d->b;
      }
    } else {
      walk_target(r, d->a);
    }
    (void)kind;
  }
}

// An array/object literal read as a binding pattern.
static AstNode *to_pattern(AstNode *e) {
  switch (e->kind) {
  case AST_ARRAY:
    e->kind = AST_ARRAY_PATTERN;
    for (int i = 0; i < e->list.len; i++)
      e->list.items[i] = to_pattern(e->list.items[i]);
    return e;
  case AST_OBJECT:
    e->kind = AST_OBJECT_PATTERN;
    for (int i = 0; i < e->list.len; i++) {
      AstNode *p = e->list.items[i];
      if (p->op == AST_PROP_SPREAD) {
        p->kind = AST_REST;
      } else if (p->b) {
        p->b = to_pattern(p->b);
      }
    }
    return e;
  case AST_ASSIGN:
    if (e->op != AST_OP_ASSIGN)
      return e;
    e->kind = AST_ASSIGN_PATTERN;
    e->a = to_pattern(e->a);
    return e;
  case AST_SPREAD:
    e->kind = AST_REST;
    e->a = to_pattern(e->a);
    return e;
  default:
    return e;
  }
}

// tree-sitter reads `for await (let [x] of y)` as the member expression
// let[x]; in that position it can only be a let declaration with an array
// pattern (`let` as a for-await target is an early error otherwise).
static void fix_for_await_let(AstNode *n) {
  AstNode *l = n->a;
  if (n->kind != AST_FOR_OF || !(n->flags & AST_F_AWAIT) || l->kind != AST_INDEX ||
      l->a->kind != AST_IDENT || strcmp(l->a->str, "let") != 0 || (l->a->flags & AST_F_PARENS))
    return;
  AstNode *pat = ast_new(AST_ARRAY_PATTERN, l->span);
  if (l->b->kind == AST_SEQUENCE)
    for (int i = 0; i < l->b->list.len; i++)
      ast_list_push(&pat->list, to_pattern(l->b->list.items[i]));
  else
    ast_list_push(&pat->list, to_pattern(l->b));
  AstNode *decl = ast_new(AST_VAR_DECL, l->span);
  decl->op = AST_LET;
  AstNode *d = ast_new(AST_DECLARATOR, l->span);
  d->a = pat;
  ast_list_push(&decl->list, d);
  n->a = decl;
}

static void walk_stmt(Resolver *r, AstNode *n) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_VAR_DECL:
    walk_var_decl(r, n);
    break;
  case AST_FUNC_DECL:
    walk_function(r, n, false, false, false);
    break;
  case AST_CLASS_DECL:
    walk_class(r, n);
    break;
  case AST_EXPR_STMT:
  case AST_THROW:
    walk_expr(r, n->a);
    break;
  case AST_RETURN:
    if (n->a)
      walk_expr(r, n->a);
    break;
  case AST_BLOCK:
    walk_block_body(r, n, SCOPE_BLOCK);
    break;
  case AST_IF:
    walk_expr(r, n->a);
    walk_stmt(r, n->b);
    walk_stmt(r, n->c);
    break;
  case AST_FOR: {
    scope_push(r, SCOPE_BLOCK, n);
    if (n->a && n->a->kind == AST_VAR_DECL && n->a->op != AST_VAR) {
      AstList one = {0};
      ast_list_push(&one, n->a);
      declare_lexical(r, r->scope, &one);
    }
    if (n->a) {
      if (n->a->kind == AST_VAR_DECL)
        walk_stmt(r, n->a);
      else
        walk_expr(r, n->a);
    }
    if (n->b)
      walk_expr(r, n->b);
    if (n->c)
      walk_expr(r, n->c);
    walk_stmt(r, n->d);
    scope_pop(r);
    break;
  }
  case AST_FOR_IN:
  case AST_FOR_OF: {
    fix_for_await_let(n);
    scope_push(r, SCOPE_BLOCK, n);
    AstNode *left = n->a;
    if (left->kind == AST_VAR_DECL && left->op != AST_VAR) {
      AstList one = {0};
      ast_list_push(&one, left);
      // The right side sees the loop's names in their TDZ.
      declare_lexical(r, r->scope, &one);
    }
    walk_expr(r, n->b);
    if (left->kind == AST_VAR_DECL)
      walk_var_decl(r, left);
    else
      walk_target(r, left);
    walk_stmt(r, n->d);
    scope_pop(r);
    break;
  }
  case AST_WHILE:
  case AST_DO_WHILE:
    walk_expr(r, n->a);
    walk_stmt(r, n->d);
    break;
  case AST_WITH: {
    if (r->scope->strict)
      error(r, n, "Strict mode code may not include a with statement", NULL);
    walk_expr(r, n->a);
    Scope *ws = scope_push(r, SCOPE_BLOCK, n);
    ws->with_object = add_binding(ws, "%with", BIND_HIDDEN, NULL);
    walk_stmt(r, n->d);
    scope_pop(r);
    break;
  }
  case AST_TRY:
    walk_stmt(r, n->a);
    if (n->c) {
      scope_push(r, SCOPE_CATCH, n->c);
      if (n->b)
        declare_pattern(r, r->scope, n->b,
                        n->b->kind == AST_IDENT ? BIND_CATCH : BIND_LET);
      if (n->b)
        walk_pattern_exprs(r, n->b);
      declare_lexical(r, r->scope, &n->c->list);
      walk_list(r, &n->c->list, true);
      scope_pop(r);
    }
    if (n->d)
      walk_stmt(r, n->d);
    break;
  case AST_SWITCH:
    walk_expr(r, n->a);
    scope_push(r, SCOPE_BLOCK, n);
    for (int i = 0; i < n->list.len; i++)
      declare_lexical(r, r->scope, &n->list.items[i]->list);
    for (int i = 0; i < n->list.len; i++) {
      AstNode *c = n->list.items[i];
      if (c->a)
        walk_expr(r, c->a);
      walk_list(r, &c->list, true);
    }
    scope_pop(r);
    break;
  case AST_LABELED:
    walk_stmt(r, n->a);
    break;
  case AST_EXPORT:
    if (n->a) {
      if (n->a->kind == AST_FUNC_DECL || n->a->kind == AST_CLASS_DECL ||
          n->a->kind == AST_VAR_DECL)
        walk_stmt(r, n->a);
      else
        walk_expr(r, n->a);
    }
    break;
  default:
    break;
  }
}

static void walk_expr(Resolver *r, AstNode *n) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_IDENT:
    walk_ident(r, n);
    break;
  case AST_THIS:
    n->binding = pseudo(r, BIND_THIS, "this");
    break;
  case AST_NEW_TARGET:
    n->binding = pseudo(r, BIND_NEW_TARGET, "new.target");
    break;
  case AST_SUPER:
    n->binding = pseudo(r, BIND_HOME, "%home");
    break;
  case AST_TEMPLATE:
    walk_list(r, &n->list2, false);
    break;
  case AST_TAGGED_TEMPLATE:
    walk_expr(r, n->a);
    walk_list(r, &n->b->list2, false);
    break;
  case AST_ARRAY:
  case AST_SEQUENCE:
    walk_list(r, &n->list, false);
    break;
  case AST_OBJECT:
    for (int i = 0; i < n->list.len; i++) {
      AstNode *p = n->list.items[i];
      if (p->a && p->a->kind == AST_PRIVATE_NAME) {
        error(r, p->a, "Unexpected identifier '#%s'", p->a->str);
        continue;
      }
      if (p->op == AST_PROP_SPREAD) {
        walk_expr(r, p->a);
        continue;
      }
      if (p->flags & AST_F_COMPUTED)
        walk_expr(r, p->a);
      if (p->op == AST_PROP_GET || p->op == AST_PROP_SET || p->op == AST_PROP_METHOD)
        walk_function(r, p->b, true, false, false);
      else
        walk_expr(r, p->b);
    }
    break;
  case AST_FUNC_EXPR:
  case AST_ARROW:
    walk_function(r, n, false, false, false);
    break;
  case AST_CLASS_EXPR:
    walk_class(r, n);
    break;
  case AST_UNARY:
    if (n->op == AST_OP_DELETE && r->scope->strict && n->a->kind == AST_IDENT)
      error(r, n, "Delete of an unqualified identifier in strict mode.", NULL);
    walk_expr(r, n->a);
    break;
  case AST_UPDATE:
    walk_target(r, n->a);
    break;
  case AST_BINARY:
  case AST_LOGICAL:
    walk_expr(r, n->a);
    walk_expr(r, n->b);
    break;
  case AST_ASSIGN:
    walk_target(r, n->a);
    walk_expr(r, n->b);
    break;
  case AST_COND:
    walk_expr(r, n->a);
    walk_expr(r, n->b);
    walk_expr(r, n->c);
    break;
  case AST_CALL:
    if (n->a->kind == AST_SUPER) {
      n->a->binding = pseudo(r, BIND_THIS, "this");
      pseudo(r, BIND_ACTIVE_FUNC, "%func");
      pseudo(r, BIND_NEW_TARGET, "new.target");
      pseudo(r, BIND_THIS, "this")->assigned = true;
    } else {
      walk_expr(r, n->a);
    }
    walk_list(r, &n->list, false);
    resolve_direct_eval(r, n);
    break;
  case AST_NEW:
    walk_expr(r, n->a);
    walk_list(r, &n->list, false);
    break;
  case AST_MEMBER:
    if (n->a->kind == AST_SUPER && n->b) {
      error(r, n->b, "Unexpected private field", NULL);
      break;
    }
    walk_expr(r, n->a);
    if (n->b)
      walk_expr(r, n->b);
    if (n->a->kind == AST_SUPER)
      pseudo(r, BIND_THIS, "this");
    break;
  case AST_INDEX:
    walk_expr(r, n->a);
    walk_expr(r, n->b);
    if (n->a->kind == AST_SUPER)
      pseudo(r, BIND_THIS, "this");
    break;
  case AST_PRIVATE_NAME: {
    bool crossed;
    const char *pn = arena_printf("#%s", n->str);
    Binding *b = lookup(r, pn, &crossed);
    if (!b)
      error(r, n, "Private field '#%s' must be declared in an enclosing class", n->str);
    else
      use_binding(b, crossed);
    n->binding = b;
    break;
  }
  case AST_OPTIONAL_CHAIN:
  case AST_SPREAD:
  case AST_AWAIT:
  case AST_PAREN:
  case AST_IMPORT_CALL:
    walk_expr(r, n->a);
    break;
  case AST_YIELD:
    walk_expr(r, n->a);
    break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    walk_target(r, n);
    break;
  default:
    break;
  }
}

static void capture_name(Scope *ps, const char *name) {
  Binding *b = scope_lookup_local(ps, name);
  if (b && b->kind != BIND_IMPORT)
    b->captured = true;
}

static void capture_pattern(Scope *ps, AstNode *p) {
  if (!p)
    return;
  if (p->kind == AST_IDENT) {
    capture_name(ps, p->str);
    return;
  }
  capture_pattern(ps, p->a);
  capture_pattern(ps, p->b);
  for (int i = 0; i < p->list.len; i++)
    capture_pattern(ps, p->list.items[i]);
}

// An ES module's exported variables live in its module environment, which
// importers read (live bindings) and which exists before the body runs; so
// do its function declarations, created before any module body runs (a
// cycle may call them). The others stay C locals of the body like any
// function's.
static void place_module_variables(Scope *ps, AstList *items) {
  for (Binding *b = ps->bindings; b; b = b->next)
    if (b->kind == BIND_FUNCTION)
      b->captured = true;
  for (int i = 0; i < items->len; i++) {
    AstNode *n = items->items[i];
    if (n->kind != AST_EXPORT)
      continue;
    if (n->binding)
      n->binding->captured = true;  // *default*
    AstNode *d = n->a;
    if (d && (d->kind == AST_CLASS_DECL || d->kind == AST_FUNC_DECL) && d->str)
      capture_name(ps, d->str);
    if (d && d->kind == AST_VAR_DECL)
      for (int k = 0; k < d->list.len; k++)
        capture_pattern(ps, d->list.items[k]->a);
    if (!n->str)
      for (int k = 0; k < n->list.len; k++)
        capture_name(ps, n->list.items[k]->str);
  }
}

bool resolve_scopes(AstNode *program, Source *src, bool script) {
  Resolver r = {.src = src, .script = script};
  eval_find_aliases(program);
  Scope *ps = scope_push(&r, SCOPE_PROGRAM, program);
  ps->strict = (program->flags & (AST_F_STRICT | AST_F_MODULE)) ||
               ast_has_use_strict(&program->list);
  if (ps->strict)
    program->flags |= AST_F_STRICT;
  if (!script && !(program->flags & AST_F_MODULE)) {
    // A CommonJS module body is a function of (exports, require, module,
    // __filename, __dirname), as node wraps it.
    static const char *wrapper[] = {"exports", "require", "module", "__filename", "__dirname"};
    r.cjs = true;
    for (int i = 0; i < 5; i++) {
      AstNode id = {.kind = AST_IDENT, .str = wrapper[i], .span = program->span};
      declare(&r, ps, &id, BIND_PARAM);
    }
  }
  declare_body(&r, ps, &program->list);
  walk_list(&r, &program->list, true);
  if (program->flags & AST_F_MODULE)
    place_module_variables(ps, &program->list);
  return r.errors == 0;
}
