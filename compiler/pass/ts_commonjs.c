// SPDX-License-Identifier: MIT
//
// ts_commonjs.c: a TypeScript module that tsc emits as CommonJS (tsconfig
// "module": "commonjs", or node16/nodenext outside "type": "module", and
// every .cts) lowered the way tsc 5.9 lowers it, so that the program is the
// CommonJS module node runs from tsc's output:
//
//   import d, { x } from "m"    const m_1 = __importStar(require("m"));
//                               ... m_1.default ... (0, m_1.x)() ...
//   import * as ns from "m"     const ns = __importStar(require("m"));
//   import "m"                  require("m");
//   export const a = 1          exports.a = 1;   (`a` is `exports.a` everywhere)
//   export function f() {}      exports.f = f;   (at the top: hoisted)
//   export class C {}           class C {}  exports.C = C;
//   export default e            exports.default = e;
//   export { l as e }           exports.e = l;   after l's declaration, and
//                               `l = v` becomes `exports.e = l = v`
//   export { x } from "m"       var m_1 = require("m");
//                               Object.defineProperty(exports, "x", { get ... });
//   export * from "m"           __exportStar(require("m"), exports);
//
// with the __esModule marker and `exports.a = void 0` for each exported
// name first, in source order. __importDefault/__importStar only with
// esModuleInterop (else the module object itself). The imports run where
// they are written, as require() calls do. References to imported and
// exported variables are rewritten unless an inner declaration shadows the
// name (a small scope walk here: the resolver runs after this pass).
//
// import(x) becomes a require() in a promise under "module": "commonjs"
// (in every file, as tsc does); node16/nodenext keep import().
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pass.h"

// A name whose references are rewritten to `obj.prop`.
typedef struct Ref {
  const char *name;
  const char *obj, *prop;
} Ref;

// A top-level variable exported under other names (`export { l as e }`).
typedef struct Sync {
  const char *local;
  const char *exported[8];
  int n;
} Sync;

typedef struct Cjs {
  Source *src;
  AstNode *prog;
  bool interop;
  Ref *refs;
  int nrefs;
  Sync *syncs;
  int nsyncs;
  const char **used;   // every name in the file, for fresh temporaries
  int nused, cap_used;
  const char **shadow;  // names declared by the scopes being walked
  int nshadow, cap_shadow;
  const char *temp;     // module-level temporary (declared when used)
  AstNode **keep;       // identifiers that stay as they are
  int nkeep;
  bool need_default, need_star, need_export_star;
  bool ok;
} Cjs;

// --- small AST constructors ---

// `obj.prop` for a variable named obj (m_1.x, exports.x).
static AstNode *mk_member(SrcSpan at, const char *obj, const char *prop) {
  return ast_member(at, ast_ident(at, obj), prop);
}

// Parses generated JavaScript; its statements take the span [at].
static void parse_into(Cjs *c, AstList *out, SrcSpan at, const char *text) {
  Source *s = source_from_string("<kiln commonjs>", text, strlen(text));
  AstNode *p = parse_program(s, false, false);
  if (!p) {
    diag_error_as(c->src, at, NULL, "internal error: kiln could not lower this module");
    c->ok = false;
    return;
  }
  for (int i = 0; i < p->list.len; i++) {
    ast_set_spans(p->list.items[i], at);
    ast_list_push(out, p->list.items[i]);
  }
}

// JSON-quoted [s] for generated code (names and specifiers).
static const char *quoted(const char *s, size_t len) {
  StrBuf sb = {0};
  sb_putc(&sb, '"');
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '"' || ch == '\\')
      sb_printf(&sb, "\\%c", ch);
    else if (ch < 0x20)
      sb_printf(&sb, "\\u%04x", ch);
    else
      sb_putc(&sb, (char)ch);
  }
  sb_putc(&sb, '"');
  const char *out = arena_strndup(sb.data, sb.len);
  free(sb.data);
  return out;
}

// --- names ---

static void use_name(Cjs *c, const char *name) {
  if (c->nused == c->cap_used) {
    c->cap_used = c->cap_used ? c->cap_used * 2 : 64;
    c->used = realloc(c->used, (size_t)c->cap_used * sizeof *c->used);
  }
  c->used[c->nused++] = name;
}

static bool name_used(Cjs *c, const char *name) {
  for (int i = 0; i < c->nused; i++)
    if (strcmp(c->used[i], name) == 0)
      return true;
  return false;
}

static void collect_names(Cjs *c, const AstNode *n) {
  if (!n)
    return;
  if ((n->kind == AST_IDENT || n->kind == AST_FUNC_DECL || n->kind == AST_CLASS_DECL) && n->str)
    use_name(c, n->str);
  collect_names(c, n->a);
  collect_names(c, n->b);
  collect_names(c, n->c);
  collect_names(c, n->d);
  for (int i = 0; i < n->list.len; i++)
    collect_names(c, n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    collect_names(c, n->list2.items[i]);
}

// tsc's temporary for a module: its file name as an identifier, `_N`.
static const char *fresh(Cjs *c, const char *spec) {
  const char *base = strrchr(spec, '/');
  base = base ? base + 1 : spec;
  StrBuf sb = {0};
  for (const char *p = base; *p && *p != '.'; p++) {
    char ch = *p;
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || ch == '$' ||
              (ch >= '0' && ch <= '9' && p != base);
    sb_putc(&sb, ok ? ch : '_');
  }
  if (!sb.len)
    sb_puts(&sb, "module");
  const char *stem = arena_strndup(sb.data, sb.len);
  free(sb.data);
  for (int i = 1;; i++) {
    const char *name = arena_printf("%s_%d", stem, i);
    if (!name_used(c, name)) {
      use_name(c, name);
      return name;
    }
  }
}

static void add_ref(Cjs *c, const char *name, const char *obj, const char *prop) {
  c->refs = realloc(c->refs, (size_t)(c->nrefs + 1) * sizeof *c->refs);
  c->refs[c->nrefs++] = (Ref){name, obj, prop};
}

static const Ref *find_ref(Cjs *c, const char *name) {
  for (int i = 0; i < c->nrefs; i++)
    if (strcmp(c->refs[i].name, name) == 0)
      return &c->refs[i];
  return NULL;
}

static Sync *find_sync(Cjs *c, const char *name) {
  for (int i = 0; i < c->nsyncs; i++)
    if (strcmp(c->syncs[i].local, name) == 0)
      return &c->syncs[i];
  return NULL;
}

static void add_sync(Cjs *c, const char *local, const char *exported) {
  Sync *s = find_sync(c, local);
  if (!s) {
    c->syncs = realloc(c->syncs, (size_t)(c->nsyncs + 1) * sizeof *c->syncs);
    s = &c->syncs[c->nsyncs++];
    *s = (Sync){.local = local};
  }
  if (s->n < 8)
    s->exported[s->n++] = exported;
}

// --- bound names of declarations ---

typedef struct Names {
  const char **items;
  int len, cap;
} Names;

static void names_push(Names *ns, const char *name) {
  if (ns->len == ns->cap) {
    ns->cap = ns->cap ? ns->cap * 2 : 8;
    ns->items = realloc(ns->items, (size_t)ns->cap * sizeof *ns->items);
  }
  ns->items[ns->len++] = name;
}

static void pattern_names(const AstNode *p, Names *out) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT: names_push(out, p->str); break;
  case AST_ARRAY_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      pattern_names(p->list.items[i], out);
    break;
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++) {
      const AstNode *e = p->list.items[i];
      pattern_names(e->kind == AST_REST ? e->a : e->b, out);
    }
    break;
  case AST_ASSIGN_PATTERN:
  case AST_REST: pattern_names(p->a, out); break;
  default: break;
  }
}

static void decl_names(const AstNode *vd, Names *out) {
  for (int i = 0; i < vd->list.len; i++)
    pattern_names(vd->list.items[i]->a, out);
}

// `var` declarations of a function body (not of nested functions).
static void var_names(const AstNode *n, Names *out) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_FUNC_DECL:
  case AST_FUNC_EXPR:
  case AST_ARROW:
  case AST_CLASS_DECL:
  case AST_CLASS_EXPR:
    return;
  case AST_VAR_DECL:
    if (n->op == AST_VAR)
      decl_names(n, out);
    return;
  case AST_EXPR_STMT:
    return;
  default: break;
  }
  var_names(n->a, out);
  var_names(n->b, out);
  var_names(n->c, out);
  var_names(n->d, out);
  for (int i = 0; i < n->list.len; i++)
    var_names(n->list.items[i], out);
}

// Names a statement list declares for its block: let, const, class, function.
static void lexical_names(const AstList *l, Names *out) {
  for (int i = 0; i < l->len; i++) {
    const AstNode *s = l->items[i];
    if (s->kind == AST_VAR_DECL && s->op != AST_VAR)
      decl_names(s, out);
    else if ((s->kind == AST_FUNC_DECL || s->kind == AST_CLASS_DECL) && s->str)
      names_push(out, s->str);
  }
}

// --- the reference walk ---

static bool is_target(Cjs *c, const char *name) {
  return find_ref(c, name) || find_sync(c, name);
}

// Shadows the target names among [ns]; returns the mark to pop back to.
static int shadow_push(Cjs *c, Names *ns) {
  int mark = c->nshadow;
  for (int i = 0; i < ns->len; i++) {
    if (!is_target(c, ns->items[i]))
      continue;
    if (c->nshadow == c->cap_shadow) {
      c->cap_shadow = c->cap_shadow ? c->cap_shadow * 2 : 8;
      c->shadow = realloc(c->shadow, (size_t)c->cap_shadow * sizeof *c->shadow);
    }
    c->shadow[c->nshadow++] = ns->items[i];
  }
  free(ns->items);
  *ns = (Names){0};
  return mark;
}

static bool shadowed(Cjs *c, const char *name) {
  for (int i = 0; i < c->nshadow; i++)
    if (strcmp(c->shadow[i], name) == 0)
      return true;
  return false;
}

// The rewrite of a reference to [id], or NULL.
static const Ref *ref_of(Cjs *c, const AstNode *id) {
  if (id->kind != AST_IDENT || shadowed(c, id->str))
    return NULL;
  for (int i = 0; i < c->nkeep; i++)
    if (c->keep[i] == id)
      return NULL;
  return find_ref(c, id->str);
}

static void walk(Cjs *c, AstNode *n);

static void walk_list(Cjs *c, AstList *l) {
  for (int i = 0; i < l->len; i++)
    walk(c, l->items[i]);
}

static void walk_function(Cjs *c, AstNode *fn) {
  Names ns = {0};
  if (fn->str)
    names_push(&ns, fn->str);
  for (int i = 0; i < fn->list.len; i++)
    pattern_names(fn->list.items[i], &ns);
  if (fn->a && fn->a->kind == AST_BLOCK && !(fn->flags & AST_F_EXPR_BODY)) {
    var_names(fn->a, &ns);
    lexical_names(&fn->a->list, &ns);
  }
  int mark = shadow_push(c, &ns);
  walk_list(c, &fn->list);
  if (fn->a && fn->a->kind == AST_BLOCK && !(fn->flags & AST_F_EXPR_BODY))
    walk_list(c, &fn->a->list);
  else
    walk(c, fn->a);
  c->nshadow = mark;
}

// `x` that is an import or an exported variable: `obj.prop` in place.
static void rewrite_ident(Cjs *c, AstNode *n) {
  const Ref *r = ref_of(c, n);
  if (r)
    *n = *mk_member(n->span, r->obj, r->prop);
}

// A callee that becomes a member must not pass it as `this`: `(0, m_1.f)()`.
static void rewrite_callee(Cjs *c, AstNode *n) {
  const Ref *r = ref_of(c, n);
  if (!r)
    return;
  AstNode *seq = ast_new(AST_SEQUENCE, n->span);
  AstNode *zero = ast_new(AST_NUMBER, n->span);
  zero->num = 0;
  ast_list_push(&seq->list, zero);
  ast_list_push(&seq->list, mk_member(n->span, r->obj, r->prop));
  seq->flags |= AST_F_PARENS;
  *n = *seq;
}

// `exports.e = ` in front of an assignment to a variable exported as e.
static AstNode *synced(Cjs *c, AstNode *assign, const Sync *s) {
  AstNode *e = assign;
  for (int i = 0; i < s->n; i++)
    e = ast_assign(assign->span, mk_member(assign->span, "exports", s->exported[i]), e);
  return e;
}

// The synced variables a destructuring target assigns.
static void synced_in_pattern(Cjs *c, const AstNode *p, Names *out) {
  Names ns = {0};
  pattern_names(p, &ns);
  for (int i = 0; i < ns.len; i++)
    if (find_sync(c, ns.items[i]) && !shadowed(c, ns.items[i]))
      names_push(out, ns.items[i]);
  free(ns.items);
}

static AstNode *mk_seq(SrcSpan at) {
  AstNode *seq = ast_new(AST_SEQUENCE, at);
  seq->flags |= AST_F_PARENS;
  return seq;
}

// A module-level temporary for the value of an expression that is synced.
static const char *temp(Cjs *c) {
  if (!c->temp)
    c->temp = fresh(c, "_a");
  return c->temp;
}

// `exports.e = x` for each name x in [ns] that is exported as e.
static void push_syncs(Cjs *c, AstNode *seq, const Names *ns, SrcSpan at) {
  for (int i = 0; i < ns->len; i++) {
    const Sync *s = find_sync(c, ns->items[i]);
    ast_list_push(&seq->list, synced(c, ast_ident(at, s->local), s));
  }
}

static void walk_assign(Cjs *c, AstNode *n, bool statement) {
  const Sync *s = n->a && n->a->kind == AST_IDENT && !shadowed(c, n->a->str)
                      ? find_sync(c, n->a->str) : NULL;
  Names pat = {0};
  if (n->kind == AST_ASSIGN && n->a &&
      (n->a->kind == AST_ARRAY_PATTERN || n->a->kind == AST_OBJECT_PATTERN))
    synced_in_pattern(c, n->a, &pat);
  walk(c, n->a);
  walk(c, n->b);
  SrcSpan at = n->span;
  AstNode *copy = ast_new(n->kind, at);
  *copy = *n;
  if (pat.len) {
    // [x] = v: `([x] = v, exports.e = x)`, or through a temporary for its value.
    AstNode *seq = mk_seq(at);
    if (statement) {
      ast_list_push(&seq->list, copy);
      push_syncs(c, seq, &pat, at);
    } else {
      ast_list_push(&seq->list, ast_assign(at, ast_ident(at, temp(c)), copy));
      push_syncs(c, seq, &pat, at);
      ast_list_push(&seq->list, ast_ident(at, temp(c)));
    }
    free(pat.items);
    *n = *seq;
    return;
  }
  if (!s)
    return;
  if (n->kind == AST_UPDATE && !(n->flags & AST_F_PREFIX)) {
    AstNode *seq = mk_seq(at);
    if (statement) {  // x++ as a statement: `exports.e = (x++, x)`, as tsc writes it
      ast_list_push(&seq->list, copy);
      ast_list_push(&seq->list, ast_ident(at, s->local));
      *n = *synced(c, seq, s);
    } else {  // (t = x++, exports.e = x, t)
      ast_list_push(&seq->list, ast_assign(at, ast_ident(at, temp(c)), copy));
      ast_list_push(&seq->list, synced(c, ast_ident(at, s->local), s));
      ast_list_push(&seq->list, ast_ident(at, temp(c)));
      *n = *seq;
    }
    return;
  }
  *n = *synced(c, copy, s);
}

// A binding pattern: its defaults and computed keys are expressions, its
// names stay (a `var` in a block may redeclare an exported variable).
static void walk_binding(Cjs *c, AstNode *p) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT:
    return;
  case AST_ARRAY_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      walk_binding(c, p->list.items[i]);
    return;
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++) {
      AstNode *e = p->list.items[i];
      if (e->kind == AST_REST) {
        walk_binding(c, e->a);
        continue;
      }
      if (e->flags & AST_F_COMPUTED)
        walk(c, e->a);
      walk_binding(c, e->b);
    }
    return;
  case AST_ASSIGN_PATTERN:
    walk_binding(c, p->a);
    walk(c, p->b);
    return;
  case AST_REST:
    walk_binding(c, p->a);
    return;
  default:
    walk(c, p);
    return;
  }
}

static void walk(Cjs *c, AstNode *n) {
  if (!n)
    return;
  Names ns = {0};
  int mark;
  switch (n->kind) {
  case AST_IDENT:
    rewrite_ident(c, n);
    return;
  case AST_FUNC_DECL:
  case AST_FUNC_EXPR:
  case AST_ARROW:
    walk_function(c, n);
    return;
  case AST_CLASS_DECL:
  case AST_CLASS_EXPR:
    if (n->str)
      names_push(&ns, n->str);
    mark = shadow_push(c, &ns);
    walk(c, n->a);
    walk_list(c, &n->list);
    walk_list(c, &n->list2);
    c->nshadow = mark;
    return;
  case AST_BLOCK:
    lexical_names(&n->list, &ns);
    mark = shadow_push(c, &ns);
    walk_list(c, &n->list);
    c->nshadow = mark;
    return;
  case AST_SWITCH:
    walk(c, n->a);
    for (int i = 0; i < n->list.len; i++)
      lexical_names(&n->list.items[i]->list, &ns);
    mark = shadow_push(c, &ns);
    walk_list(c, &n->list);
    c->nshadow = mark;
    return;
  case AST_FOR:
  case AST_FOR_IN:
  case AST_FOR_OF:
    if (n->a && n->a->kind == AST_VAR_DECL && n->a->op != AST_VAR)
      decl_names(n->a, &ns);
    mark = shadow_push(c, &ns);
    walk(c, n->a);
    walk(c, n->b);
    if (n->kind == AST_FOR && n->c && (n->c->kind == AST_UPDATE || n->c->kind == AST_ASSIGN))
      walk_assign(c, n->c, true);
    else
      walk(c, n->c);
    walk(c, n->d);
    c->nshadow = mark;
    return;
  case AST_TRY:
    walk(c, n->a);
    pattern_names(n->b, &ns);
    mark = shadow_push(c, &ns);
    walk(c, n->b);
    walk(c, n->c);
    c->nshadow = mark;
    walk(c, n->d);
    return;
  case AST_CALL:
  case AST_TAGGED_TEMPLATE:
    if (n->a && n->a->kind == AST_IDENT)
      rewrite_callee(c, n->a);
    else
      walk(c, n->a);
    walk(c, n->b);
    walk_list(c, &n->list);
    return;
  case AST_PROPERTY:
    if ((n->flags & AST_F_SHORTHAND) && n->b && n->b->kind == AST_IDENT && ref_of(c, n->b))
      n->flags &= ~(uint32_t)AST_F_SHORTHAND;
    break;
  case AST_DECLARATOR:
    walk_binding(c, n->a);
    walk(c, n->b);
    return;
  case AST_EXPR_STMT:
    if (n->a && (n->a->kind == AST_ASSIGN || n->a->kind == AST_UPDATE)) {
      walk_assign(c, n->a, true);
      return;
    }
    break;
  case AST_ASSIGN:
  case AST_UPDATE:
    walk_assign(c, n, false);
    return;
  default:
    break;
  }
  walk(c, n->a);
  walk(c, n->b);
  walk(c, n->c);
  walk(c, n->d);
  walk_list(c, &n->list);
  walk_list(c, &n->list2);
}

// --- the module's statements ---

// What the top level declares, to tell how `export { l }` exports l.
typedef enum { LOCAL_NONE, LOCAL_VAR, LOCAL_FUNCTION, LOCAL_CLASS, LOCAL_IMPORT } LocalKind;

static LocalKind local_kind(const AstNode *prog, const char *name) {
  for (int i = 0; i < prog->list.len; i++) {
    const AstNode *s = prog->list.items[i];
    if (s->kind == AST_EXPORT && s->a && !s->str)
      s = s->a;
    if ((s->kind == AST_FUNC_DECL || s->kind == AST_CLASS_DECL) && s->str &&
        strcmp(s->str, name) == 0)
      return s->kind == AST_FUNC_DECL ? LOCAL_FUNCTION : LOCAL_CLASS;
    if (s->kind == AST_IMPORT)
      for (int j = 0; j < s->list.len; j++)
        if (strcmp(s->list.items[j]->raw, name) == 0)
          return LOCAL_IMPORT;
    if (s->kind == AST_VAR_DECL) {
      Names ns = {0};
      decl_names(s, &ns);
      bool found = false;
      for (int j = 0; j < ns.len; j++)
        found |= strcmp(ns.items[j], name) == 0;
      free(ns.items);
      if (found)
        return LOCAL_VAR;
    }
  }
  return LOCAL_NONE;
}

static const AstNode *import_of(const AstNode *prog, const char *local) {
  for (int i = 0; i < prog->list.len; i++) {
    const AstNode *s = prog->list.items[i];
    if (s->kind == AST_IMPORT)
      for (int j = 0; j < s->list.len; j++)
        if (strcmp(s->list.items[j]->raw, local) == 0)
          return s;
  }
  return NULL;
}

static const char *imported_name(const AstNode *imp, const char *local) {
  for (int j = 0; j < imp->list.len; j++)
    if (strcmp(imp->list.items[j]->raw, local) == 0)
      return imp->list.items[j]->str;
  return "*";
}

typedef struct Out {
  AstList body;      // the statements, in order
  Names void0;       // exported names set to undefined first
  AstList hoisted;   // `exports.f = f` of functions, first
  const char *hidden;  // a const enum, exported after its next statement
} Out;

static bool names_has(const Names *ns, const char *name) {
  for (int i = 0; i < ns->len; i++)
    if (strcmp(ns->items[i], name) == 0)
      return true;
  return false;
}

static void export_void0(Out *o, const char *name) {
  if (strcmp(name, "default") != 0 && !names_has(&o->void0, name))
    names_push(&o->void0, name);
}

static AstNode *export_assign(SrcSpan at, const char *name, AstNode *value) {
  return ast_expr_stmt(at, ast_assign(at, mk_member(at, "exports", name), value));
}

// `require("m")`, wrapped in tsc's helper.
static const char *require_text(Cjs *c, const AstNode *s, int helper) {
  const char *req = arena_printf("require(%s)", quoted(s->str, s->len));
  if (!c->interop || helper == 0)
    return req;
  if (helper == 1) {
    c->need_default = true;
    return arena_printf("__importDefault(%s)", req);
  }
  c->need_star = true;
  return arena_printf("__importStar(%s)", req);
}

// The TypeScript source that [spec], imported by [from], names, or NULL
// (a JavaScript file or a package: every export of those is a value).
static const char *ts_source(const char *from, const char *spec) {
  const char *bases[34];
  int n = 0;
  if (strncmp(spec, "./", 2) == 0 || strncmp(spec, "../", 3) == 0) {
    const char *slash = strrchr(from, '/');
    bases[n++] = slash ? arena_printf("%.*s/%s", (int)(slash - from), from, spec) : spec;
  } else {
    n = tsconfig_path_candidates(spec, bases, 32);
  }
  static const char *const exts[] = {"", ".ts", ".tsx", ".mts", ".cts", "/index.ts",
                                     "/index.tsx"};
  for (int i = 0; i < n; i++) {
    const char *stem = bases[i];
    const char *dot = strrchr(stem, '.');
    if (dot && dot > strrchr(stem, '/') &&
        (!strcmp(dot, ".js") || !strcmp(dot, ".mjs") || !strcmp(dot, ".cjs")))
      stem = arena_strndup(stem, (size_t)(dot - stem));
    for (size_t k = 0; k < sizeof exts / sizeof *exts; k++) {
      const char *path = arena_printf("%s%s", stem, exts[k]);
      size_t len = strlen(path);
      if (len < 3 || (strcmp(path + len - 3, ".ts") && strcmp(path + len - 4, ".tsx") &&
                      strcmp(path + len - 4, ".mts") && strcmp(path + len - 4, ".cts")))
        continue;
      FILE *f = fopen(path, "rb");
      if (f) {
        fclose(f);
        return path;
      }
    }
  }
  return NULL;
}

// A TypeScript module read only to see which of its exports are values
// (tsc leaves the types out of a re-export, knowing them by checking).
typedef struct Peeked {
  const char *path;
  AstNode *prog;  // NULL: it did not parse
} Peeked;
static Peeked *peeked;
static int npeeked;

void ts_peek_reset(void) {
  npeeked = 0;  // the entries' memory was the arena's
}

static AstNode *peek_module(const char *path) {
  for (int i = 0; i < npeeked; i++)
    if (strcmp(peeked[i].path, path) == 0)
      return peeked[i].prog;
  AstNode *prog = NULL;
  Source *src = source_load(path);
  if (src) {
    diag_quiet_begin();
    int before = diag_quiet_end();
    diag_quiet_begin();
    prog = parse_program(src, true, false);
    if (diag_quiet_end() != before)
      prog = NULL;
    diag_quiet_restore(before);
  }
  peeked = realloc(peeked, (size_t)(npeeked + 1) * sizeof *peeked);
  peeked[npeeked++] = (Peeked){arena_strndup(path, strlen(path)), prog};
  return prog;
}

enum { EXPORT_TYPE, EXPORT_VALUE, EXPORT_UNKNOWN };

static int export_kind(const char *from, const char *spec, const char *name, int depth);

// Is [name] a top-level value of [prog] (types are gone from the AST)?
static int local_value(const char *path, const AstNode *prog, const char *name, int depth) {
  for (int i = 0; i < prog->list.len; i++) {
    const AstNode *s = prog->list.items[i];
    if (s->kind == AST_IMPORT)
      for (int j = 0; j < s->list.len; j++)
        if (strcmp(s->list.items[j]->raw, name) == 0)
          return strcmp(s->list.items[j]->str, "*") == 0
                     ? EXPORT_VALUE
                     : export_kind(path, s->str, s->list.items[j]->str, depth + 1);
  }
  return local_kind(prog, name) == LOCAL_NONE ? EXPORT_TYPE : EXPORT_VALUE;
}

// Whether the module [spec] (imported by [from]) exports [name] as a value.
static int export_kind(const char *from, const char *spec, const char *name, int depth) {
  const char *path = ts_source(from, spec);
  if (!path || strcmp(name, "default") == 0)
    return EXPORT_VALUE;
  AstNode *prog = depth < 16 ? peek_module(path) : NULL;
  if (!prog)
    return EXPORT_UNKNOWN;
  bool star_unknown = false;
  for (int i = 0; i < prog->list.len; i++) {
    const AstNode *s = prog->list.items[i];
    if (s->kind == AST_EXPR_STMT && s->a && s->a->kind == AST_ASSIGN && s->a->a &&
        s->a->a->kind == AST_MEMBER && s->a->a->a && s->a->a->a->kind == AST_IDENT &&
        strcmp(s->a->a->a->str, "module") == 0)
      return EXPORT_VALUE;  // `export =`
    if (s->kind != AST_EXPORT)
      continue;
    const AstNode *d = s->a;
    if (d && !(s->flags & AST_F_DEFAULT)) {
      Names ns = {0};
      if (d->kind == AST_VAR_DECL)
        decl_names(d, &ns);
      else if (d->str)
        names_push(&ns, d->str);
      bool found = names_has(&ns, name);
      free(ns.items);
      if (found)
        return EXPORT_VALUE;
      continue;
    }
    for (int j = 0; j < s->list.len && !d; j++) {
      const AstNode *sp = s->list.items[j];
      if (strcmp(sp->str, "*") == 0 && !sp->raw && s->str) {
        int k = export_kind(path, s->str, name, depth + 1);
        if (k == EXPORT_VALUE)
          return k;
        star_unknown |= k == EXPORT_UNKNOWN;
        continue;
      }
      if (strcmp(sp->raw ? sp->raw : sp->str, name) != 0)
        continue;
      if (s->str)
        return strcmp(sp->str, "*") == 0 ? EXPORT_VALUE
                                          : export_kind(path, s->str, sp->str, depth + 1);
      return local_value(path, prog, sp->str, depth);
    }
  }
  return star_unknown ? EXPORT_UNKNOWN : EXPORT_TYPE;
}

// `Object.defineProperty(exports, "e", { get })`; only when [obj] has the
// property when [check] (a TypeScript target: see ts_target).
static const char *getter_text(const char *name, const char *obj, const char *value,
                               const char *prop, bool check) {
  const char *def = arena_printf(
      "Object.defineProperty(exports, %s, { enumerable: true, get: function () { "
      "return %s; } });", quoted(name, strlen(name)), value);
  if (!check)
    return def;
  return arena_printf("if (%s in Object(%s)) %s", quoted(prop, strlen(prop)), obj, def);
}

static int ident_count(const AstNode *n, const char *name) {
  if (!n)
    return 0;
  if (n->kind == AST_IDENT)
    return strcmp(n->str, name) == 0;
  int k = ident_count(n->a, name) + ident_count(n->b, name) + ident_count(n->c, name) +
          ident_count(n->d, name);
  for (int i = 0; i < n->list.len; i++)
    k += ident_count(n->list.items[i], name);
  for (int i = 0; i < n->list2.len; i++)
    k += ident_count(n->list2.items[i], name);
  return k;
}

// What an imported [local] re-exported by `export { local }` is: a value
// when used as one here, else what its module says.
static int import_kind(Cjs *c, const char *spec, const char *local, const char *imported) {
  if (strcmp(imported, "*") == 0 || ident_count(c->prog, local) > 0)
    return EXPORT_VALUE;
  return export_kind(c->src->path, spec, imported, 0);
}

// Getters on exports for names that an import brought in.
static void reexport_getters(Cjs *c, Out *o, const AstNode *prog, const char *spec,
                             const char *local, const char *obj, const char *prop,
                             SrcSpan at) {
  for (int i = 0; i < prog->list.len; i++) {
    const AstNode *s = prog->list.items[i];
    if (s->kind != AST_EXPORT || s->a || s->str || (s->flags & AST_F_DEFAULT))
      continue;
    for (int j = 0; j < s->list.len; j++) {
      const AstNode *sp = s->list.items[j];
      if (strcmp(sp->str, local) != 0)
        continue;
      const char *value = prop[0] ? arena_printf("%s.%s", obj, prop) : obj;
      int k = prop[0] ? import_kind(c, spec, local, prop) : EXPORT_VALUE;
      if (k != EXPORT_TYPE)
        parse_into(c, &o->body, at, getter_text(sp->raw ? sp->raw : sp->str, obj, value, prop,
                                                k == EXPORT_UNKNOWN));
    }
  }
}

static void lower_import(Cjs *c, Out *o, const AstNode *prog, AstNode *s) {
  SrcSpan at = s->span;
  if (s->list.len == 0) {
    parse_into(c, &o->body, at, arena_printf("%s;", require_text(c, s, 0)));
    return;
  }
  const AstNode *ns_spec = NULL;
  int ndefault = 0, nnamed = 0;
  for (int i = 0; i < s->list.len; i++) {
    const AstNode *sp = s->list.items[i];
    if (strcmp(sp->str, "*") == 0)
      ns_spec = sp;
    else if (strcmp(sp->str, "default") == 0)
      ndefault++;
    else
      nnamed++;
  }
  // tsc: __importStar for a namespace or default mixed with names,
  // __importDefault for default alone.
  int helper = ns_spec || (ndefault && nnamed) ? 2 : ndefault ? 1 : 0;
  const char *tmp = ns_spec ? ns_spec->raw : fresh(c, s->str);
  parse_into(c, &o->body, at, arena_printf("const %s = %s;", tmp, require_text(c, s, helper)));
  reexport_getters(c, o, prog, s->str, tmp, tmp, "", at);
  for (int i = 0; i < s->list.len; i++) {
    const AstNode *sp = s->list.items[i];
    if (sp == ns_spec)
      continue;
    add_ref(c, sp->raw, tmp, sp->str);
    reexport_getters(c, o, prog, s->str, sp->raw, tmp, sp->str, at);
  }
}

// export ... from "m"
static void lower_reexport(Cjs *c, Out *o, AstNode *s) {
  SrcSpan at = s->span;
  if (s->list.len == 1 && strcmp(s->list.items[0]->str, "*") == 0) {
    const AstNode *sp = s->list.items[0];
    if (!sp->raw) {
      c->need_export_star = true;
      parse_into(c, &o->body, at, arena_printf("__exportStar(%s, exports);",
                                               require_text(c, s, 0)));
      return;
    }
    export_void0(o, sp->raw);
    parse_into(c, &o->body, at, arena_printf("exports.%s = %s;", sp->raw,
                                             require_text(c, s, 2)));
    return;
  }
  const char *tmp = fresh(c, s->str);
  parse_into(c, &o->body, at, arena_printf("var %s = %s;", tmp, require_text(c, s, 0)));
  for (int i = 0; i < s->list.len; i++) {
    const AstNode *sp = s->list.items[i];
    const char *name = sp->raw ? sp->raw : sp->str;
    bool is_default = strcmp(sp->str, "default") == 0;
    int k = export_kind(c->src->path, s->str, sp->str, 0);
    if (k == EXPORT_TYPE)
      continue;
    if (strcmp(name, "default") == 0 && !names_has(&o->void0, name))
      names_push(&o->void0, name);  // tsc lists a re-exported default too
    if (k == EXPORT_VALUE)
      export_void0(o, name);
    const char *value = arena_printf("%s.%s", tmp, sp->str);
    if (is_default && c->interop) {
      c->need_default = true;
      value = arena_printf("__importDefault(%s).default", tmp);
    }
    parse_into(c, &o->body, at, getter_text(name, tmp, value, sp->str, k == EXPORT_UNKNOWN));
  }
}

// A binding pattern of `export const {a, b: [c]} = v` as an assignment
// target: its names become members of exports.
static void pattern_to_exports(AstNode *p) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT:
    *p = *mk_member(p->span, "exports", p->str);
    break;
  case AST_ARRAY_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      pattern_to_exports(p->list.items[i]);
    break;
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++) {
      AstNode *e = p->list.items[i];
      e->flags &= ~(uint32_t)AST_F_SHORTHAND;
      pattern_to_exports(e->kind == AST_REST ? e->a : e->b);
    }
    break;
  case AST_ASSIGN_PATTERN:
  case AST_REST:
    pattern_to_exports(p->a);
    break;
  default:
    break;
  }
}

// An anonymous function or class, named by the declaration it initializes.
static bool needs_name(const AstNode *e) {
  while (e && e->kind == AST_PAREN)
    e = e->a;
  return e && (e->kind == AST_ARROW ||
               ((e->kind == AST_FUNC_EXPR || e->kind == AST_CLASS_EXPR) && !e->str));
}

static void protect(Cjs *c, AstNode *id) {
  c->keep = realloc(c->keep, (size_t)(c->nkeep + 1) * sizeof *c->keep);
  c->keep[c->nkeep++] = id;
}

static void lower_export_var(Cjs *c, Out *o, AstNode *vd) {
  Names ns = {0};
  decl_names(vd, &ns);
  for (int i = 0; i < ns.len; i++) {
    export_void0(o, ns.items[i]);
    add_ref(c, ns.items[i], "exports", ns.items[i]);
  }
  free(ns.items);
  for (int i = 0; i < vd->list.len; i++) {
    AstNode *d = vd->list.items[i];
    if (!d->b)
      continue;  // `export let x;`: only the void 0
    AstNode *target = d->a;
    if (target->kind == AST_IDENT && needs_name(d->b)) {
      // tsc keeps `const f = () => ...; exports.f = f;` (f.name is "f").
      AstNode *local = ast_new(AST_VAR_DECL, vd->span);
      local->op = vd->op;
      ast_list_push(&local->list, d);
      ast_list_push(&o->body, local);
      AstNode *value = ast_ident(d->span, target->str);
      ast_list_push(&o->body, export_assign(d->span, target->str, value));
      protect(c, target);
      protect(c, value);
      continue;
    }
    if (target->kind == AST_IDENT) {
      ast_list_push(&o->body, export_assign(d->span, target->str, d->b));
      continue;
    }
    pattern_to_exports(target);
    AstNode *as = ast_assign(d->span, target, d->b);
    if (target->kind == AST_OBJECT_PATTERN)
      as->flags |= AST_F_PARENS;
    ast_list_push(&o->body, ast_expr_stmt(d->span, as));
  }
}

static void local_exports(Cjs *c, Out *o, AstNode *s);

static void lower_export(Cjs *c, Out *o, AstNode *s) {
  SrcSpan at = s->span;
  AstNode *d = s->a;
  if (s->flags & AST_F_DEFAULT) {
    if (d->kind == AST_FUNC_DECL || d->kind == AST_CLASS_DECL) {
      if (!d->str) {
        d->str = fresh(c, "default");
        d->len = strlen(d->str);
      }
      ast_list_push(&o->body, d);
      AstNode *e = export_assign(at, "default", ast_ident(at, d->str));
      ast_list_push(d->kind == AST_FUNC_DECL ? &o->hoisted : &o->body, e);
      return;
    }
    ast_list_push(&o->body, export_assign(at, "default", d));
    return;
  }
  if (!d) {
    local_exports(c, o, s);
    return;
  }
  if (s->flags & AST_F_TS_CONST_ENUM) {
    // Not an export for tsc (its uses are inlined): a hidden one here,
    // after the enum's IIFE, for the files kiln does not inline it into.
    ast_list_push(&o->body, d);
    o->hidden = d->list.items[0]->a->str;
    return;
  }
  if (d->kind == AST_VAR_DECL) {
    lower_export_var(c, o, d);
  } else if (d->kind == AST_FUNC_DECL) {
    ast_list_push(&o->body, d);
    ast_list_push(&o->hoisted, export_assign(at, d->str, ast_ident(at, d->str)));
  } else if (d->kind == AST_CLASS_DECL) {
    export_void0(o, d->str);
    ast_list_push(&o->body, d);
    ast_list_push(&o->body, export_assign(at, d->str, ast_ident(at, d->str)));
  } else {
    ast_list_push(&o->body, d);
  }
}

// `export { l as e }` of a local variable or class: `exports.e = l` where
// l is declared and assigned (found before the statements are lowered).
static void local_syncs(Cjs *c, AstNode *prog) {
  for (int i = 0; i < prog->list.len; i++) {
    AstNode *s = prog->list.items[i];
    if (s->kind != AST_EXPORT || s->a || s->str || (s->flags & AST_F_DEFAULT))
      continue;
    for (int j = 0; j < s->list.len; j++) {
      AstNode *sp = s->list.items[j];
      LocalKind k = local_kind(prog, sp->str);
      if (k != LOCAL_FUNCTION && k != LOCAL_IMPORT)  // imports: reexport_getters
        add_sync(c, sp->str, sp->raw ? sp->raw : sp->str);
    }
  }
}

// The `export { l as e }` statement itself: e's place among the exports.
static void local_exports(Cjs *c, Out *o, AstNode *s) {
  for (int j = 0; j < s->list.len; j++) {
    AstNode *sp = s->list.items[j];
    const char *name = sp->raw ? sp->raw : sp->str;
    LocalKind k = local_kind(c->prog, sp->str);
    const AstNode *imp = k == LOCAL_IMPORT ? import_of(c->prog, sp->str) : NULL;
    if (k == LOCAL_FUNCTION)
      ast_list_push(&o->hoisted, export_assign(sp->span, name, ast_ident(sp->span, sp->str)));
    else if (!imp || import_kind(c, imp->str, sp->str, imported_name(imp, sp->str)) ==
                         EXPORT_VALUE)
      export_void0(o, name);
  }
}

// After a top-level declaration of a variable exported by `export { }`:
// `exports.e = l;`.
static void after_declaration(Cjs *c, Out *o, const AstNode *s) {
  Names ns = {0};
  if (s->kind == AST_VAR_DECL)
    decl_names(s, &ns);
  else if (s->kind == AST_CLASS_DECL && s->str)
    names_push(&ns, s->str);
  for (int i = 0; i < ns.len; i++) {
    const Sync *sy = find_sync(c, ns.items[i]);
    for (int j = 0; sy && j < sy->n; j++)
      ast_list_push(&o->body, export_assign(s->span, sy->exported[j],
                                            ast_ident(s->span, sy->local)));
  }
  free(ns.items);
}

static const char helper_default[] =
    "function __importDefault(mod) {\n"
    "  return mod && mod.__esModule ? mod : { default: mod };\n"
    "}\n";
static const char helper_bind[] =
    // An own property of m seen through o: a getter unless m's own
    // descriptor can be kept (tsc's __createBinding).
    "function __kiln_bind(o, m, k) {\n"
    "  let d = Object.getOwnPropertyDescriptor(m, k);\n"
    "  if (!d || ('get' in d ? !m.__esModule : d.writable || d.configurable))\n"
    "    d = { enumerable: true, get: function () { return m[k]; } };\n"
    "  Object.defineProperty(o, k, d);\n"
    "}\n";
static const char helper_star[] =
    "function __importStar(mod) {\n"
    "  if (mod && mod.__esModule) return mod;\n"
    "  const ns = {};\n"
    "  if (mod != null)\n"
    "    for (const k of Object.getOwnPropertyNames(mod))\n"
    "      if (k !== 'default') __kiln_bind(ns, mod, k);\n"
    "  Object.defineProperty(ns, 'default', { enumerable: true, value: mod });\n"
    "  return ns;\n"
    "}\n";
static const char helper_export_star[] =
    "function __exportStar(m, to) {\n"
    "  for (const k in m)\n"
    "    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(to, k)) __kiln_bind(to, m, k);\n"
    "}\n";

// --- import() under "module": "commonjs" ---

static void put_spec(AstNode *n, AstNode *spec) {
  if (!n)
    return;
  if (n->kind == AST_IDENT && strcmp(n->str, "__kiln_spec") == 0) {
    *n = *spec;
    return;
  }
  put_spec(n->a, spec);
  put_spec(n->b, spec);
  put_spec(n->c, spec);
  put_spec(n->d, spec);
  for (int i = 0; i < n->list.len; i++)
    put_spec(n->list.items[i], spec);
  for (int i = 0; i < n->list2.len; i++)
    put_spec(n->list2.items[i], spec);
}

// import(x) -> Promise.resolve().then(() => __importStar(require(x))), as
// tsc emits it (a non-constant x is made a string first).
static void lower_import_calls(Cjs *c, AstNode *n) {
  if (!n)
    return;
  lower_import_calls(c, n->a);
  lower_import_calls(c, n->b);
  lower_import_calls(c, n->c);
  lower_import_calls(c, n->d);
  for (int i = 0; i < n->list.len; i++)
    lower_import_calls(c, n->list.items[i]);
  for (int i = 0; i < n->list2.len; i++)
    lower_import_calls(c, n->list2.items[i]);
  if (n->kind != AST_IMPORT_CALL || !n->a)
    return;
  const char *wrap_open = c->interop ? "__importStar(" : "", *wrap_close = c->interop ? ")" : "";
  c->need_star |= c->interop;
  const char *text;
  if (n->a->kind == AST_STRING)
    text = arena_printf("Promise.resolve().then(() => %srequire(%s)%s);", wrap_open,
                        quoted(n->a->str, n->a->len), wrap_close);
  else
    text = arena_printf("Promise.resolve(`${__kiln_spec}`).then(s => %srequire(s)%s);",
                        wrap_open, wrap_close);
  AstList l = {0};
  parse_into(c, &l, n->span, text);
  if (l.len != 1)
    return;
  AstNode *e = l.items[0]->a;
  if (n->a->kind != AST_STRING)
    put_spec(e, n->a);
  *n = *e;
}

static void add_helpers(Cjs *c, SrcSpan at) {
  if (c->need_default)
    parse_into(c, &c->prog->list, at, helper_default);
  if (c->need_star || c->need_export_star)
    parse_into(c, &c->prog->list, at, helper_bind);
  if (c->need_star)
    parse_into(c, &c->prog->list, at, helper_star);
  if (c->need_export_star)
    parse_into(c, &c->prog->list, at, helper_export_star);
}

bool lower_ts_commonjs(AstNode *prog, Source *src, bool interop, bool import_calls) {
  Cjs c = {.src = src, .prog = prog, .interop = interop, .ok = true};
  if (!(prog->flags & AST_F_MODULE)) {  // a script: only its import() calls
    lower_import_calls(&c, prog);
    add_helpers(&c, prog->span);
    return c.ok;
  }
  collect_names(&c, prog);
  Out o = {0};
  local_syncs(&c, prog);
  for (int i = 0; i < prog->list.len; i++) {
    AstNode *s = prog->list.items[i];
    const char *hidden = o.hidden;
    o.hidden = NULL;
    if (s->kind == AST_IMPORT)
      lower_import(&c, &o, prog, s);
    else if (s->kind == AST_EXPORT && s->str)
      lower_reexport(&c, &o, s);
    else if (s->kind == AST_EXPORT)
      lower_export(&c, &o, s);
    else
      ast_list_push(&o.body, s);
    after_declaration(&c, &o, s->kind == AST_EXPORT && s->a ? s->a : s);
    if (hidden)
      parse_into(&c, &o.body, s->span, arena_printf(
          "Object.defineProperty(exports, %s, { value: %s, writable: true, configurable: true });",
          quoted(hidden, strlen(hidden)), hidden));
  }
  AstList out = {0};
  SrcSpan at = prog->span;
  at.end = at.start;
  parse_into(&c, &out, at, "Object.defineProperty(exports, \"__esModule\", { value: true });");
  for (int i = 0; i < o.void0.len; i++) {
    AstNode *v = ast_new(AST_UNARY, at);  // void 0
    v->op = AST_OP_VOID;
    v->a = ast_new(AST_NUMBER, at);
    ast_list_push(&out, export_assign(at, o.void0.items[i], v));
  }
  for (int i = 0; i < o.hoisted.len; i++)
    ast_list_push(&out, o.hoisted.items[i]);
  for (int i = 0; i < o.body.len; i++)
    ast_list_push(&out, o.body.items[i]);
  prog->list = out;
  walk_list(&c, &prog->list);
  if (c.temp)
    parse_into(&c, &prog->list, at, arena_printf("var %s;", c.temp));
  if (import_calls)
    lower_import_calls(&c, prog);
  add_helpers(&c, at);
  prog->flags &= ~(uint32_t)AST_F_MODULE;
  prog->flags |= AST_F_STRICT;
  free(c.refs);
  free(c.syncs);
  free(c.used);
  free(c.shadow);
  free(c.keep);
  free(o.void0.items);
  return c.ok;
}
