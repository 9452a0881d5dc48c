// SPDX-License-Identifier: MIT
//
// shape.c: hidden classes. A shape lists an object's own named properties
// (key + attributes) in insertion order; a slot index is the key's position.
// Shared shapes are immutable and linked by transitions (key, attrs) ->
// child, so objects built the same way share one shape and inline caches
// can key on it. An object that deletes a property, changes attributes or
// grows past DICT_THRESHOLD gets a private dictionary shape edited in place.
#include "internal.h"

#define HASH_MIN 9         // shapes with more keys get a hash index
#define DICT_THRESHOLD 64  // more properties than this: dictionary mode

typedef struct JsTransition {
  JsValue key;
  uint32_t attrs;
  JsShape *child;
} JsTransition;

static uint32_t key_hash(JsValue key) {
  uint64_t x = key >> 3;
  x *= 0x9e3779b97f4a7c15ull;
  return (uint32_t)(x >> 32);
}

uint32_t js__slot_cap(uint32_t count) {
  if (count <= 4)
    return 4;
  uint32_t c = 8;
  while (c < count)
    c *= 2;
  return c;
}

JsShape *js__shape_root(void) {
  JsShape *sh = js_gc_alloc(sizeof(JsShape));
  return sh;
}

static void rebuild_hash(JsShape *sh) {
  if (sh->count < HASH_MIN) {
    sh->hash = NULL;
    sh->hash_cap = 0;
    return;
  }
  uint32_t cap = 16;
  while (cap < sh->count * 2)
    cap *= 2;
  sh->hash = js_gc_alloc_atomic(cap * sizeof(uint32_t));
  memset(sh->hash, 0, cap * sizeof(uint32_t));
  sh->hash_cap = cap;
  for (uint32_t i = 0; i < sh->count; i++) {
    uint32_t h = key_hash(sh->keys[i]) & (cap - 1);
    while (sh->hash[h])
      h = (h + 1) & (cap - 1);
    sh->hash[h] = i + 1;
  }
}

int32_t js__shape_find(const JsShape *sh, JsValue key) {
  if (!sh->hash) {
    for (uint32_t i = 0; i < sh->count; i++)
      if (sh->keys[i] == key)
        return (int32_t)i;
    return -1;
  }
  uint32_t mask = sh->hash_cap - 1, h = key_hash(key) & mask;
  for (;;) {
    uint32_t e = sh->hash[h];
    if (!e)
      return -1;
    if (sh->keys[e - 1] == key)
      return (int32_t)(e - 1);
    h = (h + 1) & mask;
  }
}

static void ensure_cap(JsShape *sh, uint32_t n) {
  if (n <= sh->cap)
    return;
  uint32_t cap = sh->cap ? sh->cap * 2 : 4;
  while (cap < n)
    cap *= 2;
  JsValue *keys = js_gc_alloc(cap * sizeof(JsValue));
  uint8_t *attrs = js_gc_alloc_atomic(cap);
  if (sh->count) {
    memcpy(keys, sh->keys, sh->count * sizeof(JsValue));
    memcpy(attrs, sh->attrs, sh->count);
  }
  sh->keys = keys;
  sh->attrs = attrs;
  sh->cap = cap;
}

// Appends in place (dictionary shapes, and fresh children).
static void append_key(JsShape *sh, JsValue key, uint8_t attrs) {
  ensure_cap(sh, sh->count + 1);
  sh->keys[sh->count] = key;
  sh->attrs[sh->count] = attrs;
  sh->count++;
  if (sh->count >= HASH_MIN) {
    if (!sh->hash || sh->count * 2 > sh->hash_cap) {
      rebuild_hash(sh);
    } else {
      uint32_t mask = sh->hash_cap - 1, h = key_hash(key) & mask;
      while (sh->hash[h])
        h = (h + 1) & mask;
      sh->hash[h] = sh->count;
    }
  }
}

JsShape *js__shape_dictionary(const JsShape *sh) {
  if (sh->dictionary)
    return (JsShape *)sh;
  JsShape *d = js_gc_alloc(sizeof(JsShape));
  d->dictionary = true;
  ensure_cap(d, sh->count + 4);
  if (sh->count) {
    memcpy(d->keys, sh->keys, sh->count * sizeof(JsValue));
    memcpy(d->attrs, sh->attrs, sh->count);
  }
  d->count = sh->count;
  rebuild_hash(d);
  return d;
}

static JsShape *find_transition(JsShape *sh, JsValue key, uint8_t attrs) {
  if (!sh->trans_cap)
    return NULL;
  uint32_t mask = sh->trans_cap - 1, h = (key_hash(key) ^ attrs) & mask;
  for (;;) {
    JsTransition *t = &sh->transitions[h];
    if (!t->child)
      return NULL;
    if (t->key == key && t->attrs == attrs)
      return t->child;
    h = (h + 1) & mask;
  }
}

static void insert_transition(JsShape *sh, JsValue key, uint8_t attrs,
                              JsShape *child) {
  if ((sh->ntransitions + 1) * 2 > sh->trans_cap) {
    JsTransition *old = sh->transitions;
    uint32_t old_cap = sh->trans_cap;
    sh->trans_cap = old_cap ? old_cap * 2 : 4;
    sh->transitions = js_gc_alloc(sh->trans_cap * sizeof(JsTransition));
    sh->ntransitions = 0;
    for (uint32_t i = 0; i < old_cap; i++)
      if (old[i].child)
        insert_transition(sh, old[i].key, (uint8_t)old[i].attrs, old[i].child);
  }
  uint32_t mask = sh->trans_cap - 1, h = (key_hash(key) ^ attrs) & mask;
  while (sh->transitions[h].child)
    h = (h + 1) & mask;
  sh->transitions[h].key = key;
  sh->transitions[h].attrs = attrs;
  sh->transitions[h].child = child;
  sh->ntransitions++;
}

JsShape *js__shape_add(JsShape *sh, JsValue key, uint8_t attrs) {
  if (sh->dictionary) {
    append_key(sh, key, attrs);
    return sh;
  }
  if (sh->count >= DICT_THRESHOLD) {
    JsShape *d = js__shape_dictionary(sh);
    append_key(d, key, attrs);
    return d;
  }
  JsShape *child = find_transition(sh, key, attrs);
  if (child)
    return child;
  child = js_gc_alloc(sizeof(JsShape));
  child->parent = sh;
  ensure_cap(child, sh->count + 1);
  if (sh->count) {
    memcpy(child->keys, sh->keys, sh->count * sizeof(JsValue));
    memcpy(child->attrs, sh->attrs, sh->count);
  }
  child->count = sh->count;
  append_key(child, key, attrs);
  if (child->count >= HASH_MIN && !child->hash)
    rebuild_hash(child);
  insert_transition(sh, key, attrs, child);
  return child;
}

void js__shape_remove(JsShape *sh, uint32_t i) {
  memmove(sh->keys + i, sh->keys + i + 1, (sh->count - i - 1) * sizeof(JsValue));
  memmove(sh->attrs + i, sh->attrs + i + 1, sh->count - i - 1);
  sh->count--;
  rebuild_hash(sh);
}
