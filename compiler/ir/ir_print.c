// SPDX-License-Identifier: MIT
//
// ir_print.c: the IR as text, for `kiln emit-ir`, --dump-ir and
// --dump-ir-after=<pass>, and the golden tests in tests/ir/.
//
// The text is stable: no addresses, no file paths, registers and labels
// numbered as lowering numbered them. One line per instruction:
//
//   r3 = ADD r1, r2 !L4         dst = opcode operands; !L4: the exception
//                               handler when not the function's exit
//   r5 = CALL_RT GET_GLOBAL(r4) a runtime helper (ir_helpers.h) and its arguments
//   BR_TRUTHY r3 -> L1, L2      branch targets
//
// Each basic block starts with a `; block` comment listing its
// predecessors; registers whose type is not `any` show it (r3:int32).
#include "ir.h"

#include <string.h>

#include "../../runtime/include/kiln.h"

typedef struct Printer {
  FILE *out;
  const IrModule *m;
  const IrFunc *f;
} Printer;

static void put_string(FILE *out, const char *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", out);
    else if (c < 32 || c == 127)
      fprintf(out, "\\x%02x", c);
    else
      fputc(c, out);
  }
  fputc('"', out);
}

static void put_reg(Printer *p, int r) {
  fprintf(p->out, "r%d", r);
  if (p->f->reg_types && r >= 0 && r < p->f->nregs && p->f->reg_types[r] != IR_T_ANY)
    fprintf(p->out, ":%s", ir_type_name(p->f->reg_types[r]));
}

static void put_label(Printer *p, int l) {
  if (l == p->f->exit_label)
    fputs("exit", p->out);
  else
    fprintf(p->out, "L%d", l);
}

static void put_env(Printer *p, int e) {
  if (e >= 0)
    fprintf(p->out, "e%d", e);
  else
    fputs("outer", p->out);
}

// The module's atom [i] (atoms are numbered per module).
static void put_atom(Printer *p, int i) {
  const IrModule *m = p->m;
  const char *const *atoms = m->atoms;
  const size_t *lens = m->atom_lens;
  int n = m->natoms;
  if (m->nfiles && m->files[p->f->file].atoms) {
    atoms = m->files[p->f->file].atoms;
    lens = m->files[p->f->file].atom_lens;
    n = m->files[p->f->file].natoms;
  }
  if (i >= 0 && i < n)
    put_string(p->out, atoms[i], lens[i]);
  else
    fprintf(p->out, "atom#%d", i);
}

static void put_imm(Printer *p, const IrImm *x) {
  switch (x->kind) {
  case IMM_INT:
    fprintf(p->out, "%d", x->i);
    break;
  case IMM_BOOL:
    fputs(x->i ? "true" : "false", p->out);
    break;
  case IMM_STR:
    if (x->s)
      put_string(p->out, x->s, x->len);
    else
      fputs("null", p->out);
    break;
  default:
    fputs("?", p->out);
  }
}

// Writes ", " before every operand but the first.
static void sep(Printer *p, bool *first) {
  if (!*first)
    fputs(",", p->out);
  fputc(' ', p->out);
  *first = false;
}

static void put_operand(Printer *p, IrOperandKind k, int v, bool *first) {
  if (k == OK_NONE || (k != OK_INT && k != OK_ENV && v < 0))
    return;
  sep(p, first);
  if (k == OK_REG)
    put_reg(p, v);
  else if (k == OK_OUT)
    fprintf(p->out, "&r%d", v);
  else if (k == OK_ENV)
    put_env(p, v);
  else
    fprintf(p->out, "%d", v);
}

static void put_args(Printer *p, const IrInst *in, int out, bool *first) {
  for (int k = 0; k < in->nargs; k++) {
    sep(p, first);
    if (k == out)
      fputc('&', p->out);
    put_reg(p, in->args[k]);
  }
}

static const char *special_name(int v) {
  switch ((JsValue)(unsigned)v) {
  case JS_EMPTY: return "empty";
  case JS_NULL: return "null";
  case JS_FALSE: return "false";
  case JS_TRUE: return "true";
  case JS_UNDEFINED: return "undefined";
  case JS_UNINIT: return "uninitialized";
  case JS_HOLE: return "hole";
  default: return NULL;
  }
}

// The immediates each opcode keeps in imm/imm2/num/name.
static void put_immediates(Printer *p, const IrInst *in, bool *first) {
  FILE *o = p->out;
  switch (in->op) {
  case IR_CONST_NUM:
    sep(p, first);
    fprintf(o, "%.17g", in->num);
    break;
  case IR_CONST_ATOM:
  case IR_GET_PROP:
  case IR_SET_PROP:
    sep(p, first);
    put_atom(p, in->imm);
    if (in->op == IR_SET_PROP && in->imm2)
      fputs(" strict", o);
    break;
  case IR_CONST_SPECIAL:
    sep(p, first);
    if (special_name(in->imm))
      fputs(special_name(in->imm), o);
    else
      fprintf(o, "special 0x%x", (unsigned)in->imm);
    break;
  case IR_LOAD_LOCAL:
  case IR_STORE_LOCAL:
    sep(p, first);
    fprintf(o, "l%d", in->imm);
    if (p->f->locals[in->imm].name)
      fprintf(o, " %s", p->f->locals[in->imm].name);
    break;
  case IR_LOAD_ENV:
  case IR_STORE_ENV:
    sep(p, first);
    fprintf(o, "up %d slot %d", in->imm, in->imm2);
    break;
  case IR_CHECK_TDZ:
    sep(p, first);
    if (in->imm == TDZ_BINDING)
      fprintf(o, "%s", in->name);
    else
      fputs(in->imm == TDZ_THIS ? "this" : "super called", o);
    break;
  case IR_NEW_ENV:
    sep(p, first);
    fprintf(o, "e%d parent ", in->imm);
    put_env(p, in->imm2);
    fprintf(o, " size %d", in->c);
    break;
  case IR_COPY_ENV:
  case IR_MODULE_ENV:
    sep(p, first);
    fprintf(o, "e%d", in->imm);
    if (in->op == IR_MODULE_ENV)
      fprintf(o, " module %d%s", in->imm2, in->b ? " create" : "");
    if (in->op == IR_MODULE_ENV && in->b)
      fprintf(o, " size %d", in->c);
    break;
  case IR_LOAD_MODVAR:
    sep(p, first);
    fprintf(o, "module %d slot %d", in->imm, *in->slot_ref);
    break;
  case IR_SET_ELEM:
  case IR_ARGUMENTS:
    if (in->imm) {
      sep(p, first);
      fputs(in->op == IR_SET_ELEM ? "strict" : "mapped", o);
    }
    break;
  case IR_CLOSURE:
  case IR_CLASS:
    sep(p, first);
    fprintf(o, "func #%d ", in->imm);
    put_atom(p, in->c);
    fputs(" env ", o);
    put_env(p, in->imm2);
    break;
  case IR_ARGC_ARG:
  case IR_REST:
  case IR_TEMPLATE:
    sep(p, first);
    fprintf(o, "%d", in->imm);
    break;
  case IR_YIELD:
    if (in->imm2) {
      sep(p, first);
      fputs("delegate", o);
    }
    break;
  default:
    break;
  }
}

static void print_inst(Printer *p, const IrInst *in) {
  FILE *o = p->out;
  const IrOpInfo *info = &ir_op_info[in->op];
  if (in->op == IR_LINE) {
    fprintf(o, "  ; line %u:%u\n", in->span.line, in->span.col);
    return;
  }
  fputs("  ", o);
  if (in->dst >= 0) {
    put_reg(p, in->dst);
    fputs(" = ", o);
  }
  fputs(info->name, o);
  bool first = true;
  if (in->op == IR_CALL_RT) {
    const IrHelperInfo *h = &ir_helper_info[in->helper];
    fprintf(o, " %s(", h->name);
    first = true;
    for (int k = 0; k < in->nargs; k++)
      fprintf(o, "%s%sr%d", k ? ", " : "", k == h->out ? "&" : "", in->args[k]);
    for (int k = 0; k < in->nimms; k++) {
      fputs(k || in->nargs ? ", " : "", o);
      put_imm(p, &in->imms[k]);
    }
    fputc(')', o);
  } else if (in->op == IR_CALL || in->op == IR_NEW) {
    // r5 = CALL r1(r3, r4) this r2 "o.f"
    fputc(' ', o);
    put_reg(p, in->a);
    fputc('(', o);
    for (int k = 0; k < in->nargs; k++) {
      fputs(k ? ", " : "", o);
      put_reg(p, in->args[k]);
    }
    fputc(')', o);
    if (in->op == IR_CALL) {
      fputs(" this ", o);
      put_reg(p, in->b);
    }
    if (in->nimms) {
      fputc(' ', o);
      put_imm(p, &in->imms[0]);
    }
  } else {
    // Integer operands are printed with the other immediates.
    put_operand(p, info->a, in->a, &first);
    if (info->b != OK_INT)
      put_operand(p, info->b, in->b, &first);
    if (info->c != OK_INT)
      put_operand(p, info->c, in->c, &first);
    put_args(p, in, -1, &first);
    put_immediates(p, in, &first);
    for (int k = 0; k < in->nimms; k++) {
      sep(p, &first);
      put_imm(p, &in->imms[k]);
    }
  }
  if (in->op == IR_JMP || in->op == IR_YIELD) {
    if (in->op == IR_JMP || !in->imm2) {
      fputs(" -> ", o);
      put_label(p, in->label);
    }
  } else if (in->op >= IR_BR_TRUTHY && in->op <= IR_BR_TRUE) {
    fputs(" -> ", o);
    put_label(p, in->label);
    fputs(", ", o);
    put_label(p, in->label2);
  }
  if (in->may_throw && in->handler != p->f->exit_label) {
    fputs(" !", o);
    put_label(p, in->handler);
  }
  fputc('\n', o);
}

void ir_print_func(const IrModule *m, const IrFunc *f, FILE *out) {
  Printer p = {out, m, f};
  fprintf(out, "func #%d %s (regs %d, locals %d, envs %d)%s%s\n", f->id,
          f->name && *f->name ? f->name : "(anonymous)", f->nregs, f->nlocals, f->nenvs,
          f->coro == 1 ? " generator" : f->coro == 2 ? " async" : f->coro ? " async generator" : "",
          f->strict ? " strict" : "");
  int b = 0;
  for (int i = 0; i < f->ninsts; i++) {
    const IrInst *in = &f->insts[i];
    if (f->blocks && b < f->nblocks && f->blocks[b].first == i) {
      const IrBlock *blk = &f->blocks[b];
      fprintf(out, " ; block %d", b);
      for (int k = 0; k < blk->npreds; k++)
        fprintf(out, "%s%d", k ? ", " : " <- ", blk->preds[k]);
      fputc('\n', out);
      b++;
    }
    if (in->op == IR_LABEL) {
      fprintf(out, " L%d:\n", in->label);
      continue;
    }
    if (in->op != IR_NOP)
      print_inst(&p, in);
  }
  fputc('\n', out);
}

void ir_print(const IrModule *m, FILE *out) {
  for (int i = 0; i < m->nfuncs; i++)
    ir_print_func(m, m->funcs[i], out);
}
