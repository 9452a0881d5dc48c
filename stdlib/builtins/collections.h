// SPDX-License-Identifier: MIT
//
// collections.h: read-only access to the tables behind Map, Set, WeakMap
// and WeakSet (stdlib/builtins/map.c), for code that must look inside
// them without running JavaScript: console.log/util.inspect shows entries
// and the remaining items of Map/Set iterators without consuming them.
#ifndef KILN_STDLIB_BUILTINS_COLLECTIONS_H
#define KILN_STDLIB_BUILTINS_COLLECTIONS_H

#include "internal.h"

// True for a Map, Set, WeakMap or WeakSet object (including subclass
// instances): the other functions accept exactly these.
bool js_is_collection(JsValue v);

// Number of live entries (Map.prototype.size without the getter).
uint32_t js_map_size(JsValue coll);

// Walks the live entries in insertion order: start with *pos = 0; each call
// stores the next entry's key and value (for sets, value = key) and returns
// true, or returns false at the end. Entries must not be added or removed
// between calls (no JavaScript may run in between).
bool js_map_entry_at(JsValue coll, uint32_t *pos, JsValue *key, JsValue *value);

// Map and Set iterators (%MapIteratorPrototype%, %SetIteratorPrototype%):
// returns 0 for anything else, 1 for a Map iterator, 2 for a Set iterator.
// With [kind] non-NULL stores 0 keys, 1 values, 2 entries.
int js_collection_iterator_kind(JsValue it, int *kind);

// The items an iterator would still produce, without advancing it: a new
// array of keys, values or [key, value] arrays (entries; for Set entries
// [v, v]). Empty for an exhausted iterator or a non-iterator.
JsValue js_collection_iterator_preview(JsRt *rt, JsValue it);

#endif
