// SPDX-License-Identifier: MIT
//
// bigint.c: the BigInt constructor, BigInt.asIntN/asUintN and
// BigInt.prototype (ECMA-262 #sec-bigint-objects). The values and their
// arithmetic live in runtime/bigint.c.
#include "../stdlib.h"

#include <math.h>

// BigInt(value): ECMA-262 #sec-bigint-constructor-number-value
static JsValue bigint_ctor(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  if (!js_is_undefined(new_target))
    return js_throw_type_error(rt, "BigInt is not a constructor");
  JsValue prim = js_to_primitive(rt, js_arg(argc, argv, 0), 1);
  if (js_is_exception(prim))
    return prim;
  if (!js_is_number(prim))
    return js_to_bigint(rt, prim);
  // NumberToBigInt (#sec-numbertobigint)
  double d = js_get_number(prim);
  if (!isfinite(d) || trunc(d) != d)
    return js_throw_range_error(
        rt, "The number %s cannot be converted to a BigInt because it is not an integer",
        js_cstr(rt, prim));
  return js_bigint_from_double(rt, d);
}

// ToIndex (#sec-toindex) with V8's message.
static int to_index(JsRt *rt, JsValue v, uint64_t *out) {
  double d;
  if (js_to_integer(rt, v, &d) < 0)
    return -1;
  if (d < 0 || d > 9007199254740991.0) {
    js_throw_range_error(rt, "Invalid value: not (convertible to) a safe integer");
    return -1;
  }
  *out = (uint64_t)d;
  return 0;
}

static JsValue as_n(JsRt *rt, int argc, JsValue *argv, bool is_signed) {
  uint64_t bits;
  if (to_index(rt, js_arg(argc, argv, 0), &bits) < 0)
    return JS_EXCEPTION;
  JsValue v = js_to_bigint(rt, js_arg(argc, argv, 1));
  if (js_is_exception(v))
    return v;
  return js_bigint_as_n(rt, bits, v, is_signed);
}

// BigInt.asIntN(bits, bigint): ECMA-262 #sec-bigint.asintn
static JsValue bigint_as_int_n(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  return as_n(rt, argc, argv, true);
}

// BigInt.asUintN(bits, bigint): ECMA-262 #sec-bigint.asuintn
static JsValue bigint_as_uint_n(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return as_n(rt, argc, argv, false);
}

// thisBigIntValue (#sec-thisbigintvalue).
static JsValue this_bigint(JsRt *rt, JsValue v, const char *method) {
  if (js_is_bigint(v))
    return v;
  if (js_class_of(v) == JS_CLASS_BIGINT)
    return js_boxed_value(js_obj(v));
  return js_throw_type_error(rt, "BigInt.prototype.%s requires that 'this' be a BigInt",
                             method);
}

// BigInt.prototype.toString([radix]): ECMA-262 #sec-bigint.prototype.tostring
static JsValue bigint_proto_to_string(JsRt *rt, JsValue callee, JsValue this_val,
                                      int argc, JsValue *argv, JsValue new_target) {
  JsValue x = this_bigint(rt, this_val, "toString");
  if (js_is_exception(x))
    return x;
  double radix = 10;
  JsValue r = js_arg(argc, argv, 0);
  if (!js_is_undefined(r) && js_to_integer(rt, r, &radix) < 0)
    return JS_EXCEPTION;
  if (radix < 2 || radix > 36)
    return js_throw_range_error(rt, "toString() radix argument must be between 2 and 36");
  return js_bigint_to_string(rt, x, (int)radix);
}

// BigInt.prototype.toLocaleString(): en-US grouping, as node's ICU prints
// it (123456789n -> "123,456,789"); with locales or options given,
// Intl.NumberFormat (js_intl_to_locale_string, number.c).
static JsValue bigint_proto_to_locale_string(JsRt *rt, JsValue callee, JsValue this_val,
                                             int argc, JsValue *argv,
                                             JsValue new_target) {
  JsValue x = this_bigint(rt, this_val, "toLocaleString");
  if (js_is_exception(x))
    return x;
  bool handled;
  JsValue r = js_intl_to_locale_string(rt, x, argc, argv, &handled);
  if (handled)
    return r;
  JsString *s = js_str_flatten(rt, js_str(js_bigint_to_string(rt, x, 10)));
  uint32_t len = js_str_len(s), start = js_str_at(s, 0) == '-';
  JsStrBuf sb;
  js_sb_init(&sb);
  for (uint32_t i = 0; i < len; i++) {
    if (i > start && (len - i) % 3 == 0)
      js_sb_putc(&sb, ',');
    js_sb_putc(&sb, js_str_at(s, i));
  }
  return js_sb_finish(rt, &sb);
}

// BigInt.prototype.valueOf(): ECMA-262 #sec-bigint.prototype.valueof
static JsValue bigint_proto_value_of(JsRt *rt, JsValue callee, JsValue this_val,
                                     int argc, JsValue *argv, JsValue new_target) {
  return this_bigint(rt, this_val, "valueOf");
}

static const JsNativeDef bigint_static_funcs[] = {
  JS_FN("asIntN", bigint_as_int_n, 2),
  JS_FN("asUintN", bigint_as_uint_n, 2),
};

static const JsNativeDef bigint_proto_funcs[] = {
  JS_FN("toLocaleString", bigint_proto_to_locale_string, 0),
  JS_FN("toString", bigint_proto_to_string, 0),
  JS_FN("valueOf", bigint_proto_value_of, 0),
};

void stdlib_bigint_init(JsRt *rt) {
  // BigInt.prototype is an ordinary object (#sec-properties-of-the-bigint-prototype-object).
  JsValue proto = rt->bigint_proto;
  if (!js_is_object(proto)) {
    proto = js_new_object(rt);
    rt->bigint_proto = proto;
  }
  JsValue ctor = js_new_native_ctor(rt, bigint_ctor, "BigInt", 1, proto);
  JS_INSTALL(rt, ctor, bigint_static_funcs);
  JS_INSTALL(rt, proto, bigint_proto_funcs);
  js_define_value(rt, proto, rt->sym_to_string_tag, js_atom_cstr(rt, "BigInt"),
                  JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "BigInt"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
