// SPDX-License-Identifier: MIT
//
// ast_build_expr.c: CST -> AST, part 2: expressions, literals, property keys
// and patterns (binding and assignment targets).
//
// Two things need care here. Optional chains: tree-sitter nests `a?.b.c`
// as member(member(a ?. b) . c); the AST wraps the outermost link of a chain
// in AST_OPTIONAL_CHAIN and marks each `?.` link AST_F_OPTIONAL.
// Assignment targets: an object or array literal on the left of `=` (or in
// for-in/of) is converted to a pattern, unless it was parenthesized, which
// the resolver must reject (`({a}) = 1`).
#include "ast_build.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

// --- identifiers and literals ---

// identifier, property_identifier, statement_identifier, ... : the name,
// with \u escapes decoded (AST_F_ESCAPED records that there were some).
AstNode *build_ident(Builder *b, TSNode n) {
  AstNode *id = node_new(b, AST_IDENT, n);
  size_t len;
  const char *t = node_text(b, n, &len);
  // `#name`: the grammar's token includes the `#`
  size_t skip = len > 0 && t[0] == '#' ? 1 : 0;
  if (!memchr(t, '\\', len)) {
    id->str = arena_strndup(t, len);
    id->len = len;
    // The grammar takes any non-ASCII character but a few in a name.
    for (size_t i = 0; i < len; i++)
      if ((unsigned char)t[i] >= 0x80) {
        if (!lit_ident_valid(t + skip, len - skip))
          build_error(b, n, "Invalid or unexpected token");
        break;
      }
    return id;
  }
  id->flags |= AST_F_ESCAPED;
  id->str = lit_decode_ident(t, len, &id->len);
  if (!id->str || !lit_ident_valid(id->str + skip, id->len - skip)) {
    // a malformed escape, or one of a character no name may hold
    build_error(b, n, id->str ? "Invalid or unexpected token" : "Invalid Unicode escape sequence");
    id->str = arena_strndup(t, len);
    id->len = len;
  }
  return id;
}

// string = '"' (string_fragment | escape_sequence)* '"'  (or single quotes)
AstNode *build_string(Builder *b, TSNode n) {
  AstNode *s = node_new(b, AST_STRING, n);
  size_t len;
  const char *t = node_text(b, n, &len);
  if (len < 2) {
    build_error(b, n, "Invalid or unexpected token");  // unterminated
    s->str = "";
    return s;
  }
  LitResult r = lit_decode_string(t + 1, len - 2, false);
  if (!r.str) {
    uint32_t at = r.err_at == SIZE_MAX ? ts_node_start_byte(n)
                                       : ts_node_start_byte(n) + 1 + (uint32_t)r.err_at;
    build_error_at(b, at, at + 1, "%s", r.err);
    s->str = "";
    return s;
  }
  s->str = r.str;
  s->len = r.len;
  if (r.legacy_octal)
    s->flags |= AST_F_LEGACY_OCTAL;
  return s;
}

// number = decimal | 0x.. | 0o.. | 0b.. | legacy octal, optionally with "n"
static AstNode *build_number(Builder *b, TSNode n) {
  size_t len;
  const char *t = node_text(b, n, &len);
  // ECMA-262 #sec-literals-numeric-literals: "The SourceCharacter
  // immediately following a NumericLiteral must not be an IdentifierStart
  // or DecimalDigit" (`3in x`).
  uint32_t end = ts_node_end_byte(n);
  char next = end < b->src->len ? b->text[end] : '\0';
  if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
      (next >= '0' && next <= '9') || next == '_' || next == '$' ||
      next == '\\')
    build_error_at(b, end, end + 1,
                   "Invalid or unexpected token");  // `3in`, `1_`
  if (len > 1 && t[len - 1] == 'n') {
    AstNode *big = node_new(b, AST_BIGINT, n);
    if (!lit_bigint_ok(t, len - 1))
      build_error(b, n, "Invalid or unexpected token");  // `08n`, `1.5n`
    big->str = lit_bigint_decimal(t, len - 1);
    big->len = strlen(big->str);
    return big;
  }
  AstNode *num = node_new(b, AST_NUMBER, n);
  bool legacy;
  if (!lit_parse_number(t, len, &num->num, &legacy))
    build_error(b, n, "Invalid or unexpected token");
  if (legacy)
    num->flags |= AST_F_LEGACY_OCTAL;
  return num;
}

// regex = "/" pattern:regex_pattern "/" flags:regex_flags?
static AstNode *build_regex(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *re = node_new(b, AST_REGEX, n);
  TSNode pat = kid_field(b, k, b->f.pattern);
  TSNode flags = kid_field(b, k, b->f.flags);
  size_t len = 0;
  const char *t = ts_node_is_null(pat) ? "" : node_text(b, pat, &len);
  re->str = arena_strndup(t, len);
  re->len = len;
  // RegularExpressionNonTerminator: no line terminator, LS and PS included
  for (size_t i = 0; i < len; i++)
    if (t[i] == '\n' || t[i] == '\r' ||
        ((unsigned char)t[i] == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
         ((unsigned char)t[i + 2] & 0xFE) == 0xA8)) {
      build_error(b, n, "Invalid regular expression: missing /");
      break;
    }
  len = 0;
  t = ts_node_is_null(flags) ? "" : node_text(b, flags, &len);
  re->raw = arena_strndup(t, len);
  re->raw_len = len;
  // ECMA-262 #sec-regexpinitialize: known flags, each at most once, and
  // not both u and v. The pattern itself is checked when it is compiled.
  unsigned seen = 0;
  for (size_t i = 0; i < len; i++) {
    const char *f = strchr("dgimsuvy", t[i]);
    unsigned bit = f && t[i] ? 1u << (f - "dgimsuvy") : 0;
    if (!bit || (seen & bit)) {
      build_error(b, flags, "Invalid regular expression flags");
      break;
    }
    seen |= bit;
  }
  if ((seen & (1u << 5)) && (seen & (1u << 6)))
    build_error(b, flags, "Invalid regular expression flags");
  return re;
}

// One quasi of a template, source bytes [start, end).
static AstNode *build_quasi(Builder *b, uint32_t start, uint32_t end,
                            bool tagged) {
  AstNode *q = ast_new(AST_STRING, source_span(b->src, start, end));
  LitResult r = lit_decode_string(b->text + start, end - start, true);
  if (tagged) {
    q->raw = lit_template_raw(b->text + start, end - start, &q->raw_len);
  } else if (!r.str) {
    uint32_t at = start + (uint32_t)r.err_at;
    build_error_at(b, at, at + 1, "%s", r.err);
  }
  q->str = r.str; // NULL for an invalid escape in a tagged template
  q->len = r.len;
  return q;
}

// template_string = "`" (string_fragment | escape_sequence
//                        | template_substitution)* "`"
// template_substitution = "${" expression "}"
// Quasis are the source text between the substitutions.
static AstNode *build_template(Builder *b, TSNode n, bool tagged) {
  Kids k = kids_of(b, n);
  AstNode *tpl = node_new(b, AST_TEMPLATE, n);
  uint32_t start = ts_node_start_byte(n) + 1;
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type != NT_template_substitution)
      continue;
    ast_list_push(&tpl->list,
                  build_quasi(b, start, ts_node_start_byte(c.node), tagged));
    int top = b->nkids;
    Kids sk = kids_of(b, c.node);
    TSNode e = first_named(b, sk);
    ast_list_push(&tpl->list2, ts_node_is_null(e) ? build_unsupported(b, c.node)
                                                  : build_expr(b, e));
    b->nkids = top;
    start = ts_node_end_byte(c.node);
  }
  uint32_t end = ts_node_end_byte(n);
  if (end > start)
    end--; // the closing backtick
  ast_list_push(&tpl->list, build_quasi(b, start, end, tagged));
  return tpl;
}

// Property names: property_identifier | string | number
//                 | computed_property_name | private_property_identifier
AstNode *build_key(Builder *b, TSNode n, uint32_t *flags) {
  switch (node_type(b, n)) {
  case NT_string: return build_string(b, n);
  case NT_number: {
    AstNode *num = build_number(b, n);
    AstNode *key = node_new(b, AST_STRING, n);
    key->str = num->kind == AST_BIGINT ? num->str : ast_number_string(num->num);
    key->len = strlen(key->str);
    key->flags = num->flags;
    return key;
  }
  case NT_computed_property_name: {
    Kids k = kids_of(b, n);
    *flags |= AST_F_COMPUTED;
    return build_expr(b, first_named(b, k));
  }
  case NT_private_property_identifier: {
    AstNode *id = build_ident(b, n);
    id->kind = AST_PRIVATE_NAME;
    if (id->len > 0 && id->str[0] == '#') {
      id->str++;
      id->len--;
    }
    return id;
  }
  default: {
    AstNode *id = build_ident(b, n);
    id->kind = AST_STRING;
    return id;
  }
  }
}

// --- arrays and objects ---

// array = "[" (expression | spread_element)? ("," ...)* "]"; elisions are
// commas with nothing before them, so holes come from counting commas.
static void build_elements(Builder *b, TSNode n, AstList *out, bool pattern) {
  Kids k = kids_of(b, n);
  bool had_element = false;
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == TK_COMMA) {
      if (!had_element)
        ast_list_push(out, node_new(b, AST_HOLE, c.node));
      had_element = false;
    } else if (c.type < TK_OTHER && ts_node_is_named(c.node)) {
      ast_list_push(out,
                    pattern ? build_pattern(b, c.node) : build_expr(b, c.node));
      had_element = true;
    }
  }
}

static AstNode *build_spread(Builder *b, TSNode n, AstKind kind) {
  Kids k = kids_of(b, n);
  AstNode *s = node_new(b, kind, n);
  TSNode arg = first_named(b, k);
  s->a = ts_node_is_null(arg) ? build_unsupported(b, n)
         : kind == AST_REST   ? build_pattern(b, arg)
                              : build_expr(b, arg);
  return s;
}

// shorthand_property_identifier(_pattern) `{a}`: key "a", value IDENT a.
static AstNode *build_shorthand(Builder *b, TSNode n) {
  AstNode *p = node_new(b, AST_PROPERTY, n);
  p->op = AST_PROP_INIT;
  p->flags |= AST_F_SHORTHAND;
  p->b = build_ident(b, n);
  p->a = node_new(b, AST_STRING, n);
  p->a->str = p->b->str;
  p->a->len = p->b->len;
  return p;
}

// pair = key:property_name ":" value:expression
// pair_pattern = key:property_name ":" value:(pattern | assignment_pattern)
static AstNode *build_pair(Builder *b, TSNode n, bool pattern) {
  Kids k = kids_of(b, n);
  AstNode *p = node_new(b, AST_PROPERTY, n);
  p->op = AST_PROP_INIT;
  p->a = build_key(b, kid_field(b, k, b->f.key), &p->flags);
  TSNode value = kid_field(b, k, b->f.value);
  p->b = pattern ? build_pattern(b, value) : build_expr(b, value);
  return p;
}

// object = "{" (pair | shorthand_property_identifier | method_definition
//               | spread_element), ... "}"
static AstNode *build_object(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *obj = node_new(b, AST_OBJECT, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    AstNode *p = NULL;
    int top = b->nkids;
    switch (c.type) {
    case NT_pair: p = build_pair(b, c.node, false); break;
    case NT_shorthand_property_identifier:
      p = build_shorthand(b, c.node);
      break;
    case NT_method_definition: p = build_object_method(b, c.node); break;
    case NT_spread_element:
      p = node_new(b, AST_PROPERTY, c.node);
      p->op = AST_PROP_SPREAD;
      p->a = build_spread(b, c.node, AST_SPREAD)->a;
      break;
    default:
      if (c.type < TK_OTHER && ts_node_is_named(c.node))
        p = build_unsupported(b, c.node);
      break;
    }
    b->nkids = top;
    if (p)
      ast_list_push(&obj->list, p);
  }
  return obj;
}

// --- operators ---

typedef struct OpName {
  const char *text;
  int op;
} OpName;

static const OpName binary_ops[] = {
    {"+", AST_OP_ADD},      {"-", AST_OP_SUB},
    {"*", AST_OP_MUL},      {"/", AST_OP_DIV},
    {"%", AST_OP_MOD},      {"**", AST_OP_EXP},
    {"<<", AST_OP_SHL},     {">>", AST_OP_SAR},
    {">>>", AST_OP_SHR},    {"&", AST_OP_BITAND},
    {"|", AST_OP_BITOR},    {"^", AST_OP_BITXOR},
    {"==", AST_OP_EQ},      {"!=", AST_OP_NE},
    {"===", AST_OP_SEQ},    {"!==", AST_OP_SNE},
    {"<", AST_OP_LT},       {"<=", AST_OP_LE},
    {">", AST_OP_GT},       {">=", AST_OP_GE},
    {"in", AST_OP_IN},      {"instanceof", AST_OP_INSTANCEOF},
    {"&&", AST_OP_AND},     {"||", AST_OP_OR},
    {"??", AST_OP_NULLISH}, {NULL, 0},
};

static const OpName unary_ops[] = {
    {"-", AST_OP_NEG},         {"+", AST_OP_PLUS},
    {"!", AST_OP_NOT},         {"~", AST_OP_BITNOT},
    {"typeof", AST_OP_TYPEOF}, {"void", AST_OP_VOID},
    {"delete", AST_OP_DELETE}, {NULL, 0},
};

static int op_lookup(const OpName *table, const char *text, size_t len) {
  for (const OpName *o = table; o->text; o++)
    if (strlen(o->text) == len && memcmp(o->text, text, len) == 0)
      return o->op;
  return AST_OP_NONE;
}

// The operator token in the `operator` field, as text.
static const char *operator_text(Builder *b, Kids k, size_t *len) {
  TSNode op = kid_field(b, k, b->f.operator);
  if (ts_node_is_null(op)) {
    *len = 0;
    return "";
  }
  return node_text(b, op, len);
}

// A growable stack of CST nodes, for walking long spines without recursion.
typedef struct NodeStack {
  TSNode *items;
  int len, cap;
} NodeStack;

static void stack_push(NodeStack *st, TSNode n) {
  if (st->len == st->cap) {
    st->cap = st->cap ? st->cap * 2 : 16;
    st->items = realloc(st->items, (size_t)st->cap * sizeof *st->items);
    if (!st->items)
      ICE("out of memory");
  }
  st->items[st->len++] = n;
}

// A bare dotted name (`T`, `ns.T`), as a type argument reads.
static bool type_name_expr(const AstNode *n) {
  while (n && n->kind == AST_MEMBER && !(n->flags & (AST_F_PARENS | AST_F_OPTIONAL)) && !n->b)
    n = n->a;
  return n && n->kind == AST_IDENT && !(n->flags & AST_F_PARENS);
}

// One binary_expression whose left operand is already built.
static AstNode *build_binary_link(Builder *b, TSNode n, Kids k, AstNode *left) {
  size_t len;
  const char *t = operator_text(b, k, &len);
  int op = op_lookup(binary_ops, t, len);
  if (!op)
    return build_unsupported(b, n);
  bool logical = op == AST_OP_AND || op == AST_OP_OR || op == AST_OP_NULLISH;
  AstNode *e = node_new(b, logical ? AST_LOGICAL : AST_BINARY, n);
  if (left->kind == AST_PRIVATE_NAME)
    op = op == AST_OP_IN ? AST_OP_PRIVATE_IN : op; // `#x in obj`
  e->op = op;
  e->a = left;
  TSNode right = kid_field(b, k, b->f.right);
  if (b->typescript && op == AST_OP_GT && node_type(b, right) == NT_template_string &&
      left->kind == AST_BINARY && left->op == AST_OP_LT && !(left->flags & AST_F_PARENS) &&
      type_name_expr(left->b)) {
    // `tag<T>`...``: the grammar reads (tag < T) > `...`; TypeScript reads
    // a tagged template with type arguments, which are erased.
    e = node_new(b, AST_TAGGED_TEMPLATE, n);
    e->a = left->a;
    e->b = build_template(b, right, true);
    return e;
  }
  e->b = build_expr(b, right);
  return e;
}

// binary_expression = left:(expression | private_property_identifier)
//                     operator right:expression
// Left-associative chains (`a + b + c + ...`, thousands long in generated
// code) are walked down their left spine in a loop, not by recursion.
static AstNode *build_binary(Builder *b, TSNode n) {
  NodeStack spine = {0};
  TSNode cur = n;
  while (node_type(b, cur) == NT_binary_expression) {
    stack_push(&spine, cur);
    int saved = b->nkids;
    Kids k = kids_of(b, cur);
    cur = kid_field(b, k, b->f.left);
    b->nkids = saved;
  }
  AstNode *e;
  if (node_type(b, cur) == NT_private_property_identifier) {
    uint32_t flags = 0;
    e = build_key(b, cur, &flags);
  } else {
    e = build_expr(b, cur);
  }
  for (int i = spine.len - 1; i >= 0; i--) {
    int saved = b->nkids;
    Kids k = kids_of(b, spine.items[i]);
    e = build_binary_link(b, spine.items[i], k, e);
    b->nkids = saved;
  }
  free(spine.items);
  return e;
}

// unary_expression = operator:("!"|"~"|"-"|"+"|"typeof"|"void"|"delete")
//                    argument:expression
static AstNode *build_unary(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  size_t len;
  const char *t = operator_text(b, k, &len);
  AstNode *e = node_new(b, AST_UNARY, n);
  e->op = op_lookup(unary_ops, t, len);
  if (!e->op)
    return build_unsupported(b, n);
  e->a = build_expr(b, kid_field(b, k, b->f.argument));
  return e;
}

// update_expression = argument ("++"|"--") | ("++"|"--") argument
static AstNode *build_update(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *e = node_new(b, AST_UPDATE, n);
  Kid first = kid_at(b, k, 0);
  if (first.type == TK_INC || first.type == TK_DEC)
    e->flags |= AST_F_PREFIX;
  size_t len;
  const char *t = operator_text(b, k, &len);
  e->op = (len == 2 && t[0] == '+') ? AST_OP_INC : AST_OP_DEC;
  e->a = build_expr(b, kid_field(b, k, b->f.argument));
  return e;
}

// assignment_expression = left:(pattern | parenthesized_expression) "="
//                         right:expression
// augmented_assignment_expression = left operator:("+=" | ... | "??=") right
static AstNode *build_assign(Builder *b, TSNode n, bool augmented) {
  Kids k = kids_of(b, n);
  AstNode *e = node_new(b, AST_ASSIGN, n);
  TSNode left = kid_field(b, k, b->f.left);
  if (augmented) {
    size_t len;
    const char *t = operator_text(b, k, &len);
    e->op = len >= 2 ? op_lookup(binary_ops, t, len - 1) : AST_OP_NONE;
    if (!e->op)
      return build_unsupported(b, n);
    e->a = build_expr(b, left);
  } else {
    e->op = AST_OP_ASSIGN;
    e->a = build_assign_target(b, left);
  }
  e->b = build_expr(b, kid_field(b, k, b->f.right));
  return e;
}

// ternary_expression = condition "?" consequence ":" alternative
static AstNode *build_cond(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *e = node_new(b, AST_COND, n);
  e->a = build_expr(b, kid_field(b, k, b->f.condition));
  e->b = build_expr(b, kid_field(b, k, b->f.consequence));
  e->c = build_expr(b, kid_field(b, k, b->f.alternative));
  return e;
}

// sequence_expression = expression ("," expression)+ ; nested unparenthesized
// sequences are flattened into one list.
static void collect_sequence(Builder *b, TSNode n, AstList *out) {
  Kids k = kids_of(b, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == NT_sequence_expression)
      collect_sequence(b, c.node, out);
    else if (c.type < TK_OTHER && ts_node_is_named(c.node))
      ast_list_push(out, build_expr(b, c.node));
  }
}

// yield_expression = "yield" ("*"? expression)?
static AstNode *build_yield(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  TSNode arg = first_named(b, k);
  bool star = kids_have(b, k, TK_STAR);
  if (!b->in_generator && !star && ts_node_is_null(arg)) {
    // Outside generators `yield` is an identifier in sloppy code; the
    // resolver rejects it in strict code.
    return build_ident(b, n);
  }
  AstNode *e = node_new(b, AST_YIELD, n);
  if (star)
    e->flags |= AST_F_DELEGATE;
  if (!ts_node_is_null(arg))
    e->a = build_expr(b, arg);
  return e;
}

// --- calls, members and optional chains ---

static bool chain_is_optional(const AstNode *e);

static bool is_chain_link(NodeType t) {
  return t == NT_member_expression || t == NT_subscript_expression ||
         t == NT_call_expression;
}

// arguments = "(" (expression | spread_element), ... ")"
static void build_arguments(Builder *b, TSNode n, AstList *out) {
  Kids k = kids_of(b, n);
  bool after_comma_or_open = true;  // the grammar takes holes: `f(1,,2)`
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == TK_COMMA) {
      if (after_comma_or_open) {
        build_error(b, c.node, "Unexpected token ','");
        return;
      }
      after_comma_or_open = true;
    } else if (c.type < TK_OTHER && ts_node_is_named(c.node)) {
      ast_list_push(out, build_expr(b, c.node));
      after_comma_or_open = false;
    }
  }
}

static bool prefix_op(const AstNode *n) {
  return n && (n->kind == AST_AWAIT || n->kind == AST_UNARY) && !(n->flags & AST_F_PARENS);
}

// call_expression = function:(expression | import) type_arguments?
//                   optional_chain? arguments:(arguments | template_string)
// [callee] is built already (NULL for import()).
static AstNode *build_call(Builder *b, TSNode n, Kids k, AstNode *callee) {
  TSNode args = kid_field(b, k, b->f.arguments);
  if (node_type(b, args) == NT_template_string) {
    AstNode *e = node_new(b, AST_TAGGED_TEMPLATE, n);
    e->a = callee;
    e->b = build_template(b, args, true);
    if (chain_is_optional(e->a))
      build_error(b, args,
                  "Invalid tagged template on optional chain");
    return e;
  }
  if (!callee) {
    // import(specifier [, options]): options go in b.
    AstNode *e = node_new(b, AST_IMPORT_CALL, n);
    AstList list = {0};
    build_arguments(b, args, &list);
    // V8's messages: import() has no spread and at most two arguments.
    for (int i = 0; i < list.len; i++)
      if (list.items[i]->kind == AST_SPREAD) {
        SrcSpan sp = list.items[i]->span;
        build_error_at(b, sp.start, sp.start + 3, "Unexpected token '...'");
        return node_new(b, AST_IMPORT_CALL, n);
      }
    if (list.len < 1)
      build_error(b, n, "import() requires a specifier");
    else if (list.len > 2)
      build_error(b, n, "Unexpected token");
    e->a = list.len > 0 ? list.items[0] : NULL;
    e->b = list.len > 1 ? list.items[1] : NULL;
    return e;
  }
  AstNode *e = node_new(b, AST_CALL, n);
  e->a = callee;
  build_arguments(b, args, &e->list);
  // `await f<T>(x)`, `!o.m<T>()`: the TypeScript grammar reads a call with
  // type arguments after a prefix operator as `(await f)<T>(x)`; the call
  // goes back under the operator(s), where TypeScript puts it.
  if (b->typescript && !ts_node_is_null(kid_field(b, k, b->f.type_arguments)) &&
      prefix_op(callee)) {
    AstNode *u = callee;
    while (prefix_op(u->a))
      u = u->a;
    e->a = u->a;
    u->a = e;
    return callee;
  }
  return e;
}

// One link of a chain whose object (or callee) [obj] is built already.
// member_expression = object ("." | optional_chain) property
// subscript_expression = object optional_chain? "[" index "]"
static AstNode *build_chain_link(Builder *b, TSNode n, AstNode *obj) {
  Kids k = kids_of(b, n);
  NodeType t = node_type(b, n);
  AstNode *e;
  if (t == NT_call_expression) {
    e = build_call(b, n, k, obj);
  } else if (t == NT_member_expression) {
    e = node_new(b, AST_MEMBER, n);
    e->a = obj;
    TSNode prop = kid_field(b, k, b->f.property);
    if (node_type(b, prop) == NT_private_property_identifier) {
      uint32_t flags = 0;
      e->b = build_key(b, prop, &flags);
    } else if (!ts_node_is_null(prop)) {
      AstNode *name = build_ident(b, prop);
      e->str = name->str;
      e->len = name->len;
    }
  } else {
    e = node_new(b, AST_INDEX, n);
    e->a = obj;
    e->b = build_expr(b, kid_field(b, k, b->f.index));
  }
  if (!ts_node_is_null(kid_field(b, k, b->f.optional_chain)))
    e->flags |= AST_F_OPTIONAL;
  if (b->typescript && t == NT_call_expression) {
    // TypeScript's grammar writes the `?.` of `f?.(x)` / `f?.<T>(x)` as
    // a bare token, not an optional_chain field.
    for (int i = 0; i < k.len; i++) {
      Kid c = kid_at(b, k, i);
      size_t len;
      const char *text = ts_node_is_named(c.node) ? NULL : node_text(b, c.node, &len);
      if (text && len == 2 && memcmp(text, "?.", 2) == 0)
        e->flags |= AST_F_OPTIONAL;
    }
  }
  return e;
}

// The object of a member/subscript link, or the callee of a call; sets
// *is_import for `import(...)`.
static TSNode chain_inner(Builder *b, TSNode n, bool *is_import) {
  int saved = b->nkids;
  Kids k = kids_of(b, n);
  NodeType t = node_type(b, n);
  TSNode inner =
      kid_field(b, k, t == NT_call_expression ? b->f.function : b->f.object);
  b->nkids = saved;
  *is_import = !ts_node_is_null(inner) && node_type(b, inner) == NT_import;
  return inner;
}

// A whole chain `a.b[c](d)...`, walked down its spine in a loop (method
// chains can be long). TypeScript's `!` inside a chain vanishes without
// ending the chain (`a?.b!.c`).
static AstNode *build_chain_spine(Builder *b, TSNode n) {
  NodeStack spine = {0};
  TSNode cur = n;
  bool is_import = false;
  for (;;) {
    NodeType t = node_type(b, cur);
    if (t == NT_non_null_expression) {
      int saved = b->nkids;
      Kids k = kids_of(b, cur);
      TSNode inner = first_named(b, k);
      b->nkids = saved;
      if (ts_node_is_null(inner))
        break;
      cur = inner;
      continue;
    }
    if (!is_chain_link(t))
      break;
    stack_push(&spine, cur);
    cur = chain_inner(b, cur, &is_import);
    if (is_import || ts_node_is_null(cur))
      break;
  }
  AstNode *e = NULL;
  if (is_import)
    e = NULL;
  else if (node_type(b, cur) == NT_import)
    e = build_unsupported(b, cur); // import.x that is not import.meta
  else
    e = build_expr(b, cur);
  for (int i = spine.len - 1; i >= 0; i--) {
    int saved = b->nkids;
    e = build_chain_link(b, spine.items[i], e);
    b->nkids = saved;
  }
  free(spine.items);
  return e;
}

// Does the chain ending at [e] contain a `?.` link?
static bool chain_is_optional(const AstNode *e) {
  while (e && (e->kind == AST_MEMBER || e->kind == AST_INDEX ||
               e->kind == AST_CALL || e->kind == AST_TAGGED_TEMPLATE)) {
    if (e->flags & AST_F_OPTIONAL)
      return true;
    e = e->a;
    if (e && (e->flags & AST_F_PARENS))
      return false;
  }
  return false;
}

// The outermost link of a chain: wrap it if the chain short-circuits.
static AstNode *build_chain(Builder *b, TSNode n) {
  AstNode *e = build_chain_spine(b, n);
  if (!chain_is_optional(e))
    return e;
  AstNode *wrap = node_new(b, AST_OPTIONAL_CHAIN, n);
  wrap->a = e;
  return wrap;
}

// new_expression = "new" constructor type_arguments? arguments?
static AstNode *build_new(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *e = node_new(b, AST_NEW, n);
  e->a = build_expr(b, kid_field(b, k, b->f.constructor));
  TSNode args = kid_field(b, k, b->f.arguments);
  if (!ts_node_is_null(args))
    build_arguments(b, args, &e->list);
  return e;
}

// meta_property = "new" "." "target" | "import" "." "meta"
static AstNode *build_meta(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  if (kids_have(b, k, TK_TARGET))
    return node_new(b, AST_NEW_TARGET, n);
  if (kids_have(b, k, TK_META))
    return node_new(b, AST_IMPORT_META, n);
  return build_unsupported(b, n);
}

// parenthesized_expression = "(" (expression | sequence_expression) ")"
static AstNode *build_paren(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  TSNode inner = first_named(b, k);
  if (ts_node_is_null(inner))
    return build_unsupported(b, n);
  AstNode *e = build_expr(b, inner);
  e->flags |= AST_F_PARENS;
  return e;
}

// TypeScript wrappers that vanish: `x as T`, `x satisfies T`, `x!`, `<T>x`,
// `f<T>`. The operand is the first named child that is not a type.
static AstNode *build_erased(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  TSNode inner = first_named(b, k);
  if (ts_node_is_null(inner))
    return build_unsupported(b, n);
  return build_expr(b, inner);
}

static AstNode *build_expr_kind(Builder *b, TSNode n, NodeType t) {
  switch (t) {
  case NT_parenthesized_expression: return build_paren(b, n);
  case NT_identifier:
  case NT_undefined: return build_ident(b, n);
  case NT_this: return node_new(b, AST_THIS, n);
  case NT_super: return node_new(b, AST_SUPER, n);
  case NT_null: return node_new(b, AST_NULL, n);
  case NT_true: return node_new(b, AST_TRUE, n);
  case NT_false: return node_new(b, AST_FALSE, n);
  case NT_number: return build_number(b, n);
  case NT_string: return build_string(b, n);
  case NT_template_string: return build_template(b, n, false);
  case NT_regex: return build_regex(b, n);
  case NT_array: {
    AstNode *arr = node_new(b, AST_ARRAY, n);
    build_elements(b, n, &arr->list, false);
    return arr;
  }
  case NT_object: return build_object(b, n);
  case NT_function_expression:
  case NT_generator_function: return build_function(b, n, AST_FUNC_EXPR);
  case NT_arrow_function: return build_function(b, n, AST_ARROW);
  case NT_class: return build_class(b, n, AST_CLASS_EXPR);
  case NT_unary_expression: return build_unary(b, n);
  case NT_update_expression: return build_update(b, n);
  case NT_binary_expression: return build_binary(b, n);
  case NT_assignment_expression: return build_assign(b, n, false);
  case NT_augmented_assignment_expression: return build_assign(b, n, true);
  case NT_ternary_expression: return build_cond(b, n);
  case NT_call_expression:
  case NT_member_expression:
  case NT_subscript_expression: return build_chain(b, n);
  case NT_new_expression: return build_new(b, n);
  case NT_sequence_expression: {
    AstNode *seq = node_new(b, AST_SEQUENCE, n);
    collect_sequence(b, n, &seq->list);
    return seq;
  }
  case NT_spread_element: return build_spread(b, n, AST_SPREAD);
  case NT_yield_expression: return build_yield(b, n);
  case NT_await_expression: {
    Kids k = kids_of(b, n);
    AstNode *e = node_new(b, AST_AWAIT, n);
    e->a = build_expr(b, first_named(b, k));
    return e;
  }
  case NT_meta_property: return build_meta(b, n);
  case NT_as_expression:
  case NT_satisfies_expression:
  case NT_non_null_expression:
  case NT_type_assertion:
  case NT_instantiation_expression: return build_erased(b, n);
  case NT_internal_module:
    build_not_yet(b, n, "TypeScript namespaces are not supported yet");
    return node_new(b, AST_NULL, n);
  // Pattern nodes reach here as for-in/of heads and assignment targets.
  case NT_array_pattern:
  case NT_object_pattern:
  case NT_rest_pattern:
  case NT_assignment_pattern: return build_pattern(b, n);
  default: return build_unsupported(b, n);
  }
}

AstNode *build_expr(Builder *b, TSNode n) {
  if (ts_node_is_null(n))
    return build_missing(b);
  if (!build_enter(b, n))
    return node_new(b, AST_NULL, n);
  int saved = b->nkids;
  AstNode *e = build_expr_kind(b, n, node_type(b, n));
  b->nkids = saved;
  b->depth--;
  return e;
}

// --- patterns ---

// object_pattern = "{" (pair_pattern | shorthand_property_identifier_pattern
//                  | object_assignment_pattern | rest_pattern), ... "}"
// object_assignment_pattern = left:shorthand_property_identifier_pattern
//                             "=" right:expression
static AstNode *build_object_pattern(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *pat = node_new(b, AST_OBJECT_PATTERN, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    AstNode *p = NULL;
    int top = b->nkids;
    if (c.type == NT_pair_pattern) {
      p = build_pair(b, c.node, true);
    } else if (c.type == NT_shorthand_property_identifier_pattern) {
      p = build_shorthand(b, c.node);
    } else if (c.type == NT_rest_pattern) {
      p = build_spread(b, c.node, AST_REST);
    } else if (c.type == NT_object_assignment_pattern) {
      Kids ak = kids_of(b, c.node);
      TSNode left = kid_field(b, ak, b->f.left);
      if (node_type(b, left) != NT_shorthand_property_identifier_pattern) {
        p = build_unsupported(b, c.node);
      } else {
        p = build_shorthand(b, left);
        p->span = source_span(b->src, ts_node_start_byte(c.node),
                              ts_node_end_byte(c.node));
        AstNode *def = node_new(b, AST_ASSIGN_PATTERN, c.node);
        def->a = p->b;
        def->b = build_expr(b, kid_field(b, ak, b->f.right));
        p->b = def;
      }
    } else if (c.type < TK_OTHER && ts_node_is_named(c.node)) {
      p = build_unsupported(b, c.node);
    }
    b->nkids = top;
    if (p)
      ast_list_push(&pat->list, p);
  }
  return pat;
}

static AstNode *build_pattern_kind(Builder *b, TSNode n, NodeType t) {
  switch (t) {
  case NT_identifier:
  case NT_undefined: return build_ident(b, n);
  case NT_array_pattern: {
    AstNode *pat = node_new(b, AST_ARRAY_PATTERN, n);
    build_elements(b, n, &pat->list, true);
    return pat;
  }
  case NT_object_pattern: return build_object_pattern(b, n);
  case NT_rest_pattern: return build_spread(b, n, AST_REST);
  // assignment_pattern = left:pattern "=" right:expression
  case NT_assignment_pattern: {
    Kids k = kids_of(b, n);
    AstNode *pat = node_new(b, AST_ASSIGN_PATTERN, n);
    pat->a = build_pattern(b, kid_field(b, k, b->f.left));
    pat->b = build_expr(b, kid_field(b, k, b->f.right));
    return pat;
  }
  default:
    // Member expressions, parenthesized targets, TypeScript `x!`, and object
    // or array literals in assignment position.
    return expr_to_pattern(build_expr(b, n));
  }
}

AstNode *build_pattern(Builder *b, TSNode n) {
  if (ts_node_is_null(n))
    return build_missing(b);
  if (!build_enter(b, n))
    return node_new(b, AST_NULL, n);
  int saved = b->nkids;
  AstNode *p = build_pattern_kind(b, n, node_type(b, n));
  b->nkids = saved;
  b->depth--;
  return p;
}

// The left side of `=`: `(x) = 1` stays an expression with AST_F_PARENS.
AstNode *build_assign_target(Builder *b, TSNode n) {
  if (node_type(b, n) == NT_parenthesized_expression)
    return build_expr(b, n);
  return build_pattern(b, n);
}

static AstNode *element_to_pattern(AstNode *e) {
  if (e->kind == AST_ASSIGN && e->op == AST_OP_ASSIGN &&
      !(e->flags & AST_F_PARENS)) {
    e->kind = AST_ASSIGN_PATTERN;
    e->op = 0;
    e->a = expr_to_pattern(e->a);
    return e;
  }
  if (e->kind == AST_SPREAD) {
    e->kind = AST_REST;
    e->a = expr_to_pattern(e->a);
    return e;
  }
  return expr_to_pattern(e);
}

// Converts an object/array literal used as an assignment target into the
// corresponding pattern, in place (ECMA-262 #sec-destructuring-assignment).
// Anything that cannot be a pattern is left for the resolver to reject.
AstNode *expr_to_pattern(AstNode *e) {
  if (!e || (e->flags & AST_F_PARENS))
    return e;
  if (e->kind == AST_ARRAY) {
    e->kind = AST_ARRAY_PATTERN;
    for (int i = 0; i < e->list.len; i++)
      e->list.items[i] = element_to_pattern(e->list.items[i]);
  } else if (e->kind == AST_OBJECT) {
    e->kind = AST_OBJECT_PATTERN;
    for (int i = 0; i < e->list.len; i++) {
      AstNode *p = e->list.items[i];
      if (p->kind != AST_PROPERTY)
        continue;
      if (p->op == AST_PROP_INIT) {
        p->b = element_to_pattern(p->b);
      } else if (p->op == AST_PROP_SPREAD) {
        p->kind = AST_REST;
        p->op = 0;
        p->a = expr_to_pattern(p->a);
      }
    }
  }
  return e;
}
