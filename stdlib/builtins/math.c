// SPDX-License-Identifier: MIT
//
// math.c: the Math namespace object (ECMA-262 #sec-math-object).
//
// Most functions are the C library's: each argument goes through ToNumber
// first (which may run user code and throw), then the spec's special cases
// that differ from C (pow, round, max/min with -0 and NaN) are handled here.
#include "../stdlib.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

// The first argument as a double; -1 when ToNumber threw.
static int arg_num(JsRt *rt, int argc, JsValue *argv, int i, double *out) {
  JsValue v = js_arg(argc, argv, i);
  if (js_is_number(v)) {
    *out = js_get_number(v);
    return 0;
  }
  return js_to_double(rt, v, out);
}

// One-argument functions share a wrapper: ToNumber, then the C function.
#define MATH_FN1(name, expr)                                                    \
  static JsValue math_##name(JsRt *rt, JsValue callee, JsValue this_val,        \
                             int argc, JsValue *argv, JsValue new_target) {     \
    double x;                                                                    \
    if (arg_num(rt, argc, argv, 0, &x) < 0)                                      \
      return JS_EXCEPTION;                                                       \
    return js_number(expr);                                                      \
  }

MATH_FN1(abs, fabs(x))
MATH_FN1(acos, acos(x))
MATH_FN1(acosh, acosh(x))
MATH_FN1(asin, asin(x))
MATH_FN1(asinh, asinh(x))
MATH_FN1(atan, atan(x))
MATH_FN1(atanh, atanh(x))
MATH_FN1(cbrt, (double)cbrtl(x))  // glibc's cbrt is not correctly rounded
MATH_FN1(ceil, ceil(x))
MATH_FN1(cos, cos(x))
MATH_FN1(cosh, cosh(x))
MATH_FN1(exp, exp(x))
MATH_FN1(expm1, expm1(x))
MATH_FN1(floor, floor(x))
MATH_FN1(fround, (double)(float)x)
MATH_FN1(log, log(x))
MATH_FN1(log1p, log1p(x))
MATH_FN1(log10, log10(x))
MATH_FN1(log2, log2(x))
MATH_FN1(sin, sin(x))
MATH_FN1(sinh, sinh(x))
MATH_FN1(sqrt, sqrt(x))
MATH_FN1(tan, tan(x))
MATH_FN1(tanh, tanh(x))
MATH_FN1(trunc, trunc(x))
MATH_FN1(sign, x > 0 ? 1.0 : x < 0 ? -1.0 : x)

static JsValue math_clz32(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  double x;
  if (arg_num(rt, argc, argv, 0, &x) < 0)
    return JS_EXCEPTION;
  uint32_t n = js_to_uint32_d(x);
  return js_int(n ? __builtin_clz(n) : 32);
}

static JsValue math_imul(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target) {
  double a, b;
  if (arg_num(rt, argc, argv, 0, &a) < 0 || arg_num(rt, argc, argv, 1, &b) < 0)
    return JS_EXCEPTION;
  uint32_t r = js_to_uint32_d(a) * js_to_uint32_d(b);
  return js_int((int32_t)r);
}

// Math.round: the nearest integer, ties toward +Infinity; -0 stays -0 and
// values in [-0.5, 0) give -0 (#sec-math.round).
static JsValue math_round(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  double x;
  if (arg_num(rt, argc, argv, 0, &x) < 0)
    return JS_EXCEPTION;
  if (!isfinite(x) || x == 0)
    return js_number(x);
  if (x < 0 && x >= -0.5)
    return js_double(-0.0);
  double r = floor(x);
  if (x - r >= 0.5)
    r += 1;
  return js_number(r);
}

static JsValue math_atan2(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  double y, x;
  if (arg_num(rt, argc, argv, 0, &y) < 0 || arg_num(rt, argc, argv, 1, &x) < 0)
    return JS_EXCEPTION;
  return js_number(atan2(y, x));
}

// Number::exponentiate (#sec-numeric-types-number-exponentiate) where it
// differs from C's pow: a NaN exponent, and |base| == 1 with an infinite
// exponent, give NaN.
static double js_pow_d(double b, double e) {
  if (isnan(e))
    return NAN;
  if (e == 0)
    return 1;
  if (fabs(b) == 1 && isinf(e))
    return NAN;
  return pow(b, e);
}

static JsValue math_pow(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                        JsValue *argv, JsValue new_target) {
  double b, e;
  if (arg_num(rt, argc, argv, 0, &b) < 0 || arg_num(rt, argc, argv, 1, &e) < 0)
    return JS_EXCEPTION;
  return js_number(js_pow_d(b, e));
}

// Math.max/min: every argument is converted first; NaN wins, and +0 is
// larger than -0.
static JsValue min_max(JsRt *rt, int argc, JsValue *argv, bool max) {
  double r = max ? -INFINITY : INFINITY;
  bool nan = false;
  for (int i = 0; i < argc; i++) {
    double x;
    if (arg_num(rt, argc, argv, i, &x) < 0)
      return JS_EXCEPTION;
    if (isnan(x))
      nan = true;
    else if (max ? (x > r || (x == 0 && r == 0 && !signbit(x)))
                 : (x < r || (x == 0 && r == 0 && signbit(x))))
      r = x;
  }
  return js_number(nan ? NAN : r);
}

static JsValue math_max(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                        JsValue *argv, JsValue new_target) {
  return min_max(rt, argc, argv, true);
}

static JsValue math_min(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                        JsValue *argv, JsValue new_target) {
  return min_max(rt, argc, argv, false);
}

// Math.hypot: scaled by the largest magnitude, Kahan-summed squares.
static JsValue math_hypot(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  double *v = js_gc_alloc_atomic(sizeof(double) * (size_t)(argc + 1));
  double max = 0;
  bool nan = false, inf = false;
  for (int i = 0; i < argc; i++) {
    if (arg_num(rt, argc, argv, i, &v[i]) < 0)
      return JS_EXCEPTION;
    v[i] = fabs(v[i]);
    inf |= isinf(v[i]);
    nan |= isnan(v[i]);
    if (v[i] > max)
      max = v[i];
  }
  if (inf)
    return js_number(INFINITY);
  if (nan)
    return js_number(NAN);
  if (max == 0)
    return js_int(0);
  double sum = 0, comp = 0;
  for (int i = 0; i < argc; i++) {
    double n = v[i] / max;
    double term = n * n - comp;
    double t = sum + term;
    comp = (t - sum) - term;
    sum = t;
  }
  return js_number(sqrt(sum) * max);
}

// Math.random: xorshift128+, seeded once from the clock.
static uint64_t rng_state[2];

static uint64_t rng_next(void) {
  if (!rng_state[0] && !rng_state[1]) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t seed = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec;
    // splitmix64 spreads the seed over both state words
    for (int i = 0; i < 2; i++) {
      uint64_t z = (seed += 0x9e3779b97f4a7c15ull);
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
      rng_state[i] = z ^ (z >> 31);
    }
  }
  uint64_t s1 = rng_state[0], s0 = rng_state[1];
  rng_state[0] = s0;
  s1 ^= s1 << 23;
  rng_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
  return rng_state[1] + s0;
}

static JsValue math_random(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return js_double((double)(rng_next() >> 11) * 0x1.0p-53);
}

// ---------------------------------------------------------------------------
// Math.sumPrecise (#sec-math.sumprecise): the exact sum of finite doubles in
// a fixed-point accumulator of 32-bit digits (bit 0 is 2^-1074), rounded
// once to nearest, ties to even.
// ---------------------------------------------------------------------------

#define SUM_LIMBS 72  // 2098 bits of doubles plus 53 of carry headroom

typedef struct ExactSum {
  int64_t limb[SUM_LIMBS];
  uint32_t pending;  // additions since the last carry pass
} ExactSum;

static void sum_carry(ExactSum *s) {
  for (int i = 0; i + 1 < SUM_LIMBS; i++) {
    int64_t c = s->limb[i] >> 32;  // floor division: digits end in [0, 2^32)
    s->limb[i] -= c * ((int64_t)1 << 32);
    s->limb[i + 1] += c;
  }
  s->pending = 0;
}

static void sum_add(ExactSum *s, double d) {
  int e;
  double f = frexp(fabs(d), &e);          // |d| = f * 2^e, f in [0.5, 1)
  uint64_t m = (uint64_t)ldexp(f, 53);    // |d| = m * 2^(e - 53)
  int shift = e - 53 + 1074;
  if (shift < 0) {                        // subnormal: m has trailing zeros
    m >>= -shift;
    shift = 0;
  }
  int64_t sign = d < 0 ? -1 : 1;
  int i = shift / 32;
  unsigned __int128 v = (unsigned __int128)m << (shift % 32);
  for (int k = 0; k < 3 && i + k < SUM_LIMBS; k++)
    s->limb[i + k] += sign * (int64_t)(uint32_t)(v >> (32 * k));
  if (++s->pending >= (1u << 28))
    sum_carry(s);
}

static int sum_bit(const ExactSum *s, int i) {
  return (int)((s->limb[i / 32] >> (i % 32)) & 1);
}

static double sum_round(ExactSum *s) {
  sum_carry(s);
  bool neg = s->limb[SUM_LIMBS - 1] < 0;
  if (neg) {
    for (int i = 0; i < SUM_LIMBS; i++)
      s->limb[i] = -s->limb[i];
    sum_carry(s);
  }
  int top = -1;
  for (int i = SUM_LIMBS * 32 - 1; i >= 0; i--)
    if (sum_bit(s, i)) {
      top = i;
      break;
    }
  if (top < 0)
    return 0;  // finite values summing to exactly zero give +0
  double r;
  if (top < 53) {
    uint64_t m = 0;
    for (int i = top; i >= 0; i--)
      m = m << 1 | (uint64_t)sum_bit(s, i);
    r = ldexp((double)m, -1074);
  } else {
    uint64_t m = 0;
    for (int i = top; i > top - 53; i--)
      m = m << 1 | (uint64_t)sum_bit(s, i);
    int round = sum_bit(s, top - 53), sticky = 0;
    for (int i = top - 54; i >= 0 && !sticky; i--)
      sticky = sum_bit(s, i);
    if (round && (sticky || (m & 1)))
      m++;
    r = ldexp((double)m, top - 52 - 1074);  // m == 2^53 is still exact
  }
  return neg ? -r : r;
}

static JsValue math_sum_precise(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  JsValue items = js_arg(argc, argv, 0), next, v;
  if (js_is_nullish(items))
    return js_throw_type_error(rt, "%s is not iterable", js_value_cstr_short(rt, items));
  JsValue iter = js_get_iterator(rt, items, &next);
  if (js_is_exception(iter))
    return iter;
  ExactSum *s = calloc(1, sizeof(ExactSum));
  bool nan = false, pinf = false, ninf = false, minus_zero = true;
  for (;;) {
    JsValue r = js_iterator_step(rt, iter, next, &v);
    if (js_is_exception(r)) {
      free(s);
      return r;
    }
    if (r == JS_FALSE)
      break;
    if (!js_is_number(v)) {
      free(s);
      js_throw_type_error(rt, "%s is not a number", js_value_cstr_short(rt, v));
      js_iterator_close(rt, iter, true);
      return JS_EXCEPTION;
    }
    double d = js_get_number(v);
    if (isnan(d))
      nan = true;
    else if (isinf(d))
      *(d > 0 ? &pinf : &ninf) = true;
    else if (!(d == 0 && signbit(d))) {
      minus_zero = false;
      if (d != 0)
        sum_add(s, d);
    }
  }
  double out = nan || (pinf && ninf) ? NAN : pinf ? INFINITY : ninf ? -INFINITY
             : minus_zero ? -0.0 : sum_round(s);
  free(s);
  return js_number(out);
}

static const JsNativeDef math_funcs[] = {
  JS_FN("abs", math_abs, 1),     JS_FN("acos", math_acos, 1),
  JS_FN("acosh", math_acosh, 1), JS_FN("asin", math_asin, 1),
  JS_FN("asinh", math_asinh, 1), JS_FN("atan", math_atan, 1),
  JS_FN("atanh", math_atanh, 1), JS_FN("atan2", math_atan2, 2),
  JS_FN("ceil", math_ceil, 1),   JS_FN("cbrt", math_cbrt, 1),
  JS_FN("expm1", math_expm1, 1), JS_FN("clz32", math_clz32, 1),
  JS_FN("cos", math_cos, 1),     JS_FN("cosh", math_cosh, 1),
  JS_FN("exp", math_exp, 1),     JS_FN("floor", math_floor, 1),
  JS_FN("fround", math_fround, 1), JS_FN("hypot", math_hypot, 2),
  JS_FN("sumPrecise", math_sum_precise, 1),
  JS_FN("imul", math_imul, 2),   JS_FN("log", math_log, 1),
  JS_FN("log1p", math_log1p, 1), JS_FN("log2", math_log2, 1),
  JS_FN("log10", math_log10, 1), JS_FN("max", math_max, 2),
  JS_FN("min", math_min, 2),     JS_FN("pow", math_pow, 2),
  JS_FN("random", math_random, 0), JS_FN("round", math_round, 1),
  JS_FN("sign", math_sign, 1),   JS_FN("sin", math_sin, 1),
  JS_FN("sinh", math_sinh, 1),   JS_FN("sqrt", math_sqrt, 1),
  JS_FN("tan", math_tan, 1),     JS_FN("tanh", math_tanh, 1),
  JS_FN("trunc", math_trunc, 1),
};

void stdlib_math_init(JsRt *rt) {
  JsValue math = js_new_object(rt);
  JS_INSTALL(rt, math, math_funcs);
  static const struct { const char *name; double v; } consts[] = {
    { "E", 2.718281828459045 },       { "LN10", 2.302585092994046 },
    { "LN2", 0.6931471805599453 },    { "LOG10E", 0.4342944819032518 },
    { "LOG2E", 1.4426950408889634 },  { "PI", 3.141592653589793 },
    { "SQRT1_2", 0.7071067811865476 }, { "SQRT2", 1.4142135623730951 },
  };
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    js_define_value(rt, math, js_atom_cstr(rt, consts[i].name),
                    js_number(consts[i].v), 0);
  js_define_value(rt, math, rt->sym_to_string_tag, js_new_cstring(rt, "Math"),
                  JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Math"), math,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
