// SPDX-License-Identifier: MIT
//
// ir.h: Kiln's IR. A module is a list of functions; a function is a linear
// list of instructions over virtual registers with labels and branches (a
// CFG in linear form: every basic block starts at a LABEL and ends in a
// branch, RET or THROW). Registers hold boxed JsValues; locals are named
// after their JS variables so the emitted C reads like the source.
#ifndef KILN_IR_IR_H
#define KILN_IR_IR_H

#include <stdio.h>

#include "../front/ast.h"

typedef enum IrOp {
#define IR_OP(name, comment) IR_##name,
#include "ir_ops.h"
#undef IR_OP
  IR__COUNT
} IrOp;

typedef struct IrInst {
  IrOp op;
  int dst;            // register or -1
  int a, b, c;        // registers or -1
  int imm, imm2;
  double num;
  const char *name;
  const char *tail;   // RT/CALL: C text appended to the argument list
  int *args;
  int nargs;
  int label, label2;
  int handler;        // label taken when a may_throw result is JS_EXCEPTION
  bool may_throw;
  const int *slot_ref;  // LOAD_MODVAR: the slot, known once every module is lowered
  SrcSpan span;
} IrInst;

// IR_RT flags (IrInst.imm).
enum {
  RTF_NO_RT = 1,   // the function takes no JsRt* first
  RTF_BOOL = 2,    // returns a C bool: box it with js_bool()
  RTF_ARGV = 4,    // args[imm2..] are passed as (count, JsValue array)
};
// An RT argument that is the address of a register (out parameter).
#define IR_ARG_ADDR(r) (-100 - (r))

typedef struct IrLocal {
  const char *name;   // JS name, for readable C
} IrLocal;

typedef struct IrFunc {
  int id;
  const char *name;       // JS name or "" (anonymous)
  const char *c_name;     // C symbol
  AstNode *node;          // function/class/program node
  int length;             // .length
  uint32_t fn_flags;      // JS_FN_*
  bool strict;
  IrInst *insts;
  int ninsts, cap;
  int nregs;
  int nlabels;
  IrLocal *locals;
  int nlocals, locals_cap;
  int nenvs;              // env registers used (e0, e1, ...)
  int exit_label;         // unwinding: return JS_EXCEPTION
  int ctor_kind;          // 0 not constructible, 1 base, 2 derived class
  int coro;               // 0 plain, 1 generator, 2 async function
  int file;               // the module (IrModule.files index) it belongs to
} IrFunc;

typedef struct IrModule {
  const char *filename;
  Source *src;
  IrFunc **funcs;         // funcs[0] is the module body
  int nfuncs, cap;
  // atoms (interned strings) used by the module
  const char **atoms;
  size_t *atom_lens;
  int natoms, atoms_cap;
  int *atom_hash;         // ir_atom's index: atom indexes, -1 = empty
  int atom_hash_cap, atom_hash_count;
  int nics;               // inline cache sites
  int ntemplates;
  bool script;            // classic script semantics
  // CommonJS module graph: module 0 is the main module (main.c fills these).
  struct IrModuleFile {
    const char *filename;   // absolute path
    int func;               // body function, -1 for JSON and built-ins
    const char *json;
    size_t json_len;
    int format;             // JS_MOD_CJS, JS_MOD_ESM, JS_MOD_JSON, JS_MOD_BUILTIN
    int init_func;          // ES module: environment set-up function
    const int *env_size;    // ES module: its environment's size (after lowering)
    bool tla;               // ES module with top-level await
    int *requests;          // ES module: modules it imports from, in order
    int nrequests;
    struct IrModuleExport {
      const char *name;
      int module;           // module holding the variable
      const int *slot;      // its slot; NULL: the namespace of [module]
    } *exports;             // ES module: every export name, sorted
    int nexports;
    const char **facade;    // CJS, JSON, built-in: named exports seen by
    int nfacade;            // `import`, slots 1.. of its facade (0 = default)
    const char *builtin;    // JS_MOD_BUILTIN: node's name ("fs")
    const char *error;      // a module only reached at run time that failed to
                            // compile: loading it throws this message
    const char *display;    // its name in #line directives
    int first_func, nfuncs; // its functions: funcs[first_func ..]
    const char **atoms;     // its atoms (IR atom indexes are per module)
    size_t *atom_lens;
    int natoms;
    int ntemplates;
  } *files;
  int nfiles;
  struct IrModuleLink {
    int from, to;
    const char *specifier;
    bool require;           // resolved for require() (else for import)
  } *links;
  int nlinks;
  // C symbols of the built-ins the program needs linked (jsl_fs_init,
  // js_binding_fs: module/builtin_refs.c), referenced by the emitted C.
  const char **builtin_refs;
  int nbuiltin_refs;
} IrModule;

// --- ir/ir.c ---
IrFunc *ir_new_func(IrModule *m, const char *name);
IrInst *ir_emit(IrFunc *f, IrOp op);
int ir_new_reg(IrFunc *f);
int ir_new_label(IrFunc *f);
int ir_new_local(IrFunc *f, const char *name);
int ir_atom(IrModule *m, const char *s, size_t len);
const char *ir_op_name(IrOp op);
void ir_print(const IrModule *m, FILE *out);   // --dump-ir

// --- ir/lower.c ---
typedef struct LowerOptions {
  bool script;   // classic script: top-level var/function are global properties
  bool module;   // ES module
  int module_index;  // ES module: its index in the module table
  bool tla;      // ES module with top-level await: the body is async
} LowerOptions;
// AST (after resolve_scopes) -> IR. Errors go through diag_error.
IrModule *lower_module(AstNode *program, Source *src, const LowerOptions *opt);
// Lowers one more module body into [m]; returns its IrFunc index, or -1.
int lower_module_into(IrModule *m, AstNode *program, Source *src, const LowerOptions *opt);
// Lowers an ES module into [m] as two functions: *init_out creates the
// module environment and its hoisted functions (run for every module before
// any body runs), the result evaluates the body. -1 after errors.
int lower_esm_into(IrModule *m, AstNode *program, Source *src, const LowerOptions *opt,
                   int *init_out);

#endif
