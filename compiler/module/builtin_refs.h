// SPDX-License-Identifier: MIT
//
// builtin_refs.h: the built-ins an executable links (module/builtin_refs.c).
#ifndef KILN_MODULE_BUILTIN_REFS_H
#define KILN_MODULE_BUILTIN_REFS_H

#include "../support/support.h"

struct AstNode;

// Adds to [refs] (const char *, deduplicated) the C symbol that links the
// built-in named by a literal request [spec] ('fs', 'node:timers/promises':
// jsl_timers_promises_init; 'kiln:fs': js_binding_fs; 'kiln:internal_x':
// jsl_internal_x_init); nothing for a name the runtime does not have.
void builtin_refs_add_spec(PtrVec *refs, const char *spec);
// Adds the built-ins behind node's lazy globals (Buffer, URL ...,
// stdlib/node/node_tables.def) and process.stdout/stderr/stdin, and the
// core built-ins linked per use (Math, RegExp, typed arrays, Atomics:
// stdlib/init.c), whose name occurs anywhere in [program]; all of the
// latter when [program] uses the global object other than by a constant key.
void builtin_refs_scan_globals(PtrVec *refs, struct AstNode *program);
// Adds the JS built-ins behind methods of core built-ins that [program]
// names (toLocaleString -> internal_intl); for programs, not for the
// runtime's own modules.
void builtin_refs_scan_methods(PtrVec *refs, struct AstNode *program);

#endif
