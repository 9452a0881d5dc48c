// SPDX-License-Identifier: MIT
//
// support.h: the compiler's shared utilities: arena allocation, growable
// buffers, source files and diagnostics.
#ifndef KILN_SUPPORT_SUPPORT_H
#define KILN_SUPPORT_SUPPORT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KILN_PRINTF(f, a) __attribute__((format(printf, f, a)))

// --- arena.c ---
// The compiler is short-lived: AST and IR come from one arena and are never
// freed. Memory is zeroed.
void *arena_alloc(size_t n);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) KILN_PRINTF(1, 2);
// Frees everything the arena gave out (fuzz/fuzz_compile.c, between inputs).
void arena_free_all(void);

// Growable array of pointers.
typedef struct PtrVec {
  void **items;
  int len, cap;
} PtrVec;
void vec_push(PtrVec *v, void *p);

// Growable byte buffer (heap, for output text).
typedef struct StrBuf {
  char *data;
  size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...) KILN_PRINTF(2, 3);

// --- source.c ---
typedef struct Source {
  const char *path;     // as given on the command line
  const char *text;     // NUL-terminated contents
  size_t len;
  uint32_t *line_starts;  // byte offset of each line
  uint32_t nlines;
} Source;

// A position in a source: 1-based line and 1-based column in code points,
// plus byte offsets [start, end).
typedef struct SrcSpan {
  uint32_t line, col;
  uint32_t start, end;
} SrcSpan;

Source *source_load(const char *path);  // NULL (errno set) if unreadable
Source *source_from_string(const char *path, const char *text, size_t len);
// Span for a byte range (tree-sitter gives byte offsets).
SrcSpan source_span(const Source *src, uint32_t start, uint32_t end);

// --- diag.c ---
// Diagnostics in clang's form:
//   file:12:16: error: SyntaxError: message
//      12 |   let x = 1; let x = 2;
//         |                  ^
// An error names what node 20 would throw for the same source: its
// `name`, and its code where node prints one ("SyntaxError",
// "ReferenceError", "Error [ERR_MODULE_NOT_FOUND]").
#define DIAG_SYNTAX_ERROR "SyntaxError"
// An early error in the source: node throws a SyntaxError for it.
void diag_error(const Source *src, SrcSpan at, const char *fmt, ...) KILN_PRINTF(3, 4);
// An error of another [type]; NULL for what is no JavaScript error, such as
// a feature kiln does not support yet.
void diag_error_as(const Source *src, SrcSpan at, const char *type, const char *fmt, ...)
    KILN_PRINTF(4, 5);
void diag_warning(const Source *src, SrcSpan at, const char *fmt, ...) KILN_PRINTF(3, 4);
void diag_note(const Source *src, SrcSpan at, const char *fmt, ...) KILN_PRINTF(3, 4);
// A line of its own on stderr (kept like the others in a quiet region).
void diag_line(const char *fmt, ...) KILN_PRINTF(1, 2);
int diag_error_count(void);
void diag_reset(void);  // error count back to 0 (fuzz/fuzz_compile.c)
// Between these, diagnostics are counted but neither printed nor added to
// diag_error_count(): for source the compiler only tries (a constant
// Function body that node would compile, or reject, at run time).
void diag_quiet_begin(void);
int diag_quiet_end(void);  // errors reported since diag_quiet_begin()
// Inside a quiet region: forget the errors after the first [errors] (a
// file parsed only to be looked at, by pass/ts_commonjs.c).
void diag_quiet_restore(int errors);
// The first of them (after _end), and its error type (NULL: none).
const char *diag_quiet_message(const char **type);
// Everything the last quiet region would have printed (malloc'd), and
// printing it later, counting its [errors] as errors then.
char *diag_quiet_take(void);
void diag_replay(const char *text, int errors);
// What follows "kiln: internal error: ..." on stderr.
#define KILN_BUG_HINT                                                        \
  "kiln: this is a bug in kiln, not in your program; please report it with\n" \
  "kiln: the input that caused it (kiln --version, the command line, the file)\n"
// Internal compiler error: prints kiln's own file:line and exits 70.
_Noreturn void diag_ice(const char *file, int line, const char *fmt, ...) KILN_PRINTF(3, 4);
#define ICE(...) diag_ice(__FILE__, __LINE__, __VA_ARGS__)

// --- crash.c ---
// On the calling thread: a fatal signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL,
// SIGABRT; a stack overflow too, on an alternate stack) prints "kiln:
// internal error: <signal> while compiling <what>" and the bug-report hint,
// and exits 70, instead of a raw crash. [what] is kept (not copied).
void crash_handler_install(const char *what);

// --- regexp_check.c ---
// NULL when the regex literal /pattern/flags is valid, else V8's message.
const char *regexp_literal_error(const char *pattern, size_t len, const char *flags);

#endif
