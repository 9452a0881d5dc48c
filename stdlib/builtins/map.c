// SPDX-License-Identifier: MIT
//
// map.c: the keyed collections Map, Set, WeakMap and WeakSet (ECMA-262
// #sec-keyed-collections), their iterators, WeakRef and
// FinalizationRegistry.
//
// Every collection is one insertion-ordered hash table keyed by
// SameValueZero: a `Store` holds the entries in an array in insertion order
// (a deleted entry stays as a tombstone, key JS_EMPTY) plus a bucket index
// of chains through that array. Iteration is by position in the entry
// array, so it sees entries added during a forEach or while an iterator is
// alive, and skips deleted ones, as the spec's List-with-empty-records
// model requires.
//
// Tombstones are dropped by compaction, which builds a new Store. Iterators
// are not registered anywhere (Boehm cannot tell us when one dies), so the
// old Store is left behind, frozen, with a `next` pointer to its
// replacement (V8's OrderedHashTable does the same): an iterator holding an
// old Store moves to the new one, its position becoming the number of live
// entries before it. clear() also installs a fresh Store; iterators of the
// cleared one restart at 0 of the new one.
//
// Weakness: WeakMap, WeakSet and WeakRef hold their keys and targets
// strongly for now (nothing is ever collected while the collection lives).
// Programs cannot observe the difference except through memory use, and
// FinalizationRegistry callbacks never run, which the spec allows.
#include "collections.h"

#include <math.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

// ---------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------

typedef struct Entry {
  JsValue key;    // JS_EMPTY once deleted
  JsValue value;  // JS_UNDEFINED for sets
  uint32_t hash;
  int32_t chain;  // next entry in the same bucket, or -1
} Entry;

typedef struct Store Store;
struct Store {
  Entry *entries;   // [0, used) in insertion order
  uint32_t used, cap, live;
  int32_t *buckets; // cap heads (cap is a power of two), -1 = empty
  Store *next;      // set once this store is obsolete
  bool cleared;     // obsolete through clear(): positions restart at 0
};

// A collection object's `internal`.
typedef struct Table {
  Store *store;
} Table;

static Store *new_store(uint32_t cap) {
  Store *s = js_gc_alloc(sizeof(Store));
  s->cap = cap;
  if (cap) {
    s->entries = js_gc_alloc(cap * sizeof(Entry));
    s->buckets = js_gc_alloc_atomic(cap * sizeof(int32_t));
    for (uint32_t i = 0; i < cap; i++)
      s->buckets[i] = -1;
  }
  return s;
}

static uint32_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return (uint32_t)x;
}

// A hash consistent with SameValueZero: equal numbers hash alike however
// they are boxed (-0 and +0 too), strings by their contents.
static uint32_t hash_value(JsRt *rt, JsValue v) {
  if (js_is_number(v)) {
    double d = js_get_number(v);
    if (d != d)
      return 0x7ff80000u;
    if (d == 0)
      return 0;
    if (d >= -2147483648.0 && d <= 2147483647.0 && (double)(int32_t)d == d)
      return mix64((uint64_t)(uint32_t)(int32_t)d);
    uint64_t bits;
    memcpy(&bits, &d, 8);
    return mix64(bits);
  }
  if (js_is_string(v)) {
    JsString *s = js_str_flatten(rt, js_str(v));
    uint32_t h = 2166136261u, len = js_str_len(s);
    for (uint32_t i = 0; i < len; i++) {
      h ^= js_str_at(s, i);
      h *= 16777619u;
    }
    return h;
  }
  if (js_is_cell(v) && js_cell(v)->kind == JS_KIND_BIGINT)
    return js_bigint_hash(v);
  return mix64(v);
}

// -0 is stored as +0 (#sec-map.prototype.set step 4).
static JsValue normalize_key(JsValue k) {
  if (js_is_double(k) && js_get_number(k) == 0)
    return js_int(0);
  return k;
}

static int32_t store_find(Store *s, JsValue key, uint32_t h) {
  if (!s->cap)
    return -1;
  for (int32_t i = s->buckets[h & (s->cap - 1)]; i >= 0; i = s->entries[i].chain) {
    Entry *e = &s->entries[i];
    if (e->hash == h && e->key != JS_EMPTY && js_same_value_zero(e->key, key))
      return i;
  }
  return -1;
}

static void rebuild_buckets(Store *s) {
  for (uint32_t i = 0; i < s->cap; i++)
    s->buckets[i] = -1;
  for (uint32_t i = 0; i < s->used; i++) {
    Entry *e = &s->entries[i];
    if (e->key == JS_EMPTY)
      continue;
    uint32_t b = e->hash & (s->cap - 1);
    e->chain = s->buckets[b];
    s->buckets[b] = (int32_t)i;
  }
}

// Makes room for one more entry: compacts into a new Store when at least
// half the entries are tombstones, else grows the current one in place.
static Store *make_room(Table *t) {
  Store *s = t->store;
  if (s->cap >= 8 && s->live <= s->used / 2) {
    uint32_t cap = 8;
    while (cap < s->live * 2)
      cap *= 2;
    Store *ns = new_store(cap);
    for (uint32_t i = 0; i < s->used; i++)
      if (s->entries[i].key != JS_EMPTY)
        ns->entries[ns->used++] = s->entries[i];
    ns->live = ns->used;
    rebuild_buckets(ns);
    s->next = ns;
    t->store = ns;
    return ns;
  }
  uint32_t cap = s->cap ? s->cap * 2 : 4;
  Entry *e = js_gc_alloc(cap * sizeof(Entry));
  if (s->used)
    memcpy(e, s->entries, s->used * sizeof(Entry));
  s->entries = e;
  s->buckets = js_gc_alloc_atomic(cap * sizeof(int32_t));
  s->cap = cap;
  rebuild_buckets(s);
  return s;
}

static Entry *table_find(JsRt *rt, Table *t, JsValue key) {
  key = normalize_key(key);
  int32_t i = store_find(t->store, key, hash_value(rt, key));
  return i < 0 ? NULL : &t->store->entries[i];
}

// Map.prototype.set / Set.prototype.add.
static void table_set(JsRt *rt, Table *t, JsValue key, JsValue value) {
  key = normalize_key(key);
  uint32_t h = hash_value(rt, key);
  int32_t i = store_find(t->store, key, h);
  if (i >= 0) {
    t->store->entries[i].value = value;
    return;
  }
  Store *s = t->store;
  if (s->used == s->cap)
    s = make_room(t);
  uint32_t n = s->used++;
  uint32_t b = h & (s->cap - 1);
  s->entries[n] = (Entry){key, value, h, s->buckets[b]};
  s->buckets[b] = (int32_t)n;
  s->live++;
}

static bool table_delete(JsRt *rt, Table *t, JsValue key) {
  Entry *e = table_find(rt, t, key);
  if (!e)
    return false;
  e->key = JS_EMPTY;
  e->value = JS_UNDEFINED;
  t->store->live--;
  return true;
}

static void table_clear(Table *t) {
  Store *old = t->store;
  if (!old->used)
    return;
  t->store = new_store(0);
  old->next = t->store;
  old->cleared = true;
}

// A position in a table that survives compaction and clear().
typedef struct Cursor {
  Store *store;
  uint32_t index;
} Cursor;

static void cursor_sync(Cursor *c) {
  while (c->store->next) {
    Store *s = c->store;
    uint32_t pos = 0;
    if (!s->cleared)
      for (uint32_t i = 0; i < c->index && i < s->used; i++)
        pos += s->entries[i].key != JS_EMPTY;
    c->index = pos;
    c->store = s->next;
  }
}

// The next live entry, or NULL. The pointer is valid until the table
// changes: copy key and value out before running JavaScript.
static Entry *cursor_next(Cursor *c) {
  cursor_sync(c);
  Store *s = c->store;
  while (c->index < s->used) {
    Entry *e = &s->entries[c->index++];
    if (e->key != JS_EMPTY)
      return e;
  }
  return NULL;
}

// ---------------------------------------------------------------------------
// Brand checks and construction.
// ---------------------------------------------------------------------------

// Prototypes and intrinsic methods this file needs again later. One runtime
// per process; static storage is a GC root.
static JsValue map_iterator_proto, set_iterator_proto;
static JsValue weakmap_proto, weakset_proto, weakref_proto, finreg_proto;
static JsValue map_proto_set_fn, set_proto_add_fn, weakmap_proto_set_fn,
    weakset_proto_add_fn;

static Table *table_of(JsValue v, JsClassId cls) {
  if (js_class_of(v) != cls)
    return NULL;
  return js_obj(v)->internal;
}

static Table *this_table(JsRt *rt, JsValue v, JsClassId cls, const char *method) {
  Table *t = table_of(v, cls);
  if (!t)
    js_throw_type_error(rt, "Method %s called on incompatible receiver %s", method,
                        js_value_cstr_short(rt, v));
  return t;
}

// CanBeHeldWeakly (#sec-canbeheldweakly): objects and unregistered symbols.
static bool can_be_held_weakly(JsValue v) {
  if (js_is_object(v))
    return true;
  return js_is_symbol(v) && !((JsSymbol *)js_cell(v))->registered;
}

// Feeds [iterable] to [adder] called on [obj]: with pairs (entry objects,
// Map/WeakMap) or single values (Set/WeakSet). [fast] is the intrinsic
// adder, used directly when the object still has it.
// #sec-add-entries-from-iterable
static JsValue add_from_iterable(JsRt *rt, JsValue obj, JsValue iterable,
                                 const char *adder_name, bool pairs, JsValue fast,
                                 bool weak) {
  JsValue adder = js_get_prop(rt, obj, js_atom_cstr(rt, adder_name));
  if (js_is_exception(adder))
    return adder;
  if (!js_is_callable(adder))
    return js_throw_type_error(rt, "'%s' returned for property '%s' of object '%s' is "
                                   "not a function", js_value_cstr_short(rt, adder),
                               adder_name, js_value_cstr_short(rt, obj));
  // "" : V8 names a non-iterable here by type and value ("number 5").
  JsValue next, iter = js_get_iterator_checked(rt, iterable, &next, "");
  if (js_is_exception(iter))
    return iter;
  Table *t = js_obj(obj)->internal;
  for (;;) {
    JsValue item;
    JsValue r = js_iterator_step(rt, iter, next, &item);
    if (js_is_exception(r))
      return r;
    if (r == JS_FALSE)
      return obj;
    JsValue args[2] = {item, JS_UNDEFINED};
    if (pairs) {
      if (!js_is_object(item)) {
        js_throw_type_error(rt, "Iterator value %s is not an entry object",
                            js_value_cstr_short(rt, item));
        js_iterator_close(rt, iter, true);
        return JS_EXCEPTION;
      }
      args[0] = js_get_index(rt, item, 0);
      if (!js_is_exception(args[0]))
        args[1] = js_get_index(rt, item, 1);
      if (js_is_exception(args[0]) || js_is_exception(args[1])) {
        js_iterator_close(rt, iter, true);
        return JS_EXCEPTION;
      }
    }
    if (adder == fast && !weak) {
      table_set(rt, t, args[0], pairs ? args[1] : JS_UNDEFINED);
      continue;
    }
    if (js_is_exception(js_call(rt, adder, obj, pairs ? 2 : 1, args))) {
      js_iterator_close(rt, iter, true);
      return JS_EXCEPTION;
    }
  }
}

static JsValue construct_collection(JsRt *rt, JsValue new_target, int argc, JsValue *argv,
                                    const char *name, JsValue proto, JsClassId cls,
                                    const char *adder, bool pairs, JsValue fast) {
  if (new_target == JS_UNDEFINED)
    return js_throw_type_error(rt, "Constructor %s requires 'new'", name);
  JsValue obj = js_ordinary_create_from_constructor(rt, new_target, proto, cls);
  if (js_is_exception(obj))
    return obj;
  Table *t = js_gc_alloc(sizeof(Table));
  t->store = new_store(0);
  js_obj(obj)->internal = t;
  JsValue iterable = js_arg(argc, argv, 0);
  if (js_is_nullish(iterable))
    return obj;
  bool weak = cls == JS_CLASS_WEAKMAP || cls == JS_CLASS_WEAKSET;
  return add_from_iterable(rt, obj, iterable, adder, pairs, fast, weak);
}

// Calls [fn](value, key, coll) for each entry, seeing changes made by fn.
static JsValue for_each(JsRt *rt, JsValue coll, Table *t, int argc, JsValue *argv,
                        bool is_set) {
  JsValue fn = js_arg(argc, argv, 0);
  if (!js_is_callable(fn))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, fn));
  JsValue this_arg = js_arg(argc, argv, 1);
  Cursor c = {t->store, 0};
  for (;;) {
    Entry *e = cursor_next(&c);
    if (!e)
      return JS_UNDEFINED;
    JsValue args[3] = {is_set ? e->key : e->value, e->key, coll};
    if (js_is_exception(js_call(rt, fn, this_arg, 3, args)))
      return JS_EXCEPTION;
  }
}

NATIVE(get_species) {
  UNUSED_ARGS;
  (void)rt;
  return this_val;
}

// ---------------------------------------------------------------------------
// Iterators (#sec-map-iterator-objects, #sec-set-iterator-objects).
// ---------------------------------------------------------------------------

#define MAP_ITER_MAGIC 0x4d504954u  // "MPIT"
#define SET_ITER_MAGIC 0x53544954u  // "STIT"

typedef struct CollIter {
  uint32_t magic;
  int kind;   // 0 keys, 1 values, 2 entries
  bool done;
  Cursor cur;
} CollIter;

static JsValue new_iterator(JsRt *rt, Table *t, bool is_set, int kind) {
  JsObject *o = js_new_object_class(rt, is_set ? set_iterator_proto : map_iterator_proto,
                                    JS_CLASS_ITERATOR);
  CollIter *it = js_gc_alloc(sizeof(CollIter));
  it->magic = is_set ? SET_ITER_MAGIC : MAP_ITER_MAGIC;
  it->kind = kind;
  it->cur.store = t->store;
  o->internal = it;
  return js_from_cell(o);
}

static CollIter *iter_of(JsValue v, uint32_t magic) {
  if (js_class_of(v) != JS_CLASS_ITERATOR)
    return NULL;
  CollIter *it = js_obj(v)->internal;
  return it && it->magic == magic ? it : NULL;
}

static JsValue iter_item(JsRt *rt, int kind, JsValue key, JsValue value) {
  if (kind == 0)
    return key;
  if (kind == 1)
    return value;
  JsValue pair[2] = {key, value};
  return js_new_array_from(rt, 2, pair);
}

static JsValue iterator_next(JsRt *rt, JsValue this_val, uint32_t magic, const char *what) {
  CollIter *it = iter_of(this_val, magic);
  if (!it)
    return js_throw_type_error(rt, "Method %s Iterator.prototype.next called on "
                                   "incompatible receiver %s",
                               what, js_value_cstr_short(rt, this_val));
  Entry *e = it->done ? NULL : cursor_next(&it->cur);
  if (!e) {
    it->done = true;
    return js_iter_result(rt, JS_UNDEFINED, true);
  }
  bool is_set = magic == SET_ITER_MAGIC;
  JsValue v = iter_item(rt, it->kind, e->key, is_set ? e->key : e->value);
  return js_iter_result(rt, v, false);
}

NATIVE(map_iterator_next) {
  UNUSED_ARGS;
  return iterator_next(rt, this_val, MAP_ITER_MAGIC, "Map");
}

NATIVE(set_iterator_next) {
  UNUSED_ARGS;
  return iterator_next(rt, this_val, SET_ITER_MAGIC, "Set");
}

// ---------------------------------------------------------------------------
// Map (#sec-map-objects).
// ---------------------------------------------------------------------------

NATIVE(map_ctor) {
  UNUSED_ARGS;
  return construct_collection(rt, new_target, argc, argv, "Map", rt->map_proto,
                              JS_CLASS_MAP, "set", true, map_proto_set_fn);
}

#define MAP_THIS(method)                                                   \
  Table *t = this_table(rt, this_val, JS_CLASS_MAP, "Map.prototype." method); \
  if (!t)                                                                   \
    return JS_EXCEPTION

NATIVE(map_proto_get) {
  UNUSED_ARGS;
  MAP_THIS("get");
  Entry *e = table_find(rt, t, js_arg(argc, argv, 0));
  return e ? e->value : JS_UNDEFINED;
}

NATIVE(map_proto_set) {
  UNUSED_ARGS;
  MAP_THIS("set");
  table_set(rt, t, js_arg(argc, argv, 0), js_arg(argc, argv, 1));
  return this_val;
}

NATIVE(map_proto_has) {
  UNUSED_ARGS;
  MAP_THIS("has");
  return js_bool(table_find(rt, t, js_arg(argc, argv, 0)) != NULL);
}

NATIVE(map_proto_delete) {
  UNUSED_ARGS;
  MAP_THIS("delete");
  return js_bool(table_delete(rt, t, js_arg(argc, argv, 0)));
}

NATIVE(map_proto_clear) {
  UNUSED_ARGS;
  MAP_THIS("clear");
  table_clear(t);
  return JS_UNDEFINED;
}

NATIVE(map_proto_get_size) {
  UNUSED_ARGS;
  MAP_THIS("size");
  return js_number(t->store->live);
}

NATIVE(map_proto_for_each) {
  UNUSED_ARGS;
  MAP_THIS("forEach");
  return for_each(rt, this_val, t, argc, argv, false);
}

NATIVE(map_proto_keys) {
  UNUSED_ARGS;
  MAP_THIS("keys");
  return new_iterator(rt, t, false, 0);
}

NATIVE(map_proto_values) {
  UNUSED_ARGS;
  MAP_THIS("values");
  return new_iterator(rt, t, false, 1);
}

NATIVE(map_proto_entries) {
  UNUSED_ARGS;
  MAP_THIS("entries");
  return new_iterator(rt, t, false, 2);
}

// getOrInsert(key, value) and getOrInsertComputed(key, callback) of Map
// and WeakMap (proposal-upsert): the existing value, else [value] or
// callback(key) stored under [key]. The callback may itself insert [key];
// its result then overwrites that entry.
static JsValue get_or_insert(JsRt *rt, Table *t, JsValue key, JsValue value) {
  Entry *e = table_find(rt, t, key);
  if (e)
    return e->value;
  table_set(rt, t, key, value);
  return value;
}

static JsValue get_or_insert_computed(JsRt *rt, Table *t, JsValue key, JsValue fn) {
  if (!js_is_callable(fn))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, fn));
  key = normalize_key(key);
  Entry *e = table_find(rt, t, key);
  if (e)
    return e->value;
  JsValue v = js_call(rt, fn, JS_UNDEFINED, 1, &key);
  if (js_is_exception(v))
    return v;
  table_set(rt, t, key, v);
  return v;
}

NATIVE(map_proto_get_or_insert) {
  UNUSED_ARGS;
  MAP_THIS("getOrInsert");
  return get_or_insert(rt, t, js_arg(argc, argv, 0), js_arg(argc, argv, 1));
}

NATIVE(map_proto_get_or_insert_computed) {
  UNUSED_ARGS;
  MAP_THIS("getOrInsertComputed");
  return get_or_insert_computed(rt, t, js_arg(argc, argv, 0), js_arg(argc, argv, 1));
}

// Map.groupBy(items, callback) (#sec-map.groupby).
NATIVE(map_group_by) {
  UNUSED_ARGS;
  JsValue items = js_arg(argc, argv, 0), fn = js_arg(argc, argv, 1);
  if (js_is_nullish(items))
    return js_throw_type_error(rt, "%s is not iterable", js_cstr(rt, items));
  if (!js_is_callable(fn))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, fn));
  JsValue next, iter = js_get_iterator(rt, items, &next);
  if (js_is_exception(iter))
    return iter;
  JsValue map = js_from_cell(js_new_object_class(rt, rt->map_proto, JS_CLASS_MAP));
  Table *t = js_gc_alloc(sizeof(Table));
  t->store = new_store(0);
  js_obj(map)->internal = t;
  for (double k = 0;; k++) {
    JsValue v;
    JsValue r = js_iterator_step(rt, iter, next, &v);
    if (js_is_exception(r))
      return r;
    if (r == JS_FALSE)
      return map;
    JsValue args[2] = {v, js_number(k)};
    JsValue key = js_call(rt, fn, JS_UNDEFINED, 2, args);
    if (js_is_exception(key)) {
      js_iterator_close(rt, iter, true);
      return JS_EXCEPTION;
    }
    Entry *e = table_find(rt, t, key);
    JsValue group = e ? e->value : js_new_array(rt, 0);
    if (!e)
      table_set(rt, t, key, group);
    js_array_push(rt, group, v);
  }
}

// ---------------------------------------------------------------------------
// Set (#sec-set-objects).
// ---------------------------------------------------------------------------

NATIVE(set_ctor) {
  UNUSED_ARGS;
  return construct_collection(rt, new_target, argc, argv, "Set", rt->set_proto,
                              JS_CLASS_SET, "add", false, set_proto_add_fn);
}

#define SET_THIS(method)                                                   \
  Table *t = this_table(rt, this_val, JS_CLASS_SET, "Set.prototype." method); \
  if (!t)                                                                   \
    return JS_EXCEPTION

NATIVE(set_proto_add) {
  UNUSED_ARGS;
  SET_THIS("add");
  table_set(rt, t, js_arg(argc, argv, 0), JS_UNDEFINED);
  return this_val;
}

NATIVE(set_proto_has) {
  UNUSED_ARGS;
  SET_THIS("has");
  return js_bool(table_find(rt, t, js_arg(argc, argv, 0)) != NULL);
}

NATIVE(set_proto_delete) {
  UNUSED_ARGS;
  SET_THIS("delete");
  return js_bool(table_delete(rt, t, js_arg(argc, argv, 0)));
}

NATIVE(set_proto_clear) {
  UNUSED_ARGS;
  SET_THIS("clear");
  table_clear(t);
  return JS_UNDEFINED;
}

NATIVE(set_proto_get_size) {
  UNUSED_ARGS;
  SET_THIS("size");
  return js_number(t->store->live);
}

NATIVE(set_proto_for_each) {
  UNUSED_ARGS;
  SET_THIS("forEach");
  return for_each(rt, this_val, t, argc, argv, true);
}

NATIVE(set_proto_values) {
  UNUSED_ARGS;
  SET_THIS("values");
  return new_iterator(rt, t, true, 1);
}

NATIVE(set_proto_entries) {
  UNUSED_ARGS;
  SET_THIS("entries");
  return new_iterator(rt, t, true, 2);
}

// --- Set methods (#sec-set.prototype.union and friends) ----------------------

// GetSetRecord (#sec-getsetrecord).
typedef struct SetRecord {
  JsValue obj;
  double size;
  JsValue has, keys;
} SetRecord;

static int get_set_record(JsRt *rt, JsValue obj, SetRecord *rec) {
  if (!js_is_object(obj)) {
    js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, obj));
    return -1;
  }
  JsValue raw = js_get_prop(rt, obj, js_atom_cstr(rt, "size"));
  if (js_is_exception(raw))
    return -1;
  JsValue num = js_to_number(rt, raw);
  if (js_is_exception(num))
    return -1;
  double n = js_get_number(num);
  if (n != n) {
    js_throw_type_error(rt, "The 'size' property must be a number");
    return -1;
  }
  double size = trunc(n);
  if (size < 0) {
    js_throw_range_error(rt, "'%s' is an invalid size", js_cstr(rt, raw));
    return -1;
  }
  JsValue has = js_get_prop(rt, obj, js_atom_cstr(rt, "has"));
  if (js_is_exception(has))
    return -1;
  if (!js_is_callable(has)) {
    js_throw_type_error(rt, "The 'has' property must be a function");
    return -1;
  }
  JsValue keys = js_get_prop(rt, obj, js_atom_cstr(rt, "keys"));
  if (js_is_exception(keys))
    return -1;
  if (!js_is_callable(keys)) {
    js_throw_type_error(rt, "The 'keys' property must be a function");
    return -1;
  }
  *rec = (SetRecord){obj, size, has, keys};
  return 0;
}

// Calls other.keys() and checks the result; returns the iterator and its
// next method (GetIteratorFromMethod without the iterable check).
static JsValue record_keys(JsRt *rt, const SetRecord *rec, JsValue *next) {
  JsValue it = js_call(rt, rec->keys, rec->obj, 0, NULL);
  if (js_is_exception(it))
    return it;
  if (!js_is_object(it))
    return js_throw_type_error(rt, "%s is not an object", js_value_cstr_short(rt, it));
  *next = js_get_prop(rt, it, rt->atom_next);
  if (js_is_exception(*next))
    return *next;
  if (!js_is_callable(*next))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, *next));
  return it;
}

// One step of a keys() iterator without IteratorValue's done check order
// differences: 1 value, 0 done, -1 threw.
static int record_step(JsRt *rt, JsValue it, JsValue next, JsValue *value) {
  JsValue r = js_call(rt, next, it, 0, NULL);
  if (js_is_exception(r))
    return -1;
  if (!js_is_object(r)) {
    js_throw_type_error(rt, "Iterator result %s is not an object", js_value_cstr_short(rt, r));
    return -1;
  }
  JsValue done = js_get_prop(rt, r, rt->atom_done);
  if (js_is_exception(done))
    return -1;
  if (js_truthy(rt, done))
    return 0;
  *value = js_get_prop(rt, r, rt->atom_value);
  return js_is_exception(*value) ? -1 : 1;
}

static int record_has(JsRt *rt, const SetRecord *rec, JsValue v) {
  JsValue r = js_call(rt, rec->has, rec->obj, 1, &v);
  if (js_is_exception(r))
    return -1;
  return js_truthy(rt, r);
}

static JsValue new_set_from(JsRt *rt, Table *src) {
  JsObject *o = js_new_object_class(rt, rt->set_proto, JS_CLASS_SET);
  Table *t = js_gc_alloc(sizeof(Table));
  t->store = new_store(0);
  o->internal = t;
  if (src) {
    Cursor c = {src->store, 0};
    for (Entry *e; (e = cursor_next(&c));)
      table_set(rt, t, e->key, JS_UNDEFINED);
  }
  return js_from_cell(o);
}

// The shared prologue of the Set methods: this check and GetSetRecord.
static Table *set_method_prologue(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                                  const char *method, SetRecord *rec) {
  Table *t = this_table(rt, this_val, JS_CLASS_SET, method);
  if (!t || get_set_record(rt, js_arg(argc, argv, 0), rec) < 0)
    return NULL;
  return t;
}

// Adds (mode 0) or toggles (mode 1) every key of other into a copy of this.
static JsValue union_like(JsRt *rt, JsValue this_val, int argc, JsValue *argv,
                          const char *method, int mode) {
  SetRecord rec;
  Table *t = set_method_prologue(rt, this_val, argc, argv, method, &rec);
  if (!t)
    return JS_EXCEPTION;
  JsValue next, it = record_keys(rt, &rec, &next);
  if (js_is_exception(it))
    return it;
  JsValue result = new_set_from(rt, t);
  Table *rt_t = js_obj(result)->internal;
  for (;;) {
    JsValue v;
    int r = record_step(rt, it, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return result;
    if (mode == 0) {
      if (!table_find(rt, rt_t, v))
        table_set(rt, rt_t, v, JS_UNDEFINED);
    } else if (table_find(rt, t, v)) {
      table_delete(rt, rt_t, v);
    } else if (!table_find(rt, rt_t, v)) {
      table_set(rt, rt_t, v, JS_UNDEFINED);
    }
  }
}

NATIVE(set_proto_union) {
  UNUSED_ARGS;
  return union_like(rt, this_val, argc, argv, "Set.prototype.union", 0);
}

NATIVE(set_proto_symmetric_difference) {
  UNUSED_ARGS;
  return union_like(rt, this_val, argc, argv, "Set.prototype.symmetricDifference", 1);
}

NATIVE(set_proto_intersection) {
  UNUSED_ARGS;
  SetRecord rec;
  Table *t = set_method_prologue(rt, this_val, argc, argv, "Set.prototype.intersection", &rec);
  if (!t)
    return JS_EXCEPTION;
  JsValue result = new_set_from(rt, NULL);
  Table *res = js_obj(result)->internal;
  if (t->store->live <= rec.size) {
    Cursor c = {t->store, 0};
    for (Entry *e; (e = cursor_next(&c));) {
      JsValue k = e->key;
      int r = record_has(rt, &rec, k);
      if (r < 0)
        return JS_EXCEPTION;
      if (r && !table_find(rt, res, k))
        table_set(rt, res, k, JS_UNDEFINED);
    }
    return result;
  }
  JsValue next, it = record_keys(rt, &rec, &next);
  if (js_is_exception(it))
    return it;
  for (;;) {
    JsValue v;
    int r = record_step(rt, it, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return result;
    if (table_find(rt, t, v) && !table_find(rt, res, v))
      table_set(rt, res, v, JS_UNDEFINED);
  }
}

NATIVE(set_proto_difference) {
  UNUSED_ARGS;
  SetRecord rec;
  Table *t = set_method_prologue(rt, this_val, argc, argv, "Set.prototype.difference", &rec);
  if (!t)
    return JS_EXCEPTION;
  JsValue result = new_set_from(rt, t);
  Table *res = js_obj(result)->internal;
  if (t->store->live <= rec.size) {
    Cursor c = {t->store, 0};
    for (Entry *e; (e = cursor_next(&c));) {
      JsValue k = e->key;
      int r = record_has(rt, &rec, k);
      if (r < 0)
        return JS_EXCEPTION;
      if (r)
        table_delete(rt, res, k);
    }
    return result;
  }
  JsValue next, it = record_keys(rt, &rec, &next);
  if (js_is_exception(it))
    return it;
  for (;;) {
    JsValue v;
    int r = record_step(rt, it, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return result;
    table_delete(rt, res, v);
  }
}

// isSubsetOf: every key of this is in other.
NATIVE(set_proto_is_subset_of) {
  UNUSED_ARGS;
  SetRecord rec;
  Table *t = set_method_prologue(rt, this_val, argc, argv, "Set.prototype.isSubsetOf", &rec);
  if (!t)
    return JS_EXCEPTION;
  if (t->store->live > rec.size)
    return JS_FALSE;
  Cursor c = {t->store, 0};
  for (Entry *e; (e = cursor_next(&c));) {
    int r = record_has(rt, &rec, e->key);
    if (r <= 0)
      return r < 0 ? JS_EXCEPTION : JS_FALSE;
  }
  return JS_TRUE;
}

// Walks other.keys(): returns [want] as soon as a key's presence in this
// equals [stop_if_present], else ![want]. Closes the iterator early.
static JsValue scan_other_keys(JsRt *rt, Table *t, const SetRecord *rec,
                               bool stop_if_present, JsValue early) {
  JsValue next, it = record_keys(rt, rec, &next);
  if (js_is_exception(it))
    return it;
  for (;;) {
    JsValue v;
    int r = record_step(rt, it, next, &v);
    if (r < 0)
      return JS_EXCEPTION;
    if (r == 0)
      return early == JS_TRUE ? JS_FALSE : JS_TRUE;
    if ((table_find(rt, t, v) != NULL) == stop_if_present) {
      if (js_is_exception(js_iterator_close(rt, it, false)))
        return JS_EXCEPTION;
      return early;
    }
  }
}

// isSupersetOf: every key of other is in this.
NATIVE(set_proto_is_superset_of) {
  UNUSED_ARGS;
  SetRecord rec;
  Table *t = set_method_prologue(rt, this_val, argc, argv, "Set.prototype.isSupersetOf", &rec);
  if (!t)
    return JS_EXCEPTION;
  if (t->store->live < rec.size)
    return JS_FALSE;
  return scan_other_keys(rt, t, &rec, false, JS_FALSE);
}

NATIVE(set_proto_is_disjoint_from) {
  UNUSED_ARGS;
  SetRecord rec;
  Table *t = set_method_prologue(rt, this_val, argc, argv, "Set.prototype.isDisjointFrom",
                                 &rec);
  if (!t)
    return JS_EXCEPTION;
  if (t->store->live <= rec.size) {
    Cursor c = {t->store, 0};
    for (Entry *e; (e = cursor_next(&c));) {
      int r = record_has(rt, &rec, e->key);
      if (r != 0)
        return r < 0 ? JS_EXCEPTION : JS_FALSE;
    }
    return JS_TRUE;
  }
  return scan_other_keys(rt, t, &rec, true, JS_FALSE);
}

// ---------------------------------------------------------------------------
// WeakMap and WeakSet (#sec-weakmap-objects, #sec-weakset-objects).
// ---------------------------------------------------------------------------

NATIVE(weakmap_ctor) {
  UNUSED_ARGS;
  return construct_collection(rt, new_target, argc, argv, "WeakMap", weakmap_proto,
                              JS_CLASS_WEAKMAP, "set", true, weakmap_proto_set_fn);
}

NATIVE(weakset_ctor) {
  UNUSED_ARGS;
  return construct_collection(rt, new_target, argc, argv, "WeakSet", weakset_proto,
                              JS_CLASS_WEAKSET, "add", false, weakset_proto_add_fn);
}

#define WEAK_THIS(cls, method)                                     \
  Table *t = this_table(rt, this_val, cls, method);                \
  if (!t)                                                          \
    return JS_EXCEPTION

NATIVE(weakmap_proto_get) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKMAP, "WeakMap.prototype.get");
  JsValue k = js_arg(argc, argv, 0);
  Entry *e = can_be_held_weakly(k) ? table_find(rt, t, k) : NULL;
  return e ? e->value : JS_UNDEFINED;
}

NATIVE(weakmap_proto_set) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKMAP, "WeakMap.prototype.set");
  JsValue k = js_arg(argc, argv, 0);
  if (!can_be_held_weakly(k))
    return js_throw_type_error(rt, "Invalid value used as weak map key");
  table_set(rt, t, k, js_arg(argc, argv, 1));
  return this_val;
}

NATIVE(weakmap_proto_has) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKMAP, "WeakMap.prototype.has");
  JsValue k = js_arg(argc, argv, 0);
  return js_bool(can_be_held_weakly(k) && table_find(rt, t, k));
}

NATIVE(weakmap_proto_delete) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKMAP, "WeakMap.prototype.delete");
  JsValue k = js_arg(argc, argv, 0);
  return js_bool(can_be_held_weakly(k) && table_delete(rt, t, k));
}

NATIVE(weakmap_proto_get_or_insert) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKMAP, "WeakMap.prototype.getOrInsert");
  JsValue k = js_arg(argc, argv, 0);
  if (!can_be_held_weakly(k))
    return js_throw_type_error(rt, "Invalid value used as weak map key");
  return get_or_insert(rt, t, k, js_arg(argc, argv, 1));
}

NATIVE(weakmap_proto_get_or_insert_computed) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKMAP, "WeakMap.prototype.getOrInsertComputed");
  JsValue k = js_arg(argc, argv, 0);
  if (!can_be_held_weakly(k))
    return js_throw_type_error(rt, "Invalid value used as weak map key");
  return get_or_insert_computed(rt, t, k, js_arg(argc, argv, 1));
}

NATIVE(weakset_proto_add) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKSET, "WeakSet.prototype.add");
  JsValue k = js_arg(argc, argv, 0);
  if (!can_be_held_weakly(k))
    return js_throw_type_error(rt, "Invalid value used in weak set");
  table_set(rt, t, k, JS_UNDEFINED);
  return this_val;
}

NATIVE(weakset_proto_has) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKSET, "WeakSet.prototype.has");
  JsValue k = js_arg(argc, argv, 0);
  return js_bool(can_be_held_weakly(k) && table_find(rt, t, k));
}

NATIVE(weakset_proto_delete) {
  UNUSED_ARGS;
  WEAK_THIS(JS_CLASS_WEAKSET, "WeakSet.prototype.delete");
  JsValue k = js_arg(argc, argv, 0);
  return js_bool(can_be_held_weakly(k) && table_delete(rt, t, k));
}

// ---------------------------------------------------------------------------
// WeakRef and FinalizationRegistry (#sec-managing-memory). The target and
// the registered cells are held strongly (see the top of the file).
// ---------------------------------------------------------------------------

NATIVE(weakref_ctor) {
  UNUSED_ARGS;
  if (new_target == JS_UNDEFINED)
    return js_throw_type_error(rt, "Constructor WeakRef requires 'new'");
  JsValue target = js_arg(argc, argv, 0);
  if (!can_be_held_weakly(target))
    return js_throw_type_error(rt, "WeakRef: target must be an object");
  JsValue obj = js_ordinary_create_from_constructor(rt, new_target, weakref_proto,
                                                    JS_CLASS_WEAKREF);
  if (js_is_exception(obj))
    return obj;
  JsValue *slot = js_gc_alloc(sizeof(JsValue));
  *slot = target;
  js_obj(obj)->internal = slot;
  return obj;
}

NATIVE(weakref_proto_deref) {
  UNUSED_ARGS;
  if (js_class_of(this_val) != JS_CLASS_WEAKREF)
    return js_throw_type_error(rt, "Method WeakRef.prototype.deref called on incompatible "
                                   "receiver %s", js_value_cstr_short(rt, this_val));
  return *(JsValue *)js_obj(this_val)->internal;
}

// A registry's cells: a Map-like table from unregister token to a list of
// held values is not needed while nothing is collected; only the tokens
// matter (unregister reports whether any cell had the token).
NATIVE(finreg_ctor) {
  UNUSED_ARGS;
  if (new_target == JS_UNDEFINED)
    return js_throw_type_error(rt, "Constructor FinalizationRegistry requires 'new'");
  JsValue cb = js_arg(argc, argv, 0);
  if (!js_is_callable(cb))
    return js_throw_type_error(rt, "FinalizationRegistry: cleanup must be callable");
  JsValue obj = js_ordinary_create_from_constructor(rt, new_target, finreg_proto,
                                                    JS_CLASS_FINALIZATION_REGISTRY);
  if (js_is_exception(obj))
    return obj;
  Table *t = js_gc_alloc(sizeof(Table));
  t->store = new_store(0);
  js_obj(obj)->internal = t;
  return obj;
}

#define FINREG_THIS(method)                                                      \
  Table *t = this_table(rt, this_val, JS_CLASS_FINALIZATION_REGISTRY,            \
                        "FinalizationRegistry.prototype." method);               \
  if (!t)                                                                        \
    return JS_EXCEPTION

NATIVE(finreg_proto_register) {
  UNUSED_ARGS;
  FINREG_THIS("register");
  JsValue target = js_arg(argc, argv, 0), held = js_arg(argc, argv, 1);
  JsValue token = js_arg(argc, argv, 2);
  if (!can_be_held_weakly(target))
    return js_throw_type_error(rt, "FinalizationRegistry.prototype.register: invalid target");
  if (js_same_value(target, held))
    return js_throw_type_error(rt, "FinalizationRegistry.prototype.register: target and "
                                   "holdings must not be same");
  if (token != JS_UNDEFINED && !can_be_held_weakly(token))
    return js_throw_type_error(rt, "FinalizationRegistry.prototype.register: invalid "
                                   "unregister token");
  if (token != JS_UNDEFINED)
    table_set(rt, t, token, JS_TRUE);
  return JS_UNDEFINED;
}

NATIVE(finreg_proto_unregister) {
  UNUSED_ARGS;
  FINREG_THIS("unregister");
  JsValue token = js_arg(argc, argv, 0);
  if (!can_be_held_weakly(token))
    return js_throw_type_error(rt, "Invalid unregisterToken ('%s')",
                               js_value_cstr_short(rt, token));
  return js_bool(table_delete(rt, t, token));
}

NATIVE(finreg_proto_cleanup_some) {
  UNUSED_ARGS;
  FINREG_THIS("cleanupSome");
  JsValue cb = js_arg(argc, argv, 0);
  if (cb != JS_UNDEFINED && !js_is_callable(cb))
    return js_throw_type_error(rt, "%s is not a function", js_value_cstr_short(rt, cb));
  return JS_UNDEFINED;
}

// ---------------------------------------------------------------------------
// collections.h
// ---------------------------------------------------------------------------

static Table *any_table(JsValue v) {
  switch (js_class_of(v)) {
  case JS_CLASS_MAP:
  case JS_CLASS_SET:
  case JS_CLASS_WEAKMAP:
  case JS_CLASS_WEAKSET:
    return js_obj(v)->internal;
  default:
    return NULL;
  }
}

bool js_is_collection(JsValue v) { return any_table(v) != NULL; }

uint32_t js_map_size(JsValue coll) {
  Table *t = any_table(coll);
  return t ? t->store->live : 0;
}

bool js_map_entry_at(JsValue coll, uint32_t *pos, JsValue *key, JsValue *value) {
  Table *t = any_table(coll);
  if (!t)
    return false;
  Store *s = t->store;
  while (*pos < s->used) {
    Entry *e = &s->entries[(*pos)++];
    if (e->key == JS_EMPTY)
      continue;
    *key = e->key;
    bool is_set = js_class_of(coll) == JS_CLASS_SET || js_class_of(coll) == JS_CLASS_WEAKSET;
    *value = is_set ? e->key : e->value;
    return true;
  }
  return false;
}

int js_collection_iterator_kind(JsValue it, int *kind) {
  CollIter *m = iter_of(it, MAP_ITER_MAGIC), *s = iter_of(it, SET_ITER_MAGIC);
  CollIter *c = m ? m : s;
  if (!c)
    return 0;
  if (kind)
    *kind = c->kind;
  return m ? 1 : 2;
}

JsValue js_collection_iterator_preview(JsRt *rt, JsValue it) {
  JsValue out = js_new_array(rt, 0);
  int kind;
  int which = js_collection_iterator_kind(it, &kind);
  if (!which)
    return out;
  CollIter *c = js_obj(it)->internal;
  if (c->done)
    return out;
  Cursor cur = c->cur;  // a copy: the iterator does not move
  for (Entry *e; (e = cursor_next(&cur));)
    js_array_push(rt, out, iter_item(rt, kind, e->key, which == 2 ? e->key : e->value));
  return out;
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef map_static_funcs[] = {
  JS_FN("groupBy", map_group_by, 2),
  JS_GETTER("[Symbol.species]", get_species),
};

static const JsNativeDef map_proto_funcs[] = {
  JS_FN("get", map_proto_get, 1),
  JS_FN("getOrInsert", map_proto_get_or_insert, 2),
  JS_FN("getOrInsertComputed", map_proto_get_or_insert_computed, 2),
  JS_FN("set", map_proto_set, 2),
  JS_FN("has", map_proto_has, 1),
  JS_FN("delete", map_proto_delete, 1),
  JS_FN("clear", map_proto_clear, 0),
  JS_FN("entries", map_proto_entries, 0),
  JS_FN("forEach", map_proto_for_each, 1),
  JS_FN("keys", map_proto_keys, 0),
  JS_GETTER("size", map_proto_get_size),
  JS_FN("values", map_proto_values, 0),
};

static const JsNativeDef set_static_funcs[] = {
  JS_GETTER("[Symbol.species]", get_species),
};

static const JsNativeDef set_proto_funcs[] = {
  JS_FN("has", set_proto_has, 1),
  JS_FN("add", set_proto_add, 1),
  JS_FN("delete", set_proto_delete, 1),
  JS_FN("clear", set_proto_clear, 0),
  JS_FN("entries", set_proto_entries, 0),
  JS_FN("forEach", set_proto_for_each, 1),
  JS_GETTER("size", set_proto_get_size),
  JS_FN("values", set_proto_values, 0),
  JS_FN("union", set_proto_union, 1),
  JS_FN("intersection", set_proto_intersection, 1),
  JS_FN("difference", set_proto_difference, 1),
  JS_FN("symmetricDifference", set_proto_symmetric_difference, 1),
  JS_FN("isSubsetOf", set_proto_is_subset_of, 1),
  JS_FN("isSupersetOf", set_proto_is_superset_of, 1),
  JS_FN("isDisjointFrom", set_proto_is_disjoint_from, 1),
};

static const JsNativeDef weakmap_proto_funcs[] = {
  JS_FN("delete", weakmap_proto_delete, 1),
  JS_FN("get", weakmap_proto_get, 1),
  JS_FN("getOrInsert", weakmap_proto_get_or_insert, 2),
  JS_FN("getOrInsertComputed", weakmap_proto_get_or_insert_computed, 2),
  JS_FN("set", weakmap_proto_set, 2),
  JS_FN("has", weakmap_proto_has, 1),
};

static const JsNativeDef weakset_proto_funcs[] = {
  JS_FN("delete", weakset_proto_delete, 1),
  JS_FN("has", weakset_proto_has, 1),
  JS_FN("add", weakset_proto_add, 1),
};

static const JsNativeDef weakref_proto_funcs[] = {
  JS_FN("deref", weakref_proto_deref, 0),
};

static const JsNativeDef finreg_proto_funcs[] = {
  JS_FN("register", finreg_proto_register, 2),
  JS_FN("unregister", finreg_proto_unregister, 1),
  JS_FN("cleanupSome", finreg_proto_cleanup_some, 0),
};

static const JsNativeDef map_iterator_funcs[] = {
  JS_FN("next", map_iterator_next, 0),
};

static const JsNativeDef set_iterator_funcs[] = {
  JS_FN("next", set_iterator_next, 0),
};

static void define_tag(JsRt *rt, JsValue obj, const char *tag) {
  js_define_value(rt, obj, rt->sym_to_string_tag, js_atom_cstr(rt, tag),
                  JS_PROP_CONFIGURABLE);
}

static void define_global(JsRt *rt, const char *name, JsValue v) {
  js_define_value(rt, rt->global, js_atom_cstr(rt, name), v,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

// Creates prototype + constructor, installs the table, tags and binds it.
static JsValue make_class(JsRt *rt, JsValue *proto_out, const char *name, JsFn ctor_fn,
                          int length, const JsNativeDef *defs, size_t n) {
  JsValue proto = *proto_out;
  if (!js_is_object(proto)) {
    proto = js_new_object(rt);
    *proto_out = proto;
  }
  JsValue ctor = js_new_native_ctor(rt, ctor_fn, name, length, proto);
  js_install(rt, proto, defs, n);
  define_tag(rt, proto, name);
  define_global(rt, name, ctor);
  return ctor;
}

static JsValue method_of(JsRt *rt, JsValue proto, const char *name) {
  return js_get_prop(rt, proto, js_atom_cstr(rt, name));
}

static JsValue make_iterator_proto(JsRt *rt, const JsNativeDef *defs, size_t n,
                                   const char *tag) {
  JsValue p = js_new_object_proto(rt, rt->iterator_proto);
  js_install(rt, p, defs, n);
  define_tag(rt, p, tag);
  return p;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

void stdlib_map_init(JsRt *rt) {
  JsValue map = make_class(rt, &rt->map_proto, "Map", map_ctor, 0, map_proto_funcs,
                           COUNT(map_proto_funcs));
  JS_INSTALL(rt, map, map_static_funcs);
  JsValue entries = method_of(rt, rt->map_proto, "entries");
  js_define_value(rt, rt->map_proto, rt->sym_iterator, entries,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  map_proto_set_fn = method_of(rt, rt->map_proto, "set");

  JsValue set = make_class(rt, &rt->set_proto, "Set", set_ctor, 0, set_proto_funcs,
                           COUNT(set_proto_funcs));
  JS_INSTALL(rt, set, set_static_funcs);
  JsValue values = method_of(rt, rt->set_proto, "values");
  js_define_value(rt, rt->set_proto, js_atom_cstr(rt, "keys"), values,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  js_define_value(rt, rt->set_proto, rt->sym_iterator, values,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  set_proto_add_fn = method_of(rt, rt->set_proto, "add");

  make_class(rt, &weakmap_proto, "WeakMap", weakmap_ctor, 0, weakmap_proto_funcs,
             COUNT(weakmap_proto_funcs));
  weakmap_proto_set_fn = method_of(rt, weakmap_proto, "set");
  make_class(rt, &weakset_proto, "WeakSet", weakset_ctor, 0, weakset_proto_funcs,
             COUNT(weakset_proto_funcs));
  weakset_proto_add_fn = method_of(rt, weakset_proto, "add");
  make_class(rt, &weakref_proto, "WeakRef", weakref_ctor, 1, weakref_proto_funcs,
             COUNT(weakref_proto_funcs));
  make_class(rt, &finreg_proto, "FinalizationRegistry", finreg_ctor, 1, finreg_proto_funcs,
             COUNT(finreg_proto_funcs));

  map_iterator_proto = make_iterator_proto(rt, map_iterator_funcs,
                                           COUNT(map_iterator_funcs), "Map Iterator");
  set_iterator_proto = make_iterator_proto(rt, set_iterator_funcs,
                                           COUNT(set_iterator_funcs), "Set Iterator");
}
