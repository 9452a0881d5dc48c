// SPDX-License-Identifier: MIT
//
// value.c: type conversions (ECMA-262 #sec-type-conversion) and the
// identity comparisons: ToPrimitive, ToBoolean, ToNumber, ToNumeric,
// ToString, ToPropertyKey, ToObject, typeof, SameValue(Zero), IsStrictlyEqual.
#include "internal.h"

#include <math.h>

bool js_truthy_slow(JsRt *rt, JsValue v) {
  (void)rt;
  if (js_is_number(v)) {
    double d = js_get_number(v);
    return d == d && d != 0;
  }
  if (js_is_string(v))
    return js_str_len(js_str(v)) != 0;
  if (js_is_cell(v)) {
    if (js_cell(v)->kind == JS_KIND_BIGINT)
      return js_cell(v)->aux != 0;  // bigint: aux = number of limbs (0 for 0n)
    return true;
  }
  return v == JS_TRUE;
}

// OrdinaryToPrimitive (#sec-ordinarytoprimitive).
static JsValue ordinary_to_primitive(JsRt *rt, JsValue v, int hint) {
  JsValue order[2] = {rt->atom_value_of, rt->atom_to_string};
  if (hint == 2) {
    order[0] = rt->atom_to_string;
    order[1] = rt->atom_value_of;
  }
  for (int i = 0; i < 2; i++) {
    JsValue f = js_get_prop(rt, v, order[i]);
    if (js_is_exception(f))
      return f;
    if (js_is_callable(f)) {
      JsValue r = js_call(rt, f, v, 0, NULL);
      if (js_is_exception(r) || !js_is_object(r))
        return r;
    }
  }
  return js_throw_type_error(rt, "Cannot convert object to primitive value");
}

JsValue js_to_primitive(JsRt *rt, JsValue v, int hint) {
  if (!js_is_object(v))
    return v;
  JsValue ex = js_get_prop(rt, v, rt->sym_to_primitive);
  if (js_is_exception(ex))
    return ex;
  if (!js_is_nullish(ex)) {
    if (!js_is_callable(ex))
      return js_throw_type_error(rt, "%s is not a function",
                                 js_value_cstr_short(rt, ex));
    static const char *names[] = {"default", "number", "string"};
    JsValue h = js_atom_cstr(rt, names[hint]);
    JsValue r = js_call(rt, ex, v, 1, &h);
    if (js_is_exception(r))
      return r;
    if (js_is_object(r))
      return js_throw_type_error(rt, "Cannot convert object to primitive value");
    return r;
  }
  return ordinary_to_primitive(rt, v, hint == 0 ? 1 : hint);
}

JsValue js_to_number(JsRt *rt, JsValue v) {
  if (js_is_number(v))
    return v;
  switch (v) {
  case JS_UNDEFINED:
    return js_double(NAN);
  case JS_NULL:
  case JS_FALSE:
    return js_int(0);
  case JS_TRUE:
    return js_int(1);
  }
  if (js_is_string(v))
    return js_number(js_string_to_number(js_str(v)));
  if (js_is_symbol(v))
    return js_throw_type_error(rt, "Cannot convert a Symbol value to a number");
  if (js_is_object(v)) {
    JsValue p = js_to_primitive(rt, v, 1);
    if (js_is_exception(p))
      return p;
    return js_to_number(rt, p);
  }
  if (js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT)
    return js_throw_type_error(rt, "Cannot convert a BigInt value to a number");
  return js_double(NAN);
}

JsValue js_to_numeric(JsRt *rt, JsValue v) {
  if (js_is_number(v))
    return v;
  if (js_is_object(v)) {
    v = js_to_primitive(rt, v, 1);
    if (js_is_exception(v))
      return v;
  }
  if (js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT)
    return v;
  return js_to_number(rt, v);
}

JsValue js_to_string(JsRt *rt, JsValue v) {
  if (js_is_string(v))
    return v;
  if (js_is_int(v)) {
    int32_t i = js_get_int(v);
    if (i >= 0 && i < 1024)
      return js_index_atom(rt, (uint32_t)i);
    char buf[16];
    int n = snprintf(buf, sizeof buf, "%d", i);
    return js_new_string(rt, buf, (size_t)n);
  }
  if (js_is_number(v))
    return js_number_to_string(rt, js_get_number(v), 10);
  switch (v) {
  case JS_UNDEFINED:
    return rt->typeof_atoms[0];
  case JS_NULL:
    return js_atom_cstr(rt, "null");
  case JS_TRUE:
    return js_atom_cstr(rt, "true");
  case JS_FALSE:
    return js_atom_cstr(rt, "false");
  }
  if (js_is_symbol(v))
    return js_throw_type_error(rt, "Cannot convert a Symbol value to a string");
  if (js_is_object(v)) {
    JsValue p = js_to_primitive(rt, v, 2);
    if (js_is_exception(p))
      return p;
    return js_to_string(rt, p);
  }
  if (js_is_bigint(v))
    return js_bigint_to_string(rt, v, 10);
  return js_atom_cstr(rt, "?");
}

JsValue js_to_property_key(JsRt *rt, JsValue v) {
  if (js_is_int(v) && js_get_int(v) >= 0)
    return js_index_atom(rt, (uint32_t)js_get_int(v));
  if (js_is_string(v))
    return js_str_intern(rt, v);
  if (js_is_symbol(v))
    return v;
  if (js_is_object(v)) {
    v = js_to_primitive(rt, v, 2);
    if (js_is_exception(v))
      return v;
    if (js_is_symbol(v))
      return v;
  }
  JsValue s = js_to_string(rt, v);
  if (js_is_exception(s))
    return s;
  return js_str_intern(rt, s);
}

JsValue js_to_object(JsRt *rt, JsValue v) {
  if (js_is_object(v))
    return v;
  if (js_is_nullish(v))
    return js_throw_type_error(rt, "Cannot convert undefined or null to object");
  JsClassId cls;
  JsValue proto;
  if (js_is_number(v)) {
    cls = JS_CLASS_NUMBER;
    proto = rt->number_proto;
  } else if (js_is_string(v)) {
    cls = JS_CLASS_STRING;
    proto = rt->string_proto;
  } else if (js_is_bool(v)) {
    cls = JS_CLASS_BOOLEAN;
    proto = rt->boolean_proto;
  } else if (js_is_symbol(v)) {
    cls = JS_CLASS_SYMBOL;
    proto = rt->symbol_proto;
  } else {
    cls = JS_CLASS_BIGINT;
    proto = rt->bigint_proto;
  }
  JsObject *o = js_new_object_class(rt, proto, cls);
  js_set_boxed_value(o, v);
  return js_from_cell(o);
}

JsValue js_typeof(JsRt *rt, JsValue v) {
  int i;
  if (js_is_number(v))
    i = 3;
  else if (v == JS_UNDEFINED)
    i = 0;
  else if (js_is_bool(v))
    i = 2;
  else if (js_is_string(v))
    i = 4;
  else if (js_is_symbol(v))
    i = 5;
  else if (js_is_object(v))
    i = js_is_callable(v) ? 6 : 1;
  else if (js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT)
    i = 7;
  else
    i = 1;  // null
  return rt->typeof_atoms[i];
}

bool js_strict_eq(JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b))
    return js_get_number(a) == js_get_number(b);
  if (a == b)
    return true;
  if (js_is_string(a) && js_is_string(b))
    return js_str_equal(js_str(a), js_str(b));
  if (js_is_bigint(a) && js_is_bigint(b))
    return js_bigint_equal(a, b);
  return false;
}

bool js_same_value_zero(JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b)) {
    double x = js_get_number(a), y = js_get_number(b);
    return x == y || (x != x && y != y);
  }
  return js_strict_eq(a, b);
}

bool js_same_value(JsValue a, JsValue b) {
  if (js_is_number(a) && js_is_number(b)) {
    double x = js_get_number(a), y = js_get_number(b);
    if (x != x)
      return y != y;
    if (x == 0 && y == 0)
      return signbit(x) == signbit(y);
    return x == y;
  }
  return js_strict_eq(a, b);
}
