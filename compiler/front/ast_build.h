// SPDX-License-Identifier: MIT
//
// ast_build.h: internal interface of the CST -> AST step, shared by
// parse_ts.c and the ast_build*.c files. Only compiler/front/ includes this
// header: it is the one place besides parse_ts.c that sees tree-sitter.
#ifndef KILN_FRONT_AST_BUILD_H
#define KILN_FRONT_AST_BUILD_H

#include "ast.h"

#include <tree_sitter/api.h>

// Named node types the builder recognises, from the grammars'
// node-types.json. Anything else is NT_OTHER and reported as unsupported.
#define NODE_TYPES(X)                                                          \
  X(program) X(hash_bang_line) X(comment) X(html_comment)                      \
  /* statements */                                                             \
  X(expression_statement) X(variable_declaration) X(lexical_declaration)       \
  X(using_declaration) X(variable_declarator) X(function_declaration)          \
  X(generator_function_declaration) X(class_declaration) X(statement_block)    \
  X(empty_statement) X(if_statement) X(else_clause) X(for_statement)           \
  X(for_in_statement) X(while_statement) X(do_statement) X(return_statement)   \
  X(break_statement) X(continue_statement) X(throw_statement)                  \
  X(try_statement) X(catch_clause) X(finally_clause) X(switch_statement)       \
  X(switch_body) X(switch_case) X(switch_default) X(labeled_statement)         \
  X(statement_identifier) X(debugger_statement) X(with_statement)              \
  X(import_statement) X(import_clause) X(named_imports) X(import_specifier)    \
  X(namespace_import) X(import_attribute) X(export_statement)                  \
  X(export_clause) X(export_specifier) X(namespace_export)                     \
  /* expressions */                                                            \
  X(parenthesized_expression) X(identifier) X(undefined) X(this) X(super)      \
  X(null) X(true) X(false) X(number) X(string) X(string_fragment)              \
  X(escape_sequence) X(template_string) X(template_substitution) X(regex)      \
  X(regex_pattern) X(regex_flags) X(array) X(object) X(pair)                   \
  X(shorthand_property_identifier) X(property_identifier)                      \
  X(private_property_identifier) X(computed_property_name)                     \
  X(method_definition) X(spread_element) X(function_expression)                \
  X(generator_function) X(arrow_function) X(class) X(class_heritage)           \
  X(class_body) X(field_definition) X(class_static_block)                      \
  X(formal_parameters) X(unary_expression) X(update_expression)                \
  X(binary_expression) X(assignment_expression)                                \
  X(augmented_assignment_expression) X(ternary_expression)                     \
  X(call_expression) X(arguments) X(new_expression) X(member_expression)       \
  X(subscript_expression) X(optional_chain) X(sequence_expression)             \
  X(yield_expression) X(await_expression) X(meta_property) X(import)           \
  X(decorator)                                                                 \
  /* patterns */                                                               \
  X(array_pattern) X(object_pattern) X(assignment_pattern)                     \
  X(object_assignment_pattern) X(pair_pattern) X(rest_pattern)                 \
  X(shorthand_property_identifier_pattern)                                     \
  /* TypeScript */                                                             \
  X(type_identifier) X(type_annotation) X(type_arguments) X(type_parameters)   \
  X(as_expression) X(satisfies_expression) X(non_null_expression)              \
  X(type_assertion) X(instantiation_expression) X(interface_declaration)       \
  X(type_alias_declaration) X(ambient_declaration) X(function_signature)       \
  X(abstract_class_declaration) X(enum_declaration) X(internal_module)         \
  X(module) X(import_alias) X(import_require_clause) X(extends_clause)         \
  X(implements_clause) X(public_field_definition) X(method_signature)          \
  X(abstract_method_signature) X(index_signature) X(required_parameter)        \
  X(optional_parameter) X(accessibility_modifier) X(override_modifier)         \
  X(asserts_annotation) X(type_predicate_annotation) X(enum_body)             \
  X(enum_assignment) X(nested_identifier)

// Anonymous tokens the builder looks at (keywords and punctuation).
#define TOKEN_TYPES(X)                                                         \
  X(ASYNC, "async") X(GET, "get") X(SET, "set") X(STATIC, "static")            \
  X(STAR, "*") X(IN, "in") X(OF, "of") X(AWAIT, "await") X(LET, "let")         \
  X(CONST, "const") X(VAR, "var") X(USING, "using") X(EQ, "=")                 \
  X(DEFAULT, "default") X(EXPORT, "export") X(IMPORT, "import") X(NEW, "new")  \
  X(TARGET, "target") X(META, "meta") X(DECLARE, "declare")                    \
  X(ABSTRACT, "abstract") X(READONLY, "readonly") X(QUESTION, "?")             \
  X(BANG, "!") X(OVERRIDE, "override") X(ACCESSOR, "accessor") X(TYPE, "type") \
  X(TYPEOF, "typeof") X(COMMA, ",") X(LBRACKET, "[") X(RBRACKET, "]")          \
  X(SEMI, ";") X(DOLLAR_BRACE, "${") X(RBRACE, "}") X(BACKTICK, "`")           \
  X(FROM, "from") X(ENUM, "enum") X(NAMESPACE, "namespace")                    \
  X(MODULE, "module") X(GLOBAL, "global") X(DOTS, "...") X(INC, "++")          \
  X(DEC, "--") X(FUNCTION, "function") X(CLASS, "class")

typedef enum NodeType {
  NT_OTHER = 0,  // named, but not one the builder knows
  NT_ERROR,      // tree-sitter's ERROR node
#define X(name) NT_##name,
  NODE_TYPES(X)
#undef X
  TK_OTHER,      // anonymous token the builder does not name
#define X(name, text) TK_##name,
  TOKEN_TYPES(X)
#undef X
  NT_COUNT
} NodeType;

// Field names the builder asks for; ids differ between the two grammars.
#define FIELD_NAMES(X)                                                         \
  X(alias) X(alternative) X(argument) X(arguments) X(body) X(condition) X(consequence)     \
  X(constructor) X(declaration) X(finalizer) X(flags) X(function) X(handler)   \
  X(increment) X(index) X(initializer) X(key) X(kind) X(label) X(left)         \
  X(member) X(name) X(object) X(operator) X(optional_chain) X(parameter)       \
  X(parameters) X(pattern) X(property) X(right) X(source) X(value)             \
  X(decorator) X(type) X(return_type) X(type_parameters) X(type_arguments)

typedef struct FieldIds {
#define X(name) TSFieldId name;
  FIELD_NAMES(X)
#undef X
} FieldIds;

// One child of a CST node, as collected by kids_of().
typedef struct Kid {
  TSNode node;
  TSFieldId field;
  uint16_t type;  // NodeType
} Kid;

// A run of children on the builder's scratch stack.
typedef struct Kids {
  int start, len;
} Kids;

typedef struct Builder {
  Source *src;
  const char *text;
  bool typescript;
  uint16_t *sym_type;  // TSSymbol -> NodeType
  uint32_t nsyms;
  FieldIds f;
  TSTreeCursor cursor;
  Kid *kids;           // scratch stack of collected children
  int nkids, cap_kids;
  int errors;          // diagnostics this builder reported
  int depth;           // recursion depth, to refuse absurd nesting
  bool in_generator;   // inside a generator function body
  bool module;         // parsing a module (known before building)
  bool too_deep;       // "nested too deeply" was reported
  TSNode last;         // innermost node being built, for build_missing()
  struct TsBuild *ts;  // ast_build_ts.c's state, made on first use
  const uint32_t *static_accessors;  // offsets of `accessor` whose `static`
  int nstatic_accessors;             //   parse_ts.c blanked for the grammar
} Builder;

// --- ast_build.c ---
AstNode *build_program(Builder *b, TSNode root, bool module);
// An early error: a SyntaxError under node.
void build_error(Builder *b, TSNode at, const char *fmt, ...) KILN_PRINTF(3, 4);
void build_error_at(Builder *b, uint32_t start, uint32_t end, const char *fmt, ...)
    KILN_PRINTF(4, 5);
// Valid source kiln cannot compile yet: no JavaScript error.
void build_not_yet(Builder *b, TSNode at, const char *fmt, ...) KILN_PRINTF(3, 4);
bool build_enter(Builder *b, TSNode n);
AstNode *build_missing(Builder *b);
Kids kids_of(Builder *b, TSNode n);
Kid kid_at(Builder *b, Kids k, int i);
TSNode kid_field(Builder *b, Kids k, TSFieldId f);
bool kids_have(Builder *b, Kids k, NodeType type);
NodeType node_type(Builder *b, TSNode n);
AstNode *node_new(Builder *b, AstKind kind, TSNode n);
const char *node_text(Builder *b, TSNode n, size_t *len);
AstNode *build_stmt(Builder *b, TSNode n);
AstNode *build_block(Builder *b, TSNode n);
void build_body(Builder *b, TSNode n, AstList *out, uint32_t *flags);
AstNode *build_unsupported(Builder *b, TSNode n);

// --- ast_build_expr.c ---
AstNode *build_expr(Builder *b, TSNode n);
AstNode *build_pattern(Builder *b, TSNode n);
AstNode *expr_to_pattern(AstNode *e);
AstNode *build_ident(Builder *b, TSNode n);
AstNode *build_string(Builder *b, TSNode n);
AstNode *build_key(Builder *b, TSNode n, uint32_t *flags);
AstNode *build_assign_target(Builder *b, TSNode n);
TSNode first_named(Builder *b, Kids k);

// --- ast_build_func.c ---
AstNode *build_function(Builder *b, TSNode n, AstKind kind);
AstNode *build_class(Builder *b, TSNode n, AstKind kind);
AstNode *build_object_method(Builder *b, TSNode n);  // -> AST_PROPERTY
AstNode *build_decorator(Builder *b, TSNode n);      // -> its expression

// --- ast_build_ts.c: TypeScript declarations lowered as tsc emits them ---
// enum_declaration, internal_module, module, import_alias statements.
AstNode *ts_build_decl(Builder *b, TSNode n);
AstNode *ts_build_ambient(Builder *b, TSNode n);  // `declare ...`
// `export <decl>`: true (and *out) if TypeScript handles the declaration.
bool ts_build_export(Builder *b, TSNode decl, AstNode **out);
AstNode *ts_build_import_require(Builder *b, TSNode stmt, TSNode clause);
AstNode *ts_build_export_assign(Builder *b, TSNode n, TSNode value);
// Appends [s] to a statement list, splicing TypeScript's multi-statement
// declarations (AST_F_TS_SPLICE).
void ts_splice(AstList *out, AstNode *s);
// Parameter properties: ts_params_begin() before a parameter list,
// ts_param_property() for each, ts_constructor_props() on the
// constructor, ts_class_props() right after it, ts_class_done() after
// the class body (which also applies useDefineForClassFields).
int ts_params_begin(Builder *b);
void ts_param_property(Builder *b, TSNode n, AstNode *p);
void ts_constructor_props(Builder *b, AstNode *fn, int mark);
void ts_class_props(Builder *b, AstNode *cls);
void ts_class_done(Builder *b, AstNode *cls);
void ts_finish_program(Builder *b, AstNode *prog);

// --- ast_build_lit.c: literal text -> values (no tree-sitter) ---
// Decodes the body of a string literal (between the quotes) or of a
// template quasi into WTF-8. Returns NULL and sets *err to a message when an
// escape is invalid; *err_at is the byte offset of the bad escape.
typedef struct LitResult {
  char *str;          // arena, NUL-terminated; NULL on error
  size_t len;
  bool legacy_octal;  // \01, \7, \8, \9 seen
  const char *err;
  size_t err_at;      // the offending byte, or SIZE_MAX: the literal as a whole
} LitResult;
LitResult lit_decode_string(const char *s, size_t n, bool template);
// Template raw text: CR and CRLF become LF (ECMA-262 #sec-static-semantics-trv).
char *lit_template_raw(const char *s, size_t n, size_t *out_len);
// Identifier with \u escapes decoded; NULL if an escape is malformed.
char *lit_decode_ident(const char *s, size_t n, size_t *out_len);
// Is [s] (UTF-8, escapes decoded) an IdentifierName?
bool lit_ident_valid(const char *s, size_t n);
// Numeric literal text (separators allowed). Returns false if malformed.
bool lit_parse_number(const char *s, size_t n, double *out, bool *legacy_octal);
// Is [s] (without the trailing n) a valid BigInt literal?
bool lit_bigint_ok(const char *s, size_t n);
// BigInt literal text without the trailing n, as decimal digits.
char *lit_bigint_decimal(const char *s, size_t n);

#endif
