// SPDX-License-Identifier: MIT
//
// ir.h: Kiln's IR. A module is a list of functions; a function is a linear
// list of instructions over virtual registers with labels and branches, from
// which ir_build_cfg() makes basic blocks with predecessors and successors.
// Opcodes say what they do (ir_ops.h: ADD, LT, GET_PROP, CALL, ...); every
// other runtime operation is IR_CALL_RT naming an IrHelper (ir_helpers.h).
// Operands are registers or typed immediates, never C text: only
// emit/emit_c.c knows the C. Registers hold boxed JsValues and carry a type
// slot (IrType, all `any` until type inference); locals are named after
// their JS variables so the emitted C reads like the source.
#ifndef KILN_IR_IR_H
#define KILN_IR_IR_H

#include <stdio.h>

#include "../front/ast.h"

typedef enum IrOp {
#define IR_OP(name, dst, a, b, c, args, throws, comment) IR_##name,
#include "ir_ops.h"
#undef IR_OP
  IR__COUNT
} IrOp;

// The runtime helpers IR_CALL_RT calls (ir_helpers.h).
typedef enum IrHelper {
#define IR_HELPER(name, cfn, nargs, nimm, throws, out, flags) IRH_##name,
#include "ir_helpers.h"
#undef IR_HELPER
  IRH__COUNT
} IrHelper;

// What an operand field holds (ir_ops.h columns).
typedef enum IrOperandKind { OK_NONE, OK_REG, OK_ENV, OK_INT, OK_OUT } IrOperandKind;

typedef struct IrOpInfo {
  const char *name;
  IrOperandKind dst, a, b, c, args;
  bool throws;
} IrOpInfo;
extern const IrOpInfo ir_op_info[IR__COUNT];

// Helper flags (ir_helpers.h).
enum {
  HF_NO_RT = 1,   // takes no JsRt* first
  HF_BOOL = 2,    // returns a C bool: boxed with js_bool()
  HF_VOID = 4,    // returns nothing
  HF_ARGV = 8,    // args past nargs are passed as (count, JsValue array)
  HF_FMT = 16,    // the string immediate is a "%s" printf argument
};

typedef struct IrHelperInfo {
  const char *name;    // IRH_ name, for the IR text
  const char *c_name;  // the runtime function (emit_c.c only)
  int nargs, nimm;
  bool throws;
  int out;             // argument passed by address (written), or -1
  int flags;
} IrHelperInfo;
extern const IrHelperInfo ir_helper_info[IRH__COUNT];

// A typed immediate operand (IrInst.imms).
typedef enum IrImmKind { IMM_NONE, IMM_INT, IMM_BOOL, IMM_STR } IrImmKind;
typedef struct IrImm {
  IrImmKind kind;
  int i;               // INT, BOOL
  const char *s;       // STR: bytes (NULL: no string), len of them
  size_t len;
} IrImm;

// The type lattice of DESIGN.md ("Type specialization"). Every register
// has one (IrFunc.reg_types); lowering makes them all IR_T_ANY and no pass
// narrows them yet.
typedef enum IrType {
  IR_T_ANY, IR_T_INT32, IR_T_NUMBER, IR_T_BOOLEAN, IR_T_STRING,
  IR_T_UNDEFINED, IR_T_NULL, IR_T_OBJECT, IR_T_FUNCTION,
} IrType;
const char *ir_type_name(IrType t);

// Kinds of IR_CHECK_TDZ (imm).
enum { TDZ_BINDING, TDZ_SUPER_CALLED, TDZ_THIS };

typedef struct IrInst {
  IrOp op;
  IrHelper helper;    // CALL_RT
  int dst;            // register or -1
  int a, b, c;        // operands, as ir_ops.h says (registers or -1)
  int imm, imm2;
  double num;
  const char *name;   // CHECK_TDZ: the binding's JS name
  IrImm imms[2];      // CALL_RT, CALL, NEW: typed immediates
  int nimms;
  int *args;          // registers
  int nargs;
  int label, label2;
  int handler;        // label taken when a may_throw result is JS_EXCEPTION
  bool may_throw;
  const int *slot_ref;  // LOAD_MODVAR: the slot, known once every module is lowered
  SrcSpan span;
} IrInst;

// A basic block of IrFunc.insts (ir_build_cfg): [first, end) starts at a
// LABEL or after a terminator. succs: the blocks it may jump to, the
// exception handlers of its instructions included (a factored CFG: an
// instruction that may throw does not end its block); preds: the reverse.
typedef struct IrBlock {
  int first, end;
  int label;          // its LABEL's label, or -1
  int *succs, nsuccs;
  int *preds, npreds;
} IrBlock;

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
  IrType *reg_types;      // a type per register (ir_reg_types)
  IrBlock *blocks;        // the CFG (ir_build_cfg), NULL until built
  int nblocks;
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
// Gives every register a type slot (IR_T_ANY for new ones).
void ir_reg_types(IrFunc *f);
// Builds f->blocks from the linear instruction list.
void ir_build_cfg(IrFunc *f);
// The labels [in] may jump to (its handler included); *falls: it may also
// continue with the next instruction.
int ir_targets(const IrInst *in, int out[3], bool *falls);

// --- ir/ir_print.c ---
// The IR as stable text (kiln emit-ir, --dump-ir-after=).
void ir_print(const IrModule *m, FILE *out);
void ir_print_func(const IrModule *m, const IrFunc *f, FILE *out);

// --- ir/ir_verify.c ---
// Checks the IR's invariants (operands as ir_ops.h says, labels placed once,
// branch targets placed, blocks ending in a terminator); a broken one is a
// compiler bug (ICE) naming [after], the pass that ran last.
void ir_verify(const IrModule *m, const char *after);

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
