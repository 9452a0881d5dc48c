// SPDX-License-Identifier: MIT
//
// ast_build_ts.c: CST -> AST, part 5: the TypeScript declarations that have
// a run-time meaning, lowered to plain JavaScript AST the way tsc 5.9 emits
// them, so that nothing after the builder knows TypeScript:
//
//   enum E { A, B = "b" }     var E; (function (E) { E[E["A"] = 0] = "A";
//                                 E["B"] = "b"; })(E || (E = {}));
//   const enum C { X = 1 }    (nothing; `C.X` becomes 1 at its uses)
//   namespace N { export let v = 1; }
//                             var N; (function (N) { N.v = 1; })(N || (N = {}));
//   import x = require("m")   const x = require("m");  (dropped when unused)
//   import Q = A.B            var Q = A.B;             (dropped when unused)
//   export = e                module.exports = e;
//   constructor(public x)     x;  ...  constructor(x) { this.x = x; }
//   accessor a = 1            #a_accessor_storage = 1; get a() ...; set a(value) ...
//   import { T } from "m"     (nothing, when T is never used as a value)
//
// Fields follow the tsconfig's useDefineForClassFields (front/tsconfig.c):
// when false they become assignments in the constructor, as tsc emits them.
//
// A declaration that becomes several statements is returned as a BLOCK
// flagged AST_F_TS_SPLICE, which build_body() splices into its list with
// ts_splice(): that is where a merged declaration (a second `enum E`, a
// namespace after `function f`) loses its `var`.
#include "ast_build.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

// --- constant values (enum members) ---

typedef enum { TSV_NONE, TSV_NUM, TSV_STR } TsValueKind;

typedef struct TsValue {
  TsValueKind kind;
  double num;
  const char *str;
  size_t len;
} TsValue;

typedef struct TsMember {
  const char *name;
  TsValue v;
} TsMember;

typedef struct TsEnum {
  const char *name;
  bool is_const;
  uint32_t scope;  // start byte of the statement list that declares it
  TsMember *m;
  int len, cap;
  struct TsEnum *next;
} TsEnum;

// The names a namespace exports, gathered over all its merged declarations.
typedef struct TsExports {
  const char *key;  // scope and qualified name
  const char **names;
  int len, cap;
  struct TsExports *next;
} TsExports;

// A namespace whose body is being built.
typedef struct TsNamespace {
  const char *name;  // the IIFE's parameter
  TsExports *exports;
  struct TsNamespace *outer;
} TsNamespace;

struct TsBuild {
  TsEnum *enums;
  TsExports *exports;
  TsNamespace *ns;         // innermost namespace being built
  bool exporting;          // the declaration being built is exported
  AstList param_props;     // IDENTs of the parameter properties seen
  AstList ctor_props;      // those of the class's constructor
  AstList elidable;        // VAR_DECLs from import-equals, dropped if unused
  AstList requires;        // VAR_DECLs from `import x = require()`
  bool has_const_enum;
};

static struct TsBuild *ts_state(Builder *b) {
  if (!b->ts)
    b->ts = arena_alloc(sizeof *b->ts);
  return b->ts;
}

// --- small AST constructors ---

static AstNode *mk_string(SrcSpan at, const char *s, size_t len) {
  AstNode *n = ast_new(AST_STRING, at);
  n->str = s;
  n->len = len;
  return n;
}

static AstNode *mk_number(SrcSpan at, double v) {
  AstNode *n = ast_new(AST_NUMBER, at);
  n->num = v;
  return n;
}

// An expression statement at the expression's own place.
static AstNode *mk_stmt(AstNode *e) { return ast_expr_stmt(e->span, e); }

static AstNode *mk_index(SrcSpan at, AstNode *obj, AstNode *key) {
  AstNode *n = ast_new(AST_INDEX, at);
  n->a = obj;
  n->b = key;
  return n;
}

static AstNode *mk_var(SrcSpan at, int op, const char *name, AstNode *init) {
  AstNode *decl = ast_new(AST_VAR_DECL, at);
  decl->op = op;
  AstNode *d = ast_new(AST_DECLARATOR, at);
  d->a = ast_ident(at, name);
  d->b = init;
  ast_list_push(&decl->list, d);
  return decl;
}

static AstNode *mk_splice(SrcSpan at) {
  AstNode *blk = ast_new(AST_BLOCK, at);
  blk->flags |= AST_F_TS_SPLICE;
  return blk;
}

// The object an enum or namespace fills: `P || (P = {})`, or for a member
// of namespace NS, `P = NS.P || (NS.P = {})`.
static AstNode *mk_holder(SrcSpan at, const char *name, const char *ns) {
  AstNode *or = ast_new(AST_LOGICAL, at);
  or->op = AST_OP_OR;
  AstNode *target = ns ? ast_member(at, ast_ident(at, ns), name) : ast_ident(at, name);
  AstNode *again = ns ? ast_member(at, ast_ident(at, ns), name) : ast_ident(at, name);
  or->a = target;
  or->b = ast_assign(at, again, ast_new(AST_OBJECT, at));
  or->b->flags |= AST_F_PARENS;
  return ns ? ast_assign(at, ast_ident(at, name), or) : or;
}

// `(function (P) { body })(holder);`
static AstNode *mk_iife(SrcSpan at, const char *param, AstNode *body, AstNode *arg) {
  AstNode *fn = ast_new(AST_FUNC_EXPR, at);
  fn->flags |= AST_F_SIMPLE_PARAMS;
  ast_list_push(&fn->list, ast_ident(at, param));
  fn->a = body;
  fn->flags |= AST_F_PARENS;
  AstNode *call = ast_new(AST_CALL, at);
  call->a = fn;
  ast_list_push(&call->list, arg);
  return mk_stmt(call);
}

// tsc declares an enum or namespace with `var` at the top of a file, and
// with `let` inside blocks, functions and namespace bodies (the inner
// levels of `namespace A.B` use `var`).
// The statement list holding declaration [n] (past `export` and the
// expression statement tree-sitter wraps a namespace in).
static TSNode list_of(Builder *b, TSNode n) {
  TSNode p = ts_node_parent(n);
  while (!ts_node_is_null(p) && (node_type(b, p) == NT_export_statement ||
                                 node_type(b, p) == NT_expression_statement))
    p = ts_node_parent(p);
  return p;
}

static int decl_kind(Builder *b, TSNode n) {
  TSNode p = list_of(b, n);
  return ts_node_is_null(p) || node_type(b, p) == NT_program ? AST_VAR : AST_LET;
}

static uint32_t scope_of(Builder *b, TSNode n) {
  TSNode p = list_of(b, n);
  return ts_node_is_null(p) ? 0 : ts_node_start_byte(p);
}

// The declaration part of an enum or namespace: `var P;` (or `export var
// P;`), flagged so that ts_splice() drops it after an earlier declaration.
static AstNode *mk_declaration(Builder *b, TSNode n, const char *name, bool exported) {
  SrcSpan at = source_span(b->src, ts_node_start_byte(n), ts_node_end_byte(n));
  AstNode *decl = mk_var(at, decl_kind(b, n), name, NULL);
  decl->flags |= AST_F_TS_SPLICE;
  if (!exported || ts_state(b)->ns)
    return decl;
  AstNode *ex = ast_new(AST_EXPORT, at);
  ex->a = decl;
  ex->flags |= AST_F_TS_SPLICE;
  return ex;
}

// --- names in patterns and statements ---

typedef struct NameSet {
  const char **items;
  int len, cap;
} NameSet;

static bool names_has(const NameSet *s, const char *name) {
  for (int i = 0; i < s->len; i++)
    if (strcmp(s->items[i], name) == 0)
      return true;
  return false;
}

static void names_add(NameSet *s, const char *name) {
  if (names_has(s, name))
    return;
  if (s->len == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    const char **items = arena_alloc((size_t)s->cap * sizeof *items);
    if (s->len)
      memcpy(items, s->items, (size_t)s->len * sizeof *items);
    s->items = items;
  }
  s->items[s->len++] = name;
}

static void pattern_names(const AstNode *p, NameSet *out) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT: names_add(out, p->str); break;
  case AST_ASSIGN_PATTERN:
  case AST_REST: pattern_names(p->a, out); break;
  case AST_PROPERTY: pattern_names(p->b, out); break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      pattern_names(p->list.items[i], out);
    break;
  default: break;
  }
}

// The name a statement declares at its own level (`var`, `let`, `const`,
// function, class, and those under `export`).
static void stmt_names(const AstNode *s, bool lexical_only, NameSet *out) {
  if (!s)
    return;
  if (s->kind == AST_EXPORT)
    s = s->a;
  if (!s)
    return;
  if (s->kind == AST_VAR_DECL && (!lexical_only || s->op != AST_VAR)) {
    for (int i = 0; i < s->list.len; i++)
      pattern_names(s->list.items[i]->a, out);
  } else if ((s->kind == AST_FUNC_DECL || s->kind == AST_CLASS_DECL) && s->str) {
    names_add(out, s->str);
  }
}

static bool is_function(const AstNode *n) {
  return n->kind == AST_FUNC_DECL || n->kind == AST_FUNC_EXPR || n->kind == AST_ARROW;
}

// Every name a function body declares, nested blocks included (an
// over-approximation for `let` in inner blocks, which is harmless here:
// it only stops a rewrite that tsc would also not make in most programs).
static void body_names(const AstNode *n, NameSet *out) {
  if (!n || is_function(n) || n->kind == AST_CLASS_EXPR)
    return;
  stmt_names(n, false, out);
  if (n->kind == AST_CLASS_DECL)
    return;
  if (n->kind == AST_TRY && n->b)
    pattern_names(n->b, out);
  body_names(n->a, out);
  body_names(n->b, out);
  body_names(n->c, out);
  body_names(n->d, out);
  for (int i = 0; i < n->list.len; i++)
    body_names(n->list.items[i], out);
}

// --- rewriting references: `v` -> `NS.v` ---

typedef struct Rewrite {
  NameSet names;
  int *shadow;       // per name: how many enclosing scopes redeclare it
  const char *obj;   // the namespace's (or enum's) parameter
} Rewrite;

static int rw_find(const Rewrite *rw, const char *name) {
  for (int i = 0; i < rw->names.len; i++)
    if (strcmp(rw->names.items[i], name) == 0)
      return i;
  return -1;
}

static void rw_shadow(Rewrite *rw, const NameSet *declared, int delta) {
  for (int i = 0; i < declared->len; i++) {
    int k = rw_find(rw, declared->items[i]);
    if (k >= 0)
      rw->shadow[k] += delta;
  }
}

static void rw_walk(Rewrite *rw, AstNode *n);

static void rw_children(Rewrite *rw, AstNode *n) {
  rw_walk(rw, n->a);
  rw_walk(rw, n->b);
  rw_walk(rw, n->c);
  rw_walk(rw, n->d);
  for (int i = 0; i < n->list.len; i++)
    rw_walk(rw, n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    rw_walk(rw, n->list2.items[i]);
}

static void rw_scoped(Rewrite *rw, AstNode *n, NameSet *declared) {
  rw_shadow(rw, declared, 1);
  rw_children(rw, n);
  rw_shadow(rw, declared, -1);
}

static void rw_walk(Rewrite *rw, AstNode *n) {
  if (!n)
    return;
  NameSet declared = {0};
  switch (n->kind) {
  case AST_IDENT: {
    int k = rw_find(rw, n->str);
    if (k >= 0 && rw->shadow[k] == 0) {
      const char *name = n->str;
      n->kind = AST_MEMBER;
      n->a = ast_ident(n->span, rw->obj);
      n->str = name;
      n->len = strlen(name);
      n->flags = 0;
    }
    return;
  }
  case AST_MEMBER: rw_walk(rw, n->a); return;
  case AST_PROPERTY:
  case AST_CLASS_MEMBER:
    if (n->flags & AST_F_COMPUTED || n->op == AST_PROP_SPREAD)
      rw_walk(rw, n->a);
    rw_walk(rw, n->b);
    if (n->kind == AST_PROPERTY && n->b && n->b->kind != AST_IDENT)
      n->flags &= ~(uint32_t)AST_F_SHORTHAND;
    return;
  case AST_FUNC_DECL:
  case AST_FUNC_EXPR:
  case AST_ARROW:
    for (int i = 0; i < n->list.len; i++)
      pattern_names(n->list.items[i], &declared);
    if (n->kind == AST_FUNC_EXPR && n->str)
      names_add(&declared, n->str);
    body_names(n->a, &declared);
    rw_scoped(rw, n, &declared);
    return;
  case AST_BLOCK:
  case AST_CASE:
    for (int i = 0; i < n->list.len; i++)
      stmt_names(n->list.items[i], true, &declared);
    rw_scoped(rw, n, &declared);
    return;
  case AST_FOR:
  case AST_FOR_IN:
  case AST_FOR_OF:
    if (n->a && n->a->kind == AST_VAR_DECL && n->a->op != AST_VAR)
      stmt_names(n->a, true, &declared);
    rw_scoped(rw, n, &declared);
    return;
  case AST_TRY:
    rw_walk(rw, n->a);
    pattern_names(n->b, &declared);
    rw_shadow(rw, &declared, 1);
    rw_walk(rw, n->b);
    rw_walk(rw, n->c);
    rw_shadow(rw, &declared, -1);
    rw_walk(rw, n->d);
    return;
  default: rw_children(rw, n); return;
  }
}

static void rewrite_refs(AstList *stmts, const NameSet *names, const char *obj) {
  if (names->len == 0)
    return;
  Rewrite rw = {*names, arena_alloc((size_t)names->len * sizeof(int)), obj};
  memset(rw.shadow, 0, (size_t)names->len * sizeof(int));
  for (int i = 0; i < stmts->len; i++)
    rw_walk(&rw, stmts->items[i]);
}

// --- enums ---

static TsEnum *find_enum(Builder *b, const char *name) {
  for (TsEnum *e = ts_state(b)->enums; e; e = e->next)
    if (strcmp(e->name, name) == 0)
      return e;
  return NULL;
}

static TsMember *find_member(TsEnum *e, const char *name) {
  for (int i = 0; e && i < e->len; i++)
    if (strcmp(e->m[i].name, name) == 0)
      return &e->m[i];
  return NULL;
}

static void add_member(TsEnum *e, const char *name, TsValue v) {
  TsMember *old = find_member(e, name);
  if (old) {
    old->v = v;
    return;
  }
  if (e->len == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 8;
    TsMember *m = arena_alloc((size_t)e->cap * sizeof *m);
    if (e->len)
      memcpy(m, e->m, (size_t)e->len * sizeof *m);
    e->m = m;
  }
  e->m[e->len++] = (TsMember){name, v};
}

static TsValue num_value(double v) { return (TsValue){TSV_NUM, v, NULL, 0}; }

static TsValue str_value(const char *s, size_t len) {
  return (TsValue){TSV_STR, 0, s, len};
}

static const char *value_text(TsValue v, size_t *len) {
  if (v.kind == TSV_STR) {
    *len = v.len;
    return v.str;
  }
  const char *s = ast_number_string(v.num);
  *len = strlen(s);
  return s;
}

static int32_t to_int32(double v) {
  if (!isfinite(v))
    return 0;
  double m = fmod(trunc(v), 4294967296.0);
  if (m < 0)
    m += 4294967296.0;
  return (int32_t)(uint32_t)m;
}

static TsValue eval_const(Builder *b, TsEnum *cur, const AstNode *e);

static TsValue eval_binary(Builder *b, TsEnum *cur, const AstNode *e) {
  TsValue l = eval_const(b, cur, e->a), r = eval_const(b, cur, e->b);
  if (l.kind == TSV_NONE || r.kind == TSV_NONE)
    return (TsValue){0};
  if (e->op == AST_OP_ADD && (l.kind == TSV_STR || r.kind == TSV_STR)) {
    size_t ll, rl;
    const char *ls = value_text(l, &ll), *rs = value_text(r, &rl);
    char *s = arena_alloc(ll + rl + 1);
    memcpy(s, ls, ll);
    memcpy(s + ll, rs, rl);
    s[ll + rl] = 0;
    return str_value(s, ll + rl);
  }
  if (l.kind != TSV_NUM || r.kind != TSV_NUM)
    return (TsValue){0};
  double x = l.num, y = r.num;
  switch (e->op) {
  case AST_OP_ADD: return num_value(x + y);
  case AST_OP_SUB: return num_value(x - y);
  case AST_OP_MUL: return num_value(x * y);
  case AST_OP_DIV: return num_value(x / y);
  case AST_OP_MOD: return num_value(fmod(x, y));
  case AST_OP_EXP: return num_value(pow(x, y));
  case AST_OP_SHL: return num_value((double)(int32_t)((uint32_t)to_int32(x) << (to_int32(y) & 31)));
  case AST_OP_SAR: return num_value((double)(to_int32(x) >> (to_int32(y) & 31)));
  case AST_OP_SHR: return num_value((double)((uint32_t)to_int32(x) >> (to_int32(y) & 31)));
  case AST_OP_BITAND: return num_value((double)(to_int32(x) & to_int32(y)));
  case AST_OP_BITOR: return num_value((double)(to_int32(x) | to_int32(y)));
  case AST_OP_BITXOR: return num_value((double)(to_int32(x) ^ to_int32(y)));
  default: return (TsValue){0};
  }
}

// tsc's constant evaluation of an enum initializer: literals, unary and
// binary arithmetic, string concatenation, and references to members
// (`A`, `E.A`, `E["A"]`) already known to be constant.
static TsValue eval_const(Builder *b, TsEnum *cur, const AstNode *e) {
  if (!e)
    return (TsValue){0};
  switch (e->kind) {
  case AST_NUMBER: return num_value(e->num);
  case AST_STRING: return str_value(e->str, e->len);
  case AST_TEMPLATE: {  // `a${1 + 2}b` folds when every part does
    size_t len = 0;
    const char **parts = arena_alloc(sizeof *parts * (size_t)(e->list.len + e->list2.len + 1));
    size_t *lens = arena_alloc(sizeof *lens * (size_t)(e->list.len + e->list2.len + 1));
    int n = 0;
    for (int i = 0; i < e->list.len; i++) {
      parts[n] = e->list.items[i]->str;
      lens[n] = e->list.items[i]->len;
      len += lens[n++];
      if (i < e->list2.len) {
        TsValue v = eval_const(b, cur, e->list2.items[i]);
        if (v.kind == TSV_NONE)
          return (TsValue){0};
        parts[n] = value_text(v, &lens[n]);
        len += lens[n++];
      }
    }
    char *s = arena_alloc(len + 1), *w = s;
    for (int i = 0; i < n; i++) {
      memcpy(w, parts[i], lens[i]);
      w += lens[i];
    }
    *w = 0;
    return str_value(s, len);
  }
  case AST_PAREN: return eval_const(b, cur, e->a);
  case AST_UNARY: {
    TsValue v = eval_const(b, cur, e->a);
    if (v.kind != TSV_NUM)
      return (TsValue){0};
    if (e->op == AST_OP_NEG)
      return num_value(-v.num);
    if (e->op == AST_OP_PLUS)
      return v;
    if (e->op == AST_OP_BITNOT)
      return num_value((double)~to_int32(v.num));
    return (TsValue){0};
  }
  case AST_BINARY: return eval_binary(b, cur, e);
  case AST_IDENT: {
    TsMember *m = find_member(cur, e->str);
    if (m)
      return m->v;
    if (strcmp(e->str, "Infinity") == 0)
      return num_value(INFINITY);
    if (strcmp(e->str, "NaN") == 0)
      return num_value(NAN);
    return (TsValue){0};
  }
  case AST_MEMBER:
  case AST_INDEX: {
    if (!e->a || e->a->kind != AST_IDENT)
      return (TsValue){0};
    const char *name = e->kind == AST_MEMBER ? e->str
                       : e->b && e->b->kind == AST_STRING ? e->b->str
                                                          : NULL;
    if (!name || (e->kind == AST_MEMBER && e->b))
      return (TsValue){0};
    TsMember *m = find_member(find_enum(b, e->a->str), name);
    return m ? m->v : (TsValue){0};
  }
  default: return (TsValue){0};
  }
}

// tsc gives a member no reverse mapping when its non-constant initializer
// is a string by its syntax: a string or template literal, or a `+` with
// one of those on either side.
static bool syntactically_string(const AstNode *e) {
  switch (e ? e->kind : AST_NUMBER) {
  case AST_STRING:
  case AST_TEMPLATE: return true;
  case AST_PAREN: return syntactically_string(e->a);
  case AST_BINARY:
    return e->op == AST_OP_ADD && (syntactically_string(e->a) || syntactically_string(e->b));
  default: return false;
  }
}

static AstNode *value_node(SrcSpan at, TsValue v) {
  return v.kind == TSV_STR ? mk_string(at, v.str, v.len) : mk_number(at, v.num);
}

// An enum member's name: identifier, string or number text, or a computed
// name that is a string literal or a template without substitutions.
static const char *member_name(Builder *b, TSNode n) {
  uint32_t flags = 0;
  AstNode *key = build_key(b, n, &flags);
  if (key->kind == AST_STRING)  // `A`, `"a b"`, `["a b"]`
    return key->str;
  if (key->kind == AST_TEMPLATE && key->list2.len == 0 && key->list.len == 1)
    return key->list.items[0]->str;  // [`a b`]
  build_error(b, n, "Computed property names are not permitted in enums.");
  return "";
}

// One member: `E[E["A"] = value] = "A";`, or `E["A"] = "s";` for strings.
static AstNode *enum_member_stmt(SrcSpan at, const char *en, const char *name,
                                 AstNode *value, bool string) {
  AstNode *key = mk_string(at, name, strlen(name));
  AstNode *inner = ast_assign(at, mk_index(at, ast_ident(at, en), key), value);
  if (string)
    return mk_stmt(inner);
  AstNode *rev = mk_index(at, ast_ident(at, en), inner);
  return mk_stmt(ast_assign(at, rev, mk_string(at, name, strlen(name))));
}

// enum_declaration = "const"? "enum" name:identifier body:enum_body
// enum_body = "{" (name:property_name | enum_assignment), ... "}"
// enum_assignment = name:property_name "=" value:expression
// One member [c] of enum [e]: its value (folded when constant, else the
// initializer with member references qualified) and its statement.
static void build_enum_member(Builder *b, TsEnum *e, Kid c, AstNode *body, TsValue *prev) {
  TSNode name_node = c.node;
  AstNode *init = NULL;
  if (c.type == NT_enum_assignment) {
    Kids ak = kids_of(b, c.node);
    name_node = kid_field(b, ak, b->f.name);
    init = build_expr(b, kid_field(b, ak, b->f.value));
  }
  const char *name = member_name(b, name_node);
  SrcSpan at = source_span(b->src, ts_node_start_byte(c.node), ts_node_end_byte(c.node));
  TsValue v;
  if (init) {
    v = eval_const(b, e, init);
  } else if (prev->kind == TSV_NUM) {
    v = num_value(prev->num + 1);
  } else {
    build_error(b, c.node, "Enum member must have initializer.");
    v = num_value(0);
  }
  add_member(e, name, v);
  *prev = v;
  if (v.kind != TSV_NONE) {
    ast_list_push(&body->list,
                  enum_member_stmt(at, e->name, name, value_node(at, v), v.kind == TSV_STR));
    return;
  }
  if (e->is_const)
    build_error(b, c.node, "const enum member initializers must be constant expressions.");
  NameSet names = {0};
  for (int j = 0; j < e->len; j++)
    names_add(&names, e->m[j].name);
  AstList one = {0};
  AstNode *holder = mk_stmt(init);
  ast_list_push(&one, holder);
  rewrite_refs(&one, &names, e->name);  // `B = A + f()` -> `E.A + f()`
  ast_list_push(&body->list, enum_member_stmt(at, e->name, name, holder->a,
                                              syntactically_string(init)));
}

static AstNode *build_enum(Builder *b, TSNode n, bool exported) {
  Kids k = kids_of(b, n);
  bool is_const = kids_have(b, k, TK_CONST);
  AstNode *id = build_ident(b, kid_field(b, k, b->f.name));
  const char *en = id->str;
  TsEnum *e = find_enum(b, en);
  if (!e || e->scope != scope_of(b, n) || e->is_const != is_const) {
    e = arena_alloc(sizeof *e);
    *e = (TsEnum){.name = en, .is_const = is_const, .scope = scope_of(b, n)};
    e->next = ts_state(b)->enums;
    ts_state(b)->enums = e;
  }
  AstNode *body = ast_new(AST_BLOCK, id->span);
  Kids bk = kids_of(b, kid_field(b, k, b->f.body));
  TsValue prev = num_value(-1);
  for (int i = 0; i < bk.len; i++) {
    Kid c = kid_at(b, bk, i);
    if (c.type >= TK_OTHER || !ts_node_is_named(c.node) || c.type == NT_comment)
      continue;
    int top = b->nkids;
    build_enum_member(b, e, c, body, &prev);
    b->nkids = top;
  }
  if (is_const)
    ts_state(b)->has_const_enum = true;
  // tsc emits nothing for a const enum: its members are inlined, in other
  // files too. Kiln inlines only within the file, so an exported one keeps
  // its object for the files that import it (as preserveConstEnums would).
  if (is_const && !exported && !ts_options()->preserve_const_enums)
    return NULL;
  TsNamespace *ns = ts_state(b)->ns;
  AstNode *out = mk_splice(id->span);
  AstNode *decl = mk_declaration(b, n, en, exported);
  if (is_const && !ts_options()->preserve_const_enums)
    decl->flags |= AST_F_TS_CONST_ENUM;
  ast_list_push(&out->list, decl);
  AstNode *holder = mk_holder(id->span, en, exported && ns ? ns->name : NULL);
  ast_list_push(&out->list, mk_iife(id->span, en, body, holder));
  return out;
}

// --- namespaces ---

static TsExports *exports_of(Builder *b, const char *key) {
  for (TsExports *x = ts_state(b)->exports; x; x = x->next)
    if (strcmp(x->key, key) == 0)
      return x;
  TsExports *x = arena_alloc(sizeof *x);
  x->key = key;
  x->next = ts_state(b)->exports;
  ts_state(b)->exports = x;
  return x;
}

static void export_name(TsExports *x, const char *name) {
  NameSet s = {x->names, x->len, x->cap};
  names_add(&s, name);
  x->names = s.items;
  x->len = s.len;
  x->cap = s.cap;
}

// A dotted name (`A.B.C`) as identifier parts.
static int dotted_parts(Builder *b, TSNode n, const char **parts, int max) {
  if (node_type(b, n) != NT_nested_identifier && node_type(b, n) != NT_member_expression)
    return max > 0 ? (parts[0] = build_ident(b, n)->str, 1) : 0;
  TSNode obj = ts_node_child(n, 0);
  TSNode prop = ts_node_child(n, ts_node_child_count(n) - 1);
  int count = dotted_parts(b, obj, parts, max);
  if (count < max) {
    size_t len;
    const char *t = node_text(b, prop, &len);
    parts[count++] = arena_strndup(t, len);
  }
  return count;
}

// Valid TypeScript kiln does not compile yet (no JavaScript error type).
static void not_yet_at(Builder *b, SrcSpan at, const char *msg) {
  b->errors++;
  diag_error_as(b->src, at, NULL, "%s", msg);
}

static AstNode *build_ns_level(Builder *b, TSNode n, TSNode body, const char **parts,
                               int nparts, int level, bool exported);

// An exported declaration in a namespace body, after its own statement:
// `export var v = 1` -> `NS.v = 1`; `export function f` -> `f` and `NS.f = f`;
// `export const {a, b} = o` -> `({a, b} = o)`, whose names become `NS.a`.
static void ns_export(Builder *b, AstNode *decl, AstList *out, NameSet *locals) {
  TsNamespace *ns = ts_state(b)->ns;
  SrcSpan at = decl->span;
  if (decl->kind == AST_VAR_DECL) {
    for (int i = 0; i < decl->list.len; i++) {
      AstNode *d = decl->list.items[i];
      if (d->a->kind != AST_IDENT) {  // `({ a: NS.a } = init)`, as tsc
        NameSet bound = {0};
        pattern_names(d->a, &bound);
        for (int j = 0; j < bound.len; j++)
          export_name(ns->exports, bound.items[j]);
        if (d->b)
          ast_list_push(out, mk_stmt(ast_assign(at, d->a, d->b)));
        continue;
      }
      export_name(ns->exports, d->a->str);
      if (d->b)
        ast_list_push(out, mk_stmt(ast_assign(at, ast_member(at, ast_ident(at, ns->name),
                                                          d->a->str),
                                             d->b)));
    }
    return;
  }
  ast_list_push(out, decl);
  if ((decl->kind == AST_FUNC_DECL || decl->kind == AST_CLASS_DECL) && decl->str) {
    export_name(ns->exports, decl->str);
    names_add(locals, decl->str);
    AstNode *ref = ast_ident(at, decl->str);
    ast_list_push(out, mk_stmt(ast_assign(at, ast_member(at, ast_ident(at, ns->name),
                                                       decl->str),
                                         ref)));
  }
}

// namespace_body statements -> the IIFE's body: exports become properties.
static AstNode *ns_body(Builder *b, TSNode body, NameSet *locals) {
  AstNode *blk = node_new(b, AST_BLOCK, body);
  AstList raw = {0};
  build_body(b, body, &raw, NULL);
  for (int i = 0; i < raw.len; i++) {
    AstNode *s = raw.items[i];
    if (s->kind == AST_EXPORT && s->a && !(s->flags & AST_F_TS_SPLICE) &&
        !(s->flags & AST_F_DEFAULT) && !s->str && s->list.len == 0) {
      ns_export(b, s->a, &blk->list, locals);
      continue;
    }
    if (s->kind == AST_EXPORT) {
      not_yet_at(b, s->span, "TypeScript: this export form in a namespace "
                             "is not supported yet");
      continue;
    }
    stmt_names(s, false, locals);
    ast_list_push(&blk->list, s);
  }
  return blk;
}

// The name a declaration statement [n] of a namespace body declares.
static bool declares_name(Builder *b, TSNode n, const char *name) {
  NodeType t = node_type(b, n);
  if (t == NT_export_statement || t == NT_expression_statement ||
      t == NT_variable_declaration || t == NT_lexical_declaration) {
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
      if (declares_name(b, ts_node_named_child(n, i), name))
        return true;
    return false;
  }
  if (t != NT_class_declaration && t != NT_abstract_class_declaration &&
      t != NT_function_declaration && t != NT_generator_function_declaration &&
      t != NT_enum_declaration && t != NT_internal_module && t != NT_module &&
      t != NT_variable_declarator)
    return false;
  int saved = b->nkids;
  Kids k = kids_of(b, n);
  TSNode id = kid_field(b, k, b->f.name);
  b->nkids = saved;
  if (ts_node_is_null(id) || (node_type(b, id) != NT_identifier &&
                              node_type(b, id) != NT_type_identifier))
    return false;
  size_t len;
  const char *text = node_text(b, id, &len);
  return len == strlen(name) && memcmp(text, name, len) == 0;
}

// tsc names the IIFE's parameter `N_1` when the body declares its own N
// (`namespace Foo { export class Foo {} }`).
static const char *ns_param(Builder *b, TSNode body, const char *name) {
  if (ts_node_is_null(body))
    return name;
  for (uint32_t i = 0; i < ts_node_named_child_count(body); i++)
    if (declares_name(b, ts_node_named_child(body, i), name))
      return arena_printf("%s_1", name);
  return name;
}

// One level of `namespace A.B.C { body }`: A's body is the statement for B.
static AstNode *build_ns_level(Builder *b, TSNode n, TSNode body, const char **parts,
                               int nparts, int level, bool exported) {
  struct TsBuild *ts = ts_state(b);
  const char *name = parts[level];
  TsNamespace *outer = ts->ns;
  const char *key = outer ? arena_printf("%s.%s", outer->exports->key, name)
                          : arena_printf("%u:%s", scope_of(b, n), name);
  bool last = level + 1 == nparts;
  const char *param = last ? ns_param(b, body, name) : name;
  TsNamespace self = {param, exports_of(b, key), outer};
  SrcSpan at = source_span(b->src, ts_node_start_byte(n), ts_node_end_byte(n));
  NameSet locals = {0};
  AstNode *blk;
  ts->ns = &self;
  if (level + 1 < nparts) {
    blk = ast_new(AST_BLOCK, at);
    AstNode *inner = build_ns_level(b, n, body, parts, nparts, level + 1, true);
    if (inner) {
      export_name(self.exports, parts[level + 1]);
      ast_list_push(&blk->list, inner);
      names_add(&locals, parts[level + 1]);
    }
  } else {
    blk = ns_body(b, body, &locals);
  }
  ts->ns = outer;
  if (blk->list.len == 0)
    return NULL;  // types only: a non-instantiated namespace emits nothing
  // References to exports not declared in this body become NS.name.
  NameSet refs = {0};
  for (int i = 0; i < self.exports->len; i++)
    if (!names_has(&locals, self.exports->names[i]))
      names_add(&refs, self.exports->names[i]);
  rewrite_refs(&blk->list, &refs, param);
  AstNode *out = mk_splice(at);
  bool top = level == 0;
  AstNode *decl = top ? mk_declaration(b, n, name, exported)
                      : mk_var(at, AST_VAR, name, NULL);
  if (!top)
    decl->flags |= AST_F_TS_SPLICE;
  ast_list_push(&out->list, decl);
  const char *holder_ns = top ? (exported && outer ? outer->name : NULL) : parts[level - 1];
  AstNode *holder = mk_holder(at, name, holder_ns);
  ast_list_push(&out->list, mk_iife(at, param, blk, holder));
  return out;
}

// internal_module = "namespace" name:(identifier | nested_identifier) body
// module = "module" name:(string | identifier | nested_identifier) body
static AstNode *build_namespace(Builder *b, TSNode n, bool exported) {
  Kids k = kids_of(b, n);
  TSNode name = kid_field(b, k, b->f.name);
  TSNode body = kid_field(b, k, b->f.body);
  if (ts_node_is_null(name))
    return build_unsupported(b, n);
  if (node_type(b, name) == NT_string) {
    build_not_yet(b, n, "TypeScript `module \"name\"` declarations need `declare`");
    return NULL;
  }
  if (ts_node_is_null(body))
    return NULL;
  const char *parts[64];
  int nparts = dotted_parts(b, name, parts, 64);
  return build_ns_level(b, n, body, parts, nparts, 0, exported);
}

// --- import-equals and export = ---

// A dotted entity name as a member chain.
static AstNode *entity_expr(Builder *b, TSNode n) {
  const char *parts[64];
  int count = dotted_parts(b, n, parts, 64);
  SrcSpan at = source_span(b->src, ts_node_start_byte(n), ts_node_end_byte(n));
  AstNode *e = ast_ident(at, parts[0]);
  for (int i = 1; i < count; i++)
    e = ast_member(at, e, parts[i]);
  return e;
}

// import_alias = "import" identifier "=" (identifier | nested_identifier)
static AstNode *build_import_alias(Builder *b, TSNode n, bool exported) {
  TSNode name = {0}, value = {0};
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
    TSNode c = ts_node_named_child(n, i);
    if (node_type(b, c) == NT_comment)
      continue;
    if (ts_node_is_null(name))
      name = c;
    else
      value = c;
  }
  if (ts_node_is_null(name) || ts_node_is_null(value))
    return build_unsupported(b, n);
  const char *local = build_ident(b, name)->str;
  AstNode *target = entity_expr(b, value);
  TsNamespace *ns = ts_state(b)->ns;
  SrcSpan at = source_span(b->src, ts_node_start_byte(n), ts_node_end_byte(n));
  if (exported && ns) {
    export_name(ns->exports, local);
    return mk_stmt(ast_assign(at, ast_member(at, ast_ident(at, ns->name), local), target));
  }
  AstNode *decl = mk_var(at, AST_VAR, local, target);
  if (exported) {
    AstNode *ex = ast_new(AST_EXPORT, at);
    ex->a = decl;
    return ex;
  }
  ast_list_push(&ts_state(b)->elidable, decl);
  return decl;
}

// import_require_clause = identifier "=" "require" "(" source:string ")"
// -> `const x = require("m");`
AstNode *ts_build_import_require(Builder *b, TSNode stmt, TSNode clause) {
  Kids k = kids_of(b, clause);
  TSNode name = first_named(b, k);
  TSNode source = kid_field(b, k, b->f.source);
  if (ts_node_is_null(name) || ts_node_is_null(source))
    return build_unsupported(b, clause);
  SrcSpan at = source_span(b->src, ts_node_start_byte(stmt), ts_node_end_byte(stmt));
  AstNode *call = ast_new(AST_CALL, at);
  call->a = ast_ident(at, "require");
  ast_list_push(&call->list, build_string(b, source));
  AstNode *decl = mk_var(at, AST_CONST, build_ident(b, name)->str, call);
  TSNode parent = ts_node_parent(stmt);
  if (!ts_node_is_null(parent) && node_type(b, parent) == NT_export_statement) {
    AstNode *ex = ast_new(AST_EXPORT, at);
    ex->a = decl;
    return ex;
  }
  ast_list_push(&ts_state(b)->requires, decl);
  ast_list_push(&ts_state(b)->elidable, decl);
  return decl;
}

// `export = value;` -> `module.exports = value;`
AstNode *ts_build_export_assign(Builder *b, TSNode n, TSNode value) {
  SrcSpan at = source_span(b->src, ts_node_start_byte(n), ts_node_end_byte(n));
  AstNode *target = ast_member(at, ast_ident(at, "module"), "exports");
  return mk_stmt(ast_assign(at, target, build_expr(b, value)));
}

// --- entry points from ast_build.c ---

// ambient_declaration = "declare" declaration: erased, except that the
// members of a `declare const enum` are still inlined at their uses.
AstNode *ts_build_ambient(Builder *b, TSNode n) {
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
    TSNode c = ts_node_named_child(n, i);
    if (node_type(b, c) == NT_enum_declaration) {
      int saved = b->nkids;
      Kids k = kids_of(b, c);
      bool is_const = kids_have(b, k, TK_CONST);
      b->nkids = saved;
      if (is_const)
        build_enum(b, c, false);  // records the values, emits nothing
    }
  }
  return NULL;
}

AstNode *ts_build_decl(Builder *b, TSNode n) {
  bool exported = ts_state(b)->exporting;
  ts_state(b)->exporting = false;
  switch (node_type(b, n)) {
  case NT_enum_declaration: return build_enum(b, n, exported);
  case NT_internal_module:
  case NT_module: return build_namespace(b, n, exported);
  case NT_import_alias: return build_import_alias(b, n, exported);
  default: return build_unsupported(b, n);
  }
}

// `export <declaration>` where the declaration is TypeScript's (enum,
// namespace, import alias), or any declaration inside a namespace.
bool ts_build_export(Builder *b, TSNode decl, AstNode **out) {
  NodeType t = node_type(b, decl);
  bool ts_decl = t == NT_enum_declaration || t == NT_internal_module ||
                 t == NT_module || t == NT_import_alias;
  if (!ts_decl)
    return false;
  struct TsBuild *ts = ts_state(b);
  ts->exporting = true;
  *out = build_stmt(b, decl);
  ts->exporting = false;
  if (*out && ts->ns && (t == NT_enum_declaration || t == NT_internal_module ||
                         t == NT_module)) {
    Kids k = kids_of(b, decl);
    TSNode name = kid_field(b, k, b->f.name);
    const char *parts[1];
    if (!ts_node_is_null(name) && dotted_parts(b, name, parts, 1) == 1)
      export_name(ts->ns->exports, parts[0]);
  }
  return true;
}

// Appends statement [s] to [out]; a TypeScript splice adds its statements,
// without the `var` of a declaration merged with an earlier one.
void ts_splice(AstList *out, AstNode *s) {
  if (!(s->kind == AST_BLOCK && (s->flags & AST_F_TS_SPLICE))) {
    ast_list_push(out, s);
    return;
  }
  NameSet declared = {0};
  for (int i = 0; i < out->len; i++)
    stmt_names(out->items[i], false, &declared);
  for (int i = 0; i < s->list.len; i++) {
    AstNode *item = s->list.items[i];
    if (item->flags & AST_F_TS_SPLICE) {
      NameSet mine = {0};
      stmt_names(item, false, &mine);
      if (mine.len == 1 && names_has(&declared, mine.items[0]))
        continue;
      item->flags &= ~(uint32_t)AST_F_TS_SPLICE;
      if (item->kind == AST_EXPORT)
        item->a->flags &= ~(uint32_t)AST_F_TS_SPLICE;
    }
    ast_list_push(out, item);
  }
}

// --- parameter properties ---

// `constructor(public x = 1)`: [p] is the parameter as built.
void ts_param_property(Builder *b, TSNode n, AstNode *p) {
  AstNode *id = p->kind == AST_ASSIGN_PATTERN ? p->a : p;
  if (!id || id->kind != AST_IDENT) {
    build_error(b, n, "A parameter property may not be declared using a binding pattern.");
    return;
  }
  ast_list_push(&ts_state(b)->param_props, id);
}

// Starts a function's parameter list: its parameter properties are its own.
int ts_params_begin(Builder *b) { return ts_state(b)->param_props.len; }

static bool is_super_call_stmt(const AstNode *s) {
  return s->kind == AST_EXPR_STMT && s->a && s->a->kind == AST_CALL && s->a->a &&
         s->a->a->kind == AST_SUPER;
}

// A constructor [fn] whose parameters from [mark] on were parameter
// properties: `this.x = x;` after `super(...)` (or first), in order.
void ts_constructor_props(Builder *b, AstNode *fn, int mark) {
  struct TsBuild *ts = ts_state(b);
  ts->ctor_props.len = 0;
  if (ts->param_props.len <= mark || !fn->a || fn->a->kind != AST_BLOCK) {
    ts->param_props.len = mark;
    return;
  }
  AstList stmts = {0};
  for (int i = mark; i < ts->param_props.len; i++) {
    AstNode *id = ts->param_props.items[i];
    ast_list_push(&ts->ctor_props, id);
    AstNode *target = ast_member(id->span, ast_new(AST_THIS, id->span), id->str);
    ast_list_push(&stmts, mk_stmt(ast_assign(id->span, target, ast_ident(id->span, id->str))));
  }
  ts->param_props.len = mark;
  AstList *body = &fn->a->list;
  int at = 0;
  for (int i = 0; i < body->len; i++)
    if (is_super_call_stmt(body->items[i])) {
      at = i + 1;
      break;
    }
  AstList merged = {0};
  for (int i = 0; i < at; i++)
    ast_list_push(&merged, body->items[i]);
  for (int i = 0; i < stmts.len; i++)
    ast_list_push(&merged, stmts.items[i]);
  for (int i = at; i < body->len; i++)
    ast_list_push(&merged, body->items[i]);
  *body = merged;
}

// Right after the constructor [ctor] of [cls] is built: its parameter
// properties wait in a BLOCK at cls->d (unused by classes; list2 holds the
// decorators) for ts_class_done().
void ts_class_props(Builder *b, AstNode *cls) {
  struct TsBuild *ts = ts_state(b);
  cls->d = ast_new(AST_BLOCK, cls->span);
  cls->d->list = ts->ctor_props;
  ts->ctor_props = (AstList){0};
}

// With useDefineForClassFields (tsc's default for ES2022), parameter
// properties are also declared as fields, before all others.
static void declare_props(AstNode *cls, AstList *props) {
  AstList members = {0};
  for (int i = 0; i < props->len; i++) {
    AstNode *id = props->items[i];
    AstNode *f = ast_new(AST_CLASS_MEMBER, id->span);
    f->op = AST_MEMBER_FIELD;
    f->a = mk_string(id->span, id->str, id->len);
    ast_list_push(&members, f);
  }
  for (int i = 0; i < cls->list.len; i++)
    ast_list_push(&members, cls->list.items[i]);
  cls->list = members;
}

// `this.key = value` for a field moved into the constructor.
static AstNode *field_assign(AstNode *obj, AstNode *f) {
  SrcSpan at = f->span;
  AstNode *target;
  if (f->a->kind == AST_PRIVATE_NAME) {
    target = ast_new(AST_MEMBER, at);
    target->a = obj;
    target->b = f->a;
  } else if (f->flags & AST_F_COMPUTED || f->a->kind != AST_STRING) {
    target = mk_index(at, obj, f->a);
  } else {
    target = ast_member(at, obj, f->a->str);
  }
  return mk_stmt(ast_assign(at, target, f->b ? f->b : ast_ident(at, "undefined")));
}

static AstNode *find_constructor(AstNode *cls) {
  for (int i = 0; i < cls->list.len; i++)
    if (cls->list.items[i]->flags & AST_F_CONSTRUCTOR)
      return cls->list.items[i];
  return NULL;
}

// `constructor() { super(...arguments); }` or `constructor() {}`.
static AstNode *add_constructor(AstNode *cls) {
  SrcSpan at = cls->span;
  AstNode *fn = ast_new(AST_FUNC_EXPR, at);
  fn->flags |= AST_F_SIMPLE_PARAMS;
  fn->a = ast_new(AST_BLOCK, at);
  if (cls->a) {
    AstNode *call = ast_new(AST_CALL, at);
    call->a = ast_new(AST_SUPER, at);
    AstNode *spread = ast_new(AST_SPREAD, at);
    spread->a = ast_ident(at, "arguments");
    ast_list_push(&call->list, spread);
    ast_list_push(&fn->a->list, mk_stmt(call));
  }
  AstNode *m = ast_new(AST_CLASS_MEMBER, at);
  m->op = AST_MEMBER_METHOD;
  m->a = mk_string(at, "constructor", 11);
  m->b = fn;
  m->flags |= AST_F_CONSTRUCTOR;
  ast_list_push(&cls->list, m);
  return m;
}

// useDefineForClassFields false: instance fields become assignments in
// the constructor after the parameter properties, static ones
// `static { this.x = v; }`; fields without a value vanish (private ones
// stay declared).
static void assign_fields(AstNode *cls, int nprops) {
  AstList members = {0}, inits = {0};
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *f = cls->list.items[i];
    if (f->op != AST_MEMBER_FIELD) {
      ast_list_push(&members, f);
      continue;
    }
    bool is_private = f->a->kind == AST_PRIVATE_NAME;
    if (f->list.len && !is_private && ts_options()->experimental_decorators) {
      // Its legacy decorators still run (on the prototype or the class).
      AstNode *decl = ast_new(AST_CLASS_MEMBER, f->span);
      *decl = *f;
      decl->b = NULL;
      decl->flags |= AST_F_TS_DECO_ONLY;
      ast_list_push(&members, decl);
    }
    if (f->flags & AST_F_STATIC) {
      if (is_private) {
        ast_list_push(&members, f);
      } else if (f->b) {
        AstNode *blk = ast_new(AST_BLOCK, f->span);
        ast_list_push(&blk->list, field_assign(ast_new(AST_THIS, f->span), f));
        AstNode *m = ast_new(AST_CLASS_MEMBER, f->span);
        m->op = AST_MEMBER_STATIC_BLOCK;
        m->flags |= AST_F_STATIC;
        m->b = blk;
        ast_list_push(&members, m);
      }
      continue;
    }
    if (is_private) {
      AstNode *decl = ast_new(AST_CLASS_MEMBER, f->span);
      *decl = *f;
      decl->b = NULL;
      ast_list_push(&members, decl);
    }
    if (f->b || is_private)
      ast_list_push(&inits, field_assign(ast_new(AST_THIS, f->span), f));
  }
  cls->list = members;
  if (inits.len == 0)
    return;
  AstNode *ctor = find_constructor(cls);
  if (!ctor)
    ctor = add_constructor(cls);
  AstList *body = &ctor->b->a->list;
  int at = 0;
  for (int i = 0; i < body->len; i++)
    if (is_super_call_stmt(body->items[i])) {
      at = i + 1;
      break;
    }
  at += nprops;
  if (at > body->len)
    at = body->len;
  AstList merged = {0};
  for (int i = 0; i < at; i++)
    ast_list_push(&merged, body->items[i]);
  for (int i = 0; i < inits.len; i++)
    ast_list_push(&merged, inits.items[i]);
  for (int i = at; i < body->len; i++)
    ast_list_push(&merged, body->items[i]);
  *body = merged;
}

// After a class body: parameter properties' fields, and fields as
// useDefineForClassFields says.
void ts_class_done(Builder *b, AstNode *cls) {
  AstList props = cls->d ? cls->d->list : (AstList){0};
  cls->d = NULL;
  if (!b->typescript)
    return;
  if (ts_options()->use_define_for_class_fields) {
    if (props.len)
      declare_props(cls, &props);
  } else {
    assign_fields(cls, props.len);
  }
}

// --- after the whole file ---

static void count_ref(const char *name, size_t len, NameSet *names, int *counts) {
  for (int i = 0; i < names->len; i++)
    if (strlen(names->items[i]) == len && memcmp(names->items[i], name, len) == 0)
      counts[i]++;
}

// A design:* type (front/ast_build_func.c's design_type) names a value as
// `(typeof X ...`: tsc's metadata refers to X, so its import is used.
// The name X of such a design type ([len] bytes; NULL if none); [dotted]:
// also the head of `(typeof A !== "undefined" && ... A.B ...)`.
static const char *design_name(const char *raw, bool dotted, size_t *len) {
  static const char head[] = "(typeof ";
  if (!raw || strncmp(raw, head, sizeof head - 1) != 0)
    return NULL;
  const char *w = raw + sizeof head - 1;
  size_t n = 0;
  while (w[n] && w[n] != ' ' && w[n] != '.')
    n++;
  if (!dotted && w[n] != ' ')
    return NULL;
  *len = n;
  return w;
}

static void count_design_ref(const char *raw, NameSet *names, int *counts) {
  size_t len;
  const char *w = design_name(raw, true, &len);
  if (w)
    count_ref(w, len, names, counts);
}

static void count_fn_design_refs(const AstNode *fn, NameSet *names, int *counts) {
  if (!fn)
    return;
  for (int i = 0; i < fn->list.len; i++)
    count_design_ref(fn->list.items[i]->raw, names, counts);
  count_design_ref(fn->raw, names, counts);
}

// With experimentalDecorators + emitDecoratorMetadata, the annotations of
// decorated members (and of the constructor of a decorated class) become
// design:type/paramtypes/returntype values (pass/ts_decorators.c).
static void count_metadata_refs(const AstNode *cls, NameSet *names, int *counts) {
  const TsOptions *o = ts_options();
  if (!o->experimental_decorators || !o->emit_decorator_metadata)
    return;
  for (int i = 0; i < cls->list.len; i++) {
    const AstNode *m = cls->list.items[i];
    if (m->kind != AST_CLASS_MEMBER || m->op == AST_MEMBER_STATIC_BLOCK)
      continue;
    bool params = false;
    for (int j = 0; m->op != AST_MEMBER_FIELD && m->b && j < m->b->list.len; j++)
      params |= m->b->list.items[j]->list2.len > 0;
    if (m->flags & AST_F_CONSTRUCTOR) {
      if (cls->list2.len || params)
        count_fn_design_refs(m->b, names, counts);
    } else if (m->list.len || params) {
      if (m->op == AST_MEMBER_FIELD)
        count_design_ref(m->raw, names, counts);
      else
        count_fn_design_refs(m->b, names, counts);
    }
  }
}

static void count_refs(const AstNode *n, NameSet *names, int *counts) {
  if (!n)
    return;
  if (n->kind == AST_IDENT) {
    count_ref(n->str, strlen(n->str), names, counts);
    for (int i = 0; i < n->list2.len; i++)  // a parameter's decorators
      count_refs(n->list2.items[i], names, counts);
    return;
  }
  if (n->kind == AST_CLASS_DECL || n->kind == AST_CLASS_EXPR)
    count_metadata_refs(n, names, counts);
  count_refs(n->a, names, counts);
  count_refs(n->b, names, counts);
  count_refs(n->c, names, counts);
  count_refs(n->d, names, counts);
  for (int i = 0; i < n->list.len; i++)
    count_refs(n->list.items[i], names, counts);
  for (int i = 0; i < n->list2.len; i++)
    count_refs(n->list2.items[i], names, counts);
}

// `C.X` and `C["X"]` of a const enum become the member's value.
static void inline_const_enums(Builder *b, AstNode *n) {
  if (!n)
    return;
  if ((n->kind == AST_MEMBER && !n->b) || (n->kind == AST_INDEX && n->b &&
                                           n->b->kind == AST_STRING)) {
    if (n->a && n->a->kind == AST_IDENT) {
      TsEnum *e = find_enum(b, n->a->str);
      const char *name = n->kind == AST_MEMBER ? n->str : n->b->str;
      TsMember *m = e && e->is_const ? find_member(e, name) : NULL;
      if (m && m->v.kind != TSV_NONE) {
        SrcSpan at = n->span;
        *n = *value_node(at, m->v);
        return;
      }
    }
  }
  if ((n->kind == AST_ASSIGN || n->kind == AST_UPDATE) && n->a &&
      (n->a->kind == AST_MEMBER || n->a->kind == AST_INDEX)) {
    // An assignment target stays (the enum's own IIFE assigns members).
    inline_const_enums(b, n->a->a);
    inline_const_enums(b, n->a->b);
  } else {
    inline_const_enums(b, n->a);
  }
  inline_const_enums(b, n->b);
  inline_const_enums(b, n->c);
  inline_const_enums(b, n->d);
  for (int i = 0; i < n->list.len; i++)
    inline_const_enums(b, n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    inline_const_enums(b, n->list2.items[i]);
}

// tsc drops `import x = require()` and `import x = A.B` whose name is
// never used as a value (only in types, which are erased by now).
static void elide_unused_imports(Builder *b, AstNode *prog) {
  AstList *el = &ts_state(b)->elidable;
  if (el->len == 0)
    return;
  NameSet names = {0};
  for (int i = 0; i < el->len; i++) {
    const char *name = el->items[i]->list.items[0]->a->str;
    if (names.len == names.cap) {
      names.cap = names.cap ? names.cap * 2 : 8;
      const char **items = arena_alloc((size_t)names.cap * sizeof *items);
      if (names.len)
        memcpy(items, names.items, (size_t)names.len * sizeof *items);
      names.items = items;
    }
    names.items[names.len++] = name;  // duplicates kept: one per statement
  }
  int *counts = arena_alloc((size_t)names.len * sizeof(int));
  memset(counts, 0, (size_t)names.len * sizeof(int));
  count_refs(prog, &names, counts);
  for (int i = 0; i < el->len; i++) {
    // Each statement's own declarator is one reference to its name.
    int own = 0;
    for (int j = 0; j < names.len; j++)
      own += strcmp(names.items[j], names.items[i]) == 0;
    if (counts[i] <= own) {
      AstNode *s = el->items[i];
      SrcSpan at = s->span;
      *s = *ast_new(AST_EMPTY, at);
    }
  }
}

static int count_name(const AstNode *n, const char *name) {
  NameSet one = {0};
  names_add(&one, name);
  int count = 0;
  count_refs(n, &one, &count);
  return count;
}

// Is [name] exported by an `export { name }` clause of [prog]?
static bool reexported(const AstNode *prog, const char *name) {
  for (int i = 0; i < prog->list.len; i++) {
    const AstNode *s = prog->list.items[i];
    if (s->kind != AST_EXPORT || s->str)
      continue;
    for (int j = 0; j < s->list.len; j++)
      if (strcmp(s->list.items[j]->str, name) == 0)
        return true;
  }
  return false;
}

// tsc drops the names an import brings in that are never used as values
// (they name types), and the whole import when none is left: then the
// module it names is not even loaded. `import "m"` stays.
static void elide_type_imports(AstNode *prog) {
  for (int i = 0; i < prog->list.len; i++) {
    AstNode *s = prog->list.items[i];
    if (s->kind != AST_IMPORT || s->list.len == 0)
      continue;
    AstList kept = {0};
    for (int j = 0; j < s->list.len; j++) {
      AstNode *sp = s->list.items[j];
      if (count_name(prog, sp->raw) > 0 || reexported(prog, sp->raw))
        ast_list_push(&kept, sp);
    }
    s->list = kept;
    if (kept.len == 0)
      *s = *ast_new(AST_EMPTY, s->span);
  }
}

// In an ES module there is no `require`: `import x = require("m")` reads
// the module's default export, which for CommonJS is module.exports.
static void requires_as_imports(Builder *b, AstNode *prog) {
  AstList *reqs = &ts_state(b)->requires;
  for (int i = 0; i < reqs->len; i++) {
    AstNode *s = reqs->items[i];
    if (s->kind != AST_VAR_DECL)
      continue;  // elided
    AstNode *d = s->list.items[0];
    AstNode *spec_str = d->b->list.items[0];
    AstNode *imp = ast_new(AST_IMPORT, s->span);
    imp->str = spec_str->str;
    imp->len = spec_str->len;
    AstNode *sp = ast_new(AST_IMPORT_SPEC, s->span);
    sp->str = "default";
    sp->len = 7;
    sp->raw = d->a->str;
    sp->raw_len = d->a->len;
    ast_list_push(&imp->list, sp);
    if (imp->len > 5 && strcmp(imp->str + imp->len - 5, ".json") == 0) {
      // require() reads JSON; an import needs `with { type: "json" }`.
      AstNode *attrs = ast_new(AST_OBJECT, s->span);
      AstNode *p = ast_new(AST_PROPERTY, s->span);
      p->op = AST_PROP_INIT;
      p->a = mk_string(s->span, "type", 4);
      p->b = mk_string(s->span, "json", 4);
      ast_list_push(&attrs->list, p);
      imp->a = attrs;
    }
    *s = *imp;
  }
}

// A design:* type naming an enum of this file is what tsc writes for it:
// Number (numeric members), String (all string members) or Object (mixed).
static void enum_design_type(Builder *b, AstNode *n) {
  size_t len;
  const char *w = n ? design_name(n->raw, false, &len) : NULL;
  if (!w)
    return;
  TsEnum *e = ts_state(b)->enums;
  while (e && (strlen(e->name) != len || memcmp(e->name, w, len) != 0))
    e = e->next;
  if (!e)
    return;
  int strs = 0;
  for (int i = 0; i < e->len; i++)
    strs += e->m[i].v.kind == TSV_STR;
  n->raw = strs == 0 ? "Number" : strs == e->len ? "String" : "Object";
  n->raw_len = strlen(n->raw);
}

static void enum_design_types(Builder *b, AstNode *n) {
  if (!n)
    return;
  if (n->kind == AST_CLASS_DECL || n->kind == AST_CLASS_EXPR) {
    for (int i = 0; i < n->list.len; i++) {
      AstNode *m = n->list.items[i];
      if (m->kind != AST_CLASS_MEMBER)
        continue;
      enum_design_type(b, m);
      if (m->op == AST_MEMBER_FIELD || m->op == AST_MEMBER_STATIC_BLOCK || !m->b)
        continue;
      enum_design_type(b, m->b);
      for (int j = 0; j < m->b->list.len; j++)
        enum_design_type(b, m->b->list.items[j]);
    }
  }
  enum_design_types(b, n->a);
  enum_design_types(b, n->b);
  enum_design_types(b, n->c);
  enum_design_types(b, n->d);
  for (int i = 0; i < n->list.len; i++)
    enum_design_types(b, n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    enum_design_types(b, n->list2.items[i]);
}

void ts_finish_program(Builder *b, AstNode *prog) {
  if (!b->typescript)
    return;
  if (b->ts && b->ts->enums && ts_options()->emit_decorator_metadata)
    enum_design_types(b, prog);
  if (b->ts && b->ts->has_const_enum)
    inline_const_enums(b, prog);
  // verbatimModuleSyntax: what is not marked `type` stays, used or not.
  if (!ts_options()->verbatim_module_syntax) {
    elide_type_imports(prog);
    if (b->ts)
      elide_unused_imports(b, prog);
  }
  // A module tsc emits as CommonJS keeps its require() calls
  // (pass/ts_commonjs.c lowers its imports and exports).
  if (b->ts && (prog->flags & AST_F_MODULE) &&
      (b->module || !ts_emits_commonjs(b->src->path)))
    requires_as_imports(b, prog);
}
