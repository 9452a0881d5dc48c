// SPDX-License-Identifier: MIT
//
// gc.c: the glue to Boehm GC and the memory rules of the runtime.
//
// Boehm is conservative: it finds live memory by seeing raw addresses in
// the stack, registers, static data and scanned heap blocks. Hence:
//  - memory that holds JsValues or pointers comes from js_gc_alloc()
//    (scanned); string bytes and number arrays from js_gc_alloc_atomic();
//  - the runtime itself is allocated uncollectable (a root);
//  - never keep the only reference to a GC object in malloc memory.
#include "internal.h"

#include <gc.h>
#include <stdlib.h>

static void out_of_memory(size_t n) {
  fprintf(stderr, "FATAL ERROR: out of memory (allocating %zu bytes)\n", n);
  abort();
}

void *js_gc_alloc(size_t n) {
  void *p = GC_MALLOC(n ? n : 1);
  if (!p)
    out_of_memory(n);
  return p;  // GC_MALLOC memory is already zeroed
}

void *js_gc_alloc_atomic(size_t n) {
  void *p = GC_MALLOC_ATOMIC(n ? n : 1);
  if (!p)
    out_of_memory(n);
  return p;
}

void *js_gc_realloc(void *p, size_t n) {
  void *q = GC_REALLOC(p, n ? n : 1);
  if (!q)
    out_of_memory(n);
  return q;
}
