// SPDX-License-Identifier: MIT
//
// bigint.c: BigInt values (ECMA-262 #sec-ecmascript-language-types-bigint-type):
// the representation, the arithmetic behind the operators, and the
// conversions to and from Number and String.
//
// A BigInt is an immutable cell holding a sign and a magnitude of 32-bit
// limbs, least significant first, in one atomic allocation (it holds no
// pointers). Values are normalized: no leading zero limb, and 0n (zero
// limbs) is never negative, so hdr.aux == 0 means 0n (value.c's ToBoolean
// relies on it). Every operation makes a new value. The algorithms are the
// schoolbook ones (Knuth, TAOCP 4.3.1; division is Algorithm D): quadratic,
// fine until a benchmark objects.
#include "internal.h"

#include <math.h>

typedef struct JsBigInt {
  JsCell hdr;    // kind = JS_KIND_BIGINT, flags = 1 when negative, aux = limbs
  uint32_t d[];  // magnitude, least significant limb first
} JsBigInt;

// V8's limit (BigInt::kMaxLengthBits): values have at most 2^30 bits.
#define MAX_BITS (1u << 30)
#define MAX_LIMBS (MAX_BITS / 32)

static JsBigInt *big(JsValue v) { return (JsBigInt *)(uintptr_t)v; }
static uint32_t blen(const JsBigInt *b) { return b->hdr.aux; }
static bool bneg(const JsBigInt *b) { return b->hdr.flags & 1; }

// A zeroed BigInt of [n] limbs (the caller normalizes with finish()).
static JsBigInt *alloc_limbs(uint32_t n) {
  JsBigInt *b = js_gc_alloc_atomic(sizeof(JsBigInt) + (size_t)n * 4);
  b->hdr.kind = JS_KIND_BIGINT;
  b->hdr.class_id = 0;
  b->hdr.flags = 0;
  b->hdr.aux = n;
  memset(b->d, 0, (size_t)n * 4);
  return b;
}

static JsBigInt *alloc_checked(JsRt *rt, uint64_t n) {
  if (n > MAX_LIMBS + 1) {
    js_throw_range_error(rt, "Maximum BigInt size exceeded");
    return NULL;
  }
  return alloc_limbs((uint32_t)n);
}

// Drops leading zero limbs and sets the sign (never on 0n).
static JsValue finish(JsBigInt *b, bool neg) {
  uint32_t n = b->hdr.aux;
  while (n && !b->d[n - 1])
    n--;
  b->hdr.aux = n;
  b->hdr.flags = neg && n ? 1 : 0;
  return js_from_cell(b);
}

static JsValue zero(void) { return js_from_cell(alloc_limbs(0)); }

static uint32_t limb_or_zero(const JsBigInt *b, uint64_t i) {
  return i < blen(b) ? b->d[i] : 0;
}

static uint32_t bit_length(const uint32_t *d, uint32_t n) {
  if (!n)
    return 0;
  return 32 * (n - 1) + (32 - (uint32_t)__builtin_clz(d[n - 1]));
}

// --- magnitudes ------------------------------------------------------------------
// Raw limb arrays with explicit lengths; results go into caller-sized
// buffers.

static int mag_cmp(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
  if (an != bn)
    return an < bn ? -1 : 1;
  for (uint32_t i = an; i-- > 0;)
    if (a[i] != b[i])
      return a[i] < b[i] ? -1 : 1;
  return 0;
}

// r = a + b; r has max(an, bn) + 1 limbs.
static void mag_add(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b,
                    uint32_t bn) {
  if (an < bn) {
    const uint32_t *t = a;
    a = b, b = t;
    uint32_t tn = an;
    an = bn, bn = tn;
  }
  uint64_t c = 0;
  for (uint32_t i = 0; i < an; i++) {
    c += (uint64_t)a[i] + (i < bn ? b[i] : 0);
    r[i] = (uint32_t)c;
    c >>= 32;
  }
  r[an] = (uint32_t)c;
}

// r = a - b with a >= b; r has an limbs (r may be a).
static void mag_sub(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b,
                    uint32_t bn) {
  uint64_t borrow = 0;
  for (uint32_t i = 0; i < an; i++) {
    uint64_t t = (uint64_t)a[i] - (i < bn ? b[i] : 0) - borrow;
    r[i] = (uint32_t)t;
    borrow = t >> 63;
  }
}

// r += a * b; r is zeroed and has an + bn limbs.
static void mag_mul(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b,
                    uint32_t bn) {
  for (uint32_t i = 0; i < an; i++) {
    uint64_t ai = a[i], c = 0;
    if (!ai)
      continue;
    for (uint32_t j = 0; j < bn; j++) {
      c += ai * b[j] + r[i + j];  // at most 2^64 - 1
      r[i + j] = (uint32_t)c;
      c >>= 32;
    }
    r[i + bn] = (uint32_t)c;
  }
}

// Divides a by the one-limb [v] in place; returns the remainder.
static uint32_t mag_div_small(uint32_t *a, uint32_t an, uint32_t v) {
  uint64_t rem = 0;
  for (uint32_t i = an; i-- > 0;) {
    uint64_t cur = rem << 32 | a[i];
    a[i] = (uint32_t)(cur / v);
    rem = cur % v;
  }
  return (uint32_t)rem;
}

// Knuth's Algorithm D: q = a / b (an - bn + 1 limbs), r = a % b (bn limbs),
// for an >= bn >= 2 and b[bn - 1] != 0. Either output may be NULL.
static void mag_divmod(uint32_t *q, uint32_t *r, const uint32_t *a, uint32_t an,
                       const uint32_t *b, uint32_t bn) {
  int s = __builtin_clz(b[bn - 1]);  // normalize: top bit of v set
  uint32_t *u = js_gc_alloc_atomic(((size_t)an + 1) * 4);
  uint32_t *v = js_gc_alloc_atomic((size_t)bn * 4);
  for (uint32_t i = bn; i-- > 0;)
    v[i] = s ? b[i] << s | (i ? b[i - 1] >> (32 - s) : 0) : b[i];
  u[an] = s ? a[an - 1] >> (32 - s) : 0;
  for (uint32_t i = an; i-- > 0;)
    u[i] = s ? a[i] << s | (i ? a[i - 1] >> (32 - s) : 0) : a[i];
  const uint64_t B = 1ull << 32;
  for (uint32_t j = an - bn + 1; j-- > 0;) {
    uint64_t num = (uint64_t)u[j + bn] << 32 | u[j + bn - 1];
    uint64_t qhat = num / v[bn - 1], rhat = num % v[bn - 1];
    while (qhat >= B || qhat * v[bn - 2] > (rhat << 32 | u[j + bn - 2])) {
      qhat--;
      rhat += v[bn - 1];
      if (rhat >= B)
        break;
    }
    // u[j .. j+bn] -= qhat * v
    uint64_t carry = 0, borrow = 0;
    for (uint32_t i = 0; i < bn; i++) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      uint64_t t = (uint64_t)u[i + j] - (uint32_t)p - borrow;
      u[i + j] = (uint32_t)t;
      borrow = t >> 63;
    }
    uint64_t t = (uint64_t)u[j + bn] - carry - borrow;
    u[j + bn] = (uint32_t)t;
    if (t >> 63) {  // qhat was one too large: add v back
      qhat--;
      uint64_t c = 0;
      for (uint32_t i = 0; i < bn; i++) {
        c += (uint64_t)u[i + j] + v[i];
        u[i + j] = (uint32_t)c;
        c >>= 32;
      }
      u[j + bn] += (uint32_t)c;
    }
    if (q)
      q[j] = (uint32_t)qhat;
  }
  if (r)
    for (uint32_t i = 0; i < bn; i++)
      r[i] = s ? u[i] >> s | u[i + 1] << (32 - s) : u[i];
}

// --- signed arithmetic -------------------------------------------------------------

// (-1)^aneg |a| + (-1)^bneg |b|. Throws (size).
static JsValue add_signed(JsRt *rt, const uint32_t *a, uint32_t an, bool aneg,
                          const uint32_t *b, uint32_t bn, bool bneg_) {
  if (aneg == bneg_) {
    JsBigInt *r = alloc_checked(rt, (uint64_t)(an > bn ? an : bn) + 1);
    if (!r)
      return JS_EXCEPTION;
    mag_add(r->d, a, an, b, bn);
    return finish(r, aneg);
  }
  int c = mag_cmp(a, an, b, bn);
  if (c == 0)
    return zero();
  if (c < 0) {
    const uint32_t *t = a;
    a = b, b = t;
    uint32_t tn = an;
    an = bn, bn = tn;
    aneg = bneg_;
  }
  JsBigInt *r = alloc_limbs(an);
  mag_sub(r->d, a, an, b, bn);
  return finish(r, aneg);
}

static JsValue mul(JsRt *rt, const JsBigInt *a, const JsBigInt *b) {
  if (!blen(a) || !blen(b))
    return zero();
  JsBigInt *r = alloc_checked(rt, (uint64_t)blen(a) + blen(b));
  if (!r)
    return JS_EXCEPTION;
  mag_mul(r->d, a->d, blen(a), b->d, blen(b));
  return finish(r, bneg(a) != bneg(b));
}

// a / b (truncating) or a % b (sign of a). Throws RangeError on b == 0.
static JsValue divmod(JsRt *rt, const JsBigInt *a, const JsBigInt *b, bool rem) {
  uint32_t an = blen(a), bn = blen(b);
  if (!bn)
    return js_throw_range_error(rt, "Division by zero");
  if (mag_cmp(a->d, an, b->d, bn) < 0)
    return rem ? js_from_cell(a) : zero();
  JsBigInt *q = alloc_limbs(an - bn + 1);
  JsBigInt *r = alloc_limbs(bn);
  if (bn == 1) {
    memcpy(q->d, a->d, (size_t)an * 4);
    q->hdr.aux = an;
    r->d[0] = mag_div_small(q->d, an, b->d[0]);
  } else {
    mag_divmod(q->d, r->d, a->d, an, b->d, bn);
  }
  return rem ? finish(r, bneg(a)) : finish(q, bneg(a) != bneg(b));
}

// |a| << k bits (a nonzero); the sign is kept.
static JsValue shift_left(JsRt *rt, const JsBigInt *a, uint64_t k) {
  uint64_t limbs = k / 32, bits = k % 32;
  JsBigInt *r = alloc_checked(rt, blen(a) + limbs + 1);
  if (!r)
    return JS_EXCEPTION;
  for (uint32_t i = 0; i < blen(a); i++) {
    uint64_t w = (uint64_t)a->d[i] << bits;
    r->d[i + limbs] |= (uint32_t)w;
    r->d[i + limbs + 1] = (uint32_t)(w >> 32);
  }
  return finish(r, bneg(a));
}

// floor(a / 2^k) (a nonzero).
static JsValue shift_right(JsRt *rt, const JsBigInt *a, uint64_t k) {
  uint32_t an = blen(a);
  if (k >= (uint64_t)an * 32)
    return bneg(a) ? js_bigint_from_int64(rt, -1) : zero();
  uint32_t limbs = (uint32_t)(k / 32), bits = (uint32_t)(k % 32);
  bool lost = bits && (a->d[limbs] & ((1u << bits) - 1));
  for (uint32_t i = 0; i < limbs && !lost; i++)
    lost = a->d[i] != 0;
  JsBigInt *r = alloc_limbs(an - limbs + 1);
  for (uint32_t i = limbs; i < an; i++) {
    uint64_t w = (uint64_t)a->d[i] | (i + 1 < an ? (uint64_t)a->d[i + 1] << 32 : 0);
    r->d[i - limbs] = (uint32_t)(w >> bits);
  }
  if (bneg(a) && lost) {  // round toward -infinity: one more in magnitude
    uint32_t one = 1;
    mag_add(r->d, r->d, an - limbs, &one, 1);
  }
  return finish(r, bneg(a));
}

// a << b (left) or a >> b, b any BigInt (a negative count shifts the other way).
static JsValue shift(JsRt *rt, const JsBigInt *a, const JsBigInt *b, bool left) {
  if (bneg(b))
    left = !left;
  if (!blen(a))
    return zero();
  if (blen(b) > 2 || (blen(b) == 2 && b->d[1] > 0) || b->d[0] > MAX_BITS) {
    if (left)
      return js_throw_range_error(rt, "Maximum BigInt size exceeded");
    return bneg(a) ? js_bigint_from_int64(rt, -1) : zero();
  }
  uint64_t k = blen(b) ? b->d[0] : 0;
  return left ? shift_left(rt, a, k) : shift_right(rt, a, k);
}

static JsValue power(JsRt *rt, const JsBigInt *a, const JsBigInt *b) {
  if (bneg(b))
    return js_throw_range_error(rt, "Exponent must be non-negative");
  if (!blen(b))
    return js_bigint_from_int64(rt, 1);
  uint32_t an = blen(a);
  bool odd = b->d[0] & 1;
  if (!an)
    return zero();
  if (an == 1 && a->d[0] == 1)  // 1n or -1n
    return js_bigint_from_int64(rt, bneg(a) && odd ? -1 : 1);
  // The result has about e * log2|a| bits: refuse before computing.
  uint32_t abits = bit_length(a->d, an);
  double log2a = abits > 1000 ? abits : log2(fabs(js_bigint_to_double(js_from_cell(a))));
  if (blen(b) > 1 || (double)b->d[0] * log2a > MAX_BITS + 1.0)
    return js_throw_range_error(rt, "Maximum BigInt size exceeded");
  uint32_t e = b->d[0];
  bool pow2 = a->d[an - 1] == 1u << ((abits - 1) % 32);
  for (uint32_t i = 0; pow2 && i + 1 < an; i++)
    pow2 = a->d[i] == 0;
  if (pow2) {  // (2^k)^e = 2^(k*e): one shift instead of multiplications
    JsBigInt *one = alloc_limbs(1);
    one->d[0] = 1;
    one->hdr.flags = bneg(a) && odd;
    return shift_left(rt, one, (uint64_t)(abits - 1) * e);
  }
  JsValue result = js_bigint_from_int64(rt, 1), base = js_from_cell(a);
  for (;;) {  // square-and-multiply
    if (e & 1) {
      result = mul(rt, big(result), big(base));
      if (js_is_exception(result))
        return result;
    }
    e >>= 1;
    if (!e)
      return result;
    base = mul(rt, big(base), big(base));
    if (js_is_exception(base))
      return base;
  }
}

// Writes [a] as [n] limbs of two's complement (n > blen(a)).
static void to_twos(uint32_t *r, const JsBigInt *a, uint32_t n) {
  memset(r, 0, (size_t)n * 4);
  memcpy(r, a->d, (size_t)blen(a) * 4);
  if (!bneg(a))
    return;
  uint64_t c = 1;
  for (uint32_t i = 0; i < n; i++) {
    c += (uint32_t)~r[i];
    r[i] = (uint32_t)c;
    c >>= 32;
  }
}

// Turns [n] limbs of two's complement into a value, in place.
static JsValue from_twos(JsBigInt *r, uint32_t n) {
  bool neg = r->d[n - 1] >> 31;
  if (neg) {
    uint64_t c = 1;
    for (uint32_t i = 0; i < n; i++) {
      c += (uint32_t)~r->d[i];
      r->d[i] = (uint32_t)c;
      c >>= 32;
    }
  }
  return finish(r, neg);
}

// & | ^ on the infinite two's complement forms (#sec-bigintbitwiseop).
static JsValue bitwise(JsBigOp op, const JsBigInt *a, const JsBigInt *b) {
  uint32_t n = (blen(a) > blen(b) ? blen(a) : blen(b)) + 1;
  uint32_t *x = js_gc_alloc_atomic((size_t)n * 4), *y = js_gc_alloc_atomic((size_t)n * 4);
  to_twos(x, a, n);
  to_twos(y, b, n);
  JsBigInt *r = alloc_limbs(n);
  for (uint32_t i = 0; i < n; i++)
    r->d[i] = op == JS_BIG_AND ? x[i] & y[i] : op == JS_BIG_OR ? x[i] | y[i] : x[i] ^ y[i];
  return from_twos(r, n);
}

JsValue js_bigint_op(JsRt *rt, JsBigOp op, JsValue va, JsValue vb) {
  const JsBigInt *a = big(va), *b = big(vb);
  static const uint32_t one = 1;
  switch (op) {
  case JS_BIG_ADD:
    return add_signed(rt, a->d, blen(a), bneg(a), b->d, blen(b), bneg(b));
  case JS_BIG_SUB:
    return add_signed(rt, a->d, blen(a), bneg(a), b->d, blen(b), blen(b) && !bneg(b));
  case JS_BIG_MUL:
    return mul(rt, a, b);
  case JS_BIG_DIV:
    return divmod(rt, a, b, false);
  case JS_BIG_MOD:
    return divmod(rt, a, b, true);
  case JS_BIG_POW:
    return power(rt, a, b);
  case JS_BIG_AND: case JS_BIG_OR: case JS_BIG_XOR:
    return bitwise(op, a, b);
  case JS_BIG_SHL:
    return shift(rt, a, b, true);
  case JS_BIG_SAR:
    return shift(rt, a, b, false);
  case JS_BIG_SHR:
    return js_throw_type_error(rt, "BigInts have no unsigned right shift, use >> instead");
  case JS_BIG_NEG: {
    JsBigInt *r = alloc_limbs(blen(a));
    memcpy(r->d, a->d, (size_t)blen(a) * 4);
    return finish(r, !bneg(a));
  }
  case JS_BIG_NOT:  // ~a = -a - 1
    return add_signed(rt, a->d, blen(a), blen(a) && !bneg(a), &one, 1, true);
  case JS_BIG_INC:
    return add_signed(rt, a->d, blen(a), bneg(a), &one, 1, false);
  case JS_BIG_DEC:
    return add_signed(rt, a->d, blen(a), bneg(a), &one, 1, true);
  }
  return JS_UNDEFINED;
}

// --- conversions ---------------------------------------------------------------------

JsValue js_bigint_from_int64(JsRt *rt, int64_t v) {
  (void)rt;
  uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  JsBigInt *r = alloc_limbs(2);
  r->d[0] = (uint32_t)m;
  r->d[1] = (uint32_t)(m >> 32);
  return finish(r, v < 0);
}

JsValue js_bigint_from_uint64(JsRt *rt, uint64_t v) {
  (void)rt;
  JsBigInt *r = alloc_limbs(2);
  r->d[0] = (uint32_t)v;
  r->d[1] = (uint32_t)(v >> 32);
  return finish(r, false);
}

// The value modulo 2^64 (ToBigUint64; cast to int64_t for ToBigInt64).
uint64_t js_bigint_to_uint64(JsValue v) {
  const JsBigInt *b = big(v);
  uint64_t m = (uint64_t)limb_or_zero(b, 1) << 32 | limb_or_zero(b, 0);
  return bneg(b) ? 0 - m : m;
}

// NumberToBigInt (#sec-numbertobigint) for an integral, finite [d].
JsValue js_bigint_from_double(JsRt *rt, double d) {
  bool neg = d < 0;
  d = fabs(d);
  if (d < 18446744073709551616.0) {
    uint64_t m = (uint64_t)d;
    JsBigInt *r = alloc_limbs(2);
    r->d[0] = (uint32_t)m;
    r->d[1] = (uint32_t)(m >> 32);
    return finish(r, neg);
  }
  int e;
  double m = frexp(d, &e);  // d = m * 2^e, 0.5 <= m < 1, e > 64
  uint64_t mant = (uint64_t)ldexp(m, 53);
  JsBigInt *r = alloc_limbs(2);
  r->d[0] = (uint32_t)mant;
  r->d[1] = (uint32_t)(mant >> 32);
  r->hdr.flags = neg;
  return shift_left(rt, r, (uint64_t)(e - 53));
}

// ℝ(v) rounded to the nearest Number, ties to even (Number(v)).
double js_bigint_to_double(JsValue v) {
  const JsBigInt *b = big(v);
  uint32_t n = blen(b);
  double sign = bneg(b) ? -1 : 1;
  if (n <= 2)
    return sign * (double)((uint64_t)limb_or_zero(b, 1) << 32 | limb_or_zero(b, 0));
  // The top 64 bits, with a sticky low bit standing for everything below
  // them: converting that to double rounds exactly like the whole value.
  uint32_t pos = bit_length(b->d, n) - 64, li = pos / 32, off = pos % 32;
  uint64_t lo = b->d[li], mid = limb_or_zero(b, li + 1), hi = limb_or_zero(b, li + 2);
  uint64_t top = off ? lo >> off | mid << (32 - off) | hi << (64 - off) : lo | mid << 32;
  bool sticky = off && (lo & ((1u << off) - 1));
  for (uint32_t i = 0; i < li && !sticky; i++)
    sticky = b->d[i] != 0;
  return sign * ldexp((double)(top | sticky), (int)pos);
}

static const char DIGITS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// BigInt::toString (#sec-numeric-types-bigint-tostring), radix 2..36.
JsValue js_bigint_to_string(JsRt *rt, JsValue v, int radix) {
  const JsBigInt *b = big(v);
  uint32_t n = blen(b);
  if (!n)
    return js_index_atom(rt, 0);
  // Peel off chunks of k digits: divide by radix^k, the largest power < 2^32.
  uint32_t chunk = (uint32_t)radix, k = 1;
  while ((uint64_t)chunk * (uint32_t)radix <= UINT32_MAX)
    chunk *= (uint32_t)radix, k++;
  uint32_t *t = js_gc_alloc_atomic((size_t)n * 4);
  memcpy(t, b->d, (size_t)n * 4);
  size_t cap = (size_t)n * 32 + 2, len = 0;
  char *buf = js_gc_alloc_atomic(cap);  // digits, least significant first
  while (n) {
    uint32_t r = mag_div_small(t, n, chunk);
    while (n && !t[n - 1])
      n--;
    for (uint32_t i = 0; i < k && (n || r); i++, r /= (uint32_t)radix)
      buf[len++] = DIGITS[r % (uint32_t)radix];
  }
  if (bneg(b))
    buf[len++] = '-';
  for (size_t i = 0; i < len / 2; i++) {
    char c = buf[i];
    buf[i] = buf[len - 1 - i];
    buf[len - 1 - i] = c;
  }
  return js_new_string(rt, buf, len);
}

static int digit_value(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

// Digits [p, p+n) in [radix] (already checked) as a BigInt. Throws (size).
static JsValue parse_digits(JsRt *rt, const char *p, size_t n, int radix, bool neg) {
  int bits = 1;
  while ((1 << bits) < radix)
    bits++;
  JsBigInt *r = alloc_checked(rt, ((uint64_t)n * bits + 31) / 32 + 1);
  if (!r)
    return JS_EXCEPTION;
  uint32_t len = 0;  // limbs in use
  for (size_t i = 0; i < n;) {
    uint32_t mult = 1, val = 0;  // up to k digits: mult = radix^k < 2^32
    for (; i < n && (uint64_t)mult * (uint32_t)radix <= UINT32_MAX; i++) {
      mult *= (uint32_t)radix;
      val = val * (uint32_t)radix + (uint32_t)digit_value(p[i]);
    }
    uint64_t c = val;
    for (uint32_t j = 0; j < len; j++) {
      c += (uint64_t)r->d[j] * mult;
      r->d[j] = (uint32_t)c;
      c >>= 32;
    }
    if (c)
      r->d[len++] = (uint32_t)c;
  }
  r->hdr.aux = len;
  return finish(r, neg);
}

JsValue js_bigint_literal(JsRt *rt, const char *decimal_digits) {
  return parse_digits(rt, decimal_digits, strlen(decimal_digits), 10, false);
}

// StrWhiteSpaceChar (#sec-tonumber-applied-to-the-string-type).
static bool is_space(uint16_t c) {
  return (c >= 9 && c <= 13) || c == 0x20 || c == 0xa0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
         c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

// StringToBigInt (#sec-stringtobigint): JS_UNDEFINED when [s] is not a
// StringIntegerLiteral. Throws only for a value past the size limit.
JsValue js_string_to_bigint(JsRt *rt, JsString *s) {
  js_str_flatten(rt, s);
  uint32_t a = 0, e = js_str_len(s);
  while (a < e && is_space(js_str_at(s, a)))
    a++;
  while (e > a && is_space(js_str_at(s, e - 1)))
    e--;
  char *p = js_gc_alloc_atomic((size_t)(e - a) + 1);
  size_t n = 0;
  for (uint32_t i = a; i < e; i++) {
    uint16_t c = js_str_at(s, i);
    if (c >= 128)
      return JS_UNDEFINED;
    p[n++] = (char)c;
  }
  int radix = 10;
  bool neg = false;
  if (n >= 2 && p[0] == '0' && p[1] && strchr("xXoObB", p[1])) {
    radix = p[1] == 'x' || p[1] == 'X' ? 16 : p[1] == 'o' || p[1] == 'O' ? 8 : 2;
    p += 2, n -= 2;
    if (!n)
      return JS_UNDEFINED;
  } else if (n && (p[0] == '+' || p[0] == '-')) {
    neg = p[0] == '-';
    p++, n--;
    if (!n)
      return JS_UNDEFINED;
  }
  for (size_t i = 0; i < n; i++)
    if (digit_value((unsigned char)p[i]) >= radix)
      return JS_UNDEFINED;
  return parse_digits(rt, p, n, radix, neg);
}

// ToBigInt (#sec-tobigint). Throws.
JsValue js_to_bigint(JsRt *rt, JsValue v) {
  JsValue prim = js_to_primitive(rt, v, 1);
  if (js_is_exception(prim))
    return prim;
  if (js_is_bigint(prim))
    return prim;
  if (js_is_bool(prim))
    return js_bigint_from_int64(rt, prim == JS_TRUE);
  if (js_is_string(prim)) {
    JsValue r = js_string_to_bigint(rt, js_str(prim));
    if (js_is_undefined(r))
      return js_throw_syntax_error(rt, "Cannot convert %s to a BigInt", js_cstr(rt, prim));
    return r;
  }
  return js_throw_type_error(rt, "Cannot convert %s to a BigInt",
                             js_value_cstr_short(rt, prim));
}

// --- comparison ------------------------------------------------------------------------

int js_bigint_cmp(JsValue va, JsValue vb) {
  const JsBigInt *a = big(va), *b = big(vb);
  if (bneg(a) != bneg(b))
    return bneg(a) ? -1 : 1;
  int c = mag_cmp(a->d, blen(a), b->d, blen(b));
  return bneg(a) ? -c : c;
}

bool js_bigint_equal(JsValue a, JsValue b) { return js_bigint_cmp(a, b) == 0; }

// FNV-1a over the sign and limbs: equal BigInts hash alike (Map, Set).
uint32_t js_bigint_hash(JsValue v) {
  const JsBigInt *b = big(v);
  uint32_t h = 2166136261u ^ bneg(b);
  for (uint32_t i = 0; i < blen(b); i++)
    for (int k = 0; k < 32; k += 8)
      h = (h ^ ((b->d[i] >> k) & 0xff)) * 16777619u;
  return h;
}

// Compares a BigInt with a Number: -1, 0, 1, or 2 when [d] is NaN.
int js_bigint_cmp_number(JsRt *rt, JsValue a, double d) {
  if (d != d)
    return 2;
  if (isinf(d))
    return d > 0 ? -1 : 1;
  double t = trunc(d);
  int c = js_bigint_cmp(a, js_bigint_from_double(rt, t));
  if (c)
    return c;
  return d > t ? -1 : d < t ? 1 : 0;
}

// A string operand of a comparison with a BigInt: the BigInt, JS_UNDEFINED
// when it is not one, JS_EXCEPTION.
static JsValue numeric_for_compare(JsRt *rt, JsValue v) {
  if (js_is_string(v))
    return js_string_to_bigint(rt, js_str(v));
  return js_to_numeric(rt, v);
}

int js_bigint_less_than(JsRt *rt, JsValue x, JsValue y) {
  JsValue nx = numeric_for_compare(rt, x);
  if (js_is_exception(nx))
    return -1;
  JsValue ny = numeric_for_compare(rt, y);
  if (js_is_exception(ny))
    return -1;
  if (js_is_undefined(nx) || js_is_undefined(ny))
    return 2;
  if (js_is_bigint(nx) && js_is_bigint(ny))
    return js_bigint_cmp(nx, ny) < 0;
  if (js_is_bigint(nx)) {
    int c = js_bigint_cmp_number(rt, nx, js_get_number(ny));
    return c == 2 ? 2 : c < 0;
  }
  int c = js_bigint_cmp_number(rt, ny, js_get_number(nx));
  return c == 2 ? 2 : c > 0;
}

JsValue js_bigint_loose_eq(JsRt *rt, JsValue x, JsValue y) {
  if (!js_is_bigint(x)) {
    JsValue t = x;
    x = y, y = t;
  }
  if (js_is_bigint(y))
    return js_bool(js_bigint_equal(x, y));
  if (js_is_number(y))
    return js_bool(js_bigint_cmp_number(rt, x, js_get_number(y)) == 0);
  if (js_is_string(y)) {
    JsValue n = js_string_to_bigint(rt, js_str(y));
    if (js_is_exception(n) || js_is_undefined(n))
      return js_is_exception(n) ? n : JS_FALSE;
    return js_bool(js_bigint_equal(x, n));
  }
  return JS_FALSE;
}

// BigInt.asUintN / asIntN (#sec-bigint.asuintn, #sec-bigint.asintn).
JsValue js_bigint_as_n(JsRt *rt, uint64_t bits, JsValue v, bool is_signed) {
  const JsBigInt *a = big(v);
  if (!bits)
    return zero();
  uint64_t abits = bit_length(a->d, blen(a));
  if (is_signed ? abits < bits : !bneg(a) && abits <= bits)
    return v;
  if (bits > MAX_BITS)
    return js_throw_range_error(rt, "Maximum BigInt size exceeded");
  uint32_t n = (uint32_t)((bits + 31) / 32);
  uint32_t m = n > blen(a) ? n : blen(a) + 1;
  uint32_t *t = js_gc_alloc_atomic((size_t)m * 4);
  to_twos(t, a, m);  // a mod 2^(32m), then keep [bits] bits
  JsBigInt *r = alloc_limbs(n);
  memcpy(r->d, t, (size_t)n * 4);
  uint32_t top = (uint32_t)(bits % 32);
  if (top)
    r->d[n - 1] &= (1u << top) - 1;
  bool sign = (r->d[(bits - 1) / 32] >> ((bits - 1) % 32)) & 1;
  if (!is_signed || !sign)
    return finish(r, false);
  // r - 2^bits: negative, magnitude 2^bits - r (two's complement within bits).
  uint64_t c = 1;
  for (uint32_t i = 0; i < n; i++) {
    c += (uint32_t)~r->d[i];
    r->d[i] = (uint32_t)c;
    c >>= 32;
  }
  if (top)
    r->d[n - 1] &= (1u << top) - 1;
  return finish(r, true);
}
