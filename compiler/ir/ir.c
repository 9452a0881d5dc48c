// SPDX-License-Identifier: MIT
//
// ir.c: building IR functions (registers, labels, locals, instructions),
// the opcode and helper tables, the module's atom table, register types
// and the control-flow graph.
#include "ir.h"

#include <stdlib.h>
#include <string.h>

const IrOpInfo ir_op_info[IR__COUNT] = {
#define IR_OP(name, dst, a, b, c, args, throws, comment) \
  {#name, dst, a, b, c, args, throws},
#include "ir_ops.h"
#undef IR_OP
};

const IrHelperInfo ir_helper_info[IRH__COUNT] = {
#define IR_HELPER(name, cfn, nargs, nimm, throws, out, flags) \
  {#name, #cfn, nargs, nimm, throws, out, flags},
#include "ir_helpers.h"
#undef IR_HELPER
};

const char *ir_op_name(IrOp op) { return ir_op_info[op].name; }

const char *ir_type_name(IrType t) {
  static const char *const names[] = {"any", "int32", "number", "boolean", "string",
                                      "undefined", "null", "object", "function"};
  return names[t];
}

IrFunc *ir_new_func(IrModule *m, const char *name) {
  IrFunc *f = arena_alloc(sizeof *f);
  f->id = m->nfuncs;
  f->name = name ? name : "";
  if (m->nfuncs == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 16;
    IrFunc **n = arena_alloc(sizeof *n * m->cap);
    if (m->nfuncs)
      memcpy(n, m->funcs, sizeof *n * m->nfuncs);
    m->funcs = n;
  }
  m->funcs[m->nfuncs++] = f;
  f->exit_label = ir_new_label(f);
  return f;
}

IrInst *ir_emit(IrFunc *f, IrOp op) {
  if (f->ninsts == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 64;
    f->insts = realloc(f->insts, sizeof *f->insts * f->cap);
  }
  IrInst *i = &f->insts[f->ninsts++];
  memset(i, 0, sizeof *i);
  i->op = op;
  i->dst = i->a = i->b = i->c = -1;
  i->handler = f->exit_label;
  i->may_throw = ir_op_info[op].throws && op != IR_CALL_RT;
  return i;
}

int ir_new_reg(IrFunc *f) { return f->nregs++; }
int ir_new_label(IrFunc *f) { return f->nlabels++; }

int ir_new_local(IrFunc *f, const char *name) {
  if (f->nlocals == f->locals_cap) {
    f->locals_cap = f->locals_cap ? f->locals_cap * 2 : 16;
    f->locals = realloc(f->locals, sizeof *f->locals * f->locals_cap);
  }
  f->locals[f->nlocals].name = name;
  return f->nlocals++;
}

// Atoms are found through a hash index (open addressing over atom
// indexes), rebuilt whenever the list was reset or grown behind its back
// (module/graph.c starts a fresh list per module): a module with tens of
// thousands of distinct names must not cost a scan per name.
static uint64_t atom_hash_of(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ull;
  }
  return h;
}

static void atom_index_insert(IrModule *m, int idx) {
  size_t mask = (size_t)m->atom_hash_cap - 1;
  size_t h = (size_t)atom_hash_of(m->atoms[idx], m->atom_lens[idx]) & mask;
  while (m->atom_hash[h] >= 0)
    h = (h + 1) & mask;
  m->atom_hash[h] = idx;
}

static void atom_index_rebuild(IrModule *m, int need) {
  int cap = 64;
  while (cap < need * 2)
    cap *= 2;
  if (cap != m->atom_hash_cap) {
    free(m->atom_hash);
    m->atom_hash = malloc(sizeof *m->atom_hash * (size_t)cap);
    m->atom_hash_cap = cap;
  }
  for (int i = 0; i < cap; i++)
    m->atom_hash[i] = -1;
  for (int i = 0; i < m->natoms; i++)
    atom_index_insert(m, i);
  m->atom_hash_count = m->natoms;
}

int ir_atom(IrModule *m, const char *s, size_t len) {
  if (m->atom_hash_count != m->natoms || (m->natoms + 1) * 2 > m->atom_hash_cap)
    atom_index_rebuild(m, m->natoms + 1);
  size_t mask = (size_t)m->atom_hash_cap - 1;
  for (size_t h = (size_t)atom_hash_of(s, len) & mask; m->atom_hash[h] >= 0; h = (h + 1) & mask) {
    int i = m->atom_hash[h];
    if (m->atom_lens[i] == len && memcmp(m->atoms[i], s, len) == 0)
      return i;
  }
  if (m->natoms == m->atoms_cap) {
    m->atoms_cap = m->atoms_cap ? m->atoms_cap * 2 : 64;
    m->atoms = realloc(m->atoms, sizeof *m->atoms * m->atoms_cap);
    m->atom_lens = realloc(m->atom_lens, sizeof *m->atom_lens * m->atoms_cap);
  }
  m->atoms[m->natoms] = s;
  m->atom_lens[m->natoms] = len;
  atom_index_insert(m, m->natoms);
  m->atom_hash_count = m->natoms + 1;
  return m->natoms++;
}

void ir_reg_types(IrFunc *f) {
  IrType *t = arena_alloc(sizeof *t * (size_t)(f->nregs + 1));
  for (int r = 0; r < f->nregs; r++)
    t[r] = IR_T_ANY;
  f->reg_types = t;
}

// The labels an instruction may jump to, its handler included. Returns
// their count; *falls says whether control may also reach the next one.
int ir_targets(const IrInst *in, int out[3], bool *falls) {
  int n = 0;
  *falls = true;
  switch (in->op) {
  case IR_JMP:
    out[n++] = in->label;
    *falls = false;
    break;
  case IR_BR_TRUTHY: case IR_BR_NULLISH: case IR_BR_UNDEF: case IR_BR_TRUE:
    out[n++] = in->label;
    out[n++] = in->label2;
    *falls = false;
    break;
  case IR_RET: case IR_THROW:
    *falls = false;
    break;
  case IR_YIELD:
    if (!in->imm2)
      out[n++] = in->label;  // resumed by return()
    break;
  default:
    break;
  }
  if (in->may_throw)
    out[n++] = in->handler;
  return n;
}

// Blocks end at jumps, branches, returns and throws. An instruction that
// may throw does not end its block: its handler is one more successor of
// the block (a factored CFG, as Jikes RVM and HotSpot's C1 build), which
// keeps blocks long where nearly every instruction may throw.
static bool ends_block(const IrInst *in) {
  switch (in->op) {
  case IR_JMP: case IR_BR_TRUTHY: case IR_BR_NULLISH: case IR_BR_UNDEF: case IR_BR_TRUE:
  case IR_RET: case IR_THROW:
    return true;
  default:
    return false;
  }
}

// The edges of block [k]: the targets of each of its instructions (handlers
// included), and the next block when the last one falls through. Counts
// them (npred/nsucc) when [count], else records them.
static void block_edges(IrFunc *f, IrBlock *b, int nb, int k, const int *block_of_label,
                        int *npred, int *nsucc, bool count) {
  for (int i = b[k].first; i < b[k].end; i++) {
    int t[4];
    bool falls;
    int nt = ir_targets(&f->insts[i], t, &falls);
    int to[4], n = 0;
    for (int j = 0; j < nt; j++)
      if (t[j] >= 0 && t[j] < f->nlabels && block_of_label[t[j]] >= 0)
        to[n++] = block_of_label[t[j]];
    if (i == b[k].end - 1 && falls && k + 1 < nb)
      to[n++] = k + 1;
    for (int j = 0; j < n; j++) {
      if (count) {
        npred[to[j]]++;
        nsucc[k]++;
        continue;
      }
      bool seen = false;
      for (int s = 0; s < b[k].nsuccs; s++)
        seen |= b[k].succs[s] == to[j];
      if (!seen) {
        b[k].succs[b[k].nsuccs++] = to[j];
        b[to[j]].preds[b[to[j]].npreds++] = k;
      }
    }
  }
}

// Blocks start at labels and after terminators; the exit label
// (f->exit_label, never placed) is no block.
void ir_build_cfg(IrFunc *f) {
  int n = f->ninsts, nb = 0;
  int *block_of_label = arena_alloc(sizeof(int) * (size_t)(f->nlabels + 1));
  for (int l = 0; l < f->nlabels; l++)
    block_of_label[l] = -1;
  IrBlock *b = arena_alloc(sizeof *b * (size_t)(n + 1));
  for (int i = 0; i < n;) {
    IrBlock *cur = &b[nb];
    cur->first = i;
    cur->label = f->insts[i].op == IR_LABEL ? f->insts[i].label : -1;
    if (cur->label >= 0)
      block_of_label[cur->label] = nb;
    i++;
    while (i < n && f->insts[i].op != IR_LABEL && !ends_block(&f->insts[i - 1]))
      i++;
    cur->end = i;
    nb++;
  }
  int *npred = arena_alloc(sizeof(int) * (size_t)(nb + 1));
  int *nsucc = arena_alloc(sizeof(int) * (size_t)(nb + 1));
  for (int k = 0; k < nb; k++)
    block_edges(f, b, nb, k, block_of_label, npred, nsucc, true);
  for (int k = 0; k < nb; k++) {
    b[k].preds = arena_alloc(sizeof(int) * (size_t)(npred[k] + 1));
    b[k].succs = arena_alloc(sizeof(int) * (size_t)(nsucc[k] + 1));
  }
  for (int k = 0; k < nb; k++)
    block_edges(f, b, nb, k, block_of_label, NULL, NULL, false);
  f->blocks = b;
  f->nblocks = nb;
}
