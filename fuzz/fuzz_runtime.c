// SPDX-License-Identifier: MIT
//
// fuzz_runtime.c: the libFuzzer harness of the runtime targets.
//
// Each runtime target is a small JavaScript library (fuzz/rt/NAME.js)
// compiled by kiln (`kiln build --emit=lib`, by clang with coverage) and
// linked with the instrumented runtime; this harness starts it once
// (FUZZ_INIT, its <name>_init) and calls its export fuzz(input, number) for
// every input: input the bytes as a Latin-1 string (every byte one char, so
// no input is lost to UTF-8 decoding), number the first 8 bytes read as a
// double (for the number formatting targets). The JS decides what is a
// failure: it catches the errors node would throw for bad input
// (SyntaxError, TypeError, RangeError ...) and throws anything else, checks
// its own invariants (round trips), and an exception that reaches C aborts,
// which libFuzzer reports as a crash with the JS error printed.
#include "kiln_embed.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int FUZZ_INIT(int argc, char **argv);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kiln_value *fuzz_fn;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  if (FUZZ_INIT(1, *argv) != 0) {
    fprintf(stderr, "fuzz: the library did not start: %s\n", kiln_error_stack());
    exit(1);
  }
  (void)argc;
  fuzz_fn = kiln_export("fuzz");
  if (!fuzz_fn) {
    fprintf(stderr, "fuzz: no export fuzz: %s\n", kiln_error_stack());
    exit(1);
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // Latin-1 to UTF-8: bytes >= 0x80 take two.
  char *utf8 = malloc(size * 2 + 1);
  size_t n = 0;
  for (size_t i = 0; i < size; i++) {
    if (data[i] < 0x80) {
      utf8[n++] = (char)data[i];
    } else {
      utf8[n++] = (char)(0xC0 | data[i] >> 6);
      utf8[n++] = (char)(0x80 | (data[i] & 0x3F));
    }
  }
  double d = 0;
  memcpy(&d, data, size < sizeof d ? size : sizeof d);
  kiln_value *args[2] = {kiln_string_len(utf8, n), kiln_number(d)};
  free(utf8);
  kiln_value *r = kiln_call_value(fuzz_fn, 2, args);
  if (!r) {
    fprintf(stderr, "fuzz: uncaught exception: %s\n", kiln_error_stack());
    abort();
  }
  kiln_value_free(r);
  kiln_value_free(args[0]);
  kiln_value_free(args[1]);
  return 0;
}
