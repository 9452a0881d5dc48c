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
  // Code that runs once (the chunks of very large functions) is compiled
  // with this attribute, e.g. __attribute__((optimize("O1"))) when the
  // program is built at -O2: the C compiler's time stays linear. NULL: none.
  const char *cold_attr;
  // Non-NULL: a library for C programs (kiln build --emit=lib) named so:
  // instead of main(), int <embed>_init(argc, argv) starts the runtime
  // (kiln_embed.h). emit_header.c writes its header.
  const char *embed;
} EmitOptions;

// Writes the whole program as one C translation unit with a main().
void emit_c(IrModule *m, FILE *out, const EmitOptions *opt);
// The same, split: units holding the modules files[from .. to) and one
// unit for the module table and main(); compiled apart and cached.
void emit_c_modules(IrModule *m, int from, int to, FILE *out, const EmitOptions *opt);
void emit_c_main(IrModule *m, FILE *out, const EmitOptions *opt);
// A large module in [nparts] units: this one holds part [part] (emit_c.c).
void emit_c_module_part(IrModule *m, int fi, int part, int nparts, FILE *out,
                        const EmitOptions *opt);

// The C header of a library built with --emit=lib: <name>_init and a
// function per exported function of the entry (emit_header.c).
void emit_c_header(IrModule *m, FILE *out, const char *name, const char *display);

#endif
