// SPDX-License-Identifier: MIT
//
// collate.c: the one collation of kiln, for String.prototype.localeCompare
// (string.c) and Intl.Collator (stdlib/node/intl_text.c through
// require('kiln:intl_text')): the Unicode Collation Algorithm over the
// DUCET (collation_data.h, scripts/gen_collation.pl) with the settings of
// ICU's root collation that node 20 uses for English: non-ignorable
// variable elements, three levels, lower case first; and the options of
// ECMA-402 (sensitivity, numeric, caseFirst, ignorePunctuation).
//
// No normalisation is done: the DUCET lists precomposed letters with the
// elements of their decompositions, so "é" and "e\u0301" already compare
// equal; only unusual orders of several combining marks differ from ICU.
#include "internal.h"
#include "../stdlib.h"

#include <stdlib.h>

#include "collation_data.h"

#define CE_PRIMARY(ce) ((ce) >> 15)
#define CE_SECONDARY(ce) (((ce) >> 6) & 0x1ff)
#define CE_TERTIARY(ce) (((ce) >> 1) & 0x1f)
#define CE_VARIABLE(ce) ((ce) & 1)
#define CE_MAKE(p, s, t) (((uint32_t)(p) << 15) | ((uint32_t)(s) << 6) | ((uint32_t)(t) << 1))

typedef struct {
  uint32_t *v;
  size_t n, cap;
  bool oom;
} CeBuf;

static void push(CeBuf *b, uint32_t ce) {
  if (b->n == b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    uint32_t *v = realloc(b->v, cap * sizeof *v);
    if (!v) {
      b->oom = true;
      return;
    }
    b->v = v;
    b->cap = cap;
  }
  b->v[b->n++] = ce;
}

static const CollRow *find_row(uint32_t cp) {
  size_t lo = 0, hi = sizeof coll_rows / sizeof coll_rows[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (coll_rows[mid].cp > cp)
      hi = mid;
    else if (cp >= coll_rows[mid].cp + coll_rows[mid].len)
      lo = mid + 1;
    else
      return &coll_rows[mid];
  }
  return NULL;
}

static void implicit_ces(uint32_t cp, CeBuf *out) {
  for (size_t k = 0; k < sizeof coll_implicit / sizeof coll_implicit[0]; k++) {
    if (cp >= coll_implicit[k][0] && cp <= coll_implicit[k][1]) {
      push(out, CE_MAKE(coll_implicit[k][2], 0x20, 2));
      push(out, CE_MAKE((cp - coll_implicit[k][0]) | 0x8000, 0, 0));
      return;
    }
  }
  uint32_t base = 0xFBC0;
  for (size_t k = 0; k < sizeof coll_han / sizeof coll_han[0]; k++) {
    if (cp >= coll_han[k][0] && cp <= coll_han[k][1]) {
      base = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ? 0xFB40 : 0xFB80;
      break;
    }
  }
  push(out, CE_MAKE(base + (cp >> 15), 0x20, 2));
  push(out, CE_MAKE((cp & 0x7FFF) | 0x8000, 0, 0));
}

static void cp_ces(uint32_t cp, CeBuf *out) {
  if (cp == 0xFFFE) {  // CLDR: the merge separator sorts below everything
    push(out, CE_MAKE(1, 0x05, 0x05));
    return;
  }
  if (cp >= 0xAC00 && cp <= 0xD7A3) {  // Hangul syllables: their jamo
    uint32_t s = cp - 0xAC00;
    cp_ces(0x1100 + s / 588, out);
    cp_ces(0x1161 + (s % 588) / 28, out);
    if (s % 28)
      cp_ces(0x11A7 + s % 28, out);
    return;
  }
  const CollRow *r = find_row(cp);
  if (!r) {
    implicit_ces(cp, out);
    return;
  }
  if (r->ce & 0x80000000u) {
    uint32_t at = (r->ce >> 5) & 0x3FFFFFF, n = r->ce & 31;
    for (uint32_t k = 0; k < n; k++)
      push(out, coll_pool[at + k]);
    return;
  }
  push(out, r->ce + ((cp - r->cp) << 15));
}

// The primary of digit zero; digits of every script share 0..9's primaries.
static uint32_t zero_primary(void) {
  const CollRow *r = find_row('0');
  return r ? CE_PRIMARY(r->ce) : 0;
}

// Whether [b] is the one element of a decimal digit (Nd: plain, wide or
// mathematical; circled, superscript and subscript digits are not).
static bool digit_ce(const CeBuf *b, uint32_t p0) {
  return b->n == 1 && !b->oom && CE_PRIMARY(b->v[0]) >= p0 && CE_PRIMARY(b->v[0]) <= p0 + 9 &&
         CE_TERTIARY(b->v[0]) <= 5;
}

static uint32_t code_point(JsString *s, uint32_t *i) {
  uint32_t n = js_str_len(s), c = js_str_at(s, (*i)++);
  if (c >= 0xD800 && c < 0xDC00 && *i < n) {
    uint32_t lo = js_str_at(s, *i);
    if (lo >= 0xDC00 && lo < 0xE000) {
      (*i)++;
      return 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
    }
  }
  return c;
}

// The collation elements of [s]. Numeric: a run of digits becomes the
// element of 0, one for its length (leading zeros dropped), one per digit
// value (ICU keeps no width or script of the digits).
// Shifted (ignorePunctuation): spaces and punctuation are dropped, with
// the marks on them.
static void string_ces(JsString *s, int flags, CeBuf *out) {
  uint32_t n = js_str_len(s), i = 0, p0 = zero_primary();
  bool shifted = flags & JS_COLLATE_IGNORE_PUNCT, after_shifted = false;
  CeBuf one = {0};
  while (i < n) {
    uint32_t start = i, cp = code_point(s, &i);
    one.n = 0;
    cp_ces(cp, &one);
    if ((flags & JS_COLLATE_NUMERIC) && digit_ce(&one, p0)) {
      // A digit run: collect its elements.
      CeBuf digits = {0};
      uint32_t j = start;
      while (j < n) {
        uint32_t at = j, c = code_point(s, &j);
        one.n = 0;
        cp_ces(c, &one);
        if (!digit_ce(&one, p0)) {
          j = at;
          break;
        }
        if (digits.n == 0 && CE_PRIMARY(one.v[0]) == p0)
          continue;  // leading zero
        push(&digits, CE_MAKE(CE_PRIMARY(one.v[0]), 0x20, 2));  // by value alone
      }
      i = j;
      push(out, CE_MAKE(p0, 0x20, 2));
      push(out, CE_MAKE(digits.n + 1 > 0xFFFF ? 0xFFFF : digits.n + 1, 0x20, 2));
      for (size_t k = 0; k < digits.n; k++)
        push(out, digits.v[k]);
      out->oom |= digits.oom;
      free(digits.v);
      after_shifted = false;
      continue;
    }
    for (size_t k = 0; k < one.n; k++) {
      uint32_t ce = one.v[k], p = CE_PRIMARY(ce);
      if (shifted && CE_VARIABLE(ce) && p != 0 && p <= COLL_MAX_PUNCT) {
        after_shifted = true;
        continue;
      }
      if (p != 0)
        after_shifted = false;
      else if (after_shifted)
        continue;
      if (ce != 0)
        push(out, ce);
    }
  }
  out->oom |= one.oom;
  free(one.v);
}

static bool upper_tertiary(uint32_t t) { return (t >= 0x08 && t <= 0x0C) || t == 0x1D; }

// The weight of [ce] at [level] (0 primary, 1 secondary, 2 tertiary, 3
// case), 0 when the element does not count there.
static uint32_t level_weight(uint32_t ce, int level, int flags) {
  switch (level) {
  case 0:
    return CE_PRIMARY(ce);
  case 1:
    return CE_SECONDARY(ce);
  case 2: {
    uint32_t t = CE_TERTIARY(ce);
    if (t == 0 || !(flags & (JS_COLLATE_UPPER_FIRST | JS_COLLATE_LOWER_FIRST)))
      return t;
    bool up = upper_tertiary(t);
    bool first = (flags & JS_COLLATE_UPPER_FIRST) ? up : !up;
    return (first ? 0x20 : 0x40) | t;
  }
  default:
    if (CE_PRIMARY(ce) == 0)
      return 0;
    return ((flags & JS_COLLATE_UPPER_FIRST) ? !upper_tertiary(CE_TERTIARY(ce))
                                             : upper_tertiary(CE_TERTIARY(ce))) + 1;
  }
}

static int compare_level(const CeBuf *a, const CeBuf *b, int level, int flags) {
  size_t i = 0, j = 0;
  for (;;) {
    uint32_t x = 0, y = 0;
    while (i < a->n && !(x = level_weight(a->v[i], level, flags)))
      i++;
    while (j < b->n && !(y = level_weight(b->v[j], level, flags)))
      j++;
    if (i >= a->n || j >= b->n)
      return (i < a->n) - (j < b->n);
    if (x != y)
      return x < y ? -1 : 1;
    i++;
    j++;
  }
}

int js_collate_compare(JsString *a, JsString *b, int flags) {
  if (js_str_equal(a, b))
    return 0;
  CeBuf x = {0}, y = {0};
  string_ces(a, flags, &x);
  string_ces(b, flags, &y);
  int r = 0;
  if (x.oom || y.oom) {
    r = js_str_compare(a, b);  // no memory: code-unit order rather than nothing
    r = (r > 0) - (r < 0);
  } else {
    static const int levels[4][4] = {
        {0, 1, 2, -1},   // variant: primary, secondary, tertiary
        {0, -1},         // base
        {0, 1, -1},      // accent
        {0, 3, -1},      // case: primary and the case level
    };
    const int *lv = levels[flags & JS_COLLATE_STRENGTH];
    for (int k = 0; lv[k] >= 0 && r == 0; k++)
      r = compare_level(&x, &y, lv[k], flags);
  }
  free(x.v);
  free(y.v);
  return r;
}
