// SPDX-License-Identifier: MIT
//
// namespace.c: module namespace objects (`import * as ns`), ECMA-262
// #sec-module-namespace-exotic-objects.
//
// A namespace is an object of class JS_CLASS_MODULE_NS with a null
// prototype, not extensible, whose only ordinary property is
// @@toStringTag "Module". Its string keys are the module's export names,
// read live from the exporting modules' environments (modules.c), so
// object.c hands every string key of such an object to the functions here.
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct Ns {
  int module;
  int n;
  const char **names;  // sorted export names
  JsValue *atoms;      // the same, as atoms
  int *slots;          // for each, its index in js__namespace_names' order
  int es_module_index; // index of the added "__esModule" name, or -1
} Ns;

static Ns *ns_of(JsValue obj) { return js_obj(obj)->internal; }

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

JsValue js__new_namespace(JsRt *rt, int module, bool es_module_flag) {
  JsObject *o = js_new_object_class(rt, JS_NULL, JS_CLASS_MODULE_NS);
  Ns *ns = js_gc_alloc(sizeof *ns);
  ns->module = module;
  const char **names;
  ns->n = js__namespace_names(module, &names);
  if (es_module_flag) {
    // require() of an ES module with a default export: node adds
    // __esModule: true, as transpiled CommonJS has.
    const char **more = js_gc_alloc(sizeof(char *) * (size_t)(ns->n + 2));
    memcpy(more, names, sizeof(char *) * (size_t)ns->n);
    more[ns->n++] = "__esModule";
    names = more;
    ns->es_module_index = ns->n - 1;
  } else {
    ns->es_module_index = -1;
  }
  // Facade names come in slot order: remember each one's slot, then sort.
  int *slots = js_gc_alloc_atomic(sizeof(int) * (size_t)(ns->n + 1));
  const char **sorted = js_gc_alloc(sizeof(char *) * (size_t)(ns->n + 1));
  for (int i = 0; i < ns->n; i++)
    sorted[i] = names[i];
  qsort(sorted, (size_t)ns->n, sizeof(char *), cmp_str);
  for (int i = 0; i < ns->n; i++)
    for (int k = 0; k < ns->n; k++)
      if (names[k] == sorted[i])
        slots[i] = k;
  ns->names = sorted;
  ns->atoms = js_gc_alloc(sizeof(JsValue) * (size_t)(ns->n + 1));
  for (int i = 0; i < ns->n; i++)
    ns->atoms[i] = js_atom_cstr(rt, sorted[i]);
  o->internal = ns;
  JsValue v = js_from_cell(o);
  js_define_value(rt, v, rt->sym_to_string_tag, js_new_cstring(rt, "Module"), 0);
  o->hdr.flags &= ~JS_OBJ_EXTENSIBLE;
  ns->slots = slots;
  return v;
}

// Index of [key] among the export names, or -1.
static int find(Ns *ns, JsValue key) {
  for (int i = 0; i < ns->n; i++)
    if (ns->atoms[i] == key)
      return i;
  return -1;
}

// The live value of export [i]; throws in its TDZ.
static JsValue value_at(JsRt *rt, JsValue obj, int i) {
  Ns *ns = ns_of(obj);
  int k = ns->slots[i];
  if (k == ns->es_module_index)
    return JS_TRUE;
  JsValue v = js__namespace_value(rt, ns->module, k);
  if (v == JS_UNINIT)
    return js_throw_reference_error(rt, "%s is not defined", ns->names[i]);
  return v;
}

static int ns_get_own_property(JsRt *rt, JsValue obj, JsValue key, JsPropDesc *desc) {
  int i = find(ns_of(obj), key);
  if (i < 0)
    return 0;
  JsValue v = value_at(rt, obj, i);
  if (js_is_exception(v))
    return -1;
  if (desc) {
    desc->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                JS_DESC_HAS_CONFIGURABLE;
    desc->attrs = JS_PROP_WRITABLE | JS_PROP_ENUMERABLE;
    desc->value = v;
    desc->getter = desc->setter = JS_UNDEFINED;
  }
  return 1;
}

static JsValue ns_get(JsRt *rt, JsValue obj, JsValue key, JsValue receiver) {
  (void)receiver;
  int i = find(ns_of(obj), key);
  return i < 0 ? JS_UNDEFINED : value_at(rt, obj, i);
}

// #sec-module-namespace-exotic-objects-set-p-v-receiver: always false.
static int ns_set(JsRt *rt, JsValue obj, JsValue key, JsValue v, JsValue receiver,
                  bool strict) {
  (void)obj, (void)v, (void)receiver;
  if (strict)
    js_throw_type_error(rt, "Cannot assign to read only property '%s' of object '[object "
                            "Module]'", js_key_cstr(rt, key));
  return strict ? -1 : 0;
}

static int ns_has(JsRt *rt, JsValue obj, JsValue key) {
  (void)rt;
  return find(ns_of(obj), key) >= 0;
}

static int ns_delete(JsRt *rt, JsValue obj, JsValue key) {
  (void)rt;
  return find(ns_of(obj), key) < 0;
}

// #sec-module-namespace-exotic-objects-defineownproperty-p-desc
static int ns_define(JsRt *rt, JsValue obj, JsValue key, const JsPropDesc *d,
                     bool throw_on_fail) {
  JsPropDesc cur;
  int r = ns_get_own_property(rt, obj, key, &cur);
  if (r < 0)
    return -1;
  bool ok = r == 1;
  if (ok && (d->has & JS_DESC_HAS_CONFIGURABLE) && (d->attrs & JS_PROP_CONFIGURABLE))
    ok = false;
  if (ok && (d->has & JS_DESC_HAS_ENUMERABLE) && !(d->attrs & JS_PROP_ENUMERABLE))
    ok = false;
  if (ok && (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)))
    ok = false;
  if (ok && (d->has & JS_DESC_HAS_WRITABLE) && !(d->attrs & JS_PROP_WRITABLE))
    ok = false;
  if (ok && (d->has & JS_DESC_HAS_VALUE))
    ok = js_same_value(d->value, cur.value);
  if (!ok && throw_on_fail) {
    js_throw_type_error(rt, "Cannot redefine property: %s", js_key_cstr(rt, key));
    return -1;
  }
  return ok;
}

// The export names, as the first keys of [[OwnPropertyKeys]].
static void ns_keys(JsRt *rt, JsValue obj, JsValue out) {
  Ns *ns = ns_of(obj);
  for (int i = 0; i < ns->n; i++)
    js_array_push(rt, out, ns->atoms[i]);
}

static bool ns_owns_key(JsRt *rt, JsValue obj, JsValue key) {
  (void)rt, (void)obj;
  return !js_is_symbol(key);
}

static const JsClassOps ns_ops = {
    .owns_key = ns_owns_key,
    .get_own_property = ns_get_own_property,
    .get = ns_get,
    .set = ns_set,
    .has = ns_has,
    .delete_property = ns_delete,
    .define_own_property = ns_define,
    .leading_keys = ns_keys,
};

void js__namespace_init(void) { js_register_class_ops(JS_CLASS_MODULE_NS, &ns_ops); }
