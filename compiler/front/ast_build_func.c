// SPDX-License-Identifier: MIT
//
// ast_build_func.c: CST -> AST, part 3: functions, parameters, methods and
// classes, with TypeScript's annotations on them erased.
//
// Erased: type parameters, parameter and return types, `this` parameters,
// optional markers, access modifiers, readonly/override/abstract, overload
// signatures and abstract members (declarations without a body), `declare`
// fields. Parameter properties are handed to ast_build_ts.c. Reported as
// unsupported: decorators, `accessor` fields.
#include "ast_build.h"

#include <string.h>

// --- parameters ---

// required_parameter / optional_parameter (TypeScript) =
//   decorator* accessibility_modifier? "override"? "readonly"?
//   pattern:(pattern | this) "?"? type:type_annotation? ("=" value)?
// Returns NULL for a `this` parameter, which only carries a type.
static AstNode *build_ts_param(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  TSNode pattern = kid_field(b, k, b->f.pattern);
  if (ts_node_is_null(pattern))
    pattern = kid_field(b, k, b->f.name);
  bool property = false;
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == NT_accessibility_modifier || c.type == NT_override_modifier ||
        c.type == TK_READONLY)
      property = true;
    if (c.type == NT_decorator) {
      build_unsupported(b, c.node);
      return NULL;
    }
  }
  if (ts_node_is_null(pattern))
    return build_unsupported(b, n);
  if (node_type(b, pattern) == NT_this)
    return NULL;
  AstNode *p = build_pattern(b, pattern);
  TSNode value = kid_field(b, k, b->f.value);
  if (!ts_node_is_null(value)) {
    AstNode *def = node_new(b, AST_ASSIGN_PATTERN, n);
    def->a = p;
    def->b = build_expr(b, value);
    p = def;
  }
  if (property)
    ts_param_property(b, n, p);  // `public x`: ast_build_ts.c
  return p;
}

// formal_parameters = "(" (pattern | assignment_pattern
//                          | required_parameter | optional_parameter), ... ")"
static void build_params(Builder *b, TSNode n, AstNode *fn) {
  int saved = b->nkids;
  Kids k = kids_of(b, n);
  bool simple = true;
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type >= TK_OTHER || !ts_node_is_named(c.node))
      continue;
    AstNode *p;
    if (c.type == NT_required_parameter || c.type == NT_optional_parameter)
      p = build_ts_param(b, c.node);
    else if (c.type == NT_decorator)
      p = build_unsupported(b, c.node);
    else
      p = build_pattern(b, c.node);
    if (!p)
      continue;
    if (p->kind != AST_IDENT)
      simple = false;
    ast_list_push(&fn->list, p);
  }
  if (simple)
    fn->flags |= AST_F_SIMPLE_PARAMS;
  b->nkids = saved;
}

// A function body: statement_block, with its directive prologue.
static AstNode *build_fn_body(Builder *b, TSNode body, AstNode *fn) {
  AstNode *blk = node_new(b, AST_BLOCK, body);
  int saved = b->nkids;
  build_body(b, body, &blk->list, &fn->flags);
  b->nkids = saved;
  return blk;
}

// Parameters and body of a function-like node whose children are [k]:
// `parameters` (or an arrow's bare `parameter`) and `body`.
static void build_fn_parts(Builder *b, Kids k, AstNode *fn) {
  bool saved_gen = b->in_generator;
  b->in_generator = (fn->flags & AST_F_GENERATOR) != 0;
  TSNode params = kid_field(b, k, b->f.parameters);
  TSNode param = kid_field(b, k, b->f.parameter);
  if (!ts_node_is_null(params)) {
    build_params(b, params, fn);
  } else if (!ts_node_is_null(param)) {
    ast_list_push(&fn->list, build_pattern(b, param));
    fn->flags |= AST_F_SIMPLE_PARAMS;
  }
  TSNode body = kid_field(b, k, b->f.body);
  if (ts_node_is_null(body)) {
    fn->a = build_missing(b);
  } else if (node_type(b, body) == NT_statement_block) {
    fn->a = build_fn_body(b, body, fn);
  } else {
    fn->flags |= AST_F_EXPR_BODY;
    fn->a = build_expr(b, body);
  }
  b->in_generator = saved_gen;
}

// function_declaration = "async"? "function" name:identifier
//     type_parameters? parameters:formal_parameters return_type? body
// generator_function(_declaration) = "async"? "function" "*" name? ...
// function_expression = "async"? "function" name? ...
// arrow_function = "async"? (parameter:identifier | type_parameters?
//     parameters:formal_parameters return_type?) "=>" body:(expression | block)
AstNode *build_function(Builder *b, TSNode n, AstKind kind) {
  int saved = b->nkids;
  Kids k = kids_of(b, n);
  AstNode *fn = node_new(b, kind, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == TK_ASYNC)
      fn->flags |= AST_F_ASYNC;
    else if (c.type == TK_STAR)
      fn->flags |= AST_F_GENERATOR;
  }
  TSNode name = kid_field(b, k, b->f.name);
  if (!ts_node_is_null(name)) {
    AstNode *id = build_ident(b, name);
    fn->str = id->str;
    fn->len = id->len;
  }
  build_fn_parts(b, k, fn);
  b->nkids = saved;
  return fn;
}

// --- methods ---

typedef struct MethodInfo {
  bool is_static, is_get, is_set, erased, is_accessor;
} MethodInfo;

// Modifier tokens before a method or field name.
static MethodInfo method_modifiers(Builder *b, Kids k, AstNode *fn) {
  MethodInfo m = {0};
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    switch (c.type) {
    case TK_STATIC: m.is_static = true; break;
    case TK_GET: m.is_get = true; break;
    case TK_SET: m.is_set = true; break;
    case TK_ASYNC:
      if (fn)
        fn->flags |= AST_F_ASYNC;
      break;
    case TK_STAR:
      if (fn)
        fn->flags |= AST_F_GENERATOR;
      break;
    case TK_DECLARE:
    case TK_ABSTRACT: m.erased = true; break;
    case NT_decorator: build_unsupported(b, c.node); break;
    case TK_ACCESSOR:
      if (b->typescript) {
        m.is_accessor = true;  // lowered by ast_build_ts.c
        for (int j = 0; j < b->nstatic_accessors; j++)
          if (b->static_accessors[j] == ts_node_start_byte(c.node))
            m.is_static = true;  // `static accessor`, see parse_ts.c
      }
      else
        build_error(b, c.node, "unsupported syntax: accessor fields");
      break;
    default: break;
    }
  }
  return m;
}

// method_definition = decorator* modifiers ("get" | "set" | "*")?
//     name:property_name "?"? parameters:formal_parameters return_type?
//     body:statement_block
// The method's function is a FUNC_EXPR spanning the whole definition.
static AstNode *build_method_fn(Builder *b, TSNode n, Kids k, MethodInfo *m) {
  AstNode *fn = node_new(b, AST_FUNC_EXPR, n);
  *m = method_modifiers(b, k, fn);
  build_fn_parts(b, k, fn);
  return fn;
}

AstNode *build_object_method(Builder *b, TSNode n) {
  int saved = b->nkids;
  Kids k = kids_of(b, n);
  AstNode *p = node_new(b, AST_PROPERTY, n);
  p->a = build_key(b, kid_field(b, k, b->f.name), &p->flags);
  MethodInfo m;
  p->b = build_method_fn(b, n, k, &m);
  p->op = m.is_get ? AST_PROP_GET : m.is_set ? AST_PROP_SET : AST_PROP_METHOD;
  b->nkids = saved;
  return p;
}

static bool is_constructor_key(const AstNode *key, uint32_t flags) {
  return !(flags & AST_F_COMPUTED) && key->kind == AST_STRING &&
         key->len == 11 && memcmp(key->str, "constructor", 11) == 0;
}

static AstNode *build_class_method(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *mem = node_new(b, AST_CLASS_MEMBER, n);
  mem->a = build_key(b, kid_field(b, k, b->f.name), &mem->flags);
  MethodInfo m;
  int props = ts_params_begin(b);
  mem->b = build_method_fn(b, n, k, &m);
  mem->op = m.is_get   ? AST_MEMBER_GETTER
            : m.is_set ? AST_MEMBER_SETTER
                       : AST_MEMBER_METHOD;
  if (m.is_static)
    mem->flags |= AST_F_STATIC;
  else if (mem->op == AST_MEMBER_METHOD &&
           is_constructor_key(mem->a, mem->flags))
    mem->flags |= AST_F_CONSTRUCTOR;
  if (mem->flags & AST_F_CONSTRUCTOR)
    ts_constructor_props(b, mem->b, props);  // `this.x = x;`
  return mem;
}

// field_definition = decorator* "static"? property:property_name ("=" value)?
// public_field_definition (TypeScript) = decorator* "declare"? modifiers
//     name:property_name ("?" | "!")? type:type_annotation? ("=" value)?
// A field without an initializer stays a field (initialised to undefined);
// `declare` and `abstract` fields vanish.
static AstNode *build_field(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  MethodInfo m = method_modifiers(b, k, NULL);
  if (m.erased)
    return NULL;
  AstNode *mem = node_new(b, AST_CLASS_MEMBER, n);
  mem->op = AST_MEMBER_FIELD;
  if (m.is_static)
    mem->flags |= AST_F_STATIC;
  TSNode key = kid_field(b, k, b->f.property);
  if (ts_node_is_null(key))
    key = kid_field(b, k, b->f.name);
  mem->a = build_key(b, key, &mem->flags);
  TSNode value = kid_field(b, k, b->f.value);
  if (!ts_node_is_null(value)) {
    bool saved_gen = b->in_generator;
    b->in_generator = false;
    mem->b = build_expr(b, value);
    b->in_generator = saved_gen;
  }
  if (m.is_accessor)
    return ts_accessor_field(b, n, mem);
  return mem;
}

// class_static_block = "static" body:statement_block
static AstNode *build_static_block(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  AstNode *mem = node_new(b, AST_CLASS_MEMBER, n);
  mem->op = AST_MEMBER_STATIC_BLOCK;
  mem->flags |= AST_F_STATIC;
  bool saved_gen = b->in_generator;
  b->in_generator = false;
  mem->b = build_block(b, kid_field(b, k, b->f.body));
  b->in_generator = saved_gen;
  return mem;
}

// One class_body child; NULL for erased TypeScript members and `;`.
static AstNode *build_class_member(Builder *b, Kid c) {
  switch (c.type) {
  case NT_method_definition: return build_class_method(b, c.node);
  case NT_field_definition:
  case NT_public_field_definition: return build_field(b, c.node);
  case NT_class_static_block: return build_static_block(b, c.node);
  case NT_method_signature:          // overload signature
  case NT_abstract_method_signature: // abstract member
  case NT_index_signature:           // [key: string]: T
    return NULL;
  default:
    if (c.type < TK_OTHER && ts_node_is_named(c.node))
      return build_unsupported(b, c.node);
    return NULL;
  }
}

// class_heritage = "extends" expression                       (JavaScript)
// class_heritage = extends_clause? implements_clause?         (TypeScript)
// extends_clause = "extends" value:expression type_arguments?
static AstNode *build_heritage(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == NT_implements_clause)
      continue;
    if (c.type == NT_extends_clause) {
      Kids ek = kids_of(b, c.node);
      return build_expr(b, kid_field(b, ek, b->f.value));
    }
    if (c.type < TK_OTHER && ts_node_is_named(c.node))
      return build_expr(b, c.node);
  }
  return NULL;
}

// class(_declaration) = decorator* "class" name:identifier? type_parameters?
//     class_heritage? body:class_body
// abstract_class_declaration = "abstract" "class" ... (TypeScript)
// class_body = "{" (method_definition | field_definition | class_static_block
//     | ";")* "}"
AstNode *build_class(Builder *b, TSNode n, AstKind kind) {
  int saved = b->nkids;
  Kids k = kids_of(b, n);
  AstNode *cls = node_new(b, kind, n);
  for (int i = 0; i < k.len; i++) {
    Kid c = kid_at(b, k, i);
    if (c.type == NT_decorator) {
      build_unsupported(b, c.node);
    } else if (c.type == NT_class_heritage) {
      cls->a = build_heritage(b, c.node);
    } else if (c.field && c.field == b->f.name) {
      AstNode *id = build_ident(b, c.node);
      cls->str = id->str;
      cls->len = id->len;
    }
  }
  TSNode body = kid_field(b, k, b->f.body);
  if (ts_node_is_null(body)) {
    b->nkids = saved;
    return cls;
  }
  Kids mk = kids_of(b, body);
  for (int i = 0; i < mk.len; i++) {
    int top = b->nkids;
    AstNode *m = build_class_member(b, kid_at(b, mk, i));
    b->nkids = top;
    if (m && m->kind == AST_BLOCK)  // `accessor` fields: several members
      for (int j = 0; j < m->list.len; j++)
        ast_list_push(&cls->list, m->list.items[j]);
    else if (m)
      ast_list_push(&cls->list, m);
    if (m && (m->flags & AST_F_CONSTRUCTOR))
      ts_class_props(b, cls);  // parameter properties' fields
  }
  ts_class_done(b, cls);
  b->nkids = saved;
  return cls;
}
