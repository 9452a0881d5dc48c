// SPDX-License-Identifier: MIT
//
// string.c: JS strings (immutable UTF-16 code-unit sequences).
//
// Storage is one-byte (Latin-1) when every unit is < 256 and two-byte
// otherwise; flat strings always use the narrowest form, so two equal
// strings need not share a representation only while one is a rope.
// Concatenation makes ropes; js_str_flatten() turns a rope into a flat
// string in place (iteratively: `s += x` builds deep left-leaning ropes).
// Also: UTF-8 (WTF-8) conversion, the string builder JsStrBuf, and C-string
// helpers for messages.
#include "internal.h"

#include <stdlib.h>

#define ROPE_MIN 32  // shorter concatenations are copied flat

static JsString *str_alloc(uint32_t len, bool wide) {
  JsString *s = js_gc_alloc(sizeof(JsString));
  s->hdr.kind = JS_KIND_STRING;
  s->hdr.flags = wide ? JS_STR_WIDE : 0;
  s->hdr.aux = len;
  s->data = js_gc_alloc_atomic(wide ? (size_t)len * 2 + 2 : (size_t)len + 1);
  return s;
}

JsValue js_str_from_latin1(JsRt *rt, const uint8_t *p, uint32_t len) {
  if (len == 1 && rt && rt->char_strings)
    return rt->char_strings[p[0]];
  JsString *s = str_alloc(len, false);
  memcpy(s->data, p, len);
  ((uint8_t *)s->data)[len] = 0;
  return js_from_cell(s);
}

JsValue js_str_from_utf16(JsRt *rt, const uint16_t *p, uint32_t len) {
  bool wide = false;
  for (uint32_t i = 0; i < len; i++)
    if (p[i] > 0xff) {
      wide = true;
      break;
    }
  if (len == 1 && !wide && rt && rt->char_strings)
    return rt->char_strings[p[0]];
  JsString *s = str_alloc(len, wide);
  if (wide) {
    memcpy(s->data, p, (size_t)len * 2);
  } else {
    uint8_t *d = s->data;
    for (uint32_t i = 0; i < len; i++)
      d[i] = (uint8_t)p[i];
    d[len] = 0;
  }
  return js_from_cell(s);
}

JsValue js_str_from_char(JsRt *rt, uint16_t c) {
  if (c < 256 && rt->char_strings)
    return rt->char_strings[c];
  return js_str_from_utf16(rt, &c, 1);
}

// Decodes WTF-8 into UTF-16 units; invalid bytes become U+FFFD.
// Returns a malloc'd array (no GC values inside).
static uint16_t *decode_wtf8(const char *s, size_t len, uint32_t *out_len,
                             bool *ascii) {
  uint16_t *u = malloc((len + 1) * sizeof(uint16_t));
  uint32_t n = 0;
  bool only_ascii = true;
  const uint8_t *p = (const uint8_t *)s, *end = p + len;
  while (p < end) {
    uint32_t c = *p;
    int extra = 0;
    if (c < 0x80) {
      u[n++] = (uint16_t)c;
      p++;
      continue;
    }
    only_ascii = false;
    if ((c & 0xe0) == 0xc0) {
      c &= 0x1f;
      extra = 1;
    } else if ((c & 0xf0) == 0xe0) {
      c &= 0x0f;
      extra = 2;
    } else if ((c & 0xf8) == 0xf0) {
      c &= 0x07;
      extra = 3;
    } else {
      u[n++] = 0xfffd;
      p++;
      continue;
    }
    if (end - p < extra + 1) {
      u[n++] = 0xfffd;
      p++;
      continue;
    }
    bool ok = true;
    for (int i = 1; i <= extra; i++)
      if ((p[i] & 0xc0) != 0x80)
        ok = false;
    if (!ok) {
      u[n++] = 0xfffd;
      p++;
      continue;
    }
    for (int i = 1; i <= extra; i++)
      c = (c << 6) | (p[i] & 0x3f);
    p += extra + 1;
    if (c >= 0x10000) {
      c -= 0x10000;
      u[n++] = (uint16_t)(0xd800 + (c >> 10));
      u[n++] = (uint16_t)(0xdc00 + (c & 0x3ff));
    } else {
      u[n++] = (uint16_t)c;
    }
  }
  *out_len = n;
  *ascii = only_ascii;
  return u;
}

JsValue js_new_string(JsRt *rt, const char *s, size_t len) {
  bool ascii = true;
  for (size_t i = 0; i < len; i++)
    if ((uint8_t)s[i] >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii)
    return js_str_from_latin1(rt, (const uint8_t *)s, (uint32_t)len);
  uint32_t n;
  uint16_t *u = decode_wtf8(s, len, &n, &ascii);
  JsValue v = js_str_from_utf16(rt, u, n);
  free(u);
  return v;
}

JsValue js_new_cstring(JsRt *rt, const char *s) {
  return js_new_string(rt, s, strlen(s));
}

JsValue js_new_stringf(JsRt *rt, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < (int)sizeof small)
    return js_new_string(rt, small, (size_t)n);
  char *big = malloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  JsValue v = js_new_string(rt, big, (size_t)n);
  free(big);
  return v;
}

// Copies flat [s] units into [dst] (wide or narrow destination).
static void copy_units(JsString *s, void *dst, bool dst_wide, uint32_t at) {
  uint32_t len = js_str_len(s);
  if (dst_wide) {
    uint16_t *d = (uint16_t *)dst + at;
    if (s->hdr.flags & JS_STR_WIDE) {
      memcpy(d, s->data, (size_t)len * 2);
    } else {
      const uint8_t *p = s->data;
      for (uint32_t i = 0; i < len; i++)
        d[i] = p[i];
    }
  } else {
    memcpy((uint8_t *)dst + at, s->data, len);
  }
}

JsValue js_concat(JsRt *rt, JsValue a, JsValue b) {
  JsString *x = js_str(a), *y = js_str(b);
  uint32_t lx = js_str_len(x), ly = js_str_len(y);
  if (lx == 0)
    return b;
  if (ly == 0)
    return a;
  uint64_t total = (uint64_t)lx + ly;
  if (total > 0x1fffffe8u)  // V8's limit (2^29 - 24)
    return js_throw_range_error(rt, "Invalid string length");
  bool wide = (x->hdr.flags | y->hdr.flags) & JS_STR_WIDE;
  if (total < ROPE_MIN && !(x->hdr.flags & JS_STR_ROPE) &&
      !(y->hdr.flags & JS_STR_ROPE)) {
    JsString *s = str_alloc((uint32_t)total, wide);
    copy_units(x, s->data, wide, 0);
    copy_units(y, s->data, wide, lx);
    if (!wide)
      ((uint8_t *)s->data)[total] = 0;
    return js_from_cell(s);
  }
  JsString *s = js_gc_alloc(sizeof(JsString));
  s->hdr.kind = JS_KIND_STRING;
  s->hdr.flags = JS_STR_ROPE | (wide ? JS_STR_WIDE : 0);
  s->hdr.aux = (uint32_t)total;
  s->left = x;
  s->right = y;
  return js_from_cell(s);
}

// A template literal's pieces: one copy when every piece is flat and the
// result short (the common `${a}-${b}`), else a left fold through
// js_concat, whose ropes keep long results linear.
#define CONCAT_N_FLAT_MAX 512
JsValue js_concat_n(JsRt *rt, uint32_t n, const JsValue *parts) {
  uint64_t total = 0;
  bool wide = false, flat = true;
  uint32_t nonempty = 0, last = 0;
  for (uint32_t i = 0; i < n; i++) {
    JsString *s = js_str(parts[i]);
    uint32_t len = js_str_len(s);
    total += len;
    wide |= (s->hdr.flags & JS_STR_WIDE) != 0;
    flat &= !(s->hdr.flags & JS_STR_ROPE);
    if (len) {
      nonempty++;
      last = i;
    }
  }
  if (total > 0x1fffffe8u)  // V8's limit (2^29 - 24)
    return js_throw_range_error(rt, "Invalid string length");
  if (nonempty <= 1)
    return parts[nonempty ? last : 0];
  if (!flat || total > CONCAT_N_FLAT_MAX) {
    JsValue acc = parts[0];
    for (uint32_t i = 1; i < n; i++)
      acc = js_concat(rt, acc, parts[i]);  // within the limit: cannot throw
    return acc;
  }
  JsString *r = str_alloc((uint32_t)total, wide);
  uint32_t at = 0;
  for (uint32_t i = 0; i < n; i++) {
    JsString *s = js_str(parts[i]);
    copy_units(s, r->data, wide, at);
    at += js_str_len(s);
  }
  if (!wide)
    ((uint8_t *)r->data)[total] = 0;
  return js_from_cell(r);
}

// Flattens a rope with an explicit stack: leaves are written right to left
// so that left-deep ropes need a stack of depth 1 per level on the right.
JsString *js_str_flatten(JsRt *rt, JsString *s) {
  (void)rt;
  if (!(s->hdr.flags & JS_STR_ROPE))
    return s;
  uint32_t len = js_str_len(s);
  bool wide = s->hdr.flags & JS_STR_WIDE;
  void *data = js_gc_alloc_atomic(wide ? (size_t)len * 2 + 2 : (size_t)len + 1);
  size_t cap = 64, top = 0;
  JsString **stack = malloc(cap * sizeof *stack);
  stack[top++] = s;
  uint32_t pos = len;  // we fill from the end
  while (top) {
    JsString *t = stack[--top];
    if (t->hdr.flags & JS_STR_ROPE) {
      if (top + 2 > cap) {
        cap *= 2;
        stack = realloc(stack, cap * sizeof *stack);
      }
      // Push left first so that right pops first (we write backwards).
      stack[top++] = t->left;
      stack[top++] = t->right;
      continue;
    }
    uint32_t tl = js_str_len(t);
    pos -= tl;
    copy_units(t, data, wide, pos);
  }
  free(stack);
  if (!wide)
    ((uint8_t *)data)[len] = 0;
  s->data = data;
  s->left = s->right = NULL;
  s->hdr.flags &= ~JS_STR_ROPE;
  // A rope marked wide may hold only narrow units after all (a wide piece
  // that was itself narrow-able never exists, so this stays canonical).
  return s;
}

JsValue js_str_substring(JsRt *rt, JsString *s, uint32_t start, uint32_t end) {
  js_str_flatten(rt, s);
  uint32_t len = js_str_len(s);
  if (end > len)
    end = len;
  if (start >= end)
    return rt->atom_empty;
  if (start == 0 && end == len)
    return js_from_cell(s);
  if (s->hdr.flags & JS_STR_WIDE)
    return js_str_from_utf16(rt, (uint16_t *)s->data + start, end - start);
  return js_str_from_latin1(rt, (uint8_t *)s->data + start, end - start);
}

int js_str_compare(JsString *a, JsString *b) {
  js_str_flatten(js__rt, a);
  js_str_flatten(js__rt, b);
  uint32_t la = js_str_len(a), lb = js_str_len(b);
  uint32_t n = la < lb ? la : lb;
  if (!((a->hdr.flags | b->hdr.flags) & JS_STR_WIDE)) {
    int c = memcmp(a->data, b->data, n);
    if (c)
      return c < 0 ? -1 : 1;
  } else {
    for (uint32_t i = 0; i < n; i++) {
      uint16_t x = js_str_at(a, i), y = js_str_at(b, i);
      if (x != y)
        return x < y ? -1 : 1;
    }
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

bool js_str_equal(JsString *a, JsString *b) {
  if (a == b)
    return true;
  if (js_str_len(a) != js_str_len(b))
    return false;
  if ((a->hdr.flags & JS_STR_INTERNED) && (b->hdr.flags & JS_STR_INTERNED))
    return false;
  if (a->hash && b->hash && a->hash != b->hash)
    return false;
  return js_str_compare(a, b) == 0;
}

char *js_str_to_utf8(JsRt *rt, JsString *s, size_t *len_out) {
  js_str_flatten(rt, s);
  uint32_t len = js_str_len(s);
  char *out;
  size_t n = 0;
  if (!(s->hdr.flags & JS_STR_WIDE)) {
    const uint8_t *p = s->data;
    out = js_gc_alloc_atomic((size_t)len * 2 + 1);
    for (uint32_t i = 0; i < len; i++) {
      if (p[i] < 0x80) {
        out[n++] = (char)p[i];
      } else {
        out[n++] = (char)(0xc0 | (p[i] >> 6));
        out[n++] = (char)(0x80 | (p[i] & 0x3f));
      }
    }
  } else {
    const uint16_t *p = s->data;
    out = js_gc_alloc_atomic((size_t)len * 3 + 1);
    for (uint32_t i = 0; i < len; i++) {
      uint32_t c = p[i];
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len && p[i + 1] >= 0xdc00 &&
          p[i + 1] <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (p[i + 1] - 0xdc00);
        i++;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        c = 0xfffd;
      }
      if (c < 0x80) {
        out[n++] = (char)c;
      } else if (c < 0x800) {
        out[n++] = (char)(0xc0 | (c >> 6));
        out[n++] = (char)(0x80 | (c & 0x3f));
      } else if (c < 0x10000) {
        out[n++] = (char)(0xe0 | (c >> 12));
        out[n++] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[n++] = (char)(0x80 | (c & 0x3f));
      } else {
        out[n++] = (char)(0xf0 | (c >> 18));
        out[n++] = (char)(0x80 | ((c >> 12) & 0x3f));
        out[n++] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[n++] = (char)(0x80 | (c & 0x3f));
      }
    }
  }
  out[n] = 0;
  if (len_out)
    *len_out = n;
  return out;
}

const char *js_cstr(JsRt *rt, JsValue v) {
  if (js_is_string(v))
    return js_str_to_utf8(rt, js_str(v), NULL);
  bool had = rt->has_exception;
  JsValue saved = rt->exception;
  JsValue s = js_is_symbol(v) ? JS_EXCEPTION : js_to_string(rt, v);
  if (js_is_exception(s)) {
    rt->has_exception = had;
    rt->exception = saved;
    if (js_is_symbol(v))
      return js_key_cstr(rt, v);
    return "[object]";
  }
  return js_str_to_utf8(rt, js_str(s), NULL);
}

// --- JsStrBuf ------------------------------------------------------------------

// The buffer holds bytes (Latin-1) until the first unit above 0xff, then
// UTF-16: most strings built are one-byte and finish without a copy.

void js_sb_init(JsStrBuf *sb) {
  sb->buf = NULL;
  sb->len = sb->cap = 0;
  sb->wide = false;
}

static void sb_grow(JsStrBuf *sb, uint32_t extra) {
  if (sb->len + extra <= sb->cap)
    return;
  uint32_t cap = sb->cap ? sb->cap : 32;
  while (cap < sb->len + extra)
    cap *= 2;
  size_t unit = sb->wide ? 2 : 1;
  void *nb = js_gc_alloc_atomic((size_t)cap * unit + 2);
  if (sb->len)
    memcpy(nb, sb->buf, (size_t)sb->len * unit);
  sb->buf = nb;
  sb->cap = cap;
}

// Switches the buffer to UTF-16.
static void sb_widen(JsStrBuf *sb) {
  uint32_t cap = sb->cap ? sb->cap : 32;
  uint16_t *nb = js_gc_alloc_atomic((size_t)cap * 2 + 2);
  const uint8_t *p = sb->buf;
  for (uint32_t i = 0; i < sb->len; i++)
    nb[i] = p[i];
  sb->buf = nb;
  sb->cap = cap;
  sb->wide = true;
}

void js__sb_putc_slow(JsStrBuf *sb, uint16_t c) {
  if (c > 0xff && !sb->wide)
    sb_widen(sb);
  sb_grow(sb, 1);
  if (sb->wide)
    ((uint16_t *)sb->buf)[sb->len++] = c;
  else
    ((uint8_t *)sb->buf)[sb->len++] = (uint8_t)c;
}

void js_sb_put_latin1(JsStrBuf *sb, const uint8_t *p, uint32_t n) {
  if (n == 0)  // an empty buffer has no storage yet: no memcpy to NULL
    return;
  sb_grow(sb, n);
  if (sb->wide) {
    uint16_t *d = (uint16_t *)sb->buf + sb->len;
    for (uint32_t i = 0; i < n; i++)
      d[i] = p[i];
  } else {
    memcpy((uint8_t *)sb->buf + sb->len, p, n);
  }
  sb->len += n;
}

void js_sb_puts(JsStrBuf *sb, const char *utf8) {
  size_t n = strlen(utf8);
  bool ascii = true;
  for (size_t i = 0; i < n; i++)
    if ((uint8_t)utf8[i] >= 0x80)
      ascii = false;
  if (ascii) {
    js_sb_put_latin1(sb, (const uint8_t *)utf8, (uint32_t)n);
    return;
  }
  uint32_t un;
  uint16_t *u = decode_wtf8(utf8, n, &un, &ascii);
  for (uint32_t i = 0; i < un; i++)
    js_sb_putc(sb, u[i]);
  free(u);
}

void js_sb_put_str(JsRt *rt, JsStrBuf *sb, JsString *s) {
  js_str_flatten(rt, s);
  uint32_t len = js_str_len(s);
  if (!(s->hdr.flags & JS_STR_WIDE)) {
    js_sb_put_latin1(sb, s->data, len);
    return;
  }
  if (!sb->wide)
    sb_widen(sb);  // a flat wide string has a unit above 0xff
  sb_grow(sb, len);
  memcpy((uint16_t *)sb->buf + sb->len, s->data, (size_t)len * 2);
  sb->len += len;
}

int js_sb_put_value(JsRt *rt, JsStrBuf *sb, JsValue v) {
  JsValue s = js_to_string(rt, v);
  if (js_is_exception(s))
    return -1;
  js_sb_put_str(rt, sb, js_str(s));
  return 0;
}

JsValue js_sb_finish(JsRt *rt, JsStrBuf *sb) {
  JsValue v;
  if (sb->len == 0) {
    v = rt->atom_empty;
  } else if (sb->wide) {
    v = js_str_from_utf16(rt, sb->buf, sb->len);
  } else if (sb->len == 1 || sb->cap > sb->len + sb->len / 4 + 64) {
    v = js_str_from_latin1(rt, sb->buf, sb->len);  // copy: too much slack
  } else {
    JsString *str = js_gc_alloc(sizeof(JsString));
    str->hdr.kind = JS_KIND_STRING;
    str->hdr.flags = 0;
    str->hdr.aux = sb->len;
    str->data = sb->buf;  // the buffer becomes the string's data
    ((uint8_t *)sb->buf)[sb->len] = 0;
    v = js_from_cell(str);
  }
  js_sb_init(sb);
  return v;
}
