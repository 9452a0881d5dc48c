// SPDX-License-Identifier: MIT
//
// unreachable.c: removal of the blocks no path from the entry reaches.
//
// Input: IR of any stage. Lowering emits code that never runs: what
// follows a `return`, `throw`, `break` or `continue` in the same block
// statement, the implicit `return undefined` after a body that always
// returns, the join label after an `if` whose arms both return. The C
// compiler drops it too, but only after parsing and optimising it.
// Output: the same IR without the blocks that neither the entry nor any
// reached block (by a jump, a branch, a fall-through or an exception
// handler) can reach, and without a jump to the label right after it.
//
// Conservative about what counts as an edge: besides ir_targets(), every
// label an instruction of a reached block names (label, label2, and the
// handler of one whose C jumps there) keeps its block, so an instruction
// whose C uses a label the CFG does not list never loses it.
#include "pass.h"

#include <stdlib.h>
#include <string.h>

#include "../ir/ir.h"

// Marks block [b] reached and queues it.
static void reach(int b, bool *reached, int *work, int *nwork) {
  if (b < 0 || reached[b])
    return;
  reached[b] = true;
  work[(*nwork)++] = b;
}

static int block_of(const int *block_of_label, const IrFunc *f, int lab) {
  return lab >= 0 && lab < f->nlabels ? block_of_label[lab] : -1;
}

// Opcodes whose C jumps to their handler whatever their may-throw flag.
static bool uses_handler(IrOp op) {
  switch (op) {
  case IR_THROW: case IR_CHECK_TDZ: case IR_SET_PROP: case IR_TEMPLATE: case IR_YIELD:
  case IR_AWAIT:
    return true;
  default:
    return false;
  }
}

static void mark_reached(IrFunc *f, bool *reached) {
  int *block_of_label = malloc(sizeof(int) * (size_t)(f->nlabels + 1));
  int *work = malloc(sizeof(int) * (size_t)(f->nblocks + 1));
  int nwork = 0;
  for (int l = 0; l < f->nlabels; l++)
    block_of_label[l] = -1;
  for (int b = 0; b < f->nblocks; b++)
    if (f->blocks[b].label >= 0)
      block_of_label[f->blocks[b].label] = b;
  reach(0, reached, work, &nwork);
  while (nwork) {
    IrBlock *blk = &f->blocks[work[--nwork]];
    for (int s = 0; s < blk->nsuccs; s++)
      reach(blk->succs[s], reached, work, &nwork);
    for (int i = blk->first; i < blk->end; i++) {
      IrInst *in = &f->insts[i];
      if (in->op == IR_LABEL)
        continue;
      reach(block_of(block_of_label, f, in->label), reached, work, &nwork);
      reach(block_of(block_of_label, f, in->label2), reached, work, &nwork);
      if (in->may_throw || uses_handler(in->op))
        reach(block_of(block_of_label, f, in->handler), reached, work, &nwork);
    }
  }
  free(work);
  free(block_of_label);
}

// True if instruction [i] is a jump to the label placed right after it
// (NOPs and position markers between them do not count).
static bool jumps_to_next(const IrFunc *f, int i) {
  if (f->insts[i].op != IR_JMP)
    return false;
  for (int k = i + 1; k < f->ninsts; k++) {
    const IrInst *n = &f->insts[k];
    if (n->op == IR_NOP || n->op == IR_LINE)
      continue;
    return n->op == IR_LABEL && n->label == f->insts[i].label;
  }
  return false;
}

static void remove_in_func(IrFunc *f) {
  if (!f->ninsts)
    return;
  ir_build_cfg(f);
  bool *reached = calloc((size_t)f->nblocks + 1, 1);
  mark_reached(f, reached);
  int out = 0;
  for (int b = 0; b < f->nblocks; b++)
    if (reached[b])
      for (int i = f->blocks[b].first; i < f->blocks[b].end; i++)
        f->insts[out++] = f->insts[i];
  free(reached);
  f->ninsts = out;
  // A dropped jump falls through to its label instead (once the dead code
  // between them is gone).
  out = 0;
  for (int i = 0; i < f->ninsts; i++)
    if (!jumps_to_next(f, i))
      f->insts[out++] = f->insts[i];
  f->ninsts = out;
  ir_build_cfg(f);
}

void remove_unreachable(IrModule *m) {
  for (int i = 0; i < m->nfuncs; i++)
    remove_in_func(m->funcs[i]);
}
