// SPDX-License-Identifier: MIT
//
// atom.c: the atom table. Property keys are atoms: interned strings (one
// JsString per distinct content, flagged JS_STR_INTERNED) or symbols, so
// comparing keys is comparing words. Interned strings also know whether
// they are canonical array indices (JsString.index).
#include "internal.h"

#include <stdio.h>

#define INDEX_ATOM_CACHE 1024

static uint32_t str_hash(JsString *s) {
  if (s->hash)
    return s->hash;
  uint32_t h = 2166136261u, len = js_str_len(s);
  for (uint32_t i = 0; i < len; i++) {
    h ^= js_str_at(s, i);
    h *= 16777619u;
  }
  if (h == 0)
    h = 1;
  s->hash = h;
  return h;
}

// Canonical array index (#sec-array-index): "0" or no leading zero, value
// below 2^32 - 1. Returns index + 1, or 0.
static uint32_t compute_index(JsString *s) {
  uint32_t len = js_str_len(s);
  if (len == 0 || len > 10)
    return 0;
  uint16_t c0 = js_str_at(s, 0);
  if (c0 == '0')
    return len == 1 ? 1 : 0;
  uint64_t v = 0;
  for (uint32_t i = 0; i < len; i++) {
    uint16_t c = js_str_at(s, i);
    if (c < '0' || c > '9')
      return 0;
    v = v * 10 + (c - '0');
  }
  if (v >= 4294967295ull)
    return 0;
  return (uint32_t)v + 1;
}

static void table_insert(JsRt *rt, JsString *s) {
  uint32_t mask = rt->atom_cap - 1, i = str_hash(s) & mask;
  while (rt->atoms[i])
    i = (i + 1) & mask;
  rt->atoms[i] = js_from_cell(s);
  rt->atom_count++;
}

static void table_grow(JsRt *rt) {
  JsValue *old = rt->atoms;
  uint32_t old_cap = rt->atom_cap;
  rt->atom_cap = old_cap ? old_cap * 2 : 1024;
  rt->atoms = js_gc_alloc(rt->atom_cap * sizeof(JsValue));
  rt->atom_count = 0;
  for (uint32_t i = 0; i < old_cap; i++)
    if (old[i])
      table_insert(rt, js_str(old[i]));
}

JsValue js_str_intern(JsRt *rt, JsValue str) {
  if (!js_is_string(str))
    return str;
  JsString *s = js_str(str);
  if (s->hdr.flags & JS_STR_INTERNED)
    return str;
  js_str_flatten(rt, s);
  if ((rt->atom_count + 1) * 2 > rt->atom_cap)
    table_grow(rt);
  uint32_t h = str_hash(s), mask = rt->atom_cap - 1, i = h & mask;
  while (rt->atoms[i]) {
    JsString *t = js_str(rt->atoms[i]);
    if (t->hash == h && js_str_len(t) == js_str_len(s) &&
        js_str_compare(t, s) == 0)
      return rt->atoms[i];
    i = (i + 1) & mask;
  }
  s->hdr.flags |= JS_STR_INTERNED;
  s->index = compute_index(s);
  rt->atoms[i] = str;
  rt->atom_count++;
  return str;
}

JsValue js__atom_latin1(JsRt *rt, const uint8_t *p, uint32_t len) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= 16777619u;
  }
  if (h == 0)
    h = 1;
  if (rt->atom_cap) {
    uint32_t mask = rt->atom_cap - 1;
    for (uint32_t i = h & mask; rt->atoms[i]; i = (i + 1) & mask) {
      JsString *t = js_str(rt->atoms[i]);
      if (t->hash == h && js_str_len(t) == len && !(t->hdr.flags & JS_STR_WIDE) &&
          memcmp(t->data, p, len) == 0)
        return rt->atoms[i];
    }
  }
  return js_str_intern(rt, js_str_from_latin1(rt, p, len));
}

JsValue js_atom(JsRt *rt, const char *s, size_t len) {
  return js_str_intern(rt, js_new_string(rt, s, len));
}

JsValue js_atom_cstr(JsRt *rt, const char *s) {
  return js_atom(rt, s, strlen(s));
}

int64_t js_atom_index(JsValue key) {
  if (!js_is_string(key))
    return -1;
  JsString *s = js_str(key);
  if (s->hdr.flags & JS_STR_INTERNED)
    return (int64_t)s->index - 1;
  js_str_flatten(js__rt, s);
  return (int64_t)compute_index(s) - 1;
}

JsValue js_index_atom(JsRt *rt, uint32_t i) {
  if (i < INDEX_ATOM_CACHE) {
    if (!rt->index_atoms)
      rt->index_atoms = js_gc_alloc(INDEX_ATOM_CACHE * sizeof(JsValue));
    if (!rt->index_atoms[i]) {
      char buf[16];
      int n = snprintf(buf, sizeof buf, "%u", i);
      rt->index_atoms[i] = js_atom(rt, buf, (size_t)n);
    }
    return rt->index_atoms[i];
  }
  char buf[16];
  int n = snprintf(buf, sizeof buf, "%u", i);
  return js_atom(rt, buf, (size_t)n);
}
