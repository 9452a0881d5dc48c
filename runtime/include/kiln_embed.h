// SPDX-License-Identifier: MIT
//
// kiln_embed.h: calling a JavaScript library compiled by kiln from C.
//
// `kiln build --emit=lib lib.mjs -o libmathlib.a --header mathlib.h` (or
// kiln_add_library(mathlib lib.mjs) in CMake) compiles the ES module lib.mjs
// and everything it imports into a C library, and writes mathlib.h:
//
//   int mathlib_init(int argc, char **argv);   // start the runtime, run lib.mjs
//   kiln_value *mathlib_add(kiln_value *a0, kiln_value *a1);  // export function add(a, b)
//
// A program then does:
//
//   if (mathlib_init(argc, argv) != 0) { fprintf(stderr, "%s\n", kiln_error_stack()); ... }
//   kiln_value *a = kiln_number(2), *b = kiln_number(3);
//   kiln_value *r = mathlib_add(a, b);          // or kiln_call("add", 2, args)
//   if (r) printf("%g\n", kiln_to_number(r)); else puts(kiln_error_message());
//   kiln_value_free(a), kiln_value_free(b), kiln_value_free(r);
//   ...
//   kiln_shutdown();
//
// Values. A kiln_value * is a handle to one JavaScript value, owned by the C
// code that received it: it keeps the value alive (the garbage collector
// sees it wherever the pointer is stored) until kiln_value_free(). The
// kiln_to_* functions never take ownership. Strings are UTF-8.
//
// Errors. A JavaScript exception never aborts the process: the function
// that ran JavaScript returns NULL (or -1) and kiln_error_message() /
// kiln_error_stack() / kiln_error_value() describe the error until the next
// call into JavaScript.
//
// Promises. An exported async function returns a promise: kiln_await()
// runs the event loop until it settles and returns its value (or NULL with
// the rejection as the error). kiln_run_loop() runs the loop until no work
// is left (timers, I/O, promise jobs), as node does before it exits.
//
// Threads and instances. One runtime per process, started once by the
// library's <name>_init and used from the thread that started it; no
// function here may be called from another thread or after kiln_shutdown().
// One kiln library per program (each carries the module table of its
// entry). JavaScript's console.log writes to C's stdout (the same FILE);
// process.exit() in JavaScript ends the process, as it would under node.
// The library's entry may also be CommonJS: its exports are module.exports.
#ifndef KILN_EMBED_H
#define KILN_EMBED_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kiln_value kiln_value;
struct JsRt;

// --- values (each returns a new handle; NULL with an error for bad JSON) ---
kiln_value *kiln_undefined(void);
kiln_value *kiln_null(void);
kiln_value *kiln_bool(int b);
kiln_value *kiln_number(double d);
kiln_value *kiln_string(const char *utf8);
kiln_value *kiln_string_len(const char *utf8, unsigned long len);
kiln_value *kiln_json(const char *json);  // JSON.parse(json)
void kiln_value_free(kiln_value *v);      // NULL is fine

// typeof v: "undefined", "object" (null too), "boolean", "number", "string",
// "symbol", "function", "bigint".
const char *kiln_typeof(const kiln_value *v);
int kiln_is_null(const kiln_value *v);
int kiln_is_promise(const kiln_value *v);
double kiln_to_number(const kiln_value *v);  // Number(v); NaN if that throws
int kiln_to_bool(const kiln_value *v);       // !!v
// These return malloc'd UTF-8 the caller free()s, or NULL with an error
// (a throwing toString or toJSON, a cycle, a BigInt in JSON ...).
char *kiln_to_string(const kiln_value *v);  // String(v)
char *kiln_to_json(const kiln_value *v);    // JSON.stringify(v); "undefined" for undefined
// obj[key] (NULL with an error if the getter throws).
kiln_value *kiln_get(const kiln_value *obj, const char *key);

// --- calling the library -----------------------------------------------------
// The library's export [name] (a new handle; NULL with an error if there is
// no such export or it is still uninitialized).
kiln_value *kiln_export(const char *name);
// Calls export [name] with argc arguments (NULL entries are undefined;
// argv may be NULL when argc is 0): its
// result, or NULL with the exception it threw as the error. The nextTick
// and promise jobs the call queued run before it returns (as after a
// callback in node); if one throws, or rejects a promise nobody handles,
// that is the call's error instead (its result is dropped). A promise the
// call returns is C's to read: its rejection is never "unhandled".
kiln_value *kiln_call(const char *name, int argc, kiln_value *const *argv);
// Calls a function value (this = undefined).
kiln_value *kiln_call_value(const kiln_value *fn, int argc, kiln_value *const *argv);

// --- the event loop ------------------------------------------------------------
// Runs the loop until promise [v] settles: its value, or NULL with the
// rejection reason as the error. A value that is not a promise is returned
// as a new handle at once. NULL (error "the event loop ran out of work")
// when nothing is left that could settle it.
kiln_value *kiln_await(const kiln_value *v);
// Runs ticks, promise jobs, timers and I/O until none is left. 0, or -1
// when a callback threw and nothing caught it (the error is set).
int kiln_run_loop(void);

// --- errors --------------------------------------------------------------------
// The last error: "" / NULL when there is none. The message is the
// exception's `message` (or String(value) for a non-error); the stack is
// its `stack` ("Error: msg\n    at ...") or the message. Valid until the
// next call into JavaScript.
const char *kiln_error_message(void);
const char *kiln_error_stack(void);
kiln_value *kiln_error_value(void);  // a new handle to the thrown value, or NULL
void kiln_error_clear(void);

// Runs what is left on the loop, flushes stdout and stderr. 'exit' listeners
// run; the process keeps going (nothing here calls exit()).
void kiln_shutdown(void);

// Used by the generated <name>_init: starts the runtime, registers the
// library's modules and evaluates its entry (top-level await included,
// running the loop until it settles). 0, or -1 with the error set.
// Calling it a second time returns -1.
int kiln_embed_start(int argc, char **argv, void (*init)(struct JsRt *rt),
                     const char *filename);

#ifdef __cplusplus
}
#endif

#endif
