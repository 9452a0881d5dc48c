// SPDX-License-Identifier: MIT
//
// operators.c: the generic (slow) paths of JS operators: arithmetic and
// bitwise operators after ToNumeric, `+` with string concatenation,
// relational comparison (#sec-islessthan), loose equality
// (#sec-islooselyequal), instanceof (#sec-instanceofoperator) and `in`.
// BigInt operands go to runtime/bigint.c once both are BigInts; a BigInt
// meeting a Number in arithmetic throws.
#include "internal.h"

#include <math.h>

static bool is_bigint(JsValue v) {
  return js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT;
}

static JsValue bigint_mix(JsRt *rt) {
  return js_throw_type_error(rt, "Cannot mix BigInt and other types, use explicit conversions");
}

// ToNumeric on both operands, left first. Returns JS_EMPTY with *x, *y
// set when both are Numbers, the BigInt result of [op] when both are
// BigInts, or JS_EXCEPTION (a conversion threw, or a mix of the two).
static JsValue numeric_pair(JsRt *rt, JsBigOp op, JsValue a, JsValue b, double *x,
                            double *y) {
  JsValue na = js_to_numeric(rt, a);
  if (js_is_exception(na))
    return na;
  JsValue nb = js_to_numeric(rt, b);
  if (js_is_exception(nb))
    return nb;
  if (is_bigint(na) || is_bigint(nb)) {
    if (is_bigint(na) && is_bigint(nb))
      return js_bigint_op(rt, op, na, nb);
    return bigint_mix(rt);
  }
  *x = js_get_number(na);
  *y = js_get_number(nb);
  return JS_EMPTY;
}

JsValue js_add_slow(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_string(a) && js_is_string(b))
    return js_concat(rt, a, b);
  JsValue pa = js_to_primitive(rt, a, 0);
  if (js_is_exception(pa))
    return pa;
  JsValue pb = js_to_primitive(rt, b, 0);
  if (js_is_exception(pb))
    return pb;
  if (js_is_string(pa) || js_is_string(pb)) {
    JsValue sa = js_to_string(rt, pa);
    if (js_is_exception(sa))
      return sa;
    JsValue sb = js_to_string(rt, pb);
    if (js_is_exception(sb))
      return sb;
    return js_concat(rt, sa, sb);
  }
  double x, y;
  JsValue r = numeric_pair(rt, JS_BIG_ADD, pa, pb, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_number(x + y);
}

JsValue js_sub(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_int(a) && js_is_int(b)) {
    int64_t r = (int64_t)js_get_int(a) - js_get_int(b);
    return js_number((double)r);
  }
  double x, y;
  JsValue r = numeric_pair(rt, JS_BIG_SUB, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_number(x - y);
}

JsValue js_mul(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_int(a) && js_is_int(b)) {
    int64_t r = (int64_t)js_get_int(a) * js_get_int(b);
    if (r != 0 || (js_get_int(a) >= 0 && js_get_int(b) >= 0))
      return js_number((double)r);
  }
  double x, y;
  JsValue r = numeric_pair(rt, JS_BIG_MUL, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_number(x * y);
}

JsValue js_div(JsRt *rt, JsValue a, JsValue b) {
  double x, y;
  JsValue r = numeric_pair(rt, JS_BIG_DIV, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_number(x / y);
}

JsValue js_mod(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_int(a) && js_is_int(b)) {
    int32_t x = js_get_int(a), y = js_get_int(b);
    if (x >= 0 && y > 0)
      return js_int(x % y);
  }
  double x, y;
  JsValue r = numeric_pair(rt, JS_BIG_MOD, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_number(fmod(x, y));
}

static double js_pow_d(double x, double y) {
  if (y != y)
    return NAN;
  if (isinf(y) && fabs(x) == 1)
    return NAN;
  return pow(x, y);
}

JsValue js_pow(JsRt *rt, JsValue a, JsValue b) {
  double x, y;
  JsValue r = numeric_pair(rt, JS_BIG_POW, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_number(js_pow_d(x, y));
}

// Both operands through ToNumeric then ToInt32; returns as numeric_pair.
static JsValue int_pair(JsRt *rt, JsBigOp op, JsValue a, JsValue b, int32_t *x,
                        int32_t *y) {
  if (js_is_int(a) && js_is_int(b)) {
    *x = js_get_int(a);
    *y = js_get_int(b);
    return JS_EMPTY;
  }
  double dx, dy;
  JsValue r = numeric_pair(rt, op, a, b, &dx, &dy);
  if (r != JS_EMPTY)
    return r;
  *x = js_to_int32_d(dx);
  *y = js_to_int32_d(dy);
  return JS_EMPTY;
}

JsValue js_bit_and(JsRt *rt, JsValue a, JsValue b) {
  int32_t x, y;
  JsValue r = int_pair(rt, JS_BIG_AND, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_int(x & y);
}

JsValue js_bit_or(JsRt *rt, JsValue a, JsValue b) {
  int32_t x, y;
  JsValue r = int_pair(rt, JS_BIG_OR, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_int(x | y);
}

JsValue js_bit_xor(JsRt *rt, JsValue a, JsValue b) {
  int32_t x, y;
  JsValue r = int_pair(rt, JS_BIG_XOR, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_int(x ^ y);
}

JsValue js_shl(JsRt *rt, JsValue a, JsValue b) {
  int32_t x, y;
  JsValue r = int_pair(rt, JS_BIG_SHL, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_int((int32_t)((uint32_t)x << (y & 31)));
}

JsValue js_sar(JsRt *rt, JsValue a, JsValue b) {
  int32_t x, y;
  JsValue r = int_pair(rt, JS_BIG_SAR, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_int(x >> (y & 31));
}

JsValue js_shr(JsRt *rt, JsValue a, JsValue b) {
  int32_t x, y;
  JsValue r = int_pair(rt, JS_BIG_SHR, a, b, &x, &y);
  if (r != JS_EMPTY)
    return r;
  return js_number((double)((uint32_t)x >> (y & 31)));
}

// ToNumeric(a): JS_EMPTY with *x set for a Number, the BigInt [op] result
// for a BigInt, or JS_EXCEPTION.
static JsValue unary_numeric(JsRt *rt, JsBigOp op, JsValue a, double *x) {
  JsValue n = js_to_numeric(rt, a);
  if (js_is_exception(n))
    return n;
  if (is_bigint(n))
    return js_bigint_op(rt, op, n, n);
  *x = js_get_number(n);
  return JS_EMPTY;
}

JsValue js_neg(JsRt *rt, JsValue a) {
  if (js_is_int(a) && js_get_int(a) != 0 && js_get_int(a) != INT32_MIN)
    return js_int(-js_get_int(a));
  double x = 0;
  JsValue r = unary_numeric(rt, JS_BIG_NEG, a, &x);
  if (r != JS_EMPTY)
    return r;
  return js_number(-x);
}

JsValue js_plus(JsRt *rt, JsValue a) {
  if (js_is_number(a))
    return a;
  return js_to_number(rt, a);
}

JsValue js_bit_not(JsRt *rt, JsValue a) {
  if (js_is_int(a))
    return js_int(~js_get_int(a));
  double x = 0;
  JsValue r = unary_numeric(rt, JS_BIG_NOT, a, &x);
  if (r != JS_EMPTY)
    return r;
  return js_int(~js_to_int32_d(x));
}

JsValue js_inc(JsRt *rt, JsValue a) {
  if (js_is_int(a) && js_get_int(a) != INT32_MAX)
    return js_int(js_get_int(a) + 1);
  double x = 0;
  JsValue r = unary_numeric(rt, JS_BIG_INC, a, &x);
  if (r != JS_EMPTY)
    return r;
  return js_number(x + 1);
}

JsValue js_dec(JsRt *rt, JsValue a) {
  if (js_is_int(a) && js_get_int(a) != INT32_MIN)
    return js_int(js_get_int(a) - 1);
  double x = 0;
  JsValue r = unary_numeric(rt, JS_BIG_DEC, a, &x);
  if (r != JS_EMPTY)
    return r;
  return js_number(x - 1);
}

// IsLessThan(a, b) with a converted first: 1 true, 0 false, 2 undefined
// (NaN), -1 threw.
static int less_than(JsRt *rt, JsValue a, JsValue b, bool left_first) {
  JsValue pa, pb;
  if (left_first) {
    pa = js_to_primitive(rt, a, 1);
    if (js_is_exception(pa))
      return -1;
    pb = js_to_primitive(rt, b, 1);
    if (js_is_exception(pb))
      return -1;
  } else {
    pb = js_to_primitive(rt, b, 1);
    if (js_is_exception(pb))
      return -1;
    pa = js_to_primitive(rt, a, 1);
    if (js_is_exception(pa))
      return -1;
  }
  if (js_is_string(pa) && js_is_string(pb))
    return js_str_compare(js_str(pa), js_str(pb)) < 0;
  if (is_bigint(pa) || is_bigint(pb))
    return js_bigint_less_than(rt, pa, pb);
  double x, y;  // no BigInt here: numeric_pair can only throw
  if (left_first ? numeric_pair(rt, JS_BIG_SUB, pa, pb, &x, &y) != JS_EMPTY
                 : numeric_pair(rt, JS_BIG_SUB, pb, pa, &y, &x) != JS_EMPTY)
    return -1;
  if (x != x || y != y)
    return 2;
  return x < y;
}

JsValue js_lt(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b))
    return js_bool(js_get_number(a) < js_get_number(b));
  int r = less_than(rt, a, b, true);
  return r < 0 ? JS_EXCEPTION : js_bool(r == 1);
}

JsValue js_gt(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b))
    return js_bool(js_get_number(a) > js_get_number(b));
  int r = less_than(rt, b, a, false);
  return r < 0 ? JS_EXCEPTION : js_bool(r == 1);
}

JsValue js_le(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b))
    return js_bool(js_get_number(a) <= js_get_number(b));
  int r = less_than(rt, b, a, false);
  return r < 0 ? JS_EXCEPTION : js_bool(r == 0);
}

JsValue js_ge(JsRt *rt, JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b))
    return js_bool(js_get_number(a) >= js_get_number(b));
  int r = less_than(rt, a, b, true);
  return r < 0 ? JS_EXCEPTION : js_bool(r == 0);
}

JsValue js_loose_eq(JsRt *rt, JsValue a, JsValue b) {
  for (;;) {
    if (js_is_number(a) && js_is_number(b))
      return js_bool(js_get_number(a) == js_get_number(b));
    if (js_is_string(a) && js_is_string(b))
      return js_bool(js_str_equal(js_str(a), js_str(b)));
    if (js_is_nullish(a) || js_is_nullish(b))
      return js_bool(js_is_nullish(a) && js_is_nullish(b));
    if (a == b)
      return JS_TRUE;
    if (js_is_object(a) && js_is_object(b))
      return JS_FALSE;
    if (js_is_bool(a)) {
      a = js_int(a == JS_TRUE);
      continue;
    }
    if (js_is_bool(b)) {
      b = js_int(b == JS_TRUE);
      continue;
    }
    if (js_is_number(a) && js_is_string(b)) {
      b = js_number(js_string_to_number(js_str(b)));
      continue;
    }
    if (js_is_string(a) && js_is_number(b)) {
      a = js_number(js_string_to_number(js_str(a)));
      continue;
    }
    if (js_is_object(a) && !js_is_object(b)) {
      a = js_to_primitive(rt, a, 0);
      if (js_is_exception(a))
        return a;
      continue;
    }
    if (js_is_object(b) && !js_is_object(a)) {
      b = js_to_primitive(rt, b, 0);
      if (js_is_exception(b))
        return b;
      continue;
    }
    if (is_bigint(a) || is_bigint(b))
      return js_bigint_loose_eq(rt, a, b);
    return JS_FALSE;
  }
}

JsValue js_ordinary_has_instance(JsRt *rt, JsValue ctor, JsValue v) {
  if (!js_is_callable(ctor))
    return JS_FALSE;
  if (js_class_of(ctor) == JS_CLASS_BOUND_FUNCTION) {
    JsBound *b = js_obj(ctor)->internal;
    return js_instanceof(rt, v, b->target);
  }
  if (!js_is_object(v))
    return JS_FALSE;
  JsValue proto = js_get_prop(rt, ctor, rt->atom_prototype);
  if (js_is_exception(proto))
    return proto;
  if (!js_is_object(proto))
    return js_throw_type_error(rt, "Function has non-object prototype '%s' in instanceof check",
                               js_value_cstr_short(rt, proto));
  // js_get_proto, not ->proto: a proxy's getPrototypeOf trap must run.
  JsValue p = js_get_proto(rt, v);
  for (; js_is_object(p); p = js_get_proto(rt, p))
    if (p == proto)
      return JS_TRUE;
  return js_is_exception(p) ? p : JS_FALSE;
}

JsValue js_instanceof(JsRt *rt, JsValue v, JsValue ctor) {
  if (!js_is_object(ctor))
    return js_throw_type_error(rt, "Right-hand side of 'instanceof' is not an object");
  JsValue h = js_get_prop(rt, ctor, rt->sym_has_instance);
  if (js_is_exception(h))
    return h;
  if (!js_is_nullish(h)) {
    if (!js_is_callable(h))
      return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, h));
    JsValue arg = v;
    JsValue r = js_call(rt, h, ctor, 1, &arg);
    if (js_is_exception(r))
      return r;
    return js_bool(js_truthy(rt, r));
  }
  if (!js_is_callable(ctor))
    return js_throw_type_error(rt, "Right-hand side of 'instanceof' is not callable");
  return js_ordinary_has_instance(rt, ctor, v);
}

JsValue js_in(JsRt *rt, JsValue key, JsValue obj) {
  if (!js_is_object(obj)) {
    // V8 names the key without running its toString.
    const char *k = js_value_cstr_short(rt, key);
    return js_throw_type_error(rt, "Cannot use 'in' operator to search for '%s' in %s",
                               k, js_value_cstr_short(rt, obj));
  }
  JsValue k = js_to_property_key(rt, key);
  if (js_is_exception(k))
    return k;
  int r = js_has_property(rt, obj, k);
  return r < 0 ? JS_EXCEPTION : js_bool(r);
}
