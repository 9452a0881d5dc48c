// SPDX-License-Identifier: MIT
//
// regexp_props.c: the Unicode data of property escapes, \p{...} and
// \P{...}: the code point sets of General_Category, Script,
// Script_Extensions and the binary properties (regexp_props.h, generated
// with node as the oracle), and the strings of the properties of strings
// of the v flag (regexp_emoji.h).
//
// The tables are some 150 KB, so they live in this object alone: regexp.c
// references these functions weakly, and a program links them only when
// it can use a property escape: the compiler calls js_new_regexp_props for
// a literal that has one (or a non-ASCII group name, whose check needs
// ID_Start), and a program that names RegExp references
// js_regexp_props_link (compiler/module/builtin_refs.c). Without them, \p{...} is a SyntaxError.
#include "internal.h"

#include "regexp_props.h"
#include "regexp_emoji.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool prop_name_is(const char *name, const uint16_t *s, uint32_t len) {
  for (uint32_t i = 0; i < len; i++)
    if ((uint8_t)name[i] != s[i] || !name[i])
      return false;
  return name[len] == 0;
}

static void add_prop_set(int index, void (*add)(void *, uint32_t, uint32_t), void *ctx) {
  const uint8_t *q = re_prop_data + re_prop_sets[index][0];
  uint32_t next = 0;
  for (uint32_t i = 0; i < re_prop_sets[index][1]; i++) {
    uint32_t v[2];
    for (int k = 0; k < 2; k++) {
      v[k] = 0;
      for (int shift = 0;; shift += 7) {
        uint8_t b = *q++;
        v[k] |= (uint32_t)(b & 0x7F) << shift;
        if (!(b & 0x80))
          break;
      }
    }
    uint32_t lo = next + v[0], hi = lo + v[1];
    add(ctx, lo, hi);
    next = hi + 1;
  }
}

bool js__regexp_property(int kind, const uint16_t *name, uint32_t len,
                         void (*add)(void *, uint32_t, uint32_t), void *ctx) {
  for (size_t i = 0; i < COUNT(re_prop_names); i++) {
    const RePropName *pn = &re_prop_names[i];
    bool fits = kind == JS_RE_PROP_LONE ? pn->kind <= JS_RE_PROP_BINARY : pn->kind == kind;
    if (fits && prop_name_is(pn->name, name, len)) {
      add_prop_set(pn->set, add, ctx);
      return true;
    }
  }
  return false;
}

static const struct {
  const char *name;
  const uint32_t *lists[7];
} string_props[] = {
  { "Basic_Emoji", { re_emoji_basic_emoji } },
  { "Emoji_Keycap_Sequence", { re_emoji_emoji_keycap_sequence } },
  { "RGI_Emoji_Modifier_Sequence", { re_emoji_rgi_emoji_modifier_sequence } },
  { "RGI_Emoji_Flag_Sequence", { re_emoji_rgi_emoji_flag_sequence } },
  { "RGI_Emoji_Tag_Sequence", { re_emoji_rgi_emoji_tag_sequence } },
  { "RGI_Emoji_ZWJ_Sequence", { re_emoji_rgi_emoji_zwj_sequence } },
  { "RGI_Emoji", { re_emoji_basic_emoji, re_emoji_emoji_keycap_sequence,
                   re_emoji_rgi_emoji_modifier_sequence, re_emoji_rgi_emoji_flag_sequence,
                   re_emoji_rgi_emoji_tag_sequence, re_emoji_rgi_emoji_zwj_sequence } },
};

const uint32_t *const *js__regexp_string_property(const uint16_t *name, uint32_t len) {
  for (size_t k = 0; k < COUNT(string_props); k++)
    if (prop_name_is(string_props[k].name, name, len))
      return string_props[k].lists;
  return NULL;
}

#ifndef KILN_REGEXP_SYNTAX_ONLY
// A regexp literal with a property escape (the compiler's choice over
// js_new_regexp): calling it is what links this file.
JsValue js_new_regexp_props(JsRt *rt, JsValue source, JsValue flags) {
  return js_new_regexp(rt, source, flags);
}

// What a program that names RegExp references (builtin_refs.c), so that
// patterns made at run time can use property escapes too.
void js_regexp_props_link(JsRt *rt) { (void)rt; }
#endif
