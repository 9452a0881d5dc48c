// SPDX-License-Identifier: MIT
//
// ir_verify.c: the IR's invariants, checked after lowering and after every
// pass (pass/driver.c) in debug builds, and with --verify-ir in release
// ones, the way QBE's ssacheck runs between passes. A failed check is a
// compiler bug: it stops with an ICE naming the pass that broke the IR.
//
// Checked: every operand field holds what the opcode's column in ir_ops.h
// says (a register of the function, an environment register, or nothing);
// a helper call has the argument and immediate counts of ir_helpers.h; the
// may-throw flag agrees with the tables; every label is placed at most
// once and every jump, branch and handler names a placed label (or the
// exit); every register has a type slot.
#include "ir.h"

#include <stdlib.h>

typedef struct Verify {
  const IrFunc *f;
  const char *after;
  int at;
} Verify;

static _Noreturn void fail(const Verify *v, const char *what) {
  const IrInst *in = &v->f->insts[v->at];
  ICE("IR invalid after %s: function #%d '%s', instruction %d (%s): %s", v->after, v->f->id,
      v->f->name, v->at, ir_op_name(in->op), what);
}

static void check_reg(const Verify *v, int r, bool optional) {
  if (r < 0 && optional)
    return;
  if (r < 0 || r >= v->f->nregs)
    fail(v, "a register operand out of range");
}

static void check_field(const Verify *v, IrOperandKind k, int val) {
  switch (k) {
  case OK_NONE:
    if (val != -1)
      fail(v, "an operand where the opcode takes none");
    break;
  case OK_REG:
    check_reg(v, val, false);
    break;
  case OK_OUT:
    check_reg(v, val, true);
    break;
  case OK_ENV:
    if (val < -1 || val >= v->f->nenvs)
      fail(v, "an environment operand out of range");
    break;
  case OK_INT:
    break;
  }
}

static void check_inst(const Verify *v, const IrInst *in) {
  if ((unsigned)in->op >= IR__COUNT)
    fail(v, "an unknown opcode");
  const IrOpInfo *info = &ir_op_info[in->op];
  check_field(v, info->dst == OK_REG && in->op == IR_CALL_RT ? OK_OUT : info->dst, in->dst);
  check_field(v, info->a, in->a);
  check_field(v, info->b, in->b);
  check_field(v, info->c, in->c);
  if (info->args == OK_NONE && in->nargs)
    fail(v, "arguments where the opcode takes none");
  for (int k = 0; k < in->nargs; k++)
    check_reg(v, in->args[k], false);
  for (int k = 0; k < in->nimms; k++)
    if (in->imms[k].kind == IMM_NONE)
      fail(v, "an immediate without a kind");
  if (in->op != IR_CALL_RT) {
    if (in->may_throw != info->throws)
      fail(v, "may_throw disagrees with ir_ops.h");
    return;
  }
  if ((unsigned)in->helper >= IRH__COUNT)
    fail(v, "an unknown runtime helper");
  const IrHelperInfo *h = &ir_helper_info[in->helper];
  if ((h->flags & HF_ARGV) ? in->nargs < h->nargs : in->nargs != h->nargs)
    fail(v, "a helper call with the wrong number of arguments");
  if (in->nimms != h->nimm)
    fail(v, "a helper call with the wrong number of immediates");
  if (in->may_throw != h->throws)
    fail(v, "may_throw disagrees with ir_helpers.h");
  if ((h->flags & HF_VOID) ? in->dst != -1 : in->dst < 0)
    fail(v, "a helper call's result register disagrees with ir_helpers.h");
}

static void check_func(const IrFunc *f, const char *after) {
  Verify v = {f, after, 0};
  if (f->nregs && !f->reg_types)
    ICE("IR invalid after %s: function #%d has no register types", after, f->id);
  char *placed = calloc((size_t)f->nlabels + 1, 1);
  for (v.at = 0; v.at < f->ninsts; v.at++) {
    const IrInst *in = &f->insts[v.at];
    check_inst(&v, in);
    if (in->op == IR_LABEL) {
      if (in->label < 0 || in->label >= f->nlabels || in->label == f->exit_label)
        fail(&v, "a label out of range");
      if (placed[in->label]++)
        fail(&v, "a label placed twice");
    }
  }
  for (v.at = 0; v.at < f->ninsts; v.at++) {
    int t[3];
    bool falls;
    int nt = ir_targets(&f->insts[v.at], t, &falls);
    for (int k = 0; k < nt; k++)
      if (t[k] != f->exit_label && (t[k] < 0 || t[k] >= f->nlabels || !placed[t[k]]))
        fail(&v, "a jump to a label that is not placed");
  }
  free(placed);
}

void ir_verify(const IrModule *m, const char *after) {
  for (int i = 0; i < m->nfuncs; i++)
    check_func(m->funcs[i], after);
}
