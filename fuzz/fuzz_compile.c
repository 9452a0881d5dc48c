// SPDX-License-Identifier: MIT
//
// fuzz_compile.c: libFuzzer target for the compiler, source text to C.
//
// Each input is a program: parsed, checked (early errors, scopes), lowered
// to IR and emitted as C, in process, exactly as `kiln emit-c` does
// (build_module_graph + emit_c), with no C compiler run. It must end in
// diagnostics or C text, never a crash, a sanitizer report or an internal
// error (ICE exits 70, which libFuzzer reports).
//
// The input's first line chooses how it is read: "//ts" a TypeScript file,
// "//mjs" an ES module, "//script" a classic script; otherwise CommonJS
// .js, as kiln reads a .js file. (fuzz/seeds.py writes the seeds so.)
//
// The compiler is built for one program per process (an arena that is never
// freed, an error count): between inputs arena_free_all(), diag_reset() and
// ts_peek_reset() start it afresh. Diagnostics go to /dev/null unless
// KILN_FUZZ_VERBOSE is set. The passes recurse over the AST, so, as
// compiler/main.c does, the compile runs on a thread with a large stack.
#include "emit/emit.h"
#include "ir/ir.h"
#include "module/graph.h"
#include "pass/pass.h"
#include "support/support.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  // A private folder: the program's relative imports find nothing but itself.
  snprintf(dir, sizeof dir, "/tmp/kiln-fuzz-XXXXXX");
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    exit(1);
  }
  devnull = fopen("/dev/null", "w");
  if (!getenv("KILN_FUZZ_VERBOSE"))
    stderr = devnull;  // diagnostics; sanitizers and libFuzzer write to fd 2
  return 0;
}

typedef struct Job {
  const char *path;
  GraphOptions go;
} Job;

static void *compile(void *p) {
  Job *j = p;
  IrModule *m = build_module_graph(j->path, &j->go);
  if (m) {
    EmitOptions eo = {.display_name = j->path, .runtime_name = m->files[0].filename,
                      .line_directives = true};
    emit_c(m, devnull, &eo);
  }
  return NULL;
}

static bool starts(const uint8_t *data, size_t size, const char *s) {
  size_t n = strlen(s);
  return size >= n && memcmp(data, s, n) == 0 && (size == n || data[n] == '\n');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Job j = {0};
  const char *ext = ".js";
  if (starts(data, size, "//ts"))
    ext = ".ts";
  else if (starts(data, size, "//mjs"))
    ext = ".mjs";
  else if (starts(data, size, "//script"))
    j.go.script = true;
  char path[96];
  snprintf(path, sizeof path, "%s/input%s", dir, ext);
  FILE *f = fopen(path, "wb");
  if (!f)
    abort();
  fwrite(data, 1, size, f);
  fclose(f);
  j.path = path;
  pthread_attr_t attr;
  pthread_t t;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, (size_t)256 << 20);
  if (pthread_create(&t, &attr, compile, &j) != 0)
    abort();
  pthread_join(t, NULL);
  pthread_attr_destroy(&attr);
  unlink(path);
  arena_free_all();
  diag_reset();
  ts_peek_reset();
  return 0;
}
