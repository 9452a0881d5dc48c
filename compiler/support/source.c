// SPDX-License-Identifier: MIT
//
// source.c: loading source files and turning byte offsets into positions.
//
// tree-sitter reports byte offsets; users want 1-based lines and 1-based
// columns counted in code points. This is the one place that converts.
// Lines end where JavaScript says they do (ECMA-262 #sec-line-terminators):
// LF, CR, CRLF, U+2028 and U+2029, so line numbers agree with Node's stack
// traces.
#include "support.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Length in bytes of the line terminator starting at text[i], or 0.
static size_t line_terminator_len(const char *text, size_t len, size_t i) {
  unsigned char c = (unsigned char)text[i];
  if (c == '\n')
    return 1;
  if (c == '\r')
    return (i + 1 < len && text[i + 1] == '\n') ? 2 : 1;
  // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
  if (c == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
      ((unsigned char)text[i + 2] == 0xA8 ||
       (unsigned char)text[i + 2] == 0xA9))
    return 3;
  return 0;
}

static void compute_line_starts(Source *src) {
  uint32_t cap = 64, n = 0;
  uint32_t *starts = malloc(cap * sizeof *starts);
  if (!starts) {
    fprintf(stderr, "kiln: out of memory\n");
    exit(70);
  }
  starts[n++] = 0;
  for (size_t i = 0; i < src->len;) {
    size_t t = line_terminator_len(src->text, src->len, i);
    if (!t) {
      i++;
      continue;
    }
    i += t;
    if (n == cap) {
      cap *= 2;
      uint32_t *grown = realloc(starts, cap * sizeof *starts);
      if (!grown) {
        fprintf(stderr, "kiln: out of memory\n");
        exit(70);
      }
      starts = grown;
    }
    starts[n++] = (uint32_t)i;
  }
  src->line_starts = starts;
  src->nlines = n;
}

Source *source_from_string(const char *path, const char *text, size_t len) {
  Source *src = arena_alloc(sizeof *src);
  src->path = arena_strndup(path, strlen(path));
  src->text = arena_strndup(text, len);
  src->len = len;
  compute_line_starts(src);
  return src;
}

Source *source_load(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  StrBuf sb = {0};
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    sb_putn(&sb, buf, n);
  int failed = ferror(f);
  int saved = errno;
  fclose(f);
  if (failed) {
    free(sb.data);
    errno = saved ? saved : EIO;
    return NULL;
  }
  const char *text = sb.data ? sb.data : "";
  size_t len = sb.len;
  // A UTF-8 byte order mark is not part of the program (Node skips it too).
  if (len >= 3 && (unsigned char)text[0] == 0xEF &&
      (unsigned char)text[1] == 0xBB && (unsigned char)text[2] == 0xBF) {
    text += 3;
    len -= 3;
  }
  Source *src = source_from_string(path, text, len);
  free(sb.data);
  return src;
}

// Index of the line holding byte [offset]: the last line start <= offset.
static uint32_t line_index(const Source *src, uint32_t offset) {
  uint32_t lo = 0, hi = src->nlines;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (src->line_starts[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

// Columns on long lines (minified code) come from checkpoints every
// MARK_STRIDE bytes, built once per line, so that converting every node of
// a one-line file costs O(n), not O(n^2).
enum { MARK_STRIDE = 256, LONG_LINE = 4096 };

static struct {
  const Source *src;
  uint32_t line;
  uint32_t *marks; // marks[k]: column of byte line_start + k * MARK_STRIDE
  uint32_t nmarks;
} long_line;

static uint32_t count_columns(const char *text, uint32_t from, uint32_t to) {
  uint32_t n = 0;
  for (uint32_t i = from; i < to; i++)
    if (((unsigned char)text[i] & 0xC0) != 0x80)
      n++;
  return n;
}

static void build_marks(const Source *src, uint32_t li, uint32_t start,
                        uint32_t end) {
  free(long_line.marks);
  long_line.nmarks = (end - start) / MARK_STRIDE + 1;
  long_line.marks = malloc(long_line.nmarks * sizeof *long_line.marks);
  if (!long_line.marks) {
    fprintf(stderr, "kiln: out of memory\n");
    exit(70);
  }
  uint32_t col = 1;
  for (uint32_t k = 0; k < long_line.nmarks; k++) {
    long_line.marks[k] = col;
    uint32_t from = start + k * MARK_STRIDE;
    uint32_t to = from + MARK_STRIDE < end ? from + MARK_STRIDE : end;
    col += count_columns(src->text, from, to);
  }
  long_line.src = src;
  long_line.line = li;
}

SrcSpan source_span(const Source *src, uint32_t start, uint32_t end) {
  SrcSpan s = {1, 1, start, end};
  if (!src || !src->line_starts)
    return s;
  if (start > src->len)
    start = (uint32_t)src->len;
  uint32_t li = line_index(src, start);
  uint32_t line_start = src->line_starts[li];
  uint32_t line_end =
      li + 1 < src->nlines ? src->line_starts[li + 1] : (uint32_t)src->len;
  s.line = li + 1;
  if (line_end - line_start < LONG_LINE) {
    s.col = 1 + count_columns(src->text, line_start, start);
    return s;
  }
  if (long_line.src != src || long_line.line != li)
    build_marks(src, li, line_start, line_end);
  uint32_t k = (start - line_start) / MARK_STRIDE;
  s.col = long_line.marks[k] +
          count_columns(src->text, line_start + k * MARK_STRIDE, start);
  return s;
}
