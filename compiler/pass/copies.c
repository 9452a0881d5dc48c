// SPDX-License-Identifier: MIT
//
// copies.c: coalescing of the moves lowering makes.
//
// Input: IR after lowering. A value that reaches a join by several paths
// (the arms of `?:`, `&&`, a default parameter, a return through the
// shared exit) is computed into a temporary and then moved into the
// register the join reads: `r9 = ADD r7, r8; r10 = MOV r9`.
// Output: the same IR where such a temporary, written once and read only
// by the move right after its definition, is replaced by the move's
// destination (`r10 = ADD r7, r8`) and the move is gone.
//
// The definition must not be able to leave for a handler inside the
// function: where an operation fails its C still stores JS_EXCEPTION into
// its destination, which a catch or finally block might read. Suspension
// points (their destination is written on resume) and instructions that
// write other registers too are left alone.
#include "pass.h"

#include <stdlib.h>

#include "../ir/ir.h"

typedef struct Counts {
  int *defs, *uses;
  bool *pinned;  // written other than as dst (an out operand)
} Counts;

static void count_inst(Counts *c, const IrInst *in) {
  const IrOpInfo *info = &ir_op_info[in->op];
  if (info->a == OK_REG && in->a >= 0)
    c->uses[in->a]++;
  if (info->b == OK_REG && in->b >= 0)
    c->uses[in->b]++;
  if (info->b == OK_OUT && in->b >= 0)
    c->pinned[in->b] = true;
  if (info->c == OK_REG && in->c >= 0)
    c->uses[in->c]++;
  for (int k = 0; k < in->nargs; k++)
    c->uses[in->args[k]]++;
  if (in->op == IR_CALL_RT && ir_helper_info[in->helper].out >= 0 &&
      ir_helper_info[in->helper].out < in->nargs)
    c->pinned[in->args[ir_helper_info[in->helper].out]] = true;
  if (in->dst >= 0)
    c->defs[in->dst]++;
}

static bool reads(const IrInst *in, int r) {
  const IrOpInfo *info = &ir_op_info[in->op];
  if ((info->a == OK_REG && in->a == r) || (info->b == OK_REG && in->b == r) ||
      (info->c == OK_REG && in->c == r))
    return true;
  for (int k = 0; k < in->nargs; k++)
    if (in->args[k] == r)
      return true;
  return false;
}

// The instruction before [i], position markers skipped; -1 at a label or
// the start.
static int prev_inst(const IrFunc *f, int i) {
  for (int j = i - 1; j >= 0; j--) {
    IrOp op = f->insts[j].op;
    if (op == IR_LABEL)
      return -1;
    if (op != IR_LINE && op != IR_NOP)
      return j;
  }
  return -1;
}

static bool can_retarget(const IrFunc *f, const IrInst *def, int to) {
  if (def->op == IR_YIELD || def->op == IR_AWAIT || def->op == IR_MOV)
    return false;
  if (def->may_throw && def->handler != f->exit_label)
    return false;
  return !reads(def, to);
}

static void coalesce_in_func(IrFunc *f) {
  if (!f->ninsts)
    return;
  Counts c = {calloc((size_t)f->nregs + 1, sizeof(int)), calloc((size_t)f->nregs + 1, sizeof(int)),
              calloc((size_t)f->nregs + 1, 1)};
  for (int i = 0; i < f->ninsts; i++)
    count_inst(&c, &f->insts[i]);
  for (int i = 0; i < f->ninsts; i++) {
    IrInst *mv = &f->insts[i];
    if (mv->op != IR_MOV)
      continue;
    int s = mv->a, j = prev_inst(f, i);
    if (j >= 0 && f->insts[j].dst == s && c.defs[s] == 1 && c.uses[s] == 1 && !c.pinned[s] &&
        !c.pinned[mv->dst] && can_retarget(f, &f->insts[j], mv->dst)) {
      f->insts[j].dst = mv->dst;
      mv->op = IR_NOP;  // a chain of moves continues from the definition
      mv->dst = mv->a = -1;
    }
  }
  int out = 0;
  for (int i = 0; i < f->ninsts; i++)
    if (f->insts[i].op != IR_NOP)
      f->insts[out++] = f->insts[i];
  f->ninsts = out;
  free(c.defs);
  free(c.uses);
  free(c.pinned);
}

void coalesce_copies(IrModule *m) {
  for (int i = 0; i < m->nfuncs; i++)
    coalesce_in_func(m->funcs[i]);
}
