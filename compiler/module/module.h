// SPDX-License-Identifier: MIT
//
// module.h: node's module resolution, done at compile time (module/resolve.c).
//
// The compiler asks where a specifier written in one file leads, the way
// node 20 would answer at run time for `require()` (CommonJS resolution)
// or for `import`/`import()` (ES module resolution), and what format a
// file has. Everything here is pure file-system logic: no AST, no IR.
#ifndef KILN_MODULE_MODULE_H
#define KILN_MODULE_MODULE_H

#include <stdbool.h>

typedef enum ResolveMode {
  RESOLVE_REQUIRE,  // require(), require.resolve(): CJS algorithm, conditions
                    // node, require, module-sync, default
  RESOLVE_IMPORT,   // import, import(): ESM algorithm, conditions node,
                    // import, module-sync, default
} ResolveMode;

typedef enum ResolveStatus {
  RESOLVE_FILE,       // path is set
  RESOLVE_BUILTIN,    // builtin is set (a node core module)
  RESOLVE_NOT_FOUND,  // code/message are node's (MODULE_NOT_FOUND,
                      // ERR_MODULE_NOT_FOUND)
  RESOLVE_ERROR,      // any other node resolution error (code/message):
                      // ERR_PACKAGE_PATH_NOT_EXPORTED,
                      // ERR_PACKAGE_IMPORT_NOT_DEFINED,
                      // ERR_UNSUPPORTED_DIR_IMPORT, ERR_INVALID_MODULE_SPECIFIER,
                      // ERR_UNKNOWN_BUILTIN_MODULE, ...
} ResolveStatus;

typedef struct Resolution {
  ResolveStatus status;
  char *path;     // RESOLVE_FILE: absolute real path (symlinks resolved)
  char *builtin;  // RESOLVE_BUILTIN: name without "node:" ("fs", "fs/promises")
  char *code;     // otherwise: node's error code
  char *message;  // otherwise: node's message, exactly as node 20 prints it
} Resolution;

// Notes on RESOLVE_ERROR codes (resolve.c):
//  - where node throws an error without a code, [code] is the error's name:
//    "SyntaxError" (a malformed package.json read by require), "TypeError"
//    (a package.json that is `null`), "URIError" (a bad %-escape in an ESM
//    specifier);
//  - a ".node" addon is RESOLVE_FILE, as in node; rejecting it is the
//    caller's business;
//  - import of a data: URL is "KILN_UNSUPPORTED_DATA_URL" (node accepts
//    it; kiln has no file to compile), and other URL schemes (https:) get
//    node's load-time ERR_UNSUPPORTED_ESM_URL_SCHEME;
//  - ESM's "Did you mean to import ...?" line for a relative specifier is
//    computed as if the current directory were the importer's folder (node
//    uses the actual current directory at run time).

// Resolves [specifier] as written in the file [from_file] (an absolute
// path). The strings in the result are heap memory owned by the caller.
Resolution module_resolve(const char *specifier, const char *from_file, ResolveMode mode);

typedef enum ModuleFormat {
  FORMAT_COMMONJS,  // .cjs, or .js (and extensionless) under "type" other than "module"
  FORMAT_MODULE,    // .mjs, or .js under a package.json with "type": "module"
  FORMAT_JSON,      // .json
  FORMAT_UNKNOWN,   // anything else (.node addons, unknown extensions)
} ModuleFormat;

// The format node 20 gives [path] (an absolute path): by extension, else
// by the "type" field of the nearest package.json. (Syntax detection of
// ESM in .js files without "type" is the caller's business.)
ModuleFormat module_format(const char *path);

// True if [name] (with or without "node:") is a node 20 built-in module
// name, as in require('module').builtinModules plus node:-only ones
// ("node:test", "node:sea").
bool module_is_builtin(const char *name);

#endif
