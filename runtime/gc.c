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
//
// The heap has a limit, like V8's: past it the program ends the way node
// does when its heap is exhausted (stderr "FATAL ERROR: Reached heap limit
// Allocation failed - JavaScript heap out of memory", SIGABRT), quickly,
// instead of growing until the system kills it. The limit is, first found:
//   $KILN_MAX_HEAP (bytes, or a number with K, M or G),
//   node's --max-old-space-size=MB in $NODE_OPTIONS,
//   the build's `kiln build --max-heap=SIZE` (js__max_heap_default),
//   a quarter of physical memory, between 256 MB and 4 GB (V8's rule).
// A worker_threads Worker with resourceLimits (a child process, see
// stdlib/node/worker_threads.js) gets $KILN_MAX_HEAP and $KILN_OOM_EXIT:
// past the limit it exits quietly with that status, and its parent reports
// node's ERR_WORKER_OUT_OF_MEMORY.
//
// $KILN_GC_STRESS=N collects on every N-th allocation: a value held only
// where Boehm does not look (malloc memory, a freed block) then fails in
// the tests at once instead of rarely.
#include "internal.h"

#include <gc.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

// Set by a program built with --max-heap (a strong definition in its C);
// 0 means no build-time limit.
__attribute__((weak)) unsigned long long js__max_heap_default = 0;

static unsigned long stress_every;  // KILN_GC_STRESS, 0: off
static unsigned long stress_count;
static size_t heap_limit;
static int oom_exit;  // KILN_OOM_EXIT, 0: report as node does

_Noreturn void js_fatal_heap_oom(void) {
  if (oom_exit) {
    fflush(stdout);
    fflush(stderr);
    _exit(oom_exit);
  }
  // What node prints; its GC trace and native stack, which name V8
  // internals, are left out.
  fflush(stdout);
  static const char msg[] =
      "\n<--- Last few GCs --->\n\n<--- JS stacktrace --->\n\n"
      "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";
  ssize_t w = write(2, msg, sizeof msg - 1);
  (void)w;
  // No core file of a multi-gigabyte heap: dumping it takes minutes.
  struct rlimit none = {0, 0};
  setrlimit(RLIMIT_CORE, &none);
  signal(SIGABRT, SIG_DFL);
  abort();
}

static void out_of_memory(size_t n) {
  (void)n;
  js_fatal_heap_oom();
}

// "512M", "2G", "1048576": bytes; 0 when unreadable.
static size_t parse_size(const char *s) {
  if (!s || !*s)
    return 0;
  char *end;
  double v = strtod(s, &end);
  if (end == s || v <= 0)
    return 0;
  switch (*end) {
  case 'k': case 'K': v *= 1024.0; end++; break;
  case 'm': case 'M': v *= 1024.0 * 1024.0; end++; break;
  case 'g': case 'G': v *= 1024.0 * 1024.0 * 1024.0; end++; break;
  default: break;
  }
  if (*end == 'b' || *end == 'B')
    end++;
  if (*end || v >= 1e18)
    return 0;
  return (size_t)v;
}

// --max-old-space-size=MB (or _ for -) in $NODE_OPTIONS.
static size_t node_options_limit(void) {
  const char *no = getenv("NODE_OPTIONS");
  if (!no)
    return 0;
  for (const char *p = no; (p = strstr(p, "-max")) != NULL; p++) {
    static const char *names[] = {"-max-old-space-size=", "-max_old_space_size="};
    for (int i = 0; i < 2; i++) {
      size_t l = strlen(names[i]);
      if (strncmp(p, names[i], l) == 0) {
        double mb = strtod(p + l, NULL);
        if (mb > 0 && mb < 1e12)
          return (size_t)(mb * 1024.0 * 1024.0);
      }
    }
  }
  return 0;
}

static size_t default_limit(void) {
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  size_t lo = (size_t)256 << 20, hi = (size_t)4 << 30;
  if (pages <= 0 || page <= 0)
    return hi;
  size_t quarter = (size_t)pages / 4 * (size_t)page;
  return quarter < lo ? lo : quarter > hi ? hi : quarter;
}

// Boehm warns on stderr about large blocks and heap growth; node prints
// nothing of the kind.
static void quiet_warning(char *msg, GC_word arg) {
  (void)msg;
  (void)arg;
}

static void *oom_fn(size_t n) {
  (void)n;
  return NULL;  // the caller reports it (out_of_memory)
}

void js__gc_setup(void) {
  static bool done;
  if (done)
    return;
  done = true;
  size_t limit = parse_size(getenv("KILN_MAX_HEAP"));
  if (!limit)
    limit = node_options_limit();
  if (!limit)
    limit = (size_t)js__max_heap_default;
  if (!limit)
    limit = default_limit();
  heap_limit = limit;
  const char *oom = getenv("KILN_OOM_EXIT");
  if (oom && *oom)
    oom_exit = atoi(oom) & 0xff;
  GC_set_max_heap_size(limit);
  GC_set_oom_fn(oom_fn);
  GC_set_warn_proc(quiet_warning);
  const char *stress = getenv("KILN_GC_STRESS");
  if (stress && *stress) {
    long n = strtol(stress, NULL, 10);
    stress_every = n > 0 ? (unsigned long)n : 0;
  }
}

size_t js_gc_heap_limit(void) {
  return heap_limit;
}

// Whether a single allocation of n bytes can never fit under the limit
// (the caller throws node's RangeError or fails the way node does).
bool js_gc_too_large(size_t n) {
  return heap_limit && n > heap_limit;
}

static inline void stress(void) {
  if (stress_every && ++stress_count % stress_every == 0)
    GC_gcollect();
}

void *js_gc_alloc(size_t n) {
  stress();
  void *p = GC_MALLOC(n ? n : 1);
  if (!p)
    out_of_memory(n);
  return p;  // GC_MALLOC memory is already zeroed
}

void *js_gc_alloc_atomic(size_t n) {
  stress();
  void *p = GC_MALLOC_ATOMIC(n ? n : 1);
  if (!p)
    out_of_memory(n);
  return p;
}

void *js_gc_realloc(void *p, size_t n) {
  stress();
  void *q = GC_REALLOC(p, n ? n : 1);
  if (!q)
    out_of_memory(n);
  return q;
}
