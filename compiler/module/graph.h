// SPDX-License-Identifier: MIT
//
// graph.h: the whole program as a graph of modules (module/graph.c).
#ifndef KILN_MODULE_GRAPH_H
#define KILN_MODULE_GRAPH_H

#include <stdbool.h>

struct IrModule;

typedef struct GraphOptions {
  bool script;    // the entry is a classic script (test262)
  bool module;    // the entry is an ES module whatever its extension
  bool dump_ast;  // print the entry's AST and exit
  // TypeScript's experimentalDecorators for .ts/.mts/.cts files (tsconfig's
  // compilerOptions.experimentalDecorators, or --experimental-decorators);
  // otherwise decorators have the TC39 semantics.
  bool experimental_decorators;
  // With it: emitDecoratorMetadata (or --emit-decorator-metadata).
  bool emit_decorator_metadata;
  bool library;   // a built-in module of the runtime (emit-c --library)
} GraphOptions;

// Loads [entry] and every module it can reach through require(), import,
// export ... from and import() with literal specifiers (node's resolution,
// module/resolve.c), parses and checks each once, links ES module imports
// to the variables they name, and lowers every module into one IrModule
// (files[0] is the entry). NULL after diagnostics.
struct IrModule *build_module_graph(const char *entry, const GraphOptions *opt);

#endif
