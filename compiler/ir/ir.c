// SPDX-License-Identifier: MIT
//
// ir.c: building IR functions (registers, labels, locals, instructions),
// the module's atom table, and the --dump-ir printer.
#include "ir.h"

#include <stdlib.h>
#include <string.h>

static const char *op_names[] = {
#define IR_OP(name, comment) #name,
#include "ir_ops.h"
#undef IR_OP
};

const char *ir_op_name(IrOp op) { return op_names[op]; }

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

static void print_reg(FILE *out, const char *tag, int r) {
  if (r >= 0)
    fprintf(out, " %s=r%d", tag, r);
}

void ir_print(const IrModule *m, FILE *out) {
  for (int fi = 0; fi < m->nfuncs; fi++) {
    IrFunc *f = m->funcs[fi];
    fprintf(out, "func %s #%d (%d regs, %d locals)\n", f->name, f->id,
            f->nregs, f->nlocals);
    for (int i = 0; i < f->ninsts; i++) {
      IrInst *in = &f->insts[i];
      if (in->op == IR_LABEL) {
        fprintf(out, "L%d:\n", in->label);
        continue;
      }
      fprintf(out, "  %s", ir_op_name(in->op));
      print_reg(out, "dst", in->dst);
      print_reg(out, "a", in->a);
      print_reg(out, "b", in->b);
      print_reg(out, "c", in->c);
      if (in->imm || in->imm2)
        fprintf(out, " imm=%d,%d", in->imm, in->imm2);
      if (in->op == IR_CONST_NUM)
        fprintf(out, " %.17g", in->num);
      if (in->name)
        fprintf(out, " '%s'", in->name);
      for (int k = 0; k < in->nargs; k++)
        fprintf(out, "%s%d", k ? "," : " args=", in->args[k]);
      if (in->op == IR_JMP || (in->op >= IR_BR_TRUTHY && in->op <= IR_BR_TRUE))
        fprintf(out, " -> L%d", in->label);
      if (in->op >= IR_BR_TRUTHY && in->op <= IR_BR_TRUE)
        fprintf(out, " / L%d", in->label2);
      if (in->may_throw)
        fprintf(out, " !L%d", in->handler);
      fputc('\n', out);
    }
  }
}
