// SPDX-License-Identifier: MIT
//
// ast.h: Kiln's own AST, built once from tree-sitter's CST by ast_build.c.
// Nothing after ast_build.c sees tree-sitter. TypeScript is erased while
// building: type annotations, interfaces, type aliases, `as`, `!`,
// `satisfies`, access modifiers, abstract members and overload signatures
// never reach the AST. TypeScript with run-time meaning (enums, namespaces,
// parameter properties, import-equals ...) arrives as the plain JavaScript
// tsc would emit (front/ast_build_ts.c).
//
// One node struct for every kind (chibicc style); the comment on each kind
// says which fields it uses. Unused fields are zero.
#ifndef KILN_FRONT_AST_H
#define KILN_FRONT_AST_H

#include "../support/support.h"

typedef struct AstNode AstNode;
typedef struct Scope Scope;      // pass/resolve.c
typedef struct Binding Binding;  // pass/resolve.c

typedef struct AstList {
  AstNode **items;
  int len, cap;
} AstList;
void ast_list_push(AstList *l, AstNode *n);

typedef enum AstKind {
  // --- statements ---
  AST_PROGRAM,       // list = statements; flags AST_F_STRICT if "use strict"
  AST_VAR_DECL,      // op = AST_VAR/AST_LET/AST_CONST; list = AST_DECLARATOR
  AST_DECLARATOR,    // a = target (IDENT or pattern), b = init or NULL
  AST_FUNC_DECL,     // see "functions" below
  AST_CLASS_DECL,    // see "classes" below
  AST_EXPR_STMT,     // a = expression
  AST_BLOCK,         // list = statements
  AST_EMPTY,
  AST_IF,            // a = test, b = then, c = else or NULL
  AST_FOR,           // a = init (VAR_DECL or expr) or NULL, b = test, c = update, d = body
  AST_FOR_IN,        // a = left (VAR_DECL with one declarator and no init, or a
  AST_FOR_OF,        //     target expression/pattern), b = right, d = body;
                     //     FOR_OF: flags AST_F_AWAIT for `for await`
  AST_WHILE,         // a = test, d = body
  AST_DO_WHILE,      // a = test, d = body
  AST_RETURN,        // a = value or NULL
  AST_BREAK,         // str = label or NULL
  AST_CONTINUE,      // str = label or NULL
  AST_THROW,         // a = value
  AST_TRY,           // a = block, b = catch param (pattern) or NULL, c = catch
                     // block or NULL, d = finally block or NULL
  AST_SWITCH,        // a = discriminant, list = AST_CASE
  AST_CASE,          // a = test or NULL for default, list = statements
  AST_LABELED,       // str = label, a = statement
  AST_DEBUGGER,
  AST_WITH,          // a = object, d = body (sloppy only)

  // --- expressions ---
  AST_NUMBER,        // num
  AST_BIGINT,        // str = decimal digits (no n)
  AST_STRING,        // str/len = cooked value, WTF-8 (may contain NUL)
  AST_TEMPLATE,      // list = quasis (AST_STRING, cooked), list2 = expressions
                     // (list.len == list2.len + 1)
  AST_TAGGED_TEMPLATE, // a = tag, b = AST_TEMPLATE whose quasis have
                     // str = cooked (NULL if invalid escape) and raw = raw text
  AST_REGEX,         // str = pattern, raw = flags
  AST_IDENT,         // str = name (escapes decoded)
  AST_THIS,
  AST_SUPER,         // only as a = of MEMBER/INDEX, or callee of CALL
  AST_NULL,
  AST_TRUE,
  AST_FALSE,
  AST_ARRAY,         // list = elements (AST_HOLE, AST_SPREAD or expression)
  AST_OBJECT,        // list = AST_PROPERTY
  AST_PROPERTY,      // op = AST_PROP_*; a = key (IDENT-as-name: AST_STRING with
                     // the name, AST_NUMBER, or any expression when
                     // AST_F_COMPUTED), b = value (expression or function);
                     // SPREAD: a = argument. flags AST_F_SHORTHAND.
  AST_FUNC_EXPR,     // see "functions"
  AST_ARROW,         // see "functions"
  AST_CLASS_EXPR,    // see "classes"
  AST_UNARY,         // op = AST_OP_* (NEG PLUS NOT BITNOT TYPEOF VOID DELETE), a
  AST_UPDATE,        // op = AST_OP_INC/DEC, a = target, flags AST_F_PREFIX
  AST_BINARY,        // op = AST_OP_*, a, b (includes `in`, `instanceof`,
                     // AST_OP_PRIVATE_IN: a = AST_PRIVATE_NAME)
  AST_LOGICAL,       // op = AST_OP_AND/OR/NULLISH, a, b
  AST_ASSIGN,        // op = AST_OP_ASSIGN or the compound operator (ADD ...,
                     // AND/OR/NULLISH for &&= ||= ??=), a = target, b = value
  AST_COND,          // a = test, b = then, c = else
  AST_CALL,          // a = callee, list = arguments (may hold AST_SPREAD);
                     // flags AST_F_OPTIONAL for `f?.()`
  AST_NEW,           // a = callee, list = arguments
  AST_MEMBER,        // a = object, str = property name, flags AST_F_OPTIONAL
                     // for `o?.x`; b = AST_PRIVATE_NAME for `o.#x`
  AST_INDEX,         // a = object, b = index expression, flags AST_F_OPTIONAL
  AST_OPTIONAL_CHAIN,// a = the chain; marks where `?.` short-circuits to
  AST_SEQUENCE,      // list = expressions
  AST_SPREAD,        // a = argument (in arrays, calls, object literals)
  AST_YIELD,         // a = argument or NULL, flags AST_F_DELEGATE for yield*
  AST_AWAIT,         // a
  AST_NEW_TARGET,
  AST_IMPORT_META,
  AST_IMPORT_CALL,   // a = specifier
  AST_PRIVATE_NAME,  // str = name without '#'
  AST_PAREN,         // a; kept only where it matters: (a, b) = ... errors,
                     // and `(x) = 1` is still a valid assignment.

  // --- patterns (binding and assignment targets) ---
  AST_ARRAY_PATTERN,   // list = elements (AST_HOLE, target, AST_ASSIGN_PATTERN, AST_REST)
  AST_OBJECT_PATTERN,  // list = AST_PROPERTY (op INIT: a = key, b = target or
                       // AST_ASSIGN_PATTERN; flags COMPUTED/SHORTHAND) and AST_REST
  AST_ASSIGN_PATTERN,  // a = target, b = default value
  AST_REST,            // a = target
  AST_HOLE,

  // --- functions and classes ---
  // FUNC_DECL, FUNC_EXPR, ARROW: str = name or NULL, list = parameters
  // (targets, AST_ASSIGN_PATTERN for defaults, AST_REST last), a = body
  // (AST_BLOCK; for a concise arrow the expression, flags AST_F_EXPR_BODY),
  // flags AST_F_ASYNC / AST_F_GENERATOR / AST_F_STRICT (body has
  // "use strict") / AST_F_SIMPLE_PARAMS.
  // CLASS_DECL, CLASS_EXPR: str = name or NULL, a = heritage or NULL,
  // list = AST_CLASS_MEMBER, list2 = decorator expressions (front end
  // only: pass/ts_decorators.c lowers them away, with the CLASS_MEMBERs'
  // decorators in their list and TypeScript parameter decorators in a
  // parameter's list2).
  AST_CLASS_MEMBER,  // op = AST_MEMBER_METHOD/GETTER/SETTER/FIELD/STATIC_BLOCK,
                     // a = key (as PROPERTY; AST_PRIVATE_NAME for #x),
                     // b = FUNC_EXPR (methods) or initializer or NULL (fields)
                     // or BLOCK (static blocks); flags AST_F_STATIC,
                     // AST_F_COMPUTED. The constructor is a METHOD with
                     // flags AST_F_CONSTRUCTOR.

  // --- modules ---
  AST_IMPORT,        // str/len = specifier, list = AST_IMPORT_SPEC
  AST_IMPORT_SPEC,   // str = imported name ("default", "*" for namespace), raw = local name
  AST_EXPORT,        // a = declaration or NULL, list = AST_EXPORT_SPEC,
                     // str = from-specifier or NULL; flags AST_F_DEFAULT with
                     // a = expression/declaration for `export default`
  AST_EXPORT_SPEC,   // str = local name, raw = exported name
} AstKind;

// Flags (AstNode.flags).
enum {
  AST_F_STRICT = 1 << 0,
  AST_F_ASYNC = 1 << 1,
  AST_F_GENERATOR = 1 << 2,
  AST_F_EXPR_BODY = 1 << 3,
  AST_F_COMPUTED = 1 << 4,
  AST_F_SHORTHAND = 1 << 5,
  AST_F_STATIC = 1 << 6,
  AST_F_PREFIX = 1 << 7,
  AST_F_OPTIONAL = 1 << 8,
  AST_F_DELEGATE = 1 << 9,
  AST_F_AWAIT = 1 << 10,
  AST_F_CONSTRUCTOR = 1 << 11,
  AST_F_SIMPLE_PARAMS = 1 << 12,
  AST_F_DEFAULT = 1 << 13,
  AST_F_PARENS = 1 << 14,   // expression was parenthesized
  AST_F_MODULE = 1 << 15,   // AST_PROGRAM: source is an ES module
  // Added by the front end (ast_build.c) for the resolver's strict-mode
  // early errors: NUMBER written as a legacy octal (010) or with a leading
  // zero (08); STRING or template quasi containing a legacy octal escape
  // (\01, \7) or \8 / \9.
  AST_F_LEGACY_OCTAL = 1 << 16,
  // Added by the front end: IDENT whose source spelling contains a \u
  // escape (`\u0061wait`); escaped keywords are early errors.
  AST_F_ESCAPED = 1 << 17,
  // Added by module/graph.c: CALL/NEW of the global Function with constant
  // strings; d = the FUNC_EXPR compiled from them, or NULL and raw = the
  // SyntaxError message when they do not make a function.
  AST_F_CONST_FUNCTION = 1 << 18,
  // Added by pass/resolve.c with pass/eval.c: CALL that is a direct eval
  // of a constant string; d = the ARROW compiled from it, or NULL and raw =
  // the SyntaxError message. ARROW made from eval code: a sloppy one
  // declares its var and function names in the caller's variable scope.
  AST_F_EVAL = 1 << 21,
  // Added by the front end: IMPORT_SPEC/EXPORT_SPEC whose local name was
  // written as a string literal (`export { "a" as b } from`).
  AST_F_STRING_NAME = 1 << 19,
  // Added by the front end: CLASS_MEMBER FIELD declared with `accessor`
  // (removed by pass/ts_decorators.c).
  AST_F_ACCESSOR = 1 << 20,
  // Inside the front end only (ast_build_ts.c): a BLOCK whose statements
  // replace one TypeScript declaration in its list, and the `var` among
  // them that a merged declaration drops.
  AST_F_TS_SPLICE = 1 << 30,
  // From the front end to pass/ts_commonjs.c: the EXPORT of a const enum's
  // object, which tsc would not emit (kiln keeps it for other files' uses).
  AST_F_TS_CONST_ENUM = 1 << 29,
  // From the front end to pass/ts_decorators.c: a CLASS_MEMBER FIELD kept
  // only for its legacy decorators (useDefineForClassFields false made its
  // value an assignment in the constructor); removed once decorated.
  AST_F_TS_DECO_ONLY = 1 << 28,
};

// AST_VAR_DECL ops
enum { AST_VAR = 1, AST_LET, AST_CONST };

// AST_PROPERTY ops
enum { AST_PROP_INIT = 1, AST_PROP_GET, AST_PROP_SET, AST_PROP_METHOD, AST_PROP_SPREAD };

// AST_CLASS_MEMBER ops
enum {
  AST_MEMBER_METHOD = 1, AST_MEMBER_GETTER, AST_MEMBER_SETTER,
  AST_MEMBER_FIELD, AST_MEMBER_STATIC_BLOCK
};

// Operators.
typedef enum AstOp {
  AST_OP_NONE = 0,
  AST_OP_ASSIGN,
  // binary arithmetic
  AST_OP_ADD, AST_OP_SUB, AST_OP_MUL, AST_OP_DIV, AST_OP_MOD, AST_OP_EXP,
  AST_OP_SHL, AST_OP_SAR, AST_OP_SHR, AST_OP_BITAND, AST_OP_BITOR, AST_OP_BITXOR,
  // comparison
  AST_OP_EQ, AST_OP_NE, AST_OP_SEQ, AST_OP_SNE,
  AST_OP_LT, AST_OP_LE, AST_OP_GT, AST_OP_GE,
  AST_OP_IN, AST_OP_INSTANCEOF, AST_OP_PRIVATE_IN,
  // logical
  AST_OP_AND, AST_OP_OR, AST_OP_NULLISH,
  // unary
  AST_OP_NEG, AST_OP_PLUS, AST_OP_NOT, AST_OP_BITNOT, AST_OP_TYPEOF,
  AST_OP_VOID, AST_OP_DELETE,
  // update
  AST_OP_INC, AST_OP_DEC,
} AstOp;

struct AstNode {
  AstKind kind;
  int op;
  uint32_t flags;
  SrcSpan span;
  AstNode *a, *b, *c, *d;
  AstList list, list2;
  const char *str;   // NUL-terminated; len gives the length (strings may hold NUL)
  size_t len;
  const char *raw;   // second string (see kinds)
  size_t raw_len;
  double num;
  // Filled by pass/resolve.c:
  Scope *scope;      // scope a function/block/loop/catch/class introduces
  Binding *binding;  // binding an AST_IDENT refers to (NULL: global)
};

AstNode *ast_new(AstKind kind, SrcSpan span);
// Small constructors for passes that write JS as tsc emits it (name and
// property strings are kept, not copied): an identifier, `obj.name`,
// `target = value`, and an expression statement.
AstNode *ast_ident(SrcSpan at, const char *name);
AstNode *ast_member(SrcSpan at, AstNode *obj, const char *name);
AstNode *ast_assign(SrcSpan at, AstNode *target, AstNode *value);
AstNode *ast_expr_stmt(SrcSpan at, AstNode *e);
// Gives [n] and every node under it the span [at] (generated code, or
// eval code whose text is not in the file, points at one place).
void ast_set_spans(AstNode *n, SrcSpan at);
// Does a body's directive prologue hold an unescaped "use strict"?
bool ast_has_use_strict(const AstList *body);
// Added by the front end: ECMA-262 Number::toString(v) in radix 10 (the
// shortest round-trip digits), in the arena. Property keys written as
// numbers are stored as this string: `0x10` -> "16", `1.0` -> "1".
const char *ast_number_string(double v);
// Added by the front end: names for dumps and messages ("BINARY", "+=").
const char *ast_kind_name(AstKind kind);
const char *ast_op_name(int op);

// --- front/parse_ts.c + ast_build.c ---
// Parses [src] with the JavaScript grammar (or the TypeScript grammar when
// [typescript]) and builds the AST. Syntax errors are reported with
// diag_error (every ERROR and MISSING node); returns NULL if there were any.
// [module] parses as an ES module (.mjs, or import/export present).
AstNode *parse_program(Source *src, bool typescript, bool module);

// --- front/tsconfig.c ---
// The compilerOptions of the project's tsconfig.json that change what a
// TypeScript program does (tsc 5.9's defaults without one).
typedef struct TsOptions {
  bool found;                        // a tsconfig.json was read
  const char *path;                  // its path, or NULL
  int target;                        // ES year (2022 for "ES2022"; 0: ESNext)
  bool experimental_decorators;      // legacy decorators
  bool emit_decorator_metadata;      // design:type & co. (legacy decorators)
  bool use_define_for_class_fields;  // default: target >= ES2022
  bool verbatim_module_syntax;       // imports are kept unless `type`
  bool preserve_const_enums;         // also isolatedModules, verbatim...
  int module;                        // TS_MODULE_*: the emitted module kind
  bool es_module_interop;            // __importDefault/__importStar in CommonJS
  const char *base_url;              // absolute, or NULL
  const char *paths_base;            // folder `paths` targets are relative to
  int npaths;                        // `paths`: pattern -> targets
  const char **path_patterns;        //   "@app/*"
  const char ***path_targets;        //   NULL-terminated, e.g. "src/*"
} TsOptions;
// TsOptions.module: what tsc emits for import/export ("module" option, or
// its default: CommonJS below an ES2015 target, ES2015 from it on).
enum {
  TS_MODULE_COMMONJS = 1,  // commonjs (amd, umd, system, none: treated alike)
  TS_MODULE_ES,            // es2015 ... esnext: import/export kept
  TS_MODULE_NODE,          // node16/18/20, nodenext: by the file's format
  TS_MODULE_PRESERVE,      // preserve: import/export kept
};
// Finds the tsconfig.json nearest to [entry] (its folder, then upwards)
// and reads it, following `extends`; errors are reported on stderr and
// the defaults kept. The result is what ts_options() returns from then on.
void tsconfig_load(const char *entry);
// `--project`: [path] names the tsconfig.json, or the folder holding it.
void tsconfig_load_project(const char *path);
const TsOptions *ts_options(void);
// --experimental-decorators / --emit-decorator-metadata on the command
// line: added to what the tsconfig said (the front end reads ts_options()).
void tsconfig_add_decorator_flags(bool experimental, bool metadata);
// Does tsc emit the TypeScript file [path], which node's rules make
// CommonJS (no "type": "module"), as CommonJS (require, exports)? .cts
// always, .mts never; else by the "module" option. Without a tsconfig, as
// `tsc --module nodenext` (tests/record.py's twins): yes.
bool ts_emits_commonjs(const char *path);
// The paths a bare module name may stand for under the tsconfig's `paths`
// (first match, its targets in order) and `baseUrl`, without extension;
// returns how many were stored in [out].
int tsconfig_path_candidates(const char *spec, const char **out, int max);

// --- front/ast_dump.c ---
void ast_dump(const AstNode *n, int indent);  // debugging: --dump-ast

#endif
