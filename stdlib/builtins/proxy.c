// SPDX-License-Identifier: MIT
//
// proxy.c: Proxy exotic objects (ECMA-262
// #sec-proxy-object-internal-methods-and-internal-slots), the Proxy
// constructor and Proxy.revocable.
//
// A proxy is a JsObject of class JS_CLASS_PROXY whose `internal` is a
// ProxyData {target, handler}; revocation sets both to JS_NULL. It has no
// own shape properties, elements or prototype of its own: runtime/object.c
// sends every internal method of a proxy to the js_proxy_* functions here,
// which call the handler's trap (or forward to the target) and enforce the
// invariants the spec lists for each trap. A callable target makes the
// proxy callable: its `fn` is proxy_call_or_construct, which js_call and
// js_construct reach like any native function.
#include "internal.h"

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

typedef struct ProxyData {
  JsValue target, handler;  // both JS_NULL once revoked
} ProxyData;

static ProxyData *proxy_data(JsValue p) { return js_obj(p)->internal; }

// Looks up trap [name] on a live proxy's handler. Returns the trap,
// JS_UNDEFINED when the handler has none (forward to *target), or
// JS_EXCEPTION (revoked proxy, bad trap, throwing getter).
static JsValue get_trap(JsRt *rt, JsValue p, const char *name, JsValue *target,
                        JsValue *handler) {
  ProxyData *d = proxy_data(p);
  if (js_is_null(d->handler))
    return js_throw_type_error(rt, "Cannot perform '%s' on a proxy that has been revoked",
                               name);
  *target = d->target;
  *handler = d->handler;
  return js_get_method(rt, d->handler, js_atom_cstr(rt, name));
}

static int trap_error(JsRt *rt, const char *fmt, const char *trap, JsValue key) {
  js_throw_type_error(rt, fmt, trap, js_key_cstr(rt, key));
  return -1;
}

// ValidateAndApplyPropertyDescriptor with O = undefined, i.e.
// IsCompatiblePropertyDescriptor (#sec-iscompatiblepropertydescriptor).
// [cur] is NULL when the property does not exist.
static bool is_compatible(bool extensible, const JsPropDesc *d, const JsPropDesc *cur) {
  if (!cur)
    return extensible;
  if (!d->has)
    return true;
  if (cur->attrs & JS_PROP_CONFIGURABLE)
    return true;
  if ((d->has & JS_DESC_HAS_CONFIGURABLE) && (d->attrs & JS_PROP_CONFIGURABLE))
    return false;
  if ((d->has & JS_DESC_HAS_ENUMERABLE) &&
      !!(d->attrs & JS_PROP_ENUMERABLE) != !!(cur->attrs & JS_PROP_ENUMERABLE))
    return false;
  bool d_acc = d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET);
  bool d_data = d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE);
  bool cur_acc = cur->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET);
  if ((d_acc || d_data) && d_acc != cur_acc)
    return false;
  if (cur_acc) {
    if ((d->has & JS_DESC_HAS_GET) && !js_same_value(d->getter, cur->getter))
      return false;
    if ((d->has & JS_DESC_HAS_SET) && !js_same_value(d->setter, cur->setter))
      return false;
  } else if (!(cur->attrs & JS_PROP_WRITABLE)) {
    if ((d->has & JS_DESC_HAS_WRITABLE) && (d->attrs & JS_PROP_WRITABLE))
      return false;
    if ((d->has & JS_DESC_HAS_VALUE) && !js_same_value(d->value, cur->value))
      return false;
  }
  return true;
}

// CompletePropertyDescriptor (#sec-completepropertydescriptor).
static void complete_descriptor(JsPropDesc *d) {
  if (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) {
    if (!(d->has & JS_DESC_HAS_GET))
      d->getter = JS_UNDEFINED;
    if (!(d->has & JS_DESC_HAS_SET))
      d->setter = JS_UNDEFINED;
    d->has |= JS_DESC_HAS_GET | JS_DESC_HAS_SET;
  } else {
    if (!(d->has & JS_DESC_HAS_VALUE))
      d->value = JS_UNDEFINED;
    d->has |= JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE;
  }
  d->has |= JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
}

static bool is_data(const JsPropDesc *d) {
  return !(d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET));
}

// --- [[GetPrototypeOf]] / [[SetPrototypeOf]] -----------------------------------

JsValue js_proxy_get_proto(JsRt *rt, JsValue p) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "getPrototypeOf", &target, &handler);
  if (js_is_exception(trap))
    return trap;
  if (trap == JS_UNDEFINED)
    return js_get_proto(rt, target);
  JsValue proto = js_call(rt, trap, handler, 1, &target);
  if (js_is_exception(proto))
    return proto;
  if (!js_is_object(proto) && !js_is_null(proto))
    return js_throw_type_error(rt, "'getPrototypeOf' on proxy: trap returned neither "
                                   "object nor null");
  int ext = js_is_extensible(rt, target);
  if (ext < 0)
    return JS_EXCEPTION;
  if (ext)
    return proto;
  JsValue tp = js_get_proto(rt, target);
  if (js_is_exception(tp))
    return tp;
  if (!js_same_value(proto, tp))
    return js_throw_type_error(rt, "'getPrototypeOf' on proxy: proxy target is non-extensible "
                                   "but the trap did not return its actual prototype");
  return proto;
}

int js_proxy_set_proto(JsRt *rt, JsValue p, JsValue proto) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "setPrototypeOf", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED)
    return js_set_proto(rt, target, proto);
  JsValue args[2] = {target, proto};
  JsValue r = js_call(rt, trap, handler, 2, args);
  if (js_is_exception(r))
    return -1;
  if (!js_truthy(rt, r))
    return 0;
  int ext = js_is_extensible(rt, target);
  if (ext != 0)
    return ext < 0 ? -1 : 1;
  JsValue tp = js_get_proto(rt, target);
  if (js_is_exception(tp))
    return -1;
  if (!js_same_value(proto, tp)) {
    js_throw_type_error(rt, "'setPrototypeOf' on proxy: trap returned truish for setting a "
                            "new prototype on the non-extensible proxy target");
    return -1;
  }
  return 1;
}

// --- [[IsExtensible]] / [[PreventExtensions]] ----------------------------------

int js_proxy_is_extensible(JsRt *rt, JsValue p) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "isExtensible", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED)
    return js_is_extensible(rt, target);
  JsValue r = js_call(rt, trap, handler, 1, &target);
  if (js_is_exception(r))
    return -1;
  bool b = js_truthy(rt, r);
  int t = js_is_extensible(rt, target);
  if (t < 0)
    return -1;
  if (b != (t == 1)) {
    js_throw_type_error(rt, "'isExtensible' on proxy: trap result does not reflect "
                            "extensibility of proxy target (which is '%s')",
                        t ? "true" : "false");
    return -1;
  }
  return b;
}

int js_proxy_prevent_extensions(JsRt *rt, JsValue p) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "preventExtensions", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED)
    return js_prevent_extensions(rt, target);
  JsValue r = js_call(rt, trap, handler, 1, &target);
  if (js_is_exception(r))
    return -1;
  if (!js_truthy(rt, r))
    return 0;
  int t = js_is_extensible(rt, target);
  if (t < 0)
    return -1;
  if (t) {
    js_throw_type_error(rt, "'preventExtensions' on proxy: trap returned truish but the "
                            "proxy target is extensible");
    return -1;
  }
  return 1;
}

// --- [[GetOwnProperty]] ------------------------------------------------------------

int js_proxy_get_own_property(JsRt *rt, JsValue p, JsValue key, JsPropDesc *out) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "getOwnPropertyDescriptor", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED)
    return js_get_own_property(rt, target, key, out);
  JsValue args[2] = {target, key};
  JsValue res = js_call(rt, trap, handler, 2, args);
  if (js_is_exception(res))
    return -1;
  const char *trap_name = "getOwnPropertyDescriptor";
  if (!js_is_object(res) && res != JS_UNDEFINED)
    return trap_error(rt, "'%s' on proxy: trap returned neither object nor undefined for "
                          "property '%s'", trap_name, key);
  JsPropDesc td;
  int has = js_get_own_property(rt, target, key, &td);
  if (has < 0)
    return -1;
  if (res == JS_UNDEFINED) {
    if (!has)
      return 0;
    if (!(td.attrs & JS_PROP_CONFIGURABLE))
      return trap_error(rt, "'%s' on proxy: trap returned undefined for property '%s' which "
                            "is non-configurable in the proxy target", trap_name, key);
    int ext = js_is_extensible(rt, target);
    if (ext < 0)
      return -1;
    if (!ext)
      return trap_error(rt, "'%s' on proxy: trap returned undefined for property '%s' which "
                            "exists in the non-extensible proxy target", trap_name, key);
    return 0;
  }
  int ext = js_is_extensible(rt, target);
  if (ext < 0)
    return -1;
  JsPropDesc rd;
  if (js_to_property_descriptor(rt, res, &rd) < 0)
    return -1;
  complete_descriptor(&rd);
  if (!is_compatible(ext, &rd, has ? &td : NULL))
    return trap_error(rt, "'%s' on proxy: trap returned descriptor for property '%s' that is "
                          "incompatible with the existing property in the proxy target",
                      trap_name, key);
  if (!(rd.attrs & JS_PROP_CONFIGURABLE)) {
    if (!has || (td.attrs & JS_PROP_CONFIGURABLE))
      return trap_error(rt, "'%s' on proxy: trap reported non-configurability for property "
                            "'%s' which is either non-existent or configurable in the proxy "
                            "target", trap_name, key);
    if ((rd.has & JS_DESC_HAS_WRITABLE) && !(rd.attrs & JS_PROP_WRITABLE) &&
        (td.attrs & JS_PROP_WRITABLE))
      return trap_error(rt, "'%s' on proxy: trap reported non-configurable and writable for "
                            "property '%s' which is non-configurable, non-writable in the "
                            "proxy target", trap_name, key);
  }
  if (out)
    *out = rd;
  return 1;
}

// --- [[DefineOwnProperty]] ---------------------------------------------------------

int js_proxy_define_own_property(JsRt *rt, JsValue p, JsValue key, const JsPropDesc *d,
                                 bool throw_on_fail) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "defineProperty", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED)
    return js_define_own_property(rt, target, key, d, throw_on_fail);
  JsValue args[3] = {target, key, js_from_property_descriptor(rt, d)};
  JsValue r = js_call(rt, trap, handler, 3, args);
  if (js_is_exception(r))
    return -1;
  const char *trap_name = "defineProperty";
  if (!js_truthy(rt, r)) {
    if (throw_on_fail)
      return trap_error(rt, "'%s' on proxy: trap returned falsish for property '%s'",
                        trap_name, key);
    return 0;
  }
  JsPropDesc td;
  int has = js_get_own_property(rt, target, key, &td);
  if (has < 0)
    return -1;
  int ext = js_is_extensible(rt, target);
  if (ext < 0)
    return -1;
  bool config_false = (d->has & JS_DESC_HAS_CONFIGURABLE) && !(d->attrs & JS_PROP_CONFIGURABLE);
  if (!has) {
    if (!ext)
      return trap_error(rt, "'%s' on proxy: trap returned truish for adding property '%s' "
                            " to the non-extensible proxy target", trap_name, key);
    if (config_false)
      return trap_error(rt, "'%s' on proxy: trap returned truish for defining "
                            "non-configurable property '%s' which is either non-existent or "
                            "configurable in the proxy target", trap_name, key);
    return 1;
  }
  if (!is_compatible(ext, d, &td))
    return trap_error(rt, "'%s' on proxy: trap returned truish for adding property '%s' "
                          " that is incompatible with the existing property in the proxy "
                          "target", trap_name, key);
  if (config_false && (td.attrs & JS_PROP_CONFIGURABLE))
    return trap_error(rt, "'%s' on proxy: trap returned truish for defining "
                          "non-configurable property '%s' which is either non-existent or "
                          "configurable in the proxy target", trap_name, key);
  if (is_data(&td) && !(td.attrs & JS_PROP_CONFIGURABLE) && (td.attrs & JS_PROP_WRITABLE) &&
      (d->has & JS_DESC_HAS_WRITABLE) && !(d->attrs & JS_PROP_WRITABLE))
    return trap_error(rt, "'%s' on proxy: trap returned truish for defining "
                          "non-configurable property '%s' which cannot be non-writable, "
                          "unless there exists a corresponding non-configurable, "
                          "non-writable own property of the target object.", trap_name, key);
  return 1;
}

// --- [[HasProperty]] / [[Get]] / [[Set]] / [[Delete]] ------------------------------

int js_proxy_has(JsRt *rt, JsValue p, JsValue key) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "has", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED)
    return js_has_property(rt, target, key);
  JsValue args[2] = {target, key};
  JsValue r = js_call(rt, trap, handler, 2, args);
  if (js_is_exception(r))
    return -1;
  if (js_truthy(rt, r))
    return 1;
  JsPropDesc td;
  int has = js_get_own_property(rt, target, key, &td);
  if (has <= 0)
    return has;
  if (!(td.attrs & JS_PROP_CONFIGURABLE))
    return trap_error(rt, "'%s' on proxy: trap returned falsish for property '%s' which "
                          "exists in the proxy target as non-configurable", "has", key);
  int ext = js_is_extensible(rt, target);
  if (ext < 0)
    return -1;
  if (!ext)
    return trap_error(rt, "'%s' on proxy: trap returned falsish for property '%s' but the "
                          "proxy target is not extensible", "has", key);
  return 0;
}

JsValue js_proxy_get(JsRt *rt, JsValue p, JsValue key, JsValue receiver) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "get", &target, &handler);
  if (js_is_exception(trap))
    return trap;
  if (trap == JS_UNDEFINED)
    return js_get_prop_receiver(rt, target, key, receiver);
  JsValue args[3] = {target, key, receiver};
  JsValue v = js_call(rt, trap, handler, 3, args);
  if (js_is_exception(v))
    return v;
  JsPropDesc td;
  int has = js_get_own_property(rt, target, key, &td);
  if (has < 0)
    return JS_EXCEPTION;
  if (!has || (td.attrs & JS_PROP_CONFIGURABLE))
    return v;
  if (is_data(&td) && !(td.attrs & JS_PROP_WRITABLE) && !js_same_value(v, td.value))
    return js_throw_type_error(rt, "'get' on proxy: property '%s' is a read-only and "
                                   "non-configurable data property on the proxy target but "
                                   "the proxy did not return its actual value",
                               js_key_cstr(rt, key));
  if (!is_data(&td) && td.getter == JS_UNDEFINED && v != JS_UNDEFINED)
    return js_throw_type_error(rt, "'get' on proxy: property '%s' is a non-configurable "
                                   "accessor property on the proxy target and does not have "
                                   "a getter function, but the trap did not return "
                                   "'undefined'", js_key_cstr(rt, key));
  return v;
}

int js_proxy_set(JsRt *rt, JsValue p, JsValue key, JsValue v, JsValue receiver,
                 bool strict) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "set", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED) {
    if (!strict)
      return js_set_prop_bool(rt, target, key, v, receiver);
    JsValue r = js_set_prop_receiver(rt, target, key, v, receiver, true);
    return js_is_exception(r) ? -1 : 1;
  }
  JsValue args[4] = {target, key, v, receiver};
  JsValue r = js_call(rt, trap, handler, 4, args);
  if (js_is_exception(r))
    return -1;
  if (!js_truthy(rt, r))
    return 0;
  JsPropDesc td;
  int has = js_get_own_property(rt, target, key, &td);
  if (has < 0)
    return -1;
  if (!has || (td.attrs & JS_PROP_CONFIGURABLE))
    return 1;
  if (is_data(&td) && !(td.attrs & JS_PROP_WRITABLE) && !js_same_value(v, td.value))
    return trap_error(rt, "'%s' on proxy: trap returned truish for property '%s' which "
                          "exists in the proxy target as a non-configurable and "
                          "non-writable data property with a different value", "set", key);
  if (!is_data(&td) && td.setter == JS_UNDEFINED)
    return trap_error(rt, "'%s' on proxy: trap returned truish for property '%s' which "
                          "exists in the proxy target as a non-configurable and "
                          "non-writable accessor property without a setter", "set", key);
  return 1;
}

int js_proxy_delete(JsRt *rt, JsValue p, JsValue key) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "deleteProperty", &target, &handler);
  if (js_is_exception(trap))
    return -1;
  if (trap == JS_UNDEFINED)
    return js_delete_property(rt, target, key);
  JsValue args[2] = {target, key};
  JsValue r = js_call(rt, trap, handler, 2, args);
  if (js_is_exception(r))
    return -1;
  if (!js_truthy(rt, r))
    return 0;
  JsPropDesc td;
  int has = js_get_own_property(rt, target, key, &td);
  if (has < 0)
    return -1;
  if (!has)
    return 1;
  if (!(td.attrs & JS_PROP_CONFIGURABLE))
    return trap_error(rt, "'%s' on proxy: trap returned truish for property '%s' which is "
                          "non-configurable in the proxy target", "deleteProperty", key);
  int ext = js_is_extensible(rt, target);
  if (ext < 0)
    return -1;
  if (!ext)
    return trap_error(rt, "'%s' on proxy: trap returned truish for property '%s' but the "
                          "proxy target is non-extensible", "deleteProperty", key);
  return 1;
}

// --- [[OwnPropertyKeys]] -------------------------------------------------------------

static bool list_has(JsValue *list, uint32_t n, JsValue k) {
  for (uint32_t i = 0; i < n; i++)
    if (list[i] == k)
      return true;
  return false;
}

// Removes [k] from [list] (by swapping in a sentinel); false if absent.
static bool list_take(JsValue *list, uint32_t n, JsValue k) {
  for (uint32_t i = 0; i < n; i++)
    if (list[i] == k) {
      list[i] = JS_EMPTY;
      return true;
    }
  return false;
}

// The trap's result as a list of atoms (CreateListFromArrayLike with
// String and Symbol elements, no duplicates).
static JsValue *trap_keys_list(JsRt *rt, JsValue arr, uint32_t *n) {
  JsValue *list = js_array_like_to_list(rt, arr, n);
  if (!list)
    return NULL;
  for (uint32_t i = 0; i < *n; i++) {
    JsValue k = list[i];
    if (js_is_string(k)) {
      k = js_str_intern(rt, k);
    } else if (!js_is_symbol(k)) {
      js_throw_type_error(rt, "%s is not a valid property name", js_value_cstr_short(rt, k));
      return NULL;
    }
    if (list_has(list, i, k)) {
      js_throw_type_error(rt, "'ownKeys' on proxy: trap returned duplicate entries");
      return NULL;
    }
    list[i] = k;
  }
  return list;
}

// The invariant checks of #sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys.
static int check_own_keys(JsRt *rt, JsValue target, JsValue *keys, uint32_t n) {
  int ext = js_is_extensible(rt, target);
  if (ext < 0)
    return -1;
  JsValue tkeys = js_own_keys(rt, target, 3);
  if (js_is_exception(tkeys))
    return -1;
  JsObject *ta = js_obj(tkeys);
  uint32_t tn = ta->elem_len;
  JsValue *tk = js_gc_alloc((tn ? tn : 1) * sizeof(JsValue));
  bool *nonconfig = js_gc_alloc_atomic(tn ? tn : 1);
  bool any_nonconfig = false;
  for (uint32_t i = 0; i < tn; i++) {
    tk[i] = js_get_index(rt, tkeys, i);
    JsPropDesc d;
    int r = js_get_own_property(rt, target, tk[i], &d);
    if (r < 0)
      return -1;
    nonconfig[i] = r && !(d.attrs & JS_PROP_CONFIGURABLE);
    any_nonconfig |= nonconfig[i];
  }
  if (ext && !any_nonconfig)
    return 0;
  JsValue *unchecked = js_gc_alloc((n ? n : 1) * sizeof(JsValue));
  memcpy(unchecked, keys, n * sizeof(JsValue));
  for (uint32_t i = 0; i < tn; i++)
    if (nonconfig[i] && !list_take(unchecked, n, tk[i]))
      return trap_error(rt, "'%s' on proxy: trap result did not include '%s'", "ownKeys",
                        tk[i]);
  if (ext)
    return 0;
  for (uint32_t i = 0; i < tn; i++)
    if (!nonconfig[i] && !list_take(unchecked, n, tk[i]))
      return trap_error(rt, "'%s' on proxy: trap result did not include '%s'", "ownKeys",
                        tk[i]);
  for (uint32_t i = 0; i < n; i++)
    if (unchecked[i] != JS_EMPTY) {
      js_throw_type_error(rt, "'ownKeys' on proxy: trap returned extra keys but proxy "
                              "target is non-extensible");
      return -1;
    }
  return 0;
}

// [[OwnPropertyKeys]] filtered like js_own_keys: flags 1 strings, 2
// symbols, 4 only enumerable ones (asking [[GetOwnProperty]] for each).
JsValue js_proxy_own_keys(JsRt *rt, JsValue p, int flags) {
  JsValue target, handler;
  JsValue trap = get_trap(rt, p, "ownKeys", &target, &handler);
  if (js_is_exception(trap))
    return trap;
  JsValue *keys;
  uint32_t n;
  if (trap == JS_UNDEFINED) {
    JsValue all = js_own_keys(rt, target, 3);
    if (js_is_exception(all))
      return all;
    keys = js_array_like_to_list(rt, all, &n);
  } else {
    JsValue arr = js_call(rt, trap, handler, 1, &target);
    if (js_is_exception(arr))
      return arr;
    if (!js_is_object(arr))
      return js_throw_type_error(rt, "CreateListFromArrayLike called on non-object");
    keys = trap_keys_list(rt, arr, &n);
    if (keys && check_own_keys(rt, target, keys, n) < 0)
      return JS_EXCEPTION;
  }
  if (!keys)
    return JS_EXCEPTION;
  JsValue out = js_new_array(rt, n);
  for (uint32_t i = 0; i < n; i++) {
    JsValue k = keys[i];
    if (!(flags & (js_is_symbol(k) ? 2 : 1)))
      continue;
    if (flags & 4) {
      JsPropDesc d;
      int r = js_proxy_get_own_property(rt, p, k, &d);
      if (r < 0)
        return JS_EXCEPTION;
      if (!r || !(d.attrs & JS_PROP_ENUMERABLE))
        continue;
    }
    js_array_push(rt, out, k);
  }
  return out;
}

// --- SetIntegrityLevel / TestIntegrityLevel on proxies (#sec-setintegritylevel) ---

int js_proxy_set_integrity(JsRt *rt, JsValue p, bool frozen) {
  int r = js_proxy_prevent_extensions(rt, p);
  if (r <= 0) {
    if (r == 0)
      js_throw_type_error(rt, "'preventExtensions' on proxy: trap returned falsish");
    return -1;
  }
  JsValue keys = js_proxy_own_keys(rt, p, 3);
  if (js_is_exception(keys))
    return -1;
  JsObject *ka = js_obj(keys);
  for (uint32_t i = 0; i < ka->elem_len; i++) {
    JsValue k = ka->elems[i];
    JsPropDesc d = {JS_DESC_HAS_CONFIGURABLE, 0, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED};
    if (frozen) {
      JsPropDesc cur;
      int has = js_proxy_get_own_property(rt, p, k, &cur);
      if (has < 0)
        return -1;
      if (!has)
        continue;
      if (is_data(&cur))
        d.has |= JS_DESC_HAS_WRITABLE;
    }
    if (js_proxy_define_own_property(rt, p, k, &d, true) < 0)
      return -1;
  }
  return 1;
}

int js_proxy_test_integrity(JsRt *rt, JsValue p, bool frozen) {
  int ext = js_proxy_is_extensible(rt, p);
  if (ext != 0)
    return ext < 0 ? -1 : 0;
  JsValue keys = js_proxy_own_keys(rt, p, 3);
  if (js_is_exception(keys))
    return -1;
  JsObject *ka = js_obj(keys);
  for (uint32_t i = 0; i < ka->elem_len; i++) {
    JsPropDesc d;
    int has = js_proxy_get_own_property(rt, p, ka->elems[i], &d);
    if (has < 0)
      return -1;
    if (!has)
      continue;
    if (d.attrs & JS_PROP_CONFIGURABLE)
      return 0;
    if (frozen && is_data(&d) && (d.attrs & JS_PROP_WRITABLE))
      return 0;
  }
  return 1;
}

// IsArray (#sec-isarray) of a proxy: the target's. A revoked proxy should
// throw, but IsArray's callers take a bool: it reports false.
bool js_proxy_is_array(JsRt *rt, JsValue p) {
  ProxyData *d = proxy_data(p);
  return !js_is_null(d->handler) && js_is_array(rt, d->target);
}

JsValue js_proxy_target(JsValue p) { return proxy_data(p)->target; }
JsValue js_proxy_handler(JsValue p) { return proxy_data(p)->handler; }

// --- [[Call]] and [[Construct]] -------------------------------------------------------

static JsValue proxy_call_or_construct(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                       JsValue *argv, JsValue new_target) {
  bool construct = new_target != JS_UNDEFINED;
  JsValue target, handler;
  JsValue trap = get_trap(rt, callee, construct ? "construct" : "apply", &target, &handler);
  if (js_is_exception(trap))
    return trap;
  if (trap == JS_UNDEFINED) {
    if (construct)
      return js_construct(rt, target, argc, argv, new_target, NULL);
    return js_call(rt, target, this_val, argc, argv);
  }
  JsValue arr = js_new_array_from(rt, (uint32_t)argc, argv);
  if (!construct) {
    JsValue args[3] = {target, this_val, arr};
    return js_call(rt, trap, handler, 3, args);
  }
  JsValue args[3] = {target, arr, new_target};
  JsValue obj = js_call(rt, trap, handler, 3, args);
  if (js_is_exception(obj) || js_is_object(obj))
    return obj;
  return js_throw_type_error(rt, "'construct' on proxy: trap returned non-object ('%s')",
                             js_value_cstr_short(rt, obj));
}

// --- the constructor ---------------------------------------------------------------------

// ProxyCreate (#sec-proxycreate).
static JsValue proxy_create(JsRt *rt, JsValue target, JsValue handler) {
  if (!js_is_object(target) || !js_is_object(handler))
    return js_throw_type_error(rt, "Cannot create proxy with a non-object as target or "
                                   "handler");
  JsObject *o = js_new_object_class(rt, JS_NULL, JS_CLASS_PROXY);
  ProxyData *d = js_gc_alloc(sizeof(ProxyData));
  d->target = target;
  d->handler = handler;
  o->internal = d;
  if (js_is_callable(target)) {
    o->fn = proxy_call_or_construct;
    o->fn_flags = JS_FN_NATIVE | JS_FN_STRICT |
                  (js_is_constructor(target) ? JS_FN_CONSTRUCTOR : 0);
  }
  return js_from_cell(o);
}

NATIVE(proxy_ctor) {
  UNUSED_ARGS;
  if (new_target == JS_UNDEFINED)
    return js_throw_type_error(rt, "Constructor Proxy requires 'new'");
  return proxy_create(rt, js_arg(argc, argv, 0), js_arg(argc, argv, 1));
}

// The revoke function keeps its proxy in a one-slot environment.
NATIVE(proxy_revoke) {
  UNUSED_ARGS;
  (void)rt;
  JsEnv *env = js_func_env(callee);
  JsValue p = env->slots[0];
  if (js_is_null(p))
    return JS_UNDEFINED;
  env->slots[0] = JS_NULL;
  ProxyData *d = proxy_data(p);
  d->target = JS_NULL;
  d->handler = JS_NULL;
  return JS_UNDEFINED;
}

NATIVE(proxy_revocable) {
  UNUSED_ARGS;
  JsValue p = proxy_create(rt, js_arg(argc, argv, 0), js_arg(argc, argv, 1));
  if (js_is_exception(p))
    return p;
  JsValue revoke = js_new_native(rt, proxy_revoke, "", 0);
  JsEnv *env = js_new_env(rt, NULL, 1);
  env->slots[0] = p;
  js_obj(revoke)->env = env;
  JsValue result = js_new_object(rt);
  js_define_field(rt, result, js_atom_cstr(rt, "proxy"), p);
  js_define_field(rt, result, js_atom_cstr(rt, "revoke"), revoke);
  return result;
}

static const JsNativeDef proxy_funcs[] = {
  JS_FN("revocable", proxy_revocable, 2),
};

// [[Set]] for object.c: a refusal throws here in strict code.
static int proxy_set_op(JsRt *rt, JsValue p, JsValue key, JsValue v, JsValue receiver,
                        bool strict) {
  int ok = js_proxy_set(rt, p, key, v, receiver, strict);
  if (ok == 0 && strict) {
    js_throw_type_error(rt, "'set' on proxy: trap returned falsish for property '%s'",
                        js_key_cstr(rt, key));
    return -1;
  }
  return ok;
}

// A proxy has no properties of its own in object.c: every internal method
// goes to its handler (owns_key NULL: every key).
static const JsClassOps proxy_ops = {
    .get_own_property = js_proxy_get_own_property,
    .get = js_proxy_get,
    .set = proxy_set_op,
    .has = js_proxy_has,
    .delete_property = js_proxy_delete,
    .define_own_property = js_proxy_define_own_property,
    .own_keys = js_proxy_own_keys,
    .get_proto = js_proxy_get_proto,
    .set_proto = js_proxy_set_proto,
    .is_extensible = js_proxy_is_extensible,
    .prevent_extensions = js_proxy_prevent_extensions,
    .set_integrity = js_proxy_set_integrity,
    .test_integrity = js_proxy_test_integrity,
};

void stdlib_proxy_init(JsRt *rt) {
  js_register_class_ops(JS_CLASS_PROXY, &proxy_ops);
  JsValue ctor = js_new_native_ctor(rt, proxy_ctor, "Proxy", 2, 0);
  JS_INSTALL(rt, ctor, proxy_funcs);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "Proxy"), ctor,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
