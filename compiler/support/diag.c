// SPDX-License-Identifier: MIT
//
// diag.c: diagnostics on stderr, in clang's form:
//
//   src/app.ts:12:16: error: SyntaxError: Identifier 'x' has already been declared
//      12 |   let x = 1; let x = 2;
//         |                  ^
//
// An error names the error node 20 would throw for the same source (its
// name, and its code where node gives one: `Error [ERR_MODULE_NOT_FOUND]`),
// so that a reader, and test262's negative tests, see which it is. Most are
// early errors, SyntaxErrors; kiln's own limitations ("not supported yet")
// are not JavaScript errors and carry no name.
//
// The caret line copies tabs from the source line so the caret lines up in a
// terminal. Errors are counted; the driver stops at the end of a phase when
// diag_error_count() is non-zero.
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int error_count;
static int quiet;        // > 0: count errors elsewhere, print nothing
static int quiet_errors;
static char quiet_first[512];  // the first error's message
static const char *quiet_type; // ... and its error type (NULL: none)
// What a quiet region would have printed, so that it can be printed later
// without doing the work again (a file whose parse ran out of time must not
// be parsed a second time to show why): the text, and where each error's
// report begins in it.
static char *kept;
static size_t kept_len, kept_cap;
static size_t *kept_at;
static int kept_at_cap;

static void keep(const char *text, size_t n) {
  if (kept_len + n + 1 > kept_cap) {
    kept_cap = (kept_len + n + 1) * 2;
    kept = realloc(kept, kept_cap);
    if (!kept)
      ICE("out of memory");
  }
  memcpy(kept + kept_len, text, n);
  kept_len += n;
  kept[kept_len] = 0;
}

void diag_quiet_begin(void) {
  if (quiet++ == 0) {
    quiet_errors = 0;
    quiet_first[0] = 0;
    quiet_type = NULL;
    kept_len = 0;
  }
}

char *diag_quiet_take(void) {
  char *t = malloc(kept_len + 1);
  if (!t)
    ICE("out of memory");
  memcpy(t, kept ? kept : "", kept_len);
  t[kept_len] = 0;
  return t;
}

void diag_replay(const char *text, int errors) {
  fflush(stdout);
  fputs(text, stderr);
  error_count += errors;
}

const char *diag_quiet_message(const char **type) {
  if (type)
    *type = quiet_type;
  return quiet_first;
}

int diag_quiet_end(void) {
  quiet--;
  return quiet_errors;
}

void diag_quiet_restore(int errors) {
  if (errors < quiet_errors && errors >= 0)
    kept_len = kept_at[errors];
  if (kept)
    kept[kept_len] = 0;
  quiet_errors = errors;
  if (errors == 0) {
    quiet_first[0] = 0;
    quiet_type = NULL;
  }
}

int diag_error_count(void) {
  return error_count;
}

void diag_reset(void) {
  error_count = 0;
  quiet = 0;
  quiet_errors = 0;
  quiet_first[0] = 0;
  quiet_type = NULL;
  kept_len = 0;
}

// Long lines (minified code) are shown as a window around the column.
enum { WINDOW_BEFORE = 60, WINDOW_AFTER = 60 };

static uint32_t utf8_boundary(const char *text, uint32_t i, uint32_t lo) {
  while (i > lo && ((unsigned char)text[i] & 0xC0) == 0x80)
    i--;
  return i;
}

// Prints the source line holding [at] and a caret under its column.
static void print_excerpt(FILE *out, const Source *src, SrcSpan at) {
  if (!src || !src->text || at.line == 0 || at.line > src->nlines)
    return;
  uint32_t start = src->line_starts[at.line - 1];
  uint32_t end = start;
  while (end < src->len) {
    unsigned char c = (unsigned char)src->text[end];
    if (c == '\n' || c == '\r')
      break;
    if (c == 0xE2 && end + 2 < src->len &&
        (unsigned char)src->text[end + 1] == 0x80 &&
        ((unsigned char)src->text[end + 2] & 0xFE) == 0xA8)
      break;
    end++;
  }
  uint32_t pos = at.start;
  if (pos < start || pos > end) {
    // A span made by hand, without offsets: find the column's byte.
    pos = start;
    for (uint32_t col = 1; col < at.col && pos < end; col++)
      do
        pos++;
      while (pos < end && ((unsigned char)src->text[pos] & 0xC0) == 0x80);
  }
  uint32_t from = start, to = end;
  if (pos - start > WINDOW_BEFORE + 20)
    from = utf8_boundary(src->text, pos - WINDOW_BEFORE, start);
  if (end - pos > WINDOW_AFTER + 20)
    to = utf8_boundary(src->text, pos + WINDOW_AFTER, pos);
  const char *pre = from > start ? "..." : "";
  const char *post = to < end ? "..." : "";
  int width = 5;
  for (uint32_t n = at.line; n >= 100000; n /= 10)
    width++;
  fprintf(out, "%*u | %s%.*s%s\n", width, at.line, pre, (int)(to - from),
          src->text + from, post);
  fprintf(out, "%*s | %s", width, "", from > start ? "   " : "");
  // One blank per code point before the caret; tabs stay tabs.
  for (uint32_t i = from; i < pos; i++) {
    unsigned char c = (unsigned char)src->text[i];
    if ((c & 0xC0) != 0x80)
      fputc(c == '\t' ? '\t' : ' ', out);
  }
  fputs("^\n", out);
}

// Prints one diagnostic, or inside a quiet region keeps it for later.
static void report(const Source *src, SrcSpan at, const char *kind,
                   const char *type, const char *fmt, va_list ap) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = quiet ? open_memstream(&buf, &len) : stderr;
  if (!out)
    ICE("out of memory");
  if (!quiet)
    fflush(stdout);
  const char *path = src && src->path ? src->path : "<input>";
  fprintf(out, "%s:%u:%u: %s: ", path, at.line, at.col, kind);
  if (type)
    fprintf(out, "%s: ", type);
  vfprintf(out, fmt, ap);
  fputc('\n', out);
  print_excerpt(out, src, at);
  if (quiet) {
    fclose(out);
    keep(buf, len);
    free(buf);
  }
}

static void error_v(const Source *src, SrcSpan at, const char *type,
                    const char *fmt, va_list ap) {
  if (quiet) {
    if (quiet_errors >= kept_at_cap) {
      kept_at_cap = kept_at_cap ? kept_at_cap * 2 : 16;
      kept_at = realloc(kept_at, sizeof *kept_at * (size_t)kept_at_cap);
      if (!kept_at)
        ICE("out of memory");
    }
    kept_at[quiet_errors] = kept_len;
    if (quiet_errors++ == 0) {
      va_list copy;
      va_copy(copy, ap);
      vsnprintf(quiet_first, sizeof quiet_first, fmt, copy);
      va_end(copy);
      quiet_type = type;
    }
    report(src, at, "error", type, fmt, ap);
    return;
  }
  report(src, at, "error", type, fmt, ap);
  error_count++;
}

void diag_error(const Source *src, SrcSpan at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  error_v(src, at, DIAG_SYNTAX_ERROR, fmt, ap);
  va_end(ap);
}

void diag_error_as(const Source *src, SrcSpan at, const char *type,
                   const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  error_v(src, at, type, fmt, ap);
  va_end(ap);
}

void diag_warning(const Source *src, SrcSpan at, const char *fmt, ...) {
  if (quiet)
    return;
  va_list ap;
  va_start(ap, fmt);
  report(src, at, "warning", NULL, fmt, ap);
  va_end(ap);
}

void diag_line(const char *fmt, ...) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = quiet ? open_memstream(&buf, &len) : stderr;
  if (!out)
    ICE("out of memory");
  if (!quiet)
    fflush(stdout);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(out, fmt, ap);
  va_end(ap);
  fputc('\n', out);
  if (quiet) {
    fclose(out);
    keep(buf, len);
    free(buf);
  }
}

void diag_note(const Source *src, SrcSpan at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(src, at, "note", NULL, fmt, ap);
  va_end(ap);
}

_Noreturn void diag_ice(const char *file, int line, const char *fmt, ...) {
  fflush(stdout);
  fprintf(stderr, "kiln: internal error at %s:%d: ", file, line);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  fputs(KILN_BUG_HINT, stderr);
  exit(70);
}
