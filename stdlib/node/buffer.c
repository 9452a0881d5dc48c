// SPDX-License-Identifier: MIT
//
// buffer.c: the natives of require('kiln:buffer'), the byte work behind
// node's Buffer (stdlib/node/buffer.js), string_decoder and TextDecoder:
// encoding strings to bytes and back (utf8, utf16le, latin1, ascii, hex,
// base64, base64url), byte lengths, comparison, search, fill, copy, byte
// swaps and the float/BigInt element reads and writes.
//
// Argument checking and node's error messages live in buffer.js; these
// natives trust their arguments' types (a view is any typed array, read
// through js_typed_bytes) and clamp ranges so that bad input never reads
// or writes outside a buffer.
//
// Encodings are small integers shared with buffer.js (ENC_*). Decoding
// UTF-8 follows the WHATWG decoder that V8 uses: each maximal invalid
// subpart becomes one U+FFFD.
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target

enum { ENC_UTF8, ENC_UTF16LE, ENC_LATIN1, ENC_ASCII, ENC_BASE64, ENC_BASE64URL, ENC_HEX };

// FastBuffer.prototype (set by buffer.js), for buffers made here.
static JsValue buffer_proto;

static uint8_t *bytes_of(JsValue v, size_t *len) {
  uint8_t *p = js_typed_bytes(v, len);
  if (!p)
    *len = 0;
  return p;
}

static double num_arg(int argc, JsValue *argv, int i, double dflt) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_number(v) ? js_get_number(v) : dflt;
}

// A range argument clamped to [0, max].
static size_t clamp_arg(int argc, JsValue *argv, int i, size_t dflt, size_t max) {
  double d = num_arg(argc, argv, i, (double)dflt);
  if (!(d > 0))
    return 0;
  return d > (double)max ? max : (size_t)d;
}

static JsString *flat_arg(JsRt *rt, int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  if (!js_is_string(v))
    return NULL;
  return js_str_flatten(rt, js_str(v));
}

static inline uint16_t unit_at(const JsString *s, size_t i) {
  return (s->hdr.flags & JS_STR_WIDE) ? ((const uint16_t *)s->data)[i]
                                      : ((const uint8_t *)s->data)[i];
}

// ---------------------------------------------------------------------------
// UTF-8.
// ---------------------------------------------------------------------------

// The code point at [*i] (a surrogate pair counts as one; a lone surrogate
// is U+FFFD); advances *i.
static uint32_t next_code_point(const JsString *s, size_t *i, size_t len) {
  uint32_t c = unit_at(s, (*i)++);
  if (c < 0xd800 || c > 0xdfff)
    return c;
  if (c <= 0xdbff && *i < len) {
    uint32_t d = unit_at(s, *i);
    if (d >= 0xdc00 && d <= 0xdfff) {
      (*i)++;
      return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
    }
  }
  return 0xfffd;
}

static size_t utf8_size(uint32_t c) {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static size_t utf8_length(const JsString *s) {
  size_t len = js_str_len(s), n = 0;
  if (!(s->hdr.flags & JS_STR_WIDE)) {
    const uint8_t *p = s->data;
    for (size_t i = 0; i < len; i++)
      n += p[i] < 0x80 ? 1 : 2;
    return n;
  }
  for (size_t i = 0; i < len;)
    n += utf8_size(next_code_point(s, &i, len));
  return n;
}

static size_t put_utf8(uint8_t *d, uint32_t c) {
  if (c < 0x80) {
    d[0] = (uint8_t)c;
    return 1;
  }
  if (c < 0x800) {
    d[0] = (uint8_t)(0xc0 | c >> 6);
    d[1] = (uint8_t)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    d[0] = (uint8_t)(0xe0 | c >> 12);
    d[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
    d[2] = (uint8_t)(0x80 | (c & 0x3f));
    return 3;
  }
  d[0] = (uint8_t)(0xf0 | c >> 18);
  d[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
  d[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
  d[3] = (uint8_t)(0x80 | (c & 0x3f));
  return 4;
}

// Writes whole characters only, at most [cap] bytes; returns the bytes
// written and in *chars the string units consumed.
static size_t write_utf8(const JsString *s, uint8_t *d, size_t cap, size_t *chars) {
  size_t len = js_str_len(s), n = 0, i = 0;
  if (!(s->hdr.flags & JS_STR_WIDE)) {
    const uint8_t *p = s->data;
    for (; i < len; i++) {
      uint8_t c = p[i];
      if (c < 0x80) {
        if (n + 1 > cap)
          break;
        d[n++] = c;
      } else {
        if (n + 2 > cap)
          break;
        n += put_utf8(d + n, c);
      }
    }
  } else {
    while (i < len) {
      size_t at = i;
      uint32_t c = next_code_point(s, &i, len);
      if (n + utf8_size(c) > cap) {
        i = at;
        break;
      }
      n += put_utf8(d + n, c);
    }
  }
  if (chars)
    *chars = i;
  return n;
}

// Decodes [n] bytes of UTF-8 into UTF-16 units at [out] (room for n
// units); returns the unit count.
static size_t decode_utf8(const uint8_t *p, size_t n, uint16_t *out) {
  size_t i = 0, k = 0;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      out[k++] = b;
      i++;
      continue;
    }
    int need;
    uint8_t lo = 0x80, hi = 0xbf;
    uint32_t c;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1, c = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2, c = b & 0x0f;
      if (b == 0xe0)
        lo = 0xa0;
      else if (b == 0xed)
        hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3, c = b & 0x07;
      if (b == 0xf0)
        lo = 0x90;
      else if (b == 0xf4)
        hi = 0x8f;
    } else {
      out[k++] = 0xfffd;
      i++;
      continue;
    }
    i++;
    bool ok = true;
    for (int j = 0; j < need; j++) {
      if (i >= n || p[i] < lo || p[i] > hi) {
        ok = false;
        break;
      }
      c = c << 6 | (p[i] & 0x3f);
      lo = 0x80, hi = 0xbf;
      i++;
    }
    if (!ok) {
      out[k++] = 0xfffd;
      continue;
    }
    if (c >= 0x10000) {
      c -= 0x10000;
      out[k++] = (uint16_t)(0xd800 + (c >> 10));
      out[k++] = (uint16_t)(0xdc00 + (c & 0x3ff));
    } else {
      out[k++] = (uint16_t)c;
    }
  }
  return k;
}

static JsValue utf8_to_string(JsRt *rt, const uint8_t *p, size_t n) {
  size_t i = 0;
  while (i < n && p[i] < 0x80)
    i++;
  if (i == n)
    return js_str_from_latin1(rt, p, (uint32_t)n);
  uint16_t *u = malloc((n ? n : 1) * sizeof(uint16_t));
  if (!u)
    return js_throw_range_error(rt, "Array buffer allocation failed");
  size_t k = decode_utf8(p, n, u);
  JsValue r = js_str_from_utf16(rt, u, (uint32_t)k);
  free(u);
  return r;
}

// ---------------------------------------------------------------------------
// base64 and hex.
// ---------------------------------------------------------------------------

static const char b64_std[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Either alphabet decodes ('+' and '-' are 62, '/' and '_' 63): node's
// decoder accepts both for both encodings.
static int b64_value(uint16_t c) {
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+' || c == '-')
    return 62;
  if (c == '/' || c == '_')
    return 63;
  return -1;
}

// node's base64_decoded_size: from the length, less up to two trailing '='.
static size_t b64_decoded_size(const JsString *s) {
  size_t n = js_str_len(s);
  if (n < 2)
    return 0;
  if ((uint8_t)unit_at(s, n - 1) == '=') {
    n--;
    if ((uint8_t)unit_at(s, n - 1) == '=')
      n--;
  }
  size_t rem = n % 4, size = n / 4 * 3;
  if (rem)
    size += (size == 0 && rem == 1) ? 0 : 1 + (rem == 3);
  return size;
}

// Characters outside the alphabet are skipped; '=' ends the data. Like
// node's decoder, a unit past 0xff counts as its low byte (U+203D is '=').
static size_t decode_base64(const JsString *s, uint8_t *d, size_t cap) {
  size_t len = js_str_len(s), k = 0;
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < len && k < cap; i++) {
    uint8_t c = (uint8_t)unit_at(s, i);
    if (c == '=')
      break;
    int v = b64_value(c);
    if (v < 0)
      continue;
    acc = acc << 6 | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      d[k++] = (uint8_t)(acc >> bits);
      acc &= (1u << bits) - 1;
    }
  }
  return k;
}

static size_t encode_base64(const uint8_t *p, size_t n, char *out, bool url) {
  const char *a = url ? b64_url : b64_std;
  size_t k = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
    out[k++] = a[v >> 18];
    out[k++] = a[(v >> 12) & 63];
    out[k++] = a[(v >> 6) & 63];
    out[k++] = a[v & 63];
  }
  if (n - i == 1) {
    uint32_t v = (uint32_t)p[i] << 16;
    out[k++] = a[v >> 18];
    out[k++] = a[(v >> 12) & 63];
    if (!url) {
      out[k++] = '=';
      out[k++] = '=';
    }
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
    out[k++] = a[v >> 18];
    out[k++] = a[(v >> 12) & 63];
    out[k++] = a[(v >> 6) & 63];
    if (!url)
      out[k++] = '=';
  }
  return k;
}

static int hex_value(uint16_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// Pairs of hex digits until the first pair that is not one (units past
// 0xff count as their low byte, as in node).
static size_t decode_hex(const JsString *s, uint8_t *d, size_t cap) {
  size_t len = js_str_len(s) / 2, k = 0;
  for (; k < len && k < cap; k++) {
    int h = hex_value((uint8_t)unit_at(s, 2 * k)), l = hex_value((uint8_t)unit_at(s, 2 * k + 1));
    if (h < 0 || l < 0)
      break;
    d[k] = (uint8_t)(h << 4 | l);
  }
  return k;
}

// ---------------------------------------------------------------------------
// String <-> bytes in any encoding.
// ---------------------------------------------------------------------------

// Bytes [s] takes in [enc] (base64: the decoded size bound, as node's
// StringBytes::Size).
static size_t string_size(const JsString *s, int enc) {
  size_t len = js_str_len(s);
  switch (enc) {
  case ENC_UTF8: return utf8_length(s);
  case ENC_UTF16LE: return len * 2;
  case ENC_BASE64:
  case ENC_BASE64URL: return b64_decoded_size(s);
  case ENC_HEX: return len / 2;
  default: return len;
  }
}

// Writes [s] in [enc] into [d] (at most [cap] bytes); returns the count.
static size_t write_string(const JsString *s, int enc, uint8_t *d, size_t cap) {
  size_t len = js_str_len(s);
  switch (enc) {
  case ENC_UTF8: return write_utf8(s, d, cap, NULL);
  case ENC_UTF16LE: {
    size_t n = len < cap / 2 ? len : cap / 2;
    for (size_t i = 0; i < n; i++) {
      uint16_t c = unit_at(s, i);
      d[2 * i] = (uint8_t)c;
      d[2 * i + 1] = (uint8_t)(c >> 8);
    }
    return n * 2;
  }
  case ENC_BASE64:
  case ENC_BASE64URL: return decode_base64(s, d, cap);
  case ENC_HEX: return decode_hex(s, d, cap);
  default: {  // latin1, ascii: the low byte of each unit
    size_t n = len < cap ? len : cap;
    if (!(s->hdr.flags & JS_STR_WIDE)) {
      memcpy(d, s->data, n);
    } else {
      for (size_t i = 0; i < n; i++)
        d[i] = (uint8_t)unit_at(s, i);
    }
    return n;
  }
  }
}

// The string [n] bytes at [p] decode to in [enc].
static JsValue bytes_to_string(JsRt *rt, const uint8_t *p, size_t n, int enc) {
  if (n > 0x1fffffe8)  // V8's String::kMaxLength
    return js_node_error(rt, JS_ERROR, "ERR_STRING_TOO_LONG",
                         "Cannot create a string longer than 0x1fffffe8 characters");
  switch (enc) {
  case ENC_UTF8: return utf8_to_string(rt, p, n);
  case ENC_UTF16LE: {
    size_t m = n / 2;
    uint16_t *u = js_gc_alloc_atomic((m ? m : 1) * 2);
    for (size_t i = 0; i < m; i++)
      u[i] = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
    return js_str_from_utf16(rt, u, (uint32_t)m);
  }
  case ENC_LATIN1: return js_str_from_latin1(rt, p, (uint32_t)n);
  case ENC_ASCII: {
    uint8_t *a = js_gc_alloc_atomic(n ? n : 1);
    for (size_t i = 0; i < n; i++)
      a[i] = p[i] & 0x7f;
    return js_str_from_latin1(rt, a, (uint32_t)n);
  }
  case ENC_HEX: {
    static const char digits[] = "0123456789abcdef";
    uint8_t *h = js_gc_alloc_atomic(n * 2 + 1);
    for (size_t i = 0; i < n; i++) {
      h[2 * i] = (uint8_t)digits[p[i] >> 4];
      h[2 * i + 1] = (uint8_t)digits[p[i] & 15];
    }
    return js_str_from_latin1(rt, h, (uint32_t)(n * 2));
  }
  default: {
    char *b = js_gc_alloc_atomic((n + 2) / 3 * 4 + 1);
    size_t k = encode_base64(p, n, b, enc == ENC_BASE64URL);
    return js_str_from_latin1(rt, (const uint8_t *)b, (uint32_t)k);
  }
  }
}

// The bytes of string [s] in [enc] as a GC array (*n bytes).
static uint8_t *string_bytes(const JsString *s, int enc, size_t *n) {
  size_t cap = string_size(s, enc);
  uint8_t *d = js_gc_alloc_atomic(cap ? cap : 1);
  *n = write_string(s, enc, d, cap);
  return d;
}

// ---------------------------------------------------------------------------
// Natives.
// ---------------------------------------------------------------------------

// setBufferPrototype(proto, Buffer): buffers made here get [proto];
// species creation of Buffer makes them directly.
NATIVE(buffer_set_proto) {
  UNUSED_ARGS;
  (void)rt;
  buffer_proto = js_arg(argc, argv, 0);
  js_typed_set_fast_species(js_arg(argc, argv, 1), buffer_proto);
  return JS_UNDEFINED;
}

// byteLength(string, enc)
NATIVE(buffer_byte_length) {
  UNUSED_ARGS;
  JsString *s = flat_arg(rt, argc, argv, 0);
  if (!s)
    return js_int(0);
  return js_number((double)string_size(s, (int)num_arg(argc, argv, 1, 0)));
}

// fromString(string, enc, plain): a new Buffer (not pooled) holding the
// string; a plain Uint8Array when [plain].
NATIVE(buffer_from_string) {
  UNUSED_ARGS;
  JsString *s = flat_arg(rt, argc, argv, 0);
  if (!s)
    return js_throw_type_error(rt, "fromString: not a string");
  int enc = (int)num_arg(argc, argv, 1, 0);
  JsValue proto = js_truthy(rt, js_arg(argc, argv, 2)) ? JS_UNDEFINED : buffer_proto;
  size_t cap = string_size(s, enc);
  JsValue b = js_new_uint8_array(rt, proto, cap);
  if (js_is_exception(b))
    return b;
  size_t len;
  uint8_t *d = bytes_of(b, &len);
  size_t n = write_string(s, enc, d, cap);
  if (n == cap)
    return b;
  JsValue sub = js_new_uint8_array(rt, proto, n);
  if (js_is_exception(sub))
    return sub;
  memcpy(bytes_of(sub, &len), d, n);
  return sub;
}

// write(view, string, offset, maxLength, enc) -> bytes written.
NATIVE(buffer_write) {
  UNUSED_ARGS;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  JsString *s = flat_arg(rt, argc, argv, 1);
  if (!p || !s)
    return js_int(0);
  size_t off = clamp_arg(argc, argv, 2, 0, len);
  size_t max = clamp_arg(argc, argv, 3, len - off, len - off);
  return js_number((double)write_string(s, (int)num_arg(argc, argv, 4, 0), p + off, max));
}

// toString(view, enc, start, end)
NATIVE(buffer_to_string) {
  UNUSED_ARGS;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  size_t start = clamp_arg(argc, argv, 2, 0, len);
  size_t end = clamp_arg(argc, argv, 3, len, len);
  if (end < start)
    end = start;
  return bytes_to_string(rt, p ? p + start : (const uint8_t *)"", end - start,
                         (int)num_arg(argc, argv, 1, 0));
}

// compare(a, b, aStart, aEnd, bStart, bEnd) -> -1, 0, 1.
NATIVE(buffer_compare) {
  UNUSED_ARGS;
  (void)rt;
  size_t al, bl;
  uint8_t *a = bytes_of(js_arg(argc, argv, 0), &al);
  uint8_t *b = bytes_of(js_arg(argc, argv, 1), &bl);
  size_t as = clamp_arg(argc, argv, 2, 0, al), ae = clamp_arg(argc, argv, 3, al, al);
  size_t bs = clamp_arg(argc, argv, 4, 0, bl), be = clamp_arg(argc, argv, 5, bl, bl);
  size_t an = ae > as ? ae - as : 0, bn = be > bs ? be - bs : 0;
  size_t n = an < bn ? an : bn;
  int c = n ? memcmp(a + as, b + bs, n) : 0;
  if (c == 0)
    c = an < bn ? -1 : an > bn ? 1 : 0;
  return js_int(c < 0 ? -1 : c > 0 ? 1 : 0);
}

// node's IndexOfOffset: where a search starts, or -1 for no match.
static int64_t index_offset(int64_t len, int64_t off, int64_t nlen, bool fwd) {
  if (off < 0) {
    if (off + len >= 0)
      return len + off;
    return fwd || nlen == 0 ? 0 : -1;
  }
  if (off + nlen <= len)
    return off;
  if (nlen == 0)
    return len;
  return fwd ? -1 : len - 1;
}

static int64_t search_bytes(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl, size_t from,
                            bool fwd) {
  if (fwd) {
    if (nl == 1) {
      const uint8_t *q = memchr(h + from, n[0], hl - from);
      return q ? q - h : -1;
    }
    for (size_t i = from; i + nl <= hl; i++) {
      const uint8_t *q = memchr(h + i, n[0], hl - nl + 1 - i);
      if (!q)
        return -1;
      i = (size_t)(q - h);
      if (memcmp(q, n, nl) == 0)
        return (int64_t)i;
    }
    return -1;
  }
  size_t start = from + nl > hl ? hl - nl : from;
  for (size_t i = start + 1; i-- > 0;)
    if (h[i] == n[0] && memcmp(h + i, n, nl) == 0)
      return (int64_t)i;
  return -1;
}

// The same over 16-bit units (utf16le), positions in units.
static int64_t search_units(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl, size_t from,
                            bool fwd) {
  size_t hu = hl / 2, nu = nl / 2;
  if (nu > hu)
    return -1;
  if (fwd) {
    for (size_t i = from; i + nu <= hu; i++)
      if (memcmp(h + 2 * i, n, 2 * nu) == 0)
        return (int64_t)i;
    return -1;
  }
  size_t start = from + nu > hu ? hu - nu : from;
  for (size_t i = start + 1; i-- > 0;)
    if (memcmp(h + 2 * i, n, 2 * nu) == 0)
      return (int64_t)i;
  return -1;
}

// indexOf(view, needle, byteOffset, enc, forward): needle a number (its
// low byte), a string (encoded in enc) or a view.
NATIVE(buffer_index_of) {
  UNUSED_ARGS;
  size_t hl;
  const uint8_t *h = bytes_of(js_arg(argc, argv, 0), &hl);
  JsValue needle = js_arg(argc, argv, 1);
  double offd = num_arg(argc, argv, 2, 0);
  int64_t off = isnan(offd) ? 0 : (int64_t)offd;
  int enc = (int)num_arg(argc, argv, 3, 0);
  bool fwd = js_truthy(rt, js_arg(argc, argv, 4));
  if (js_is_number(needle)) {
    int64_t o = index_offset((int64_t)hl, off, 1, fwd);
    if (o <= -1 || hl == 0)
      return js_int(-1);
    uint8_t c = (uint8_t)js_to_uint32_d(js_get_number(needle));
    return js_number((double)search_bytes(h, hl, &c, 1, (size_t)o, fwd));
  }
  const uint8_t *n;
  size_t nl;
  if (js_is_string(needle)) {
    n = string_bytes(js_str_flatten(rt, js_str(needle)), enc, &nl);
  } else {
    n = bytes_of(needle, &nl);
    if (!n)
      return js_int(-1);
  }
  int64_t o = index_offset((int64_t)hl, off, (int64_t)nl, fwd);
  if (nl == 0)
    return js_number((double)o);
  if (hl == 0 || o <= -1)
    return js_int(-1);
  if ((fwd && nl + (size_t)o > hl) || nl > hl)
    return js_int(-1);
  if (enc == ENC_UTF16LE) {
    if (hl < 2 || nl < 2)
      return js_int(-1);
    int64_t r = search_units(h, hl, n, nl, (size_t)o / 2, fwd);
    return js_number(r < 0 ? -1 : (double)r * 2);
  }
  return js_number((double)search_bytes(h, hl, n, nl, (size_t)o, fwd));
}

// fill(view, value, start, end, enc) -> 0, or -1 when the value has no
// bytes (node's ERR_INVALID_ARG_VALUE), -2 when the range is bad.
NATIVE(buffer_fill) {
  UNUSED_ARGS;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  JsValue v = js_arg(argc, argv, 1);
  double sd = num_arg(argc, argv, 2, 0), ed = num_arg(argc, argv, 3, (double)len);
  if (!(sd >= 0) || !(ed <= (double)len) || sd > ed)
    return js_int(-2);
  size_t start = (size_t)sd, end = (size_t)ed, fl = end - start;
  const uint8_t *src;
  size_t sl;
  if (js_is_string(v)) {
    src = string_bytes(js_str_flatten(rt, js_str(v)), (int)num_arg(argc, argv, 4, 0), &sl);
  } else if ((src = js_typed_bytes(v, &sl)) != NULL) {
    // a view: its bytes
  } else {
    double d;
    if (js_to_double(rt, v, &d) < 0)
      return JS_EXCEPTION;
    memset(p + start, (int)(js_to_uint32_d(d) & 255), fl);
    return js_int(0);
  }
  if (sl == 0)
    return js_int(-1);
  if (fl == 0)
    return js_int(0);
  // Copy once, then double the filled prefix (src may overlap p).
  size_t first = sl < fl ? sl : fl;
  memmove(p + start, src, first);
  for (size_t done = first; done < fl;) {
    size_t n = done < fl - done ? done : fl - done;
    memcpy(p + start + done, p + start, n);
    done += n;
  }
  return js_int(0);
}

// copy(source, target, targetStart, sourceStart, count) -> bytes copied.
NATIVE(buffer_copy) {
  UNUSED_ARGS;
  (void)rt;
  size_t sl, tl;
  uint8_t *s = bytes_of(js_arg(argc, argv, 0), &sl);
  uint8_t *t = bytes_of(js_arg(argc, argv, 1), &tl);
  size_t ts = clamp_arg(argc, argv, 2, 0, tl), ss = clamp_arg(argc, argv, 3, 0, sl);
  size_t n = clamp_arg(argc, argv, 4, sl - ss, sl - ss);
  if (n > tl - ts)
    n = tl - ts;
  if (n)
    memmove(t + ts, s + ss, n);
  return js_number((double)n);
}

// swap(view, size): reverses each group of [size] (2, 4, 8) bytes.
NATIVE(buffer_swap) {
  UNUSED_ARGS;
  (void)rt;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  size_t w = (size_t)num_arg(argc, argv, 1, 2);
  for (size_t i = 0; p && w && i + w <= len; i += w)
    for (size_t a = i, b = i + w - 1; a < b; a++, b--) {
      uint8_t x = p[a];
      p[a] = p[b];
      p[b] = x;
    }
  return JS_UNDEFINED;
}

// Reads [w] bytes at [off] into [out] in host (little-endian) order.
static bool get_bytes(int argc, JsValue *argv, size_t w, bool le, uint8_t *out) {
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  double off = num_arg(argc, argv, 1, -1);
  if (!p || !(off >= 0) || off + (double)w > (double)len)
    return false;
  for (size_t i = 0; i < w; i++)
    out[i] = p[(size_t)off + (le ? i : w - 1 - i)];
  return true;
}

static bool put_bytes(int argc, JsValue *argv, size_t w, bool le, const uint8_t *in) {
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  double off = num_arg(argc, argv, 2, -1);
  if (!p || !(off >= 0) || off + (double)w > (double)len)
    return false;
  for (size_t i = 0; i < w; i++)
    p[(size_t)off + (le ? i : w - 1 - i)] = in[i];
  return true;
}

// readFloat(view, offset, littleEndian, double?) -> number (undefined when
// out of range).
NATIVE(buffer_read_float) {
  UNUSED_ARGS;
  (void)rt;
  bool le = js_truthy(rt, js_arg(argc, argv, 2)), dbl = js_truthy(rt, js_arg(argc, argv, 3));
  uint8_t b[8];
  if (!get_bytes(argc, argv, dbl ? 8 : 4, le, b))
    return JS_UNDEFINED;
  if (dbl) {
    double d;
    memcpy(&d, b, 8);
    return js_number(d);
  }
  float f;
  memcpy(&f, b, 4);
  return js_number(f);
}

// writeFloat(view, value, offset, littleEndian, double?) -> true when written.
NATIVE(buffer_write_float) {
  UNUSED_ARGS;
  bool le = js_truthy(rt, js_arg(argc, argv, 3)), dbl = js_truthy(rt, js_arg(argc, argv, 4));
  double d = num_arg(argc, argv, 1, NAN);
  uint8_t b[8];
  if (dbl) {
    memcpy(b, &d, 8);
  } else {
    float f = (float)d;
    memcpy(b, &f, 4);
  }
  return js_bool(put_bytes(argc, argv, dbl ? 8 : 4, le, b));
}

// readBig64(view, offset, littleEndian, signed) -> bigint (undefined when
// out of range).
NATIVE(buffer_read_big64) {
  UNUSED_ARGS;
  bool le = js_truthy(rt, js_arg(argc, argv, 2)), sgn = js_truthy(rt, js_arg(argc, argv, 3));
  uint8_t b[8];
  if (!get_bytes(argc, argv, 8, le, b))
    return JS_UNDEFINED;
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--)
    v = v << 8 | b[i];
  return sgn ? js_bigint_from_int64(rt, (int64_t)v) : js_bigint_from_uint64(rt, v);
}

// writeBig64(view, value, offset, littleEndian) -> true when written.
NATIVE(buffer_write_big64) {
  UNUSED_ARGS;
  bool le = js_truthy(rt, js_arg(argc, argv, 3));
  JsValue v = js_arg(argc, argv, 1);
  uint64_t u = js_is_bigint(v) ? js_bigint_to_uint64(v) : 0;
  uint8_t b[8];
  for (int i = 0; i < 8; i++)
    b[i] = (uint8_t)(u >> (8 * i));
  return js_bool(put_bytes(argc, argv, 8, le, b));
}

// Well-formed UTF-8 (the WHATWG ranges: no overlongs, surrogates or
// code points past U+10FFFF).
static bool valid_utf8(const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n;) {
    uint8_t b = p[i++];
    if (b < 0x80)
      continue;
    size_t need;
    uint8_t lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf)
      need = 1;
    else if (b >= 0xe0 && b <= 0xef)
      need = 2, lo = b == 0xe0 ? 0xa0 : 0x80, hi = b == 0xed ? 0x9f : 0xbf;
    else if (b >= 0xf0 && b <= 0xf4)
      need = 3, lo = b == 0xf0 ? 0x90 : 0x80, hi = b == 0xf4 ? 0x8f : 0xbf;
    else
      return false;
    for (size_t j = 0; j < need; j++, i++) {
      if (i >= n || p[i] < lo || p[i] > hi)
        return false;
      lo = 0x80, hi = 0xbf;
    }
  }
  return true;
}

// isUtf8(view) / isAscii(view)
NATIVE(buffer_is_utf8) {
  UNUSED_ARGS;
  (void)rt;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  return js_bool(valid_utf8(p, len));
}

NATIVE(buffer_is_ascii) {
  UNUSED_ARGS;
  (void)rt;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  for (size_t i = 0; i < len; i++)
    if (p[i] >= 0x80)
      return JS_FALSE;
  return JS_TRUE;
}

// utf8Prefix(view, start, end): how many bytes at the end of the range
// form an incomplete (but so far valid) UTF-8 sequence, and how many bytes
// the full sequence needs, as need * 8 + have (string_decoder, TextDecoder
// streaming). 0 when the range ends on a character boundary.
NATIVE(buffer_utf8_tail) {
  UNUSED_ARGS;
  (void)rt;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  size_t start = clamp_arg(argc, argv, 1, 0, len), end = clamp_arg(argc, argv, 2, len, len);
  for (size_t back = 1; back <= 3 && end >= start + back; back++) {
    uint8_t b = p[end - back];
    if ((b & 0xc0) == 0x80)
      continue;  // a continuation byte: look further back
    size_t need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3
                : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (need <= back)
      return js_int(0);
    // Only valid continuations so far (the second byte's special ranges).
    if (back >= 2) {
      uint8_t c = p[end - back + 1];
      uint8_t lo = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
      uint8_t hi = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
      if (c < lo || c > hi)
        return js_int(0);
    }
    return js_int((int32_t)(need * 8 + back));
  }
  return js_int(0);
}

// encodeInto(view, string) -> [read, written]: the UTF-8 of as many whole
// characters of [string] as fit (TextEncoder.prototype.encodeInto).
NATIVE(buffer_encode_into) {
  UNUSED_ARGS;
  size_t len;
  uint8_t *p = bytes_of(js_arg(argc, argv, 0), &len);
  JsString *s = flat_arg(rt, argc, argv, 1);
  size_t read = 0, written = 0;
  if (p && s)
    written = write_utf8(s, p, len, &read);
  JsValue vals[2] = {js_number((double)read), js_number((double)written)};
  return js_new_array_from(rt, 2, vals);
}

// view(arrayBuffer, offset, length): a Buffer over those bytes (the caller
// checked the range; clamped here all the same), without running the
// FastBuffer constructor.
NATIVE(buffer_view) {
  UNUSED_ARGS;
  JsValue ab = js_arg(argc, argv, 0);
  size_t len;
  if (js_class_of(ab) != JS_CLASS_ARRAY_BUFFER || !js_typed_bytes(ab, &len))
    return js_throw_type_error(rt, "view: not an ArrayBuffer");
  size_t off = clamp_arg(argc, argv, 1, 0, len);
  size_t n = clamp_arg(argc, argv, 2, len - off, len - off);
  return js_new_uint8_view(rt, buffer_proto, ab, off, n);
}

// alloc(size): a new zeroed Buffer.
NATIVE(buffer_alloc) {
  UNUSED_ARGS;
  return js_new_uint8_array(rt, buffer_proto, clamp_arg(argc, argv, 0, 0, (size_t)1 << 32));
}

static const JsNativeDef buffer_funcs[] = {
    JS_FN("setBufferPrototype", buffer_set_proto, 2),
    JS_FN("byteLength", buffer_byte_length, 2),
    JS_FN("fromString", buffer_from_string, 2),
    JS_FN("write", buffer_write, 5),
    JS_FN("toString", buffer_to_string, 4),
    JS_FN("compare", buffer_compare, 6),
    JS_FN("indexOf", buffer_index_of, 5),
    JS_FN("fill", buffer_fill, 5),
    JS_FN("copy", buffer_copy, 5),
    JS_FN("swap", buffer_swap, 2),
    JS_FN("readFloat", buffer_read_float, 4),
    JS_FN("writeFloat", buffer_write_float, 5),
    JS_FN("readBig64", buffer_read_big64, 4),
    JS_FN("writeBig64", buffer_write_big64, 4),
    JS_FN("isUtf8", buffer_is_utf8, 1),
    JS_FN("isAscii", buffer_is_ascii, 1),
    JS_FN("utf8Tail", buffer_utf8_tail, 3),
    JS_FN("encodeInto", buffer_encode_into, 2),
    JS_FN("view", buffer_view, 3),
    JS_FN("alloc", buffer_alloc, 1),
};

JsValue js_binding_buffer(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, buffer_funcs);
  return b;
}
