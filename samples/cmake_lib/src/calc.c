// calc.c: a C program calling the exports of src/lib.mjs through the
// header kiln_add_library generates (../CMakeLists.txt builds it twice:
// against the static mathlib and the shared mathlib_so).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef USE_SHARED
#include "mathlib_so.h"
#define lib(f) mathlib_so_##f
#else
#include "mathlib.h"
#define lib(f) mathlib_##f
#endif

static void print_json(const char *what, kiln_value *v) {
  char *json = v ? kiln_to_json(v) : NULL;
  printf("%s: %s\n", what, json ? json : kiln_error_message());
  free(json);
}

int main(int argc, char **argv) {
  if (lib(init)(argc, argv) != 0) {
    fprintf(stderr, "init failed: %s\n", kiln_error_stack());
    return 1;
  }
  // Numbers.
  kiln_value *a = kiln_number(2), *b = kiln_number(40);
  kiln_value *sum = lib(add)(a, b);
  printf("add(2, 40) = %g\n", kiln_to_number(sum));

  // Strings.
  kiln_value *name = kiln_string("C");
  kiln_value *hello = lib(greet)(name);
  char *text = kiln_to_string(hello);
  printf("greet: %s\n", text);
  free(text);

  // JSON in and out, and a property.
  kiln_value *values = kiln_json("[1, 2, 3, 4]");
  kiln_value *stats = lib(stats)(values);
  print_json("stats", stats);
  kiln_value *mean = kiln_get(stats, "mean");
  printf("mean = %g\n", kiln_to_number(mean));

  // A value export, and an export called by name.
  kiln_value *version = kiln_export("version");
  printf("version %s (%s)\n", kiln_typeof(version), text = kiln_to_string(version));
  free(text);

  // An async function: a promise, settled by running the loop.
  kiln_value *n = kiln_number(21);
  kiln_value *promise = lib(doubleLater)(n);
  printf("doubleLater returned a promise: %d\n", kiln_is_promise(promise));
  kiln_value *doubled = kiln_await(promise);
  printf("doubleLater(21) = %g\n", kiln_to_number(doubled));

  // A thrown error comes back as an error.
  kiln_value *msg = kiln_string("out of range");
  kiln_value *r = lib(fail)(msg);
  printf("fail: %s, message \"%s\"\n", r ? "returned" : "threw", kiln_error_message());
  const char *stack = kiln_error_stack();  // "RangeError: out of range\n    at ..."
  printf("stack starts: %.*s\n", (int)strcspn(stack, "\n"), stack);
  kiln_value *err = kiln_error_value();
  kiln_value *err_name = kiln_get(err, "name");
  printf("error name: %s\n", text = kiln_to_string(err_name));
  free(text);

  // ... and a rejected promise too.
  kiln_value *later = lib(failLater)(msg);
  kiln_value *settled = kiln_await(later);
  printf("failLater: %s, message \"%s\"\n", settled ? "fulfilled" : "rejected",
         kiln_error_message());

  // Calling what is not there.
  r = kiln_call("nothing", 0, NULL);
  printf("nothing: %s\n", r ? "returned" : kiln_error_message());
  kiln_value *bad = kiln_json("{oops");
  stack = kiln_error_stack();  // "SyntaxError: Expected property name ..."
  printf("bad JSON: %s %.*s\n", bad ? "parsed" : "threw", (int)strcspn(stack, ":"), stack);

  kiln_value *all[] = {a, b, sum, name, hello, values, stats, mean, version, n, promise,
                       doubled, msg, err, err_name, later};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++)
    kiln_value_free(all[i]);
  int rc = kiln_run_loop();
  kiln_shutdown();
  printf("done (%d)\n", rc);
  return 0;
}
