// SPDX-License-Identifier: MIT
//
// handle.c: the registry of libuv requests and handles that carry JS values.
//
// libuv's memory is not scanned by Boehm, so a JS callback, buffer or promise
// that only a pending uv_fs_t or an open uv_process_t points to would be
// collected. Every such request or handle is therefore allocated here, with
// the JS values it needs in the same block: the block is uncollectable
// (scanned, never freed by the collector) until the operation is over. A
// request's owner releases it after its completion callback; a handle goes
// through js_uv_close, which releases it from libuv's close callback, when
// libuv no longer touches it. One count of live blocks lets tests check
// that finished operations leave nothing behind.
#include "internal.h"

#include <gc.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

static size_t live;

// Each block starts with this header; callers get the memory after it. A
// handle must be the first member of its block, so that libuv's close
// callback finds the header again.
typedef struct Header {
  void (*on_close)(void *handle);
  max_align_t align[];
} Header;

void *js_uv_alloc(size_t size) {
  Header *h = GC_MALLOC_UNCOLLECTABLE(sizeof(Header) + size);
  if (!h) {
    fputs("FATAL ERROR: out of memory (libuv request)\n", stderr);
    abort();
  }
  memset(h, 0, sizeof(Header) + size);
  live++;
  return h + 1;
}

void js_uv_release(void *block) {
  if (!block)
    return;
  live--;
  GC_FREE((Header *)block - 1);
}

static void closed(uv_handle_t *handle) {
  Header *h = (Header *)(void *)handle - 1;
  if (h->on_close)
    h->on_close(handle);
  js_uv_release(handle);
}

void js_uv_close(void *handle, void (*on_close)(void *handle)) {
  uv_handle_t *uh = handle;
  if (uv_is_closing(uh))
    return;
  ((Header *)handle - 1)->on_close = on_close;
  uv_close(uh, closed);
}

size_t js_uv_live(void) { return live; }
