// SPDX-License-Identifier: MIT
//
// ast_dump.c: the --dump-ast debugging output. One line per node:
//
//   BINARY op=+ flags=PARENS @3:9
//     a: IDENT "x" @3:10
//
// kind, operator, flags, strings (escaped), number, line:col; then the
// children a..d and the lists, indented by two spaces per level.
#include "ast.h"

#include <stdio.h>

static const char *const flag_names[] = {
    "STRICT",    "ASYNC",        "GENERATOR",     "EXPR_BODY", "COMPUTED",
    "SHORTHAND", "STATIC",       "PREFIX",        "OPTIONAL",  "DELEGATE",
    "AWAIT",     "CONSTRUCTOR",  "SIMPLE_PARAMS", "DEFAULT",   "PARENS",
    "MODULE",    "LEGACY_OCTAL", "ESCAPED",
};

static void dump_string(const char *s, size_t len) {
  putchar('"');
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      printf("\\%c", c);
    else if (c == '\n')
      fputs("\\n", stdout);
    else if (c < 0x20 || c == 0x7F)
      printf("\\x%02x", c);
    else
      putchar(c);
  }
  putchar('"');
}

static const char *var_kind_name(int op) {
  return op == AST_VAR     ? "var"
         : op == AST_LET   ? "let"
         : op == AST_CONST ? "const"
                           : "?";
}

static const char *prop_kind_name(int op) {
  static const char *const names[] = {"?",   "init",   "get",
                                      "set", "method", "spread"};
  return op >= 0 && op <= AST_PROP_SPREAD ? names[op] : "?";
}

static const char *member_kind_name(int op) {
  static const char *const names[] = {"?",      "method", "getter",
                                      "setter", "field",  "static_block"};
  return op >= 0 && op <= AST_MEMBER_STATIC_BLOCK ? names[op] : "?";
}

static void dump_op(const AstNode *n) {
  if (!n->op)
    return;
  switch (n->kind) {
  case AST_VAR_DECL: printf(" %s", var_kind_name(n->op)); break;
  case AST_PROPERTY: printf(" %s", prop_kind_name(n->op)); break;
  case AST_CLASS_MEMBER: printf(" %s", member_kind_name(n->op)); break;
  default: printf(" op=%s", ast_op_name(n->op)); break;
  }
}

static void dump_line(const AstNode *n) {
  fputs(ast_kind_name(n->kind), stdout);
  dump_op(n);
  if (n->flags) {
    fputs(" flags=", stdout);
    const char *sep = "";
    for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++)
      if (n->flags & (1u << i)) {
        printf("%s%s", sep, flag_names[i]);
        sep = ",";
      }
  }
  if (n->str) {
    putchar(' ');
    dump_string(n->str, n->len);
  } else if (n->kind == AST_STRING) {
    fputs(" cooked=<invalid>", stdout);
  }
  if (n->raw) {
    fputs(" raw=", stdout);
    dump_string(n->raw, n->raw_len);
  }
  if (n->kind == AST_NUMBER)
    printf(" %s", ast_number_string(n->num));
  printf(" @%u:%u\n", n->span.line, n->span.col);
}

static void dump_child(const char *label, const AstNode *n, int indent) {
  if (!n)
    return;
  printf("%*s%s: ", indent, "", label);
  ast_dump(n, -indent);
}

static void dump_list(const char *label, const AstList *l, int indent) {
  if (l->len == 0)
    return;
  printf("%*s%s:\n", indent, "", label);
  for (int i = 0; i < l->len; i++)
    ast_dump(l->items[i], indent + 2);
}

// [indent] < 0 means the label is already printed on this line.
void ast_dump(const AstNode *n, int indent) {
  int depth = indent < 0 ? -indent : indent;
  if (indent >= 0)
    printf("%*s", indent, "");
  if (!n) {
    puts("(null)");
    return;
  }
  dump_line(n);
  dump_child("a", n->a, depth + 2);
  dump_child("b", n->b, depth + 2);
  dump_child("c", n->c, depth + 2);
  dump_child("d", n->d, depth + 2);
  dump_list("list", &n->list, depth + 2);
  dump_list("list2", &n->list2, depth + 2);
}
