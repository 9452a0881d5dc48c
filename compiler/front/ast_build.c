// SPDX-License-Identifier: MIT
//
// ast_build.c: CST -> AST, part 1: the builder's machinery and statements,
// including import/export and the TypeScript declarations that are erased.
//
// Input: a tree-sitter tree without ERROR or MISSING nodes (parse_ts.c has
// reported those). Output: the AST documented in ast.h. Children are read
// with one TSTreeCursor into a scratch stack (kids_of), because tree-sitter's
// indexed child accessors are linear in the index. Expressions and patterns
// are in ast_build_expr.c, functions and classes in ast_build_func.c.
#include "ast_build.h"

#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_BUILD_ERRORS = 20, MAX_DEPTH = 3000 };

// --- machinery ---

// Per-language tables: symbol -> NodeType and the field ids, built once.
typedef struct LangTables {
  const TSLanguage *lang;
  uint16_t *sym_type;
  uint32_t nsyms;
  FieldIds f;
} LangTables;

static NodeType lookup_named(const char *name) {
  static const char *const names[] = {
#define X(name) #name,
      NODE_TYPES(X)
#undef X
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(names[i], name) == 0)
      return (NodeType)(NT_ERROR + 1 + i);
  return NT_OTHER;
}

static NodeType lookup_token(const char *text) {
  static const char *const texts[] = {
#define X(name, text) text,
      TOKEN_TYPES(X)
#undef X
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
    if (strcmp(texts[i], text) == 0)
      return (NodeType)(TK_OTHER + 1 + i);
  return TK_OTHER;
}

static void tables_init(LangTables *t, const TSLanguage *lang) {
  t->lang = lang;
  t->nsyms = ts_language_symbol_count(lang);
  t->sym_type = calloc(t->nsyms ? t->nsyms : 1, sizeof *t->sym_type);
  if (!t->sym_type)
    ICE("out of memory");
  for (uint32_t s = 0; s < t->nsyms; s++) {
    const char *name = ts_language_symbol_name(lang, (TSSymbol)s);
    TSSymbolType kind = ts_language_symbol_type(lang, (TSSymbol)s);
    if (!name)
      continue;
    if (kind == TSSymbolTypeRegular)
      t->sym_type[s] = (uint16_t)lookup_named(name);
    else if (kind == TSSymbolTypeAnonymous)
      t->sym_type[s] = (uint16_t)lookup_token(name);
    else
      t->sym_type[s] = TK_OTHER;
  }
#define X(name) \
  t->f.name = ts_language_field_id_for_name(lang, #name, sizeof #name - 1);
  FIELD_NAMES(X)
#undef X
}

static void builder_init(Builder *b, const TSLanguage *lang) {
  static LangTables tables[2];
  LangTables *t = NULL;
  for (int i = 0; i < 2 && !t; i++) {
    if (tables[i].lang == lang)
      t = &tables[i];
    else if (!tables[i].lang) {
      tables_init(&tables[i], lang);
      t = &tables[i];
    }
  }
  if (!t)
    ICE("more than two tree-sitter languages");
  b->sym_type = t->sym_type;
  b->nsyms = t->nsyms;
  b->f = t->f;
}

NodeType node_type(Builder *b, TSNode n) {
  if (ts_node_is_error(n))
    return NT_ERROR;
  TSSymbol s = ts_node_symbol(n);
  if (s >= b->nsyms)
    return ts_node_is_named(n) ? NT_OTHER : TK_OTHER;
  return (NodeType)b->sym_type[s];
}

// Pushes the children of [n] (comments skipped) onto the scratch stack.
// The caller's dispatcher pops them (see build_stmt / build_expr).
Kids kids_of(Builder *b, TSNode n) {
  Kids k = {b->nkids, 0};
  ts_tree_cursor_reset(&b->cursor, n);
  if (!ts_tree_cursor_goto_first_child(&b->cursor))
    return k;
  do {
    TSNode c = ts_tree_cursor_current_node(&b->cursor);
    if (ts_node_is_extra(c)) {
      // ECMA-262 #sec-html-like-comments: scripts only.
      if (b->module && node_type(b, c) == NT_html_comment)
        build_error(b, c, "HTML comments are not allowed in modules");
      continue;
    }
    if (b->nkids == b->cap_kids) {
      b->cap_kids = b->cap_kids ? b->cap_kids * 2 : 256;
      b->kids = realloc(b->kids, (size_t)b->cap_kids * sizeof *b->kids);
      if (!b->kids)
        ICE("out of memory");
    }
    Kid *kid = &b->kids[b->nkids++];
    kid->node = c;
    kid->field = ts_tree_cursor_current_field_id(&b->cursor);
    kid->type = (uint16_t)node_type(b, c);
    k.len++;
  } while (ts_tree_cursor_goto_next_sibling(&b->cursor));
  return k;
}

Kid kid_at(Builder *b, Kids k, int i) {
  return b->kids[k.start + i];
}

// First child in the field [f], or a null node.
TSNode kid_field(Builder *b, Kids k, TSFieldId f) {
  if (f)
    for (int i = 0; i < k.len; i++)
      if (b->kids[k.start + i].field == f)
        return b->kids[k.start + i].node;
  TSNode none = {0};
  return none;
}

bool kids_have(Builder *b, Kids k, NodeType type) {
  for (int i = 0; i < k.len; i++)
    if (b->kids[k.start + i].type == type)
      return true;
  return false;
}

AstNode *node_new(Builder *b, AstKind kind, TSNode n) {
  return ast_new(
      kind, source_span(b->src, ts_node_start_byte(n), ts_node_end_byte(n)));
}

const char *node_text(Builder *b, TSNode n, size_t *len) {
  uint32_t start = ts_node_start_byte(n);
  *len = ts_node_end_byte(n) - start;
  return b->text + start;
}

static void report(Builder *b, uint32_t start, uint32_t end, const char *type,
                   const char *fmt, va_list ap) {
  b->errors++;
  if (b->errors > MAX_BUILD_ERRORS)
    return;
  char msg[512];
  vsnprintf(msg, sizeof msg, fmt, ap);
  diag_error_as(b->src, source_span(b->src, start, end), type, "%s", msg);
}

void build_error(Builder *b, TSNode at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(b, ts_node_start_byte(at), ts_node_end_byte(at), DIAG_SYNTAX_ERROR,
         fmt, ap);
  va_end(ap);
}

void build_error_at(Builder *b, uint32_t start, uint32_t end, const char *fmt,
                    ...) {
  va_list ap;
  va_start(ap, fmt);
  report(b, start, end, DIAG_SYNTAX_ERROR, fmt, ap);
  va_end(ap);
}

void build_not_yet(Builder *b, TSNode at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(b, ts_node_start_byte(at), ts_node_end_byte(at), NULL, fmt, ap);
  va_end(ap);
}

// A tree shape the builder does not know. In JavaScript these are what
// tree-sitter accepts beyond the language node 20 parses (JSX, decorators
// where they are not allowed), so node's SyntaxError, named after the
// first token as V8 does; in TypeScript, a construct kiln does not compile
// yet. (Decorators on classes and their members are kept: they are lowered
// by pass/ts_decorators.c.)
static void report_unknown(Builder *b, TSNode n) {
  if (b->typescript) {
    build_not_yet(b, n, "unsupported syntax: %s", ts_node_type(n));
    return;
  }
  TSNode leaf = n;
  while (ts_node_child_count(leaf) > 0)
    leaf = ts_node_child(leaf, 0);
  size_t len;
  const char *text = node_text(b, leaf, &len);
  size_t show = 0;
  while (show < len && show < 40 && text[show] != '\n' && text[show] != '\r')
    show++;
  if (show == 0 || text[0] == '@' || text[0] == '#')
    build_error(b, n, show ? "Invalid or unexpected token" : "Unexpected token");
  else
    build_error(b, leaf, "Unexpected token '%.*s'", (int)show, text);
}

AstNode *build_unsupported(Builder *b, TSNode n) {
  report_unknown(b, n);
  return node_new(b, AST_EMPTY, n);
}

// The first named child of a wrapper node (else_clause,
// template_substitution, parenthesized condition ...) that is not a
// TypeScript type, or a null node.
TSNode first_named(Builder *b, Kids k) {
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type >= TK_OTHER || !ts_node_is_named(c.node))
      continue;
    if (c.type == NT_type_annotation || c.type == NT_type_arguments ||
        c.type == NT_type_parameters)
      continue;
    if (c.field && c.field == b->f.type)
      continue;
    return c.node;
  }
  TSNode none = {0};
  return none;
}

// The expression inside `( ... )` of if/while/switch/with, without marking
// it parenthesized (those parentheses are syntax, not grouping).
static AstNode *build_condition(Builder *b, TSNode paren) {
  if (node_type(b, paren) != NT_parenthesized_expression)
    return build_expr(b, paren);
  Kids k = kids_of(b, paren);
  TSNode inner = first_named(b, k);
  if (ts_node_is_null(inner))
    return build_unsupported(b, paren);
  return build_expr(b, inner);
}

// --- statement lists and directive prologues ---

// Is [stmt] the directive 'use strict' / "use strict", spelled without
// escapes? (ECMA-262 #sec-directive-prologues-and-the-use-strict-directive)
static bool is_use_strict(Builder *b, TSNode str) {
  size_t len;
  const char *t = node_text(b, str, &len);
  return len == 12 && (memcmp(t, "'use strict'", 12) == 0 ||
                       memcmp(t, "\"use strict\"", 12) == 0);
}

// A statement that is just a string literal, or a null node.
static TSNode directive_string(Builder *b, Kid stmt) {
  TSNode none = {0};
  if (stmt.type != NT_expression_statement)
    return none;
  Kids k = kids_of(b, stmt.node);
  TSNode e = first_named(b, k);
  b->nkids = k.start;
  if (ts_node_is_null(e) || node_type(b, e) != NT_string)
    return none;
  return e;
}

// Statements of a program or function body into [out]; sets AST_F_STRICT
// in [*flags] when the directive prologue holds "use strict".
void build_body(Builder *b, TSNode n, AstList *out, uint32_t *flags) {
  Kids k = kids_of(b, n);
  bool prologue = flags != NULL;
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == NT_hash_bang_line && ts_node_start_byte(c.node) != 0)
      build_error(b, c.node, "Invalid or unexpected token");  // `#!` only at the very start
    if (c.type >= TK_OTHER || c.type == NT_hash_bang_line ||
        !ts_node_is_named(c.node))
      continue;
    if (prologue) {
      TSNode s = directive_string(b, c);
      if (ts_node_is_null(s))
        prologue = false;
      else if (is_use_strict(b, s))
        *flags |= AST_F_STRICT;
    }
    AstNode *s = build_stmt(b, c.node);
    if (s)
      ts_splice(out, s);
  }
}

AstNode *build_program(Builder *b, TSNode root, bool module) {
  builder_init(b, ts_node_language(root));
  b->cursor = ts_tree_cursor_new(root);
  b->module = module;
  AstNode *prog = node_new(b, AST_PROGRAM, root);
  build_body(b, root, &prog->list, &prog->flags);
  // Node 22 treats a file with import/export statements as a module.
  for (int i = 0; i < prog->list.len && !module; i++) {
    AstKind k = prog->list.items[i]->kind;
    if (k == AST_IMPORT || k == AST_EXPORT)
      module = true;
  }
  if (module)
    prog->flags |= AST_F_MODULE | AST_F_STRICT;
  ts_finish_program(b, prog);
  ts_tree_cursor_delete(&b->cursor);
  free(b->kids);
  b->kids = NULL;
  return prog;
}

// statement_block = "{" statement* "}"
AstNode *build_block(Builder *b, TSNode n) {
  AstNode *blk = node_new(b, AST_BLOCK, n);
  build_body(b, n, &blk->list, NULL);
  return blk;
}

// A statement where one is required: erased TypeScript becomes `;`.
static AstNode *build_sub_stmt(Builder *b, TSNode n) {
  if (ts_node_is_null(n))
    return build_missing(b);
  AstNode *s = build_stmt(b, n);
  return s ? s : node_new(b, AST_EMPTY, n);
}

// --- declarations ---

// variable_declarator = name:pattern ("!")? type:type_annotation? ("=" value)?
static AstNode *build_declarator(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *d = node_new(b, AST_DECLARATOR, n);
  TSNode name = kid_field(b, k, b->f.name);
  TSNode value = kid_field(b, k, b->f.value);
  d->a = build_pattern(b, name);
  if (!ts_node_is_null(value))
    d->b = build_expr(b, value);
  return d;
}

// variable_declaration = "var" variable_declarator ("," variable_declarator)*
// ";" lexical_declaration = kind:("let" | "const") variable_declarator, ... ";"
static AstNode *build_var_decl(Builder *b, TSNode n, int op) {
  AstNode *decl = node_new(b, AST_VAR_DECL, n);
  Kids k = kids_of(b, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.field == b->f.kind && c.field)
      op = c.type == TK_CONST ? AST_CONST : c.type == TK_LET ? AST_LET : op;
  }
  decl->op = op;
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    int top = b->nkids;
    if (c.type == NT_variable_declarator)
      ast_list_push(&decl->list, build_declarator(b, c.node));
    b->nkids = top; // each declarator's children are done with
  }
  return decl;
}

// --- control flow ---

// if_statement = "if" condition:parenthesized_expression consequence:statement
//                alternative:else_clause?        else_clause = "else" statement
static AstNode *build_if(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, AST_IF, n);
  TSNode alt = kid_field(b, k, b->f.alternative);
  s->a = build_condition(b, kid_field(b, k, b->f.condition));
  s->b = build_sub_stmt(b, kid_field(b, k, b->f.consequence));
  if (!ts_node_is_null(alt)) {
    Kids ek = kids_of(b, alt);
    TSNode inner = first_named(b, ek);
    s->c = ts_node_is_null(inner) ? build_unsupported(b, alt)
                                  : build_sub_stmt(b, inner);
  }
  return s;
}

// for_statement = "for" "(" initializer:(declaration | expression ";" | ";")
//                 condition:(expression ";" | empty_statement)
//                 increment:expression? ")" body:statement
static AstNode *build_for(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, AST_FOR, n);
  TSNode init = {0}, test = {0}, update = {0}, body = {0};
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (!c.field || (c.field != b->f.body &&
                     (c.type == NT_empty_statement || c.type >= TK_OTHER)))
      continue;
    if (c.field == b->f.initializer)
      init = c.node;
    else if (c.field == b->f.condition && ts_node_is_null(test))
      test = c.node;
    else if (c.field == b->f.increment)
      update = c.node;
    else if (c.field == b->f.body)
      body = c.node;
  }
  if (!ts_node_is_null(init)) {
    NodeType t = node_type(b, init);
    s->a = (t == NT_lexical_declaration || t == NT_variable_declaration)
               ? build_stmt(b, init)
               : build_expr(b, init);
  }
  if (!ts_node_is_null(test))
    s->b = build_expr(b, test);
  if (!ts_node_is_null(update))
    s->c = build_expr(b, update);
  s->d = build_sub_stmt(b, body);
  return s;
}

// for_in_statement = "for" "await"? "(" kind:("var"|"let"|"const")? left
//                    ("=" value)? operator:("in"|"of") right ")" body
static AstNode *build_for_in(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  int op = 0;
  bool await = false, of = false;
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == TK_AWAIT)
      await = true;
    else if (c.field && c.field == b->f.operator)
      of = c.type == TK_OF;
    else if (c.field && c.field == b->f.kind) {
      if (c.type == TK_VAR)
        op = AST_VAR;
      else if (c.type == TK_LET)
        op = AST_LET;
      else if (c.type == TK_CONST)
        op = AST_CONST;
      else
        return build_unsupported(b, c.node);
    }
  }
  AstNode *s = node_new(b, of ? AST_FOR_OF : AST_FOR_IN, n);
  if (await)
    s->flags |= AST_F_AWAIT;
  TSNode left = kid_field(b, k, b->f.left);
  TSNode value = kid_field(b, k, b->f.value);
  TSNode right = kid_field(b, k, b->f.right);
  TSNode body = kid_field(b, k, b->f.body);
  if (op) {
    // A declaration with one declarator; the initializer is Annex B's
    // `for (var x = 1 in o)`, which the resolver restricts.
    AstNode *decl = node_new(b, AST_VAR_DECL, left);
    decl->op = op;
    AstNode *d = node_new(b, AST_DECLARATOR, left);
    d->a = build_pattern(b, left);
    if (!ts_node_is_null(value))
      d->b = build_expr(b, value);
    ast_list_push(&decl->list, d);
    s->a = decl;
  } else {
    s->a = expr_to_pattern(build_expr(b, left));
  }
  s->b = build_expr(b, right);
  s->d = build_sub_stmt(b, body);
  return s;
}

// while_statement = "while" condition:parenthesized_expression body:statement
// do_statement = "do" body:statement "while" condition:parenthesized_expression
// ";"? with_statement = "with" object:parenthesized_expression body:statement
static AstNode *build_loop(Builder *b, TSNode n, AstKind kind) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, kind, n);
  TSFieldId head = kind == AST_WITH ? b->f.object : b->f.condition;
  s->a = build_condition(b, kid_field(b, k, head));
  s->d = build_sub_stmt(b, kid_field(b, k, b->f.body));
  return s;
}

// return_statement = "return" (expression | sequence_expression)? ";"
// throw_statement = "throw" (expression | sequence_expression) ";"
// expression_statement = (expression | sequence_expression) ";"
static AstNode *build_with_value(Builder *b, TSNode n, AstKind kind) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, kind, n);
  TSNode e = first_named(b, k);
  if (!ts_node_is_null(e))
    s->a = build_expr(b, e);
  else if (kind != AST_RETURN)
    return build_unsupported(b, n);
  if (kind == AST_THROW && s->a) {
    // `throw` [no LineTerminator here] Expression
    uint32_t from = ts_node_start_byte(n) + 5, to = ts_node_start_byte(e);
    for (uint32_t i = from; i < to && i < b->src->len; i++) {
      unsigned char c = (unsigned char)b->text[i];
      bool ls_ps = c == 0xE2 && i + 2 < to && (unsigned char)b->text[i + 1] == 0x80 &&
                   ((unsigned char)b->text[i + 2] & 0xFE) == 0xA8;
      if (c == '\n' || c == '\r' || ls_ps) {
        build_error_at(b, i, i + 1, "Illegal newline after throw");
        break;
      }
    }
  }
  return s;
}

// break_statement = "break" label:statement_identifier? ";"  (continue alike)
static AstNode *build_jump(Builder *b, TSNode n, AstKind kind) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, kind, n);
  TSNode label = kid_field(b, k, b->f.label);
  if (!ts_node_is_null(label)) {
    AstNode *id = build_ident(b, label);
    s->str = id->str;
    s->len = id->len;
  }
  return s;
}

// labeled_statement = label:statement_identifier ":" body:statement
static AstNode *build_labeled(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, AST_LABELED, n);
  AstNode *id = build_ident(b, kid_field(b, k, b->f.label));
  s->str = id->str;
  s->len = id->len;
  s->a = build_sub_stmt(b, kid_field(b, k, b->f.body));
  return s;
}

// try_statement = "try" body:statement_block handler:catch_clause?
//                 finalizer:finally_clause?
// catch_clause = "catch" ("(" parameter:pattern type:type_annotation? ")")?
//                body:statement_block
// finally_clause = "finally" body:statement_block
static AstNode *build_try(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, AST_TRY, n);
  TSNode handler = kid_field(b, k, b->f.handler);
  TSNode finalizer = kid_field(b, k, b->f.finalizer);
  s->a = build_block(b, kid_field(b, k, b->f.body));
  if (!ts_node_is_null(handler)) {
    Kids hk = kids_of(b, handler);
    TSNode param = kid_field(b, hk, b->f.parameter);
    if (!ts_node_is_null(param))
      s->b = build_pattern(b, param);
    s->c = build_block(b, kid_field(b, hk, b->f.body));
  }
  if (!ts_node_is_null(finalizer)) {
    Kids fk = kids_of(b, finalizer);
    s->d = build_block(b, kid_field(b, fk, b->f.body));
  }
  return s;
}

// switch_statement = "switch" value:parenthesized_expression body:switch_body
// switch_body = "{" (switch_case | switch_default)* "}"
// switch_case = "case" value:expression ":" body:statement*
// switch_default = "default" ":" body:statement*
static AstNode *build_switch(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, AST_SWITCH, n);
  s->a = build_condition(b, kid_field(b, k, b->f.value));
  Kids body = kids_of(b, kid_field(b, k, b->f.body));
  for (int i = 0; i < body.len; i++) {
    Kid c = kid_at(b, body, i);
    if (c.type != NT_switch_case && c.type != NT_switch_default)
      continue;
    int top = b->nkids;
    AstNode *cs = node_new(b, AST_CASE, c.node);
    Kids ck = kids_of(b, c.node);
    for (int j = 0; j < ck.len; j++) {
      Kid e = kid_at(b, ck, j);
      if (!e.field)
        continue;
      if (e.field == b->f.value) {
        cs->a = build_expr(b, e.node);
      } else if (e.field == b->f.body) {
        AstNode *st = build_stmt(b, e.node);
        if (st)
          ast_list_push(&cs->list, st);
      }
    }
    ast_list_push(&s->list, cs);
    b->nkids = top;
  }
  return s;
}

// --- modules ---

// A module specifier or export name: string literal or identifier text.
static const char *module_name(Builder *b, TSNode n, size_t *len) {
  if (ts_node_is_null(n)) {
    AstNode *m = build_missing(b);
    *len = 0;
    return m->str ? m->str : "";
  }
  AstNode *s =
      node_type(b, n) == NT_string ? build_string(b, n) : build_ident(b, n);
  *len = s->len;
  return s->str;
}

static AstNode *import_spec(Builder *b, TSNode at, const char *imported,
                            const char *local, size_t local_len) {
  AstNode *sp = node_new(b, AST_IMPORT_SPEC, at);
  sp->str = imported;
  sp->len = strlen(imported);
  sp->raw = local;
  sp->raw_len = local_len;
  return sp;
}

// import_specifier = "type"? name:(identifier | string | "default")
//                    ("as" alias:identifier)?
static AstNode *build_import_specifier(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  if (kids_have(b, k, TK_TYPE))
    return NULL; // TypeScript `import { type T }`
  TSNode name = kid_field(b, k, b->f.name);
  TSNode alias = kid_field(b, k, b->f.alias);
  size_t nlen, llen;
  const char *imported = module_name(b, name, &nlen);
  const char *local = imported;
  llen = nlen;
  if (!ts_node_is_null(alias))
    local = module_name(b, alias, &llen);
  AstNode *sp = import_spec(b, n, imported, local, llen);
  sp->len = nlen;
  return sp;
}

// import_clause = identifier? ("," (namespace_import | named_imports))?
// namespace_import = "*" "as" identifier
// named_imports = "{" import_specifier, ... "}"
static void build_import_clause(Builder *b, TSNode n, AstList *out) {
  Kids k = kids_of(b, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    size_t len;
    if (c.type == NT_identifier) {
      const char *local = module_name(b, c.node, &len);
      ast_list_push(out, import_spec(b, c.node, "default", local, len));
    } else if (c.type == NT_namespace_import) {
      Kids nk = kids_of(b, c.node);
      const char *local = module_name(b, first_named(b, nk), &len);
      ast_list_push(out, import_spec(b, c.node, "*", local, len));
    } else if (c.type == NT_named_imports) {
      Kids nk = kids_of(b, c.node);
      for (int j = 0; j < nk.len; j++) {
        Kid s = kid_at(b, nk, j);
        if (s.type != NT_import_specifier)
          continue;
        AstNode *sp = build_import_specifier(b, s.node);
        if (sp)
          ast_list_push(out, sp);
      }
    }
  }
}

// import_statement = "import" "type"? (import_clause "from")? source:string
//                    import_attribute? ";"
// import_attribute = ("with" | "assert") object
static AstNode *build_import(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  if (kids_have(b, k, TK_TYPE))
    return NULL; // TypeScript `import type ...`
  AstNode *s = node_new(b, AST_IMPORT, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == NT_import_clause) {
      build_import_clause(b, c.node, &s->list);
    } else if (c.type == NT_import_require_clause) {
      return ts_build_import_require(b, n, c.node);
    } else if (c.type == NT_import_attribute) {
      Kids ak = kids_of(b, c.node);
      s->a = build_expr(b, first_named(b, ak));
    } else if (c.field && c.field == b->f.source) {
      s->str = module_name(b, c.node, &s->len);
    }
  }
  return s;
}

// export_specifier = "type"? name:(identifier | string | "default")
//                    ("as" alias:(identifier | string | "default"))?
static AstNode *build_export_specifier(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  if (kids_have(b, k, TK_TYPE))
    return NULL;
  TSNode name = kid_field(b, k, b->f.name);
  TSNode alias = kid_field(b, k, b->f.alias);
  AstNode *sp = node_new(b, AST_EXPORT_SPEC, n);
  sp->str = module_name(b, name, &sp->len);
  if (!ts_node_is_null(name) && node_type(b, name) == NT_string)
    sp->flags |= AST_F_STRING_NAME;
  sp->raw = sp->str;
  sp->raw_len = sp->len;
  if (!ts_node_is_null(alias))
    sp->raw = module_name(b, alias, &sp->raw_len);
  return sp;
}

// `export default function () {}` and `export default class {}` declare
// (possibly anonymous) bindings, so they become declarations.
static AstNode *build_export_default(Builder *b, TSNode value) {
  switch (node_type(b, value)) {
  case NT_function_expression:
  case NT_generator_function: return build_function(b, value, AST_FUNC_DECL);
  case NT_class: return build_class(b, value, AST_CLASS_DECL);
  default: return build_expr(b, value);
  }
}

// The leftmost operand of [e] that starts where [e] starts (`function(){}`
// in `function(){}.call()`), stopping at parentheses; [*parent] is the
// node that holds it (NULL: [e] itself).
static AstNode *leftmost_operand(AstNode *e, AstNode **parent) {
  *parent = NULL;
  while (e && !(e->flags & AST_F_PARENS) && e->a && e->a->span.start == e->span.start &&
         e->kind != AST_FUNC_EXPR && e->kind != AST_CLASS_EXPR && e->kind != AST_ARROW) {
    *parent = e;
    e = e->a;
  }
  return e;
}

static bool keyword_at(Builder *b, uint32_t at, const char *kw) {
  size_t n = strlen(kw);
  if (at + n > b->src->len || memcmp(b->text + at, kw, n) != 0)
    return false;
  unsigned char next = at + n < b->src->len ? (unsigned char)b->text[at + n] : 0;
  return !(isalnum(next) || next == '_' || next == '$' || next == '\\' || next >= 0x80);
}

// [e] (an expression statement's or `export default`'s) starts with the
// keyword `function`, `async function` or `class`, which makes it a
// declaration there (ECMA-262's lookahead restrictions), but the grammar
// reads `function f(){}()` as a call. The cases whose rest cannot stand as
// a statement of its own are errors, with V8's messages.
// (`function f(){}(1)`, a declaration and then `(1);`, is still read as a
// call.)
static void check_declaration_start(Builder *b, AstNode *e, bool default_export) {
  if (!e || (e->flags & AST_F_PARENS))
    return;
  AstNode *parent;
  AstNode *l = leftmost_operand(e, &parent);
  uint32_t at = e->span.start;
  bool fn = l->kind == AST_FUNC_EXPR && (keyword_at(b, at, "function") || keyword_at(b, at, "async"));
  bool cls = l->kind == AST_CLASS_EXPR && keyword_at(b, at, "class");
  if (!(fn || cls))
    return;
  if (fn && !l->str && !default_export) {
    build_error_at(b, at, at + 1, "Function statements require a function name");
    return;
  }
  if (cls && !l->str && !default_export) {
    uint32_t t = at + 5, end;
    while (t < b->src->len && isspace((unsigned char)b->text[t]))
      t++;
    for (end = t; end < b->src->len && isalpha((unsigned char)b->text[end]); end++) {
    }
    if (end == t)
      end = t + 1;  // `{`
    build_error_at(b, t, end, "Unexpected token '%.*s'", (int)(end - t), b->text + t);
    return;
  }
  if (!parent)
    return;
  uint32_t i = l->span.end;
  while (i < b->src->len && isspace((unsigned char)b->text[i]))
    i++;
  if (parent->kind == AST_CALL && parent->list.len == 0) {
    while (i < b->src->len && b->text[i] != ')')
      i++;
    build_error_at(b, i, i + 1, "Unexpected token ')'");
  } else if (parent->kind == AST_MEMBER && i < b->src->len && b->text[i] == '.') {
    build_error_at(b, i, i + 1, "Unexpected token '.'");
  }
}

// export_statement = "export" ( "default" (declaration | value:expression ";")
//   | declaration | export_clause ("from" source)? ";"
//   | "*" ("as" name)? "from" source ";" )   (TypeScript adds "type", "=")
static AstNode *build_export(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, AST_EXPORT, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == TK_TYPE)
      return NULL; // `export type { T }`
    if (c.type == TK_EQ) {
      TSNode value = {0};
      for (int j = i + 1; j < k.len && ts_node_is_null(value); j++)
        if (ts_node_is_named(kid_at(b, k, j).node) &&
            kid_at(b, k, j).type != NT_comment)
          value = kid_at(b, k, j).node;
      return ts_node_is_null(value) ? build_missing(b)
                                    : ts_build_export_assign(b, n, value);
    }
    if (c.type == TK_NAMESPACE) {
      build_not_yet(b, n,
                  "TypeScript `export as namespace` is not supported yet");
      return s;
    }
    if (c.type == NT_decorator)
      continue;  // `@d export class C {}`: moved to the class below
    if (c.type == TK_DEFAULT)
      s->flags |= AST_F_DEFAULT;
  }
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.field && c.field == b->f.declaration) {
      AstNode *ts = NULL;
      if (b->typescript && ts_build_export(b, c.node, &ts))
        return ts;
      s->a = build_stmt(b, c.node);
      if (!s->a)
        return NULL; // `export interface ...`, `export declare ...`
    } else if (c.field && c.field == b->f.value) {
      s->a = build_export_default(b, c.node);
    } else if (c.field && c.field == b->f.source) {
      s->str = module_name(b, c.node, &s->len);
    } else if (c.type == NT_export_clause) {
      Kids ek = kids_of(b, c.node);
      for (int j = 0; j < ek.len; j++) {
        Kid e = kid_at(b, ek, j);
        AstNode *sp = e.type == NT_export_specifier
                          ? build_export_specifier(b, e.node)
                          : NULL;
        if (sp)
          ast_list_push(&s->list, sp);
      }
    } else if (c.type == NT_namespace_export || c.type == TK_STAR) {
      AstNode *sp = node_new(b, AST_EXPORT_SPEC, c.node);
      sp->str = "*";
      sp->len = 1;
      if (c.type == NT_namespace_export) {
        // namespace_export = "*" "as" (identifier | string | "default")
        Kids nk = kids_of(b, c.node);
        TSNode none = {0};
        TSNode name = nk.len ? kid_at(b, nk, nk.len - 1).node : none;
        sp->raw = module_name(b, name, &sp->raw_len);
      }
      ast_list_push(&s->list, sp);
    }
  }
  // `export default var x`, `export default function(){}()`: only an
  // AssignmentExpression that does not start with `function`/`class`, or a
  // function or class declaration, follows `default`.
  if ((s->flags & AST_F_DEFAULT) && s->a) {
    AstNode *e = s->a;
    uint32_t at = e->span.start;
    if (e->kind == AST_VAR_DECL) {
      uint32_t end = at;
      while (end < b->src->len && isalpha((unsigned char)b->text[end]))
        end++;
      build_error_at(b, at, end, "Unexpected token '%.*s'", (int)(end - at), b->text + at);
    } else {
      check_declaration_start(b, e, true);
    }
  }
  // `@d export class C {}`: the decorators belong to the class.
  AstList decos = {0};
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type != NT_decorator)
      continue;
    if (!s->a || (s->a->kind != AST_CLASS_DECL && s->a->kind != AST_CLASS_EXPR))
      return build_unsupported(b, c.node);
    ast_list_push(&decos, build_decorator(b, c.node));
  }
  if (decos.len) {
    for (int i = 0; i < s->a->list2.len; i++)
      ast_list_push(&decos, s->a->list2.items[i]);
    s->a->list2 = decos;
  }
  return s;
}

// --- dispatch ---

// Guards recursion: refuses nesting deeper than MAX_DEPTH, so that absurd
// inputs (100000 nested brackets) get a diagnostic, not a stack overflow.
// Every successful call is paired with b->depth-- by the caller.
bool build_enter(Builder *b, TSNode n) {
  if (b->depth >= MAX_DEPTH) {
    if (!b->too_deep)
      build_not_yet(b, n, "program is nested too deeply");
    b->too_deep = true;
    return false;
  }
  b->depth++;
  b->last = n;
  return true;
}

// The grammars make every field the builder reads required, so a missing
// child means a tree shape this builder does not know: report it at the
// innermost node being built rather than crash.
AstNode *build_missing(Builder *b) {
  if (ts_node_is_null(b->last)) {
    b->errors++;
    diag_error_as(b->src, source_span(b->src, 0, 0), NULL, "unsupported syntax");
    return ast_new(AST_NULL, source_span(b->src, 0, 0));
  }
  report_unknown(b, b->last);
  return node_new(b, AST_NULL, b->last);
}

// ambient_declaration = "declare" (declaration | "global" block | ...):
// erased; `declare` only describes things that exist elsewhere.
static AstNode *build_stmt_kind(Builder *b, TSNode n, NodeType t) {
  switch (t) {
  case NT_expression_statement: {
    // tree-sitter parses a statement-level `namespace N {}` as an expression.
    TSNode e = ts_node_named_child(n, 0);
    if (!ts_node_is_null(e) && node_type(b, e) == NT_internal_module)
      return ts_build_decl(b, e);
    AstNode *st = build_with_value(b, n, AST_EXPR_STMT);
    if (st && st->kind == AST_EXPR_STMT && st->a && st->a->span.start == st->span.start)
      check_declaration_start(b, st->a, false);
    return st;
  }
  case NT_variable_declaration: return build_var_decl(b, n, AST_VAR);
  case NT_lexical_declaration: return build_var_decl(b, n, AST_LET);
  case NT_function_declaration:
  case NT_generator_function_declaration:
    return build_function(b, n, AST_FUNC_DECL);
  case NT_class_declaration:
  case NT_abstract_class_declaration: return build_class(b, n, AST_CLASS_DECL);
  case NT_statement_block: return build_block(b, n);
  case NT_empty_statement: return node_new(b, AST_EMPTY, n);
  case NT_if_statement: return build_if(b, n);
  case NT_for_statement: return build_for(b, n);
  case NT_for_in_statement: return build_for_in(b, n);
  case NT_while_statement: return build_loop(b, n, AST_WHILE);
  case NT_do_statement: return build_loop(b, n, AST_DO_WHILE);
  case NT_with_statement: return build_loop(b, n, AST_WITH);
  case NT_return_statement: return build_with_value(b, n, AST_RETURN);
  case NT_throw_statement: return build_with_value(b, n, AST_THROW);
  case NT_break_statement: return build_jump(b, n, AST_BREAK);
  case NT_continue_statement: return build_jump(b, n, AST_CONTINUE);
  case NT_try_statement: return build_try(b, n);
  case NT_switch_statement: return build_switch(b, n);
  case NT_labeled_statement: return build_labeled(b, n);
  case NT_debugger_statement: return node_new(b, AST_DEBUGGER, n);
  case NT_import_statement: return build_import(b, n);
  case NT_export_statement: return build_export(b, n);
  // TypeScript declarations that only describe types vanish.
  case NT_interface_declaration:
  case NT_type_alias_declaration:
  case NT_function_signature: return NULL;
  case NT_ambient_declaration: return ts_build_ambient(b, n);
  case NT_enum_declaration:
  case NT_internal_module:
  case NT_module:
  case NT_import_alias: return ts_build_decl(b, n);
  default: return build_unsupported(b, n);
  }
}

// Builds one statement; NULL when it was TypeScript-only and erased.
AstNode *build_stmt(Builder *b, TSNode n) {
  if (ts_node_is_null(n))
    return NULL;
  if (!build_enter(b, n))
    return NULL;
  int saved = b->nkids;
  AstNode *s = build_stmt_kind(b, n, node_type(b, n));
  b->depth--;
  b->nkids = saved;
  return s;
}
