// SPDX-License-Identifier: MIT
//
// early.c: the early errors of ECMA-262 that the grammar does not enforce.
//
// Input: the AST from parse_program(), before resolve_scopes(). Output:
// diagnostics only; the AST is not changed. tree-sitter's grammar is
// permissive: it parses `yield` in any function, `a || () => b`,
// `[...a, b] = c`, `break` outside loops, `\u0076ar` as a name ... Every
// "Static Semantics: Early Errors" rule that it lets through is checked
// here: reserved and escaped words, strict-mode rules, yield/await
// contexts, assignment targets, parameter lists, object and class
// elements, labels and break/continue, super and new.target, statements
// that cannot be the body of an if or a loop, and the lexically declared
// names of blocks. Bindings of let/const/class and parameters are also
// checked by the resolver, which runs only if this pass found nothing.
//
// Where the AST has lost a detail (a trailing comma after a rest element,
// an escaped label), the source text is read through the node's span.
#include "pass.h"

#include <stdio.h>
#include <string.h>

typedef struct Label {
  const char *name;
  bool loop;             // labels an iteration statement: a continue target
  struct Label *next;
} Label;

// What the code being walked may contain. One per function, arrow, class
// field initializer and static block (plus copies for class heritage and
// computed keys, which belong to the enclosing code but are strict).
typedef struct Ctx {
  bool strict;
  bool yield_kw;      // [+Yield]: `yield` is an operator, not a name
  bool await_kw;      // [+Await]: `await` is an operator, not a name
  bool in_params;     // formal parameters: no yield/await expressions
  bool in_function;   // `return` allowed
  bool super_prop;    // super.x allowed (methods, fields, static blocks)
  bool super_call;    // super() allowed (constructors of derived classes)
  bool new_target;    // new.target allowed
  bool no_arguments;  // class field initializer or static block
  bool static_block;  // inside a static block: `await` is reserved
  Label *labels;
  int loops;          // enclosing iteration statements (continue)
  int breakables;     // ... and switch statements (break)
} Ctx;

typedef struct Early {
  Source *src;
  bool module;
  bool top_item;   // the statement being checked is an item of the program
  Ctx *cx;
  int errors;
} Early;

typedef enum NameUse { USE_REF, USE_BIND, USE_LABEL } NameUse;

typedef enum FnKind {
  FN_PLAIN, FN_ARROW, FN_METHOD, FN_GETTER, FN_SETTER, FN_CTOR, FN_DERIVED_CTOR
} FnKind;

typedef enum TargetUse {
  T_ASSIGN, T_COMPOUND, T_LOGICAL, T_PREFIX, T_POSTFIX, T_FOR_IN_OF
} TargetUse;

static void expr(Early *e, AstNode *n);
static void stmt(Early *e, AstNode *n);
static void check_function(Early *e, AstNode *fn, FnKind kind);
static void check_class(Early *e, AstNode *cls);

static void error(Early *e, const AstNode *at, const char *fmt, ...)
    KILN_PRINTF(3, 4);

static void error(Early *e, const AstNode *at, const char *fmt, ...) {
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_error(e->src, at->span, "%s", msg);
  e->errors++;
}

static bool is(const char *s, const char *word) {
  return s && strcmp(s, word) == 0;
}

static bool bare(const AstNode *n) {
  return n && !(n->flags & AST_F_PARENS);
}

// --- source text ---

// The first byte at or after [pos] that is not white space or a comment.
static size_t skip_space(const Source *src, size_t pos) {
  const char *t = src->text;
  while (pos < src->len) {
    char c = t[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
        c == '\f') {
      pos++;
    } else if (c == '/' && t[pos + 1] == '/') {
      while (pos < src->len && t[pos] != '\n')
        pos++;
    } else if (c == '/' && t[pos + 1] == '*') {
      const char *end = strstr(t + pos + 2, "*/");
      pos = end ? (size_t)(end - t) + 2 : src->len;
    } else {
      break;
    }
  }
  return pos;
}

static bool comma_follows(Early *e, const AstNode *n) {
  size_t p = skip_space(e->src, n->span.end);
  return p < e->src->len && e->src->text[p] == ',';
}

// Does the source of [n] contain a backslash before [stop] (a \u escape
// in a keyword such as `n\u0065w.target`)?
static bool text_has_escape(Early *e, const AstNode *n, char stop) {
  for (uint32_t p = n->span.start; p < n->span.end && p < e->src->len; p++) {
    if (e->src->text[p] == stop)
      return false;
    if (e->src->text[p] == '\\')
      return true;
  }
  return false;
}

// In sloppy scripts `yield` and `await` outside generators and async
// functions are names, but tree-sitter still parses `await (x)` as an
// await expression. Only an operand on the same line that cannot follow
// a name (`await x`, `yield 1`) proves the keyword was meant.
static bool keyword_operand_follows(Early *e, const AstNode *kw) {
  const char *t = e->src->text;
  size_t p = kw->span.start + 5;  // "yield" and "await" have 5 letters
  for (size_t q = kw->span.start; q < p && q < e->src->len; q++)
    if (t[q] == '\\')
      return false;
  p = skip_space(e->src, p);
  for (size_t q = kw->span.start; q < p; q++)
    if (t[q] == '\n' || t[q] == '\r')
      return false;
  if (p >= e->src->len)
    return false;
  unsigned char c = (unsigned char)t[p];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '"' ||
         c == '\'' || c == '{' || c == '!' || c == '~' || c == '\\' ||
         c >= 0x80;
}

// Is there a line break between byte [from] and the next token?
static bool newline_before_token(Early *e, size_t from) {
  size_t p = skip_space(e->src, from);
  for (size_t q = from; q < p; q++)
    if (e->src->text[q] == '\n' || e->src->text[q] == '\r')
      return true;
  return false;
}

static bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '\\' ||
         (unsigned char)c >= 0x80;
}

// The word (identifier or keyword) starting at byte [p], if any.
static bool word_at(Early *e, size_t p, const char *word) {
  size_t n = strlen(word);
  return p + n <= e->src->len && memcmp(e->src->text + p, word, n) == 0 &&
         (p + n == e->src->len || !is_word_char(e->src->text[p + n]));
}

// --- names ---

static const char *const keywords[] = {
  "break", "case", "catch", "class", "const", "continue", "debugger",
  "default", "delete", "do", "else", "enum", "export", "extends", "false",
  "finally", "for", "function", "if", "import", "in", "instanceof", "new",
  "null", "return", "super", "switch", "this", "throw", "true", "try",
  "typeof", "var", "void", "while", "with", NULL,
};

static const char *const strict_reserved[] = {
  "implements", "interface", "let", "package", "private", "protected",
  "public", "static", "yield", NULL,
};

static bool in_list(const char *name, const char *const *list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0)
      return true;
  return false;
}

static void keyword_as_name(Early *e, const AstNode *at, const char *name,
                            bool escaped) {
  if (escaped)
    error(e, at, "Keyword must not contain escaped characters");
  else
    error(e, at, "Unexpected token '%s'", name);
}

// An IdentifierReference, BindingIdentifier or LabelIdentifier.
// ECMA-262 #sec-identifiers-static-semantics-early-errors
static void check_name(Early *e, const AstNode *at, const char *name,
                       bool escaped, NameUse use) {
  Ctx *cx = e->cx;
  if (!name)
    return;
  if (in_list(name, keywords)) {
    keyword_as_name(e, at, name, escaped);
    return;
  }
  if (is(name, "yield")) {
    if (cx->yield_kw)
      keyword_as_name(e, at, name, escaped);
    else if (cx->strict)
      error(e, at, "Unexpected strict mode reserved word");
    return;
  }
  if (is(name, "await")) {
    if (cx->await_kw || cx->static_block || e->module)
      keyword_as_name(e, at, name, escaped);
    return;
  }
  if (cx->strict && in_list(name, strict_reserved)) {
    error(e, at, "Unexpected strict mode reserved word");
    return;
  }
  bool eval_args = is(name, "eval") || is(name, "arguments");
  if (use == USE_BIND && cx->strict && eval_args)
    error(e, at, "Unexpected eval or arguments in strict mode");
  if (use == USE_REF && cx->no_arguments && is(name, "arguments"))
    error(e, at, "'arguments' is not allowed in class field initializer or "
                 "static initialization block");
}

static void check_ident(Early *e, const AstNode *id, NameUse use) {
  check_name(e, id, id->str, (id->flags & AST_F_ESCAPED) != 0, use);
}

// Legacy octal literals and escapes: ECMA-262 #sec-additional-syntax-
// numeric-literals and #sec-additional-syntax-string-literals.
static void check_octal(Early *e, const AstNode *n) {
  if (!(n->flags & AST_F_LEGACY_OCTAL) || !e->cx->strict)
    return;
  const char *t = e->src->text + n->span.start;
  if (n->kind == AST_NUMBER || (*t >= '0' && *t <= '9')) {
    bool decimal = false;
    for (uint32_t i = n->span.start; i < n->span.end; i++)
      if (e->src->text[i] == '8' || e->src->text[i] == '9')
        decimal = true;
    error(e, n, decimal ? "Decimals with leading zeros are not allowed in "
                          "strict mode."
                        : "Octal literals are not allowed in strict mode.");
  } else {
    error(e, n, "Octal escape sequences are not allowed in strict mode.");
  }
}

// A property or class element name that is not computed.
static void check_key(Early *e, AstNode *key, uint32_t flags) {
  if (flags & AST_F_COMPUTED) {
    expr(e, key);
    return;
  }
  if (key->kind == AST_STRING && (key->flags & AST_F_ESCAPED) && key->len &&
      key->str[0] == '#')
    error(e, key, "Invalid or unexpected token");
  check_octal(e, key);
}

// --- patterns and assignment targets ---

// The rest element at [i] of [l] must be the last, without a trailing
// comma or an initializer.
static void check_rest(Early *e, AstList *l, int i, bool param) {
  AstNode *r = l->items[i];
  if (i != l->len - 1 || comma_follows(e, r))
    error(e, r, param ? "Rest parameter must be last formal parameter"
                      : "Rest element must be last element");
  if (r->a && r->a->kind == AST_ASSIGN_PATTERN)
    error(e, r, param ? "Rest parameter may not have a default initializer"
                      : "Rest element may not have a default initializer");
}

// A binding pattern (declarations, parameters, catch); collects the bound
// identifiers in [names] when it is not NULL.
static void binding(Early *e, AstNode *p, PtrVec *names) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT:
    check_ident(e, p, USE_BIND);
    if (names)
      vec_push(names, p);
    break;
  case AST_ARRAY_PATTERN:
    for (int i = 0; i < p->list.len; i++) {
      AstNode *el = p->list.items[i];
      if (el->kind == AST_REST) {
        check_rest(e, &p->list, i, false);
        binding(e, el->a, names);
      } else if (el->kind != AST_HOLE) {
        binding(e, el, names);
      }
    }
    break;
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++) {
      AstNode *el = p->list.items[i];
      if (el->kind == AST_REST) {
        check_rest(e, &p->list, i, false);
        if (el->a && el->a->kind != AST_IDENT)
          error(e, el->a, "`...` must be followed by an identifier in "
                          "declaration contexts");
        binding(e, el->a, names);
      } else if (el->kind == AST_PROPERTY && el->op == AST_PROP_INIT) {
        check_key(e, el->a, el->flags);
        binding(e, el->b, names);
      } else {
        error(e, el, "Invalid destructuring assignment target");
      }
    }
    break;
  case AST_ASSIGN_PATTERN:
    binding(e, p->a, names);
    expr(e, p->b);
    break;
  case AST_HOLE:
    break;
  default:
    error(e, p, "Illegal property in declaration context");
    break;
  }
}

static const char *target_message(TargetUse use) {
  switch (use) {
  case T_PREFIX:
    return "Invalid left-hand side expression in prefix operation";
  case T_POSTFIX:
    return "Invalid left-hand side expression in postfix operation";
  case T_FOR_IN_OF: return "Invalid left-hand side in for-loop";
  default: return "Invalid left-hand side in assignment";
  }
}

static void pattern_target(Early *e, AstNode *p);

// ECMA-262 #sec-static-semantics-assignmenttargettype: identifiers and
// property references are simple targets; `f() = 1` is a run-time error
// in sloppy code (web compatibility) and an early error otherwise.
static void target(Early *e, AstNode *t, TargetUse use) {
  switch (t->kind) {
  case AST_IDENT:
    check_ident(e, t, USE_REF);
    if (e->cx->strict && (is(t->str, "eval") || is(t->str, "arguments")))
      error(e, t, "Unexpected eval or arguments in strict mode");
    break;
  case AST_MEMBER:
  case AST_INDEX:
    if (t->flags & AST_F_OPTIONAL)
      error(e, t, "%s", target_message(use));
    expr(e, t);
    break;
  case AST_CALL:
    if (e->cx->strict || use == T_LOGICAL)
      error(e, t, "%s", target_message(use));
    expr(e, t);
    break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    if (use != T_ASSIGN && use != T_FOR_IN_OF)
      error(e, t, "%s", target_message(use));
    pattern_target(e, t);
    break;
  case AST_PAREN:
    target(e, t->a, use);
    break;
  default:
    error(e, t, "%s", target_message(use));
    break;
  }
}

// An element of a destructuring assignment pattern.
static void element_target(Early *e, AstNode *el) {
  if (el->kind == AST_ASSIGN_PATTERN) {
    element_target(e, el->a);
    expr(e, el->b);
  } else if (el->kind == AST_ARRAY_PATTERN || el->kind == AST_OBJECT_PATTERN) {
    pattern_target(e, el);
  } else if (el->kind == AST_ASSIGN || el->kind == AST_OBJECT ||
             el->kind == AST_ARRAY) {
    error(e, el, "Invalid destructuring assignment target");
  } else {
    target(e, el, T_ASSIGN);
  }
}

// ECMA-262 #sec-destructuring-assignment-static-semantics-early-errors
static void pattern_target(Early *e, AstNode *p) {
  bool object = p->kind == AST_OBJECT_PATTERN;
  for (int i = 0; i < p->list.len; i++) {
    AstNode *el = p->list.items[i];
    if (el->kind == AST_HOLE)
      continue;
    if (el->kind == AST_REST) {
      check_rest(e, &p->list, i, false);
      if (!el->a)
        continue;
      if (object && (el->a->kind == AST_ARRAY_PATTERN ||
                     el->a->kind == AST_OBJECT_PATTERN))
        error(e, el->a, "`...` must be followed by an assignable reference "
                        "in assignment contexts");
      else if (el->a->kind != AST_ASSIGN_PATTERN)
        element_target(e, el->a);
      continue;
    }
    if (object) {
      if (el->kind != AST_PROPERTY || el->op != AST_PROP_INIT) {
        error(e, el, "Invalid destructuring assignment target");
        continue;
      }
      check_key(e, el->a, el->flags);
      element_target(e, el->b);
      continue;
    }
    element_target(e, el);
  }
}

// --- expressions ---

// Expressions at the AssignmentExpression level: without parentheses they
// cannot be the operand of an operator (`a || () => b`, `yield ? 1 : 2`).
static bool is_loose(const AstNode *n) {
  if (!bare(n))
    return false;
  switch (n->kind) {
  case AST_ARROW:
  case AST_ASSIGN:
  case AST_YIELD:
  case AST_SEQUENCE:
  case AST_COND:
    return true;
  default:
    return false;
  }
}

static void loose_operand(Early *e, const AstNode *n) {
  if (n->kind == AST_ARROW)
    error(e, n, "Malformed arrow function parameter list");
  else if (n->kind == AST_YIELD)
    error(e, n, "Unexpected token 'yield'");
  else if (n->kind == AST_ASSIGN)
    error(e, n, "Invalid left-hand side in assignment");
  else
    error(e, n, "Unexpected token");
}

// The operand of a binary or logical operator, or a conditional's test.
static void binary_operand(Early *e, const AstNode *n) {
  if (n && is_loose(n))
    loose_operand(e, n);
}

// The operand of a unary operator, `await` or `++`: a UnaryExpression.
static void unary_operand(Early *e, const AstNode *n) {
  if (!n)
    return;
  binary_operand(e, n);
  if (bare(n) && (n->kind == AST_BINARY || n->kind == AST_LOGICAL))
    error(e, n, n->op == AST_OP_EXP
                    ? "Unary operator used immediately before exponentiation "
                      "expression. Parenthesis must be used to disambiguate "
                      "operator precedence"
                    : "Unexpected token");
}

// The object of a member access, a callee, a tag or a class heritage: a
// LeftHandSideExpression.
static void lhs_operand(Early *e, const AstNode *n) {
  if (!n)
    return;
  unary_operand(e, n);
  if (bare(n) && (n->kind == AST_UNARY || n->kind == AST_UPDATE ||
                  n->kind == AST_AWAIT))
    error(e, n, "Unexpected token");
}

static void expr_list(Early *e, AstList *l) {
  for (int i = 0; i < l->len; i++)
    expr(e, l->items[i]);
}

// ECMA-262 #sec-object-initializer-static-semantics-early-errors
static void check_object(Early *e, AstNode *obj) {
  int protos = 0;
  for (int i = 0; i < obj->list.len; i++) {
    AstNode *p = obj->list.items[i];
    if (p->kind != AST_PROPERTY) {
      expr(e, p);
      continue;
    }
    if (p->op == AST_PROP_SPREAD) {
      expr(e, p->a);
      continue;
    }
    check_key(e, p->a, p->flags);
    switch (p->op) {
    case AST_PROP_INIT:
      if (p->b && p->b->kind == AST_ASSIGN_PATTERN) {
        error(e, p, "Invalid shorthand property initializer");
      } else if (p->flags & AST_F_SHORTHAND) {
        check_ident(e, p->b, USE_REF);
      } else {
        if (!(p->flags & AST_F_COMPUTED) && p->a->kind == AST_STRING &&
            is(p->a->str, "__proto__") && ++protos == 2)
          error(e, p, "Duplicate __proto__ fields are not allowed in object "
                      "literals");
        expr(e, p->b);
      }
      break;
    case AST_PROP_GET: check_function(e, p->b, FN_GETTER); break;
    case AST_PROP_SET: check_function(e, p->b, FN_SETTER); break;
    default: check_function(e, p->b, FN_METHOD); break;
    }
  }
}

static void check_yield(Early *e, AstNode *n) {
  Ctx *cx = e->cx;
  // `yield` [no LineTerminator here] `*`
  if (cx->yield_kw && (n->flags & AST_F_DELEGATE) &&
      newline_before_token(e, n->span.start + 5))
    error(e, n, "Unexpected token '*'");
  if (cx->yield_kw && cx->in_params)
    error(e, n, "Yield expression not allowed in formal parameter");
  else if (!cx->yield_kw && (cx->strict || keyword_operand_follows(e, n)))
    error(e, n, cx->strict ? "Unexpected strict mode reserved word"
                           : "Unexpected identifier");
}

static void check_await(Early *e, AstNode *n) {
  Ctx *cx = e->cx;
  if (cx->await_kw && cx->in_params)
    error(e, n, "Illegal await-expression in formal parameters of async "
                "function");
  else if (!cx->await_kw && (e->module || cx->static_block ||
                             keyword_operand_follows(e, n)))
    error(e, n, "await is only valid in async functions and the top level "
                "bodies of modules");
}

static void check_unary(Early *e, AstNode *n) {
  unary_operand(e, n->a);
  if (n->op == AST_OP_DELETE) {
    AstNode *a = n->a;
    if (a->kind == AST_OPTIONAL_CHAIN)
      a = a->a;
    if (a->kind == AST_MEMBER && a->b && a->b->kind == AST_PRIVATE_NAME)
      error(e, n, "Private fields can not be deleted");
    if (a->kind == AST_IDENT && e->cx->strict)
      error(e, n, "Delete of an unqualified identifier in strict mode.");
  }
  expr(e, n->a);
}

static void check_logical(Early *e, AstNode *n) {
  binary_operand(e, n->a);
  binary_operand(e, n->b);
  // ECMA-262 #prod-CoalesceExpression: `??` does not mix with && and ||
  // without parentheses.
  for (int i = 0; i < 2; i++) {
    AstNode *o = i ? n->b : n->a;
    if (!bare(o) || o->kind != AST_LOGICAL)
      continue;
    if ((n->op == AST_OP_NULLISH) != (o->op == AST_OP_NULLISH))
      error(e, o, "Unexpected token '%s'", n->op == AST_OP_NULLISH ? "??"
                                           : ast_op_name(n->op));
  }
  expr(e, n->a);
  expr(e, n->b);
}

static void check_member(Early *e, AstNode *n) {
  if (n->kind == AST_MEMBER && n->str && n->str[0] == '#')
    error(e, n, "Invalid or unexpected token");  // `this.\u0023x`
  if (n->a->kind == AST_SUPER) {
    if (!e->cx->super_prop || (n->flags & AST_F_OPTIONAL))
      error(e, n->a, "'super' keyword unexpected here");
  } else {
    lhs_operand(e, n->a);
    expr(e, n->a);
  }
  if (n->kind == AST_INDEX)
    expr(e, n->b);
}

// tree-sitter reads `await (x).y` in an async function as a call of a
// function named await; the source is valid, so the name is not an error.
static bool keyword_callee(Early *e, const AstNode *n) {
  const AstNode *c = n->a;
  return n->kind == AST_CALL && c->kind == AST_IDENT && bare(c) &&
         !(c->flags & AST_F_ESCAPED) &&
         ((is(c->str, "await") && e->cx->await_kw) ||
          (is(c->str, "yield") && e->cx->yield_kw));
}

// The ImportCall a `new` expression's member chain starts from, if any.
static AstNode *new_import_callee(AstNode *c) {
  while (c && (c->kind == AST_MEMBER || c->kind == AST_INDEX) && !(c->flags & AST_F_PARENS))
    c = c->a;
  return c && c->kind == AST_IMPORT_CALL && !(c->flags & AST_F_PARENS) ? c : NULL;
}

static void check_call(Early *e, AstNode *n) {
  if (n->kind == AST_NEW && new_import_callee(n->a)) {
    error(e, n->a, "Cannot use new with import");  // import() is not a constructor
  } else if (n->a->kind == AST_SUPER) {
    if (!e->cx->super_call || n->kind == AST_NEW)
      error(e, n->a, "'super' keyword unexpected here");
  } else if (keyword_callee(e, n)) {
    // see keyword_callee()
  } else {
    lhs_operand(e, n->a);
    expr(e, n->a);
  }
  expr_list(e, &n->list);
}

static void check_assign(Early *e, AstNode *n) {
  TargetUse use = n->op == AST_OP_ASSIGN ? T_ASSIGN
                  : (n->op == AST_OP_AND || n->op == AST_OP_OR ||
                     n->op == AST_OP_NULLISH) ? T_LOGICAL : T_COMPOUND;
  if (n->a->kind == AST_OBJECT || n->a->kind == AST_ARRAY)
    error(e, n->a, "Invalid left-hand side in assignment");
  else
    target(e, n->a, use);
  expr(e, n->b);
}

// tree-sitter reads `await (x)(a)` and `await (x).y` in async code as calls
// of a function named await (see keyword_callee). Such a postfix chain is
// `await ((x)(a))`: turn [n], the top of the chain, into an AWAIT of the
// chain with the would-be call replaced by its argument.
static void rewrite_await_call(Early *e, AstNode *n) {
  AstNode **slot = NULL, *c = n;
  while (c && (c->kind == AST_CALL || c->kind == AST_MEMBER || c->kind == AST_INDEX)) {
    if (c->kind == AST_CALL && keyword_callee(e, c) && is(c->a->str, "await") &&
        c->list.len >= 1)
      break;
    if (c != n && (c->flags & AST_F_PARENS))
      return;
    slot = &c->a;
    c = c->a;
  }
  if (!c || c->kind != AST_CALL || !keyword_callee(e, c) || !is(c->a->str, "await"))
    return;
  AstNode *arg = c->list.items[0];
  if (c->list.len > 1) {
    arg = ast_new(AST_SEQUENCE, c->span);
    arg->list = c->list;
  }
  arg->flags |= AST_F_PARENS;  // it was written in parentheses
  AstNode *operand;
  if (!slot) {
    operand = arg;
  } else {
    *slot = arg;
    operand = ast_new(n->kind, n->span);
    *operand = *n;
  }
  AstNode *aw = n;
  SrcSpan span = n->span;
  memset(aw, 0, sizeof *aw);
  aw->kind = AST_AWAIT;
  aw->span = span;
  aw->a = operand;
}

static void expr(Early *e, AstNode *n) {
  if (!n)
    return;
  if ((n->kind == AST_CALL || n->kind == AST_MEMBER || n->kind == AST_INDEX) && e->cx->await_kw)
    rewrite_await_call(e, n);
  switch (n->kind) {
  case AST_IDENT: check_ident(e, n, USE_REF); break;
  case AST_NUMBER:
  case AST_STRING: check_octal(e, n); break;
  case AST_TEMPLATE: expr_list(e, &n->list2); break;
  case AST_TAGGED_TEMPLATE:
    lhs_operand(e, n->a);
    expr(e, n->a);
    expr_list(e, &n->b->list2);
    break;
  case AST_ARRAY:
  case AST_SEQUENCE: expr_list(e, &n->list); break;
  case AST_OBJECT: check_object(e, n); break;
  case AST_FUNC_EXPR: check_function(e, n, FN_PLAIN); break;
  case AST_ARROW: check_function(e, n, FN_ARROW); break;
  case AST_CLASS_EXPR: check_class(e, n); break;
  case AST_UNARY: check_unary(e, n); break;
  case AST_UPDATE:
    unary_operand(e, n->a);
    target(e, n->a, (n->flags & AST_F_PREFIX) ? T_PREFIX : T_POSTFIX);
    break;
  case AST_BINARY:
    binary_operand(e, n->a);
    binary_operand(e, n->b);
    if (n->op == AST_OP_EXP && bare(n->a) &&
        (n->a->kind == AST_UNARY || n->a->kind == AST_AWAIT))
      error(e, n->a, "Unary operator used immediately before exponentiation "
                     "expression. Parenthesis must be used to disambiguate "
                     "operator precedence");
    expr(e, n->a);
    expr(e, n->b);
    break;
  case AST_LOGICAL: check_logical(e, n); break;
  case AST_ASSIGN: check_assign(e, n); break;
  case AST_COND:
    binary_operand(e, n->a);
    expr(e, n->a);
    expr(e, n->b);
    expr(e, n->c);
    break;
  case AST_CALL:
  case AST_NEW: check_call(e, n); break;
  case AST_MEMBER:
  case AST_INDEX: check_member(e, n); break;
  case AST_OPTIONAL_CHAIN:
  case AST_SPREAD:
  case AST_PAREN: expr(e, n->a); break;
  case AST_YIELD:
    check_yield(e, n);
    expr(e, n->a);
    break;
  case AST_AWAIT:
    check_await(e, n);
    unary_operand(e, n->a);
    expr(e, n->a);
    break;
  case AST_NEW_TARGET:
    if (text_has_escape(e, n, '\0'))
      error(e, n, "Keyword must not contain escaped characters");
    else if (!e->cx->new_target)
      error(e, n, "new.target expression is not allowed here");
    break;
  case AST_IMPORT_META:
    if (text_has_escape(e, n, '\0'))
      error(e, n, "Keyword must not contain escaped characters");
    else if (!e->module)
      error(e, n, "Cannot use 'import.meta' outside a module");
    break;
  case AST_IMPORT_CALL:
    expr(e, n->a);
    expr(e, n->b);
    break;
  case AST_SUPER: error(e, n, "'super' keyword unexpected here"); break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN: pattern_target(e, n); break;
  default: break;
  }
}

// --- functions ---

static void check_duplicates(Early *e, PtrVec *names) {
  for (int i = 1; i < names->len; i++) {
    AstNode *id = names->items[i];
    for (int j = 0; j < i; j++) {
      if (is(((AstNode *)names->items[j])->str, id->str)) {
        error(e, id, "Duplicate parameter name not allowed in this context");
        return;
      }
    }
  }
}

static void check_params(Early *e, AstNode *fn, FnKind kind, bool strict) {
  PtrVec names = {0};
  for (int i = 0; i < fn->list.len; i++) {
    AstNode *p = fn->list.items[i];
    if (p->kind == AST_REST) {
      check_rest(e, &fn->list, i, true);
      binding(e, p->a, &names);
    } else {
      binding(e, p, &names);
    }
  }
  bool simple = (fn->flags & AST_F_SIMPLE_PARAMS) != 0;
  if (strict || !simple || kind != FN_PLAIN)
    check_duplicates(e, &names);
  if (kind == FN_GETTER && fn->list.len != 0)
    error(e, fn, "Getter must not have any formal parameters.");
  if (kind == FN_SETTER && fn->list.len != 1)
    error(e, fn, "Setter must have exactly one formal parameter.");
  else if (kind == FN_SETTER && fn->list.items[0]->kind == AST_REST)
    error(e, fn, "Setter function argument must not be a rest parameter");
  // ECMA-262 #sec-function-definitions-static-semantics-early-errors
  if ((fn->flags & AST_F_STRICT) && !simple)
    error(e, fn, "Illegal 'use strict' directive in function with "
                 "non-simple parameter list");
}

static void check_body(Early *e, AstList *stmts, bool top);

// The name of a function: a declaration's binds in the enclosing code
// (where `yield` may be a name), an expression's in its own.
static void check_fn_name(Early *e, AstNode *fn, bool strict) {
  if (!fn->str)
    return;
  Ctx nc = *e->cx;
  nc.strict = strict;
  nc.in_params = false;
  if (fn->kind == AST_FUNC_EXPR) {
    nc.yield_kw = (fn->flags & AST_F_GENERATOR) != 0;
    nc.await_kw = (fn->flags & AST_F_ASYNC) != 0;
    nc.static_block = false;
  }
  Ctx *up = e->cx;
  e->cx = &nc;
  check_name(e, fn, fn->str, false, USE_BIND);
  e->cx = up;
}

// `async` [no LineTerminator here] before a method name or an arrow's
// parameters; tree-sitter applies ASI there or ignores the line break.
static void check_async_newline(Early *e, AstNode *fn) {
  size_t p = skip_space(e->src, fn->span.start);
  if (fn->kind != AST_ARROW && word_at(e, p, "static"))
    p = skip_space(e->src, p + 6);
  if (word_at(e, p, "async") && newline_before_token(e, p + 5))
    error(e, fn, "Unexpected line break after 'async'");
}

// ArrowParameters [no LineTerminator here] `=>`, and a concise body that
// does not start with `{` (`() => {} = 1` is not an arrow returning a
// pattern assignment).
static void check_arrow_syntax(Early *e, AstNode *fn) {
  if (!fn->a)
    return;
  const char *t = e->src->text;
  size_t q = fn->a->span.start;
  while (q > fn->span.start && (t[q - 1] == ' ' || t[q - 1] == '\t' ||
                                t[q - 1] == '\n' || t[q - 1] == '\r' ||
                                t[q - 1] == '('))
    q--;
  if (q >= fn->span.start + 2 && t[q - 1] == '>' && t[q - 2] == '=') {
    q -= 2;
    while (q > fn->span.start && (t[q - 1] == ' ' || t[q - 1] == '\t' ||
                                  t[q - 1] == '\n' || t[q - 1] == '\r')) {
      if (t[q - 1] == '\n' || t[q - 1] == '\r') {
        error(e, fn, "Unexpected token '=>'");
        break;
      }
      q--;
    }
  }
  if ((fn->flags & AST_F_EXPR_BODY) && bare(fn->a) &&
      t[fn->a->span.start] == '{')
    error(e, fn->a, "Unexpected token '{'");
}

static void check_function(Early *e, AstNode *fn, FnKind kind) {
  Ctx *up = e->cx;
  if (fn->flags & AST_F_ASYNC)
    check_async_newline(e, fn);
  if (kind == FN_ARROW)
    check_arrow_syntax(e, fn);
  bool arrow = kind == FN_ARROW;
  bool is_async = (fn->flags & AST_F_ASYNC) != 0;
  bool gen = (fn->flags & AST_F_GENERATOR) != 0;
  Ctx c = {0};
  c.strict = up->strict || (fn->flags & AST_F_STRICT);
  c.in_function = true;
  if (arrow) {
    // An arrow is a function boundary for `await` in static blocks
    // (ECMA-262 #sec-identifiers-static-semantics-early-errors) but not
    // for `arguments` (ContainsArguments looks into arrows).
    c.super_prop = up->super_prop;
    c.super_call = up->super_call;
    c.new_target = up->new_target;
    c.no_arguments = up->no_arguments;
  } else {
    c.super_prop = kind >= FN_METHOD;
    c.super_call = kind == FN_DERIVED_CTOR;
    c.new_target = true;
  }
  check_fn_name(e, fn, c.strict);
  // ECMA-262 #sec-arrow-function-definitions: ArrowParameters[?Yield,
  // ?Await], so an arrow's parameters see the enclosing context.
  Ctx pc = c;
  pc.in_params = true;
  pc.static_block = arrow && up->static_block;
  pc.yield_kw = arrow ? up->yield_kw : gen;
  pc.await_kw = arrow ? (up->await_kw || is_async) : is_async;
  e->cx = &pc;
  check_params(e, fn, kind, c.strict);
  c.yield_kw = !arrow && gen;
  c.await_kw = is_async;
  e->cx = &c;
  if (fn->flags & AST_F_EXPR_BODY)
    expr(e, fn->a);
  else if (fn->a && fn->a->kind == AST_BLOCK)
    check_body(e, &fn->a->list, true);
  e->cx = up;
}

// --- classes ---

typedef struct PrivateSeen {
  const char *name;
  int op;
  bool is_static;
} PrivateSeen;

// ECMA-262 #sec-class-definitions-static-semantics-early-errors: a private
// name is declared once, except for one getter and one setter.
static void check_private(Early *e, AstNode *m, PrivateSeen *seen, int *n) {
  const char *name = m->a->str;
  bool is_static = (m->flags & AST_F_STATIC) != 0;
  if (is(name, "constructor"))
    error(e, m->a, "Classes may not have a private field named "
                   "'#constructor'");
  int count = 0;
  bool pair = false;
  for (int i = 0; i < *n; i++) {
    if (!is(seen[i].name, name))
      continue;
    count++;
    pair = seen[i].is_static == is_static &&
           ((seen[i].op == AST_MEMBER_GETTER && m->op == AST_MEMBER_SETTER) ||
            (seen[i].op == AST_MEMBER_SETTER && m->op == AST_MEMBER_GETTER));
  }
  if (count > 1 || (count == 1 && !pair))
    error(e, m->a, "Identifier '#%s' has already been declared", name);
  seen[*n] = (PrivateSeen){name, m->op, is_static};
  (*n)++;
}

static void check_method(Early *e, AstNode *m, bool derived, int *ctors) {
  const char *name = (!(m->flags & AST_F_COMPUTED) &&
                      m->a->kind == AST_STRING) ? m->a->str : NULL;
  bool is_static = (m->flags & AST_F_STATIC) != 0;
  FnKind kind = m->op == AST_MEMBER_GETTER ? FN_GETTER
                : m->op == AST_MEMBER_SETTER ? FN_SETTER : FN_METHOD;
  if (is_static && is(name, "prototype"))
    error(e, m->a, "Classes may not have a static property named "
                   "'prototype'");
  if (!is_static && is(name, "constructor")) {
    if (kind != FN_METHOD)
      error(e, m->a, "Class constructor may not be an accessor");
    else if (m->b->flags & AST_F_GENERATOR)
      error(e, m->a, "Class constructor may not be a generator");
    else if (m->b->flags & AST_F_ASYNC)
      error(e, m->a, "Class constructor may not be an async method");
    else if (++*ctors == 2)
      error(e, m->a, "A class may only have one constructor");
    else
      kind = derived ? FN_DERIVED_CTOR : FN_CTOR;
  }
  check_function(e, m->b, kind);
}

// A field initializer or static block: a function-like context of its own.
static void check_member_body(Early *e, AstNode *m) {
  Ctx c = {0};
  c.strict = true;
  c.super_prop = true;
  c.new_target = true;
  c.no_arguments = true;
  Ctx *up = e->cx;
  e->cx = &c;
  if (m->op == AST_MEMBER_STATIC_BLOCK) {
    c.static_block = true;
    if (m->b)
      check_body(e, &m->b->list, true);
  } else {
    expr(e, m->b);
  }
  e->cx = up;
}

static void check_field(Early *e, AstNode *m) {
  const char *name = (!(m->flags & AST_F_COMPUTED) &&
                      m->a->kind == AST_STRING) ? m->a->str : NULL;
  if (is(name, "constructor"))
    error(e, m->a, "Classes may not have a field named 'constructor'");
  if ((m->flags & AST_F_STATIC) && is(name, "prototype"))
    error(e, m->a, "Classes may not have a static property named "
                   "'prototype'");
  if (m->b)
    check_member_body(e, m);
}

static void check_class(Early *e, AstNode *cls) {
  Ctx *up = e->cx;
  Ctx cc = *up;  // heritage and computed keys: the enclosing code, strict
  cc.strict = true;
  e->cx = &cc;
  if (cls->str)
    check_name(e, cls, cls->str, false, USE_BIND);
  if (cls->a) {
    lhs_operand(e, cls->a);
    expr(e, cls->a);
  }
  int ctors = 0, nprivate = 0;
  PrivateSeen *seen = arena_alloc(sizeof *seen * (size_t)(cls->list.len + 1));
  for (int i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (m->kind != AST_CLASS_MEMBER)
      continue;
    if (m->a && m->a->kind == AST_PRIVATE_NAME)
      check_private(e, m, seen, &nprivate);
    else if (m->a)
      check_key(e, m->a, m->flags);
    if (m->op == AST_MEMBER_FIELD || m->op == AST_MEMBER_STATIC_BLOCK)
      m->op == AST_MEMBER_FIELD ? check_field(e, m) : check_member_body(e, m);
    else if (m->b)
      check_method(e, m, cls->a != NULL, &ctors);
  }
  e->cx = up;
}

// --- declared names of blocks ---


static void pattern_names(AstNode *p, PtrVec *out) {
  if (!p)
    return;
  switch (p->kind) {
  case AST_IDENT:
    vec_push(out, p);
    break;
  case AST_ARRAY_PATTERN:
  case AST_OBJECT_PATTERN:
    for (int i = 0; i < p->list.len; i++)
      pattern_names(p->list.items[i], out);
    break;
  case AST_PROPERTY:
    pattern_names(p->b, out);
    break;
  case AST_ASSIGN_PATTERN:
  case AST_REST:
    pattern_names(p->a, out);
    break;
  default:
    break;
  }
}

static void var_names_list(AstList *l, PtrVec *out) {
  for (int i = 0; i < l->len; i++)
    var_declared_names(l->items[i], out);
}

void var_declared_names(AstNode *n, PtrVec *out) {
  if (!n)
    return;
  switch (n->kind) {
  case AST_VAR_DECL:
    if (n->op == AST_VAR)
      for (int i = 0; i < n->list.len; i++)
        pattern_names(n->list.items[i]->a, out);
    break;
  case AST_BLOCK:
  case AST_CASE:
  case AST_SWITCH:
    var_names_list(&n->list, out);
    break;
  case AST_IF:
    var_declared_names(n->b, out);
    var_declared_names(n->c, out);
    break;
  case AST_FOR:
  case AST_FOR_IN:
  case AST_FOR_OF:
    var_declared_names(n->a, out);
    var_declared_names(n->d, out);
    break;
  case AST_WHILE:
  case AST_DO_WHILE:
  case AST_WITH:
    var_declared_names(n->d, out);
    break;
  case AST_TRY:
    var_declared_names(n->a, out);
    var_declared_names(n->c, out);
    var_declared_names(n->d, out);
    break;
  case AST_LABELED:
    var_declared_names(n->a, out);
    break;
  case AST_EXPORT:
    if (n->a && n->a->kind == AST_VAR_DECL)
      var_declared_names(n->a, out);
    break;
  default:
    break;
  }
}

typedef struct Decl {
  const char *name;
  AstNode *at;
  bool plain_function;  // sloppy duplicates allowed (Annex B.3.2.4)
} Decl;

static void add_decl(PtrVec *v, const char *name, AstNode *at, bool plain) {
  Decl *d = arena_alloc(sizeof *d);
  *d = (Decl){name, at, plain};
  vec_push(v, d);
}

// LexicallyDeclaredNames of a statement list; at the top level of a
// function or script, function declarations are var-scoped instead.
static void lexical_decls(AstList *l, bool top, PtrVec *lex, PtrVec *vars) {
  for (int i = 0; i < l->len; i++) {
    AstNode *n = l->items[i];
    if (n->kind == AST_EXPORT && n->a)
      n = n->a;
    if (n->kind == AST_VAR_DECL && n->op != AST_VAR) {
      PtrVec ids = {0};
      for (int j = 0; j < n->list.len; j++)
        pattern_names(n->list.items[j]->a, &ids);
      for (int j = 0; j < ids.len; j++)
        add_decl(lex, ((AstNode *)ids.items[j])->str, ids.items[j], false);
    } else if (n->kind == AST_CLASS_DECL && n->str) {
      add_decl(lex, n->str, n, false);
    } else if (n->kind == AST_FUNC_DECL && n->str) {
      bool plain = !(n->flags & (AST_F_ASYNC | AST_F_GENERATOR));
      if (top)
        vec_push(vars, n);
      else
        add_decl(lex, n->str, n, plain);
    }
  }
}

// ECMA-262 #sec-block-static-semantics-early-errors and
// #sec-switch-statement-static-semantics-early-errors.
static void check_declared_names(Early *e, AstList **lists, int nlists,
                                 bool top) {
  PtrVec lex = {0}, vars = {0};
  for (int i = 0; i < nlists; i++) {
    lexical_decls(lists[i], top, &lex, &vars);
    var_names_list(lists[i], &vars);
  }
  for (int i = 0; i < lex.len; i++) {
    Decl *d = lex.items[i];
    bool dup = false;
    for (int j = 0; j < i && !dup; j++) {
      Decl *o = lex.items[j];
      dup = is(o->name, d->name) &&
            !(o->plain_function && d->plain_function && !e->cx->strict);
    }
    for (int j = 0; j < vars.len && !dup; j++)
      dup = is(((AstNode *)vars.items[j])->str, d->name);
    if (dup)
      error(e, d->at, "Identifier '%s' has already been declared", d->name);
  }
}

// --- statements ---

static Label *find_label(Early *e, const char *name) {
  for (Label *l = e->cx->labels; l; l = l->next)
    if (is(l->name, name))
      return l;
  return NULL;
}

static void check_jump(Early *e, AstNode *n) {
  bool brk = n->kind == AST_BREAK;
  if (n->str) {
    Label *l = find_label(e, n->str);
    if (!l)
      error(e, n, "Undefined label '%s'", n->str);
    else if (!brk && !l->loop)
      error(e, n, "Illegal continue statement: '%s' does not denote an "
                  "iteration statement", n->str);
  } else if (brk && !e->cx->breakables) {
    error(e, n, "Illegal break statement");
  } else if (!brk && !e->cx->loops) {
    error(e, n, "Illegal continue statement: no surrounding iteration "
                "statement");
  }
}

// A function declaration where only a statement may stand.
static void misplaced_function(Early *e, AstNode *fn) {
  if (fn->flags & AST_F_GENERATOR)
    error(e, fn, "Generators can only be declared at the top level or "
                 "inside a block.");
  else if (fn->flags & AST_F_ASYNC)
    error(e, fn, "Async functions can only be declared at the top level or "
                 "inside a block.");
  else if (e->cx->strict)
    error(e, fn, "In strict mode code, functions can only be declared at "
                 "top level or inside a block.");
  else
    error(e, fn, "In non-strict mode code, functions can only be declared "
                 "at top level, inside a block, or as the body of an if "
                 "statement.");
}

// The body of an if, a loop, `with` or a label: a Statement, not a
// declaration. Annex B.3.3 lets sloppy code write `if (x) function f(){}`.
static void sub_stmt(Early *e, AstNode *n, bool if_body) {
  if (!n)
    return;
  if ((n->kind == AST_VAR_DECL && n->op != AST_VAR) ||
      n->kind == AST_CLASS_DECL) {
    error(e, n, "Lexical declaration cannot appear in a single-statement "
                "context");
    return;
  }
  if (n->kind == AST_FUNC_DECL) {
    if (!if_body || e->cx->strict ||
        (n->flags & (AST_F_ASYNC | AST_F_GENERATOR)))
      misplaced_function(e, n);
    check_function(e, n, FN_PLAIN);
    return;
  }
  AstNode *inner = n;
  while (inner->kind == AST_LABELED && inner->a)
    inner = inner->a;
  if (inner != n && inner->kind == AST_FUNC_DECL)
    misplaced_function(e, inner);
  stmt(e, n);
}

static bool is_loop(const AstNode *n) {
  return n && (n->kind == AST_FOR || n->kind == AST_FOR_IN ||
               n->kind == AST_FOR_OF || n->kind == AST_WHILE ||
               n->kind == AST_DO_WHILE);
}

// ECMA-262 #sec-labelled-statements-static-semantics-early-errors
static void check_labeled(Early *e, AstNode *n) {
  check_name(e, n, n->str, text_has_escape(e, n, ':'), USE_LABEL);
  if (find_label(e, n->str))
    error(e, n, "Label '%s' has already been declared", n->str);
  AstNode *inner = n->a;
  while (inner && inner->kind == AST_LABELED)
    inner = inner->a;
  Label l = {n->str, is_loop(inner), e->cx->labels};
  e->cx->labels = &l;
  AstNode *body = n->a;
  if (body && body->kind == AST_FUNC_DECL) {
    if (e->cx->strict || (body->flags & (AST_F_ASYNC | AST_F_GENERATOR)))
      misplaced_function(e, body);
    check_function(e, body, FN_PLAIN);
  } else if (body && body->kind == AST_LABELED) {
    stmt(e, body);
  } else {
    sub_stmt(e, body, false);
  }
  e->cx->labels = l.next;
}

// let/const/var declarations; [head]: 0 statement or for(;;), 1 for-in,
// 2 for-of.
static void check_var_decl(Early *e, AstNode *n, int head) {
  if (head && n->list.len != 1)
    error(e, n, "Invalid left-hand side in %s loop: Must have a single "
                "binding.", head == 1 ? "for-in" : "for-of");
  for (int i = 0; i < n->list.len; i++) {
    AstNode *d = n->list.items[i];
    binding(e, d->a, NULL);
    if (n->op != AST_VAR && d->a->kind == AST_IDENT && is(d->a->str, "let"))
      error(e, d->a, "let is disallowed as a lexically bound name");
    bool pattern = d->a->kind != AST_IDENT;
    if (!head && !d->b && n->op == AST_CONST)
      error(e, d, "Missing initializer in const declaration");
    else if (!head && !d->b && pattern)
      error(e, d, "Missing initializer in destructuring declaration");
    // Annex B.3.5: `for (var x = 1 in o)` in sloppy code.
    if (head && d->b && (head == 2 || e->cx->strict || n->op != AST_VAR ||
                         pattern))
      error(e, d, "%s loop variable declaration may not have an "
                  "initializer.", head == 1 ? "for-in" : "for-of");
    expr(e, d->b);
  }
}

static void loop_body(Early *e, AstNode *body) {
  e->cx->loops++;
  e->cx->breakables++;
  sub_stmt(e, body, false);
  e->cx->loops--;
  e->cx->breakables--;
}

// Does the source of [n] start with the name `let` (not `letter`)?
static bool starts_with_let(Early *e, const AstNode *n, size_t *after) {
  const char *t = e->src->text + n->span.start;
  if (n->span.end - n->span.start < 3 || memcmp(t, "let", 3) != 0)
    return false;
  char c = t[3];
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
      (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '\\' ||
      (unsigned char)c >= 0x80)
    return false;
  *after = skip_space(e->src, n->span.start + 3);
  return true;
}

// The names a loop head declares with let/const are not var-declared in
// its body: `for (let x;;) { var x; }`.
static void check_loop_scope(Early *e, AstNode *decl, AstNode *body) {
  AstList one = {0};
  ast_list_push(&one, decl);
  if (body)
    ast_list_push(&one, body);
  AstList *lists[] = {&one};
  check_declared_names(e, lists, 1, false);
}

// ECMA-262 #sec-for-in-and-for-of-statements-static-semantics-early-errors
static void check_for_in_of(Early *e, AstNode *n) {
  bool of = n->kind == AST_FOR_OF;
  AstNode *left = n->a;
  if (of && (n->flags & AST_F_AWAIT) &&
      (!e->cx->await_kw || e->cx->in_params))
    error(e, n, "Unexpected reserved word");
  if (left->kind == AST_VAR_DECL) {
    check_var_decl(e, left, of ? 2 : 1);
  } else {
    // tree-sitter reads `for await (let [x] of y)` as an index expression
    // on `let`; a declaration is the likelier intent, so no error there.
    size_t after;
    if (bare(left) && !(n->flags & AST_F_AWAIT) &&
        starts_with_let(e, left, &after) &&
        (of || e->src->text[after] == '['))
      error(e, left, "The left-hand side of a for-%s loop may not be "
                     "'let'.", of ? "of" : "in");
    if (of && !(n->flags & AST_F_AWAIT) && bare(left) &&
        left->kind == AST_IDENT && !(left->flags & AST_F_ESCAPED) &&
        is(left->str, "async"))
      error(e, left, "The left-hand side of a for-of loop may not be "
                     "'async'.");
    if (left->kind == AST_OBJECT || left->kind == AST_ARRAY)
      error(e, left, "Invalid left-hand side in for-loop");
    else if (!((n->flags & AST_F_AWAIT) && left->kind == AST_INDEX &&
               left->a->kind == AST_IDENT && is(left->a->str, "let")))
      target(e, left, T_FOR_IN_OF);
  }
  if (left->kind == AST_VAR_DECL && left->op != AST_VAR)
    check_loop_scope(e, left, n->d);
  if (of && bare(n->b) && n->b->kind == AST_SEQUENCE)
    error(e, n->b, "Unexpected token ','");
  expr(e, n->b);
  loop_body(e, n->d);
}

// Expression[~In]: an unparenthesized `in` in the head of for(;;) would
// make it a for-in (ECMA-262 #prod-ForStatement).
static const AstNode *bare_in(const AstNode *n) {
  if (!bare(n))
    return NULL;
  const AstNode *r = NULL;
  switch (n->kind) {
  case AST_BINARY:
    if (n->op == AST_OP_IN || n->op == AST_OP_PRIVATE_IN)
      return n;
    r = bare_in(n->a);
    return r ? r : bare_in(n->b);
  case AST_LOGICAL:
    r = bare_in(n->a);
    return r ? r : bare_in(n->b);
  case AST_COND:
    r = bare_in(n->a);
    return r ? r : bare_in(n->c);
  case AST_SEQUENCE:
    for (int i = 0; i < n->list.len && !r; i++)
      r = bare_in(n->list.items[i]);
    return r;
  case AST_ASSIGN:
    return bare_in(n->b);
  case AST_UNARY:
  case AST_AWAIT:
  case AST_YIELD:
    return bare_in(n->a);
  case AST_ARROW:
    return (n->flags & AST_F_EXPR_BODY) ? bare_in(n->a) : NULL;
  default:
    return NULL;
  }
}

static void check_for_init(Early *e, AstNode *init) {
  const AstNode *in = NULL;
  if (init->kind == AST_VAR_DECL) {
    for (int i = 0; i < init->list.len && !in; i++)
      in = bare_in(init->list.items[i]->b);
  } else {
    in = bare_in(init);
  }
  if (in)
    error(e, in, "Unexpected token 'in'");
}

static void check_for(Early *e, AstNode *n) {
  if (n->a)
    check_for_init(e, n->a);
  if (n->a && n->a->kind == AST_VAR_DECL) {
    check_var_decl(e, n->a, 0);
    if (n->a->op != AST_VAR)
      check_loop_scope(e, n->a, n->d);
  } else {
    expr(e, n->a);
  }
  expr(e, n->b);
  expr(e, n->c);
  loop_body(e, n->d);
}

static void check_switch(Early *e, AstNode *n) {
  expr(e, n->a);
  AstList **lists = arena_alloc(sizeof *lists * (size_t)(n->list.len + 1));
  for (int i = 0; i < n->list.len; i++)
    lists[i] = &n->list.items[i]->list;
  check_declared_names(e, lists, n->list.len, false);
  e->cx->breakables++;
  for (int i = 0; i < n->list.len; i++) {
    AstNode *c = n->list.items[i];
    expr(e, c->a);
    for (int j = 0; j < c->list.len; j++)
      stmt(e, c->list.items[j]);
  }
  e->cx->breakables--;
}

static void check_block(Early *e, AstList *stmts) {
  AstList *lists[] = {stmts};
  check_declared_names(e, lists, 1, false);
  for (int i = 0; i < stmts->len; i++)
    stmt(e, stmts->items[i]);
}

static void check_try(Early *e, AstNode *n) {
  stmt(e, n->a);
  if (n->b) {
    PtrVec names = {0};
    binding(e, n->b, &names);
    if (n->b->kind != AST_IDENT)
      check_duplicates(e, &names);
  }
  if (n->c)
    check_block(e, &n->c->list);
  stmt(e, n->d);
}

static void check_module_item(Early *e, AstNode *n) {
  if (n->kind == AST_IMPORT) {
    for (int i = 0; i < n->list.len; i++) {
      AstNode *sp = n->list.items[i];
      check_name(e, sp, sp->raw, false, USE_BIND);
    }
    return;
  }
  if (!n->a)
    return;
  AstKind k = n->a->kind;
  if (k == AST_VAR_DECL || k == AST_FUNC_DECL || k == AST_CLASS_DECL)
    stmt(e, n->a);
  else
    expr(e, n->a);
}

// `let` followed on the next line by a name starts a declaration, which
// tree-sitter splits by ASI (`let \n let;`). Only names that a declaration
// could not bind are reported; the others would be valid code.
static void check_let_statement(Early *e, AstNode *id) {
  if (id->kind != AST_IDENT || !bare(id) || (id->flags & AST_F_ESCAPED) ||
      !is(id->str, "let"))
    return;
  size_t p = skip_space(e->src, id->span.end);
  Ctx *cx = e->cx;
  if (word_at(e, p, "let") ||
      (word_at(e, p, "yield") && (cx->yield_kw || cx->strict)) ||
      (word_at(e, p, "await") && (cx->await_kw || e->module)))
    error(e, id, "Lexical declaration cannot bind this name here");
}

static void stmt(Early *e, AstNode *n) {
  if (!n)
    return;
  bool top = e->top_item;
  e->top_item = false;
  if ((n->kind == AST_IMPORT || n->kind == AST_EXPORT) && !top) {
    // ModuleItem only: not in blocks, functions or other statements.
    error(e, n, "Unexpected token '%s'", n->kind == AST_IMPORT ? "import" : "export");
    return;
  }
  switch (n->kind) {
  case AST_VAR_DECL: check_var_decl(e, n, 0); break;
  case AST_FUNC_DECL: check_function(e, n, FN_PLAIN); break;
  case AST_CLASS_DECL: check_class(e, n); break;
  case AST_EXPR_STMT:
    check_let_statement(e, n->a);
    expr(e, n->a);
    break;
  case AST_THROW: expr(e, n->a); break;
  case AST_RETURN:
    if (!e->cx->in_function)
      error(e, n, "Illegal return statement");
    expr(e, n->a);
    break;
  case AST_BLOCK: check_block(e, &n->list); break;
  case AST_IF:
    expr(e, n->a);
    sub_stmt(e, n->b, true);
    sub_stmt(e, n->c, true);
    break;
  case AST_FOR: check_for(e, n); break;
  case AST_FOR_IN:
  case AST_FOR_OF: check_for_in_of(e, n); break;
  case AST_WHILE:
  case AST_DO_WHILE:
    expr(e, n->a);
    loop_body(e, n->d);
    break;
  case AST_BREAK:
  case AST_CONTINUE: check_jump(e, n); break;
  case AST_TRY: check_try(e, n); break;
  case AST_SWITCH: check_switch(e, n); break;
  case AST_LABELED: check_labeled(e, n); break;
  case AST_WITH:
    if (e->cx->strict)
      error(e, n, "Strict mode code may not include a with statement");
    expr(e, n->a);
    sub_stmt(e, n->d, false);
    break;
  case AST_IMPORT:
  case AST_EXPORT: check_module_item(e, n); break;
  default: break;
  }
}

// The statements of a function body, static block or program.
static void check_body(Early *e, AstList *stmts, bool top) {
  AstList *lists[] = {stmts};
  check_declared_names(e, lists, 1, top);
  for (int i = 0; i < stmts->len; i++)
    stmt(e, stmts->items[i]);
}

// The names a module exports, each once (#sec-module-semantics-static-
// semantics-early-errors); `export { "s" }` needs `from`.
static void check_export_names(Early *e, AstList *items) {
  PtrVec names = {0};
  PtrVec at = {0};
  for (int i = 0; i < items->len; i++) {
    AstNode *n = items->items[i];
    if (n->kind != AST_EXPORT)
      continue;
    AstNode *d = n->a;
    if (n->flags & AST_F_DEFAULT) {
      vec_push(&names, "default");
      vec_push(&at, n);
    } else if (d && (d->kind == AST_FUNC_DECL || d->kind == AST_CLASS_DECL) && d->str) {
      vec_push(&names, (void *)d->str);
      vec_push(&at, d);
    } else if (d && d->kind == AST_VAR_DECL) {
      for (int k = 0; k < d->list.len; k++) {
        PtrVec bound = {0};
        binding(e, d->list.items[k]->a, &bound);
        for (int j = 0; j < bound.len; j++) {
          vec_push(&names, (void *)((AstNode *)bound.items[j])->str);
          vec_push(&at, bound.items[j]);
        }
      }
    }
    for (int k = 0; k < n->list.len; k++) {
      AstNode *sp = n->list.items[k];
      if (!n->str && (sp->flags & AST_F_STRING_NAME))
        error(e, sp, "Unexpected string");  // a local binding cannot be a string
      if (sp->raw) {
        vec_push(&names, (void *)sp->raw);
        vec_push(&at, sp);
      }
    }
  }
  for (int i = 0; i < names.len; i++)
    for (int k = 0; k < i; k++)
      if (strcmp(names.items[i], names.items[k]) == 0) {
        error(e, at.items[i], "Duplicate export of '%s'", (const char *)names.items[i]);
        break;
      }
}

bool check_early_errors(AstNode *program, Source *src) {
  Early e = {.src = src, .module = (program->flags & AST_F_MODULE) != 0};
  Ctx top = {0};
  top.strict = (program->flags & (AST_F_STRICT | AST_F_MODULE)) != 0;
  top.await_kw = e.module;  // top-level await
  e.cx = &top;
  // In a module, top-level functions are lexical declarations.
  AstList *items = &program->list;
  AstList *lists[] = {items};
  check_declared_names(&e, lists, 1, !e.module);
  for (int i = 0; i < items->len; i++) {
    e.top_item = true;
    stmt(&e, items->items[i]);
  }
  if (e.module)
    check_export_names(&e, items);
  return e.errors == 0;
}

// Eval code is a Script whose new.target, super and strictness come from
// where the eval call is (ECMA-262 #sec-performeval, steps 5 and 6).
bool check_eval_early_errors(AstNode *program, Source *src, const EvalContext *cx) {
  Early e = {.src = src};
  Ctx top = {0};
  top.strict = cx->strict || (program->flags & AST_F_STRICT);
  top.new_target = cx->new_target;
  top.super_prop = cx->super_prop;
  top.super_call = cx->super_call;
  top.no_arguments = cx->no_arguments;
  e.cx = &top;
  AstList *items = &program->list;
  AstList *lists[] = {items};
  check_declared_names(&e, lists, 1, true);
  for (int i = 0; i < items->len; i++) {
    e.top_item = true;
    stmt(&e, items->items[i]);
  }
  return e.errors == 0;
}
