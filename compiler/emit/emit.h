// SPDX-License-Identifier: MIT
//
// emit.h: the C emitter's entry point.
#ifndef KILN_EMIT_EMIT_H
#define KILN_EMIT_EMIT_H

#include <stdio.h>

#include "../ir/ir.h"

typedef struct EmitOptions {
  const char *display_name;  // file name for #line and comments
  const char *runtime_name;  // __filename the program sees (absolute path)
  bool line_directives;
  // Non-NULL: a built-in library module (stdlib/node/*.js) named so: no
  // main(); exports jsl_<name>_init (atoms) and jsl_<name>_main (the body).
  const char *library;
} EmitOptions;

// Writes the module as one C translation unit with a main().
void emit_c(IrModule *m, FILE *out, const EmitOptions *opt);

#endif
