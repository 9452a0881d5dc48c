// SPDX-License-Identifier: MIT
//
// ast.c: AST node allocation, lists, and the helpers that give AST values a
// canonical spelling (kind names for dumps, numbers as property keys).
#include "ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

AstNode *ast_new(AstKind kind, SrcSpan span) {
  AstNode *n = arena_alloc(sizeof *n);
  n->kind = kind;
  n->span = span;
  return n;
}

AstNode *ast_ident(SrcSpan at, const char *name) {
  AstNode *n = ast_new(AST_IDENT, at);
  n->str = name;
  n->len = strlen(name);
  return n;
}

AstNode *ast_member(SrcSpan at, AstNode *obj, const char *name) {
  AstNode *n = ast_new(AST_MEMBER, at);
  n->a = obj;
  n->str = name;
  n->len = strlen(name);
  return n;
}

void ast_set_spans(AstNode *n, SrcSpan at) {
  if (!n)
    return;
  n->span = at;
  ast_set_spans(n->a, at);
  ast_set_spans(n->b, at);
  ast_set_spans(n->c, at);
  ast_set_spans(n->d, at);
  for (int i = 0; i < n->list.len; i++)
    ast_set_spans(n->list.items[i], at);
  for (int i = 0; i < n->list2.len; i++)
    ast_set_spans(n->list2.items[i], at);
}

bool ast_has_use_strict(const AstList *body) {
  for (int i = 0; i < body->len; i++) {
    const AstNode *s = body->items[i];
    if (s->kind != AST_EXPR_STMT || s->a->kind != AST_STRING)
      return false;
    if (s->a->len == 10 && memcmp(s->a->str, "use strict", 10) == 0 && s->a->raw == NULL)
      return true;
  }
  return false;
}

AstNode *ast_assign(SrcSpan at, AstNode *target, AstNode *value) {
  AstNode *n = ast_new(AST_ASSIGN, at);
  n->op = AST_OP_ASSIGN;
  n->a = target;
  n->b = value;
  return n;
}

AstNode *ast_expr_stmt(SrcSpan at, AstNode *e) {
  AstNode *n = ast_new(AST_EXPR_STMT, at);
  n->a = e;
  return n;
}

// Lists live in the arena: growing one abandons the old array, which costs
// at most as much again as the final array.
void ast_list_push(AstList *l, AstNode *n) {
  if (l->len == l->cap) {
    int cap = l->cap ? l->cap * 2 : 4;
    AstNode **items = arena_alloc((size_t)cap * sizeof *items);
    if (l->len)
      memcpy(items, l->items, (size_t)l->len * sizeof *items);
    l->items = items;
    l->cap = cap;
  }
  l->items[l->len++] = n;
}

// ECMA-262 #sec-numeric-types-number-tostring, radix 10. The shortest digit
// string that reads back as [v] comes from trying precisions 1..17.
const char *ast_number_string(double v) {
  if (isnan(v))
    return "NaN";
  if (v == 0)
    return "0";
  if (isinf(v))
    return v < 0 ? "-Infinity" : "Infinity";
  char buf[64];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (strtod(buf, NULL) == v)
      break;
  }
  // buf is [-]d[.ddd]e[+-]xx; collect the digits and the exponent.
  const char *p = buf;
  bool neg = *p == '-';
  if (neg)
    p++;
  char digits[32];
  int k = 0;
  for (; *p && *p != 'e'; p++)
    if (*p >= '0' && *p <= '9')
      digits[k++] = *p;
  while (k > 1 && digits[k - 1] == '0')
    k--;
  int n = atoi(p + 1) + 1; // value = 0.digits * 10^n
  char out[64];
  int o = 0;
  if (neg)
    out[o++] = '-';
  if (k <= n && n <= 21) {
    memcpy(out + o, digits, (size_t)k);
    o += k;
    for (int i = 0; i < n - k; i++)
      out[o++] = '0';
  } else if (0 < n && n <= 21) {
    memcpy(out + o, digits, (size_t)n);
    o += n;
    out[o++] = '.';
    memcpy(out + o, digits + n, (size_t)(k - n));
    o += k - n;
  } else if (-6 < n && n <= 0) {
    out[o++] = '0';
    out[o++] = '.';
    for (int i = 0; i < -n; i++)
      out[o++] = '0';
    memcpy(out + o, digits, (size_t)k);
    o += k;
  } else {
    out[o++] = digits[0];
    if (k > 1) {
      out[o++] = '.';
      memcpy(out + o, digits + 1, (size_t)(k - 1));
      o += k - 1;
    }
    o += snprintf(out + o, sizeof out - (size_t)o, "e%c%d",
                  n - 1 < 0 ? '-' : '+', abs(n - 1));
  }
  return arena_strndup(out, (size_t)o);
}

static const char *const kind_names[] = {
    [AST_PROGRAM] = "PROGRAM",
    [AST_VAR_DECL] = "VAR_DECL",
    [AST_DECLARATOR] = "DECLARATOR",
    [AST_FUNC_DECL] = "FUNC_DECL",
    [AST_CLASS_DECL] = "CLASS_DECL",
    [AST_EXPR_STMT] = "EXPR_STMT",
    [AST_BLOCK] = "BLOCK",
    [AST_EMPTY] = "EMPTY",
    [AST_IF] = "IF",
    [AST_FOR] = "FOR",
    [AST_FOR_IN] = "FOR_IN",
    [AST_FOR_OF] = "FOR_OF",
    [AST_WHILE] = "WHILE",
    [AST_DO_WHILE] = "DO_WHILE",
    [AST_RETURN] = "RETURN",
    [AST_BREAK] = "BREAK",
    [AST_CONTINUE] = "CONTINUE",
    [AST_THROW] = "THROW",
    [AST_TRY] = "TRY",
    [AST_SWITCH] = "SWITCH",
    [AST_CASE] = "CASE",
    [AST_LABELED] = "LABELED",
    [AST_DEBUGGER] = "DEBUGGER",
    [AST_WITH] = "WITH",
    [AST_NUMBER] = "NUMBER",
    [AST_BIGINT] = "BIGINT",
    [AST_STRING] = "STRING",
    [AST_TEMPLATE] = "TEMPLATE",
    [AST_TAGGED_TEMPLATE] = "TAGGED_TEMPLATE",
    [AST_REGEX] = "REGEX",
    [AST_IDENT] = "IDENT",
    [AST_THIS] = "THIS",
    [AST_SUPER] = "SUPER",
    [AST_NULL] = "NULL",
    [AST_TRUE] = "TRUE",
    [AST_FALSE] = "FALSE",
    [AST_ARRAY] = "ARRAY",
    [AST_OBJECT] = "OBJECT",
    [AST_PROPERTY] = "PROPERTY",
    [AST_FUNC_EXPR] = "FUNC_EXPR",
    [AST_ARROW] = "ARROW",
    [AST_CLASS_EXPR] = "CLASS_EXPR",
    [AST_UNARY] = "UNARY",
    [AST_UPDATE] = "UPDATE",
    [AST_BINARY] = "BINARY",
    [AST_LOGICAL] = "LOGICAL",
    [AST_ASSIGN] = "ASSIGN",
    [AST_COND] = "COND",
    [AST_CALL] = "CALL",
    [AST_NEW] = "NEW",
    [AST_MEMBER] = "MEMBER",
    [AST_INDEX] = "INDEX",
    [AST_OPTIONAL_CHAIN] = "OPTIONAL_CHAIN",
    [AST_SEQUENCE] = "SEQUENCE",
    [AST_SPREAD] = "SPREAD",
    [AST_YIELD] = "YIELD",
    [AST_AWAIT] = "AWAIT",
    [AST_NEW_TARGET] = "NEW_TARGET",
    [AST_IMPORT_META] = "IMPORT_META",
    [AST_IMPORT_CALL] = "IMPORT_CALL",
    [AST_PRIVATE_NAME] = "PRIVATE_NAME",
    [AST_PAREN] = "PAREN",
    [AST_ARRAY_PATTERN] = "ARRAY_PATTERN",
    [AST_OBJECT_PATTERN] = "OBJECT_PATTERN",
    [AST_ASSIGN_PATTERN] = "ASSIGN_PATTERN",
    [AST_REST] = "REST",
    [AST_HOLE] = "HOLE",
    [AST_CLASS_MEMBER] = "CLASS_MEMBER",
    [AST_IMPORT] = "IMPORT",
    [AST_IMPORT_SPEC] = "IMPORT_SPEC",
    [AST_EXPORT] = "EXPORT",
    [AST_EXPORT_SPEC] = "EXPORT_SPEC",
};

const char *ast_kind_name(AstKind kind) {
  if ((size_t)kind < sizeof kind_names / sizeof kind_names[0] &&
      kind_names[kind])
    return kind_names[kind];
  return "?";
}

static const char *const op_names[] = {
    [AST_OP_NONE] = "",          [AST_OP_ASSIGN] = "=",
    [AST_OP_ADD] = "+",          [AST_OP_SUB] = "-",
    [AST_OP_MUL] = "*",          [AST_OP_DIV] = "/",
    [AST_OP_MOD] = "%",          [AST_OP_EXP] = "**",
    [AST_OP_SHL] = "<<",         [AST_OP_SAR] = ">>",
    [AST_OP_SHR] = ">>>",        [AST_OP_BITAND] = "&",
    [AST_OP_BITOR] = "|",        [AST_OP_BITXOR] = "^",
    [AST_OP_EQ] = "==",          [AST_OP_NE] = "!=",
    [AST_OP_SEQ] = "===",        [AST_OP_SNE] = "!==",
    [AST_OP_LT] = "<",           [AST_OP_LE] = "<=",
    [AST_OP_GT] = ">",           [AST_OP_GE] = ">=",
    [AST_OP_IN] = "in",          [AST_OP_INSTANCEOF] = "instanceof",
    [AST_OP_PRIVATE_IN] = "#in", [AST_OP_AND] = "&&",
    [AST_OP_OR] = "||",          [AST_OP_NULLISH] = "??",
    [AST_OP_NEG] = "-",          [AST_OP_PLUS] = "+",
    [AST_OP_NOT] = "!",          [AST_OP_BITNOT] = "~",
    [AST_OP_TYPEOF] = "typeof",  [AST_OP_VOID] = "void",
    [AST_OP_DELETE] = "delete",  [AST_OP_INC] = "++",
    [AST_OP_DEC] = "--",
};

const char *ast_op_name(int op) {
  if (op >= 0 && (size_t)op < sizeof op_names / sizeof op_names[0] &&
      op_names[op])
    return op_names[op];
  return "?";
}
