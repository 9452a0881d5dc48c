// SPDX-License-Identifier: MIT
//
// regexp_check.c: early errors for regular expression literals. The
// runtime's pattern parser (runtime/regexp.c) is built here in its
// syntax-only mode, so the compiler and the runtime accept exactly the same
// patterns (with the Unicode data of property escapes, regexp_props.c); this
// file adds the WTF-8 -> UTF-16 step.
#define KILN_REGEXP_SYNTAX_ONLY
#include "../../runtime/regexp.c"
#include "../../runtime/regexp_props.c"

#include "support.h"

// NULL when /pattern/flags is valid, else V8's message.
const char *regexp_literal_error(const char *pattern, size_t len, const char *flags) {
  uint32_t f = 0;
  for (const char *p = flags; *p; p++) {
    switch (*p) {
    case 'g': f |= JS_RE_GLOBAL; break;
    case 'i': f |= JS_RE_IGNORECASE; break;
    case 'm': f |= JS_RE_MULTILINE; break;
    case 's': f |= JS_RE_DOTALL; break;
    case 'u': f |= JS_RE_UNICODE; break;
    case 'y': f |= JS_RE_STICKY; break;
    case 'd': f |= JS_RE_INDICES; break;
    case 'v': f |= JS_RE_UNICODE_SETS; break;
    default: break;  // bad flags are reported by the front end
    }
  }
  uint16_t *units = malloc(sizeof(uint16_t) * (len + 1));
  uint32_t n = 0;
  const unsigned char *s = (const unsigned char *)pattern;
  for (size_t i = 0; i < len;) {
    uint32_t c = s[i];
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (extra)
      c &= 0x3f >> extra;
    i++;
    for (int k = 0; k < extra && i < len; k++, i++)
      c = (c << 6) | (s[i] & 0x3f);
    if (c >= 0x10000) {
      c -= 0x10000;
      units[n++] = (uint16_t)(0xd800 + (c >> 10));
      units[n++] = (uint16_t)(0xdc00 + (c & 0x3ff));
    } else {
      units[n++] = (uint16_t)c;
    }
  }
  const char *err = js_regex_check(units, n, f);
  free(units);
  return err;
}
