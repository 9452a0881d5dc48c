// SPDX-License-Identifier: MIT
//
// pass.h: scopes and bindings (filled by resolve.c, read by ir/lower.c) and
// the entry points of the passes.
#ifndef KILN_PASS_PASS_H
#define KILN_PASS_PASS_H

#include <stdio.h>

#include "../front/ast.h"

typedef enum BindingKind {
  BIND_VAR,
  BIND_LET,
  BIND_CONST,
  BIND_CLASS,        // class declaration (let-like)
  BIND_CLASS_INNER,  // the class's own name inside its body (const-like)
  BIND_FUNCTION,     // function declaration
  BIND_FUNC_NAME,    // a named function expression's own name (read-only)
  BIND_PARAM,
  BIND_CATCH,
  BIND_IMPORT,
  // pseudo-bindings that arrows capture from their enclosing function
  BIND_THIS,
  BIND_ARGUMENTS,
  BIND_NEW_TARGET,
  BIND_HOME,         // the method's home object (super.x)
  BIND_ACTIVE_FUNC,  // the active function (super() in a constructor)
  BIND_HIDDEN,       // compiler temporaries that must live in scopes
} BindingKind;

struct Binding {
  const char *name;
  BindingKind kind;
  Scope *scope;
  AstNode *decl;      // declaring node (identifier) or NULL
  AstNode *init;      // BIND_CONST `const x = init` (pass/eval.c reads it)
  bool captured;      // referenced from an inner function: lives in an env
  bool assigned;      // assigned after its declaration
  bool param_tdz;     // parameter of a non-simple list: TDZ until bound
  int mapped_index;   // sloppy simple parameter aliased by `arguments`, or -1
  int slot;           // env slot (captured) — set by lower.c
  int local;          // IR local (not captured) — set by lower.c, -1 before
  void *local_owner;  // the IrFunc that [local] belongs to
  // BIND_IMPORT: the variable it names, filled by the linker (module/graph.c)
  int import_module;      // index of the module that holds it
  const int *import_slot; // its slot in that module's environment (final
                          // only after lowering: read it when emitting)
  bool import_tdz;        // it may be uninitialized (let, const, class)
  bool import_ns;         // the namespace object of import_module
  Binding *next;      // in its scope
};

typedef enum ScopeKind {
  SCOPE_PROGRAM,
  SCOPE_FUNCTION,
  SCOPE_BLOCK,
  SCOPE_CATCH,
  SCOPE_CLASS,
} ScopeKind;

struct Scope {
  ScopeKind kind;
  Scope *parent;
  Scope *func;        // nearest enclosing function/program scope (itself if one)
  AstNode *node;
  Binding *bindings;  // in declaration order
  Binding *last;
  bool arrow;         // function scope of an arrow function
  bool strict;
  bool is_class_ctor; // function scope of a class constructor
  bool derived;       // ... of a derived class
  bool is_method;     // function scope of a method/getter/setter/class ctor
  bool uses_eval;
  Binding *with_object;  // `with (o)` body scope: the binding holding o
  // set by lower.c
  int env_size;       // captured bindings
  int env_reg;        // env register in the owning IR function, -1 if none
};

static inline bool binding_is_lexical(const Binding *b) {
  return b->kind == BIND_LET || b->kind == BIND_CONST || b->kind == BIND_CLASS ||
         b->kind == BIND_CLASS_INNER;
}
static inline bool binding_is_const(const Binding *b) {
  return b->kind == BIND_CONST || b->kind == BIND_CLASS_INNER;
}

// --- pass/early.c ---
// Reports the early errors of ECMA-262 that the grammar lets through
// (reserved words, strict-mode rules, yield/await contexts, assignment
// targets, parameters, class elements, labels, super, new.target ...).
// Runs on the AST before resolve_scopes(). Returns false if it reported any.
bool check_early_errors(AstNode *program, Source *src);
// Where a direct eval call is: what its code may contain
// (ECMA-262 #sec-performeval, the inFunction/inMethod/... checks).
typedef struct EvalContext {
  bool strict;       // the caller is strict code
  bool new_target;   // inside a non-arrow function
  bool super_prop;   // inside a method
  bool super_call;   // inside a derived class constructor
  bool no_arguments; // inside a class field initializer
  const Scope *scope; // the call's scope (its private names are visible)
} EvalContext;
// The early errors of eval code parsed as a Script, called from [cx].
bool check_eval_early_errors(AstNode *program, Source *src, const EvalContext *cx);
// VarDeclaredNames of statement [n] (not looking into functions): the
// identifier nodes, pushed on [out].
void var_declared_names(AstNode *n, PtrVec *out);

// --- pass/eval.c ---
// A string the compiler can see: a literal, a `+` of them, a template
// without substitutions; NULL otherwise.
const char *eval_const_string(AstNode *n, size_t *len);
// The constant first argument of a call, or NULL.
const char *eval_call_string(AstNode *call, size_t *len);
// What a callee may be: `eval` (a direct eval when it names the global),
// `(0, eval)` or `x.eval` (an indirect eval when it is %eval%).
typedef enum EvalCallee { EVAL_NONE, EVAL_DIRECT, EVAL_INDIRECT } EvalCallee;
EvalCallee eval_callee_kind(AstNode *callee);
// The var names (AST_IDENTs) and top-level FUNC_DECLs of eval code.
void eval_declarations(AstList *stmts, AstList *vars, AstList *funcs);
// Notes the names [program] assigns the identifier `eval` to.
void eval_find_aliases(AstNode *program);
// The names sloppy direct eval calls in [body] (not in nested functions)
// declare with var or function, appended to [out] as AST_IDENTs.
void eval_var_names_in(AstList *body, AstList *out);
// Eval code [text] compiled for a call at [at]: an arrow (AST_F_EVAL) that
// runs it and returns its completion value. NULL with *error = the
// SyntaxError message when it has an early error. [var_names] gets the
// names it declares in the caller's variable scope (sloppy code only).
// [indirect]: a FUNC_EXPR already resolved in a global scope of its own.
AstNode *eval_compile(const char *text, size_t len, SrcSpan at,
                      const EvalContext *cx, const char **error,
                      AstList *var_names, bool indirect);

// --- pass/resolve.c ---
// Builds scopes, binds every identifier to its declaration (or leaves it
// global), marks captured variables, and reports early errors
// (redeclarations, break/continue targets, strict-mode rules).
// [script]: top-level var/function declarations are global-object
// properties and get no binding. Returns false if errors were reported.
bool resolve_scopes(AstNode *program, Source *src, bool script);

// Finds the binding of a pseudo-variable (BIND_THIS ...) for the function
// whose scope is [fs], or NULL.
Binding *scope_find_kind(Scope *fs, BindingKind kind);

// --- pass/ts_decorators.c ---
// Lowers decorators (TC39 2023-05 semantics, or TypeScript's
// experimentalDecorators when [legacy], with emitDecoratorMetadata's
// design:* entries when also [metadata]) and `accessor` fields to plain
// classes, as tsc does for an ES2022 target. Runs on the AST before
// check_early_errors(). Returns false if it reported errors.
bool lower_decorators(AstNode *program, Source *src, bool legacy, bool metadata);

// --- pass/ts_commonjs.c ---
// Lowers the imports and exports of a TypeScript module that tsc emits as
// CommonJS (ts_emits_commonjs) to require() and exports, as tsc does, with
// esModuleInterop's helpers when [interop], and import() calls as
// require() in a promise when [import_calls] ("module": "commonjs"; then
// also in a file without import/export). The program is then CommonJS (no
// AST_F_MODULE). Runs before check_early_errors(); false on errors.
bool lower_ts_commonjs(AstNode *program, Source *src, bool interop, bool import_calls);
// Forgets the modules read to classify re-exports (after arena_free_all).
void ts_peek_reset(void);

// --- pass/requires.c ---
// One module request found in a module's source.
typedef struct ModuleRequest {
  AstNode *spec;   // the AST_STRING specifier (its span is the location)
  int kind;        // REQ_REQUIRE, REQ_IMPORT (static), REQ_DYNAMIC (import())
  bool guarded;    // inside a function, try, condition...: node fails only
                   // when it runs, so a missing module is a run-time error
  bool speculative;  // a literal inside a computed specifier: compiled in
                     // if it resolves, else ignored
  const char *context_suffix;  // non-NULL: [spec] is the constant start of
                     // a computed path (`'./locale/' + x`) and this its
                     // constant end (""): every module file of that folder
                     // that fits is compiled in
} ModuleRequest;
enum { REQ_REQUIRE, REQ_IMPORT, REQ_DYNAMIC };
// Appends (ModuleRequest *) for every require("...") call of the module
// wrapper's require, every import()/import/export-from with a literal
// specifier, in source order (resolved AST).
void collect_requests(AstNode *program, PtrVec *out);
// True if the module body awaits at its top level (outside functions).
bool has_top_level_await(AstNode *program);

struct IrModule;

// --- pass/unreachable.c ---
// Removes the blocks no path from the entry reaches, and jumps to the next
// instruction.
void remove_unreachable(struct IrModule *m);

// --- pass/tdz.c ---
// Turns each CHECK_TDZ of a local that is provably initialised into a NOP.
void eliminate_tdz_checks(struct IrModule *m);

// --- pass/copies.c ---
// Writes a value straight into the register it is moved to, when the
// temporary it was computed in has no other use.
void coalesce_copies(struct IrModule *m);

// --- pass/driver.c ---
typedef void (*IrPass)(struct IrModule *m);
typedef struct PassOptions {
  bool verify;             // ir_verify() after every pass
  const char *dump_after;  // print the IR after this pass (--dump-ir-after=)
  FILE *dump;              // where (NULL: stdout)
} PassOptions;
// Runs [pass] (NULL: none, only the checks) over every function of [m].
void run_pass(struct IrModule *m, const char *name, IrPass pass, const PassOptions *opt);
// The pipeline: every pass in order.
void run_passes(struct IrModule *m, const PassOptions *opt);
// True if [name] is a pass of run_passes(); pass_last() names the last one.
bool pass_exists(const char *name);
const char *pass_last(void);

#endif
