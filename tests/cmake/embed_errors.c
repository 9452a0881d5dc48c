// embed_errors.c: a JavaScript exception reaches C as an error, never an
// abort, wherever it is thrown, and the runtime keeps working after it
// (tests/cmake/run.py builds this against embed_errors.mjs).
#include <stdio.h>
#include <string.h>

#include "embed_errors.h"

static int failures;

static void expect(int cond, const char *what) {
  printf("%s %s\n", cond ? "ok  " : "FAIL", what);
  failures += !cond;
}

static int still_works(void) {
  kiln_value *one = kiln_number(1);
  kiln_value *r = embed_errors_ok(one);
  int ok = r && kiln_to_number(r) == 2;
  kiln_value_free(one);
  kiln_value_free(r);
  return ok;
}

static int error_is(const char *message) { return strcmp(kiln_error_message(), message) == 0; }

int main(int argc, char **argv) {
  expect(kiln_call("ok", 0, NULL) == NULL && strstr(kiln_error_message(), "not started"),
         "a call before init is an error");
  expect(embed_errors_init(argc, argv) == 0, "init");
  expect(embed_errors_init(argc, argv) == -1, "a second init is refused");
  expect(still_works(), "a call returns its value");
  expect(!embed_errors_throwsString() && error_is("a plain string"), "a thrown string");
  kiln_value *v = embed_errors_timerThrows();
  int rc = kiln_run_loop();
  expect(v && rc == -1 && error_is("boom in a timer"), "a timer callback that throws");
  expect(still_works(), "... and the runtime works after it");
  kiln_value_free(v);
  v = embed_errors_orphanRejection();
  expect(!v && error_is("nobody handles me"), "an unhandled rejection during a call");
  v = embed_errors_tickThrows();
  expect(!v && error_is("in a tick"), "a nextTick callback that throws");
  expect(still_works(), "... and the runtime works after them");
  kiln_value *p = embed_errors_never();
  expect(kiln_await(p) == NULL && strstr(kiln_error_message(), "ran out of work"),
         "awaiting a promise nothing will settle");
  kiln_value_free(p);
  kiln_value *c = kiln_export("cyclic");
  expect(kiln_to_json(c) == NULL && strstr(kiln_error_message(), "circular"),
         "JSON of a cyclic object");
  kiln_value_free(c);
  kiln_value *ms[3];
  kiln_value *ps[3];
  for (int i = 0; i < 3; i++) {
    ms[i] = kiln_number(30 - 10 * i);
    ps[i] = embed_errors_awaitsTimer(ms[i]);
  }
  kiln_value *last = kiln_await(ps[0]);  // the longest: the others settle meanwhile
  kiln_value *first = kiln_await(ps[2]);
  expect(last && first && kiln_to_number(last) == 30 && kiln_to_number(first) == 10,
         "three promises awaited out of order");
  expect(kiln_run_loop() == 0, "an empty loop runs to its end");
  kiln_shutdown();
  printf("%d failed\n", failures);
  return failures != 0;
}
