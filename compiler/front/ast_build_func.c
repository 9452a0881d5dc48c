// SPDX-License-Identifier: MIT
//
// ast_build_func.c: CST -> AST, part 3: functions, parameters, methods and
// classes, with TypeScript's annotations on them erased.
//
// Erased: type parameters, parameter and return types, `this` parameters,
// optional markers, access modifiers, readonly/override/abstract, overload
// signatures and abstract members (declarations without a body), `declare`
// fields. Parameter properties are handed to ast_build_ts.c. Decorators and
// `accessor` fields are kept (AST_CLASS_* list2, AST_CLASS_MEMBER list,
// parameters' list2, AST_F_ACCESSOR) for pass/ts_decorators.c, which lowers
// them with or without decorators.
#include "ast_build.h"

#include <string.h>

// decorator = "@" (identifier | member_expression | call_expression
//     | parenthesized_expression): the expression, lowered later by
// pass/ts_decorators.c.
AstNode *build_decorator(Builder *b, TSNode n) {
  Kids k = kids_of(b, n);
  TSNode e = first_named(b, k);
  if (ts_node_is_null(e))
    return build_unsupported(b, n);
  return build_expr(b, e);
}

// --- emitDecoratorMetadata ---

// What tsc's emitDecoratorMetadata writes for type annotation [t] (a
// type_annotation or a type): the constructor as JavaScript text, "Object"
// when unknown, "void 0" for void/undefined/null. Without a type checker,
// a named type is looked up when the program runs (`typeof X === "function"
// ? X : Object`): a class gives itself, an interface or type parameter
// (no such value) Object. Kept in the `raw` of parameters, class fields and
// class methods' functions, for pass/ts_decorators.c.
static const char *design_type(Builder *b, TSNode t) {
  if (ts_node_is_null(t))
    return "Object";
  const char *type = ts_node_type(t);
  size_t len;
  if (strcmp(type, "type_annotation") == 0 || strcmp(type, "parenthesized_type") == 0 ||
      strcmp(type, "readonly_type") == 0) {
    Kids k = kids_of(b, t);
    return design_type(b, first_named(b, k));
  }
  if (strcmp(type, "predefined_type") == 0) {
    const char *w = node_text(b, t, &len);
    static const char *const map[][2] = {
        {"number", "Number"}, {"string", "String"}, {"boolean", "Boolean"},
        {"symbol", "Symbol"}, {"bigint", "BigInt"}, {"void", "void 0"},
        {"undefined", "void 0"}, {"never", "void 0"}, {"null", "void 0"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
      if (strlen(map[i][0]) == len && memcmp(w, map[i][0], len) == 0)
        return map[i][1];
    return "Object";
  }
  if (strcmp(type, "array_type") == 0 || strcmp(type, "tuple_type") == 0)
    return "Array";
  if (strcmp(type, "function_type") == 0 || strcmp(type, "constructor_type") == 0)
    return "Function";
  if (strcmp(type, "template_literal_type") == 0)
    return "String";
  if (strcmp(type, "type_predicate") == 0 || strcmp(type, "type_predicate_annotation") == 0)
    return "Boolean";
  if (strcmp(type, "literal_type") == 0) {
    Kids k = kids_of(b, t);
    TSNode v = first_named(b, k);
    const char *vt = ts_node_is_null(v) ? "" : ts_node_type(v);
    if (strcmp(vt, "string") == 0)
      return "String";
    if (strcmp(vt, "number") == 0 || strcmp(vt, "unary_expression") == 0)
      return "Number";
    if (strcmp(vt, "true") == 0 || strcmp(vt, "false") == 0)
      return "Boolean";
    if (strcmp(vt, "null") == 0 || strcmp(vt, "undefined") == 0)
      return "void 0";
    return "Object";
  }
  if (strcmp(type, "union_type") == 0 || strcmp(type, "intersection_type") == 0) {
    // The one constructor every member has (null and undefined aside).
    Kids k = kids_of(b, t);
    const char *one = NULL;
    for (int i = 0; i < k.len; i++) {
      Kid c = kid_at(b, k, i);
      if (!ts_node_is_named(c.node))
        continue;
      const char *m = design_type(b, c.node);
      if (strcmp(m, "void 0") == 0)
        continue;
      if (strcmp(m, "Object") == 0 || (one && strcmp(one, m) != 0))
        return "Object";
      one = m;
    }
    return one ? one : "void 0";
  }
  if (strcmp(type, "generic_type") == 0) {
    Kids k = kids_of(b, t);
    return design_type(b, kid_field(b, k, b->f.name));
  }
  if (strcmp(type, "type_identifier") == 0 || strcmp(type, "identifier") == 0) {
    const char *w = node_text(b, t, &len);
    static const char *const globals[] = {
        "Number", "String", "Boolean", "Symbol", "BigInt", "Object", "Function",
        "Array", "Date", "RegExp", "Error", "Map", "Set", "WeakMap", "WeakSet",
        "Promise"};
    if (len == 6 && memcmp(w, "bigint", 6) == 0)
      return "BigInt";  // the grammar reads it as a type name
    for (size_t i = 0; i < sizeof globals / sizeof globals[0]; i++)
      if (strlen(globals[i]) == len && memcmp(w, globals[i], len) == 0)
        return globals[i];
    return arena_printf("(typeof %.*s === \"function\" ? %.*s : Object)", (int)len, w,
                        (int)len, w);
  }
  if (strcmp(type, "nested_type_identifier") == 0) {
    const char *w = node_text(b, t, &len);
    const char *dot = memchr(w, '.', len);
    int head = dot ? (int)(dot - w) : (int)len;
    return arena_printf("(typeof %.*s !== \"undefined\" && typeof %.*s === \"function\" ? "
                        "%.*s : Object)",
                        head, w, (int)len, w, (int)len, w);
  }
  return "Object";
}

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
  if (b->typescript) {
    TSNode type = kid_field(b, k, b->f.type);
    p->raw = design_type(b, type);
    p->raw_len = strlen(p->raw);
  }
  for (int i = 0; i < k.len; i++) {  // parameter decorators (legacy)
    Kid c = kid_at(b, k, i);
    if (c.type == NT_decorator)
      ast_list_push(&p->list2, build_decorator(b, c.node));
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
  bool is_static, is_get, is_set, erased, is_accessor, is_declare;
} MethodInfo;

// Modifier tokens before a method or field name; decorators go to [decos]
// (NULL: not allowed here).
static MethodInfo method_modifiers(Builder *b, Kids k, AstNode *fn,
                                   AstList *decos) {
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
    case TK_DECLARE: m.is_declare = m.erased = true; break;
    case TK_ABSTRACT: m.erased = true; break;
    case NT_decorator:
      if (decos)
        ast_list_push(decos, build_decorator(b, c.node));
      else
        build_unsupported(b, c.node);
      break;
    case TK_ACCESSOR:
      if (fn) {
        build_error(b, c.node, "unsupported syntax: accessor fields");
      } else {
        m.is_accessor = true;  // lowered by pass/ts_decorators.c
        for (int j = 0; j < b->nstatic_accessors; j++)
          if (b->static_accessors[j] == ts_node_start_byte(c.node))
            m.is_static = true;  // `static accessor`, see parse_ts.c
      }
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
static AstNode *build_method_fn(Builder *b, TSNode n, Kids k, MethodInfo *m,
                                AstList *decos) {
  AstNode *fn = node_new(b, AST_FUNC_EXPR, n);
  *m = method_modifiers(b, k, fn, decos);
  build_fn_parts(b, k, fn);
  return fn;
}

AstNode *build_object_method(Builder *b, TSNode n) {
  int saved = b->nkids;
  Kids k = kids_of(b, n);
  AstNode *p = node_new(b, AST_PROPERTY, n);
  p->a = build_key(b, kid_field(b, k, b->f.name), &p->flags);
  MethodInfo m;
  p->b = build_method_fn(b, n, k, &m, NULL);
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
  mem->b = build_method_fn(b, n, k, &m, &mem->list);
  if (b->typescript) {  // design:returntype (pass/ts_decorators.c)
    TSNode rt = kid_field(b, k, b->f.return_type);
    mem->b->raw = ts_node_is_null(rt)                  ? NULL
                  : design_type(b, rt);
    mem->b->raw_len = mem->b->raw ? strlen(mem->b->raw) : 0;
  }
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
  AstList decos = {0};
  MethodInfo m = method_modifiers(b, k, NULL, &decos);
  // A decorated `declare` field keeps its legacy decorators, not the field.
  bool legacy = ts_options()->experimental_decorators;
  if (m.erased && !(m.is_declare && decos.len > 0 && legacy))
    return NULL;
  AstNode *mem = node_new(b, AST_CLASS_MEMBER, n);
  mem->op = AST_MEMBER_FIELD;
  mem->list = decos;
  if (m.erased)
    mem->flags |= AST_F_TS_DECO_ONLY;
  if (m.is_accessor)
    mem->flags |= AST_F_ACCESSOR;
  if (b->typescript) {  // design:type (pass/ts_decorators.c)
    mem->raw = design_type(b, kid_field(b, k, b->f.type));
    mem->raw_len = strlen(mem->raw);
  }
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
      ast_list_push(&cls->list2, build_decorator(b, c.node));
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
  AstList pending = {0};  // TypeScript: decorators are class_body children
  for (int i = 0; i < mk.len; i++) {
    int top = b->nkids;
    Kid c = kid_at(b, mk, i);
    if (c.type == NT_decorator) {
      ast_list_push(&pending, build_decorator(b, c.node));
      b->nkids = top;
      continue;
    }
    AstNode *m = build_class_member(b, c);
    b->nkids = top;
    if (pending.len) {
      if (!m) {
        build_unsupported(b, c.node);
      } else {
        for (int j = 0; j < m->list.len; j++)
          ast_list_push(&pending, m->list.items[j]);
        m->list = pending;
      }
      pending = (AstList){0};
    }
    if (m)
      ast_list_push(&cls->list, m);
    if (m && (m->flags & AST_F_CONSTRUCTOR))
      ts_class_props(b, cls);  // parameter properties' fields
  }
  for (int i = 0; i < pending.len; i++)
    build_error_at(b, pending.items[i]->span.start, pending.items[i]->span.end,
                   "Decorators are not valid here.");
  ts_class_done(b, cls);
  b->nkids = saved;
  return cls;
}
