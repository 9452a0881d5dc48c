// SPDX-License-Identifier: MIT
//
// arena.c: the compiler's one arena, and the growable PtrVec.
//
// The compiler is short-lived, so AST and IR nodes are carved out of large
// zeroed chunks and never freed (chibicc's approach). Requests larger than a
// chunk get a chunk of their own.
#include "support.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_CHUNK = 1 << 20 };

static char *chunk_ptr;   // next free byte in the current chunk
static size_t chunk_left; // bytes left in the current chunk

// Every block the arena took from the heap, linked through a header, so
// that arena_free_all() can give them back (the fuzz targets compile many
// programs in one process; kiln itself never calls it).
typedef struct Block {
  struct Block *next;
  max_align_t align;  // the caller's memory follows, aligned
} Block;
static Block *blocks;

static void *checked_calloc(size_t n) {
  Block *b = calloc(1, offsetof(Block, align) + n);
  if (!b) {
    fprintf(stderr, "kiln: out of memory (%zu bytes)\n", n);
    exit(70);
  }
  b->next = blocks;
  blocks = b;
  return &b->align;
}

void arena_free_all(void) {
  while (blocks) {
    Block *next = blocks->next;
    free(blocks);
    blocks = next;
  }
  chunk_ptr = NULL;
  chunk_left = 0;
}

void *arena_alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n == 0)
    n = 16;
  if (n > ARENA_CHUNK / 4)
    return checked_calloc(n);
  if (n > chunk_left) {
    chunk_ptr = checked_calloc(ARENA_CHUNK);
    chunk_left = ARENA_CHUNK;
  }
  void *p = chunk_ptr;
  chunk_ptr += n;
  chunk_left -= n;
  return p;
}

char *arena_strndup(const char *s, size_t n) {
  char *p = arena_alloc(n + 1);
  if (n)
    memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *arena_printf(const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0)
    n = 0;
  if ((size_t)n < sizeof small)
    return arena_strndup(small, (size_t)n);
  char *p = arena_alloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

// PtrVec storage is heap memory: vectors grow by doubling, and the old
// buffer is released (unlike arena memory, it moves).
void vec_push(PtrVec *v, void *p) {
  if (v->len == v->cap) {
    int cap = v->cap ? v->cap * 2 : 8;
    void **items = realloc(v->items, (size_t)cap * sizeof *items);
    if (!items) {
      fprintf(stderr, "kiln: out of memory\n");
      exit(70);
    }
    v->items = items;
    v->cap = cap;
  }
  v->items[v->len++] = p;
}
