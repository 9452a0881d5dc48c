// SPDX-License-Identifier: MIT
//
// tdz.c: TDZ-check elimination for locals.
//
// Input: IR after lowering, where every read of a let/const/class local is
// LOAD_LOCAL followed by CHECK_TDZ (ECMA-262 #sec-getbindingvalue: a
// binding read before its initialisation throws a ReferenceError).
// Output: the same IR with each CHECK_TDZ of a binding that is provably
// initialised at that point turned into a NOP.
//
// A forward "must be initialised" analysis over the locals of each
// function (a bit per local), on the CFG of ir_build_cfg:
//   - STORE_LOCAL of a register that can never hold the TDZ marker
//     initialises the local; a store of any other register (the marker
//     itself, when a scope is entered again) forgets it;
//   - a CHECK_TDZ that passes proves the local its register was loaded from
//     initialised (when it throws, control leaves for the handler);
//   - at a join the facts of every incoming path are intersected; along an
//     exception edge the facts are those before the throwing instruction.
// Only locals: a captured binding lives in an environment that closures
// can read before the function initialises it.
#include "pass.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../ir/ir.h"
#include "../../runtime/include/kiln.h"

typedef struct Tdz {
  IrFunc *f;
  int words;          // uint64_t words per set of locals
  uint64_t *in;       // per block: the facts at its start
  bool *visited;      // per block: in[] holds facts (else not reached yet)
  int *block_of_label;
  bool *maybe_marker; // per register: some definition may be the TDZ marker
  int *loaded;        // per register: the local it was loaded from here, or -1
  int *loaded_version; // ... and that local's store count then
  int *version;       // per local: stores seen so far
  bool *checked;      // per register: known initialised in this block
  int *work, nwork;
  bool *queued;
} Tdz;

static bool has(const uint64_t *s, int l) { return s[l / 64] >> (l % 64) & 1; }
static void gen(uint64_t *s, int l) { s[l / 64] |= 1ull << (l % 64); }
static void kill(uint64_t *s, int l) { s[l / 64] &= ~(1ull << (l % 64)); }

// Registers that may hold JS_UNINIT (or another internal marker): the
// result of a special constant that is one, of a local or environment
// load, or of a move from such a register (to a fixed point: a default
// parameter value joins the argument and the default's value through
// moves). Registers are not SSA: one such definition is enough.
static bool defines_marker(const IrInst *in) {
  switch (in->op) {
  case IR_CONST_SPECIAL:
    return (JsValue)(unsigned)in->imm == JS_UNINIT || (JsValue)(unsigned)in->imm == JS_EMPTY;
  case IR_LOAD_LOCAL: case IR_LOAD_ENV: case IR_LOAD_MODVAR:
    return true;
  default:
    return false;
  }
}

// True if the register [in] defines is checked by the next instruction
// (a binding's read: LOAD_LOCAL, then CHECK_TDZ), so that where it is
// used it holds no marker.
static bool checked_at_once(const IrFunc *f, int i) {
  const IrInst *in = &f->insts[i];
  if (i + 1 >= f->ninsts)
    return false;
  const IrInst *next = &f->insts[i + 1];
  return next->op == IR_CHECK_TDZ && next->a == in->dst && next->imm != TDZ_SUPER_CALLED;
}

static void find_marker_regs(Tdz *t) {
  IrFunc *f = t->f;
  int *defs = calloc((size_t)f->nregs + 1, sizeof(int));
  for (int i = 0; i < f->ninsts; i++)
    if (f->insts[i].dst >= 0)
      defs[f->insts[i].dst]++;
  for (int i = 0; i < f->ninsts; i++) {
    IrInst *in = &f->insts[i];
    if (in->dst >= 0 && defines_marker(in) && !(defs[in->dst] == 1 && checked_at_once(f, i)))
      t->maybe_marker[in->dst] = true;
  }
  free(defs);
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = 0; i < f->ninsts; i++) {
      IrInst *in = &f->insts[i];
      if (in->op == IR_MOV && t->maybe_marker[in->a] && !t->maybe_marker[in->dst])
        t->maybe_marker[in->dst] = changed = true;
    }
  }
}

// Meets [s] into the start of block [b]; queues it when that changed.
static void flow_into(Tdz *t, int b, const uint64_t *s) {
  uint64_t *in = &t->in[(size_t)b * t->words];
  bool changed = false;
  if (!t->visited[b]) {
    memcpy(in, s, sizeof(uint64_t) * t->words);
    t->visited[b] = changed = true;
  } else {
    for (int w = 0; w < t->words; w++) {
      uint64_t v = in[w] & s[w];
      changed |= v != in[w];
      in[w] = v;
    }
  }
  if (changed && !t->queued[b]) {
    t->queued[b] = true;
    t->work[t->nwork++] = b;
  }
}

static void flow_to_label(Tdz *t, int label, const uint64_t *s) {
  if (label >= 0 && label < t->f->nlabels && t->block_of_label[label] >= 0)
    flow_into(t, t->block_of_label[label], s);
}

// Runs block [b] from its facts; with [apply], removes the checks it proves
// redundant (only once the facts are final).
static void run_block(Tdz *t, int b, uint64_t *s, bool apply) {
  IrFunc *f = t->f;
  IrBlock *blk = &f->blocks[b];
  memcpy(s, &t->in[(size_t)b * t->words], sizeof(uint64_t) * t->words);
  for (int i = blk->first; i < blk->end; i++) {
    IrInst *in = &f->insts[i];
    if (in->may_throw)
      flow_to_label(t, in->handler, s);  // before the instruction's effect
    switch (in->op) {
    case IR_LOAD_LOCAL:
      t->loaded[in->dst] = in->imm;
      t->loaded_version[in->dst] = t->version[in->imm];
      t->checked[in->dst] = has(s, in->imm);
      break;
    case IR_STORE_LOCAL:
      if (t->maybe_marker[in->a] && !(t->checked[in->a]))
        kill(s, in->imm);
      else
        gen(s, in->imm);
      t->version[in->imm]++;  // the registers loaded from it hold the old value
      break;
    case IR_CHECK_TDZ:
      if (in->imm == TDZ_SUPER_CALLED)
        break;  // checks the opposite: that the binding is not yet bound
      if (t->checked[in->a] && apply) {
        in->op = IR_NOP;
        in->a = -1;
        in->may_throw = false;
        break;
      }
      t->checked[in->a] = true;
      if (t->loaded[in->a] >= 0 && t->loaded_version[in->a] == t->version[t->loaded[in->a]])
        gen(s, t->loaded[in->a]);
      break;
    default:
      if (in->dst >= 0) {
        t->loaded[in->dst] = -1;
        t->checked[in->dst] = false;
      }
      break;
    }
    if (in->op == IR_JMP || (in->op >= IR_BR_TRUTHY && in->op <= IR_BR_TRUE)) {
      flow_to_label(t, in->label, s);
      if (in->op != IR_JMP)
        flow_to_label(t, in->label2, s);
    } else if (in->op == IR_YIELD && !in->imm2) {
      flow_to_label(t, in->label, s);
    }
  }
  IrInst *last = &f->insts[blk->end - 1];
  if (last->op != IR_JMP && last->op != IR_RET && last->op != IR_THROW &&
      !(last->op >= IR_BR_TRUTHY && last->op <= IR_BR_TRUE) && b + 1 < f->nblocks)
    flow_into(t, b + 1, s);
}

static void reset_regs(Tdz *t) {
  for (int r = 0; r < t->f->nregs; r++) {
    t->loaded[r] = -1;
    t->checked[r] = false;
  }
}

static void eliminate_in_func(IrFunc *f) {
  if (!f->nlocals || !f->ninsts)
    return;
  ir_build_cfg(f);
  Tdz t = {.f = f, .words = (f->nlocals + 63) / 64};
  int nb = f->nblocks;
  t.in = calloc((size_t)nb * t.words, sizeof(uint64_t));
  t.visited = calloc((size_t)nb, 1);
  t.queued = calloc((size_t)nb, 1);
  t.work = malloc(sizeof(int) * (size_t)nb);
  t.block_of_label = malloc(sizeof(int) * (size_t)(f->nlabels + 1));
  t.maybe_marker = calloc((size_t)f->nregs + 1, 1);
  t.loaded = malloc(sizeof(int) * (size_t)(f->nregs + 1));
  t.loaded_version = malloc(sizeof(int) * (size_t)(f->nregs + 1));
  t.version = calloc((size_t)f->nlocals, sizeof(int));
  t.checked = calloc((size_t)f->nregs + 1, 1);
  uint64_t *s = malloc(sizeof(uint64_t) * (size_t)t.words);
  for (int l = 0; l < f->nlabels; l++)
    t.block_of_label[l] = -1;
  for (int b = 0; b < nb; b++)
    if (f->blocks[b].label >= 0)
      t.block_of_label[f->blocks[b].label] = b;
  find_marker_regs(&t);
  memset(s, 0, sizeof(uint64_t) * (size_t)t.words);
  flow_into(&t, 0, s);  // nothing is initialised at the entry
  while (t.nwork) {
    int b = t.work[--t.nwork];
    t.queued[b] = false;
    reset_regs(&t);
    run_block(&t, b, s, false);
  }
  for (int b = 0; b < nb; b++)
    if (t.visited[b]) {
      reset_regs(&t);
      run_block(&t, b, s, true);
    }
  free(s);
  free(t.checked);
  free(t.loaded);
  free(t.loaded_version);
  free(t.version);
  free(t.maybe_marker);
  free(t.block_of_label);
  free(t.work);
  free(t.queued);
  free(t.visited);
  free(t.in);
}

void eliminate_tdz_checks(IrModule *m) {
  for (int i = 0; i < m->nfuncs; i++)
    eliminate_in_func(m->funcs[i]);
}
