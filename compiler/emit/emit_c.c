// SPDX-License-Identifier: MIT
//
// emit_c.c: IR -> C.
//
// One C function per JS function (named jsf_<id>_<js name>), registers and
// locals as C locals, labels and gotos for control flow, one static inline
// cache per property site, atoms made once in module_init, and #line
// directives so cc diagnostics, gdb and perf point at the JS source.
#include "emit.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/include/kiln.h"

typedef struct Emit {
  FILE *out;
  IrModule *m;
  IrFunc *f;
  int ic;            // next inline cache index
  uint32_t line;     // last #line emitted
  const char *file;  // quoted file name for #line
  const char *named; // the file the last #line named (later ones omit it)
  long line_end;     // output offset just after the last #line, or -1
  bool lines;
  int state;         // next suspension state (generators, async)
  bool library;      // a built-in module: nothing but jsl_<name>_* is global
  bool chunked;      // emitting a chunk of a split function (emit_chunked)
  const char *cold;  // EmitOptions.cold_attr, or ""
  bool split;        // one part of a module split over units: all global
  bool frames;       // JS stack frames (not in built-in library modules)
  uint32_t pos_line, pos_col;  // the position last stored in the frame (0: none)
} Emit;

static void put_c_string(FILE *out, const char *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c < 32 || c >= 127 || c == '?')
      fprintf(out, "\\%03o", c);
    else
      fputc(c, out);
  }
  fputc('"', out);
}

static const char *c_ident(const char *name) {
  static char buf[64];
  int j = 0;
  for (const char *p = name; *p && j < 40; p++) {
    unsigned char c = (unsigned char)*p;
    if (isalnum(c) || c == '_')
      buf[j++] = (char)c;
    else if (c == '$')
      buf[j++] = 'S';
  }
  buf[j] = 0;
  return buf;
}

// jsf_m<module>_<index in module>_<JS name>: stable while other modules
// change, so a module's C text (and its cached object) stays the same.
static void func_name(Emit *e, IrFunc *f, char *out, size_t n) {
  int first = e->m->nfiles ? e->m->files[f->file].first_func : 0;
  snprintf(out, n, "jsf_m%d_%d_%s", f->file, f->id - first, c_ident(f->name));
}

// Module bodies and init functions are called from the module table,
// which may live in another translation unit.
static bool is_exported(Emit *e, IrFunc *f) {
  if (e->library)
    return false;
  if (e->split)
    return true;
  if (!e->m->nfiles)
    return f->id == 0;
  struct IrModuleFile *mf = &e->m->files[f->file];
  return f->id == mf->func || f->id == mf->init_func;
}

static void env_expr(Emit *e, int env_reg, int hops) {
  if (env_reg >= 0)
    fprintf(e->out, "e%d", env_reg);
  else
    fprintf(e->out, "outer");
  for (int i = 0; i < hops; i++)
    fprintf(e->out, "->parent");
}

// Stack frames: before an instruction that may call or throw, its JS
// source position goes into the function's frame (kiln.h JS_POS), unless
// the same position was stored since the last label.
static void emit_pos(Emit *e, IrInst *in) {
  if (!e->frames || !in->span.line ||
      (in->span.line == e->pos_line && in->span.col == e->pos_col))
    return;
  e->pos_line = in->span.line;
  e->pos_col = in->span.col;
  fprintf(e->out, "  JS_POS(%u, %u);", in->span.line, in->span.col);
}

// Instructions with a per-site cache in the module's IC array.
static bool uses_ic(IrOp op) {
  return op == IR_GET_PROP || op == IR_SET_PROP || op == IR_OBJECT_LIT;
}

static bool stores_pos(const IrInst *in) {
  switch (in->op) {
  case IR_CALL: case IR_NEW: case IR_GET_PROP: case IR_SET_PROP: case IR_THROW:
  case IR_CHECK_TDZ: case IR_CLASS: case IR_TEMPLATE:
    return true;
  case IR_YIELD: case IR_AWAIT:
    return false;  // a suspension: the frame is popped
  default:
    return in->may_throw;  // operators and helpers that may throw
  }
}

// What a return or an exception exit pops.
static const char *frame_pop(Emit *e) { return e->frames ? "JS_FRAME_POP(); " : ""; }

// The frame's static part: the function's name, module and kind.
static void emit_func_info(Emit *e, IrFunc *f) {
  if (!e->frames)
    return;
  char nm[96];
  func_name(e, f, nm, sizeof nm);
  bool body;
  if (e->m->nfiles) {
    struct IrModuleFile *mf = &e->m->files[f->file];
    body = f->id == mf->func || f->id == mf->init_func;
  } else {
    body = f->id == 0;
  }
  fprintf(e->out, "static const JsFuncInfo %s_fi = {", nm);
  const char *name = body ? "" : f->name ? f->name : "";
  put_c_string(e->out, name, strlen(name));
  fprintf(e->out, ", %s, %d, %d};\n", nm, e->m->nfiles ? f->file : 0,
          body ? JS_FRAME_MODULE : JS_FRAME_FUNC);
}

static void emit_enter(Emit *e, IrFunc *f) {
  char nm[96];
  func_name(e, f, nm, sizeof nm);
  fprintf(e->out, "  JS_FRAME_ENTER(fr_, &%s_fi);\n", nm);
  e->pos_line = e->pos_col = 0;
}

// A function's frame is pushed by its first instruction, the stack check,
// or else at its start.
static bool enters_at_check(IrFunc *f) { return f->ninsts && f->insts[0].op == IR_STACK_CHECK; }

static void exc_check(Emit *e, IrInst *in, int r) {
  if (in->may_throw)
    fprintf(e->out, " if (r%d == JS_EXCEPTION) goto L%d;", r, in->handler);
}

static void put_imm(Emit *e, const IrImm *x) {
  switch (x->kind) {
  case IMM_INT:
    fprintf(e->out, "%d", x->i);
    break;
  case IMM_BOOL:
    fprintf(e->out, "%s", x->i ? "true" : "false");
    break;
  case IMM_STR:
    if (x->s)
      put_c_string(e->out, x->s, x->len);
    else
      fprintf(e->out, "NULL");
    break;
  default:
    ICE("emit_c: an immediate without a kind");
  }
}

// A runtime helper call (ir_helpers.h): fn([rt, ]args..., [n, array,] imms...).
static void emit_rt(Emit *e, IrInst *in) {
  FILE *o = e->out;
  const IrHelperInfo *h = &ir_helper_info[in->helper];
  bool is_void = h->flags & HF_VOID;
  fprintf(o, "  ");
  if (!is_void)
    fprintf(o, "r%d = ", in->dst);
  if (h->flags & HF_BOOL)
    fprintf(o, "js_bool(");
  fprintf(o, "%s(", h->c_name);
  bool first = true;
  if (!(h->flags & HF_NO_RT)) {
    fprintf(o, "rt");
    first = false;
  }
  int fixed = (h->flags & HF_ARGV) ? h->nargs : in->nargs;
  for (int i = 0; i < fixed; i++) {
    fprintf(o, first ? "" : ", ");
    first = false;
    fprintf(o, i == h->out ? "&r%d" : "r%d", in->args[i]);
  }
  if (h->flags & HF_ARGV) {
    int n = in->nargs - fixed;
    fprintf(o, first ? "" : ", ");
    first = false;
    if (n == 0) {
      fprintf(o, "0, NULL");
    } else {
      fprintf(o, "%d, (JsValue[]){", n);
      for (int i = fixed; i < in->nargs; i++)
        fprintf(o, i > fixed ? ", r%d" : "r%d", in->args[i]);
      fprintf(o, "}");
    }
  }
  if ((h->flags & HF_FMT) && in->nimms) {
    fprintf(o, first ? "\"%%s\"" : ", \"%%s\"");
    first = false;
  }
  for (int i = 0; i < in->nimms; i++) {
    fprintf(o, first ? "" : ", ");
    first = false;
    put_imm(e, &in->imms[i]);
  }
  fprintf(o, ")");
  if (h->flags & HF_BOOL)
    fprintf(o, ")");
  fprintf(o, ";");
  if (!is_void)
    exc_check(e, in, in->dst);
  fprintf(o, "\n");
}

// Operators that are one runtime call, dst = fn(rt, a[, b]); NULL for
// the others.
static const char *op_function(IrOp op) {
  switch (op) {
  case IR_ADD: return "js_add";
  case IR_SUB: return "js_op_sub";
  case IR_MUL: return "js_op_mul";
  case IR_DIV: return "js_op_div";
  case IR_MOD: return "js_mod";
  case IR_POW: return "js_pow";
  case IR_SHL: return "js_op_shl";
  case IR_SAR: return "js_op_sar";
  case IR_SHR: return "js_shr";
  case IR_BIT_AND: return "js_op_bit_and";
  case IR_BIT_OR: return "js_op_bit_or";
  case IR_BIT_XOR: return "js_op_bit_xor";
  case IR_LT: return "js_op_lt";
  case IR_LE: return "js_op_le";
  case IR_GT: return "js_op_gt";
  case IR_GE: return "js_op_ge";
  case IR_EQ: return "js_loose_eq";
  case IR_INSTANCEOF: return "js_instanceof";
  case IR_IN: return "js_in";
  case IR_NEG: return "js_neg";
  case IR_BIT_NOT: return "js_bit_not";
  case IR_TO_NUMBER: return "js_to_number";
  case IR_TO_NUMERIC: return "js_op_to_numeric";
  case IR_INC: return "js_op_inc";
  case IR_DEC: return "js_op_dec";
  case IR_TYPEOF: return "js_typeof";
  case IR_GET_ELEM: return "js_get_elem";
  default: return NULL;
  }
}

static void emit_operator(Emit *e, IrInst *in) {
  FILE *o = e->out;
  switch (in->op) {
  case IR_STRICT_EQ:
  case IR_STRICT_NE:
    fprintf(o, "  r%d = js_bool(%sjs_strict_eq(r%d, r%d));", in->dst,
            in->op == IR_STRICT_NE ? "!" : "", in->a, in->b);
    break;
  case IR_NOT:
    fprintf(o, "  r%d = js_bool(!js_truthy(rt, r%d));", in->dst, in->a);
    break;
  case IR_SET_ELEM:
    fprintf(o, "  r%d = js_set_elem(rt, r%d, r%d, r%d, %s);", in->dst, in->a, in->b, in->c,
            in->imm ? "true" : "false");
    break;
  default:
    fprintf(o, "  r%d = %s(rt, r%d", in->dst, op_function(in->op), in->a);
    if (in->b >= 0)
      fprintf(o, ", r%d", in->b);
    fprintf(o, ");");
    break;
  }
  exc_check(e, in, in->dst);
  fprintf(o, "\n");
}

static void emit_const_num(Emit *e, IrInst *in) {
  double d = in->num;
  FILE *o = e->out;
  // The range first: converting an out-of-range double to int32_t is undefined.
  if (fabs(d) <= 2147483647.0 && d == (double)(int32_t)d && !(d == 0 && signbit(d)))
    fprintf(o, "  r%d = js_int(%d);\n", in->dst, (int32_t)d);
  else if (isnan(d) || isinf(d)) {
    // No NaN/Infinity literals in C: write the boxed bits.
    uint64_t bits = isnan(d) ? 0x7ff8000000000000ull
                  : d < 0 ? 0xfff0000000000000ull : 0x7ff0000000000000ull;
    fprintf(o, "  r%d = (JsValue)0x%llxull;\n", in->dst,
            (unsigned long long)(bits + JS_DOUBLE_OFFSET));
  }
  else
    fprintf(o, "  r%d = js_double(%a);\n", in->dst, d);
}

static void emit_call(Emit *e, IrInst *in) {
  FILE *o = e->out;
  fprintf(o, "  r%d = ", in->dst);
  if (in->op == IR_NEW)
    fprintf(o, "js_construct(rt, r%d, ", in->a);
  else
    fprintf(o, "js_call_checked(rt, r%d, r%d, ", in->a, in->b);
  if (in->nargs == 0) {
    fprintf(o, "0, NULL");
  } else {
    fprintf(o, "%d, (JsValue[]){", in->nargs);
    for (int i = 0; i < in->nargs; i++)
      fprintf(o, "%sr%d", i ? ", " : "", in->args[i]);
    fprintf(o, "}");
  }
  if (in->op == IR_NEW)
    fprintf(o, ", r%d", in->a);
  fprintf(o, ", ");
  if (in->nimms)
    put_imm(e, &in->imms[0]);
  else
    fprintf(o, "\"(intermediate value)\"");
  fprintf(o, ");");
  exc_check(e, in, in->dst);
  fprintf(o, "\n");
}

// Before every instruction (not only when the line changes): an
// instruction is several lines of C, and without a new directive the lines
// after it would count on from its JS line (a call's return address in a
// caller's frame showed a line past the end of the file).
// The file name only when it changes (a #line without one keeps it: a
// third of a module's C was file names); none when nothing was written
// since the same directive.
static void emit_line(Emit *e, SrcSpan sp) {
  if (!e->lines)
    return;
  uint32_t prev = e->line;
  if (sp.line)
    e->line = sp.line;
  if (!e->line)
    return;
  long at = ftell(e->out);
  if (e->named == e->file && e->line == prev && at >= 0 && at == e->line_end)
    return;
  if (e->named == e->file) {
    fprintf(e->out, "#line %u\n", e->line);
  } else {
    fprintf(e->out, "#line %u %s\n", e->line, e->file);
    e->named = e->file;
  }
  e->line_end = at >= 0 ? ftell(e->out) : -1;
}

static void emit_inst(Emit *e, IrInst *in) {
  FILE *o = e->out;
  IrFunc *f = e->f;
  if (e->lines && in->op != IR_LINE && in->op != IR_NOP)
    emit_line(e, (SrcSpan){0});  // the current JS line again (see emit_line)
  if (stores_pos(in))
    emit_pos(e, in);  // on the instruction's own C line (gdb counts lines after #line)
  switch (in->op) {
  case IR_NOP:
    break;
  case IR_LABEL:
    fprintf(o, " L%d:;\n", in->label);
    e->pos_line = e->pos_col = 0;
    break;
  case IR_JMP:
    fprintf(o, "  goto L%d;\n", in->label);
    break;
  case IR_BR_TRUTHY:
    fprintf(o, "  if (js_truthy(rt, r%d)) goto L%d; else goto L%d;\n", in->a, in->label, in->label2);
    break;
  case IR_BR_NULLISH:
    fprintf(o, "  if (js_is_nullish(r%d)) goto L%d; else goto L%d;\n", in->a, in->label, in->label2);
    break;
  case IR_BR_UNDEF:
    fprintf(o, "  if (r%d == JS_UNDEFINED) goto L%d; else goto L%d;\n", in->a, in->label, in->label2);
    break;
  case IR_BR_TRUE:
    fprintf(o, "  if (r%d == JS_TRUE) goto L%d; else goto L%d;\n", in->a, in->label, in->label2);
    break;
  case IR_CONST_NUM:
    emit_const_num(e, in);
    break;
  case IR_CONST_ATOM:
    fprintf(o, "  r%d = A[%d];\n", in->dst, in->imm);
    break;
  case IR_CONST_SPECIAL:
    fprintf(o, "  r%d = (JsValue)0x%x;\n", in->dst, (unsigned)in->imm);
    break;
  case IR_MOV:
    fprintf(o, "  r%d = r%d;\n", in->dst, in->a);
    break;
  case IR_LOAD_LOCAL:
    fprintf(o, "  r%d = l%d_%s;\n", in->dst, in->imm, c_ident(f->locals[in->imm].name));
    break;
  case IR_STORE_LOCAL:
    fprintf(o, "  l%d_%s = r%d;\n", in->imm, c_ident(f->locals[in->imm].name), in->a);
    break;
  case IR_LOAD_ENV:
    fprintf(o, "  r%d = ", in->dst);
    env_expr(e, in->b, in->imm);
    fprintf(o, "->slots[%d];\n", in->imm2);
    break;
  case IR_STORE_ENV:
    fprintf(o, "  ");
    env_expr(e, in->b, in->imm);
    fprintf(o, "->slots[%d] = r%d;\n", in->imm2, in->a);
    break;
  case IR_CHECK_TDZ:
    if (in->imm == TDZ_SUPER_CALLED)
      fprintf(o, "  if (r%d != JS_UNINIT) { js_throw_reference_error(rt, \"Super constructor may only be called once\"); goto L%d; }\n",
              in->a, in->handler);
    else if (in->imm == TDZ_THIS)
      fprintf(o, "  if (r%d == JS_UNINIT) { js_throw_reference_error(rt, \"Must call super constructor in derived class before accessing 'this' or returning from derived constructor\"); goto L%d; }\n",
              in->a, in->handler);
    else {
      fprintf(o, "  if (r%d == JS_UNINIT) { js_throw_tdz(rt, ", in->a);
      put_c_string(o, in->name, strlen(in->name));
      fprintf(o, "); goto L%d; }\n", in->handler);
    }
    break;
  case IR_NEW_ENV:
    fprintf(o, "  e%d = js_new_env(rt, ", in->imm);
    env_expr(e, in->imm2, 0);
    fprintf(o, ", %d);\n", in->c);
    break;
  case IR_MODULE_ENV:
    if (in->b)
      fprintf(o, "  e%d = js_module_env_create(rt, %d, %d);\n", in->imm, in->imm2, in->c);
    else
      fprintf(o, "  e%d = js_module_env(rt, %d);\n", in->imm, in->imm2);
    break;
  case IR_LOAD_MODVAR:
    fprintf(o, "  r%d = js_module_env(rt, %d)->slots[%d];\n", in->dst, in->imm, *in->slot_ref);
    break;
  case IR_COPY_ENV:
    fprintf(o, "  { JsEnv *n_ = js_new_env(rt, e%d->parent, e%d->size); "
               "memcpy(n_->slots, e%d->slots, sizeof(JsValue) * e%d->size); e%d = n_; }\n",
            in->imm, in->imm, in->imm, in->imm, in->imm);
    break;
  case IR_CALL_RT:
    emit_rt(e, in);
    break;
  case IR_GET_PROP:
    fprintf(o, "  r%d = js_get_prop_ic(rt, r%d, A[%d], &IC[%d]);", in->dst, in->a, in->imm, e->ic++);
    exc_check(e, in, in->dst);
    fprintf(o, "\n");
    break;
  case IR_SET_PROP:
    fprintf(o, "  t_ = js_set_prop_ic(rt, r%d, A[%d], r%d, %s, &IC[%d]);", in->a, in->imm, in->b,
            in->imm2 ? "true" : "false", e->ic++);
    fprintf(o, " if (t_ == JS_EXCEPTION) goto L%d;\n", in->handler);
    break;
  case IR_OBJECT_LIT:
    fprintf(o, "  r%d = js_new_object_lit(rt, &IC[%d], %d, (JsValue[]){", in->dst, e->ic++,
            in->nargs);
    for (int i = 0; i < in->nargs; i++)
      fprintf(o, "%sr%d", i ? ", " : "", in->args[i]);
    fprintf(o, "});\n");
    break;
  case IR_CALL:
  case IR_NEW:
    emit_call(e, in);
    break;
  case IR_CLOSURE: {
    char nm[96];
    IrFunc *target = e->m->funcs[in->imm];
    func_name(e, target, nm, sizeof nm);
    fprintf(o, "  r%d = js_new_function(rt, %s, ", in->dst, nm);
    env_expr(e, in->imm2, 0);
    fprintf(o, ", A[%d], %d, 0x%x);\n", in->c, target->length, target->fn_flags);
    if (target->coro)
      fprintf(o, "  js_init_coroutine_function(rt, r%d, %d);\n", in->dst, target->coro);
    break;
  }
  case IR_CLASS: {
    char nm[96];
    IrFunc *target = e->m->funcs[in->imm];
    func_name(e, target, nm, sizeof nm);
    fprintf(o, "  r%d = js_new_class(rt, %s, ", in->dst, nm);
    env_expr(e, in->imm2, 0);
    fprintf(o, ", A[%d], %d, r%d, 0x%x);", in->c, target->length, in->a, target->fn_flags);
    exc_check(e, in, in->dst);
    fprintf(o, "\n");
    break;
  }
  case IR_RET:
    if (e->chunked)
      fprintf(o, "  F->ret = r%d; return -1;\n", in->a);
    else if (f->coro)
      fprintf(o, "  F->state = -1; %sreturn r%d;\n", frame_pop(e), in->a);
    else
      fprintf(o, "  %sreturn r%d;\n", frame_pop(e), in->a);
    break;
  case IR_GEN_START:
    e->state++;
    fprintf(o, "  F->state = %d; %sreturn JS_UNDEFINED;\n Y%d:;\n", e->state, frame_pop(e),
            e->state);
    e->pos_line = e->pos_col = 0;
    break;
  case IR_YIELD:
    e->state++;
    fprintf(o, "  F->state = %d; F->awaiting = false; %sreturn r%d;\n Y%d:;\n", e->state,
            frame_pop(e), in->a, e->state);
    e->pos_line = e->pos_col = 0;
    if (in->imm2) {
      fprintf(o, "  r%d = js_int(mode); r%d = sent;\n", in->b, in->dst);
    } else {
      fprintf(o, "  if (mode == 1) { js_throw(rt, sent); goto L%d; }\n", in->handler);
      fprintf(o, "  r%d = sent;\n", in->dst);
      fprintf(o, "  if (mode == 2) goto L%d;\n", in->label);
    }
    break;
  case IR_AWAIT:
    e->state++;
    fprintf(o, "  F->state = %d; F->awaiting = true; %sreturn r%d;\n Y%d:;\n", e->state,
            frame_pop(e), in->a, e->state);
    e->pos_line = e->pos_col = 0;
    fprintf(o, "  if (mode == 1) { js_throw(rt, sent); goto L%d; }\n", in->handler);
    fprintf(o, "  r%d = sent;\n", in->dst);
    break;
  case IR_THROW:
    fprintf(o, "  js_throw(rt, r%d); goto L%d;\n", in->a, in->handler);
    break;
  case IR_CATCH:
    if (e->frames)
      fprintf(o, "  js__frame = &fr_;\n");  // the frames of the callees that threw are gone
    fprintf(o, "  r%d = js_take_exception(rt);\n", in->dst);
    break;
  case IR_ARGC_ARG:
    fprintf(o, "  r%d = argc > %d ? argv[%d] : JS_UNDEFINED;\n", in->dst, in->imm, in->imm);
    break;
  case IR_THIS:
    fprintf(o, "  r%d = this_val;\n", in->dst);
    break;
  case IR_CALLEE:
    fprintf(o, "  r%d = callee;\n", in->dst);
    break;
  case IR_NEW_TARGET:
    fprintf(o, "  r%d = new_target;\n", in->dst);
    break;
  case IR_REST:
    fprintf(o, "  r%d = js_rest_array(rt, argc, argv, %d);\n", in->dst, in->imm);
    break;
  case IR_ARGUMENTS:
    fprintf(o, "  r%d = js_new_arguments(rt, callee, argc, argv, %s);\n", in->dst,
            in->imm ? "true" : "false");
    break;
  case IR_TEMPLATE: {
    int n = in->nargs / 2;
    fprintf(o, "  if (!TPL[%d]) { JsValue t2_ = js_template_object(rt, %d, (JsValue[]){", in->imm, n);
    for (int i = 0; i < n; i++)
      fprintf(o, "%sr%d", i ? ", " : "", in->args[i]);
    fprintf(o, "}, (JsValue[]){");
    for (int i = 0; i < n; i++)
      fprintf(o, "%sr%d", i ? ", " : "", in->args[n + i]);
    fprintf(o, "}); if (t2_ == JS_EXCEPTION) goto L%d; TPL[%d] = t2_; }\n", in->handler, in->imm);
    fprintf(o, "  r%d = TPL[%d];\n", in->dst, in->imm);
    break;
  }
  case IR_LINE:
    emit_line(e, in->span);
    break;
  case IR_STACK_CHECK:
    // Before the frame is pushed (a function's first instruction): the
    // RangeError's top frame is the caller, at the call.
    if (e->chunked)
      fprintf(o, "  if (js_stack_overflow()) { js_throw_stack_overflow(rt); return -2; }\n");
    else if (f->coro)
      fprintf(o, "  if (js_stack_overflow()) { %sreturn js_throw_stack_overflow(rt); }\n",
              frame_pop(e));
    else if (!e->frames)
      fprintf(o, "  if (js_stack_overflow()) return js_throw_stack_overflow(rt);\n");
    if (e->frames && !e->chunked && !f->coro) {
      // V8 shows the function that overflowed, at its first statement.
      SrcSpan first = {0};
      for (int i = 1; i < f->ninsts && !first.line; i++)
        if (f->insts[i].op == IR_LINE)
          first = f->insts[i].span;
      emit_enter(e, f);
      fprintf(o, "  if (js_stack_overflow()) { JS_POS(%u, %u); t_ = js_throw_stack_overflow(rt); "
                 "JS_FRAME_POP(); return t_; }\n", first.line, first.col);
    }
    break;
  default:
    if (!op_function(in->op) && in->op != IR_STRICT_EQ && in->op != IR_STRICT_NE &&
        in->op != IR_NOT && in->op != IR_SET_ELEM)
      ICE("emit_c: unhandled op %s", ir_op_name(in->op));
    emit_operator(e, in);
  }
}

static void emit_prototype(Emit *e, IrFunc *f, const char *end) {
  char nm[96];
  func_name(e, f, nm, sizeof nm);
  fprintf(e->out,
          "%sJsValue %s(JsRt *rt, JsValue callee, JsValue this_val, int argc, "
          "JsValue *argv, JsValue new_target)%s",
          is_exported(e, f) ? "" : "static ", nm, end);
}

// Generators and async functions: the body becomes a resume function whose
// registers, locals and environments live in a heap frame (so they survive
// suspension), with a switch on the resume state at the top. The JS-visible
// function allocates the frame and hands it to the runtime.
// Ends the macros that name a heap frame's locals, environments and
// arguments (coroutines and chunked functions keep them in a frame, F->...).
static void emit_frame_undefs(Emit *e, IrFunc *f) {
  FILE *o = e->out;
  for (int i = 0; i < f->nlocals; i++)
    fprintf(o, "#undef l%d_%s\n", i, c_ident(f->locals[i].name));
  for (int i = 0; i < f->nenvs; i++)
    fprintf(o, "#undef e%d\n", i);
  fprintf(o, "#undef callee\n#undef this_val\n#undef new_target\n#undef argc\n"
             "#undef argv\n#undef outer\n");
}

static void emit_coroutine(Emit *e, IrFunc *f) {
  FILE *o = e->out;
  char nm[96];
  func_name(e, f, nm, sizeof nm);
  for (int i = 0; i < f->nregs; i++)
    fprintf(o, "#define r%d (F->r[%d])\n", i, i);
  for (int i = 0; i < f->nlocals; i++)
    fprintf(o, "#define l%d_%s (F->l[%d])\n", i, c_ident(f->locals[i].name), i);
  for (int i = 0; i < f->nenvs; i++)
    fprintf(o, "#define e%d (F->e[%d])\n", i, i);
  fprintf(o, "#define callee (F->callee)\n#define this_val (F->this_val)\n"
             "#define new_target (F->new_target)\n#define argc (F->argc)\n"
             "#define argv (F->argv)\n#define outer (F->outer)\n");
  emit_func_info(e, f);
  fprintf(o, "static JsValue %s_resume(JsRt *rt, JsGenFrame *F, JsValue sent, int mode) {\n", nm);
  fprintf(o, "  JsValue t_; (void)t_; (void)sent; (void)mode;\n");
  if (e->frames) {
    // Pushed on every resume, popped at every suspension.
    fprintf(o, "  JsFrame fr_;\n");
    emit_enter(e, f);
  }
  int nstates = 0;
  for (int i = 0; i < f->ninsts; i++) {
    IrOp op = f->insts[i].op;
    if (op == IR_GEN_START || op == IR_YIELD || op == IR_AWAIT)
      nstates++;
  }
  int base = e->state;
  fprintf(o, "  switch (F->state) {\n  case 0: break;\n");
  for (int k = 1; k <= nstates; k++)
    fprintf(o, "  case %d: goto Y%d;\n", base + k, base + k);
  fprintf(o, "  default: return JS_UNDEFINED;\n  }\n");
  for (int i = 0; i < f->ninsts; i++)
    emit_inst(e, &f->insts[i]);
  fprintf(o, " L%d:\n  F->state = -1;\n  %sreturn JS_EXCEPTION;\n}\n", f->exit_label,
          frame_pop(e));
  for (int i = 0; i < f->nregs; i++)
    fprintf(o, "#undef r%d\n", i);
  emit_frame_undefs(e, f);
  emit_prototype(e, f, " {\n");
  fprintf(o, "  JsGenFrame *F = js_new_frame(rt, %s_resume, %d, %d, %d, callee, this_val, "
             "argc, argv, new_target);\n", nm, f->nregs, f->nlocals, f->nenvs);
  fprintf(o, "  return %s(rt, F);\n}\n\n",
          f->coro == 1 ? "js_generator_start"
          : f->coro == 2 ? "js_async_start" : "js_async_generator_start");
}

// --- Very large functions, split into chunks ---------------------------
//
// C compilers are superlinear in the size of one function (a 20,000-term
// expression or a module body of 20,000 statements takes minutes in gcc),
// so a function past CHUNK_MIN instructions becomes several C functions of
// about CHUNK_SIZE instructions each, run by a small dispatcher:
//
//   - every chunk is `static int <name>_c<k>(JsRt *rt, struct <name>_F *F,
//     int at)`: it starts at label `at` (a switch of gotos to the labels
//     other chunks jump to), and returns the label to continue at, -1 for
//     `return F->ret`, -2 for an exception;
//   - a goto to a label of another chunk becomes, through a stub label at
//     the end of the chunk, `return <label>`; falling off a chunk's end
//     continues at the next chunk's first label (a synthetic one,
//     f->nlabels + k, when the chunk does not start at an IR label);
//   - the function's state lives in a frame on the dispatcher's stack
//     (scanned by the GC like any stack): the JS locals, the environments,
//     callee/this/arguments, and every register whose value may cross a
//     chunk or a label. A register defined and used only inside one
//     straight run of code (no label between its definition and its last
//     use, so no jump can enter the run) stays a C local of its chunk:
//     nearly all expression temporaries.
// Generators and async functions (whose state is already a heap frame)
// are not split.
// $KILN_CHUNK_MIN (tests): split functions past that many instructions,
// in chunks of a quarter of it, to run ordinary programs through the split.
#define CHUNK_MIN 6000
#define CHUNK_SIZE 1000

static int chunk_min = -1, chunk_size;

static void chunk_limits(void) {
  if (chunk_min >= 0)
    return;
  const char *env = getenv("KILN_CHUNK_MIN");
  chunk_min = env && atoi(env) > 0 ? atoi(env) : CHUNK_MIN;
  chunk_size = env && atoi(env) > 0 ? (chunk_min / 4 > 0 ? chunk_min / 4 : 1) : CHUNK_SIZE;
}

// Visits the registers an instruction reads (use) and writes (def), as
// its opcode's operand columns say (ir_ops.h).
static void inst_regs(const IrInst *in, void (*visit)(void *, int reg, bool def), void *ctx) {
  const IrOpInfo *info = &ir_op_info[in->op];
  if (info->a == OK_REG && in->a >= 0)
    visit(ctx, in->a, false);
  if ((info->b == OK_REG || info->b == OK_OUT) && in->b >= 0)
    visit(ctx, in->b, false);
  if (info->c == OK_REG && in->c >= 0)
    visit(ctx, in->c, false);
  for (int i = 0; i < in->nargs; i++)
    visit(ctx, in->args[i], false);  // an out parameter: treated as read too
  if (in->dst >= 0)
    visit(ctx, in->dst, true);
}

// The labels an instruction may jump to.
static int inst_targets(const IrInst *in, int out[3]) {
  bool falls;
  return ir_targets(in, out, &falls);
}

typedef struct RegUse {
  int first, last;   // instruction indexes, -1: unused
  bool first_def;    // the first occurrence writes it
} RegUse;

typedef struct RegScan {
  RegUse *u;
  int at, nregs;
} RegScan;

static void scan_reg(void *ctx, int r, bool def) {
  RegScan *s = ctx;
  if (r >= s->nregs)
    return;
  RegUse *u = &s->u[r];
  if (u->first < 0) {
    u->first = s->at;
    u->first_def = def;
  } else if (u->first == s->at && !def) {
    u->first_def = false;  // read by the instruction that writes it
  }
  u->last = s->at;
}

static void emit_chunked(Emit *e, IrFunc *f) {
  FILE *o = e->out;
  char nm[96];
  func_name(e, f, nm, sizeof nm);
  int n = f->ninsts;
  // Chunk boundaries: past CHUNK_SIZE instructions, at the next label or
  // statement (fewer values cross); past twice that, anywhere.
  int *start = malloc(sizeof(int) * (size_t)(n / chunk_size + 2));
  int nchunks = 0, size = 0;
  start[nchunks++] = 0;
  for (int i = 0; i < n; i++) {
    IrOp op = f->insts[i].op;
    if (size >= chunk_size && (op == IR_LABEL || op == IR_LINE || size >= 2 * chunk_size) &&
        i > start[nchunks - 1]) {
      start[nchunks++] = i;
      size = 0;
    }
    if (op != IR_NOP && op != IR_LINE && op != IR_LABEL)
      size++;
  }
  start[nchunks] = n;
  // chunk_of[i], seg[i] (straight runs: a new one at every label and chunk).
  int *chunk_of = malloc(sizeof(int) * (size_t)(n + 1));
  int *seg = malloc(sizeof(int) * (size_t)(n + 1));
  int nlab = f->nlabels + nchunks;
  int *label_chunk = malloc(sizeof(int) * (size_t)nlab);
  bool *entry = calloc((size_t)nlab, 1);
  for (int i = 0; i < nlab; i++)
    label_chunk[i] = -1;
  int sg = 0;
  for (int k = 0; k < nchunks; k++) {
    sg++;
    for (int i = start[k]; i < start[k + 1]; i++) {
      if (f->insts[i].op == IR_LABEL) {
        sg++;
        label_chunk[f->insts[i].label] = k;
      }
      chunk_of[i] = k;
      seg[i] = sg;
    }
  }
  // The label each chunk starts at.
  int *chunk_label = malloc(sizeof(int) * (size_t)(nchunks + 1));
  for (int k = 0; k < nchunks; k++) {
    int s0 = start[k];
    if (s0 < n && f->insts[s0].op == IR_LABEL)
      chunk_label[k] = f->insts[s0].label;
    else {
      chunk_label[k] = f->nlabels + k;
      label_chunk[f->nlabels + k] = k;
    }
    if (k > 0)
      entry[chunk_label[k]] = true;
  }
  for (int i = 0; i < n; i++) {
    int t[3];
    int nt = inst_targets(&f->insts[i], t);
    for (int j = 0; j < nt; j++)
      if (t[j] >= 0 && t[j] < f->nlabels && t[j] != f->exit_label &&
          label_chunk[t[j]] != chunk_of[i])
        entry[t[j]] = true;
  }
  // Registers: chunk locals or frame slots.
  RegUse *use = malloc(sizeof(RegUse) * (size_t)(f->nregs + 1));
  for (int r = 0; r < f->nregs; r++)
    use[r] = (RegUse){-1, -1, false};
  RegScan scan = {use, 0, f->nregs};
  for (int i = 0; i < n; i++) {
    scan.at = i;
    inst_regs(&f->insts[i], scan_reg, &scan);
  }
  int *slot = malloc(sizeof(int) * (size_t)(f->nregs + 1));  // frame slot or -1
  int nslots = 0;
  for (int r = 0; r < f->nregs; r++) {
    slot[r] = -1;
    if (use[r].first >= 0 && !(use[r].first_def && seg[use[r].first] == seg[use[r].last]))
      slot[r] = nslots++;
  }
  // The frame.
  emit_func_info(e, f);
  fprintf(o, "struct %s_F {\n  JsEnv *outer; JsValue callee, this_val, new_target, ret;\n"
             "  int argc; JsValue *argv;\n  JsValue R[%d]; JsValue L[%d]; JsEnv *E[%d];\n"
             "  JsFrame fr;\n};\n",
          nm, nslots ? nslots : 1, f->nlocals ? f->nlocals : 1, f->nenvs ? f->nenvs : 1);
  fprintf(o, "#define fr_ (F->fr)\n");
  for (int r = 0; r < f->nregs; r++)
    if (slot[r] >= 0)
      fprintf(o, "#define r%d (F->R[%d])\n", r, slot[r]);
  for (int i = 0; i < f->nlocals; i++)
    fprintf(o, "#define l%d_%s (F->L[%d])\n", i, c_ident(f->locals[i].name), i);
  for (int i = 0; i < f->nenvs; i++)
    fprintf(o, "#define e%d (F->E[%d])\n", i, i);
  fprintf(o, "#define callee (F->callee)\n#define this_val (F->this_val)\n"
             "#define new_target (F->new_target)\n#define argc (F->argc)\n"
             "#define argv (F->argv)\n#define outer (F->outer)\n");
  bool *here = calloc((size_t)nlab, 1);     // labels placed in this chunk
  bool *wanted = calloc((size_t)nlab, 1);   // labels this chunk jumps to
  e->chunked = true;
  for (int k = 0; k < nchunks; k++) {
    // noinline: gcc would otherwise put every chunk (static, called once)
    // back into the dispatcher.
    fprintf(o, "static __attribute__((noinline))%s int %s_c%d(JsRt *rt, struct %s_F *F, int at) {\n",
            e->cold, nm, k, nm);
    fprintf(o, "  JsValue t_; (void)t_;\n");
    int nl = 0;
    for (int r = 0; r < f->nregs; r++)
      if (slot[r] < 0 && use[r].first >= 0 && chunk_of[use[r].first] == k) {
        fprintf(o, "%s r%d", nl % 16 == 0 ? (nl ? ";\n  JsValue" : "  JsValue") : ",", r);
        nl++;
      }
    if (nl)
      fprintf(o, ";\n");
    fprintf(o, "  switch (at) {\n");
    for (int i = start[k]; i < start[k + 1]; i++)
      if (f->insts[i].op == IR_LABEL && entry[f->insts[i].label] && i != start[k])
        fprintf(o, "  case %d: goto L%d;\n", f->insts[i].label, f->insts[i].label);
    fprintf(o, "  default: break;\n  }\n");
    memset(here, 0, (size_t)nlab);
    memset(wanted, 0, (size_t)nlab);
    for (int i = start[k]; i < start[k + 1]; i++) {
      IrInst *in = &f->insts[i];
      if (in->op == IR_LABEL)
        here[in->label] = true;
      int t[3];
      int nt = inst_targets(in, t);
      for (int j = 0; j < nt; j++)
        if (t[j] >= 0 && t[j] < nlab)
          wanted[t[j]] = true;
      emit_inst(e, in);
    }
    // Falling off the end: the next chunk (the last one: as the whole
    // function would, an exception).
    if (k + 1 < nchunks)
      fprintf(o, "  return %d;\n", chunk_label[k + 1]);
    else
      fprintf(o, "  return -2;\n");
    for (int l = 0; l < f->nlabels; l++) {
      if (!wanted[l] || here[l])
        continue;
      if (l == f->exit_label)
        fprintf(o, " L%d: return -2;\n", l);
      else
        fprintf(o, " L%d: return %d;\n", l, l);
    }
    fprintf(o, "}\n");
  }
  e->chunked = false;
  for (int r = 0; r < f->nregs; r++)
    if (slot[r] >= 0)
      fprintf(o, "#undef r%d\n", r);
  emit_frame_undefs(e, f);
  // The dispatcher: the JS-visible function.
  emit_prototype(e, f, " {\n");
  fprintf(o, "  struct %s_F F_, *F = &F_;\n", nm);
  fprintf(o, "  F->outer = js_func_env(callee); F->callee = callee; F->this_val = this_val;\n"
             "  F->new_target = new_target; F->argc = argc; F->argv = argv;\n");
  fprintf(o, "  for (int i = 0; i < %d; i++) F->R[i] = JS_UNDEFINED;\n", nslots ? nslots : 1);
  fprintf(o, "  for (int i = 0; i < %d; i++) F->L[i] = JS_UNDEFINED;\n", f->nlocals ? f->nlocals : 1);
  fprintf(o, "  for (int i = 0; i < %d; i++) F->E[i] = NULL;\n", f->nenvs ? f->nenvs : 1);
  if (e->frames)
    emit_enter(e, f);
  fprintf(o, "  int at = %d;\n  for (;;) {\n    switch (at) {\n", chunk_label[0]);
  fprintf(o, "    case -1: %sreturn F->ret;\n    case -2: %sreturn JS_EXCEPTION;\n",
          frame_pop(e), frame_pop(e));
  for (int k = 0; k < nchunks; k++) {
    bool any = false;
    for (int l = 0; l < nlab; l++)
      if (label_chunk[l] == k && (entry[l] || (k == 0 && l == chunk_label[0]))) {
        fprintf(o, "    case %d:", l);
        any = true;
      }
    if (any)
      fprintf(o, " at = %s_c%d(rt, F, at); break;\n", nm, k);
  }
  fprintf(o, "    default: %sreturn JS_EXCEPTION;\n    }\n  }\n}\n#undef fr_\n\n", frame_pop(e));
  free(start);
  free(chunk_of);
  free(seg);
  free(label_chunk);
  free(entry);
  free(chunk_label);
  free(use);
  free(slot);
  free(here);
  free(wanted);
}

// A module's body and its environment set-up run once: compiled as cold
// code (EmitOptions.cold_attr), which is most of a package's top level.
static bool runs_once(const Emit *e, const IrFunc *f) {
  const struct IrModuleFile *mf = &e->m->files[f->file];
  return (mf->func >= 0 && e->m->funcs[mf->func] == f) ||
         (mf->init_func >= 0 && e->m->funcs[mf->init_func] == f);
}

static void emit_function(Emit *e, IrFunc *f) {
  FILE *o = e->out;
  e->f = f;
  e->line = 0;
  if (f->coro) {
    emit_coroutine(e, f);
    return;
  }
  chunk_limits();
  if (f->ninsts > chunk_min) {
    emit_chunked(e, f);
    return;
  }
  emit_func_info(e, f);
  if (runs_once(e, f))
    fputs(e->cold, o);
  emit_prototype(e, f, " {\n");
  fprintf(o, "  JsEnv *outer = js_func_env(callee); (void)outer;\n");
  fprintf(o, "  JsValue t_; (void)t_;\n");
  if (e->frames)
    fprintf(o, "  JsFrame fr_;\n");
  for (int i = 0; i < f->nregs; i++)
    fprintf(o, "%s r%d%s", i % 16 == 0 ? "  JsValue" : ",", i,
            (i % 16 == 15 || i == f->nregs - 1) ? ";\n" : "");
  for (int i = 0; i < f->nlocals; i++)
    fprintf(o, "  JsValue l%d_%s = JS_UNDEFINED;\n", i, c_ident(f->locals[i].name));
  for (int i = 0; i < f->nenvs; i++)
    fprintf(o, "  JsEnv *e%d = NULL; (void)e%d;\n", i, i);
  fprintf(o, "  (void)argc; (void)argv; (void)new_target; (void)this_val;\n");
  if (e->frames && !enters_at_check(f))
    emit_enter(e, f);
  for (int i = 0; i < f->ninsts; i++)
    emit_inst(e, &f->insts[i]);
  fprintf(o, " L%d:\n  %sreturn JS_EXCEPTION;\n}\n\n", f->exit_label, frame_pop(e));
}

// Per-module arrays the module table points at: import requests, export
// names (for namespace objects) and the named exports of CommonJS modules
// that ES modules import.
static void emit_module_tables(Emit *e) {
  FILE *o = e->out;
  IrModule *m = e->m;
  for (int i = 0; i < m->nfiles; i++) {
    struct IrModuleFile *mf = &m->files[i];
    if (mf->nrequests) {
      fprintf(o, "static const int kiln_req_%d[] = {", i);
      for (int k = 0; k < mf->nrequests; k++)
        fprintf(o, "%s%d", k ? ", " : "", mf->requests[k]);
      fprintf(o, "};\n");
    }
    if (mf->nexports) {
      fprintf(o, "static const JsModuleExport kiln_exp_%d[] = {\n", i);
      for (int k = 0; k < mf->nexports; k++) {
        fprintf(o, "  {");
        put_c_string(o, mf->exports[k].name, strlen(mf->exports[k].name));
        fprintf(o, ", %d, %d},\n", mf->exports[k].module,
                mf->exports[k].slot ? *mf->exports[k].slot : -1);
      }
      fprintf(o, "};\n");
    }
    if (mf->nfacade) {
      fprintf(o, "static const char *const kiln_fac_%d[] = {", i);
      for (int k = 0; k < mf->nfacade; k++) {
        fprintf(o, "%s", k ? ", " : "");
        put_c_string(o, mf->facade[k], strlen(mf->facade[k]));
      }
      fprintf(o, "};\n");
    }
  }
}

static void emit_module_def(Emit *e, int i) {
  FILE *o = e->out;
  struct IrModuleFile *mf = &e->m->files[i];
  char nm[96];
  fprintf(o, "  {.filename = ");
  put_c_string(o, mf->filename, strlen(mf->filename));
  fprintf(o, ", .format = %d", mf->format);
  if (mf->json) {
    fprintf(o, ", .json = ");
    put_c_string(o, mf->json, mf->json_len);
    fprintf(o, ", .json_len = %zu", mf->json_len);
  }
  if (mf->func >= 0) {
    func_name(e, e->m->funcs[mf->func], nm, sizeof nm);
    fprintf(o, ", .main = %s", nm);
  }
  if (mf->format == JS_MOD_ESM && mf->init_func >= 0) {
    func_name(e, e->m->funcs[mf->init_func], nm, sizeof nm);
    fprintf(o, ", .init = %s, .env_size = %d, .async = %d", nm,
            mf->env_size ? *mf->env_size : 0, mf->tla);
  }
  if (mf->nrequests)
    fprintf(o, ", .requests = kiln_req_%d, .nrequests = %d", i, mf->nrequests);
  if (mf->nexports)
    fprintf(o, ", .exports = kiln_exp_%d, .nexports = %d", i, mf->nexports);
  if (mf->nfacade)
    fprintf(o, ", .facade = kiln_fac_%d, .nfacade = %d", i, mf->nfacade);
  if (mf->builtin) {
    fprintf(o, ", .builtin = ");
    put_c_string(o, mf->builtin, strlen(mf->builtin));
  }
  if (mf->error) {
    fprintf(o, ", .error = ");
    put_c_string(o, mf->error, strlen(mf->error));
  }
  fprintf(o, "},\n");
}

static void quote_into(StrBuf *b, const char *s) {
  FILE *mem = open_memstream(&b->data, &b->len);
  put_c_string(mem, s, strlen(s));
  fclose(mem);
}

// kiln_atoms_m<i>(): makes the module's atoms. They are data and a loop
// (a statement per atom makes a function as long as the module has names,
// which gcc is slow on).
static void emit_atoms(Emit *e, int fi) {
  FILE *o = e->out;
  struct IrModuleFile *mf = &e->m->files[fi];
  if (mf->natoms) {
    fprintf(o, "static const struct { const char *s; size_t n; } kiln_AT_m%d[%d] = {\n", fi,
            mf->natoms);
    for (int k = 0; k < mf->natoms; k++) {
      fprintf(o, "  {");
      put_c_string(o, mf->atoms[k], mf->atom_lens[k]);
      fprintf(o, ", %zu},\n", mf->atom_lens[k]);
    }
    fprintf(o, "};\n");
  }
  fprintf(o, "%svoid kiln_atoms_m%d(JsRt *rt) {\n", e->library ? "static " : "", fi);
  if (mf->natoms)
    fprintf(o, "  for (int i = 0; i < %d; i++)\n    A[i] = js_atom(rt, kiln_AT_m%d[i].s, "
               "kiln_AT_m%d[i].n);\n", mf->natoms, fi, fi);
  fprintf(o, "  (void)rt;\n}\n");
}

// One module's functions, its atoms, inline caches and template objects
// (named per module so that all modules can also share one unit), and
// kiln_atoms_m<i>() that makes its atoms.
static void emit_module_section(Emit *e, int fi, const EmitOptions *opt) {
  FILE *o = e->out;
  IrModule *m = e->m;
  struct IrModuleFile *mf = &m->files[fi];
  StrBuf fb = {0};
  quote_into(&fb, fi == 0 ? opt->display_name : mf->display);
  e->file = fb.data;
  e->named = NULL;  // fb.data may reuse the previous module's buffer
  e->ic = 0;
  e->line = 0;
  int nics = 0;
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++)
    for (int j = 0; j < m->funcs[k]->ninsts; j++) {
      IrOp op = m->funcs[k]->insts[j].op;
      nics += uses_ic(op);
    }
  fprintf(o, "// --- module %d: %s\n", fi, fi == 0 ? opt->display_name : mf->display);
  fprintf(o, "#define A kiln_A_m%d\n#define IC kiln_IC_m%d\n#define TPL kiln_TPL_m%d\n", fi, fi,
          fi);
  fprintf(o, "static JsValue A[%d];\n", mf->natoms ? mf->natoms : 1);
  fprintf(o, "static JsIC IC[%d];\n", nics ? nics : 1);
  fprintf(o, "static JsValue TPL[%d];\n\n", mf->ntemplates ? mf->ntemplates : 1);
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++)
    emit_prototype(e, m->funcs[k], ";\n");
  fprintf(o, "\n");
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++)
    emit_function(e, m->funcs[k]);
  emit_atoms(e, fi);
  fprintf(o, "#undef A\n#undef IC\n#undef TPL\n\n");
  free(fb.data);
}

static bool has_code(const struct IrModuleFile *mf) { return mf->func >= 0; }

// Strong references to the built-ins the program needs (their table in the
// runtime is weak): the linker pulls them, and what they need, from
// libkiln_rt.a and nothing else (module/builtin_refs.c).
static void emit_builtin_refs(FILE *o, const IrModule *m) {
  if (m->nbuiltin_refs == 0)
    return;
  for (int i = 0; i < m->nbuiltin_refs; i++)
    fprintf(o, "%s %s(JsRt *rt);\n",
            strncmp(m->builtin_refs[i], "js_binding_", 11) == 0 ? "JsValue" : "void",
            m->builtin_refs[i]);
  fprintf(o, "__attribute__((used)) static const void *const kiln_builtin_refs[] = {\n");
  for (int i = 0; i < m->nbuiltin_refs; i++)
    fprintf(o, "  (const void *)%s,\n", m->builtin_refs[i]);
  fprintf(o, "};\n\n");
}

// The module table, the links, module_init and main().
static void emit_main_section(Emit *e, const EmitOptions *opt, bool standalone) {
  FILE *o = e->out;
  IrModule *m = e->m;
  if (standalone) {
    for (int i = 0; i < m->nfiles; i++) {
      if (!has_code(&m->files[i]))
        continue;
      emit_prototype(e, m->funcs[m->files[i].func], ";\n");
      if (m->files[i].init_func >= 0)
        emit_prototype(e, m->funcs[m->files[i].init_func], ";\n");
      fprintf(o, "void kiln_atoms_m%d(JsRt *rt);\n", i);
    }
  }
  emit_module_tables(e);
  fprintf(o, "static const JsModuleDef kiln_modules[] = {\n");
  for (int i = 0; i < m->nfiles; i++)
    emit_module_def(e, i);
  fprintf(o, "};\nstatic const JsModuleLink kiln_links[] = {\n");
  for (int i = 0; i < m->nlinks; i++) {
    fprintf(o, "  {%d, ", m->links[i].from);
    put_c_string(o, m->links[i].specifier, strlen(m->links[i].specifier));
    fprintf(o, ", %d, %d},\n", m->links[i].to, m->links[i].require);
  }
  fprintf(o, "  {0, NULL, 0, 0}\n};\n\nstatic void module_init(JsRt *rt) {\n");
  for (int i = 0; i < m->nfiles; i++)
    if (has_code(&m->files[i]))
      fprintf(o, "  kiln_atoms_m%d(rt);\n", i);
  fprintf(o, "  js_register_modules(rt, kiln_modules, %d, kiln_links, %d);\n}\n\n", m->nfiles,
          m->nlinks);
  emit_builtin_refs(o, m);
  if (opt->embed) {  // a library: kiln_embed_start runs the entry
    fprintf(o, "int kiln_embed_start(int, char **, void (*)(JsRt *), const char *);\n"
               "int %s_init(int argc, char **argv) {\n"
               "  return kiln_embed_start(argc, argv, module_init, ", opt->embed);
    put_c_string(o, opt->runtime_name, strlen(opt->runtime_name));
    fprintf(o, ");\n}\n");
    return;
  }
  char entry[96];
  func_name(e, m->funcs[m->files[0].func], entry, sizeof entry);
  fprintf(o, "int main(int argc, char **argv) {\n");
  fprintf(o, "  return js_main(argc, argv, module_init, %s, ", entry);
  put_c_string(o, opt->runtime_name, strlen(opt->runtime_name));
  fprintf(o, ");\n}\n");
}

void emit_c_modules(IrModule *m, int from, int to, FILE *out, const EmitOptions *opt) {
  Emit e = {.out = out, .m = m, .lines = opt->line_directives,
            .cold = opt->cold_attr ? opt->cold_attr : "", .frames = true};
  fprintf(out, "// Generated by kiln from %s. Do not edit.\n#include <kiln.h>\n\n",
          from == 0 ? opt->display_name : m->files[from].display);
  for (int i = from; i < to; i++)
    if (has_code(&m->files[i]))
      emit_module_section(&e, i, opt);
}

// A large module's functions in [nparts] units compiled in parallel (one
// C compiler process is one core): part [part] holds the functions whose
// instructions start in that share of the module's; part 0 also holds the
// module's atoms, inline caches and templates, which the others declare
// extern. Every function is then a global symbol (jsf_m<module>_... names
// are unique in the program).
static int part_of(long before, long total, int nparts) {
  int p = total > 0 ? (int)(before * nparts / total) : 0;
  return p < nparts ? p : nparts - 1;
}

void emit_c_module_part(IrModule *m, int fi, int part, int nparts, FILE *out,
                        const EmitOptions *opt) {
  Emit e = {.out = out, .m = m, .lines = opt->line_directives,
            .cold = opt->cold_attr ? opt->cold_attr : "", .split = true, .frames = true};
  struct IrModuleFile *mf = &m->files[fi];
  const char *display = fi == 0 ? opt->display_name : mf->display;
  fprintf(out, "// Generated by kiln from %s (part %d of %d). Do not edit.\n#include <kiln.h>\n\n",
          display, part + 1, nparts);
  long total = 0;
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++)
    total += m->funcs[k]->ninsts;
  int nics = 0, ic_start = 0;
  long before = 0;
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++) {
    int p = part_of(before, total, nparts);
    before += m->funcs[k]->ninsts;
    for (int j = 0; j < m->funcs[k]->ninsts; j++) {
      IrOp op = m->funcs[k]->insts[j].op;
      if (uses_ic(op)) {
        nics++;
        ic_start += p < part;
      }
    }
  }
  StrBuf fb = {0};
  quote_into(&fb, display);
  e.file = fb.data;
  e.named = NULL;
  e.ic = ic_start;
  fprintf(out, "#define A kiln_A_m%d\n#define IC kiln_IC_m%d\n#define TPL kiln_TPL_m%d\n", fi, fi,
          fi);
  const char *ext = part == 0 ? "" : "extern ";
  fprintf(out, "%sJsValue A[%d];\n", ext, mf->natoms ? mf->natoms : 1);
  fprintf(out, "%sJsIC IC[%d];\n", ext, nics ? nics : 1);
  fprintf(out, "%sJsValue TPL[%d];\n\n", ext, mf->ntemplates ? mf->ntemplates : 1);
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++)
    emit_prototype(&e, m->funcs[k], ";\n");
  fprintf(out, "\n");
  before = 0;
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++) {
    int p = part_of(before, total, nparts);
    before += m->funcs[k]->ninsts;
    if (p == part)
      emit_function(&e, m->funcs[k]);
  }
  if (part == 0)
    emit_atoms(&e, fi);
  fprintf(out, "#undef A\n#undef IC\n#undef TPL\n\n");
  free(fb.data);
}

void emit_c_main(IrModule *m, FILE *out, const EmitOptions *opt) {
  Emit e = {.out = out, .m = m, .lines = opt->line_directives,
            .cold = opt->cold_attr ? opt->cold_attr : ""};
  fprintf(out, "// Generated by kiln: the module table of %s. Do not edit.\n"
               "#include <kiln.h>\n\n", opt->display_name);
  emit_main_section(&e, opt, true);
}

void emit_c(IrModule *m, FILE *out, const EmitOptions *opt) {
  Emit e = {.out = out, .m = m, .lines = opt->line_directives, .library = opt->library != NULL,
            .cold = opt->cold_attr ? opt->cold_attr : "", .frames = opt->library == NULL};
  fprintf(out, "// Generated by kiln from %s. Do not edit.\n", opt->display_name);
  fprintf(out, "#include <kiln.h>\n\n");
  for (int i = 0; i < m->nfiles; i++)
    if (has_code(&m->files[i]))
      emit_module_section(&e, i, opt);
  if (opt->library) {
    emit_builtin_refs(out, m);
    char body[96];
    func_name(&e, m->funcs[m->files[0].func], body, sizeof body);
    fprintf(out, "void jsl_%s_init(JsRt *rt) { kiln_atoms_m0(rt); }\n\n", opt->library);
    fprintf(out, "JsValue jsl_%s_main(JsRt *rt, JsValue callee, JsValue this_val, int argc, "
                 "JsValue *argv, JsValue new_target) {\n"
                 "  return %s(rt, callee, this_val, argc, argv, new_target);\n}\n",
            opt->library, body);
    return;
  }
  emit_main_section(&e, opt, false);
}
