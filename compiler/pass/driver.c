// SPDX-License-Identifier: MIT
//
// driver.c: the IR passes, in order, between lowering and emission.
//
// Input: the IR of every module as lowering made it (module/graph.c).
// Output: the IR that emit_c.c turns into C. run_passes() is the pipeline
// in one function (QBE's func()); run_pass() runs one pass, then checks the
// IR (ir_verify) in debug builds or under --verify-ir, and prints it when
// --dump-ir-after=<that pass> asked for it.
#include "pass.h"

#include <stdio.h>
#include <string.h>

#include "../ir/ir.h"

// The passes, in the order they run ("lower" stands for lowering itself).
static const char *const pass_names[] = {"lower", "unreachable", "tdz", "copies"};

bool pass_exists(const char *name) {
  for (size_t i = 0; i < sizeof pass_names / sizeof *pass_names; i++)
    if (strcmp(pass_names[i], name) == 0)
      return true;
  return false;
}

const char *pass_last(void) { return pass_names[sizeof pass_names / sizeof *pass_names - 1]; }

void run_pass(IrModule *m, const char *name, IrPass pass, const PassOptions *opt) {
  if (pass)
    pass(m);
  if (opt->verify)
    ir_verify(m, name);
  if (opt->dump_after && strcmp(opt->dump_after, name) == 0) {
    for (int i = 0; i < m->nfuncs; i++)
      ir_build_cfg(m->funcs[i]);
    ir_print(m, opt->dump ? opt->dump : stdout);
  }
}

// Lowering's output gets its analysis slots: every register typed `any`
// until a pass proves better.
static void give_types(IrModule *m) {
  for (int i = 0; i < m->nfuncs; i++)
    ir_reg_types(m->funcs[i]);
}

void run_passes(IrModule *m, const PassOptions *opt) {
  give_types(m);
  run_pass(m, "lower", NULL, opt);
  run_pass(m, "unreachable", remove_unreachable, opt);  // pass/unreachable.c
  run_pass(m, "tdz", eliminate_tdz_checks, opt);  // pass/tdz.c
  run_pass(m, "copies", coalesce_copies, opt);  // pass/copies.c
}
