// SPDX-License-Identifier: MIT
//
// intl_text.c: the natives of require('kiln:intl_text'), the heavy parts of
// Intl.Segmenter and Intl.Collator (stdlib/node/internal_intl_text.js).
//
// breaks(string, granularity) returns the segment boundaries of the whole
// string (UTF-16 offsets, after the first segment's end ... up to the
// length) by the rules of UAX #29 as ICU applies them: extended grapheme
// clusters, words (ICU's word rules: a segment's "word-likeness" is the
// status of the rule that ended it) and sentences. For words each entry is
// end * 2 + (1 if the segment is word-like). The Unicode properties come
// from intl_text_unicode.h (scripts/gen_intl_text_unicode.pl).
//
// compare(a, b, flags) is the core collation (stdlib/builtins/string.c,
// js_collate_compare), exposed for Intl.Collator.
#include "internal.h"
#include "../stdlib.h"

#include <stdlib.h>
#include <string.h>

#include "intl_text_unicode.h"

// Pseudo word classes for the characters ICU hands to its dictionaries:
// kiln has no dictionaries and keeps each run of one class together
// (Hangul syllables; the conjoining jamo stay letters).
enum { WB_HAN = 19, WB_HIRAGANA = 20, WB_HANGUL = 21 };

enum { F_EXTPICT = 1, INCB_LINKER = 1, INCB_CONSONANT = 2, INCB_EXTEND = 3 };

static const IntlTextRange *lookup(uint32_t cp) {
  size_t lo = 0, hi = sizeof intl_text_ranges / sizeof intl_text_ranges[0];
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (intl_text_ranges[mid].lo <= cp)
      lo = mid;
    else
      hi = mid;
  }
  return &intl_text_ranges[lo];
}

typedef struct {
  uint32_t n;        // code points
  uint32_t *off;     // UTF-16 offset of each, and off[n] = length
  uint8_t *gcb, *wb, *sb, *flags;
} Text;

static bool text_init(Text *t, JsString *s) {
  uint32_t len = js_str_len(s);
  t->n = 0;
  t->off = malloc((len + 1) * sizeof *t->off);
  uint8_t *props = malloc(4 * (size_t)(len + 1));
  if (!t->off || !props) {
    free(t->off);
    free(props);
    return false;
  }
  t->gcb = props;
  t->wb = props + len + 1;
  t->sb = props + 2 * (len + 1);
  t->flags = props + 3 * (len + 1);
  for (uint32_t i = 0; i < len;) {
    uint32_t cp = js_str_at(s, i);
    uint32_t units = 1;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < len) {
      uint16_t lo = js_str_at(s, i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        units = 2;
      }
    }
    const IntlTextRange *r = lookup(cp);
    uint32_t k = t->n++;
    t->off[k] = i;
    t->gcb[k] = r->gcb;
    t->wb[k] = r->wb;
    t->sb[k] = r->sb;
    t->flags[k] = r->flags;
    uint8_t dict = (r->flags >> 3) & 7;
    if (dict == 1)
      t->wb[k] = WB_HAN;
    else if (dict == 2)
      t->wb[k] = WB_HIRAGANA;
    else if (dict == 4)
      t->wb[k] = WB_HANGUL;
    else if (dict == 3 && (t->wb[k] == WB_OTHER || t->wb[k] == WB_ALETTER))
      t->wb[k] = WB_ALETTER;
    i += units;
  }
  t->off[t->n] = len;
  return true;
}

static void text_free(Text *t) {
  free(t->off);
  free(t->gcb);
}

// --- graphemes -------------------------------------------------------------------

static bool grapheme_break(const Text *t, uint32_t i, int ri_run, int conj, bool ep_zwj) {
  uint8_t a = t->gcb[i - 1], b = t->gcb[i];
  if (a == GCB_CR && b == GCB_LF)
    return false;  // GB3
  if (a == GCB_CONTROL || a == GCB_CR || a == GCB_LF)
    return true;  // GB4
  if (b == GCB_CONTROL || b == GCB_CR || b == GCB_LF)
    return true;  // GB5
  if (a == GCB_L && (b == GCB_L || b == GCB_V || b == GCB_LV || b == GCB_LVT))
    return false;  // GB6
  if ((a == GCB_LV || a == GCB_V) && (b == GCB_V || b == GCB_T))
    return false;  // GB7
  if ((a == GCB_LVT || a == GCB_T) && b == GCB_T)
    return false;  // GB8
  if (b == GCB_EXTEND || b == GCB_ZWJ || b == GCB_SPACINGMARK)
    return false;  // GB9, GB9a
  if (a == GCB_PREPEND)
    return false;  // GB9b
  if (conj == 2 && ((t->flags[i] >> 1) & 3) == INCB_CONSONANT)
    return false;  // GB9c
  if (a == GCB_ZWJ && ep_zwj && (t->flags[i] & F_EXTPICT))
    return false;  // GB11
  if (a == GCB_REGIONAL_INDICATOR && b == GCB_REGIONAL_INDICATOR && (ri_run & 1))
    return false;  // GB12, GB13
  return true;
}

static void grapheme_breaks(const Text *t, uint8_t *brk) {
  int ri_run = 0, conj = 0, ep = 0;  // ep: 1 after ExtPict Extend*, 2 after its ZWJ
  for (uint32_t i = 0; i < t->n; i++) {
    if (i > 0)
      brk[i] = grapheme_break(t, i, ri_run, conj, ep == 2);
    uint8_t g = t->gcb[i], incb = (t->flags[i] >> 1) & 3;
    ri_run = g == GCB_REGIONAL_INDICATOR ? ri_run + 1 : 0;
    if (t->flags[i] & F_EXTPICT)
      ep = 1;
    else if (g == GCB_EXTEND && ep == 1)
      ep = 1;
    else if (g == GCB_ZWJ && ep == 1)
      ep = 2;
    else
      ep = 0;
    if (incb == INCB_CONSONANT)
      conj = 1;
    else if (incb == INCB_LINKER && conj)
      conj = 2;
    else if (incb != INCB_EXTEND)
      conj = 0;
  }
}

// --- words -----------------------------------------------------------------------

static bool is_ahletter(uint8_t w) { return w == WB_ALETTER || w == WB_HEBREW_LETTER; }
static bool is_midletq(uint8_t w) { return w == WB_MIDLETTER || w == WB_MIDNUMLET || w == WB_SINGLE_QUOTE; }
static bool is_midnumq(uint8_t w) { return w == WB_MIDNUM || w == WB_MIDNUMLET || w == WB_SINGLE_QUOTE; }
static bool is_wb_newline(uint8_t w) { return w == WB_NEWLINE || w == WB_CR || w == WB_LF; }
static bool is_wb_ignorable(uint8_t w) { return w == WB_EXTEND || w == WB_FORMAT || w == WB_ZWJ; }

// base[k]: the character whose class position k takes under WB4 (itself
// unless k is Extend/Format/ZWJ after something that absorbs it).
static void word_bases(const Text *t, uint32_t *base) {
  for (uint32_t k = 0; k < t->n; k++) {
    base[k] = k;
    if (k > 0 && is_wb_ignorable(t->wb[k]) && !is_wb_newline(t->wb[base[k - 1]]))
      base[k] = base[k - 1];
  }
}

static int prev_eff(const uint32_t *base, int k) { return k > 0 ? (int)base[k - 1] : -1; }

static bool word_break(const Text *t, const uint32_t *base, uint32_t i, int ri_run) {
  const uint8_t *wb = t->wb;
  uint8_t a = wb[i - 1], b = wb[i];
  if (a == WB_CR && b == WB_LF)
    return false;  // WB3
  if (is_wb_newline(a) || is_wb_newline(b))
    return true;  // WB3a, WB3b
  if (a == WB_ZWJ && (t->flags[i] & F_EXTPICT))
    return false;  // WB3c
  if (a == WB_WSEGSPACE && b == WB_WSEGSPACE)
    return false;  // WB3d
  if (is_wb_ignorable(b))
    return false;  // WB4
  int p = (int)base[i - 1];
  a = wb[p];
  int pp = prev_eff(base, p);
  uint8_t a2 = pp >= 0 ? wb[pp] : 0xff;
  uint32_t nx = i + 1;
  while (nx < t->n && base[nx] != nx)
    nx++;
  uint8_t c = nx < t->n ? wb[nx] : 0xff;
  if (is_ahletter(a) && is_ahletter(b))
    return false;  // WB5
  if (is_ahletter(a) && is_midletq(b) && is_ahletter(c))
    return false;  // WB6
  if (is_ahletter(a2) && is_midletq(a) && is_ahletter(b))
    return false;  // WB7
  if (a == WB_HEBREW_LETTER && b == WB_SINGLE_QUOTE)
    return false;  // WB7a
  if (a == WB_HEBREW_LETTER && b == WB_DOUBLE_QUOTE && c == WB_HEBREW_LETTER)
    return false;  // WB7b
  if (a2 == WB_HEBREW_LETTER && a == WB_DOUBLE_QUOTE && b == WB_HEBREW_LETTER)
    return false;  // WB7c
  if ((a == WB_NUMERIC || is_ahletter(a)) && b == WB_NUMERIC)
    return false;  // WB8, WB9
  if (a == WB_NUMERIC && is_ahletter(b))
    return false;  // WB10
  if (a2 == WB_NUMERIC && is_midnumq(a) && b == WB_NUMERIC)
    return false;  // WB11
  if (a == WB_NUMERIC && is_midnumq(b) && c == WB_NUMERIC)
    return false;  // WB12
  if (a == WB_KATAKANA && b == WB_KATAKANA)
    return false;  // WB13
  if ((is_ahletter(a) || a == WB_NUMERIC || a == WB_KATAKANA || a == WB_EXTENDNUMLET) &&
      b == WB_EXTENDNUMLET)
    return false;  // WB13a
  if (a == WB_EXTENDNUMLET && (is_ahletter(b) || b == WB_NUMERIC || b == WB_KATAKANA))
    return false;  // WB13b
  if (a == WB_REGIONAL_INDICATOR && b == WB_REGIONAL_INDICATOR && (ri_run & 1))
    return false;  // WB15, WB16
  if ((a == WB_HAN && b == WB_HAN) || (a == WB_HIRAGANA && b == WB_HIRAGANA) ||
      (a == WB_HANGUL && b == WB_HANGUL))
    return false;  // dictionary runs (see WB_HAN)
  return true;
}

static void word_breaks(const Text *t, uint32_t *base, uint8_t *brk) {
  word_bases(t, base);
  int ri_run = 0;
  for (uint32_t i = 0; i < t->n; i++) {
    if (i > 0) {
      brk[i] = word_break(t, base, i, ri_run);
      if (brk[i] && is_wb_ignorable(t->wb[i]))
        brk[i] = true;
    }
    if (base[i] == i)
      ri_run = t->wb[i] == WB_REGIONAL_INDICATOR ? ri_run + 1 : 0;
  }
}

// Whether the word segment [from, to) is word-like, as the status of the
// ICU rule that ended it: its last character (Extend, Format and ZWJ
// aside) is a letter, a number, kana or an ideograph, or it is a run of
// connectors ("__", not "_").
static bool word_like(const Text *t, const uint32_t *base, uint32_t from, uint32_t to) {
  uint32_t last = base[to - 1];
  uint8_t w = t->wb[last];
  if (w == WB_HANGUL && last != to - 1)
    return false;  // a syllable with marks: ICU's dictionary leaves it unknown
  if (is_ahletter(w) || w == WB_NUMERIC || w == WB_KATAKANA || w >= WB_HAN)
    return true;
  if (w == WB_SINGLE_QUOTE && last > from && t->wb[base[last - 1]] == WB_HEBREW_LETTER)
    return true;  // WB7a
  return w == WB_EXTENDNUMLET && last > from;
}

// --- sentences -------------------------------------------------------------------

static bool is_parasep(uint8_t s) { return s == SB_SEP || s == SB_CR || s == SB_LF; }
static bool is_saterm(uint8_t s) { return s == SB_STERM || s == SB_ATERM; }

static void sentence_bases(const Text *t, uint32_t *base) {
  for (uint32_t k = 0; k < t->n; k++) {
    base[k] = k;
    if (k > 0 && (t->sb[k] == SB_EXTEND || t->sb[k] == SB_FORMAT) &&
        !is_parasep(t->sb[base[k - 1]]))
      base[k] = base[k - 1];
  }
}

// Looks back from effective position p over Sp* then Close* for a
// terminator: returns its position or -1; *sp / *close tell what was crossed.
static int terminator_before(const Text *t, const uint32_t *base, int p, bool *sp, bool *close) {
  *sp = *close = false;
  while (p >= 0 && t->sb[p] == SB_SP) {
    *sp = true;
    p = prev_eff(base, p);
  }
  while (p >= 0 && t->sb[p] == SB_CLOSE) {
    *close = true;
    p = prev_eff(base, p);
  }
  return p >= 0 && is_saterm(t->sb[p]) ? p : -1;
}

static bool sentence_break(const Text *t, const uint32_t *base, uint32_t i) {
  const uint8_t *sb = t->sb;
  uint8_t a = sb[i - 1], b = sb[i];
  if (a == SB_CR && b == SB_LF)
    return false;  // SB3
  if (is_parasep(a))
    return true;  // SB4
  if (b == SB_EXTEND || b == SB_FORMAT)
    return false;  // SB5
  int p = (int)base[i - 1];
  a = sb[p];
  int pp = prev_eff(base, p);
  if (a == SB_ATERM && b == SB_NUMERIC)
    return false;  // SB6
  if (a == SB_ATERM && b == SB_UPPER && pp >= 0 && (sb[pp] == SB_UPPER || sb[pp] == SB_LOWER))
    return false;  // SB7
  bool sp, close;
  int term = terminator_before(t, base, p, &sp, &close);
  if (term < 0)
    return false;  // SB998
  if (sb[term] == SB_ATERM) {  // SB8
    for (uint32_t k = i; k < t->n; k++) {
      if (base[k] != k)
        continue;
      uint8_t s = sb[k];
      if (s == SB_LOWER)
        return false;
      if (s == SB_OLETTER || s == SB_UPPER || is_parasep(s) || is_saterm(s))
        break;
    }
  }
  if (b == SB_SCONTINUE || is_saterm(b))
    return false;  // SB8a
  if (!sp && (b == SB_CLOSE || b == SB_SP || is_parasep(b)))
    return false;  // SB9
  if (b == SB_SP || is_parasep(b))
    return false;  // SB10
  return true;  // SB11
}

// --- natives ---------------------------------------------------------------------

// breaks(string, granularity: 0 grapheme, 1 word, 2 sentence)
static JsValue it_breaks(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                         JsValue new_target) {
  JsString *s = js_to_flat_string(rt, js_arg(argc, argv, 0));
  if (!s)
    return JS_EXCEPTION;
  int gran = js_is_number(js_arg(argc, argv, 1)) ? (int)js_get_number(argv[1]) : 0;
  Text t;
  if (!text_init(&t, s))
    return js_throw_range_error(rt, "Out of memory");
  uint8_t *brk = calloc(t.n + 1, 1);
  uint32_t *base = malloc((t.n + 1) * sizeof *base);
  JsValue out = js_new_array(rt, 0);
  if (!brk || !base) {
    free(brk);
    free(base);
    text_free(&t);
    return js_throw_range_error(rt, "Out of memory");
  }
  if (gran == 0) {
    grapheme_breaks(&t, brk);
  } else if (gran == 1) {
    word_breaks(&t, base, brk);
  } else {
    sentence_bases(&t, base);
    for (uint32_t i = 1; i < t.n; i++)
      brk[i] = sentence_break(&t, base, i);
  }
  brk[t.n] = 1;
  uint32_t start = 0;
  for (uint32_t i = 1; i <= t.n; i++) {
    if (!brk[i])
      continue;
    double end = t.off[i];
    if (gran == 1)
      end = end * 2 + word_like(&t, base, start, i);
    js_array_push(rt, out, js_number(end));
    start = i;
  }
  free(brk);
  free(base);
  text_free(&t);
  return out;
}

static JsValue it_compare(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                          JsValue new_target) {
  JsString *a = js_to_flat_string(rt, js_arg(argc, argv, 0));
  JsString *b = a ? js_to_flat_string(rt, js_arg(argc, argv, 1)) : NULL;
  if (!b)
    return JS_EXCEPTION;
  int flags = js_is_number(js_arg(argc, argv, 2)) ? (int)js_get_number(argv[2]) : 0;
  return js_int(js_collate_compare(a, b, flags));
}

static const JsNativeDef intl_text_funcs[] = {
    JS_FN("breaks", it_breaks, 2),
    JS_FN("compare", it_compare, 3),
};

JsValue js_binding_intl_text(JsRt *rt);  // bindings.c looks it up by name
JsValue js_binding_intl_text(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, intl_text_funcs);
  return b;
}
