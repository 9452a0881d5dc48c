// SPDX-License-Identifier: MIT
//
// lower.c: AST (after resolve_scopes) -> IR.
//
// Each JS function becomes one IrFunc. Closure conversion happens here:
// bindings the resolver marked captured live in heap environments (one
// JsEnv per scope that has any, created when the scope is entered; loops
// copy theirs per iteration), everything else is an IR local. Exceptions
// are values: every instruction that may throw names the label of its
// handler (the innermost catch, finally or iterator-close landing pad, else
// the function's exit). `finally` blocks are emitted again on every path
// that leaves them (normal, exception, break/continue/return), which keeps
// the IR free of completion records.
#include "ir.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../pass/pass.h"
#include "../../runtime/include/kiln.h"

enum { CTL_LOOP, CTL_SWITCH, CTL_BLOCK, CTL_FINALLY, CTL_ITER };

typedef struct Ctl {
  int kind;
  AstList *labels;     // label names (AST_LABELED nodes) that name this entry
  int brk, cont;
  AstNode *finally_block;
  int iter;            // CTL_ITER: iterator register
  int outer_handler;   // handler active outside this entry
  Scope *scope;        // scope outside this entry
  int env;
} Ctl;

typedef struct Lower {
  IrModule *m;
  IrFunc *f;
  Source *src;
  SrcSpan pos;         // JS position of the operation being lowered (stack frames)
  const LowerOptions *opt;
  AstNode *fnode;
  Scope *fscope;
  Scope *scope;        // current scope
  int env;             // current env register, -1 = the function's outer env
  int handler;         // current exception handler label
  Ctl ctl[256];
  int nctl;
  AstList *pending_labels;
  int opt_short;       // optional chain: label that yields undefined, -1 if none
  AstNode *pattern_source;  // initializer of the pattern being bound (messages)
  bool strict;
  int errors;
  int module_env;      // ES module program scope: 1 create its env, 2 load it
  int ret_label;       // constructible function: its shared return block
  int ret_reg;         // ... and the value returned there (0: none yet)
} Lower;

static int expr(Lower *L, AstNode *n);
static void stmt(Lower *L, AstNode *n);
static IrFunc *lower_function(Lower *P, AstNode *fn, const char *name,
                              uint32_t flags, int ctor_kind);
static void assign_pattern(Lower *L, AstNode *t, int val, bool init);
static void export_stmt(Lower *L, AstNode *n);

// ---------------------------------------------------------------------------
// Emission helpers
// ---------------------------------------------------------------------------

static void unsupported(Lower *L, AstNode *n, const char *what) {
  diag_error_as(L->src, n->span, NULL, "%s is not supported yet", what);
  L->errors++;
}

static IrInst *emit(Lower *L, IrOp op) {
  IrInst *i = ir_emit(L->f, op);
  i->handler = L->handler;
  i->span = L->pos;
  return i;
}

// --- Positions for stack frames (V8's): a call is at its callee's last
// token when that is a name (`f()`, `o.m()`), else at its `(`; a property
// read at the property name (`[` for o[k]); `new` at `new`.
static void pos_at(Lower *L, uint32_t offset) {
  if (offset <= L->src->len)
    L->pos = source_span(L->src, offset, offset);
}

// The offset of the first [c] at or after [from] (the callee's end).
static uint32_t find_char(Lower *L, uint32_t from, char c) {
  const char *t = L->src->text;
  for (uint32_t i = from; i < L->src->len; i++)
    if (t[i] == c)
      return i;
  return from;
}

static void member_pos(Lower *L, AstNode *n) {
  if (n->kind == AST_MEMBER && n->b)
    pos_at(L, n->b->span.start);
  else if (n->kind == AST_MEMBER && n->str && n->span.end >= strlen(n->str))
    pos_at(L, n->span.end - (uint32_t)strlen(n->str));
  else if (n->kind == AST_INDEX)
    pos_at(L, find_char(L, n->a->span.end, '['));
}

static void call_pos(Lower *L, AstNode *call) {
  AstNode *callee = call->a;
  uint32_t after = callee->span.end;  // `(o.m)()`: the AST has no parentheses
  while (after < L->src->len && (L->src->text[after] == ' ' || L->src->text[after] == '\t'))
    after++;
  bool paren = after < L->src->len && L->src->text[after] == ')';
  if (paren)
    pos_at(L, find_char(L, after, '('));
  else if (callee->kind == AST_IDENT)
    pos_at(L, callee->span.start);
  else if (callee->kind == AST_MEMBER)
    member_pos(L, callee);
  else
    pos_at(L, find_char(L, callee->span.end, '('));
}

static int reg(Lower *L) { return ir_new_reg(L->f); }
static int label(Lower *L) { return ir_new_label(L->f); }

static void place(Lower *L, int lab) { emit(L, IR_LABEL)->label = lab; }
static void jump(Lower *L, int lab) { emit(L, IR_JMP)->label = lab; }

static void branch(Lower *L, IrOp op, int r, int t, int f) {
  IrInst *i = emit(L, op);
  i->a = r;
  i->label = t;
  i->label2 = f;
}

static int const_special(Lower *L, int v) {
  IrInst *i = emit(L, IR_CONST_SPECIAL);
  i->dst = reg(L);
  i->imm = v;
  return i->dst;
}
static int undef(Lower *L) { return const_special(L, (int)JS_UNDEFINED); }

static int const_num(Lower *L, double d) {
  IrInst *i = emit(L, IR_CONST_NUM);
  i->dst = reg(L);
  i->num = d;
  return i->dst;
}

static int atom_index(Lower *L, const char *s, size_t len) {
  return ir_atom(L->m, s, len);
}

static int const_atom(Lower *L, const char *s, size_t len) {
  IrInst *i = emit(L, IR_CONST_ATOM);
  i->dst = reg(L);
  i->imm = atom_index(L, s, len);
  return i->dst;
}
static int const_cstr(Lower *L, const char *s) { return const_atom(L, s, strlen(s)); }

static void mov(Lower *L, int dst, int src) {
  IrInst *i = emit(L, IR_MOV);
  i->dst = dst;
  i->a = src;
}

// A runtime helper call: dst = helper(args..., immediates...). Returns
// dst (-1 for a helper that returns nothing).
static IrInst *rt_inst(Lower *L, IrHelper h, int nargs, const int *args) {
  IrInst *i = emit(L, IR_CALL_RT);
  i->helper = h;
  // A helper without a result still takes a register number, so that the
  // registers (and the emitted C) are numbered as before the IR had types.
  i->dst = reg(L);
  if (ir_helper_info[h].flags & HF_VOID)
    i->dst = -1;
  i->may_throw = ir_helper_info[h].throws;
  i->nargs = nargs;
  if (nargs) {
    i->args = arena_alloc(sizeof(int) * nargs);
    memcpy(i->args, args, sizeof(int) * nargs);
  }
  return i;
}
static int rtv(Lower *L, IrHelper h, int nargs, const int *args) {
  return rt_inst(L, h, nargs, args)->dst;
}
static int rt0(Lower *L, IrHelper h) { return rtv(L, h, 0, NULL); }
static int rt1(Lower *L, IrHelper h, int a) { return rtv(L, h, 1, &a); }
static int rt2(Lower *L, IrHelper h, int a, int b) { return rtv(L, h, 2, (int[]){a, b}); }
static int rt3(Lower *L, IrHelper h, int a, int b, int c) {
  return rtv(L, h, 3, (int[]){a, b, c});
}
static int rt4(Lower *L, IrHelper h, int a, int b, int c, int d) {
  return rtv(L, h, 4, (int[]){a, b, c, d});
}

static IrImm imm_int(int v) { return (IrImm){.kind = IMM_INT, .i = v}; }
static IrImm imm_bool(bool v) { return (IrImm){.kind = IMM_BOOL, .i = v}; }
// A string immediate; NULL stands for no string.
static IrImm imm_str(const char *s) {
  return (IrImm){.kind = IMM_STR, .s = s, .len = s ? strlen(s) : 0};
}

// A helper call with one typed immediate after its registers.
static int rt_imm(Lower *L, IrHelper h, IrImm x, int nargs, const int *args) {
  IrInst *i = rt_inst(L, h, nargs, args);
  i->imms[0] = x;
  i->nimms = 1;
  return i->dst;
}

// dst = op(a, b, c): an operator (-1 for the operands it does not take).
static IrInst *op3(Lower *L, IrOp op, int a, int b, int c) {
  IrInst *i = emit(L, op);
  i->dst = reg(L);
  i->a = a;
  i->b = b;
  i->c = c;
  return i;
}
static int op1(Lower *L, IrOp op, int a) { return op3(L, op, a, -1, -1)->dst; }
static int op2(Lower *L, IrOp op, int a, int b) { return op3(L, op, a, b, -1)->dst; }

// obj[key] = v, as strict or sloppy code does.
static void set_elem(Lower *L, int obj, int key, int v) {
  IrInst *i = op3(L, IR_SET_ELEM, obj, key, v);
  i->imm = L->strict;
}

static void line(Lower *L, AstNode *n) {
  IrInst *i = emit(L, IR_LINE);
  i->span = n->span;
  L->pos = n->span;
}

// ---------------------------------------------------------------------------
// Scopes, environments and bindings
// ---------------------------------------------------------------------------

static int scope_env_size(Scope *s) {
  int n = 0;
  for (Binding *b = s->bindings; b; b = b->next)
    if (b->captured)
      n++;
  return n;
}

// Enters [s]: allocates its environment if it has captured bindings and
// puts lexical bindings in their TDZ.
static void enter_scope(Lower *L, Scope *s) {
  if (!s)
    return;
  L->scope = s;
  int n = scope_env_size(s);
  s->env_size = n;
  if (s->kind == SCOPE_PROGRAM && L->module_env) {
    // An ES module's environment outlives its body (imports read it).
    int slot = 0;
    for (Binding *b = s->bindings; b; b = b->next)
      if (b->captured)
        b->slot = slot++;
    int e = L->f->nenvs++;
    IrInst *i = emit(L, IR_MODULE_ENV);
    i->imm = e;
    i->imm2 = L->opt->module_index;
    i->b = L->module_env == 1;
    i->c = n;
    s->env_reg = e;
    L->env = e;
  } else if (n) {
    int slot = 0;
    for (Binding *b = s->bindings; b; b = b->next)
      if (b->captured)
        b->slot = slot++;
    int e = L->f->nenvs++;
    IrInst *i = emit(L, IR_NEW_ENV);
    i->imm = e;
    i->imm2 = L->env;
    i->c = n;
    s->env_reg = e;
    L->env = e;
  }
  for (Binding *b = s->bindings; b; b = b->next) {
    if (b->captured || b->kind == BIND_IMPORT)
      continue;  // js_new_env starts slots as JS_UNINIT
    if (b->local < 0 || b->local_owner != L->f) {
      b->local = ir_new_local(L->f, b->name);
      b->local_owner = L->f;
    }
    if (binding_is_lexical(b) || b->param_tdz) {
      int u = const_special(L, (int)JS_UNINIT);
      IrInst *i = emit(L, IR_STORE_LOCAL);
      i->imm = b->local;
      i->a = u;
    }
  }
}

static void leave_scope(Lower *L, Scope *s, Scope *outer, int outer_env) {
  (void)s;
  L->scope = outer;
  L->env = outer_env;
}

// Which env register (or -1 = outer + hops) reaches binding [b].
static void env_path(Lower *L, Binding *b, int *env_reg, int *hops) {
  Scope *target = b->scope;
  if (target->func == L->fscope) {
    *env_reg = target->env_reg;
    *hops = 0;
    return;
  }
  int h = 0;
  // Scopes outside this function, starting where the function was defined.
  Scope *s = L->fscope->parent;
  for (; s && s != target; s = s->parent)
    if (scope_env_size(s))
      h++;
  *env_reg = -1;
  *hops = h;
}

static int local_of(Lower *L, Binding *b) {
  if (b->local < 0 || b->local_owner != L->f) {
    b->local = ir_new_local(L->f, b->name);
    b->local_owner = L->f;
  }
  return b->local;
}

// An imported variable: a slot of the exporting module's environment, or
// that module's namespace object.
static int load_import(Lower *L, Binding *b) {
  if (b->import_ns)
    return rt_imm(L, IRH_MODULE_NAMESPACE, imm_int(b->import_module), 0,
                   NULL);
  IrInst *i = emit(L, IR_LOAD_MODVAR);
  i->dst = reg(L);
  i->imm = b->import_module;
  i->slot_ref = b->import_slot;
  return i->dst;
}

// Raw load of a binding's storage (no TDZ check).
static int load_raw(Lower *L, Binding *b) {
  if (b->kind == BIND_IMPORT)
    return load_import(L, b);
  if (b->captured) {
    IrInst *i = emit(L, IR_LOAD_ENV);
    i->dst = reg(L);
    env_path(L, b, &i->b, &i->imm);
    i->imm2 = b->slot;
    return i->dst;
  }
  IrInst *i = emit(L, IR_LOAD_LOCAL);
  i->dst = reg(L);
  i->imm = local_of(L, b);
  return i->dst;
}

static void store_raw(Lower *L, Binding *b, int v) {
  if (b->captured) {
    IrInst *i = emit(L, IR_STORE_ENV);
    i->a = v;
    env_path(L, b, &i->b, &i->imm);
    i->imm2 = b->slot;
    return;
  }
  IrInst *i = emit(L, IR_STORE_LOCAL);
  i->imm = local_of(L, b);
  i->a = v;
}

static bool needs_tdz(Binding *b) {
  if (b->kind == BIND_IMPORT)
    return b->import_tdz;
  return binding_is_lexical(b) || b->param_tdz ||
         (b->kind == BIND_THIS && b->scope->derived);
}

static void check_tdz(Lower *L, int v, const char *name) {
  IrInst *i = emit(L, IR_CHECK_TDZ);
  i->a = v;
  i->name = name;
  // The binding `this` of a derived constructor: not yet bound by super().
  i->imm = strcmp(name, "this") == 0 ? TDZ_THIS : TDZ_BINDING;
  i->may_throw = true;
}

static bool is_mapped(Lower *L, Binding *b) {
  return b->mapped_index >= 0 && b->scope == L->fscope && !L->f->coro;
}

static int load_binding(Lower *L, Binding *b) {
  if (is_mapped(L, b)) {
    int args = load_raw(L, scope_find_kind(b->scope, BIND_ARGUMENTS));
    int local = load_raw(L, b);
    return rt_imm(L, IRH_MAPPED_ARG_GET, imm_int(b->mapped_index), 2,
               (int[]){args, local});
  }
  int v = load_raw(L, b);
  if (needs_tdz(b))
    check_tdz(L, v, b->name);
  return v;
}

static int global_atom(Lower *L, const char *name) {
  return const_cstr(L, name);
}

// `with (o)`: an identifier first names a property of each enclosing with
// object that has it (HasProperty, minus @@unscopables). Emits the tests
// for the with scopes between [id] and its binding; each hit jumps to a
// block made by [hit] with the object register, then to [end].
typedef void (*WithHit)(Lower *L, AstNode *id, int obj, void *ctx);

static void with_dispatch(Lower *L, AstNode *id, WithHit hit, void *ctx, int end) {
  Scope *stop = id->binding ? id->binding->scope : NULL;
  for (Scope *s = id->scope; s && s != stop; s = s->parent) {
    if (!s->with_object)
      continue;
    int obj = load_raw(L, s->with_object);
    int has = rt2(L, IRH_WITH_HAS, obj, const_cstr(L, id->str));
    int yes = label(L), no = label(L);
    branch(L, IR_BR_TRUE, has, yes, no);
    place(L, yes);
    hit(L, id, obj, ctx);
    jump(L, end);
    place(L, no);
  }
}

typedef struct WithCtx {
  int res, this_r, val;
} WithCtx;

static void with_get_hit(Lower *L, AstNode *id, int obj, void *ctx) {
  WithCtx *w = ctx;
  mov(L, w->res, rt2(L, IRH_GET_PROP, obj, const_cstr(L, id->str)));
  if (w->this_r >= 0)
    mov(L, w->this_r, obj);
}

static void with_set_hit(Lower *L, AstNode *id, int obj, void *ctx) {
  WithCtx *w = ctx;
  rt_imm(L, IRH_SET_PROP, imm_bool(false), 3, (int[]){obj, const_cstr(L, id->str), w->val});
}

static void with_delete_hit(Lower *L, AstNode *id, int obj, void *ctx) {
  WithCtx *w = ctx;
  mov(L, w->res, rt_imm(L, IRH_DELETE_ELEM, imm_bool(false), 2, (int[]){obj, const_cstr(L, id->str)}));
}

static int load_ident_plain(Lower *L, AstNode *id);
static void store_ident_plain(Lower *L, AstNode *id, int v, bool init);

// Reads [id]; with [this_out], also the `this` a call through it gets.
static int load_ident_with(Lower *L, AstNode *id, int *this_out) {
  WithCtx w = {.res = reg(L), .this_r = this_out ? reg(L) : -1};
  if (this_out)
    mov(L, w.this_r, undef(L));
  int end = label(L);
  with_dispatch(L, id, with_get_hit, &w, end);
  mov(L, w.res, load_ident_plain(L, id));
  jump(L, end);
  place(L, end);
  if (this_out)
    *this_out = w.this_r;
  return w.res;
}

static void store_ident(Lower *L, AstNode *id, int v, bool init) {
  if (id->scope && !init) {
    WithCtx w = {.val = v};
    int end = label(L);
    with_dispatch(L, id, with_set_hit, &w, end);
    store_ident_plain(L, id, v, init);
    jump(L, end);
    place(L, end);
    return;
  }
  store_ident_plain(L, id, v, init);
}

// Stores into an identifier. [init]: this is the declaration's own
// initialization (no TDZ check, consts allowed).
static void store_ident_plain(Lower *L, AstNode *id, int v, bool init) {
  Binding *b = id->binding;
  if (!b) {
    int k = global_atom(L, id->str);
    int args[] = {k, v};
    bool strict = L->strict && !init;
    rt_imm(L, IRH_SET_GLOBAL, imm_bool(strict), 2, args);
    return;
  }
  if (!init) {
    if (needs_tdz(b))
      check_tdz(L, load_raw(L, b), b->name);
    if (binding_is_const(b) || b->kind == BIND_IMPORT) {
      rt0(L, IRH_THROW_CONST_ASSIGN);
      return;
    }
    if (b->kind == BIND_FUNC_NAME) {
      if (L->strict)
        rt0(L, IRH_THROW_CONST_ASSIGN);
      return;
    }
  }
  store_raw(L, b, v);
  if (!init && is_mapped(L, b)) {
    int args = load_raw(L, scope_find_kind(b->scope, BIND_ARGUMENTS));
    rt_imm(L, IRH_MAPPED_ARG_SET, imm_int(b->mapped_index), 2,
        (int[]){args, v});
  }
}

static int load_ident(Lower *L, AstNode *id) {
  if (id->scope)
    return load_ident_with(L, id, NULL);
  return load_ident_plain(L, id);
}

static int load_ident_plain(Lower *L, AstNode *id) {
  if (id->binding)
    return load_binding(L, id->binding);
  if (strcmp(id->str, "undefined") == 0)
    return undef(L);
  if (strcmp(id->str, "NaN") == 0)
    return const_num(L, NAN);
  if (strcmp(id->str, "Infinity") == 0)
    return const_num(L, INFINITY);
  return rt1(L, IRH_GET_GLOBAL, global_atom(L, id->str));
}

// ---------------------------------------------------------------------------
// Functions and closures
// ---------------------------------------------------------------------------

static int param_count(AstNode *fn) {
  int n = 0;
  for (int i = 0; i < fn->list.len; i++) {
    AstNode *p = fn->list.items[i];
    if (p->kind == AST_ASSIGN_PATTERN || p->kind == AST_REST)
      break;
    n++;
  }
  return n;
}

static int closure(Lower *L, IrFunc *f, const char *name) {
  IrInst *i = emit(L, IR_CLOSURE);
  i->dst = reg(L);
  i->imm = f->id;
  i->imm2 = L->env;
  i->c = atom_index(L, name ? name : "", name ? strlen(name) : 0);
  return i->dst;
}

static bool is_anonymous_fn(AstNode *n) {
  return n && (n->kind == AST_ARROW ||
               ((n->kind == AST_FUNC_EXPR || n->kind == AST_CLASS_EXPR) && !n->str));
}

static int class_expr(Lower *L, AstNode *cls, const char *name);

// A function expression/arrow value; [name] names anonymous ones.
static int function_value(Lower *L, AstNode *fn, const char *name) {
  if (fn->kind == AST_CLASS_EXPR)
    return class_expr(L, fn, fn->str ? fn->str : name);
  uint32_t flags = (fn->flags & AST_F_STRICT) ? JS_FN_STRICT : 0;
  int ctor_kind = 0;
  if (fn->kind == AST_ARROW) {
    flags |= JS_FN_ARROW;
  } else if (fn->flags & (AST_F_ASYNC | AST_F_GENERATOR)) {
    flags |= JS_FN_METHOD;  // not constructors
  } else {
    flags |= JS_FN_CONSTRUCTOR;
    ctor_kind = 1;
  }
  const char *nm = fn->str ? fn->str : name;
  Binding *self = fn->kind == AST_FUNC_EXPR ? fn->binding : NULL;
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  if (self)
    enter_scope(L, self->scope);
  IrFunc *f = lower_function(L, fn, nm, flags, ctor_kind);
  int c = closure(L, f, nm);
  if (self)
    store_raw(L, self, c);
  leave_scope(L, self ? self->scope : NULL, saved_scope, saved_env);
  return c;
}

static int method_value(Lower *L, AstNode *fn, const char *name, uint32_t extra) {
  uint32_t flags = JS_FN_METHOD | extra | ((fn->flags & AST_F_STRICT) ? JS_FN_STRICT : 0);
  IrFunc *f = lower_function(L, fn, name, flags, 0);
  return closure(L, f, name);
}

// Function declarations are created when their scope is entered.
static void hoist_functions(Lower *L, AstList *stmts) {
  for (int i = 0; i < stmts->len; i++) {
    AstNode *n = stmts->items[i];
    if (n->kind == AST_EXPORT && n->a)
      n = n->a;
    if (n->kind != AST_FUNC_DECL)
      continue;
    int c = function_value(L, n, n->str ? n->str : "default");
    if (n->binding) {
      store_raw(L, n->binding, c);
    } else {
      int k = global_atom(L, n->str);
      bool eval = L->fnode && (L->fnode->flags & AST_F_EVAL);
      rt2(L, eval ? IRH_DECLARE_EVAL_FUNCTION : IRH_DECLARE_GLOBAL_FUNCTION, k, c);
    }
  }
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

// Text V8 uses for the callee in "x is not a function".
static void callee_text(StrBuf *b, AstNode *n) {
  switch (n->kind) {
  case AST_IDENT:
    sb_puts(b, n->str);
    break;
  case AST_THIS:
    sb_puts(b, "this");
    break;
  case AST_SUPER:
    sb_puts(b, "super");
    break;
  case AST_MEMBER:
    callee_text(b, n->a);
    sb_puts(b, n->flags & AST_F_OPTIONAL ? "?." : ".");
    if (n->b)
      sb_printf(b, "#%s", n->b->str);
    else
      sb_puts(b, n->str);
    break;
  case AST_INDEX:
    callee_text(b, n->a);
    if (n->flags & AST_F_OPTIONAL)
      sb_puts(b, "?.");
    else if (n->b->kind == AST_STRING)
      sb_puts(b, ".");
    if (n->b->kind == AST_STRING)
      sb_puts(b, n->b->str);  // V8 shows o["b"] as o.b
    else if (n->b->kind == AST_NUMBER)
      sb_printf(b, "[%s]", ast_number_string(n->b->num));
    else if (n->b->kind == AST_IDENT)
      sb_printf(b, "[%s]", n->b->str);
    else
      sb_puts(b, "[...]");
    break;
  case AST_PAREN:
  case AST_OPTIONAL_CHAIN:
    callee_text(b, n->a);
    break;
  case AST_CALL:
    callee_text(b, n->a);
    sb_puts(b, "(...)");
    break;
  default:
    sb_puts(b, "(intermediate value)");
    break;
  }
}

// A call's callee as the source shows it, for "x is not a function".
static void callee_text_imm(IrInst *call, const char *text) {
  call->imms[0] = imm_str(text);
  call->nimms = 1;
}

static const char *what_of(AstNode *n) {
  StrBuf b = {0};
  callee_text(&b, n);
  return b.data ? b.data : "";
}

static int this_value(Lower *L, AstNode *n) {
  Binding *b = n->binding;
  if (!b) {
    IrInst *i = emit(L, IR_THIS);
    i->dst = reg(L);
    return i->dst;
  }
  int v = load_raw(L, b);
  if (needs_tdz(b))
    check_tdz(L, v, "this");
  return v;
}

static int home_value(Lower *L, AstNode *super_node) {
  Binding *b = super_node->binding;
  if (!b) {
    unsupported(L, super_node, "'super' outside of a method");
    return undef(L);
  }
  return load_raw(L, b);
}

static int this_for_super(Lower *L) {
  bool crossed;
  (void)crossed;
  Scope *fs = L->fscope;
  while (fs->arrow)
    fs = fs->parent->func;
  Binding *b = scope_find_kind(fs, BIND_THIS);
  if (!b) {
    IrInst *i = emit(L, IR_THIS);
    i->dst = reg(L);
    return i->dst;
  }
  int v = load_raw(L, b);
  if (needs_tdz(b))
    check_tdz(L, v, "this");
  return v;
}

// Builds an array from call arguments with spreads.
static int spread_array(Lower *L, AstList *items) {
  int arr = rt_imm(L, IRH_NEW_ARRAY, imm_int(0), 0, NULL);
  for (int i = 0; i < items->len; i++) {
    AstNode *e = items->items[i];
    if (e->kind == AST_SPREAD)
      rt2(L, IRH_ARRAY_PUSH_SPREAD, arr, expr(L, e->a));
    else if (e->kind == AST_HOLE)
      rt2(L, IRH_ARRAY_PUSH, arr, const_special(L, (int)JS_HOLE));
    else
      rt2(L, IRH_ARRAY_PUSH, arr, expr(L, e));
  }
  return arr;
}

static bool has_spread(AstList *l) {
  for (int i = 0; i < l->len; i++)
    if (l->items[i]->kind == AST_SPREAD)
      return true;
  return false;
}

static int *eval_args(Lower *L, AstList *l) {
  int *regs = arena_alloc(sizeof(int) * (l->len + 1));
  for (int i = 0; i < l->len; i++)
    regs[i] = expr(L, l->items[i]);
  return regs;
}

// flags: 0 call, 1 construct
static int emit_call(Lower *L, int f, int this_r, AstList *args, const char *what,
                     int kind) {
  SrcSpan at = L->pos;  // the call's (call_pos), kept over the arguments
  if (has_spread(args)) {
    int arr = spread_array(L, args);
    L->pos = at;
    if (kind == 1) {
      int a[] = {f, arr};
      return rt_imm(L, IRH_CONSTRUCT_SPREAD, imm_str(what), 2, a);
    }
    int a[] = {f, this_r, arr};
    return rt_imm(L, IRH_CALL_SPREAD, imm_str(what), 3, a);
  }
  int *regs = eval_args(L, args);
  L->pos = at;
  IrInst *i = emit(L, IR_CALL);
  i->dst = reg(L);
  i->a = f;
  i->b = this_r;
  i->args = regs;
  i->nargs = args->len;
  if (kind == 1)
    i->op = IR_NEW;
  callee_text_imm(i, what);
  i->may_throw = true;
  return i->dst;
}

static void opt_check(Lower *L, AstNode *n, int v) {
  if (!(n->flags & AST_F_OPTIONAL))
    return;
  if (L->opt_short < 0)
    return;
  int cont = label(L);
  branch(L, IR_BR_NULLISH, v, L->opt_short, cont);
  place(L, cont);
}

static int get_member(Lower *L, int obj, AstNode *n) {
  if (n->b) {  // o.#x
    int key = load_binding(L, n->b->binding);
    member_pos(L, n);
    return rt2(L, IRH_PRIVATE_GET, obj, key);
  }
  member_pos(L, n);
  IrInst *i = emit(L, IR_GET_PROP);
  i->dst = reg(L);
  i->a = obj;
  i->imm = atom_index(L, n->str, strlen(n->str));
  i->may_throw = true;
  return i->dst;
}

static int super_key(Lower *L, AstNode *n) {
  if (n->kind == AST_MEMBER && !n->str) {
    unsupported(L, n, "super with a private name");
    return undef(L);
  }
  if (n->kind == AST_MEMBER)
    return const_cstr(L, n->str);
  return rt1(L, IRH_TO_PROPERTY_KEY, expr(L, n->b));
}

// Function(...) with constant strings (module/graph.c compiled them).
static int const_function(Lower *L, AstNode *n) {
  if (n->d)
    return function_value(L, n->d, "anonymous");
  const char *msg = n->raw;
  return rt_imm(L, IRH_THROW_SYNTAX_ERROR, imm_str(msg), 0, NULL);
}

// eval(s), (0, eval)(s) or x.eval(s) with a constant s (pass/eval.c
// compiled it): its code runs when the callee is %eval% (a direct eval for
// the first, ECMA-262 #sec-function-calls-runtime-semantics-evaluation,
// else an indirect one); any other callee is called as usual.
static int eval_call(Lower *L, AstNode *n) {
  AstNode *callee = n->a;
  while (callee->kind == AST_PAREN)
    callee = callee->a;
  int this_r = -1, f;
  if (callee->kind == AST_MEMBER) {
    this_r = expr(L, callee->a);
    f = get_member(L, this_r, callee);
  } else if (callee->kind == AST_IDENT && callee->scope) {
    f = load_ident_with(L, callee, &this_r);
  } else {
    f = expr(L, callee);
  }
  if (this_r < 0)
    this_r = undef(L);
  int res = reg(L);
  int yes = label(L), no = label(L), end = label(L);
  branch(L, IR_BR_TRUTHY, rt1(L, IRH_IS_INTRINSIC_EVAL, f), yes, no);
  place(L, yes);
  if (has_spread(&n->list))
    spread_array(L, &n->list);  // the arguments are evaluated all the same
  else
    for (int i = 0; i < n->list.len; i++)
      expr(L, n->list.items[i]);
  call_pos(L, n);
  if (n->d) {
    // Indirect eval code is a function of its own (its `this` is the
    // global object); direct eval code an arrow.
    int c = function_value(L, n->d, "eval");
    AstList none = {0};
    mov(L, res, emit_call(L, c, rt0(L, IRH_GLOBAL_OBJECT), &none, "eval", 0));
  } else {
    mov(L, res, rt_imm(L, IRH_THROW_SYNTAX_ERROR, imm_str(n->raw), 0, NULL));
  }
  jump(L, end);
  place(L, no);
  call_pos(L, n);
  mov(L, res, emit_call(L, f, this_r, &n->list, what_of(callee), 0));
  jump(L, end);
  place(L, end);
  return res;
}

static int call_expr(Lower *L, AstNode *n) {
  if (n->flags & AST_F_CONST_FUNCTION)
    return const_function(L, n);
  if (n->flags & AST_F_EVAL)
    return eval_call(L, n);
  AstNode *callee = n->a;
  while (callee->kind == AST_PAREN)
    callee = callee->a;
  const char *what = what_of(callee);
  int f, this_r;
  if (callee->kind == AST_SUPER) {
    // super(...): construct the parent with our new.target.
    Scope *fs = L->fscope;
    while (fs->arrow)
      fs = fs->parent->func;
    Binding *fb = scope_find_kind(fs, BIND_ACTIVE_FUNC);
    Binding *nt = scope_find_kind(fs, BIND_NEW_TARGET);
    Binding *tb = scope_find_kind(fs, BIND_THIS);
    if (!fb || !nt || !tb || !fs->derived) {
      unsupported(L, n, "'super' call outside a derived constructor");
      return undef(L);
    }
    int active = load_raw(L, fb);
    int newt = load_raw(L, nt);
    int result;
    if (has_spread(&n->list)) {
      int arr = spread_array(L, &n->list);
      result = rt3(L, IRH_SUPER_CONSTRUCT_SPREAD, active, newt, arr);
    } else {
      int *regs = eval_args(L, &n->list);
      int *all = arena_alloc(sizeof(int) * (n->list.len + 2));
      all[0] = active;
      all[1] = newt;
      memcpy(all + 2, regs, sizeof(int) * n->list.len);
      result = rtv(L, IRH_SUPER_CONSTRUCT, n->list.len + 2, all);
    }
    // `this` may be bound only once.
    int old = load_raw(L, tb);
    IrInst *c = emit(L, IR_CHECK_TDZ);
    c->a = old;
    c->imm = TDZ_SUPER_CALLED;
    c->may_throw = true;
    store_raw(L, tb, result);
    rt2(L, IRH_RUN_CLASS_FIELDS, active, result);
    return result;
  }
  if (callee->kind == AST_MEMBER || callee->kind == AST_INDEX) {
    if (callee->a->kind == AST_SUPER) {
      int home = home_value(L, callee->a);
      int key = super_key(L, callee);
      this_r = this_for_super(L);
      f = rt3(L, IRH_SUPER_GET, home, key, this_r);
    } else {
      this_r = expr(L, callee->a);
      opt_check(L, callee, this_r);
      if (callee->kind == AST_MEMBER) {
        f = get_member(L, this_r, callee);
      } else {
        int k = expr(L, callee->b);
        member_pos(L, callee);
        f = op2(L, IR_GET_ELEM, this_r, k);
      }
    }
  } else if (callee->kind == AST_IDENT && callee->scope) {
    f = load_ident_with(L, callee, &this_r);
  } else {
    if (callee->kind == AST_IDENT && !callee->binding && strcmp(callee->str, "eval") == 0 &&
        !(n->list.len > 0 && n->list.items[0]->kind != AST_STRING &&
          n->list.items[0]->kind != AST_TEMPLATE && n->list.items[0]->kind != AST_IDENT))
      // DESIGN.md: no interpreter in the binary. The global eval returns
      // non-strings and throws EvalError for strings.
      diag_warning(L->src, n->span, "eval of a string cannot be compiled ahead of time; "
                                    "it throws EvalError at run time");
    f = expr(L, callee);
    this_r = undef(L);
  }
  opt_check(L, n, f);
  call_pos(L, n);
  return emit_call(L, f, this_r, &n->list, what, 0);
}

static int new_expr(Lower *L, AstNode *n) {
  if (n->flags & AST_F_CONST_FUNCTION)
    return const_function(L, n);
  int f = expr(L, n->a);
  const char *what = what_of(n->a);
  pos_at(L, n->span.start);
  return emit_call(L, f, f, &n->list, what, 1);
}

// `a${x}b${y}`: each substitution is converted when it is evaluated (its
// ToString runs before the next one is evaluated), and the pieces are
// joined by one call.
static int template_expr(Lower *L, AstNode *n) {
  int np = 0, *parts = arena_alloc(sizeof(int) * (2 * (size_t)n->list2.len + 1));
  AstNode *q0 = n->list.items[0];
  if (q0->len || !n->list2.len)
    parts[np++] = const_atom(L, q0->str, q0->len);
  for (int i = 0; i < n->list2.len; i++) {
    int v = expr(L, n->list2.items[i]);
    parts[np++] = rt1(L, IRH_TO_STRING, v);
    AstNode *q = n->list.items[i + 1];
    if (q->len)
      parts[np++] = const_atom(L, q->str, q->len);
  }
  return np == 1 ? parts[0] : rtv(L, IRH_CONCAT_N, np, parts);
}

static int tagged_template(Lower *L, AstNode *n) {
  AstNode *tag = n->a;
  while (tag->kind == AST_PAREN)
    tag = tag->a;
  int f, this_r;
  if (tag->kind == AST_MEMBER && tag->a->kind != AST_SUPER) {
    this_r = expr(L, tag->a);
    f = get_member(L, this_r, tag);
  } else if (tag->kind == AST_INDEX && tag->a->kind != AST_SUPER) {
    this_r = expr(L, tag->a);
    f = op2(L, IR_GET_ELEM, this_r, expr(L, tag->b));
  } else {
    f = expr(L, tag);
    this_r = undef(L);
  }
  AstNode *t = n->b;
  int nq = t->list.len;
  int *regs = arena_alloc(sizeof(int) * nq * 2);
  for (int i = 0; i < nq; i++) {
    AstNode *q = t->list.items[i];
    regs[i] = q->str ? const_atom(L, q->str, q->len) : undef(L);
    regs[nq + i] = const_atom(L, q->raw ? q->raw : "", q->raw ? q->raw_len : 0);
  }
  IrInst *i = emit(L, IR_TEMPLATE);
  i->dst = reg(L);
  i->args = regs;
  i->nargs = nq * 2;
  i->imm = L->m->ntemplates++;
  i->may_throw = true;
  int tobj = i->dst;
  int *args = arena_alloc(sizeof(int) * (t->list2.len + 1));
  args[0] = tobj;
  for (int k = 0; k < t->list2.len; k++)
    args[k + 1] = expr(L, t->list2.items[k]);
  IrInst *c = emit(L, IR_CALL);
  c->dst = reg(L);
  c->a = f;
  c->b = this_r;
  c->args = args;
  c->nargs = t->list2.len + 1;
  callee_text_imm(c, what_of(tag));
  c->may_throw = true;
  return c->dst;
}

static const char *key_name(AstNode *k) {
  if (k->kind == AST_STRING || k->kind == AST_IDENT)
    return k->str;
  return NULL;
}

// Key of a non-computed property (AST_STRING/AST_NUMBER/AST_IDENT) as an atom register.
static int static_key(Lower *L, AstNode *k) {
  if (k->kind == AST_NUMBER) {
    char buf[64];
    double d = k->num;
    if (d == (double)(long long)d && fabs(d) < 1e21)
      snprintf(buf, sizeof buf, "%lld", (long long)d);
    else
      snprintf(buf, sizeof buf, "%.17g", d);
    return const_cstr(L, arena_strndup(buf, strlen(buf)));
  }
  if (k->kind == AST_PRIVATE_NAME) {
    if (!k->binding) {
      diag_error(L->src, k->span, "Unexpected identifier '#%s'", k->str);
      L->errors++;
      return undef(L);
    }
    return load_binding(L, k->binding);
  }
  return const_atom(L, k->str, k->len ? k->len : strlen(k->str));
}

static int prop_key(Lower *L, AstNode *p) {
  if (p->flags & AST_F_COMPUTED)
    return rt1(L, IRH_TO_PROPERTY_KEY, expr(L, p->a));
  return static_key(L, p->a);
}

static void set_fn_name(Lower *L, int fn, int key, const char *prefix) {
  rt_imm(L, IRH_SET_FUNCTION_NAME, imm_str(prefix ? (prefix[0] == 'g' ? "get" : "set") : NULL),
      2, (int[]){fn, key});
}

// Defines a method (kind 0), getter (1) or setter (2) on [target], as object
// literals (enumerable) and class bodies (not enumerable) do. [kn] is the
// static key name, NULL for computed keys (then the name comes from [key]).
static void define_method(Lower *L, int target, int key, const char *kn, AstNode *fnode,
                          int kind, bool enumerable) {
  if (kind == 0) {
    int fn = method_value(L, fnode, kn ? kn : "", 0);
    if (!kn)
      set_fn_name(L, fn, key, NULL);
    rt_imm(L, IRH_DEFINE_METHOD, imm_bool(enumerable), 3, (int[]){target, key, fn});
    return;
  }
  bool get = kind == 1;
  int fn = method_value(L, fnode, kn ? arena_printf("%s %s", get ? "get" : "set", kn) : "",
                        get ? JS_FN_GETTER : JS_FN_SETTER);
  if (!kn)
    set_fn_name(L, fn, key, get ? "get" : "set");
  int u = undef(L);
  rt_imm(L, IRH_DEFINE_ACCESSOR, imm_bool(enumerable), 4,
          (int[]){target, key, get ? fn : u, get ? u : fn});
  rtv(L, IRH_SET_HOME, 2, (int[]){fn, target});
}

#define OBJECT_LIT_MAX 64

// A plain `key: value` property with a static key other than __proto__
// (and no anonymous function to name by a computed key).
static bool plain_data_prop(AstNode *p) {
  if (p->op != AST_PROP_INIT || (p->flags & AST_F_COMPUTED))
    return false;
  const char *kn = key_name(p->a);
  return kn && strcmp(kn, "__proto__") != 0;
}

static int object_expr(Lower *L, AstNode *n) {
  // The leading plain data properties are made with the object: nothing can
  // see it before they are all defined, so their values are evaluated first
  // (in order) and the object comes whole from one call with a shape cache.
  // At most OBJECT_LIT_MAX of them: one call keeps all its values live at
  // once, which no C function split can shorten (see array_expr).
  int lead = 0;
  while (lead < n->list.len && lead < OBJECT_LIT_MAX && plain_data_prop(n->list.items[lead]))
    lead++;
  int obj, i = 0;
  if (lead) {
    int *kv = arena_alloc(sizeof(int) * 2 * (size_t)lead);
    for (; i < lead; i++) {
      AstNode *p = n->list.items[i];
      const char *kn = key_name(p->a);
      kv[2 * i] = prop_key(L, p);
      kv[2 * i + 1] = is_anonymous_fn(p->b) ? function_value(L, p->b, kn) : expr(L, p->b);
    }
    IrInst *in = emit(L, IR_OBJECT_LIT);
    in->dst = reg(L);
    in->nargs = 2 * lead;
    in->args = kv;
    obj = in->dst;
  } else {
    obj = rt0(L, IRH_NEW_OBJECT);
  }
  for (; i < n->list.len; i++) {
    AstNode *p = n->list.items[i];
    if (p->op == AST_PROP_SPREAD) {
      rt2(L, IRH_COPY_DATA_PROPERTIES, obj, expr(L, p->a));
      continue;
    }
    const char *kn = (p->flags & AST_F_COMPUTED) ? NULL : key_name(p->a);
    if (p->op == AST_PROP_INIT && kn && strcmp(kn, "__proto__") == 0 &&
        !(p->flags & AST_F_SHORTHAND)) {
      rt2(L, IRH_SET_PROTO_LITERAL, obj, expr(L, p->b));
      continue;
    }
    int key = prop_key(L, p);
    if (p->op == AST_PROP_INIT) {
      int v = is_anonymous_fn(p->b) ? function_value(L, p->b, kn ? kn : "")
                                    : expr(L, p->b);
      if (!kn && is_anonymous_fn(p->b))
        set_fn_name(L, v, key, NULL);
      rt3(L, IRH_DEFINE_FIELD, obj, key, v);
    } else {
      define_method(L, obj, key, kn, p->b,
                    p->op == AST_PROP_METHOD ? 0 : p->op == AST_PROP_GET ? 1 : 2, true);
    }
  }
  return obj;
}

static int array_expr(Lower *L, AstNode *n) {
  bool simple = true;
  for (int i = 0; i < n->list.len; i++)
    if (n->list.items[i]->kind == AST_SPREAD || n->list.items[i]->kind == AST_HOLE)
      simple = false;
  // A long literal (a generated table) is built element by element: one
  // call with thousands of arguments keeps every element live at once, which
  // no C function split (emit_c.c) can shorten.
  if (!simple || n->list.len > 256)
    return spread_array(L, &n->list);
  int *regs = eval_args(L, &n->list);
  return rtv(L, IRH_NEW_ARRAY_FROM, n->list.len, regs);
}

static IrOp binop_op(int op) {
  switch (op) {
  case AST_OP_ADD: return IR_ADD;
  case AST_OP_SUB: return IR_SUB;
  case AST_OP_MUL: return IR_MUL;
  case AST_OP_DIV: return IR_DIV;
  case AST_OP_MOD: return IR_MOD;
  case AST_OP_EXP: return IR_POW;
  case AST_OP_SHL: return IR_SHL;
  case AST_OP_SAR: return IR_SAR;
  case AST_OP_SHR: return IR_SHR;
  case AST_OP_BITAND: return IR_BIT_AND;
  case AST_OP_BITOR: return IR_BIT_OR;
  case AST_OP_BITXOR: return IR_BIT_XOR;
  case AST_OP_LT: return IR_LT;
  case AST_OP_LE: return IR_LE;
  case AST_OP_GT: return IR_GT;
  case AST_OP_GE: return IR_GE;
  case AST_OP_EQ: return IR_EQ;
  case AST_OP_INSTANCEOF: return IR_INSTANCEOF;
  default: return IR_NOP;
  }
}

static int binary(Lower *L, int op, int a, int b) {
  switch (op) {
  case AST_OP_SEQ:
    return op2(L, IR_STRICT_EQ, a, b);
  case AST_OP_SNE:
    return op2(L, IR_STRICT_NE, a, b);
  case AST_OP_NE: {
    int eq = op2(L, IR_EQ, a, b);
    return op1(L, IR_NOT, eq);
  }
  case AST_OP_IN:
    return op2(L, IR_IN, a, b);
  case AST_OP_PRIVATE_IN:
    return rt2(L, IRH_PRIVATE_IN, a, b);
  default:
    return op2(L, binop_op(op), a, b);
  }
}

static int logical(Lower *L, AstNode *n) {
  int res = reg(L);
  int end = label(L), rhs = label(L);
  int a = expr(L, n->a);
  mov(L, res, a);
  if (n->op == AST_OP_AND)
    branch(L, IR_BR_TRUTHY, a, rhs, end);
  else if (n->op == AST_OP_OR)
    branch(L, IR_BR_TRUTHY, a, end, rhs);
  else
    branch(L, IR_BR_NULLISH, a, rhs, end);
  place(L, rhs);
  mov(L, res, expr(L, n->b));
  jump(L, end);
  place(L, end);
  return res;
}

static int cond_expr(Lower *L, AstNode *n) {
  int res = reg(L);
  int t = label(L), f = label(L), end = label(L);
  branch(L, IR_BR_TRUTHY, expr(L, n->a), t, f);
  place(L, t);
  mov(L, res, expr(L, n->b));
  jump(L, end);
  place(L, f);
  mov(L, res, expr(L, n->c));
  jump(L, end);
  place(L, end);
  return res;
}

// A reference to something assignable, evaluated once (compound assignment,
// update expressions).
typedef struct Ref {
  int kind;  // 0 ident, 1 member (obj + atom), 2 index (obj + key), 3 super
  AstNode *id;
  int obj, key, home;
  AstNode *member;
} Ref;

static void make_ref_key(Lower *L, AstNode *t, Ref *r, bool convert_key);

// A reference used for both reading and writing converts its key once.
static void make_ref(Lower *L, AstNode *t, Ref *r) { make_ref_key(L, t, r, true); }

static void make_ref_key(Lower *L, AstNode *t, Ref *r, bool convert_key) {
  while (t->kind == AST_PAREN)
    t = t->a;
  memset(r, 0, sizeof *r);
  if (t->kind == AST_IDENT) {
    r->kind = 0;
    r->id = t;
  } else if ((t->kind == AST_MEMBER || t->kind == AST_INDEX) && t->a->kind == AST_SUPER) {
    r->kind = 3;
    r->home = home_value(L, t->a);
    r->key = super_key(L, t);
  } else if (t->kind == AST_MEMBER && !t->b) {
    r->kind = 1;
    r->obj = expr(L, t->a);
    r->member = t;
  } else if (t->kind == AST_MEMBER) {
    r->kind = 4;
    r->obj = expr(L, t->a);
    r->key = load_binding(L, t->b->binding);
  } else if (t->kind == AST_INDEX) {
    r->kind = 2;
    r->obj = expr(L, t->a);
    r->key = expr(L, t->b);
    if (convert_key)
      r->key = rt1(L, IRH_TO_PROPERTY_KEY, r->key);
  } else {
    r->kind = -1;
    diag_error(L->src, t->span, "Invalid left-hand side in assignment");
    L->errors++;
  }
}

static int ref_get(Lower *L, Ref *r) {
  switch (r->kind) {
  case 0:
    return load_ident(L, r->id);
  case 1:
    return get_member(L, r->obj, r->member);
  case 2:
    return op2(L, IR_GET_ELEM, r->obj, r->key);
  case 3:
    return rt3(L, IRH_SUPER_GET, r->home, r->key, this_for_super(L));
  case 4:
    return rt2(L, IRH_PRIVATE_GET, r->obj, r->key);
  default:
    return undef(L);
  }
}

static void ref_set(Lower *L, Ref *r, int v) {
  switch (r->kind) {
  case 0:
    store_ident(L, r->id, v, false);
    break;
  case 1: {
    IrInst *i = emit(L, IR_SET_PROP);
    i->a = r->obj;
    i->b = v;
    i->imm = atom_index(L, r->member->str, strlen(r->member->str));
    i->imm2 = L->strict;
    i->may_throw = true;
    break;
  }
  case 2:
    set_elem(L, r->obj, r->key, v);
    break;
  case 3:
    rt4(L, IRH_SUPER_SET, r->home, r->key, v, this_for_super(L));
    break;
  case 4:
    rt3(L, IRH_PRIVATE_SET, r->obj, r->key, v);
    break;
  default:
    break;
  }
}

static int assign_expr(Lower *L, AstNode *n) {
  AstNode *t = n->a;
  while (t->kind == AST_PAREN)
    t = t->a;
  if (n->op == AST_OP_ASSIGN) {
    if (t->kind == AST_ARRAY_PATTERN || t->kind == AST_OBJECT_PATTERN ||
        t->kind == AST_ARRAY || t->kind == AST_OBJECT) {
      int v = expr(L, n->b);
      assign_pattern(L, t, v, false);
      return v;
    }
    Ref r;
    make_ref_key(L, t, &r, false);  // a plain store uses its key once
    int v = (t->kind == AST_IDENT && is_anonymous_fn(n->b))
                ? function_value(L, n->b, t->str) : expr(L, n->b);
    ref_set(L, &r, v);
    return v;
  }
  Ref r;
  make_ref(L, t, &r);
  int old = ref_get(L, &r);
  if (n->op == AST_OP_AND || n->op == AST_OP_OR || n->op == AST_OP_NULLISH) {
    int res = reg(L);
    mov(L, res, old);
    int rhs = label(L), end = label(L);
    if (n->op == AST_OP_AND)
      branch(L, IR_BR_TRUTHY, old, rhs, end);
    else if (n->op == AST_OP_OR)
      branch(L, IR_BR_TRUTHY, old, end, rhs);
    else
      branch(L, IR_BR_NULLISH, old, rhs, end);
    place(L, rhs);
    int v = (t->kind == AST_IDENT && is_anonymous_fn(n->b))
                ? function_value(L, n->b, t->str) : expr(L, n->b);
    ref_set(L, &r, v);
    mov(L, res, v);
    jump(L, end);
    place(L, end);
    return res;
  }
  int v = binary(L, n->op, old, expr(L, n->b));
  ref_set(L, &r, v);
  return v;
}

static int update_expr(Lower *L, AstNode *n) {
  Ref r;
  make_ref(L, n->a, &r);
  int old = op1(L, IR_TO_NUMERIC, ref_get(L, &r));
  int nv = op1(L, n->op == AST_OP_INC ? IR_INC : IR_DEC, old);
  ref_set(L, &r, nv);
  return (n->flags & AST_F_PREFIX) ? nv : old;
}

static int unary_expr(Lower *L, AstNode *n) {
  switch (n->op) {
  case AST_OP_NEG:
    return op1(L, IR_NEG, expr(L, n->a));
  case AST_OP_PLUS:
    return op1(L, IR_TO_NUMBER, expr(L, n->a));
  case AST_OP_BITNOT:
    return op1(L, IR_BIT_NOT, expr(L, n->a));
  case AST_OP_NOT:
    return op1(L, IR_NOT, expr(L, n->a));
  case AST_OP_VOID:
    expr(L, n->a);
    return undef(L);
  case AST_OP_TYPEOF: {
    AstNode *a = n->a;
    while (a->kind == AST_PAREN)
      a = a->a;
    int v;
    if (a->kind == AST_IDENT && !a->binding && a->scope) {
      WithCtx w = {.res = reg(L), .this_r = -1};
      int end = label(L);
      with_dispatch(L, a, with_get_hit, &w, end);
      mov(L, w.res, rt1(L, IRH_GET_GLOBAL_OR_UNDEFINED, global_atom(L, a->str)));
      jump(L, end);
      place(L, end);
      v = w.res;
    } else if (a->kind == AST_IDENT && !a->binding)
      v = rt1(L, IRH_GET_GLOBAL_OR_UNDEFINED, global_atom(L, a->str));
    else
      v = expr(L, a);
    return op1(L, IR_TYPEOF, v);
  }
  case AST_OP_DELETE: {
    AstNode *a = n->a;
    while (a->kind == AST_PAREN)
      a = a->a;
    if (a->kind == AST_MEMBER && !a->b && a->a->kind != AST_SUPER) {
      int o = expr(L, a->a);
      return rt_imm(L, IRH_DELETE_ELEM, imm_bool(L->strict), 2,
                     (int[]){o, const_cstr(L, a->str)});
    }
    if (a->kind == AST_INDEX && a->a->kind != AST_SUPER) {
      int o = expr(L, a->a);
      int k = expr(L, a->b);
      return rt_imm(L, IRH_DELETE_ELEM, imm_bool(L->strict), 2, (int[]){o, k});
    }
    if (a->kind == AST_IDENT && a->scope) {
      // delete x inside with: from the with object that has x, if any.
      WithCtx w = {.res = reg(L), .this_r = -1};
      int end = label(L);
      with_dispatch(L, a, with_delete_hit, &w, end);
      if (a->binding) {
        mov(L, w.res, const_special(L, (int)JS_FALSE));
      } else {
        int g = rt0(L, IRH_GLOBAL_OBJECT);
        mov(L, w.res, rt_imm(L, IRH_DELETE_ELEM, imm_bool(false), 2,
                              (int[]){g, global_atom(L, a->str)}));
      }
      jump(L, end);
      place(L, end);
      return w.res;
    }
    if (a->kind == AST_IDENT) {
      if (a->binding)
        return const_special(L, (int)JS_FALSE);
      int g = rt0(L, IRH_GLOBAL_OBJECT);
      return rt_imm(L, IRH_DELETE_ELEM, imm_bool(false), 2,
                     (int[]){g, global_atom(L, a->str)});
    }
    if (a->kind == AST_MEMBER || a->kind == AST_INDEX) {
      // delete super.x
      return rt_imm(L, IRH_THROW_REFERENCE_ERROR, imm_str("Unsupported reference to 'super'"), 0,
                    NULL);
    }
    expr(L, a);
    return const_special(L, (int)JS_TRUE);
  }
  default:
    return undef(L);
  }
}

static int optional_chain(Lower *L, AstNode *n) {
  int saved = L->opt_short;
  int res = reg(L);
  int sh = label(L), end = label(L);
  L->opt_short = sh;
  mov(L, res, expr(L, n->a));
  jump(L, end);
  place(L, sh);
  mov(L, res, undef(L));
  jump(L, end);
  place(L, end);
  L->opt_short = saved;
  return res;
}

static double parse_number_key(const char *s) { return strtod(s, NULL); }

static void unwind(Lower *L, int down_to);
static void emit_return(Lower *L, int v);

// yield* : forward next/throw/return to the inner iterator
// (ECMA-262 #sec-generator-function-definitions-runtime-semantics-evaluation).
static int emit_await(Lower *L, int v);
static int async_yield_star(Lower *L, AstNode *n);

static int yield_star(Lower *L, AstNode *n) {
  int v = expr(L, n->a);
  int next = reg(L);
  int iter = rtv(L, IRH_GET_ITERATOR, 2, (int[]){v, (next)});
  int mode = reg(L), received = reg(L), out = reg(L);
  mov(L, mode, const_num(L, 0));
  mov(L, received, undef(L));
  int top = label(L), yield_l = label(L), done = label(L), ret = label(L), chk = label(L);
  place(L, top);
  int r = rtv(L, IRH_DELEGATE_STEP, 5,
              (int[]){iter, next, mode, received, (out)});
  branch(L, IR_BR_TRUE, r, done, chk);
  place(L, chk);
  int is_ret = op2(L, IR_STRICT_EQ, r, const_num(L, 2));
  branch(L, IR_BR_TRUE, is_ret, ret, yield_l);
  place(L, yield_l);
  IrInst *y = emit(L, IR_YIELD);
  y->a = out;
  y->dst = received;
  y->b = mode;
  y->imm2 = 1;
  jump(L, top);
  place(L, ret);
  unwind(L, 0);
  emit_return(L, out);
  place(L, done);
  return out;
}

static int emit_await(Lower *L, int v) {
  IrInst *a = emit(L, IR_AWAIT);
  a->a = v;
  a->dst = reg(L);
  a->may_throw = true;
  return a->dst;
}

// yield* in an async generator: the inner iterator is async (or wrapped),
// and every call's result is awaited before it is inspected.
static int async_yield_star(Lower *L, AstNode *n) {
  int v = expr(L, n->a);
  int next = reg(L);
  int iter = rtv(L, IRH_GET_ASYNC_ITERATOR, 2, (int[]){v, (next)});
  int mode = reg(L), received = reg(L), out = reg(L);
  mov(L, mode, const_num(L, 0));
  mov(L, received, undef(L));
  int top = label(L), called = label(L), yield_l = label(L), done = label(L), ret = label(L),
      chk = label(L);
  place(L, top);
  int c = rtv(L, IRH_ASYNC_DELEGATE_CALL, 5,
              (int[]){iter, next, mode, received, (out)});
  branch(L, IR_BR_TRUE, c, called, ret);
  place(L, called);
  int res = emit_await(L, out);
  int r = rtv(L, IRH_ASYNC_DELEGATE_RESULT, 3, (int[]){res, mode, (out)});
  int is_ret = op2(L, IR_STRICT_EQ, r, const_num(L, 2));
  branch(L, IR_BR_TRUE, is_ret, ret, chk);
  place(L, chk);
  branch(L, IR_BR_TRUE, r, done, yield_l);
  place(L, yield_l);
  IrInst *y = emit(L, IR_YIELD);
  y->a = out;
  y->dst = received;
  y->b = mode;
  y->imm2 = 1;
  jump(L, top);
  place(L, ret);
  unwind(L, 0);
  emit_return(L, out);
  place(L, done);
  return out;
}

static int yield_expr(Lower *L, AstNode *n) {
  if (L->f->coro != 1 && L->f->coro != 3) {
    unsupported(L, n, "yield outside a generator");
    return undef(L);
  }
  if (n->flags & AST_F_DELEGATE)
    return L->f->coro == 3 ? async_yield_star(L, n) : yield_star(L, n);
  int v = n->a ? expr(L, n->a) : undef(L);
  if (L->f->coro == 3)
    v = emit_await(L, v);  // async generators await what they yield
  int dst = reg(L);
  int retpath = label(L), cont = label(L);
  IrInst *y = emit(L, IR_YIELD);
  y->a = v;
  y->dst = dst;
  y->label = retpath;
  jump(L, cont);
  place(L, retpath);
  unwind(L, 0);
  emit_return(L, dst);
  place(L, cont);
  return dst;
}

static int await_expr(Lower *L, AstNode *n) {
  if (L->f->coro != 2 && L->f->coro != 3) {
    unsupported(L, n, "await outside an async function");
    return undef(L);
  }
  return emit_await(L, expr(L, n->a));
}

// Whether a regexp literal needs the Unicode data of property escapes
// (runtime/regexp_props.c, linked by calling js_new_regexp_props): a \p or
// \P with the u or v flag, or a non-ASCII or escaped group name (ID_Start).
static bool regexp_needs_props(const AstNode *n) {
  const char *flags = n->raw ? n->raw : "";
  bool unicode = strchr(flags, 'u') || strchr(flags, 'v');
  size_t len = n->len ? (size_t)n->len : strlen(n->str);
  bool named = false;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)n->str[i];
    if (unicode && c == '\\' && i + 1 < len && (n->str[i + 1] == 'p' || n->str[i + 1] == 'P'))
      return true;
    named = named || (c == '<' && i >= 2 && n->str[i - 1] == '?' && n->str[i - 2] == '(');
    if (named && (c >= 0x80 || (c == '\\' && i + 1 < len && n->str[i + 1] == 'u')))
      return true;
    if (c == '\\')
      i++;
  }
  return false;
}

static int expr(Lower *L, AstNode *n) {
  switch (n->kind) {
  case AST_NUMBER:
    return const_num(L, n->num);
  case AST_STRING:
    return const_atom(L, n->str, n->len);
  case AST_TEMPLATE:
    return template_expr(L, n);
  case AST_TAGGED_TEMPLATE:
    return tagged_template(L, n);
  case AST_REGEX: {
    const char *err = regexp_literal_error(n->str, n->len ? n->len : strlen(n->str),
                                           n->raw ? n->raw : "");
    if (err) {
      diag_error(L->src, n->span, "Invalid regular expression: /%s/%s: %s", n->str,
                 n->raw ? n->raw : "", err);
      L->errors++;
    }
  }
    return rt2(L, regexp_needs_props(n) ? IRH_NEW_REGEXP_PROPS : IRH_NEW_REGEXP,
               const_cstr(L, n->str), const_cstr(L, n->raw ? n->raw : ""));
  case AST_IDENT:
    return load_ident(L, n);
  case AST_THIS:
    return this_value(L, n);
  case AST_NULL:
    return const_special(L, (int)JS_NULL);
  case AST_TRUE:
    return const_special(L, (int)JS_TRUE);
  case AST_FALSE:
    return const_special(L, (int)JS_FALSE);
  case AST_ARRAY:
    return array_expr(L, n);
  case AST_OBJECT:
    return object_expr(L, n);
  case AST_FUNC_EXPR:
  case AST_ARROW:
  case AST_CLASS_EXPR:
    return function_value(L, n, n->str ? n->str : "");
  case AST_UNARY:
    return unary_expr(L, n);
  case AST_UPDATE:
    return update_expr(L, n);
  case AST_BINARY: {
    int a;
    if (n->op == AST_OP_PRIVATE_IN)
      a = load_binding(L, n->a->binding);
    else
      a = expr(L, n->a);
    int b = expr(L, n->b);
    return binary(L, n->op, a, b);
  }
  case AST_LOGICAL:
    return logical(L, n);
  case AST_ASSIGN:
    return assign_expr(L, n);
  case AST_COND:
    return cond_expr(L, n);
  case AST_CALL:
    return call_expr(L, n);
  case AST_NEW:
    return new_expr(L, n);
  case AST_MEMBER: {
    if (n->a->kind == AST_SUPER) {
      int home = home_value(L, n->a);
      return rt3(L, IRH_SUPER_GET, home, super_key(L, n), this_for_super(L));
    }
    int o = expr(L, n->a);
    opt_check(L, n, o);
    return get_member(L, o, n);
  }
  case AST_INDEX: {
    if (n->a->kind == AST_SUPER) {
      int home = home_value(L, n->a);
      return rt3(L, IRH_SUPER_GET, home, super_key(L, n), this_for_super(L));
    }
    int o = expr(L, n->a);
    opt_check(L, n, o);
    int k = expr(L, n->b);
    member_pos(L, n);
    return op2(L, IR_GET_ELEM, o, k);
  }
  case AST_OPTIONAL_CHAIN:
    return optional_chain(L, n);
  case AST_SEQUENCE: {
    int v = -1;
    for (int i = 0; i < n->list.len; i++)
      v = expr(L, n->list.items[i]);
    return v;
  }
  case AST_PAREN:
    return expr(L, n->a);
  case AST_NEW_TARGET:
    if (!n->binding)
      return undef(L);
    return load_raw(L, n->binding);
  case AST_YIELD:
    return yield_expr(L, n);
  case AST_AWAIT:
    return await_expr(L, n);
  case AST_BIGINT:
    return rt_imm(L, IRH_BIGINT_LITERAL, imm_str(n->str), 0, NULL);
  case AST_IMPORT_META:
    return rt_imm(L, IRH_IMPORT_META, imm_int(L->opt->module_index), 0,
                   NULL);
  case AST_IMPORT_CALL:
    return rt_imm(L, IRH_DYNAMIC_IMPORT, imm_int(L->opt->module_index), 1,
                   (int[]){expr(L, n->a)});
    return undef(L);
  default:
    diag_error_as(L->src, n->span, NULL, "unexpected expression (kind %d)", n->kind);
    L->errors++;
    return undef(L);
  }
  (void)parse_number_key;
}

// ---------------------------------------------------------------------------
// Destructuring
// ---------------------------------------------------------------------------

// Emits `handler` code: close [iter] and rethrow (exception landing pad).
static int iter_close_pad(Lower *L, int iter, int outer_handler, int *pad) {
  *pad = label(L);
  return outer_handler;
}

static void emit_iter_pad(Lower *L, int pad, int iter, int outer_handler) {
  int saved = L->handler;
  L->handler = outer_handler;
  int skip = label(L);
  jump(L, skip);
  place(L, pad);
  IrInst *c = emit(L, IR_CATCH);
  c->dst = reg(L);
  int exc = c->dst;
  rt_imm(L, IRH_ITERATOR_CLOSE_QUIET, imm_bool(true), 1, &iter);
  IrInst *t = emit(L, IR_THROW);
  t->a = exc;
  place(L, skip);
  L->handler = saved;
}

static void assign_target(Lower *L, AstNode *t, int v, bool init) {
  while (t->kind == AST_PAREN)
    t = t->a;
  if (t->kind == AST_IDENT) {
    store_ident(L, t, v, init);
    return;
  }
  if (t->kind == AST_ARRAY_PATTERN || t->kind == AST_OBJECT_PATTERN ||
      t->kind == AST_ASSIGN_PATTERN || t->kind == AST_ARRAY || t->kind == AST_OBJECT) {
    assign_pattern(L, t, v, init);
    return;
  }
  Ref r;
  make_ref(L, t, &r);
  ref_set(L, &r, v);
}

// In destructuring *assignment*, a member-expression target is evaluated
// before the value is fetched (#sec-runtime-semantics-iteratordestructuringassignmentevaluation).
typedef struct EarlyRef {
  bool used;
  Ref ref;
  AstNode *dflt;
  AstNode *target;
} EarlyRef;

static void early_ref(Lower *L, AstNode *e, bool init, EarlyRef *er) {
  memset(er, 0, sizeof *er);
  if (init)
    return;
  AstNode *t = e;
  AstNode *dflt = NULL;
  if (t->kind == AST_ASSIGN_PATTERN) {
    dflt = t->b;
    t = t->a;
  }
  while (t->kind == AST_PAREN)
    t = t->a;
  if (t->kind != AST_MEMBER && t->kind != AST_INDEX)
    return;
  er->used = true;
  er->dflt = dflt;
  er->target = t;
  make_ref(L, t, &er->ref);
}

static void early_ref_assign(Lower *L, EarlyRef *er, int v) {
  if (er->dflt) {
    int res = reg(L);
    mov(L, res, v);
    int d = label(L), done = label(L);
    branch(L, IR_BR_UNDEF, v, d, done);
    place(L, d);
    mov(L, res, expr(L, er->dflt));
    jump(L, done);
    place(L, done);
    v = res;
  }
  ref_set(L, &er->ref, v);
}

// How V8 names a declaration's initializer in "<text> is not iterable":
// by its source for a name or a literal, else "" (the runtime then names
// the value's type, as V8 does for nested and assignment patterns).
static const char *iterable_text(AstNode *src) {
  if (!src)
    return "";
  switch (src->kind) {
  case AST_IDENT: return src->str;
  case AST_THIS: return "this";
  case AST_NULL: return "null";
  case AST_TRUE: return "true";
  case AST_FALSE: return "false";
  case AST_NUMBER: return ast_number_string(src->num);
  default: return "";
  }
}

static void array_pattern(Lower *L, AstNode *p, int val, bool init) {
  int next = reg(L);
  const char *what = iterable_text(L->pattern_source);
  L->pattern_source = NULL;
  int iter = rt_imm(L, IRH_GET_ITERATOR_CHECKED, imm_str(what), 2,
                    (int[]){val, (next)});
  int done = const_special(L, (int)JS_FALSE);
  int done_r = reg(L);
  mov(L, done_r, done);
  int pad;
  int outer = iter_close_pad(L, iter, L->handler, &pad);
  for (int i = 0; i < p->list.len; i++) {
    AstNode *e = p->list.items[i];
    EarlyRef er;
    if (e->kind != AST_HOLE) {
      L->handler = pad;
      early_ref(L, e->kind == AST_REST ? e->a : e, init, &er);
      L->handler = outer;
    } else {
      er.used = false;
    }
    if (e->kind == AST_REST) {
      int arr = rt_imm(L, IRH_NEW_ARRAY, imm_int(0), 0, NULL);
      int top = label(L), body = label(L), end = label(L);
      place(L, top);
      branch(L, IR_BR_TRUE, done_r, end, body);
      place(L, body);
      int val2 = reg(L);
      L->handler = outer;
      int s = rtv(L, IRH_ITERATOR_STEP, 3, (int[]){iter, next, (val2)});
      int got = label(L), fin = label(L);
      branch(L, IR_BR_TRUE, s, got, fin);
      place(L, got);
      rt2(L, IRH_ARRAY_PUSH, arr, val2);
      jump(L, top);
      place(L, fin);
      mov(L, done_r, const_special(L, (int)JS_TRUE));
      jump(L, end);
      place(L, end);
      L->handler = pad;
      if (er.used)
        early_ref_assign(L, &er, arr);
      else
        assign_target(L, e->a, arr, init);
      L->handler = outer;
      continue;
    }
    int v = reg(L);
    mov(L, v, undef(L));
    int step = label(L), after = label(L);
    branch(L, IR_BR_TRUE, done_r, after, step);
    place(L, step);
    L->handler = outer;
    int tmp = reg(L);
    int s = rtv(L, IRH_ITERATOR_STEP, 3, (int[]){iter, next, (tmp)});
    int got = label(L), fin = label(L);
    branch(L, IR_BR_TRUE, s, got, fin);
    place(L, fin);
    mov(L, done_r, const_special(L, (int)JS_TRUE));
    jump(L, after);
    place(L, got);
    mov(L, v, tmp);
    jump(L, after);
    place(L, after);
    if (e->kind != AST_HOLE) {
      L->handler = pad;
      if (er.used)
        early_ref_assign(L, &er, v);
      else
        assign_target(L, e, v, init);
    }
    L->handler = outer;
  }
  int close = label(L), end = label(L);
  branch(L, IR_BR_TRUE, done_r, end, close);
  place(L, close);
  rt_imm(L, IRH_ITERATOR_CLOSE, imm_bool(false), 1, &iter);
  jump(L, end);
  place(L, end);
  L->handler = outer;
  emit_iter_pad(L, pad, iter, outer);
}

// V8 names the first property and the source of the value in its message:
// "Cannot destructure property 'x' of 'obj' as it is undefined."
static void destructure_names(Lower *L, AstNode *p, IrImm out[2]) {
  const char *prop = NULL;
  if (p->list.len && p->list.items[0]->kind == AST_PROPERTY &&
      !(p->list.items[0]->flags & AST_F_COMPUTED))
    prop = key_name(p->list.items[0]->a);
  AstNode *src = L->pattern_source;
  const char *what = src && src->kind == AST_IDENT ? src->str : NULL;
  out[0] = imm_str(prop);
  out[1] = imm_str(what);
}

static void object_pattern(Lower *L, AstNode *p, int val, bool init) {
  int ok = label(L), bad = label(L);
  IrImm names[2];
  destructure_names(L, p, names);
  L->pattern_source = NULL;
  branch(L, IR_BR_NULLISH, val, bad, ok);
  place(L, bad);
  IrInst *t = rt_inst(L, IRH_THROW_DESTRUCTURE, 1, &val);
  t->imms[0] = names[0];
  t->imms[1] = names[1];
  t->nimms = 2;
  jump(L, ok);
  place(L, ok);
  int nkeys = 0;
  int *keys = arena_alloc(sizeof(int) * (p->list.len + 1));
  for (int i = 0; i < p->list.len; i++) {
    AstNode *e = p->list.items[i];
    if (e->kind == AST_REST) {
      int *all = arena_alloc(sizeof(int) * (nkeys + 1));
      all[0] = val;
      memcpy(all + 1, keys, sizeof(int) * nkeys);
      EarlyRef er;
      early_ref(L, e->a, init, &er);
      int r = rtv(L, IRH_OBJECT_REST, nkeys + 1, all);
      L->f->insts[L->f->ninsts - 1].imm2 = 1;
      if (er.used)
        early_ref_assign(L, &er, r);
      else
        assign_target(L, e->a, r, init);
      continue;
    }
    int key = prop_key(L, e);
    keys[nkeys++] = key;
    EarlyRef er;
    early_ref(L, e->b, init, &er);
    int v = op2(L, IR_GET_ELEM, val, key);
    if (er.used)
      early_ref_assign(L, &er, v);
    else
      assign_target(L, e->b, v, init);
  }
}

static void assign_pattern(Lower *L, AstNode *t, int val, bool init) {
  while (t->kind == AST_PAREN)
    t = t->a;
  switch (t->kind) {
  case AST_ASSIGN_PATTERN: {
    int v = reg(L);
    mov(L, v, val);
    int dflt = label(L), done = label(L);
    branch(L, IR_BR_UNDEF, val, dflt, done);
    place(L, dflt);
    AstNode *target = t->a;
    while (target->kind == AST_PAREN)
      target = target->a;
    int d = (target->kind == AST_IDENT && is_anonymous_fn(t->b))
                ? function_value(L, t->b, target->str) : expr(L, t->b);
    mov(L, v, d);
    jump(L, done);
    place(L, done);
    assign_target(L, t->a, v, init);
    break;
  }
  case AST_ARRAY_PATTERN:
  case AST_ARRAY:
    array_pattern(L, t, val, init);
    break;
  case AST_OBJECT_PATTERN:
  case AST_OBJECT:
    object_pattern(L, t, val, init);
    break;
  default:
    assign_target(L, t, val, init);
    break;
  }
}

// ---------------------------------------------------------------------------
// Classes
// ---------------------------------------------------------------------------

static AstNode *find_ctor(AstNode *cls) {
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (m->op == AST_MEMBER_METHOD && (m->flags & AST_F_CONSTRUCTOR))
      return m;
  }
  return NULL;
}

static int class_expr(Lower *L, AstNode *cls, const char *name) {
  if (!name)
    name = "";
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  bool saved_strict = L->strict;
  L->strict = true;  // all of a class, heritage included, is strict code
  int parent;
  if (cls->a)
    parent = expr(L, cls->a);
  else
    parent = const_special(L, (int)JS_EMPTY);
  enter_scope(L, cls->scope);
  AstNode *ctor = find_ctor(cls);
  uint32_t flags = JS_FN_CLASS | JS_FN_CONSTRUCTOR | JS_FN_STRICT;
  if (cls->a)
    flags |= JS_FN_DERIVED;
  IrFunc *cf;
  if (ctor) {
    cf = lower_function(L, ctor->b, name, flags, cls->a ? 2 : 1);
  } else {
    // Default constructor: base does nothing, derived forwards its arguments.
    cf = lower_function(L, NULL, name, flags, cls->a ? 2 : 1);
  }
  cf->length = ctor ? param_count(ctor->b) : 0;
  IrInst *ci = emit(L, IR_CLASS);
  ci->dst = reg(L);
  ci->imm = cf->id;
  ci->imm2 = L->env;
  ci->a = parent;
  ci->c = atom_index(L, name, strlen(name));
  ci->may_throw = true;
  int C = ci->dst;
  IrInst *pi = emit(L, IR_GET_PROP);
  pi->dst = reg(L);
  pi->a = C;
  pi->imm = atom_index(L, "prototype", 9);
  pi->may_throw = true;
  int proto = pi->dst;
  rtv(L, IRH_SET_HOME, 2, (int[]){C, proto});
  // Private names are symbols made once per class evaluation.
  for (Binding *b = cls->scope->bindings; b; b = b->next) {
    if (b->kind == BIND_HIDDEN && b->name[0] == '#') {
      int d = const_cstr(L, b->name);
      store_raw(L, b, rt1(L, IRH_NEW_PRIVATE_SYMBOL, d));
    }
  }
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (m == ctor || m->op == AST_MEMBER_STATIC_BLOCK)
      continue;
    int target = (m->flags & AST_F_STATIC) ? C : proto;
    if (m->op == AST_MEMBER_FIELD) {
      if (m->binding)  // computed key, evaluated now
        store_raw(L, m->binding, rt1(L, IRH_TO_PROPERTY_KEY, expr(L, m->a)));
      continue;
    }
    const char *kn = (m->flags & AST_F_COMPUTED) ? NULL : key_name(m->a);
    if (m->a->kind == AST_PRIVATE_NAME)
      kn = arena_printf("#%s", m->a->str);
    int key = (m->flags & AST_F_COMPUTED)
                  ? rt1(L, IRH_TO_PROPERTY_KEY, expr(L, m->a))
                  : static_key(L, m->a);
    if (m->a->kind == AST_PRIVATE_NAME) {
      int kind = m->op == AST_MEMBER_METHOD ? 0 : m->op == AST_MEMBER_GETTER ? 1 : 2;
      const char *nm = kind == 0 ? kn : arena_printf("%s %s", kind == 1 ? "get" : "set", kn);
      int fn = method_value(L, m->b, nm, kind == 1 ? JS_FN_GETTER : kind == 2 ? JS_FN_SETTER : 0);
      rtv(L, IRH_SET_HOME, 2, (int[]){fn, target});
      if (m->flags & AST_F_STATIC)
        rt_imm(L, IRH_PRIVATE_ADD_METHOD, imm_int(kind), 3,
                (int[]){C, key, fn});
      else
        store_raw(L, m->binding, fn);
      continue;
    }
    define_method(L, target, key, kn, m->b,
                  m->op == AST_MEMBER_METHOD ? 0 : m->op == AST_MEMBER_GETTER ? 1 : 2, false);
  }
  if (cls->c) {
    IrFunc *ff = lower_function(L, cls->c, "", JS_FN_METHOD | JS_FN_STRICT, 0);
    int fi = closure(L, ff, "");
    rtv(L, IRH_SET_HOME, 2, (int[]){fi, proto});
    rtv(L, IRH_SET_CLASS_FIELDS, 2, (int[]){C, fi});
  }
  // The class's inner name binding.
  for (Binding *b = cls->scope->bindings; b; b = b->next)
    if (b->kind == BIND_CLASS_INNER)
      store_raw(L, b, C);
  if (cls->d) {
    IrFunc *sf = lower_function(L, cls->d, "", JS_FN_METHOD | JS_FN_STRICT, 0);
    int si = closure(L, sf, "");
    rtv(L, IRH_SET_HOME, 2, (int[]){si, C});
    IrInst *c = emit(L, IR_CALL);
    c->dst = reg(L);
    c->a = si;
    c->b = C;
    c->nargs = 0;
    callee_text_imm(c, "static initializer");
    c->may_throw = true;
  }
  L->strict = saved_strict;
  leave_scope(L, cls->scope, saved_scope, saved_env);
  return C;
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

static Ctl *push_ctl(Lower *L, int kind) {
  if (L->nctl >= 256)
    ICE("control nesting too deep");
  Ctl *c = &L->ctl[L->nctl++];
  memset(c, 0, sizeof *c);
  c->kind = kind;
  c->outer_handler = L->handler;
  c->scope = L->scope;
  c->env = L->env;
  c->brk = c->cont = -1;
  c->labels = L->pending_labels;
  L->pending_labels = NULL;
  return c;
}

static void block_stmts(Lower *L, AstList *stmts) {
  hoist_functions(L, stmts);
  for (int i = 0; i < stmts->len; i++)
    stmt(L, stmts->items[i]);
}

// Leaving a for-of/for-await loop early calls the iterator's return().
static void close_iter(Lower *L, Ctl *c) {
  if (c->cont == 1 && c->kind == CTL_ITER) {
    int r = rtv(L, IRH_ASYNC_ITERATOR_RETURN, 1, &c->iter);
    emit_await(L, r);
  } else {
    rt_imm(L, IRH_ITERATOR_CLOSE, imm_bool(false), 1, &c->iter);
  }
}

// Runs the cleanups (finally blocks, iterator closes) of control entries
// above [down_to] before a jump out of them.
static void unwind(Lower *L, int down_to) {
  int saved_n = L->nctl;
  int saved_handler = L->handler;
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  for (int i = saved_n - 1; i >= down_to; i--) {
    Ctl c = L->ctl[i];
    L->nctl = i;
    L->handler = c.outer_handler;
    if (c.kind == CTL_FINALLY) {
      L->scope = c.scope;
      L->env = c.env;
      stmt(L, c.finally_block);
    } else if (c.kind == CTL_ITER) {
      close_iter(L, &c);
    }
  }
  L->nctl = saved_n;
  L->handler = saved_handler;
  L->scope = saved_scope;
  L->env = saved_env;
}

static bool has_label(Ctl *c, const char *name) {
  if (!c->labels)
    return false;
  for (int i = 0; i < c->labels->len; i++)
    if (strcmp(c->labels->items[i]->str, name) == 0)
      return true;
  return false;
}

static void jump_stmt(Lower *L, AstNode *n, bool is_break) {
  for (int i = L->nctl - 1; i >= 0; i--) {
    Ctl *c = &L->ctl[i];
    bool match;
    if (n->str)
      match = has_label(c, n->str) && (is_break || c->kind == CTL_LOOP);
    else
      match = is_break ? (c->kind == CTL_LOOP || c->kind == CTL_SWITCH)
                       : c->kind == CTL_LOOP;
    if (!match)
      continue;
    if (n->str && !is_break && c->kind != CTL_LOOP)
      break;
    unwind(L, i + 1);
    if (is_break && c->kind == CTL_LOOP && i > 0 && L->ctl[i - 1].kind == CTL_ITER &&
        c->iter == 1) {
      // Leaving a for-of loop closes its iterator.
      int saved = L->handler;
      L->handler = L->ctl[i - 1].outer_handler;
      close_iter(L, &L->ctl[i - 1]);
      L->handler = saved;
    }
    jump(L, is_break ? c->brk : c->cont);
    return;
  }
  if (n->str)
    diag_error(L->src, n->span, "Undefined label '%s'", n->str);
  else
    diag_error(L->src, n->span, is_break ? "Illegal break statement"
                                         : "Illegal continue statement: no surrounding iteration statement");
  L->errors++;
}

// Returns v as is: falling off the end of an async generator and `return;`
// do not await (ECMA-262 #sec-return-statement-runtime-semantics-evaluation
// awaits only `return expr`).
static void emit_return_now(Lower *L, int v);

// A return whose value an async generator awaits first.
static void emit_return(Lower *L, int v) {
  if (L->f->coro == 3)
    v = emit_await(L, v);
  emit_return_now(L, v);
}

// Returns v, or what [[Construct]] makes of it when new.target is set
// (ECMA-262 #sec-ecmascript-function-objects-construct-argumentslist-newtarget):
// for a base constructor `this` unless v is an object.
static void emit_construct_return(Lower *L, int v) {
  int plain = label(L), ctor = label(L);
  IrInst *nti = emit(L, IR_NEW_TARGET);
  nti->dst = reg(L);
  int nt = nti->dst;
  branch(L, IR_BR_UNDEF, nt, plain, ctor);
  place(L, ctor);
  int this_r;
  Binding *tb = scope_find_kind(L->fscope, BIND_THIS);
  if (tb) {
    this_r = load_raw(L, tb);
  } else {
    IrInst *t = emit(L, IR_THIS);
    t->dst = reg(L);
    this_r = t->dst;
  }
  int r = rt_imm(L, IRH_CONSTRUCT_RESULT, imm_bool(L->f->ctor_kind == 2), 2, (int[]){v, this_r});
  IrInst *ret = emit(L, IR_RET);
  ret->a = r;
  place(L, plain);
  ret = emit(L, IR_RET);
  ret->a = v;
}

// A base constructor or plain function returns through one exit block
// (emit_ctor_exit), where its result cannot throw. A derived constructor
// checks at each return: node throws the ReferenceError of a `this` that
// super() never bound at the return, where an enclosing try catches it.
// Label 0 is the function's exit label, never a return block.
static void emit_return_now(Lower *L, int v) {
  if (L->f->ctor_kind == 2) {
    emit_construct_return(L, v);
    return;
  }
  if (L->f->ctor_kind) {
    if (!L->ret_label) {
      L->ret_label = label(L);
      L->ret_reg = reg(L);
    }
    IrInst *mov = emit(L, IR_MOV);
    mov->dst = L->ret_reg;
    mov->a = v;
    jump(L, L->ret_label);
    return;
  }
  IrInst *ret = emit(L, IR_RET);
  ret->a = v;
}

static void emit_ctor_exit(Lower *L) {
  if (!L->ret_label)
    return;
  L->handler = L->f->exit_label;
  place(L, L->ret_label);
  emit_construct_return(L, L->ret_reg);
}

static void loop_body(Lower *L, AstNode *body, int brk, int cont) {
  Ctl *c = push_ctl(L, CTL_LOOP);
  c->brk = brk;
  c->cont = cont;
  stmt(L, body);
  L->nctl--;
}

static void var_decl(Lower *L, AstNode *n) {
  for (int i = 0; i < n->list.len; i++) {
    AstNode *d = n->list.items[i];
    AstNode *t = d->a;
    if (!d->b) {
      if (n->op == AST_VAR)
        continue;
      assign_pattern(L, t, undef(L), true);
      continue;
    }
    int v = (t->kind == AST_IDENT && is_anonymous_fn(d->b))
                ? function_value(L, d->b, t->str) : expr(L, d->b);
    L->pattern_source = d->b;
    // `var x = v` assigns (x may be captured, global or a with object's
    // property); let/const initialize.
    assign_pattern(L, t, v, n->op != AST_VAR ||
                            (t->kind == AST_IDENT && t->binding && !t->scope));
    L->pattern_source = NULL;
  }
}

static void for_stmt(Lower *L, AstNode *n) {
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  AstList *labels = L->pending_labels;
  L->pending_labels = NULL;
  enter_scope(L, n->scope);
  bool per_iter = n->scope && n->scope->env_reg >= 0 && n->scope->env_size > 0 &&
                  L->env == n->scope->env_reg;
  if (n->a) {
    if (n->a->kind == AST_VAR_DECL)
      var_decl(L, n->a);
    else
      expr(L, n->a);
  }
  int top = label(L), body = label(L), cont = label(L), end = label(L);
  if (per_iter) {
    IrInst *i = emit(L, IR_COPY_ENV);
    i->imm = n->scope->env_reg;
  }
  place(L, top);
  if (n->b)
    branch(L, IR_BR_TRUTHY, expr(L, n->b), body, end);
  place(L, body);
  L->pending_labels = labels;
  loop_body(L, n->d, end, cont);
  place(L, cont);
  if (per_iter) {
    IrInst *i = emit(L, IR_COPY_ENV);
    i->imm = n->scope->env_reg;
  }
  if (n->c)
    expr(L, n->c);
  jump(L, top);
  place(L, end);
  leave_scope(L, n->scope, saved_scope, saved_env);
}

// The loop variable of for-in/for-of: a fresh binding each iteration.
static void bind_loop_var(Lower *L, AstNode *n, int v) {
  AstNode *left = n->a;
  if (left->kind == AST_VAR_DECL) {
    AstNode *t = left->list.items[0]->a;
    assign_pattern(L, t, v, left->op != AST_VAR || (t->kind == AST_IDENT && t->binding));
  } else {
    assign_pattern(L, left, v, false);
  }
}

static void for_in_stmt(Lower *L, AstNode *n) {
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  AstList *labels = L->pending_labels;
  L->pending_labels = NULL;
  enter_scope(L, n->scope);  // TDZ scope for the right-hand side
  int obj = expr(L, n->b);
  leave_scope(L, n->scope, saved_scope, saved_env);
  int e = rt1(L, IRH_FOR_IN_START, obj);
  int top = label(L), body = label(L), end = label(L);
  place(L, top);
  int key = reg(L);
  int more = rtv(L, IRH_FOR_IN_NEXT, 2, (int[]){e, (key)});
  branch(L, IR_BR_TRUE, more, body, end);
  place(L, body);
  enter_scope(L, n->scope);
  bind_loop_var(L, n, key);
  L->pending_labels = labels;
  loop_body(L, n->d, end, top);
  leave_scope(L, n->scope, saved_scope, saved_env);
  jump(L, top);
  place(L, end);
}

static void for_of_stmt(Lower *L, AstNode *n) {
  bool is_await = (n->flags & AST_F_AWAIT) != 0;
  if (is_await && L->f->coro != 2 && L->f->coro != 3) {
    unsupported(L, n, "for await outside an async function");
    return;
  }
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  AstList *labels = L->pending_labels;
  L->pending_labels = NULL;
  enter_scope(L, n->scope);
  int obj = expr(L, n->b);
  leave_scope(L, n->scope, saved_scope, saved_env);
  int next = reg(L);
  int iter = rtv(L, is_await ? IRH_GET_ASYNC_ITERATOR : IRH_GET_ITERATOR, 2,
                 (int[]){obj, (next)});
  int top = label(L), body = label(L), end = label(L), pad = label(L);
  place(L, top);
  int val = reg(L);
  int s;
  if (is_await) {
    IrInst *c = emit(L, IR_CALL);
    c->dst = reg(L);
    c->a = next;
    c->b = iter;
    callee_text_imm(c, "next");
    c->may_throw = true;
    int res = emit_await(L, c->dst);
    s = rtv(L, IRH_ASYNC_ITER_VALUE, 2, (int[]){res, (val)});
  } else {
    s = rtv(L, IRH_ITERATOR_STEP, 3, (int[]){iter, next, (val)});
  }
  branch(L, IR_BR_TRUE, s, body, end);
  place(L, body);
  int outer = L->handler;
  L->handler = pad;
  Ctl *it = push_ctl(L, CTL_ITER);
  it->iter = iter;
  it->outer_handler = outer;
  it->cont = is_await;  // CTL_ITER: cont != 0 marks an async iterator
  enter_scope(L, n->scope);
  bind_loop_var(L, n, val);
  L->pending_labels = labels;
  // A `continue` goes to the next step; the iterator stays open.
  Ctl *c = push_ctl(L, CTL_LOOP);
  c->brk = end;
  c->cont = top;
  c->iter = 1;  // marks the loop of a for-of: break closes the iterator below
  c->labels = labels;
  stmt(L, n->d);
  L->nctl--;  // loop
  L->nctl--;  // iter
  leave_scope(L, n->scope, saved_scope, saved_env);
  L->handler = outer;
  jump(L, top);
  emit_iter_pad(L, pad, iter, outer);
  place(L, end);
}

static void try_stmt(Lower *L, AstNode *n) {
  int outer = L->handler;
  int catch_l = label(L), fin_exc = label(L), done = label(L);
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  if (n->d) {
    Ctl *c = push_ctl(L, CTL_FINALLY);
    c->finally_block = n->d;
    c->outer_handler = outer;
  }
  L->handler = n->c ? catch_l : fin_exc;
  stmt(L, n->a);
  L->handler = n->d ? fin_exc : outer;
  jump(L, done);
  if (n->c) {
    place(L, catch_l);
    IrInst *c = emit(L, IR_CATCH);
    c->dst = reg(L);
    int exc = c->dst;
    enter_scope(L, n->c->scope);
    if (n->b)
      assign_pattern(L, n->b, exc, true);
    block_stmts(L, &n->c->list);
    leave_scope(L, n->c->scope, saved_scope, saved_env);
    jump(L, done);
  }
  L->handler = outer;
  if (n->d) {
    L->nctl--;
    place(L, fin_exc);
    IrInst *c = emit(L, IR_CATCH);
    c->dst = reg(L);
    int exc = c->dst;
    stmt(L, n->d);
    IrInst *t = emit(L, IR_THROW);
    t->a = exc;
    place(L, done);
    stmt(L, n->d);
  } else {
    place(L, done);
  }
}

static void switch_stmt(Lower *L, AstNode *n) {
  Scope *saved_scope = L->scope;
  int saved_env = L->env;
  int d = expr(L, n->a);
  enter_scope(L, n->scope);
  int end = label(L);
  int *labels = arena_alloc(sizeof(int) * (n->list.len + 1));
  int dflt = -1;
  for (int i = 0; i < n->list.len; i++)
    labels[i] = label(L);
  for (Binding *b = n->scope ? n->scope->bindings : NULL; b; b = b->next)
    (void)b;
  for (int i = 0; i < n->list.len; i++) {
    AstNode *c = n->list.items[i];
    if (!c->a) {
      dflt = labels[i];
      continue;
    }
    int t = expr(L, c->a);
    int eq = binary(L, AST_OP_SEQ, d, t);
    int next = label(L);
    branch(L, IR_BR_TRUE, eq, labels[i], next);
    place(L, next);
  }
  jump(L, dflt >= 0 ? dflt : end);
  Ctl *c = push_ctl(L, CTL_SWITCH);
  c->brk = end;
  for (int i = 0; i < n->list.len; i++)
    hoist_functions(L, &n->list.items[i]->list);
  for (int i = 0; i < n->list.len; i++) {
    place(L, labels[i]);
    AstList *stmts = &n->list.items[i]->list;
    for (int k = 0; k < stmts->len; k++)
      stmt(L, stmts->items[k]);
  }
  L->nctl--;
  jump(L, end);
  place(L, end);
  leave_scope(L, n->scope, saved_scope, saved_env);
}

static void stmt(Lower *L, AstNode *n) {
  if (!n)
    return;
  if (n->kind != AST_BLOCK && n->kind != AST_EMPTY)
    line(L, n);
  switch (n->kind) {
  case AST_VAR_DECL:
    var_decl(L, n);
    break;
  case AST_FUNC_DECL:
    break;  // hoisted
  case AST_CLASS_DECL: {
    int c = class_expr(L, n, n->str);
    if (n->binding)
      store_raw(L, n->binding, c);
    break;
  }
  case AST_EXPR_STMT:
    expr(L, n->a);
    break;
  case AST_BLOCK: {
    Scope *saved_scope = L->scope;
    int saved_env = L->env;
    enter_scope(L, n->scope);
    block_stmts(L, &n->list);
    leave_scope(L, n->scope, saved_scope, saved_env);
    break;
  }
  case AST_EMPTY:
  case AST_DEBUGGER:
    break;
  case AST_IF: {
    int t = label(L), f = label(L), end = label(L);
    branch(L, IR_BR_TRUTHY, expr(L, n->a), t, f);
    place(L, t);
    stmt(L, n->b);
    jump(L, end);
    place(L, f);
    stmt(L, n->c);
    jump(L, end);
    place(L, end);
    break;
  }
  case AST_WHILE: {
    int top = label(L), body = label(L), end = label(L);
    place(L, top);
    branch(L, IR_BR_TRUTHY, expr(L, n->a), body, end);
    place(L, body);
    loop_body(L, n->d, end, top);
    jump(L, top);
    place(L, end);
    break;
  }
  case AST_DO_WHILE: {
    int top = label(L), cont = label(L), end = label(L);
    place(L, top);
    loop_body(L, n->d, end, cont);
    place(L, cont);
    branch(L, IR_BR_TRUTHY, expr(L, n->a), top, end);
    place(L, end);
    break;
  }
  case AST_FOR:
    for_stmt(L, n);
    break;
  case AST_FOR_IN:
    for_in_stmt(L, n);
    break;
  case AST_FOR_OF:
    for_of_stmt(L, n);
    break;
  case AST_RETURN: {
    int v = n->a ? expr(L, n->a) : undef(L);
    if (L->fnode->kind == AST_PROGRAM && L->opt->script) {
      diag_error(L->src, n->span, "Illegal return statement");
      L->errors++;
    }
    unwind(L, 0);
    if (n->a)
      emit_return(L, v);
    else
      emit_return_now(L, v);
    place(L, label(L));
    break;
  }
  case AST_BREAK:
    jump_stmt(L, n, true);
    place(L, label(L));
    break;
  case AST_CONTINUE:
    jump_stmt(L, n, false);
    place(L, label(L));
    break;
  case AST_THROW: {
    int v = expr(L, n->a);
    IrInst *t = emit(L, IR_THROW);
    t->a = v;
    place(L, label(L));
    break;
  }
  case AST_TRY:
    try_stmt(L, n);
    break;
  case AST_SWITCH:
    switch_stmt(L, n);
    break;
  case AST_LABELED: {
    AstList *labels = L->pending_labels;
    if (!labels) {
      labels = arena_alloc(sizeof *labels);
    }
    ast_list_push(labels, n);
    AstNode *body = n->a;
    if (body->kind == AST_FOR || body->kind == AST_WHILE || body->kind == AST_DO_WHILE ||
        body->kind == AST_FOR_IN || body->kind == AST_FOR_OF) {
      L->pending_labels = labels;
      stmt(L, body);
      L->pending_labels = NULL;
    } else if (body->kind == AST_LABELED) {
      L->pending_labels = labels;
      stmt(L, body);
    } else {
      L->pending_labels = labels;
      int end = label(L);
      Ctl *c = push_ctl(L, CTL_BLOCK);
      c->brk = end;
      stmt(L, body);
      L->nctl--;
      place(L, end);
    }
    break;
  }
  case AST_WITH: {
    int obj = rt1(L, IRH_TO_OBJECT, expr(L, n->a));
    Scope *saved_scope = L->scope;
    int saved_env = L->env;
    enter_scope(L, n->scope);
    store_raw(L, n->scope->with_object, obj);
    stmt(L, n->d);
    leave_scope(L, n->scope, saved_scope, saved_env);
    break;
  }
  case AST_IMPORT:
    break;  // linked at compile time (module/graph.c)
  case AST_EXPORT:
    export_stmt(L, n);
    break;
  default:
    diag_error_as(L->src, n->span, NULL, "unexpected statement (kind %d)", n->kind);
    L->errors++;
    break;
  }
  // A labelled non-loop statement must not leak its labels.
  if (n->kind != AST_LABELED)
    L->pending_labels = NULL;
}

// `export <declaration>` runs the declaration; `export default <expr>`
// initializes *default*; export lists and re-exports only link.
static void export_stmt(Lower *L, AstNode *n) {
  AstNode *d = n->a;
  if (n->str || !d || d->kind == AST_FUNC_DECL)
    return;  // re-exports are linked, functions hoisted
  if (!(n->flags & AST_F_DEFAULT) || (d->kind == AST_CLASS_DECL && d->str) ||
      d->kind == AST_VAR_DECL) {
    stmt(L, d);
    return;
  }
  int v = d->kind == AST_CLASS_DECL ? class_expr(L, d, "default")
          : is_anonymous_fn(d)      ? function_value(L, d, "default")
                                    : expr(L, d);
  if (n->binding)
    store_raw(L, n->binding, v);
}

// ---------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------

static void init_pseudo(Lower *L, Scope *fs) {
  for (Binding *b = fs->bindings; b; b = b->next) {
    IrInst *i;
    switch (b->kind) {
    case BIND_THIS:
      if (fs->derived && fs->is_class_ctor) {
        store_raw(L, b, const_special(L, (int)JS_UNINIT));
        break;
      }
      if (fs->kind == SCOPE_PROGRAM && L->opt->script) {
        store_raw(L, b, rt0(L, IRH_GLOBAL_OBJECT));
        break;
      }
      if (fs->kind == SCOPE_PROGRAM && L->opt->module) {
        store_raw(L, b, undef(L));
        break;
      }
      i = emit(L, IR_THIS);
      i->dst = reg(L);
      if (!fs->strict && fs->kind == SCOPE_FUNCTION)
        store_raw(L, b, rt1(L, IRH_SLOPPY_THIS, i->dst));
      else
        store_raw(L, b, i->dst);
      break;
    case BIND_NEW_TARGET:
      i = emit(L, IR_NEW_TARGET);
      i->dst = reg(L);
      store_raw(L, b, i->dst);
      break;
    case BIND_HOME:
      i = emit(L, IR_CALLEE);
      i->dst = reg(L);
      int callee_r = i->dst;
      store_raw(L, b, rtv(L, IRH_FUNC_HOME, 1, &callee_r));
      break;
    case BIND_ACTIVE_FUNC:
      i = emit(L, IR_CALLEE);
      i->dst = reg(L);
      store_raw(L, b, i->dst);
      break;
    case BIND_ARGUMENTS:
      i = emit(L, IR_ARGUMENTS);
      i->dst = reg(L);
      i->imm = fs->strict || !(L->fnode->flags & AST_F_SIMPLE_PARAMS);
      store_raw(L, b, i->dst);
      break;
    default:
      break;
    }
  }
}

static void init_params(Lower *L, AstNode *fn) {
  for (int i = 0; i < fn->list.len; i++) {
    AstNode *p = fn->list.items[i];
    if (p->kind == AST_REST) {
      IrInst *r = emit(L, IR_REST);
      r->dst = reg(L);
      r->imm = i;
      assign_pattern(L, p->a, r->dst, true);
      break;
    }
    IrInst *a = emit(L, IR_ARGC_ARG);
    a->dst = reg(L);
    a->imm = i;
    assign_pattern(L, p, a->dst, true);
  }
}

// `var` bindings start as undefined (parameters and functions have values).
// Those that eval code declares (pass/eval.c) are set before the
// parameters, whose default values may run that code.
static bool eval_var(const Binding *b) {
  return b->kind == BIND_VAR && b->decl && (b->decl->flags & AST_F_EVAL);
}

static void init_eval_vars(Lower *L, Scope *fs) {
  for (Binding *b = fs->bindings; b; b = b->next)
    if (eval_var(b))
      store_raw(L, b, undef(L));
}

static void init_vars(Lower *L, Scope *fs) {
  for (Binding *b = fs->bindings; b; b = b->next)
    if (b->kind == BIND_VAR && !eval_var(b))
      store_raw(L, b, undef(L));
}

static void hoist_script_vars(Lower *L, AstList *stmts);

// Sloppy eval code in the global scope first checks that it can make each
// of its global functions, then vars, before it makes any
// (ECMA-262 #sec-evaldeclarationinstantiation).
static void check_eval_globals(Lower *L, AstNode *fn) {
  AstList vars = {0}, funcs = {0};
  eval_declarations(&fn->a->list, &vars, &funcs);
  for (int i = 0; i < funcs.len; i++) {
    int k = funcs.items[i]->binding ? -1 : global_atom(L, funcs.items[i]->str);
    if (k >= 0)
      rt_imm(L, IRH_EVAL_CAN_DECLARE, imm_int(1), 1, &k);
  }
  for (int i = 0; i < vars.len; i++) {
    int k = vars.items[i]->binding ? -1 : global_atom(L, vars.items[i]->str);
    if (k >= 0)
      rt_imm(L, IRH_EVAL_CAN_DECLARE, imm_int(0), 1, &k);
  }
}

static IrFunc *lower_function(Lower *P, AstNode *fn, const char *name,
                              uint32_t flags, int ctor_kind) {
  IrFunc *f = ir_new_func(P->m, name);
  f->node = fn;
  f->fn_flags = flags;
  f->ctor_kind = ctor_kind;
  f->length = fn ? param_count(fn) : 0;
  if (fn && (fn->flags & AST_F_GENERATOR) && (fn->flags & AST_F_ASYNC))
    f->coro = 3;
  else if (fn && (fn->flags & AST_F_GENERATOR))
    f->coro = 1;
  else if (fn && (fn->flags & AST_F_ASYNC))
    f->coro = 2;
  Lower L = {.m = P->m, .f = f, .src = P->src, .opt = P->opt, .fnode = fn,
             .env = -1, .opt_short = -1};
  L.handler = f->exit_label;
  emit(&L, IR_STACK_CHECK);
  if (!fn) {
    // Synthesized default constructor.
    f->strict = true;
    L.strict = true;
    if (ctor_kind == 2) {
      IrInst *c = emit(&L, IR_CALLEE);
      c->dst = reg(&L);
      IrInst *nt = emit(&L, IR_NEW_TARGET);
      nt->dst = reg(&L);
      IrInst *r = emit(&L, IR_REST);
      r->dst = reg(&L);
      r->imm = 0;
      int t = rt3(&L, IRH_SUPER_CONSTRUCT_SPREAD, c->dst, nt->dst, r->dst);
      rt2(&L, IRH_RUN_CLASS_FIELDS, c->dst, t);
      IrInst *ret = emit(&L, IR_RET);
      ret->a = t;
    } else {
      IrInst *c = emit(&L, IR_CALLEE);
      c->dst = reg(&L);
      IrInst *th = emit(&L, IR_THIS);
      th->dst = reg(&L);
      rt2(&L, IRH_RUN_CLASS_FIELDS, c->dst, th->dst);
      IrInst *ret = emit(&L, IR_RET);
      ret->a = th->dst;
    }
    return f;
  }
  Scope *fs = fn->scope;
  L.fscope = fs;
  L.strict = fs->strict;
  f->strict = fs->strict;
  if (fs->strict)
    f->fn_flags |= JS_FN_STRICT;
  enter_scope(&L, fs);
  init_pseudo(&L, fs);
  if (ctor_kind == 1 && fs->is_class_ctor) {
    IrInst *c = emit(&L, IR_CALLEE);
    c->dst = reg(&L);
    IrInst *th = emit(&L, IR_THIS);
    th->dst = reg(&L);
    rt2(&L, IRH_RUN_CLASS_FIELDS, c->dst, th->dst);
  }
  init_eval_vars(&L, fs);
  init_params(&L, fn);
  init_vars(&L, fs);
  if ((fn->flags & AST_F_EVAL) && !fs->strict) {
    check_eval_globals(&L, fn);  // sloppy eval code in a script
    hoist_script_vars(&L, &fn->a->list);
  }
  if (f->coro == 1 || f->coro == 3)
    emit(&L, IR_GEN_START);
  if (fn->list2.len) {
    // Class field initializer / static initializer (see resolve.c).
    IrInst *th = emit(&L, IR_THIS);
    // The register, not the instruction: later emits may move the array.
    int this_reg = th->dst = reg(&L);
    for (int i = 0; i < fn->list2.len; i++) {
      AstNode *m = fn->list2.items[i];
      line(&L, m);
      if (m->op == AST_MEMBER_STATIC_BLOCK) {
        Scope *ss = L.scope;
        int se = L.env;
        enter_scope(&L, m->b->scope);
        block_stmts(&L, &m->b->list);
        leave_scope(&L, m->b->scope, ss, se);
        continue;
      }
      if (m->op != AST_MEMBER_FIELD) {  // private method or accessor
        int kind = m->op == AST_MEMBER_METHOD ? 0 : m->op == AST_MEMBER_GETTER ? 1 : 2;
        int sym = load_binding(&L, m->a->binding);
        int method = load_raw(&L, m->binding);
        rt_imm(&L, IRH_PRIVATE_ADD_METHOD, imm_int(kind), 3,
                (int[]){this_reg, sym, method});
        continue;
      }
      const char *kn = (m->flags & AST_F_COMPUTED) ? NULL : key_name(m->a);
      if (m->a->kind == AST_PRIVATE_NAME)
        kn = arena_printf("#%s", m->a->str);
      int key = m->binding ? load_raw(&L, m->binding) : static_key(&L, m->a);
      int v = !m->b ? undef(&L)
              : is_anonymous_fn(m->b) ? function_value(&L, m->b, kn ? kn : "")
              : expr(&L, m->b);
      if (m->b && !kn && is_anonymous_fn(m->b))
        set_fn_name(&L, v, key, NULL);
      if (m->a->kind == AST_PRIVATE_NAME)
        rt3(&L, IRH_PRIVATE_DEFINE_FIELD, this_reg, key, v);
      else
        rt3(&L, IRH_DEFINE_FIELD, this_reg, key, v);
    }
    emit_return(&L, undef(&L));
  } else if (fn->flags & AST_F_EXPR_BODY) {
    int v = expr(&L, fn->a);
    emit_return(&L, v);
  } else {
    block_stmts(&L, &fn->a->list);
    emit_return_now(&L, undef(&L));
  }
  emit_ctor_exit(&L);
  P->errors += L.errors;
  return f;
}

static void declare_pattern_globals(Lower *L, AstNode *p) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT:
    if (!p->binding)
      rt1(L, (L->fnode->flags & AST_F_EVAL) ? IRH_DECLARE_EVAL_VAR : IRH_DECLARE_GLOBAL_VAR,
          global_atom(L, p->str));
    break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      declare_pattern_globals(L, p->list.items[i]);
    break;
  case AST_PROPERTY:
    declare_pattern_globals(L, p->b);
    break;
  case AST_ASSIGN_PATTERN:
  case AST_REST:
    declare_pattern_globals(L, p->a);
    break;
  default:
    break;
  }
}

// Top-level `var` names of a classic script become global properties
// before any code runs (ECMA-262 #sec-globaldeclarationinstantiation).
static void hoist_script_vars(Lower *L, AstList *stmts);

static void hoist_script_var(Lower *L, AstNode *n) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_VAR_DECL:
    if (n->op == AST_VAR)
      for (int i = 0; i < n->list.len; i++)
        declare_pattern_globals(L, n->list.items[i]->a);
    break;
  case AST_BLOCK:
    hoist_script_vars(L, &n->list);
    break;
  case AST_SWITCH:
    for (int i = 0; i < n->list.len; i++)
      hoist_script_vars(L, &n->list.items[i]->list);
    break;
  case AST_IF:
    hoist_script_var(L, n->b);
    hoist_script_var(L, n->c);
    break;
  case AST_FOR:
  case AST_FOR_IN:
  case AST_FOR_OF:
    hoist_script_var(L, n->a);
    hoist_script_var(L, n->d);
    break;
  case AST_WHILE:
  case AST_DO_WHILE:
  case AST_WITH:
    hoist_script_var(L, n->d);
    break;
  case AST_TRY:
    hoist_script_var(L, n->a);
    if (n->c)
      hoist_script_vars(L, &n->c->list);
    hoist_script_var(L, n->d);
    break;
  case AST_LABELED:
    hoist_script_var(L, n->a);
    break;
  default:
    break;
  }
}

static void hoist_script_vars(Lower *L, AstList *stmts) {
  for (int i = 0; i < stmts->len; i++)
    hoist_script_var(L, stmts->items[i]);
}

IrModule *lower_module(AstNode *program, Source *src, const LowerOptions *opt) {
  IrModule *m = arena_alloc(sizeof *m);
  m->filename = src->path;
  m->src = src;
  m->script = opt->script;
  return lower_module_into(m, program, src, opt) < 0 ? NULL : m;
}

int lower_module_into(IrModule *m, AstNode *program, Source *src, const LowerOptions *opt) {
  IrFunc *f = ir_new_func(m, "main");
  f->node = program;
  Lower L = {.m = m, .f = f, .src = src, .opt = opt, .fnode = program,
             .env = -1, .opt_short = -1};
  L.handler = f->exit_label;
  Scope *ps = program->scope;
  L.fscope = ps;
  L.strict = ps->strict;
  f->strict = ps->strict;
  if (opt->module) {
    // Module bodies may await, and run inside a promise job as node runs
    // them: an initial await of undefined suspends until the first
    // microtask checkpoint.
    f->coro = 2;
    f->strict = L.strict = true;
  }
  enter_scope(&L, ps);
  if (opt->module)
    emit_await(&L, undef(&L));
  int wrapper_arg = 0;
  for (Binding *b = ps->bindings; b; b = b->next) {
    if (b->kind != BIND_PARAM)
      continue;
    IrInst *a = emit(&L, IR_ARGC_ARG);  // CommonJS wrapper parameters
    a->dst = reg(&L);
    a->imm = wrapper_arg++;
    store_raw(&L, b, a->dst);
  }
  init_pseudo(&L, ps);
  init_eval_vars(&L, ps);
  init_vars(&L, ps);
  if (opt->script) {
    // Classic script: top-level var and function names are global properties.
    hoist_script_vars(&L, &program->list);
  }
  block_stmts(&L, &program->list);
  int u = undef(&L);
  IrInst *ret = emit(&L, IR_RET);
  ret->a = u;
  if (L.errors || diag_error_count())
    return -1;
  return f->id;
}

// An ES module becomes two functions. "init" creates the module
// environment, sets `var`s to undefined and creates the hoisted functions
// (ECMA-262 #sec-source-text-module-record-initialize-environment): every
// module of the program is initialized before any body runs, so a cycle can
// call a function of a module that has not run yet. "main" runs the body
// over that same environment: a plain function, or an async one when the
// module awaits at its top level.
int lower_esm_into(IrModule *m, AstNode *program, Source *src, const LowerOptions *opt,
                   int *init_out) {
  Scope *ps = program->scope;
  IrFunc *fi = ir_new_func(m, "init");
  fi->node = program;
  fi->strict = true;
  Lower I = {.m = m, .f = fi, .src = src, .opt = opt, .fnode = program,
             .env = -1, .opt_short = -1, .module_env = 1, .strict = true};
  I.handler = fi->exit_label;
  I.fscope = ps;
  enter_scope(&I, ps);
  for (Binding *b = ps->bindings; b; b = b->next)
    if (b->kind == BIND_VAR && b->captured)
      store_raw(&I, b, undef(&I));
  hoist_functions(&I, &program->list);
  int u = undef(&I);
  emit(&I, IR_RET)->a = u;
  *init_out = fi->id;

  IrFunc *f = ir_new_func(m, "main");
  f->node = program;
  f->strict = true;
  f->coro = opt->tla ? 2 : 0;
  Lower L = {.m = m, .f = f, .src = src, .opt = opt, .fnode = program,
             .env = -1, .opt_short = -1, .module_env = 2, .strict = true};
  L.handler = f->exit_label;
  L.fscope = ps;
  enter_scope(&L, ps);
  init_pseudo(&L, ps);
  for (Binding *b = ps->bindings; b; b = b->next)
    if (b->kind == BIND_VAR && !b->captured)
      store_raw(&L, b, undef(&L));
  for (int i = 0; i < program->list.len; i++)
    stmt(&L, program->list.items[i]);
  u = undef(&L);
  emit(&L, IR_RET)->a = u;
  L.errors += I.errors;
  if (L.errors || diag_error_count())
    return -1;
  return f->id;
}
