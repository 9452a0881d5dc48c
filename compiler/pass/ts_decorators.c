// SPDX-License-Identifier: MIT
//
// ts_decorators.c: decorators and `accessor` fields, lowered to plain
// classes before the early-error and scope passes, the way tsc 5 lowers
// them for an ES2022 target (its output run on node 20 is the reference).
//
// Two semantics:
// - TC39 decorators (2023-05; .js files and TypeScript without
//   experimentalDecorators). A decorated class becomes an arrow IIFE that
//   evaluates class decorators, the heritage, element decorators and
//   computed keys in source order, defines the class, and in the class's
//   first static block calls each element's decorators (static methods and
//   accessors, instance ones, static fields, instance fields, then the
//   class) with `context` objects, then replaces the class binding.
//   Initializers run where the proposal runs them: method extra
//   initializers before the first field, a field's extra initializers
//   right after it is defined (a private dummy field), class ones last.
// - TypeScript's experimentalDecorators: after the class declaration,
//   __decorate-style calls for the instance members, the static members and
//   the class, with __param for parameter decorators.
//
// The code is generated as JavaScript text with placeholders
// (`__kiln_ph_N` identifiers, or a member named `__kiln_ph_N() {}` for a
// class element) that are replaced by the original AST nodes after
// parsing; generated nodes take the span of the class. The helper
// functions (written from the proposal, not copied) are appended to the
// module once.
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "pass.h"

#define PH "__kiln_ph_"

typedef struct Dx {
  Source *src;
  bool legacy;
  bool metadata;  // emitDecoratorMetadata (with legacy)
  bool ok;
  bool used_tc39, used_legacy;
  int serial;
  AstNode *method_fn;  // the function of the class method being walked
  AstNode *name_for;  // anonymous class expression ...
  const char *name;   // ... and the name its context gives it
} Dx;

// --- templates ---

typedef struct Tpl {
  StrBuf sb;
  PtrVec ph;
} Tpl;

static void tp(Tpl *t, AstNode *n) {
  sb_printf(&t->sb, PH "%d", t->ph.len);
  vec_push(&t->ph, n);
}

static void tpf(Tpl *t, const char *fmt, ...) KILN_PRINTF(2, 3);
static void tpf(Tpl *t, const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  sb_puts(&t->sb, buf);
}

// A member placeholder: replaced by [m] (a CLASS_MEMBER).
static void tp_member(Tpl *t, AstNode *m) {
  tp(t, m);
  sb_puts(&t->sb, "() {}\n");
}

static AstNode *str_node(const char *s, size_t len, SrcSpan at) {
  AstNode *n = ast_new(AST_STRING, at);
  n->str = s;
  n->len = len;
  return n;
}

static int ph_index(const AstNode *n, const Tpl *t) {
  if (!n->str || n->len <= strlen(PH) || strncmp(n->str, PH, strlen(PH)) != 0)
    return -1;
  int i = atoi(n->str + strlen(PH));
  return i >= 0 && i < t->ph.len ? i : -1;
}

static void subst(Tpl *t, AstNode **slot, SrcSpan at);

static void subst_list(Tpl *t, AstList *l, SrcSpan at) {
  for (int i = 0; i < l->len; i++) {
    AstNode *m = l->items[i];
    int k;
    if (m && m->kind == AST_CLASS_MEMBER && m->a && m->a->kind == AST_STRING &&
        (k = ph_index(m->a, t)) >= 0) {
      l->items[i] = t->ph.items[k];
      continue;
    }
    subst(t, &l->items[i], at);
  }
}

static void subst(Tpl *t, AstNode **slot, SrcSpan at) {
  AstNode *n = *slot;
  if (!n)
    return;
  int k;
  if (n->kind == AST_IDENT && (k = ph_index(n, t)) >= 0) {
    *slot = t->ph.items[k];
    return;
  }
  n->span = at;
  subst(t, &n->a, at);
  subst(t, &n->b, at);
  subst(t, &n->c, at);
  subst(t, &n->d, at);
  subst_list(t, &n->list, at);
  subst_list(t, &n->list2, at);
}

// Parses the template's statements and puts the placeholders' nodes in.
static AstList tpl_stmts(Dx *x, Tpl *t, SrcSpan at) {
  Source *s = source_from_string("<kiln decorators>", arena_strndup(t->sb.data, t->sb.len),
                                 t->sb.len);
  free(t->sb.data);
  t->sb = (StrBuf){0};
  AstNode *prog = parse_program(s, false, false);
  AstList out = {0};
  if (!prog) {
    diag_error_as(x->src, at, NULL, "internal error: kiln could not lower these decorators");
    x->ok = false;
    return out;
  }
  subst_list(t, &prog->list, at);
  return prog->list;
}

// The template is one expression statement: its expression.
static AstNode *tpl_expr(Dx *x, Tpl *t, SrcSpan at) {
  AstList l = tpl_stmts(x, t, at);
  if (l.len != 1 || l.items[0]->kind != AST_EXPR_STMT)
    return NULL;
  AstNode *e = l.items[0]->a;
  while (e->kind == AST_PAREN)
    e = e->a;
  return e;
}

// --- helpers appended to the module ---

static const char tc39_helpers[] =
    "function __kiln_dec_fn(f) {\n"
    "  if (f !== undefined && typeof f !== 'function') throw new TypeError('Function expected');\n"
    "  return f;\n"
    "}\n"
    // Calls [decorators] last to first on one element (or the class) and
    // installs what they return. [home] is the class when the element is a
    // public method or accessor (read from and written back to the class or
    // its prototype); [desc] the descriptor otherwise.
    "function __kiln_dec_apply(home, desc, decorators, info, inits, extras) {\n"
    "  const kind = info.kind;\n"
    "  const slot = kind === 'getter' ? 'get' : kind === 'setter' ? 'set' : 'value';\n"
    "  let where = null;\n"
    "  if (!desc && home) {\n"
    "    where = info.static ? home : home.prototype;\n"
    "    desc = Object.getOwnPropertyDescriptor(where, info.name);\n"
    "  }\n"
    "  if (!desc) desc = {};\n"
    "  let finished = false;\n"
    "  for (let i = decorators.length - 1; i >= 0; i--) {\n"
    "    const context = {};\n"
    "    for (const key in info)\n"
    "      context[key] = key === 'access' ? Object.assign({}, info.access) : info[key];\n"
    "    context.addInitializer = function (f) {\n"
    "      if (finished) throw new TypeError('Cannot add initializers after decoration has completed');\n"
    "      if (typeof f !== 'function') throw new TypeError('Function expected');\n"
    "      extras.push(f);\n"
    "    };\n"
    "    const input = kind === 'accessor' ? { get: desc.get, set: desc.set } : desc[slot];\n"
    // node's message for tsc's output, which calls (0, decorators[i])
    "    if (typeof decorators[i] !== 'function') throw new TypeError('(0 , decorators[i]) is not a function');\n"
    "    const dec = decorators[i];\n    const out = dec(input, context);\n"
    "    if (kind === 'accessor') {\n"
    "      if (out === undefined) continue;\n"
    "      if (out === null || typeof out !== 'object') throw new TypeError('Object expected');\n"
    "      let f = __kiln_dec_fn(out.get);\n"
    "      if (f) desc.get = f;\n"
    "      f = __kiln_dec_fn(out.set);\n"
    "      if (f) desc.set = f;\n"
    "      f = __kiln_dec_fn(out.init);\n"
    "      if (f) inits.unshift(f);\n"
    "    } else {\n"
    "      const f = __kiln_dec_fn(out);\n"
    "      if (!f) continue;\n"
    "      if (kind === 'field') inits.unshift(f);\n"
    "      else desc[slot] = f;\n"
    "    }\n"
    "  }\n"
    "  if (where) Object.defineProperty(where, info.name, desc);\n"
    "  finished = true;\n"
    "}\n"
    // Runs initializers on [self]; with a value, threads it through them.
    "function __kiln_dec_run(self, list, value) {\n"
    "  const threaded = arguments.length > 2;\n"
    "  for (let i = 0; i < list.length; i++)\n"
    "    value = threaded ? list[i].call(self, value) : list[i].call(self);\n"
    "  return threaded ? value : undefined;\n"
    "}\n"
    "function __kiln_dec_key(k) {\n"
    "  return typeof k === 'symbol' ? k : `${k}`;\n"
    "}\n"
    "function __kiln_dec_name(f, name, prefix) {\n"
    "  if (typeof name === 'symbol') name = name.description ? `[${name.description}]` : '';\n"
    "  if (prefix) name = `${prefix} ${name}`;\n"
    "  return Object.defineProperty(f, 'name', { configurable: true, value: name });\n"
    "}\n";

static const char legacy_helpers[] =
    // TypeScript's experimentalDecorators: decorators last to first; a
    // class decorator (2 arguments) may return a new class, a member one
    // (4: the descriptor, or undefined for a property) a new descriptor.
    "function __kiln_ldec(decorators, target, key, desc) {\n"
    "  const member = arguments.length > 2;\n"
    "  if (member && desc === null) desc = Object.getOwnPropertyDescriptor(target, key);\n"
    "  let r = member ? desc : target;\n"
    "  if (typeof Reflect === 'object' && typeof Reflect.decorate === 'function') {\n"
    "    r = Reflect.decorate(decorators, target, key, desc);\n"
    "  } else {\n"
    "    for (let i = decorators.length - 1; i >= 0; i--) {\n"
    "      const d = decorators[i];\n"
    "      if (!d) continue;\n"
    "      r = (member ? d(target, key, r) : d(r)) || r;\n"
    "    }\n"
    "  }\n"
    "  if (member && r) Object.defineProperty(target, key, r);\n"
    "  return r;\n"
    "}\n"
    "function __kiln_lmeta(key, value) {\n"
    "  if (typeof Reflect === 'object' && typeof Reflect.metadata === 'function') return Reflect.metadata(key, value);\n"
    "}\n"
    "function __kiln_ltype(v) {\n"
    "  if (typeof v === 'function') return v;\n"
    "  let nums = 0, strs = 0;\n"
    "  for (const k of v ? Object.keys(v) : []) {\n"
    "    const x = v[k];\n"
    "    if (typeof x === 'number') nums++;\n"
    "    else if (typeof x !== 'string') return Object;\n"
    "    else if (!(typeof v[x] === 'number' && String(v[x]) === k)) strs++;\n"
    "  }\n"
    "  return nums && !strs ? Number : strs && !nums ? String : Object;\n"
    "}\n"
    "function __kiln_lparam(index, decorator) {\n"
    "  return function (target, key) { decorator(target, key, index); };\n"
    "}\n";

static void append_helpers(Dx *x, AstNode *program) {
  const char *texts[2] = {x->used_tc39 ? tc39_helpers : NULL,
                          x->used_legacy ? legacy_helpers : NULL};
  for (int i = 0; i < 2; i++) {
    if (!texts[i])
      continue;
    Source *s = source_from_string("<kiln decorator helpers>", texts[i], strlen(texts[i]));
    AstNode *p = parse_program(s, false, false);
    if (!p) {
      x->ok = false;
      return;
    }
    SrcSpan at = program->span;
    Tpl t = {0};
    subst_list(&t, &p->list, at);
    for (int j = 0; j < p->list.len; j++)
      ast_list_push(&program->list, p->list.items[j]);
  }
}

// --- analysis ---

static bool is_ctor(const AstNode *m) { return (m->flags & AST_F_CONSTRUCTOR) != 0; }
static bool is_private(const AstNode *m) { return m->a && m->a->kind == AST_PRIVATE_NAME; }
static bool is_static(const AstNode *m) { return (m->flags & AST_F_STATIC) != 0; }
static bool is_accessor(const AstNode *m) { return (m->flags & AST_F_ACCESSOR) != 0; }
static bool is_computed(const AstNode *m) { return (m->flags & AST_F_COMPUTED) != 0; }

static bool params_decorated(const AstNode *m) {
  if (m->op == AST_MEMBER_FIELD || m->op == AST_MEMBER_STATIC_BLOCK || !m->b)
    return false;
  for (int i = 0; i < m->b->list.len; i++)
    if (m->b->list.items[i]->list2.len)
      return true;
  return false;
}

static void error_at(Dx *x, SrcSpan at, const char *msg) {
  diag_error_as(x->src, at, NULL, "%s", msg);
  x->ok = false;
}

// What the class needs: 0 nothing, 1 accessors only (rewritten in place),
// 2 the full lowering.
static int class_needs(const AstNode *cls) {
  int need = cls->list2.len ? 2 : 0;
  for (int i = 0; i < cls->list.len; i++) {
    const AstNode *m = cls->list.items[i];
    if (m->list.len || params_decorated(m))
      need = 2;
    else if (is_accessor(m))
      need = need ? need : (is_computed(m) ? 2 : 1);
  }
  return need;
}

static const char *elem_kind(const AstNode *m) {
  if (is_accessor(m))
    return "accessor";
  switch (m->op) {
  case AST_MEMBER_GETTER: return "getter";
  case AST_MEMBER_SETTER: return "setter";
  case AST_MEMBER_FIELD: return "field";
  default: return "method";
  }
}

static AstNode *key_string(const AstNode *m) {
  return str_node(m->a->str, m->a->len, m->span);
}

// --- `accessor` fields ---

// `[static] accessor KEY = v` -> `[static] #STORE = INIT;` and `get KEY()`
// / `set KEY(v)` over it. [via]: the getter and setter go through the
// descriptor variable [via] (a decorated private accessor) instead.
static void expand_accessor(Dx *x, AstList *out, AstNode *m, AstNode *init, const char *store,
                            AstNode *key, const char *via) {
  const char *st = is_static(m) ? "static " : "";
  Tpl t = {0};
  tpf(&t, "(class {\n");
  tpf(&t, "%s#%s = ", st, store);
  if (init)
    tp(&t, init);
  else
    tpf(&t, "void 0");
  tpf(&t, ";\n");
  if (via)
    tpf(&t, "%sget __kiln_key() { return %s.get.call(this); }\n"
            "%sset __kiln_key(v) { %s.set.call(this, v); }\n",
        st, via, st, via);
  else
    tpf(&t, "%sget __kiln_key() { return this.#%s; }\n"
            "%sset __kiln_key(v) { this.#%s = v; }\n",
        st, store, st, store);
  tpf(&t, "});");
  AstNode *c = tpl_expr(x, &t, m->span);
  if (!c || c->kind != AST_CLASS_EXPR)
    return;
  for (int i = 0; i < c->list.len; i++) {
    AstNode *g = c->list.items[i];
    if (g->op == AST_MEMBER_GETTER || g->op == AST_MEMBER_SETTER) {
      AstNode *k = ast_new(key->kind, key->span);
      *k = *key;
      g->a = k;
      g->flags |= m->flags & AST_F_COMPUTED;
    }
    ast_list_push(out, g);
  }
}

static void lower_accessors_in_place(Dx *x, AstNode *cls) {
  AstList out = {0};
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (is_accessor(m)) {
      char *store = arena_printf("__kiln_a%d", x->serial++);
      expand_accessor(x, &out, m, m->b, store, m->a, NULL);
    } else {
      ast_list_push(&out, m);
    }
  }
  cls->list = out;
}

// --- TC39 decorators ---

typedef struct Elem {
  AstNode *m;
  int id;
  bool deco;
} Elem;

// `{ kind, name, static, private, access, metadata }` for element [e].
static void tc39_context(Tpl *t, const Elem *e, const char *p) {
  AstNode *m = e->m;
  const char *kind = elem_kind(m);
  tpf(t, "{ kind: \"%s\", name: ", kind);
  if (is_private(m))
    tpf(t, "\"#%s\"", m->a->str);
  else if (is_computed(m))
    tpf(t, "%sk%d", p, e->id);
  else
    tp(t, key_string(m));
  tpf(t, ", static: %s, private: %s, access: { ", is_static(m) ? "true" : "false",
      is_private(m) ? "true" : "false");
  bool get = m->op != AST_MEMBER_SETTER, set = m->op == AST_MEMBER_SETTER ||
                                                m->op == AST_MEMBER_FIELD;
  if (is_private(m)) {
    const char *n = m->a->str;
    tpf(t, "has: o => #%s in o", n);
    if (get)
      tpf(t, ", get: o => o.#%s", n);
    if (set)
      tpf(t, ", set: (o, v) => { o.#%s = v; }", n);
  } else {
#define KEY()                                                                  \
  do {                                                                         \
    if (is_computed(m))                                                        \
      tpf(t, "%sk%d", p, e->id);                                               \
    else                                                                       \
      tp(t, key_string(m));                                                    \
  } while (0)
    tpf(t, "has: o => ");
    KEY();
    tpf(t, " in o");
    if (get) {
      tpf(t, ", get: o => o[");
      KEY();
      tpf(t, "]");
    }
    if (set) {
      tpf(t, ", set: (o, v) => { o[");
      KEY();
      tpf(t, "] = v; }");
    }
#undef KEY
  }
  tpf(t, " }, metadata: %smeta }", p);
}

// One class being lowered with TC39 decorators.
typedef struct Tc39 {
  Dx *x;
  AstNode *cls;
  Elem *es;
  int n;
  char p[32];       // prefix of its temporaries
  bool class_deco;  // the class itself is decorated
  bool any_static_method, any_inst_method;  // decorated non-field elements
  const char *this_s;  // `this` for static initializers
  const char *var;     // the IIFE's variable holding the class
  Tpl t;
} Tc39;

// Checks the elements and gives each an id.
static void tc39_elements(Tc39 *c) {
  for (int i = 0; i < c->n; i++) {
    AstNode *m = c->cls->list.items[i];
    c->es[i] = (Elem){m, c->x->serial++, m->list.len > 0};
    if (params_decorated(m))
      for (int j = 0; j < m->b->list.len; j++)
        if (m->b->list.items[j]->list2.len) {
          error_at(c->x, m->b->list.items[j]->list2.items[0]->span,
                   "decorators are not valid on parameters without "
                   "experimentalDecorators (kiln --experimental-decorators)");
          break;
        }
    if (c->es[i].deco && (m->op == AST_MEMBER_STATIC_BLOCK || is_ctor(m)))
      error_at(c->x, m->list.items[0]->span, "Decorators are not valid here.");
    if (c->es[i].deco && (m->op != AST_MEMBER_FIELD || is_accessor(m))) {
      if (is_static(m))
        c->any_static_method = true;
      else
        c->any_inst_method = true;
    }
  }
}

static void tp_list(Tpl *t, AstList *l) {
  for (int i = 0; i < l->len; i++) {
    tpf(t, i ? ", " : "");
    tp(t, l->items[i]);
  }
}

// Before the class, in source order: class decorators, the heritage, each
// element's decorators and computed key (kept in a temporary).
static void tc39_prologue(Tc39 *c) {
  Tpl *t = &c->t;
  const char *p = c->p;
  if (c->class_deco) {
    tpf(t, "let %scd = [", p);
    tp_list(t, &c->cls->list2);
    tpf(t, "];\nlet %scdesc, %scinit = [];\n", p, p);
  }
  tpf(t, "let %scthis;\n", p);
  if (c->cls->a) {
    tpf(t, "let %ssuper = ", p);
    tp(t, c->cls->a);
    tpf(t, ";\n");
  }
  tpf(t, "let %ssinit = [], %siinit = [];\n", p, p);
  for (int i = 0; i < c->n; i++) {
    Elem *e = &c->es[i];
    AstNode *m = e->m;
    if (e->deco) {
      tpf(t, "let %sd%d = [", p, e->id);
      tp_list(t, &m->list);
      tpf(t, "], %si%d = [], %se%d = [], %sx%d;\n", p, e->id, p, e->id, p, e->id);
    }
    if (is_computed(m) && m->op != AST_MEMBER_STATIC_BLOCK) {
      tpf(t, "let %sk%d = __kiln_dec_key(", p, e->id);
      tp(t, m->a);
      tpf(t, ");\n");
      m->a = ast_ident(m->a->span, arena_printf("%sk%d", p, e->id));
    }
  }
}

// The call that decorates element [e].
static void tc39_apply(Tc39 *c, Elem *e) {
  Tpl *t = &c->t;
  const char *p = c->p;
  AstNode *m = e->m;
  bool field = m->op == AST_MEMBER_FIELD;
  const char *extras = field ? arena_printf("%se%d", p, e->id)
                             : arena_printf("%s%cinit", p, is_static(m) ? 's' : 'i');
  const char *inits = field ? arena_printf("%si%d", p, e->id) : "null";
  if (field && !is_accessor(m)) {
    tpf(t, "__kiln_dec_apply(null, null, ");
  } else if (!is_private(m)) {
    tpf(t, "__kiln_dec_apply(this, null, ");
  } else if (is_accessor(m)) {
    tpf(t, "__kiln_dec_apply(this, %sx%d = { get: __kiln_dec_name(function () { "
           "return this.#__kiln_a%d; }, \"#%s\", \"get\"), set: __kiln_dec_name("
           "function (v) { this.#__kiln_a%d = v; }, \"#%s\", \"set\") }, ",
        p, e->id, e->id, m->a->str, e->id, m->a->str);
  } else {
    // The private method's function goes into the descriptor; the element
    // becomes a getter reading it (tc39_members).
    bool method = m->op == AST_MEMBER_METHOD;
    const char *slot = m->op == AST_MEMBER_GETTER ? "get" : !method ? "set" : "value";
    tpf(t, "__kiln_dec_apply(this, %sx%d = { %s: __kiln_dec_name(", p, e->id, slot);
    tp(t, m->b);
    if (method)
      tpf(t, ", \"#%s\") }, ", m->a->str);
    else
      tpf(t, ", \"#%s\", \"%s\") }, ", m->a->str, slot);
  }
  tpf(t, "%sd%d, ", p, e->id);
  tc39_context(t, e, p);
  tpf(t, ", %s, %s);\n", inits, extras);
}

// The first static blocks: the class's name from its context, the class
// kept, then the decoration (static methods and accessors, instance ones,
// static fields, instance fields, the class) and the metadata.
static void tc39_decorate_block(Tc39 *c, const char *ctx_name) {
  Tpl *t = &c->t;
  const char *p = c->p;
  if (!c->cls->str && ctx_name) {
    tpf(t, "static { __kiln_dec_name(this, ");
    tp(t, str_node(ctx_name, strlen(ctx_name), c->cls->span));
    tpf(t, "); }\n");
  }
  tpf(t, "static { %scthis = this; }\n", p);
  tpf(t, "static {\nconst %smeta = typeof Symbol === \"function\" && Symbol.metadata ? "
         "Object.create(%s) : void 0;\n",
      p, c->cls->a ? arena_printf("%ssuper[Symbol.metadata] ?? null", p) : "null");
  for (int pass = 0; pass < 4; pass++) {
    bool want_static = pass == 0 || pass == 2, want_field = pass >= 2;
    for (int i = 0; i < c->n; i++) {
      Elem *e = &c->es[i];
      AstNode *m = e->m;
      if (e->deco && is_static(m) == want_static &&
          (m->op == AST_MEMBER_FIELD && !is_accessor(m)) == want_field &&
          m->op != AST_MEMBER_STATIC_BLOCK && !is_ctor(m))
        tc39_apply(c, e);
    }
  }
  if (c->class_deco) {
    tpf(t, "__kiln_dec_apply(null, %scdesc = { value: %scthis }, %scd, { kind: \"class\", "
           "name: %scthis.name, metadata: %smeta }, null, %scinit);\n",
        p, p, p, p, p, p);
    tpf(t, "%s = %scthis = %scdesc.value;\n", c->var, p, p);
  }
  tpf(t, "if (%smeta) Object.defineProperty(%s, Symbol.metadata, { enumerable: true, "
         "configurable: true, writable: true, value: %smeta });\n}\n",
      p, c->this_s, p);
  if (c->any_static_method)
    tpf(t, "static { __kiln_dec_run(%s, %ssinit); }\n", c->this_s, p);
  if (c->any_inst_method)
    tpf(t, "#__kiln_ii = __kiln_dec_run(this, %siinit);\n", p);
}

// A field or `accessor` field: its initializers, and its extra
// initializers right after it (a private field that only runs them).
static void tc39_field(Tc39 *c, Elem *e) {
  Tpl *t = &c->t;
  const char *p = c->p;
  AstNode *m = e->m;
  const char *self = is_static(m) ? c->this_s : "this";
  AstNode *init = m->b;
  if (e->deco) {
    Tpl it = {0};
    tpf(&it, "__kiln_dec_run(%s, %si%d, ", self, p, e->id);
    if (init)
      tp(&it, init);
    else
      tpf(&it, "void 0");
    tpf(&it, ");");
    init = tpl_expr(c->x, &it, m->span);
  }
  if (is_accessor(m)) {
    AstList acc = {0};
    char *store = arena_printf("__kiln_a%d", e->id);
    expand_accessor(c->x, &acc, m, init, store, m->a,
                    e->deco && is_private(m) ? arena_printf("%sx%d", p, e->id) : NULL);
    for (int j = 0; j < acc.len; j++)
      tp_member(t, acc.items[j]);
  } else {
    m->b = init;
    tp_member(t, m);
  }
  if (e->deco)
    tpf(t, "%s#__kiln_e%d = __kiln_dec_run(%s, %se%d);\n", is_static(m) ? "static " : "",
        e->id, self, p, e->id);
}

// The elements, in their order.
static void tc39_members(Tc39 *c) {
  Tpl *t = &c->t;
  const char *p = c->p;
  for (int i = 0; i < c->n; i++) {
    Elem *e = &c->es[i];
    AstNode *m = e->m;
    m->list = (AstList){0};
    const char *st = is_static(m) ? "static " : "";
    if (m->op == AST_MEMBER_FIELD) {
      tc39_field(c, e);
    } else if (e->deco && is_private(m)) {
      const char *nm = m->a->str;
      if (m->op == AST_MEMBER_METHOD)
        tpf(t, "%sget #%s() { return %sx%d.value; }\n", st, nm, p, e->id);
      else if (m->op == AST_MEMBER_GETTER)
        tpf(t, "%sget #%s() { return %sx%d.get.call(this); }\n", st, nm, p, e->id);
      else
        tpf(t, "%sset #%s(v) { return %sx%d.set.call(this, v); }\n", st, nm, p, e->id);
    } else {
      tp_member(t, m);
    }
  }
}

// The arrow IIFE that replaces class [cls]; [ctx_name]: the name its
// context gives an anonymous class, or NULL.
static AstNode *lower_tc39(Dx *x, AstNode *cls, const char *ctx_name) {
  Tc39 c = {.x = x, .cls = cls, .n = cls->list.len, .class_deco = cls->list2.len > 0};
  snprintf(c.p, sizeof c.p, "__kiln_d%d_", x->serial++);
  c.es = arena_alloc(sizeof(Elem) * (size_t)(c.n ? c.n : 1));
  c.this_s = c.class_deco ? arena_printf("%scthis", c.p) : "this";
  c.var = cls->str ? cls->str : arena_printf("%sclass", c.p);
  tc39_elements(&c);
  Tpl *t = &c.t;
  tpf(t, "(() => {\n");
  tc39_prologue(&c);
  // Without class decorators the class keeps its own name, so its static
  // initializers see it; with them, the var is set to the decorated class
  // before they run.
  bool own_name = cls->str && !c.class_deco;
  tpf(t, "var %s = %sclass%s%s", c.var, cls->str ? "" : "(0, ", own_name ? " " : "",
      own_name ? cls->str : "");
  if (cls->a)
    tpf(t, " extends %ssuper", c.p);
  tpf(t, " {\n");
  tc39_decorate_block(&c, ctx_name);
  tc39_members(&c);
  if (c.class_deco)
    tpf(t, "static { __kiln_dec_run(%scthis, %scinit); }\n", c.p, c.p);
  tpf(t, "}%s;\n", cls->str ? "" : ")");
  if (c.class_deco)
    tpf(t, "return %s = %scthis;\n", c.var, c.p);
  else
    tpf(t, "return %s;\n", c.var);
  tpf(t, "})();");
  cls->list2 = (AstList){0};
  x->used_tc39 = true;
  return tpl_expr(x, t, cls->span);
}

// --- TypeScript experimentalDecorators ---

static void legacy_decorators(Tpl *t, AstNode *m_or_cls, AstNode *fn) {
  bool first = true;
  for (int i = 0; i < m_or_cls->list2.len && m_or_cls->kind != AST_CLASS_MEMBER; i++) {
    tpf(t, first ? "" : ", ");
    first = false;
    tp(t, m_or_cls->list2.items[i]);
  }
  if (m_or_cls->kind == AST_CLASS_MEMBER)
    for (int i = 0; i < m_or_cls->list.len; i++) {
      tpf(t, first ? "" : ", ");
      first = false;
      tp(t, m_or_cls->list.items[i]);
    }
  if (!fn)
    return;
  for (int i = 0; i < fn->list.len; i++) {
    AstNode *prm = fn->list.items[i];
    for (int j = 0; j < prm->list2.len; j++) {
      tpf(t, first ? "" : ", ");
      first = false;
      tpf(t, "__kiln_lparam(%d, ", i);
      tp(t, prm->list2.items[j]);
      tpf(t, ")");
    }
    prm->list2 = (AstList){0};
  }
}

// Renames identifier [from] to [to] everywhere under [n] (declarations
// too, so shadowing stays consistent).
static void rename_idents(AstNode *n, const char *from, const char *to) {
  if (!n)
    return;
  if (n->kind == AST_IDENT && n->str && strcmp(n->str, from) == 0) {
    n->str = to;
    n->len = strlen(to);
  }
  rename_idents(n->a, from, to);
  rename_idents(n->b, from, to);
  rename_idents(n->c, from, to);
  rename_idents(n->d, from, to);
  for (int i = 0; i < n->list.len; i++)
    rename_idents(n->list.items[i], from, to);
  for (int i = 0; i < n->list2.len; i++)
    rename_idents(n->list2.items[i], from, to);
}

// A named type (front/ast_build_func.c: `(typeof X === "function" ? X :
// Object)`) is looked at when the class is defined: a class gives itself,
// an enum (imported: kiln cannot see its members) Number, String or Object
// as tsc writes it (__kiln_ltype), anything else Object.
static const char *design_or(const char *t, const char *dflt) {
  static const char head[] = "(typeof ";
  if (!t)
    return dflt;
  if (strncmp(t, head, sizeof head - 1) != 0)
    return t;
  const char *w = t + sizeof head - 1;
  const char *end = strchr(w, ' ');
  if (!end || memchr(w, '.', (size_t)(end - w)))
    return t;
  int n = (int)(end - w);
  return arena_printf("__kiln_ltype(typeof %.*s === \"function\" || typeof %.*s === "
                      "\"object\" ? %.*s : void 0)",
                      n, w, n, w, n, w);
}

static void param_types(Tpl *t, AstNode *fn) {
  tpf(t, "[");
  for (int i = 0; fn && i < fn->list.len; i++)
    tpf(t, "%s%s", i ? ", " : "", design_or(fn->list.items[i]->raw, "Object"));
  tpf(t, "]");
}

// emitDecoratorMetadata: tsc's design:type, design:paramtypes and
// design:returntype entries, after the decorators of member [m] (NULL: of
// the class, whose constructor is [ctor]).
static void legacy_metadata(Dx *x, Tpl *t, AstNode *m, AstNode *ctor) {
  if (!x->metadata)
    return;
  const char *sep = ", ";
  if (!m) {
    if (ctor) {
      tpf(t, "%s__kiln_lmeta(\"design:paramtypes\", ", sep);
      param_types(t, ctor->b);
      tpf(t, ")");
    }
    return;
  }
  AstNode *fn = m->op == AST_MEMBER_FIELD ? NULL : m->b;  // `accessor`: a field
  const char *type = "Function";
  if (m->op == AST_MEMBER_FIELD)
    type = design_or(m->raw, "Object");
  else if (m->op == AST_MEMBER_GETTER)
    type = design_or(fn->raw, "Object");
  else if (m->op == AST_MEMBER_SETTER)
    type = design_or(fn->list.len ? fn->list.items[0]->raw : NULL, "Object");
  tpf(t, "%s__kiln_lmeta(\"design:type\", %s)", sep, type);
  if (fn) {
    tpf(t, "%s__kiln_lmeta(\"design:paramtypes\", ", sep);
    param_types(t, fn);
    tpf(t, ")");
  }
  if (m->op == AST_MEMBER_METHOD)
    tpf(t, "%s__kiln_lmeta(\"design:returntype\", %s)", sep,
        design_or(fn->raw, (fn->flags & AST_F_ASYNC) ? "Promise" : "void 0"));
}

// Statements replacing statement [s], which declares class [cls]:
// `class C {}` (kept) or `[export] let C = class C {}` when the class itself
// is decorated, then the calls; `export { C as default }` for a default
// export that had to become a `let`.
static void lower_legacy(Dx *x, AstNode *s, AstNode *cls, AstList *out) {
  bool exported = s->kind == AST_EXPORT, dflt = exported && (s->flags & AST_F_DEFAULT);
  int cid = x->serial++;
  char p[32];
  snprintf(p, sizeof p, "__kiln_l%d_", cid);
  AstNode *ctor = NULL;
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (is_ctor(m))
      ctor = m;
    if ((m->list.len || params_decorated(m)) &&
        (is_private(m) || m->op == AST_MEMBER_STATIC_BLOCK || (is_ctor(m) && m->list.len)))
      error_at(x, m->span, "Decorators are not valid here.");
    if (is_accessor(m) && is_computed(m))
      error_at(x, m->span, "kiln does not support computed `accessor` field names with "
                           "experimentalDecorators yet");
  }
  bool class_deco = cls->list2.len || (ctor && params_decorated(ctor));
  bool as_let = class_deco || !cls->str;
  const char *name = cls->str ? cls->str : "default_1";
  Tpl t = {0};
  int nkeys = 0;
  // Computed keys of decorated members are kept for the calls.
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (!is_computed(m) || !(m->list.len || params_decorated(m)))
      continue;
    nkeys++;
    tpf(&t, "let %sk%d;\n", p, i);
    Tpl kt = {0};
    tpf(&kt, "(%sk%d = ", p, i);
    tp(&kt, m->a);
    tpf(&kt, ");");
    m->a = tpl_expr(x, &kt, m->a->span);
  }
  const char *self = arena_printf("%sself", p);
  if (as_let) {
    // The class's own references go through a variable set to the class
    // before its static elements run and to the decorated class after (tsc's
    // C_1).
    cls->kind = AST_CLASS_EXPR;
    if (cls->str) {
      for (int i = 0; i < cls->list.len; i++)
        rename_idents(cls->list.items[i], cls->str, self);
    }
    tpf(&t, "var %s;\nlet %s = ", self, name);
    tp(&t, cls);
    tpf(&t, ";\n");
    nkeys++;  // the var
  }
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < cls->list.len; i++) {
      AstNode *m = cls->list.items[i];
      if (is_static(m) != (pass == 1) || is_ctor(m) || !(m->list.len || params_decorated(m)))
        continue;
      tpf(&t, "__kiln_ldec([");
      legacy_decorators(&t, m, m->op == AST_MEMBER_FIELD ? NULL : m->b);
      legacy_metadata(x, &t, m, NULL);
      tpf(&t, "], %s%s, ", name, is_static(m) ? "" : ".prototype");
      if (is_computed(m))
        tpf(&t, "%sk%d", p, i);
      else
        tp(&t, key_string(m));
      tpf(&t, ", %s);\n", m->op == AST_MEMBER_FIELD && !is_accessor(m) ? "void 0" : "null");
      m->list = (AstList){0};
    }
  if (class_deco) {
    tpf(&t, "%s = %s = __kiln_ldec([", name, self);
    legacy_decorators(&t, cls, ctor ? ctor->b : NULL);
    legacy_metadata(x, &t, NULL, ctor);
    tpf(&t, "], %s);\n", name);
  }
  cls->list2 = (AstList){0};
  AstList kept = {0};  // fields that stood only for their decorators go
  for (int i = 0; i < cls->list.len; i++)
    if (!(cls->list.items[i]->flags & AST_F_TS_DECO_ONLY))
      ast_list_push(&kept, cls->list.items[i]);
  cls->list = kept;
  x->used_legacy = true;
  lower_accessors_in_place(x, cls);
  if (as_let) {  // first of all: `static { C_1 = this; }`
    Tpl bt = {0};
    tpf(&bt, "(class { static { %s = this; } });", self);
    AstNode *c = tpl_expr(x, &bt, cls->span);
    if (c && c->list.len == 1) {
      AstList members = {0};
      ast_list_push(&members, c->list.items[0]);
      for (int i = 0; i < cls->list.len; i++)
        ast_list_push(&members, cls->list.items[i]);
      cls->list = members;
    }
  }
  if (!as_let)
    ast_list_push(out, s);
  AstList l = tpl_stmts(x, &t, cls->span);
  for (int i = 0; i < l.len; i++) {
    if (as_let && exported && !dflt && i == nkeys) {  // export let C = ...
      s->a = l.items[i];
      ast_list_push(out, s);
      continue;
    }
    ast_list_push(out, l.items[i]);
  }
  if (as_let && dflt) {
    AstNode *e = ast_new(AST_EXPORT, cls->span);
    AstNode *sp = ast_new(AST_EXPORT_SPEC, cls->span);
    sp->str = name;
    sp->len = strlen(name);
    sp->raw = "default";
    sp->raw_len = 7;
    ast_list_push(&e->list, sp);
    ast_list_push(out, e);
  }
}

// --- the walk ---

static void walk(Dx *x, AstNode *n);

static void walk_list(Dx *x, AstList *l) {
  for (int i = 0; i < l->len; i++)
    walk(x, l->items[i]);
}

static void clear_decorators_error(Dx *x, AstNode *cls) {
  SrcSpan at = cls->list2.len ? cls->list2.items[0]->span : cls->span;
  for (int i = 0; i < cls->list.len && !cls->list2.len; i++)
    if (cls->list.items[i]->list.len) {
      at = cls->list.items[i]->list.items[0]->span;
      break;
    }
  error_at(x, at, "Decorators are not valid here.");
}

// A class expression (or anonymous default-exported class declaration).
static AstNode *lower_class_expr(Dx *x, AstNode *cls, const char *name) {
  if (x->legacy) {
    clear_decorators_error(x, cls);
    return NULL;
  }
  return lower_tc39(x, cls, name);
}

// One statement of a statement list, lowered into [out].
static void lower_stmt(Dx *x, AstNode *s, AstList *out) {
  walk(x, s);
  AstNode *cls = NULL;
  bool exported = false, dflt = false;
  if (s->kind == AST_CLASS_DECL) {
    cls = s;
  } else if (s->kind == AST_EXPORT && s->a && s->a->kind == AST_CLASS_DECL) {
    cls = s->a;
    exported = true;
    dflt = (s->flags & AST_F_DEFAULT) != 0;
  }
  int need = cls ? class_needs(cls) : 0;
  if (need == 1)
    lower_accessors_in_place(x, cls);
  if (need < 2) {
    ast_list_push(out, s);
    return;
  }
  if (x->legacy) {
    lower_legacy(x, s, cls, out);
    return;
  }
  if (dflt && !cls->str) {
    AstNode *e = lower_tc39(x, cls, "default");
    if (e)
      s->a = e;
    ast_list_push(out, s);
    return;
  }
  AstNode *e = lower_tc39(x, cls, NULL);
  if (!e)
    return;
  AstNode *decl = ast_new(AST_VAR_DECL, cls->span);
  decl->op = AST_LET;
  AstNode *d = ast_new(AST_DECLARATOR, cls->span);
  AstNode *id = ast_new(AST_IDENT, cls->span);
  id->str = cls->str;
  id->len = cls->len;
  d->a = id;
  d->b = e;
  ast_list_push(&decl->list, d);
  if (dflt) {
    ast_list_push(out, decl);
    AstNode *ex = ast_new(AST_EXPORT, cls->span);
    AstNode *sp = ast_new(AST_EXPORT_SPEC, cls->span);
    sp->str = cls->str;
    sp->len = cls->len;
    sp->raw = "default";
    sp->raw_len = 7;
    ast_list_push(&ex->list, sp);
    ast_list_push(out, ex);
  } else if (exported) {
    s->a = decl;
    ast_list_push(out, s);
  } else {
    ast_list_push(out, decl);
  }
}

static void walk_stmts(Dx *x, AstList *l) {
  AstList out = {0};
  for (int i = 0; i < l->len; i++)
    lower_stmt(x, l->items[i], &out);
  *l = out;
}

static void name_hint(Dx *x, AstNode *target, AstNode *value) {
  if (value && value->kind == AST_CLASS_EXPR && !value->str && target &&
      (target->kind == AST_IDENT || target->kind == AST_STRING)) {
    x->name_for = value;
    x->name = target->str;
  }
}

static void walk(Dx *x, AstNode *n) {
  if (!n)
    return;
  const char *hint = x->name_for == n ? x->name : NULL;
  switch (n->kind) {
  case AST_PROGRAM:
  case AST_BLOCK:
  case AST_CASE:
    walk(x, n->a);
    walk_stmts(x, &n->list);
    return;
  case AST_DECLARATOR:
  case AST_ASSIGN_PATTERN: name_hint(x, n->a, n->b); break;
  case AST_ASSIGN:
    if (n->op == AST_OP_ASSIGN || n->op == AST_OP_AND || n->op == AST_OP_OR ||
        n->op == AST_OP_NULLISH)
      name_hint(x, n->a, n->b);
    break;
  case AST_PROPERTY:
    if (n->op == AST_PROP_INIT && !(n->flags & AST_F_COMPUTED))
      name_hint(x, n->a, n->b);
    break;
  case AST_FUNC_DECL:
  case AST_FUNC_EXPR:
  case AST_ARROW:  // parameter decorators outside class methods
    for (int i = 0; n != x->method_fn && i < n->list.len; i++)
      if (n->list.items[i]->list2.len) {
        error_at(x, n->list.items[i]->list2.items[0]->span, "Decorators are not valid here.");
        break;
      }
    break;
  case AST_CLASS_MEMBER:  // `x = class {}`, `#x = class {}`
    if (n->op != AST_MEMBER_FIELD && n->op != AST_MEMBER_STATIC_BLOCK)
      x->method_fn = n->b;
    if (n->op == AST_MEMBER_FIELD && !(n->flags & AST_F_COMPUTED) && n->a) {
      name_hint(x, n->a, n->b);
      if (n->a->kind == AST_PRIVATE_NAME && n->b && n->b->kind == AST_CLASS_EXPR &&
          !n->b->str) {
        x->name_for = n->b;
        x->name = arena_printf("#%s", n->a->str);
      }
    }
    break;
  default: break;
  }
  walk(x, n->a);
  walk(x, n->b);
  walk(x, n->c);
  walk(x, n->d);
  walk_list(x, &n->list);
  walk_list(x, &n->list2);
  if (n->kind == AST_CLASS_EXPR) {
    int need = class_needs(n);
    if (need == 1) {
      lower_accessors_in_place(x, n);
    } else if (need == 2) {
      AstNode *e = lower_class_expr(x, n, hint);
      if (e)
        *n = *e;
    }
  }
}

// Whether any class under [n] has decorators or `accessor` fields (most
// programs have none: they are left untouched).
static bool has_work(const AstNode *n) {
  if (!n)
    return false;
  if ((n->kind == AST_CLASS_DECL || n->kind == AST_CLASS_EXPR) && class_needs(n))
    return true;
  if (n->kind == AST_FUNC_DECL || n->kind == AST_FUNC_EXPR || n->kind == AST_ARROW)
    for (int i = 0; i < n->list.len; i++)
      if (n->list.items[i]->list2.len)  // parameter decorators
        return true;
  if (has_work(n->a) || has_work(n->b) || has_work(n->c) || has_work(n->d))
    return true;
  for (int i = 0; i < n->list.len; i++)
    if (has_work(n->list.items[i]))
      return true;
  for (int i = 0; i < n->list2.len; i++)
    if (has_work(n->list2.items[i]))
      return true;
  return false;
}

bool lower_decorators(AstNode *program, Source *src, bool legacy, bool metadata) {
  if (!has_work(program))
    return true;
  Dx x = {.src = src, .legacy = legacy, .metadata = legacy && metadata, .ok = true};
  walk(&x, program);
  if (x.ok)
    append_helpers(&x, program);
  return x.ok;
}
