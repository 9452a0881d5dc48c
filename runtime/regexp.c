// SPDX-License-Identifier: MIT
//
// regexp.c: the regular expression engine (ECMA-262
// #sec-regexp-regular-expression-objects, pattern semantics).
//
// A pattern is parsed into a small tree (checking the syntax and giving
// V8's error messages), then compiled into code for a backtracking matcher
// over UTF-16 code units. The matcher keeps its choice points and the undo
// log of capture/counter writes on an explicit heap stack, so long inputs
// never deepen the C stack; only lookarounds recurse, as deep as they nest
// in the pattern. Lookbehind is compiled with every step reading backwards.
//
// Case-insensitive matching follows Canonicalize: toUppercase of code units
// without the u flag, simple case folding with it. Character classes and
// literal characters are closed under that equivalence when compiled, so
// only backreferences canonicalize at match time.
//
// Case data (regexp_unicode.h) comes from perl's Unicode database. The
// sets of \p{...} (every General_Category, Script and Script_Extensions
// value and the binary properties of ECMA-262's table) and the strings of
// the properties of strings (\p{RGI_Emoji} and its parts, v flag) are in
// regexp_props.c, generated with node as the oracle and linked only into
// programs that can use them. The v flag's class sets (nested classes,
// -- and &&, \q{...}) are parsed into a set of code points plus a list of
// strings, which compiles to an alternation, longest strings first. Not
// implemented: pattern modifiers (?i:).
#include "internal.h"

#include <math.h>
#include <setjmp.h>
#include <stdlib.h>

#include "regexp_unicode.h"

// regexp_props.c, when linked (see there); NULL otherwise.
extern __typeof__(js__regexp_property) js__regexp_property __attribute__((weak));
extern __typeof__(js__regexp_string_property) js__regexp_string_property
    __attribute__((weak));

// ---------------------------------------------------------------------------
// Range sets: sorted, merged lists of code point ranges.
// ---------------------------------------------------------------------------

typedef struct RangeSet {
  uint32_t *r;  // lo0, hi0, lo1, hi1, ...
  uint32_t n;   // number of ranges
  uint32_t cap;
} RangeSet;

static void rs_add(RangeSet *s, uint32_t lo, uint32_t hi) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    s->r = realloc(s->r, s->cap * 2 * sizeof(uint32_t));
  }
  s->r[2 * s->n] = lo;
  s->r[2 * s->n + 1] = hi;
  s->n++;
}

static int cmp_range(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

// Sorts and merges overlapping or adjacent ranges.
static void rs_normalize(RangeSet *s) {
  if (s->n < 2)
    return;
  qsort(s->r, s->n, 2 * sizeof(uint32_t), cmp_range);
  uint32_t w = 0;
  for (uint32_t i = 1; i < s->n; i++) {
    if (s->r[2 * i] <= s->r[2 * w + 1] + 1) {
      if (s->r[2 * i + 1] > s->r[2 * w + 1])
        s->r[2 * w + 1] = s->r[2 * i + 1];
    } else {
      w++;
      s->r[2 * w] = s->r[2 * i];
      s->r[2 * w + 1] = s->r[2 * i + 1];
    }
  }
  s->n = w + 1;
}

// The complement within [0, 0x10FFFF] of a normalized set, added to [out].
static void rs_add_inverted(RangeSet *out, const RangeSet *s) {
  uint32_t next = 0;
  for (uint32_t i = 0; i < s->n; i++) {
    if (s->r[2 * i] > next)
      rs_add(out, next, s->r[2 * i] - 1);
    next = s->r[2 * i + 1] + 1;
  }
  if (next <= 0x10FFFF)
    rs_add(out, next, 0x10FFFF);
}

static bool ranges_has(const uint32_t *r, uint32_t n, uint32_t c) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (c < r[2 * mid])
      hi = mid;
    else if (c > r[2 * mid + 1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Canonicalize (#sec-runtime-semantics-canonicalize-ch) and case classes.
// ---------------------------------------------------------------------------

static uint32_t map_lookup(const uint32_t (*map)[2], size_t n, uint32_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (map[mid][0] == c)
      return map[mid][1];
    if (map[mid][0] < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  return c;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static uint32_t canonicalize(uint32_t c, bool unicode) {
  if (unicode)
    return map_lookup(re_fold_map, COUNT(re_fold_map), c);
  if (c < 128)
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  return c > 0xFFFF ? c : map_lookup(re_upper_map, COUNT(re_upper_map), c);
}

// Every code point that takes part in a case equivalence, sorted by its
// canonical value: (canon, char) pairs. Built once per mode.
typedef struct CaseClasses {
  uint32_t (*pairs)[2];
  size_t n;
} CaseClasses;
static CaseClasses case_classes[2];

static int cmp_pair(const void *a, const void *b) {
  const uint32_t *x = a, *y = b;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

static CaseClasses *get_case_classes(bool unicode) {
  CaseClasses *cc = &case_classes[unicode];
  if (cc->pairs)
    return cc;
  const uint32_t (*map)[2] = unicode ? re_fold_map : re_upper_map;
  size_t n = unicode ? COUNT(re_fold_map) : COUNT(re_upper_map);
  uint32_t (*p)[2] = malloc((2 * n + 52) * sizeof *p);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    p[k][0] = map[i][1], p[k++][1] = map[i][0];
    p[k][0] = map[i][1], p[k++][1] = map[i][1];
  }
  for (uint32_t c = 'A'; c <= 'Z'; c++) {  // ASCII, also in re_upper_map (deduplicated)
    if (unicode)
      break;
    p[k][0] = c, p[k++][1] = c;
    p[k][0] = c, p[k++][1] = c + 32;
  }
  qsort(p, k, sizeof *p, cmp_pair);
  size_t w = 0;
  for (size_t i = 0; i < k; i++)
    if (w == 0 || p[i][0] != p[w - 1][0] || p[i][1] != p[w - 1][1])
      p[w][0] = p[i][0], p[w++][1] = p[i][1];
  cc->n = w;
  cc->pairs = p;
  return cc;
}

// Adds to [s] every character equivalent to one already in it.
static void rs_close_case(RangeSet *s, bool unicode) {
  CaseClasses *cc = get_case_classes(unicode);
  rs_normalize(s);
  uint32_t n0 = s->n;
  if (n0 == 0)  // [] closes to itself (and s->r may be NULL)
    return;
  uint32_t *r0 = malloc(n0 * 2 * sizeof(uint32_t));
  memcpy(r0, s->r, n0 * 2 * sizeof(uint32_t));
  for (size_t i = 0; i < cc->n;) {
    size_t j = i;
    bool any = false;
    for (; j < cc->n && cc->pairs[j][0] == cc->pairs[i][0]; j++)
      any = any || ranges_has(r0, n0, cc->pairs[j][1]);
    if (any)
      for (size_t k = i; k < j; k++)
        rs_add(s, cc->pairs[k][1], cc->pairs[k][1]);
    i = j;
  }
  free(r0);
  rs_normalize(s);
}

// ---------------------------------------------------------------------------
// The pattern tree.
// ---------------------------------------------------------------------------

typedef enum {
  N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_SEQ, N_ALT, N_GROUP, N_BACKREF,
  N_BOL, N_EOL, N_WORDB, N_NWORDB, N_LOOK, N_QUANT,
} NodeKind;

typedef struct Node {
  NodeKind kind;
  struct Node *kid, *next;   // children (SEQ, ALT, GROUP, LOOK, QUANT)
  uint32_t c;                // CHAR
  RangeSet *set;             // CLASS
  bool inverted;             // CLASS
  int index;                 // GROUP / BACKREF group number
  const uint16_t *name;      // BACKREF by name (resolved after parsing)
  uint32_t name_len;
  int *indices;              // BACKREF by a duplicated name: every group
  int nindices;
  bool neg, behind;          // LOOK
  int32_t min, max;          // QUANT (max INT32_MAX = infinity)
  bool greedy;
  int cap_lo, cap_hi;        // QUANT: groups inside are [cap_lo, cap_hi)
} Node;

// Parser allocations live in one malloc list, freed at the end.
typedef struct Chunk {
  struct Chunk *next;
  char data[];
} Chunk;

typedef struct Parser {
  const uint16_t *src;
  uint32_t len, pos;
  bool u, v, icase, named; // named: \k<name> is a named reference
  int ncaps;               // groups so far, counting group 0
  int total_caps;          // from the prescan
  int depth;
  Chunk *chunks;
  RangeSet **sets;         // every set made, freed at the end
  int nsets, sets_cap;
  // By group number: the name, and the path of (disjunction, alternative)
  // pairs from the root, which tells duplicate names apart.
  struct { const uint16_t *s; uint32_t len; int *path; int path_len; } *names;
  int path[2 * 1002];      // the current path
  int path_len;
  int next_disj;
  jmp_buf fail;
  const char *err;
} Parser;

// Syntax errors unwind the parser with longjmp: the parser is not on any
// JS call path and every allocation it makes is tracked in [p], so one
// exit point frees everything.
static void __attribute__((noreturn)) fail(Parser *p, const char *msg) {
  p->err = msg;
  longjmp(p->fail, 1);
}

static void *palloc(Parser *p, size_t n) {
  Chunk *c = calloc(1, sizeof(Chunk) + n);
  c->next = p->chunks;
  p->chunks = c;
  return c->data;
}

static Node *new_node(Parser *p, NodeKind kind) {
  Node *n = palloc(p, sizeof(Node));
  n->kind = kind;
  return n;
}

static RangeSet *new_set(Parser *p) {
  if (p->nsets == p->sets_cap) {
    p->sets_cap = p->sets_cap ? p->sets_cap * 2 : 8;
    p->sets = realloc(p->sets, p->sets_cap * sizeof(RangeSet *));
  }
  RangeSet *s = calloc(1, sizeof(RangeSet));
  p->sets[p->nsets++] = s;
  return s;
}

static bool more(Parser *p) { return p->pos < p->len; }
static uint32_t peek(Parser *p) { return more(p) ? p->src[p->pos] : 0xFFFFFFFF; }
static uint32_t peek_at(Parser *p, uint32_t k) {
  return p->pos + k < p->len ? p->src[p->pos + k] : 0xFFFFFFFF;
}
static bool eat(Parser *p, uint32_t c) {
  if (peek(p) != c)
    return false;
  p->pos++;
  return true;
}

static bool is_hi_sur(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static bool is_lo_sur(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int hex_val(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}

// The next source character: a code point in u mode (pairs combine).
static uint32_t next_char(Parser *p) {
  uint32_t c = p->src[p->pos++];
  if (p->u && is_hi_sur(c) && more(p) && is_lo_sur(peek(p)))
    c = 0x10000 + ((c - 0xD800) << 10) + (p->src[p->pos++] - 0xDC00);
  return c;
}

// Counts capturing groups and notes named ones, before parsing, so \10 and
// \k<later> can be told apart from escapes (#sec-patterns-static-semantics-early-errors).
static void prescan(Parser *p) {
  int n = 1;
  bool in_class = false;
  for (uint32_t i = 0; i < p->len; i++) {
    uint16_t c = p->src[i];
    if (c == '\\') {
      i++;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      if (i + 1 < p->len && p->src[i + 1] == '?') {
        if (i + 2 < p->len && p->src[i + 2] == '<' && i + 3 < p->len &&
            p->src[i + 3] != '=' && p->src[i + 3] != '!') {
          n++;
          p->named = true;
        }
      } else {
        n++;
      }
    }
  }
  p->total_caps = n;
  if (p->u)
    p->named = true;
}

// Hex digits for \uXXXX / \xXX; -1 when not exactly [n] of them.
static int32_t parse_hex(Parser *p, int n) {
  int32_t v = 0;
  for (int i = 0; i < n; i++) {
    int d = hex_val(peek_at(p, i));
    if (d < 0)
      return -1;
    v = v * 16 + d;
  }
  p->pos += n;
  return v;
}

// After "\u": the escaped code point, or -1 when malformed (pos unchanged).
static int32_t parse_unicode_escape(Parser *p) {
  uint32_t save = p->pos;
  if (p->u && eat(p, '{')) {
    uint32_t v = 0;
    int digits = 0;
    while (hex_val(peek(p)) >= 0) {
      v = v * 16 + hex_val(peek(p));
      p->pos++;
      digits++;
      if (v > 0x10FFFF)
        fail(p, "Invalid Unicode escape");
    }
    if (!digits || !eat(p, '}'))
      fail(p, "Invalid Unicode escape");
    return (int32_t)v;
  }
  int32_t v = parse_hex(p, 4);
  if (v < 0) {
    p->pos = save;
    return -1;
  }
  if (p->u && is_hi_sur(v) && peek(p) == '\\' && peek_at(p, 1) == 'u') {
    uint32_t back = p->pos;
    p->pos += 2;
    int32_t lo = parse_hex(p, 4);
    if (lo >= 0 && is_lo_sur(lo))
      return 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
    p->pos = back;
  }
  return v;
}

static bool is_syntax_char(uint32_t c) {
  return c < 128 && strchr("^$\\.*+?()[]{}|/", (int)c) && c != 0;
}

// Legacy octal escape (Annex B), first digit already known to be 0-7.
static uint32_t parse_octal(Parser *p) {
  uint32_t v = p->src[p->pos++] - '0';
  if (peek(p) >= '0' && peek(p) <= '7') {
    v = v * 8 + (p->src[p->pos++] - '0');
    if (v < 32 && peek(p) >= '0' && peek(p) <= '7')
      v = v * 8 + (p->src[p->pos++] - '0');
  }
  return v;
}

// CharacterEscape after the backslash (#prod-CharacterEscape), shared by
// atoms and classes. Returns the character.
static uint32_t parse_char_escape(Parser *p, bool in_class) {
  uint32_t c = next_char(p);
  switch (c) {
  case 'f': return '\f';
  case 'n': return '\n';
  case 'r': return '\r';
  case 't': return '\t';
  case 'v': return '\v';
  case 'c': {
    uint32_t l = peek(p);
    if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z')) {
      p->pos++;
      return l % 32;
    }
    if (!p->u && in_class && (is_digit(l) || l == '_')) {
      p->pos++;
      return l % 32;
    }
    if (p->u)
      fail(p, "Invalid Unicode escape");
    p->pos--;  // Annex B: the backslash is literal, "c" comes next
    return '\\';
  }
  case '0':
    if (!is_digit(peek(p)))
      return 0;
    if (p->u)
      fail(p, in_class ? "Invalid class escape" : "Invalid decimal escape");
    p->pos--;
    return parse_octal(p);
  case 'x': {
    int32_t v = parse_hex(p, 2);
    if (v >= 0)
      return (uint32_t)v;
    if (p->u)
      fail(p, "Invalid escape");
    return 'x';
  }
  case 'u': {
    int32_t v = parse_unicode_escape(p);
    if (v >= 0)
      return (uint32_t)v;
    if (p->u)
      fail(p, "Invalid Unicode escape");
    return 'u';
  }
  }
  if (p->u) {
    if (is_syntax_char(c) || (in_class && c == '-'))
      return c;
    fail(p, "Invalid escape");
  }
  if (c >= '1' && c <= '7') {
    p->pos--;
    return parse_octal(p);
  }
  if (c == 'k' && p->named)
    fail(p, "Invalid named reference");
  return c;
}

// --- \d \s \w and \p{...} ---------------------------------------------------

static void add_digits(RangeSet *s) { rs_add(s, '0', '9'); }

static void add_space(RangeSet *s) {
  static const uint32_t r[] = { 9, 13, 32, 32, 0xA0, 0xA0, 0x1680, 0x1680,
    0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F,
    0x3000, 0x3000, 0xFEFF, 0xFEFF };
  for (size_t i = 0; i < COUNT(r); i += 2)
    rs_add(s, r[i], r[i + 1]);
}

static void add_word(RangeSet *s, bool unicode_icase) {
  rs_add(s, '0', '9');
  rs_add(s, 'A', 'Z');
  rs_add(s, '_', '_');
  rs_add(s, 'a', 'z');
  if (unicode_icase) {  // characters that fold into the basic word set
    rs_add(s, 0x17F, 0x17F);
    rs_add(s, 0x212A, 0x212A);
  }
}

// Adds [set] (or its complement) to [out].
static void add_maybe_inverted(Parser *p, RangeSet *out, RangeSet *set, bool invert) {
  rs_normalize(set);
  if (invert) {
    rs_add_inverted(out, set);
  } else {
    for (uint32_t i = 0; i < set->n; i++)
      rs_add(out, set->r[2 * i], set->r[2 * i + 1]);
  }
  (void)p;
}

static bool name_is(const char *name, const uint16_t *s, uint32_t len) {
  for (uint32_t i = 0; i < len; i++)
    if (name[i] != s[i])
      return false;
  return name[len] == 0;
}

static void add_range_cb(void *set, uint32_t lo, uint32_t hi) { rs_add(set, lo, hi); }

// Adds the set of property [name] of [kind] (JS_RE_PROP_*) to [s]; false
// for an unknown name, and for every name when regexp_props.c is not linked.
static bool add_prop_by_name(RangeSet *s, const uint16_t *name, uint32_t len, int kind) {
  return js__regexp_property && js__regexp_property(kind, name, len, add_range_cb, s);
}

// After "\p" or "\P" (u mode): {Name} or {Name=Value}.
static void parse_property(Parser *p, RangeSet *out, bool invert, bool in_class) {
  const char *msg = in_class ? "Invalid property name in character class"
                             : "Invalid property name";
  if (!eat(p, '{'))
    fail(p, msg);
  uint32_t start = p->pos, eq = 0;
  while (more(p) && peek(p) != '}') {
    uint32_t c = peek(p);
    if (c == '=' && !eq)
      eq = p->pos;
    else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_'))
      fail(p, msg);
    p->pos++;
  }
  if (!more(p) || p->pos == start)
    fail(p, msg);
  uint32_t end = p->pos++;
  RangeSet *set = new_set(p);
  bool ok;
  if (eq) {
    const uint16_t *n = p->src + start, *v = p->src + eq + 1;
    uint32_t nl = eq - start, vl = end - eq - 1;
    if (name_is("General_Category", n, nl) || name_is("gc", n, nl))
      ok = add_prop_by_name(set, v, vl, JS_RE_PROP_GC);
    else if (name_is("Script", n, nl) || name_is("sc", n, nl))
      ok = add_prop_by_name(set, v, vl, JS_RE_PROP_SC);
    else if (name_is("Script_Extensions", n, nl) || name_is("scx", n, nl))
      ok = add_prop_by_name(set, v, vl, JS_RE_PROP_SCX);
    else
      ok = false;
  } else {
    ok = add_prop_by_name(set, p->src + start, end - start, JS_RE_PROP_LONE);
  }
  if (!ok)
    fail(p, msg);
  add_maybe_inverted(p, out, set, invert);
}

// A class escape letter (d D s S w W p P) into [out]; false if [c] is not one.
static bool parse_class_escape(Parser *p, uint32_t c, RangeSet *out, bool in_class) {
  RangeSet *set;
  switch (c) {
  case 'd': case 'D':
    set = new_set(p);
    add_digits(set);
    break;
  case 's': case 'S':
    set = new_set(p);
    add_space(set);
    break;
  case 'w': case 'W':
    set = new_set(p);
    add_word(set, p->u && p->icase);
    break;
  case 'p': case 'P':
    if (!p->u)
      return false;
    p->pos++;
    parse_property(p, out, c == 'P', in_class);
    return true;
  default:
    return false;
  }
  p->pos++;
  add_maybe_inverted(p, out, set, c < 'a');
  return true;
}

// --- character classes ----------------------------------------------------

// One ClassAtom: returns true and sets *c for a character, false after
// adding a class escape's set to [set].
static bool parse_class_atom(Parser *p, RangeSet *set, uint32_t *c) {
  if (!more(p))
    fail(p, "Unterminated character class");
  if (peek(p) != '\\') {
    *c = next_char(p);
    return true;
  }
  p->pos++;
  if (!more(p))
    fail(p, "\\ at end of pattern");
  uint32_t e = peek(p);
  if (parse_class_escape(p, e, set, true))
    return false;
  if (e == 'b') {
    p->pos++;
    *c = 8;
    return true;
  }
  if (p->u && e == '-') {
    p->pos++;
    *c = '-';
    return true;
  }
  if (!p->u && (e == '8' || e == '9')) {
    p->pos++;
    *c = e;
    return true;
  }
  if (p->u && e >= '1' && e <= '9')
    fail(p, e <= '7' ? "Invalid class escape" : "Invalid escape");
  if (e == 'k' && p->u)
    fail(p, "Invalid escape");
  *c = parse_char_escape(p, true);
  return true;
}

static Node *parse_class_v(Parser *p);

// After "[": #prod-CharacterClass.
static Node *parse_class(Parser *p) {
  if (p->v)
    return parse_class_v(p);
  Node *n = new_node(p, N_CLASS);
  n->set = new_set(p);
  n->inverted = eat(p, '^');
  for (;;) {
    if (!more(p))
      fail(p, "Unterminated character class");
    if (eat(p, ']'))
      break;
    uint32_t a, b;
    bool a_char = parse_class_atom(p, n->set, &a);
    if (peek(p) != '-' || peek_at(p, 1) == ']' || peek_at(p, 1) == 0xFFFFFFFF) {
      if (a_char)
        rs_add(n->set, a, a);
      continue;
    }
    p->pos++;  // '-'
    bool b_char = parse_class_atom(p, n->set, &b);
    if (!a_char || !b_char) {
      if (p->u)
        fail(p, "Invalid character class");
      if (a_char)
        rs_add(n->set, a, a);
      if (b_char)
        rs_add(n->set, b, b);
      rs_add(n->set, '-', '-');
      continue;
    }
    if (a > b)
      fail(p, "Range out of order in character class");
    rs_add(n->set, a, b);
  }
  rs_normalize(n->set);
  return n;
}

// --- groups, escapes, quantifiers -------------------------------------------

static bool is_id_start(uint32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_')
    return true;
  if (c < 128)
    return false;
  RangeSet s = { 0 };
  bool ok = add_prop_by_name(&s, (const uint16_t[]){ 'I', 'D', '_', 'S', 't', 'a', 'r', 't' }, 8, JS_RE_PROP_BINARY) &&
            ranges_has(s.r, s.n, c);
  free(s.r);
  return ok;
}

static bool is_id_part(uint32_t c) {
  if (is_id_start(c) || is_digit(c) || c == 0x200C || c == 0x200D)
    return true;
  if (c < 128)
    return false;
  RangeSet s = { 0 };
  bool ok = add_prop_by_name(&s, (const uint16_t[]){ 'I', 'D', '_', 'C', 'o', 'n', 't', 'i', 'n', 'u', 'e' }, 11, JS_RE_PROP_BINARY) &&
            ranges_has(s.r, s.n, c);
  free(s.r);
  return ok;
}

// One character of a group name; \u escapes allowed, pairs combine.
static uint32_t name_char(Parser *p) {
  if (!more(p))
    fail(p, "Invalid capture group name");
  if (peek(p) == '\\') {
    p->pos++;
    if (!eat(p, 'u'))
      fail(p, "Invalid capture group name");
    bool u = p->u;
    p->u = true;  // \u{...} and escaped pairs are allowed in names
    int32_t v = parse_unicode_escape(p);
    p->u = u;
    if (v < 0)
      fail(p, "Invalid capture group name");
    return (uint32_t)v;
  }
  uint32_t c = p->src[p->pos++];
  if (is_hi_sur(c) && more(p) && is_lo_sur(peek(p)))
    c = 0x10000 + ((c - 0xD800) << 10) + (p->src[p->pos++] - 0xDC00);
  return c;
}

// After "<": a GroupName up to ">", as UTF-16 in parser memory.
static void parse_group_name(Parser *p, const uint16_t **out, uint32_t *out_len) {
  uint16_t *buf = palloc(p, 2 * (p->len + 1) * sizeof(uint16_t));
  uint32_t n = 0;
  for (bool first = true;; first = false) {
    if (eat(p, '>')) {
      if (first)
        fail(p, "Invalid capture group name");
      break;
    }
    uint32_t c = name_char(p);
    if (first ? !is_id_start(c) : !is_id_part(c))
      fail(p, "Invalid capture group name");
    if (c > 0xFFFF) {
      buf[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
      buf[n++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      buf[n++] = (uint16_t)c;
    }
  }
  *out = buf;
  *out_len = n;
}

static Node *parse_disjunction(Parser *p);

// --- properties of strings (v flag) ----------------------------------------

// A string of a list: its code point count, then the code points.
static int cmp_emoji_seq(const void *a, const void *b) {
  const uint32_t *x = *(const uint32_t *const *)a, *y = *(const uint32_t *const *)b;
  for (uint32_t i = 0; i < x[0] && i < y[0]; i++)
    if (x[1 + i] != y[1 + i])
      return x[1 + i] < y[1 + i] ? -1 : 1;
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

// The strings seqs[lo, hi) (sorted, all sharing their first [depth] code
// points) as a trie of alternations. At each level the alternatives start
// with different code points, so they exclude each other, and the string
// that ends here (empty rest) comes last: longer strings are tried first,
// as the v flag requires. Alternatives that end right after their first
// code point share one class.
static Node *emoji_trie(Parser *p, const uint32_t **seqs, size_t lo, size_t hi, uint32_t depth) {
  bool ends_here = false;
  while (lo < hi && seqs[lo][0] == depth) {  // shortest sort first
    ends_here = true;
    lo++;
  }
  Node *alt = new_node(p, N_ALT), **tail = &alt->kid;
  Node *singles = NULL;
  for (size_t i = lo; i < hi;) {
    uint32_t c = seqs[i][1 + depth];
    size_t j = i + 1;
    while (j < hi && seqs[j][1 + depth] == c)
      j++;
    if (j == i + 1 && seqs[i][0] == depth + 1) {
      if (!singles) {
        singles = new_node(p, N_CLASS);
        singles->set = new_set(p);
      }
      rs_add(singles->set, c, c);
    } else {
      Node *seq = new_node(p, N_SEQ), *ch = new_node(p, N_CHAR);
      ch->c = c;
      seq->kid = ch;
      ch->next = emoji_trie(p, seqs, i, j, depth + 1);
      *tail = seq;
      tail = &seq->next;
    }
    i = j;
  }
  if (singles) {
    rs_normalize(singles->set);
    *tail = singles;
    tail = &singles->next;
  }
  if (ends_here) {
    *tail = new_node(p, N_EMPTY);
    tail = &(*tail)->next;
  }
  if (alt->kid && !alt->kid->next)
    return alt->kid;
  return alt;
}

// At "p{" (v flag, outside a class): a property of strings as a trie of
// alternatives, or NULL (pos unchanged) when the name is not one.
static Node *parse_string_property(Parser *p) {
  uint32_t start = p->pos + 2, end = start;
  while (end < p->len && p->src[end] != '}')
    end++;
  if (end >= p->len)
    return NULL;
  const uint32_t *const *lists =
      js__regexp_string_property ? js__regexp_string_property(p->src + start, end - start) : NULL;
  if (!lists)
    return NULL;
  size_t n = 0;
  for (int l = 0; lists[l]; l++)
    for (const uint32_t *q = lists[l]; *q; q += 1 + *q)
      n++;
  const uint32_t **seqs = palloc(p, n * sizeof *seqs);
  n = 0;
  for (int l = 0; lists[l]; l++)
    for (const uint32_t *q = lists[l]; *q; q += 1 + *q)
      seqs[n++] = q;
  qsort(seqs, n, sizeof *seqs, cmp_emoji_seq);
  p->pos = end + 1;
  return emoji_trie(p, seqs, 0, n, 0);  // one atom, like (?:...)
}

// --- class sets of the v flag (#prod-ClassSetExpression) --------------------

// A class set: code points, plus strings of other lengths (count, then code
// points), and MayContainStrings (#sec-static-semantics-maycontainstrings),
// which the grammar decides, whatever the strings turn out to be.
typedef struct ClassSet {
  RangeSet *cps;
  const uint32_t **strs;
  uint32_t nstrs, cap;
  bool may_strings;
} ClassSet;

static void cs_init(Parser *p, ClassSet *s) {
  memset(s, 0, sizeof *s);
  s->cps = new_set(p);
}

static void cs_push(Parser *p, ClassSet *s, const uint32_t *str) {
  if (s->nstrs == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 8;
    const uint32_t **a = palloc(p, s->cap * sizeof *a);
    if (s->nstrs)
      memcpy(a, s->strs, s->nstrs * sizeof *a);
    s->strs = a;
  }
  s->strs[s->nstrs++] = str;
}

// Adds the string [cps] (n code points), copied; a single code point joins
// the code points.
static void cs_add_string(Parser *p, ClassSet *s, const uint32_t *cps, uint32_t n) {
  if (n == 1) {
    rs_add(s->cps, cps[0], cps[0]);
    return;
  }
  uint32_t *q = palloc(p, (n + 1) * sizeof(uint32_t));
  q[0] = n;
  memcpy(q + 1, cps, n * sizeof(uint32_t));
  cs_push(p, s, q);
}

static void cs_union(Parser *p, ClassSet *a, const ClassSet *b) {
  for (uint32_t i = 0; i < b->cps->n; i++)
    rs_add(a->cps, b->cps->r[2 * i], b->cps->r[2 * i + 1]);
  for (uint32_t i = 0; i < b->nstrs; i++)
    cs_push(p, a, b->strs[i]);
  a->may_strings = a->may_strings || b->may_strings;
}

// [a] becomes a ∩ b (both normalized by the call).
static void rs_intersect(RangeSet *a, RangeSet *b) {
  rs_normalize(a);
  rs_normalize(b);
  RangeSet out = { 0 };
  for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
    uint32_t lo = a->r[2 * i] > b->r[2 * j] ? a->r[2 * i] : b->r[2 * j];
    uint32_t hi = a->r[2 * i + 1] < b->r[2 * j + 1] ? a->r[2 * i + 1] : b->r[2 * j + 1];
    if (lo <= hi)
      rs_add(&out, lo, hi);
    if (a->r[2 * i + 1] < b->r[2 * j + 1])
      i++;
    else
      j++;
  }
  free(a->r);
  *a = out;
}

// [a] becomes a - b.
static void rs_subtract(RangeSet *a, RangeSet *b) {
  rs_normalize(b);
  RangeSet inv = { 0 };
  rs_add_inverted(&inv, b);
  rs_intersect(a, &inv);
  free(inv.r);
}

// The code points that simple case folding changes.
static void add_fold_domain(RangeSet *d) {
  for (size_t i = 0; i < COUNT(re_fold_map); i++)
    rs_add(d, re_fold_map[i][0], re_fold_map[i][0]);
}

// MaybeSimpleCaseFolding (#sec-maybesimplecasefolding): with v and i, sets
// hold folded code points only; matching closes them under case again.
static void cs_fold(Parser *p, ClassSet *s) {
  if (!p->icase)
    return;
  rs_normalize(s->cps);
  RangeSet img = { 0 }, dom = { 0 };
  for (size_t i = 0; i < COUNT(re_fold_map); i++)
    if (ranges_has(s->cps->r, s->cps->n, re_fold_map[i][0]))
      rs_add(&img, re_fold_map[i][1], re_fold_map[i][1]);
  add_fold_domain(&dom);
  rs_subtract(s->cps, &dom);
  for (uint32_t i = 0; i < img.n; i++)
    rs_add(s->cps, img.r[2 * i], img.r[2 * i + 1]);
  free(img.r);
  free(dom.r);
  for (uint32_t i = 0; i < s->nstrs; i++) {
    uint32_t n = s->strs[i][0];
    uint32_t *q = palloc(p, (n + 1) * sizeof(uint32_t));
    q[0] = n;
    for (uint32_t k = 1; k <= n; k++)
      q[k] = canonicalize(s->strs[i][k], true);
    s->strs[i] = q;
  }
}

// CharacterComplement (#sec-charactercomplement) of a set without strings:
// with v and i, within the folded code points.
static void cs_complement(Parser *p, ClassSet *s) {
  rs_normalize(s->cps);
  RangeSet inv = { 0 };
  rs_add_inverted(&inv, s->cps);
  free(s->cps->r);
  *s->cps = inv;
  if (p->icase) {
    RangeSet dom = { 0 };
    add_fold_domain(&dom);
    rs_subtract(s->cps, &dom);
    free(dom.r);
  }
  s->nstrs = 0;
}

static int cmp_str_ptr(const void *a, const void *b) { return cmp_emoji_seq(a, b); }

static bool has_string(const ClassSet *s, const uint32_t *str) {
  return bsearch(&str, s->strs, s->nstrs, sizeof *s->strs, cmp_str_ptr) != NULL;
}

// Sorts the strings and drops duplicates.
static void cs_sort_strings(ClassSet *s) {
  if (s->nstrs < 2)
    return;
  qsort(s->strs, s->nstrs, sizeof *s->strs, cmp_str_ptr);
  uint32_t w = 1;
  for (uint32_t i = 1; i < s->nstrs; i++)
    if (cmp_emoji_seq(&s->strs[i], &s->strs[w - 1]) != 0)
      s->strs[w++] = s->strs[i];
  s->nstrs = w;
}

// a && b, or (subtract) a -- b: the strings of [a] kept when in [b] (or not).
static void cs_combine(ClassSet *a, ClassSet *b, bool subtract) {
  if (subtract)
    rs_subtract(a->cps, b->cps);
  else
    rs_intersect(a->cps, b->cps);
  cs_sort_strings(b);
  uint32_t w = 0;
  for (uint32_t i = 0; i < a->nstrs; i++)
    if (has_string(b, a->strs[i]) != subtract)
      a->strs[w++] = a->strs[i];
  a->nstrs = w;
  if (!subtract)
    a->may_strings = a->may_strings && b->may_strings;
}

// #prod-ClassSetCharacter, at a character that is not "[" nor "\q".
static uint32_t parse_set_char(Parser *p) {
  if (!more(p))
    fail(p, "Unterminated character class");
  uint32_t c = peek(p);
  if (c == '\\') {
    p->pos++;
    if (!more(p))
      fail(p, "\\ at end of pattern");
    uint32_t e = peek(p);
    if (e == 'b' || (e < 128 && strchr("&-!#%,:;<=>@`~", (int)e))) {
      p->pos++;
      return e == 'b' ? 8 : e;
    }
    if (e >= '1' && e <= '9')
      fail(p, e <= '7' ? "Invalid class escape" : "Invalid escape");
    if (e == 'k')
      fail(p, "Invalid escape");
    return parse_char_escape(p, true);
  }
  if (c < 128 && strchr("()[]{}/-|", (int)c))
    fail(p, "Invalid character in character class");
  if (c < 128 && strchr("&!#$%*+,.:;<=>?@^`~", (int)c) && peek_at(p, 1) == c)
    fail(p, "Invalid set operation in character class");
  return next_char(p);
}

// After "\q{": #prod-ClassStringDisjunction up to "}".
static void parse_class_strings(Parser *p, ClassSet *s) {
  uint32_t *buf = palloc(p, (p->len + 1) * sizeof(uint32_t)), n = 0;
  for (;;) {
    if (!more(p))
      fail(p, "Unterminated character class");
    if (peek(p) == '|' || peek(p) == '}') {
      if (n != 1)
        s->may_strings = true;
      cs_add_string(p, s, buf, n);
      n = 0;
      if (p->src[p->pos++] == '}')
        return;
      continue;
    }
    buf[n++] = parse_set_char(p);
  }
}

static void parse_class_contents_v(Parser *p, ClassSet *out);

// One #prod-ClassSetOperand into [s] (folded with i). True for a single
// ClassSetCharacter, *c then being the character as written (a range end).
static bool parse_set_operand(Parser *p, ClassSet *s, uint32_t *c) {
  cs_init(p, s);
  if (!more(p))
    fail(p, "Unterminated character class");
  uint32_t ch = peek(p), e = peek_at(p, 1);
  if (ch == '[') {
    p->pos++;
    if (++p->depth > 1000)
      fail(p, "Regular expression too large");
    bool neg = eat(p, '^');
    parse_class_contents_v(p, s);
    p->depth--;
    if (neg) {
      if (s->may_strings)
        fail(p, "Negated character class may contain strings");
      cs_complement(p, s);
    }
    return false;
  }
  if (ch == '\\' && e == 'q' && peek_at(p, 2) == '{') {
    p->pos += 3;
    parse_class_strings(p, s);
    cs_fold(p, s);
    return false;
  }
  if (ch == '\\' && e == 'p' && peek_at(p, 2) == '{') {
    p->pos++;
    uint32_t save = p->pos;
    Node *strings = parse_string_property(p);
    if (strings) {  // the same name again, as lists of strings
      uint32_t start = save + 2, end = p->pos - 1;
      const uint32_t *const *lists = js__regexp_string_property(p->src + start, end - start);
      for (int l = 0; lists[l]; l++)
        for (const uint32_t *q = lists[l]; *q; q += 1 + *q)
          cs_add_string(p, s, q + 1, *q);
      s->may_strings = true;
      cs_fold(p, s);
      return false;
    }
    p->pos--;
  }
  if (ch == '\\' && e < 128 && strchr("dDsSwWpP", (int)e)) {
    p->pos++;
    parse_class_escape(p, e | 0x20, s->cps, true);
    cs_fold(p, s);
    if (e < 'a')
      cs_complement(p, s);
    return false;
  }
  *c = parse_set_char(p);
  rs_add(s->cps, *c, *c);
  cs_fold(p, s);
  return true;
}

// After "[" (and "^"): #prod-ClassContents of the v flag, up to and with
// the "]", into [out]; V8's messages for malformed set operations.
static void parse_class_contents_v(Parser *p, ClassSet *out) {
  if (eat(p, ']')) {
    cs_init(p, out);
    return;
  }
  uint32_t c, c2;
  bool is_char = parse_set_operand(p, out, &c);
  uint32_t op = peek(p);
  if ((op == '-' || op == '&') && peek_at(p, 1) == op) {
    while (peek(p) == op && peek_at(p, 1) == op) {
      p->pos += 2;
      if (op == '&' && peek(p) == '&')
        fail(p, "Invalid character in character class");
      ClassSet b;
      parse_set_operand(p, &b, &c2);
      cs_combine(out, &b, op == '-');
    }
    if (!more(p))
      fail(p, "Unterminated character class");
    if (!eat(p, ']'))
      fail(p, "Invalid set operation in character class");
    return;
  }
  for (;;) {
    uint32_t k = peek(p);
    if ((k == '-' || k == '&') && peek_at(p, 1) == k)
      fail(p, "Invalid set operation in character class");
    if (k == '-') {
      if (!is_char)
        fail(p, "Invalid character class");
      p->pos++;
      ClassSet b;
      if (!parse_set_operand(p, &b, &c2))
        fail(p, "Invalid character class");
      if (c > c2)
        fail(p, "Range out of order in character class");
      ClassSet r;
      cs_init(p, &r);
      rs_add(r.cps, c, c2);
      cs_fold(p, &r);
      cs_union(p, out, &r);
      is_char = false;
      continue;
    }
    if (!more(p))
      fail(p, "Unterminated character class");
    if (eat(p, ']'))
      return;
    ClassSet b;
    is_char = parse_set_operand(p, &b, &c);
    cs_union(p, out, &b);
  }
}

// After "[": a class of the v flag. Strings become an alternation, longest
// first (#sec-compiletocharset), the code points one class among them.
static Node *parse_class_v(Parser *p) {
  bool neg = eat(p, '^');
  ClassSet s;
  parse_class_contents_v(p, &s);
  rs_normalize(s.cps);
  Node *cls = new_node(p, N_CLASS);
  cls->set = s.cps;
  if (neg) {
    if (s.may_strings)
      fail(p, "Negated character class may contain strings");
    cls->inverted = true;
    return cls;
  }
  cs_sort_strings(&s);
  if (!s.nstrs)
    return cls;
  bool empty = s.strs[0][0] == 0;
  const uint32_t **multi = s.strs + empty;
  uint32_t nmulti = s.nstrs - empty;
  Node *alt = new_node(p, N_ALT), **tail = &alt->kid;
  if (nmulti) {
    *tail = emoji_trie(p, multi, 0, nmulti, 0);
    tail = &(*tail)->next;
  }
  if (cls->set->n) {
    *tail = cls;
    tail = &cls->next;
  }
  if (empty)
    *tail = new_node(p, N_EMPTY);
  if (!alt->kid->next)
    return alt->kid;
  return alt;
}

// After "\" outside a class: #prod-AtomEscape and the assertions \b \B.
static Node *parse_atom_escape(Parser *p) {
  if (!more(p))
    fail(p, "\\ at end of pattern");
  uint32_t c = peek(p);
  if (c == 'b' || c == 'B') {
    p->pos++;
    return new_node(p, c == 'b' ? N_WORDB : N_NWORDB);
  }
  if (c == 'p' && p->v && peek_at(p, 1) == '{') {
    Node *strings = parse_string_property(p);
    if (strings)
      return strings;
  }
  Node *n = new_node(p, N_CLASS);
  n->set = new_set(p);
  if (parse_class_escape(p, c, n->set, false)) {
    rs_normalize(n->set);
    return n;
  }
  if (c >= '1' && c <= '9') {
    uint32_t save = p->pos;
    double v = 0;
    while (is_digit(peek(p)))
      v = v * 10 + (p->src[p->pos++] - '0');
    if (v < p->total_caps) {
      n->kind = N_BACKREF;
      n->index = (int)v;
      return n;
    }
    if (p->u)
      fail(p, "Invalid escape");
    p->pos = save;
    if (c >= '8') {
      p->pos++;
      n->kind = N_CHAR;
      n->c = c;
      return n;
    }
  }
  if (c == 'k' && p->named) {
    p->pos++;
    if (!eat(p, '<'))
      fail(p, "Invalid named reference");
    n->kind = N_BACKREF;
    parse_group_name(p, &n->name, &n->name_len);
    return n;
  }
  n->kind = N_CHAR;
  n->c = parse_char_escape(p, false);
  return n;
}

// Tries to read {n}, {n,} or {n,m} at pos; restores pos when it is not one.
static bool parse_braces(Parser *p, int32_t *min, int32_t *max) {
  uint32_t save = p->pos;
  if (!eat(p, '{') || !is_digit(peek(p))) {
    p->pos = save;
    return false;
  }
  double lo = 0, hi;
  while (is_digit(peek(p)))
    lo = lo * 10 + (p->src[p->pos++] - '0');
  hi = lo;
  if (eat(p, ',')) {
    hi = INFINITY;
    if (is_digit(peek(p))) {
      hi = 0;
      while (is_digit(peek(p)))
        hi = hi * 10 + (p->src[p->pos++] - '0');
    }
  }
  if (!eat(p, '}')) {
    p->pos = save;
    return false;
  }
  if (lo > hi)
    fail(p, "numbers out of order in {} quantifier");
  *min = lo >= INT32_MAX ? INT32_MAX : (int32_t)lo;
  *max = hi >= INT32_MAX ? INT32_MAX : (int32_t)hi;
  return true;
}

// A quantifier after an atom, if any.
static bool parse_quantifier(Parser *p, int32_t *min, int32_t *max, bool *greedy) {
  uint32_t c = peek(p);
  if (c == '*') { *min = 0; *max = INT32_MAX; p->pos++; }
  else if (c == '+') { *min = 1; *max = INT32_MAX; p->pos++; }
  else if (c == '?') { *min = 0; *max = 1; p->pos++; }
  else if (c == '{') {
    if (!parse_braces(p, min, max)) {
      if (p->u)
        fail(p, "Incomplete quantifier");
      return false;
    }
  } else {
    return false;
  }
  *greedy = !eat(p, '?');
  return true;
}

// Whether group [i] and a group at the current path can never both
// participate: they lie in different alternatives of one disjunction.
static bool exclusive(Parser *p, int i) {
  const int *q = p->names[i].path;
  int n = p->names[i].path_len < p->path_len ? p->names[i].path_len : p->path_len;
  for (int k = 0; k + 1 < n; k += 2) {
    if (q[k] != p->path[k])
      return false;
    if (q[k + 1] != p->path[k + 1])
      return true;
  }
  return false;
}

// After "(": a group of any kind.
static Node *parse_group(Parser *p, bool *quantifiable) {
  *quantifiable = true;
  Node *n;
  if (eat(p, '?')) {
    if (eat(p, ':')) {
      n = parse_disjunction(p);
    } else if (eat(p, '=') || eat(p, '!')) {
      n = new_node(p, N_LOOK);
      n->neg = p->src[p->pos - 1] == '!';
      n->kid = parse_disjunction(p);
      *quantifiable = !p->u;
    } else if (peek(p) == '<' && (peek_at(p, 1) == '=' || peek_at(p, 1) == '!')) {
      n = new_node(p, N_LOOK);
      n->behind = true;
      n->neg = peek_at(p, 1) == '!';
      p->pos += 2;
      n->kid = parse_disjunction(p);
      *quantifiable = false;
    } else if (eat(p, '<')) {
      if (p->ncaps >= p->total_caps)
        fail(p, "Invalid capture group name");
      n = new_node(p, N_GROUP);
      n->index = p->ncaps++;
      const uint16_t *name;
      uint32_t len;
      parse_group_name(p, &name, &len);
      for (int i = 1; i < n->index; i++)
        if (p->names[i].s && p->names[i].len == len &&
            !memcmp(p->names[i].s, name, len * 2) && !exclusive(p, i))
          fail(p, "Duplicate capture group name");
      p->names[n->index].s = name;
      p->names[n->index].len = len;
      p->names[n->index].path = palloc(p, (p->path_len + 1) * sizeof(int));
      memcpy(p->names[n->index].path, p->path, p->path_len * sizeof(int));
      p->names[n->index].path_len = p->path_len;
      n->kid = parse_disjunction(p);
    } else {
      fail(p, "Invalid group");
    }
  } else {
    if (p->ncaps >= p->total_caps)
      fail(p, "Invalid group");
    n = new_node(p, N_GROUP);
    n->index = p->ncaps++;
    n->kid = parse_disjunction(p);
  }
  if (!eat(p, ')'))
    fail(p, "Unterminated group");
  return n;
}

// One Term, or NULL at "|", ")" or the end.
static Node *parse_term(Parser *p) {
  if (!more(p) || peek(p) == '|' || peek(p) == ')')
    return NULL;
  int caps0 = p->ncaps;
  uint32_t c = next_char(p);
  Node *n;
  bool quantifiable = true;
  int32_t min, max;
  bool greedy;
  switch (c) {
  case '^': n = new_node(p, N_BOL); quantifiable = false; break;
  case '$': n = new_node(p, N_EOL); quantifiable = false; break;
  case '.': n = new_node(p, N_ANY); break;
  case '[': n = parse_class(p); break;
  case '(':
    if (++p->depth > 1000)
      fail(p, "Regular expression too large");
    n = parse_group(p, &quantifiable);
    p->depth--;
    break;
  case '\\':
    n = parse_atom_escape(p);
    quantifiable = n->kind != N_WORDB && n->kind != N_NWORDB;
    break;
  case '*': case '+': case '?':
    fail(p, "Nothing to repeat");
  case '{':
    p->pos--;
    if (p->u)
      fail(p, parse_braces(p, &min, &max) ? "Nothing to repeat" : "Lone quantifier brackets");
    if (parse_braces(p, &min, &max))
      fail(p, "Nothing to repeat");
    p->pos++;
    n = new_node(p, N_CHAR);
    n->c = c;
    break;
  case '}': case ']':
    if (p->u)
      fail(p, "Lone quantifier brackets");
    /* fall through */
  default:
    n = new_node(p, N_CHAR);
    n->c = c;
    break;
  }
  if (!parse_quantifier(p, &min, &max, &greedy))
    return n;
  if (!quantifiable)
    fail(p, n->kind == N_LOOK ? "Invalid quantifier" : "Nothing to repeat");
  Node *q = new_node(p, N_QUANT);
  q->kid = n;
  q->min = min;
  q->max = max;
  q->greedy = greedy;
  q->cap_lo = caps0;
  q->cap_hi = p->ncaps;
  if (peek(p) == '*' || peek(p) == '+' || peek(p) == '?' ||
      (peek(p) == '{' && (p->u || parse_braces(p, &min, &max))))
    fail(p, "Nothing to repeat");
  return q;
}

static Node *parse_alternative(Parser *p) {
  Node *seq = new_node(p, N_SEQ), **tail = &seq->kid;
  Node *t;
  while ((t = parse_term(p))) {
    *tail = t;
    tail = &t->next;
  }
  return seq;
}

static Node *parse_disjunction(Parser *p) {
  int at = p->path_len;
  p->path[at] = p->next_disj++;
  p->path[at + 1] = 0;
  p->path_len += 2;
  Node *first = parse_alternative(p);
  if (peek(p) != '|') {
    p->path_len -= 2;
    return first;
  }
  Node *alt = new_node(p, N_ALT), **tail = &first->next;
  alt->kid = first;
  while (eat(p, '|')) {
    p->path[at + 1]++;
    Node *a = parse_alternative(p);
    *tail = a;
    tail = &a->next;
  }
  p->path_len -= 2;
  return alt;
}

// ---------------------------------------------------------------------------
// Code. Each instruction is an opcode word followed by its operands; jump
// targets are absolute offsets into the code.
// ---------------------------------------------------------------------------

enum {
  OP_CHAR,        // c
  OP_CHAR2,       // c1 c2 (case pair)
  OP_ANY,         // (no line terminators)
  OP_ANY_ALL,     // dotAll
  OP_CLASS,       // set, inverted
  OP_BOL, OP_EOL, OP_WORDB, OP_NWORDB,
  OP_SPLIT,       // alt: push (alt, pos), go on
  OP_SPLIT_LAZY,  // alt: push (next, pos), go to alt
  OP_JMP,         // target
  OP_SAVE,        // slot
  OP_RESET,       // lo hi: captures [lo, hi) become undefined
  OP_BACKREF,     // group
  OP_BACKREF_ANY, // n group...: the one of the groups that participated
  OP_LOOK,        // neg, end: sub-match of what follows up to OP_LOOK_END
  OP_LOOK_END,
  OP_REG_ZERO,    // r
  OP_LOOP,        // r min max greedy exit
  OP_LOOP_BODY,   // r lo hi
  OP_LOOP_END,    // r min head
  OP_STAR,        // min max greedy len, then a one-character instruction
  OP_MATCH,
};
#define OP_BACK 0x100   // flag on character ops: read backwards (lookbehind)

struct JsRegex {
  uint32_t flags;
  int ncaps;              // groups, counting group 0
  int nregs;              // loop registers
  int32_t *code;
  RangeSet *sets;         // OP_CLASS operands index this
  int nsets;
  uint16_t **names;       // [ncaps]: group name (UTF-16) or NULL
  uint32_t *name_lens;
  int32_t required;       // a code unit every match contains, or -1
  // The code units a match can start with (see first_units): bits for
  // units below 256, and whether any unit above may; has_first is false
  // when a match can be empty or start with anything.
  bool has_first, first_wide;
  uint8_t first[32];
};

typedef struct Compiler {
  int32_t *code;
  uint32_t len, cap;
  RangeSet *sets;
  int nsets, sets_cap;
  int nregs;
  bool u, icase, multiline, dotall;
  Parser *p;
} Compiler;

static uint32_t emit(Compiler *c, int32_t w) {
  if (c->len == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 64;
    c->code = realloc(c->code, c->cap * sizeof(int32_t));
  }
  c->code[c->len] = w;
  return c->len++;
}

static int add_class(Compiler *c, const RangeSet *s) {
  if (c->nsets == c->sets_cap) {
    c->sets_cap = c->sets_cap ? c->sets_cap * 2 : 8;
    c->sets = realloc(c->sets, c->sets_cap * sizeof(RangeSet));
  }
  RangeSet *d = &c->sets[c->nsets];
  d->n = d->cap = s->n;
  d->r = malloc((s->n ? s->n : 1) * 2 * sizeof(uint32_t));
  if (s->n)  // an empty set (e.g. []) may have no storage: no memcpy from NULL
    memcpy(d->r, s->r, s->n * 2 * sizeof(uint32_t));
  return c->nsets++;
}

static void emit_set(Compiler *c, RangeSet *s, bool inverted, int back) {
  if (c->icase)
    rs_close_case(s, c->u);
  emit(c, OP_CLASS | back);
  emit(c, add_class(c, s));
  emit(c, inverted);
}

static void emit_char(Compiler *c, uint32_t ch, int back) {
  if (!c->u && ch > 0xFFFF) {  // cannot happen outside u mode, but be safe
    emit(c, OP_CHAR | back);
    emit(c, (int32_t)ch);
    return;
  }
  if (c->icase) {
    RangeSet s = { 0 };
    rs_add(&s, ch, ch);
    rs_close_case(&s, c->u);
    uint32_t count = 0;
    for (uint32_t i = 0; i < s.n; i++)
      count += s.r[2 * i + 1] - s.r[2 * i] + 1;
    if (count == 2) {
      uint32_t a = s.r[0], b = s.n == 2 ? s.r[2] : s.r[1];
      emit(c, OP_CHAR2 | back);
      emit(c, (int32_t)a);
      emit(c, (int32_t)b);
      free(s.r);
      return;
    }
    if (count > 2) {
      emit(c, OP_CLASS | back);
      emit(c, add_class(c, &s));
      emit(c, 0);
      free(s.r);
      return;
    }
    free(s.r);
  }
  emit(c, OP_CHAR | back);
  emit(c, (int32_t)ch);
}

static bool is_single_char(const Node *n) {
  return n->kind == N_CHAR || n->kind == N_ANY || n->kind == N_CLASS;
}

static void compile_node(Compiler *c, Node *n, bool back);

static void compile_quant(Compiler *c, Node *n, bool back) {
  if (n->max == 0)
    return;
  if (n->min == 1 && n->max == 1) {
    compile_node(c, n->kid, back);
    return;
  }
  if (is_single_char(n->kid) && !back) {
    emit(c, OP_STAR);
    emit(c, n->min);
    emit(c, n->max);
    emit(c, n->greedy);
    uint32_t len_at = emit(c, 0);
    uint32_t start = c->len;
    compile_node(c, n->kid, false);
    c->code[len_at] = (int32_t)(c->len - start);
    return;
  }
  int r = c->nregs;
  c->nregs += 2;
  emit(c, OP_REG_ZERO);
  emit(c, r);
  uint32_t head = emit(c, OP_LOOP);
  emit(c, r);
  emit(c, n->min);
  emit(c, n->max);
  emit(c, n->greedy);
  uint32_t exit_at = emit(c, 0);
  emit(c, OP_LOOP_BODY);
  emit(c, r);
  emit(c, n->cap_lo);
  emit(c, n->cap_hi);
  compile_node(c, n->kid, back);
  emit(c, OP_LOOP_END);
  emit(c, r);
  emit(c, n->min);
  emit(c, (int32_t)head);
  c->code[exit_at] = (int32_t)c->len;
}

static void compile_alt(Compiler *c, Node *n, bool back) {
  uint32_t fixups[64], nfix = 0;
  uint32_t *fix = fixups;
  uint32_t count = 0;
  for (Node *k = n->kid; k; k = k->next)
    count++;
  if (count > 64)
    fix = malloc(count * sizeof(uint32_t));
  for (Node *k = n->kid; k; k = k->next) {
    uint32_t split = 0;
    if (k->next) {
      emit(c, OP_SPLIT);
      split = emit(c, 0);
    }
    compile_node(c, k, back);
    if (k->next) {
      emit(c, OP_JMP);
      fix[nfix++] = emit(c, 0);
      c->code[split] = (int32_t)c->len;
    }
  }
  for (uint32_t i = 0; i < nfix; i++)
    c->code[fix[i]] = (int32_t)c->len;
  if (fix != fixups)
    free(fix);
}

static void compile_seq(Compiler *c, Node *n, bool back) {
  if (!back) {
    for (Node *k = n->kid; k; k = k->next)
      compile_node(c, k, false);
    return;
  }
  uint32_t count = 0;
  for (Node *k = n->kid; k; k = k->next)
    count++;
  Node **v = malloc((count ? count : 1) * sizeof(Node *));
  count = 0;
  for (Node *k = n->kid; k; k = k->next)
    v[count++] = k;
  while (count)
    compile_node(c, v[--count], true);
  free(v);
}

static void compile_node(Compiler *c, Node *n, bool back) {
  int bk = back ? OP_BACK : 0;
  switch (n->kind) {
  case N_EMPTY: break;
  case N_CHAR: emit_char(c, n->c, bk); break;
  case N_ANY: emit(c, (c->dotall ? OP_ANY_ALL : OP_ANY) | bk); break;
  case N_CLASS: emit_set(c, n->set, n->inverted, bk); break;
  case N_SEQ: compile_seq(c, n, back); break;
  case N_ALT: compile_alt(c, n, back); break;
  case N_GROUP:
    emit(c, OP_SAVE);
    emit(c, 2 * n->index + back);
    compile_node(c, n->kid, back);
    emit(c, OP_SAVE);
    emit(c, 2 * n->index + !back);
    break;
  case N_BACKREF:
    if (n->nindices > 1) {
      emit(c, OP_BACKREF_ANY | bk);
      emit(c, n->nindices);
      for (int i = 0; i < n->nindices; i++)
        emit(c, n->indices[i]);
      break;
    }
    emit(c, OP_BACKREF | bk);
    emit(c, n->index);
    break;
  case N_BOL: emit(c, OP_BOL); break;
  case N_EOL: emit(c, OP_EOL); break;
  case N_WORDB: emit(c, OP_WORDB); break;
  case N_NWORDB: emit(c, OP_NWORDB); break;
  case N_LOOK: {
    emit(c, OP_LOOK);
    emit(c, n->neg);
    uint32_t end_at = emit(c, 0);
    compile_node(c, n->kid, n->behind);
    emit(c, OP_LOOK_END);
    c->code[end_at] = (int32_t)c->len;
    break;
  }
  case N_QUANT: compile_quant(c, n, back); break;
  }
}

// A code unit that every match must contain (case-sensitive, outside
// lookarounds), or -1: when the input lacks it, no start can match, which
// saves the quadratic failing search of patterns like /x*y/.
static int32_t required_unit(const Node *n, bool icase) {
  for (; n; n = n->next) {
    int32_t r = -1;
    if (n->kind == N_CHAR) {
      bool letter = (n->c | 32) >= 'a' && (n->c | 32) <= 'z';
      if (n->c <= 0xFFFF && (!icase || (n->c < 128 && !letter)))
        return (int32_t)n->c;
    } else if (n->kind == N_SEQ || n->kind == N_GROUP ||
               (n->kind == N_QUANT && n->min >= 1)) {
      r = required_unit(n->kid, icase);
    }
    if (r >= 0)
      return r;
  }
  return -1;
}

// Resolves \k<name> references to group numbers.
static void resolve_names(Parser *p, Node *n) {
  for (; n; n = n->next) {
    if (n->kind == N_BACKREF && n->name) {
      n->indices = palloc(p, p->ncaps * sizeof(int));
      for (int i = 1; i < p->ncaps; i++)
        if (p->names[i].s && p->names[i].len == n->name_len &&
            !memcmp(p->names[i].s, n->name, n->name_len * 2))
          n->indices[n->nindices++] = i;
      if (!n->nindices)
        fail(p, "Invalid named capture referenced");
      n->index = n->indices[0];
    }
    resolve_names(p, n->kid);
  }
}

static void free_parser(Parser *p) {
  while (p->chunks) {
    Chunk *c = p->chunks;
    p->chunks = c->next;
    free(c);
  }
  for (int i = 0; i < p->nsets; i++) {
    free(p->sets[i]->r);
    free(p->sets[i]);
  }
  free(p->sets);
  free(p->names);
}

#ifndef KILN_REGEXP_SYNTAX_ONLY
// Copies malloc'd compiler output into GC memory (atomic where possible).
static JsRegex *finish(Parser *p, Compiler *c, uint32_t flags) {
  JsRegex *re = js_gc_alloc(sizeof(JsRegex));
  re->flags = flags;
  re->ncaps = p->ncaps;
  re->nregs = c->nregs;
  re->code = js_gc_alloc_atomic(c->len * sizeof(int32_t));
  memcpy(re->code, c->code, c->len * sizeof(int32_t));
  re->nsets = c->nsets;
  re->sets = js_gc_alloc((c->nsets ? c->nsets : 1) * sizeof(RangeSet));
  for (int i = 0; i < c->nsets; i++) {
    uint32_t bytes = c->sets[i].n * 2 * sizeof(uint32_t);
    re->sets[i].n = c->sets[i].n;
    re->sets[i].r = js_gc_alloc_atomic(bytes ? bytes : 4);
    memcpy(re->sets[i].r, c->sets[i].r, bytes);
    free(c->sets[i].r);
  }
  free(c->sets);
  free(c->code);
  re->names = js_gc_alloc(p->ncaps * sizeof(uint16_t *));
  re->name_lens = js_gc_alloc_atomic(p->ncaps * sizeof(uint32_t));
  for (int i = 0; i < p->ncaps; i++) {
    re->name_lens[i] = 0;
    if (!p->names[i].s)
      continue;
    re->names[i] = js_gc_alloc_atomic((p->names[i].len + 1) * 2);
    memcpy(re->names[i], p->names[i].s, p->names[i].len * 2);
    re->name_lens[i] = p->names[i].len;
  }
  return re;
}
#endif

// Parses [src]; returns the tree, or NULL with p->err set. The caller
// frees [p] with free_parser.
static Node *parse_pattern(Parser *p, const uint16_t *src, uint32_t len, uint32_t flags) {
  p->src = src;
  p->len = len;
  p->u = flags & (JS_RE_UNICODE | JS_RE_UNICODE_SETS);
  p->v = flags & JS_RE_UNICODE_SETS;
  p->icase = flags & JS_RE_IGNORECASE;
  p->ncaps = 1;
  if (setjmp(p->fail))
    return NULL;
  prescan(p);
  p->names = calloc(p->total_caps + 1, sizeof *p->names);
  Node *root = parse_disjunction(p);
  if (more(p))
    fail(p, peek(p) == ')' ? "Unmatched ')'" : "Unexpected character");
  if (p->ncaps != p->total_caps)
    fail(p, "Invalid capture group name");
  resolve_names(p, root);
  return root;
}

const char *js_regex_check(const uint16_t *src, uint32_t len, uint32_t flags) {
  Parser p = { 0 };
  Node *root = parse_pattern(&p, src, len, flags);
  free_parser(&p);
  return root ? NULL : p.err;
}

#ifndef KILN_REGEXP_SYNTAX_ONLY
static void compute_first(JsRegex *re);

JsRegex *js_regex_compile(const uint16_t *src, uint32_t len, uint32_t flags,
                          const char **err) {
  Parser p = { 0 };
  Node *root = parse_pattern(&p, src, len, flags);
  if (!root) {
    free_parser(&p);
    *err = p.err;
    return NULL;
  }
  Compiler c = { 0 };
  c.u = p.u;
  c.icase = p.icase;
  c.multiline = flags & JS_RE_MULTILINE;
  c.dotall = flags & JS_RE_DOTALL;
  c.p = &p;
  compile_node(&c, root, false);
  emit(&c, OP_MATCH);
  JsRegex *re = finish(&p, &c, flags);
  re->required = root->kind == N_SEQ || root->kind == N_GROUP
                     ? required_unit(root->kind == N_SEQ ? root->kid : root, p.icase)
                     : -1;
  compute_first(re);
  free_parser(&p);
  return re;
}

// Adds the units a one-character instruction can match first to re->first;
// false when that is not known (any character, reading backwards).
static bool first_of_char(JsRegex *re, const int32_t *ip) {
  if (ip[0] & OP_BACK)
    return false;
  uint32_t lo[2], hi[2];
  int n = 0;
  switch (ip[0] & 0xFF) {
  case OP_CHAR: lo[0] = hi[0] = (uint32_t)ip[1]; n = 1; break;
  case OP_CHAR2:
    lo[0] = hi[0] = (uint32_t)ip[1];
    lo[1] = hi[1] = (uint32_t)ip[2];
    n = 2;
    break;
  case OP_CLASS: {
    const RangeSet *set = &re->sets[ip[1]];
    if (ip[2]) {  // inverted: everything outside the ranges
      for (uint32_t c = 0; c < 256; c++)
        if (!ranges_has(set->r, set->n, c))
          re->first[c >> 3] |= (uint8_t)(1 << (c & 7));
      re->first_wide = true;
      return true;
    }
    for (uint32_t i = 0; i < set->n; i++) {
      for (uint32_t c = set->r[2 * i]; c <= set->r[2 * i + 1] && c < 256; c++)
        re->first[c >> 3] |= (uint8_t)(1 << (c & 7));
      if (set->r[2 * i + 1] >= 256)
        re->first_wide = true;
    }
    return true;
  }
  default:
    return false;
  }
  for (int i = 0; i < n; i++) {
    if (lo[i] < 256)
      re->first[lo[i] >> 3] |= (uint8_t)(1 << (lo[i] & 7));
    else
      re->first_wide = true;  // also a surrogate pair's first unit
  }
  return true;
}

// Walks the instructions that consume nothing from [pc], collecting the
// first units of the characters reached; false when a match could be empty
// or start with any character. [depth] bounds the walk over branches.
static bool first_units(JsRegex *re, uint32_t pc, int depth) {
  const int32_t *code = re->code;
  for (int steps = 0; steps < 64 && depth < 16; steps++) {
    const int32_t *ip = code + pc;
    switch (ip[0] & 0xFF) {
    case OP_CHAR: case OP_CHAR2: case OP_ANY: case OP_ANY_ALL: case OP_CLASS:
      return first_of_char(re, ip);
    case OP_BOL: case OP_EOL: case OP_WORDB: case OP_NWORDB:
      pc++;
      continue;
    case OP_SPLIT: case OP_SPLIT_LAZY:
      if (!first_units(re, (uint32_t)ip[1], depth + 1))
        return false;
      pc += 2;
      continue;
    case OP_JMP: pc = (uint32_t)ip[1]; continue;
    case OP_SAVE: case OP_REG_ZERO: pc += 2; continue;
    case OP_RESET: pc += 3; continue;
    case OP_LOOK: pc = (uint32_t)ip[2]; continue;  // zero-width: what follows decides
    case OP_STAR:
      if (!first_of_char(re, ip + 5))
        return false;
      if (ip[1] > 0)
        return true;
      pc += 5 + (uint32_t)ip[4];
      continue;
    default:  // backreferences, loops, a match: give up
      return false;
    }
  }
  return false;
}

static void compute_first(JsRegex *re) {
  re->has_first = first_units(re, 0, 0);
  if (!re->has_first) {
    memset(re->first, 0, sizeof re->first);
    re->first_wide = false;
  }
}

int js_regex_group_count(const JsRegex *re) { return re->ncaps; }

const uint16_t *js_regex_group_name(const JsRegex *re, int i, uint32_t *len) {
  *len = re->name_lens[i];
  return re->names[i];
}

bool js_regex_has_names(const JsRegex *re) {
  for (int i = 1; i < re->ncaps; i++)
    if (re->names[i])
      return true;
  return false;
}

// ---------------------------------------------------------------------------
// The matcher.
// ---------------------------------------------------------------------------

enum { BT_UNDO, BT_BRANCH, BT_STAR_GREEDY, BT_STAR_LAZY };

typedef struct Bt {
  uint32_t kind;
  uint32_t pc;   // BT_UNDO: slot; others: code offset
  int32_t pos;   // BT_UNDO: old value
  int32_t aux;   // stars: lowest position / count so far
} Bt;

typedef struct Matcher {
  const JsRegex *re;
  const uint8_t *s8;
  const uint16_t *s16;
  int32_t len;
  bool u, icase, multiline;
  int32_t *slots;   // 2 * ncaps captures, then registers
  Bt *stack;        // starts in the caller's frame (stack_on_heap false)
  size_t sp, cap;
  bool oom, stack_on_heap;
} Matcher;

static inline uint32_t unit(const Matcher *m, int32_t i) {
  return m->s16 ? m->s16[i] : m->s8[i];
}

static bool push(Matcher *m, uint32_t kind, uint32_t pc, int32_t pos, int32_t aux) {
  if (m->sp == m->cap) {
    if (m->cap >= ((size_t)1 << 27)) {
      m->oom = true;
      return false;
    }
    m->cap = m->cap ? m->cap * 2 : 256;
    if (m->stack_on_heap) {
      m->stack = realloc(m->stack, m->cap * sizeof(Bt));
    } else {
      Bt *heap = malloc(m->cap * sizeof(Bt));
      if (m->sp)
        memcpy(heap, m->stack, m->sp * sizeof(Bt));
      m->stack = heap;
      m->stack_on_heap = true;
    }
  }
  m->stack[m->sp++] = (Bt){ kind, pc, pos, aux };
  return true;
}

static bool set_slot(Matcher *m, int slot, int32_t v) {
  if (m->slots[slot] == v)
    return true;
  if (!push(m, BT_UNDO, (uint32_t)slot, m->slots[slot], 0))
    return false;
  m->slots[slot] = v;
  return true;
}

// Reads one character forward at *pos (a code point in u mode); -1 at the end.
static inline int32_t read_fwd(const Matcher *m, int32_t *pos) {
  int32_t i = *pos;
  if (i >= m->len)
    return -1;
  uint32_t c = unit(m, i);
  *pos = i + 1;
  if (m->u && is_hi_sur(c) && i + 1 < m->len && is_lo_sur(unit(m, i + 1))) {
    c = 0x10000 + ((c - 0xD800) << 10) + (unit(m, i + 1) - 0xDC00);
    *pos = i + 2;
  }
  return (int32_t)c;
}

static inline int32_t read_back(const Matcher *m, int32_t *pos) {
  int32_t i = *pos;
  if (i <= 0)
    return -1;
  uint32_t c = unit(m, i - 1);
  *pos = i - 1;
  if (m->u && is_lo_sur(c) && i - 2 >= 0 && is_hi_sur(unit(m, i - 2))) {
    c = 0x10000 + ((unit(m, i - 2) - 0xD800) << 10) + (c - 0xDC00);
    *pos = i - 2;
  }
  return (int32_t)c;
}

static bool is_line_term(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

static bool is_word_at(const Matcher *m, int32_t i) {
  if (i < 0 || i >= m->len)
    return false;
  uint32_t c = unit(m, i);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
    return true;
  return m->u && m->icase && (c == 0x17F || c == 0x212A);
}

// Matches one single-character instruction at [pc]; advances *pos.
static inline bool match_char(const Matcher *m, const int32_t *pc, int32_t *pos) {
  int op = pc[0];
  bool back = op & OP_BACK;
  int32_t c = back ? read_back(m, pos) : read_fwd(m, pos);
  if (c < 0)
    return false;
  switch (op & 0xFF) {
  case OP_CHAR: return c == pc[1];
  case OP_CHAR2: return c == pc[1] || c == pc[2];
  case OP_ANY: return !is_line_term((uint32_t)c);
  case OP_ANY_ALL: return true;
  case OP_CLASS: {
    const RangeSet *s = &m->re->sets[pc[1]];
    return ranges_has(s->r, s->n, (uint32_t)c) != (bool)pc[2];
  }
  }
  return false;
}

static int op_size(int op) {
  switch (op & 0xFF) {
  case OP_CHAR: return 2;
  case OP_CHAR2: return 3;
  case OP_CLASS: return 3;
  }
  return 1;
}

// Backreference to [group]; advances *pos.
static bool match_backref(const Matcher *m, int group, bool back, int32_t *pos) {
  int32_t s = m->slots[2 * group], e = m->slots[2 * group + 1];
  if (s < 0 || e < 0)
    return true;
  int32_t n = e - s, at = back ? *pos - n : *pos;
  if (at < 0 || at + n > m->len)
    return false;
  for (int32_t i = 0; i < n; i++) {
    uint32_t a = unit(m, s + i), b = unit(m, at + i);
    if (a == b)
      continue;
    if (!m->icase)
      return false;
    if (m->u && is_hi_sur(a) && is_hi_sur(b) && i + 1 < n &&
        is_lo_sur(unit(m, s + i + 1)) && is_lo_sur(unit(m, at + i + 1))) {
      a = 0x10000 + ((a - 0xD800) << 10) + (unit(m, s + i + 1) - 0xDC00);
      b = 0x10000 + ((b - 0xD800) << 10) + (unit(m, at + i + 1) - 0xDC00);
      i++;
    }
    if (canonicalize(a, m->u) != canonicalize(b, m->u))
      return false;
  }
  *pos = back ? at : at + n;
  return true;
}

// Steps back over one character matched by a star, not below [low].
static int32_t star_step_back(const Matcher *m, int32_t pos, int32_t low) {
  if (m->u && pos - 2 >= low && is_lo_sur(unit(m, pos - 1)) && is_hi_sur(unit(m, pos - 2)))
    return pos - 2;
  return pos - 1;
}

// Runs the code from [pc0] at [pos0] until OP_MATCH or OP_LOOK_END.
// Returns 1 with *end set, 0 when every choice failed (the stack is back
// at its height on entry, every undo applied), -1 when out of memory.
static int run(Matcher *m, uint32_t pc0, int32_t pos0, int32_t *end) {
  const int32_t *code = m->re->code;
  size_t base = m->sp;
  uint32_t pc = pc0;
  int32_t pos = pos0;
  for (;;) {
    const int32_t *ip = code + pc;
    switch (ip[0] & 0xFF) {
    case OP_CHAR: case OP_CHAR2: case OP_ANY: case OP_ANY_ALL: case OP_CLASS:
      if (!match_char(m, ip, &pos))
        goto fail;
      pc += op_size(ip[0]);
      continue;
    case OP_BOL:
      if (pos != 0 && !(m->multiline && is_line_term(unit(m, pos - 1))))
        goto fail;
      pc++;
      continue;
    case OP_EOL:
      if (pos != m->len && !(m->multiline && is_line_term(unit(m, pos))))
        goto fail;
      pc++;
      continue;
    case OP_WORDB: case OP_NWORDB: {
      bool b = is_word_at(m, pos - 1) != is_word_at(m, pos);
      if (b != ((ip[0] & 0xFF) == OP_WORDB))
        goto fail;
      pc++;
      continue;
    }
    case OP_SPLIT:
      if (!push(m, BT_BRANCH, (uint32_t)ip[1], pos, 0))
        return -1;
      pc += 2;
      continue;
    case OP_SPLIT_LAZY:
      if (!push(m, BT_BRANCH, pc + 2, pos, 0))
        return -1;
      pc = (uint32_t)ip[1];
      continue;
    case OP_JMP:
      pc = (uint32_t)ip[1];
      continue;
    case OP_SAVE:
      if (!set_slot(m, ip[1], pos))
        return -1;
      pc += 2;
      continue;
    case OP_BACKREF:
      if (!match_backref(m, ip[1], ip[0] & OP_BACK, &pos))
        goto fail;
      pc += 2;
      continue;
    case OP_BACKREF_ANY: {
      int g = ip[2];
      for (int i = 0; i < ip[1]; i++)
        if (m->slots[2 * ip[2 + i]] >= 0 && m->slots[2 * ip[2 + i] + 1] >= 0)
          g = ip[2 + i];
      if (!match_backref(m, g, ip[0] & OP_BACK, &pos))
        goto fail;
      pc += 2 + ip[1];
      continue;
    }
    case OP_LOOK: {
      size_t sp0 = m->sp;
      int32_t e;
      int r = run(m, pc + 3, pos, &e);
      if (r < 0)
        return -1;
      if (ip[1]) {  // negative: undo what the sub-match wrote
        if (r) {
          while (m->sp > sp0) {
            Bt *b = &m->stack[--m->sp];
            if (b->kind == BT_UNDO)
              m->slots[b->pc] = b->pos;
          }
          goto fail;
        }
      } else {
        if (!r)
          goto fail;
        // Drop the sub-match's choice points but keep its undo records,
        // so backtracking past the lookaround restores its captures.
        size_t w = sp0;
        for (size_t i = sp0; i < m->sp; i++)
          if (m->stack[i].kind == BT_UNDO)
            m->stack[w++] = m->stack[i];
        m->sp = w;
      }
      pc = (uint32_t)ip[2];
      continue;
    }
    case OP_LOOK_END:
    case OP_MATCH:
      *end = pos;
      return 1;
    case OP_RESET:
      for (int i = 2 * ip[1]; i < 2 * ip[2]; i++)
        if (!set_slot(m, i, -1))
          return -1;
      pc += 3;
      continue;
    case OP_REG_ZERO:
      if (!set_slot(m, 2 * m->re->ncaps + ip[1], 0))
        return -1;
      pc += 2;
      continue;
    case OP_LOOP: {
      int32_t n = m->slots[2 * m->re->ncaps + ip[1]];
      uint32_t exit = (uint32_t)ip[5];
      if (n < ip[2]) {
        pc += 6;
      } else if (n >= ip[3]) {
        pc = exit;
      } else if (ip[4]) {
        if (!push(m, BT_BRANCH, exit, pos, 0))
          return -1;
        pc += 6;
      } else {
        if (!push(m, BT_BRANCH, pc + 6, pos, 0))
          return -1;
        pc = exit;
      }
      continue;
    }
    case OP_LOOP_BODY: {
      int r = 2 * m->re->ncaps + ip[1];
      if (!set_slot(m, r + 1, pos))
        return -1;
      for (int i = 2 * ip[2]; i < 2 * ip[3]; i++)
        if (!set_slot(m, i, -1))
          return -1;
      pc += 4;
      continue;
    }
    case OP_LOOP_END: {
      int r = 2 * m->re->ncaps + ip[1];
      if (m->slots[r] >= ip[2] && m->slots[r + 1] == pos)
        goto fail;  // an empty iteration past the minimum
      if (!set_slot(m, r, m->slots[r] + 1))
        return -1;
      pc = (uint32_t)ip[3];
      continue;
    }
    case OP_STAR: {
      int32_t min = ip[1], max = ip[2], n = 0, low = pos;
      const int32_t *atom = ip + 5;
      uint32_t next = pc + 5 + ip[4];
      while (n < min) {
        if (!match_char(m, atom, &pos))
          goto fail;
        n++;
      }
      low = pos;
      if (ip[3]) {
        while (n < max) {
          int32_t p2 = pos;
          if (!match_char(m, atom, &p2))
            break;
          pos = p2;
          n++;
        }
        if (pos > low && !push(m, BT_STAR_GREEDY, pc, pos, low))
          return -1;
      } else if (n < max) {
        if (!push(m, BT_STAR_LAZY, pc, pos, n))
          return -1;
      }
      pc = next;
      continue;
    }
    }
  fail:
    for (;;) {
      if (m->sp == base)
        return 0;
      Bt *b = &m->stack[--m->sp];
      if (b->kind == BT_UNDO) {
        m->slots[b->pc] = b->pos;
        continue;
      }
      if (b->kind == BT_BRANCH) {
        pc = b->pc;
        pos = b->pos;
        break;
      }
      const int32_t *sp = code + b->pc;
      uint32_t next = b->pc + 5 + sp[4];
      if (b->kind == BT_STAR_GREEDY) {
        int32_t low = b->aux;
        pos = star_step_back(m, b->pos, low);
        if (pos > low)
          push(m, BT_STAR_GREEDY, b->pc, pos, low);  // room: just popped
        pc = next;
        break;
      }
      // Lazy star: one more character, if it matches.
      int32_t p2 = b->pos, n = b->aux;
      if (!match_char(m, sp + 5, &p2))
        continue;
      n++;
      if (n < sp[2])
        push(m, BT_STAR_LAZY, b->pc, p2, n);
      pos = p2;
      pc = next;
      break;
    }
  }
}

static inline bool can_start(const JsRegex *re, uint32_t c) {
  return c < 256 ? (re->first[c >> 3] >> (c & 7)) & 1 : re->first_wide;
}

int js_regex_exec(const JsRegex *re, JsString *str, uint32_t start, bool sticky,
                  int32_t *caps) {
  Matcher m = { 0 };
  m.re = re;
  m.len = (int32_t)js_str_len(str);
  if (str->hdr.flags & JS_STR_WIDE)
    m.s16 = str->data;
  else
    m.s8 = str->data;
  m.u = re->flags & (JS_RE_UNICODE | JS_RE_UNICODE_SETS);
  m.icase = re->flags & JS_RE_IGNORECASE;
  m.multiline = re->flags & JS_RE_MULTILINE;
  int nslots = 2 * re->ncaps + re->nregs;
  int32_t slots_buf[64];
  m.slots = nslots <= 64 ? slots_buf : malloc(nslots * sizeof(int32_t));
  Bt stack_buf[128];
  m.stack = stack_buf;
  m.cap = 128;
  int result = 0;
  if (re->required >= 0) {
    int32_t i = (int32_t)start;
    while (i < m.len && unit(&m, i) != (uint32_t)re->required)
      i++;
    if (i >= m.len) {
      if (m.slots != slots_buf)
        free(m.slots);
      return 0;
    }
  }
  // A leading literal character lets the scan skip impossible starts.
  int32_t first = (re->code[0] == OP_CHAR && re->code[1] < 0x80) ? re->code[1] : -1;
  for (int32_t at = (int32_t)start; at <= m.len;) {
    if (first >= 0 && !sticky) {
      while (at < m.len && unit(&m, at) != (uint32_t)first)
        at++;
      if (at >= m.len)
        break;
    } else if (re->has_first && !sticky) {
      while (at < m.len && !can_start(re, unit(&m, at)))
        at++;
      if (at >= m.len)
        break;
    }
    for (int i = 0; i < nslots; i++)
      m.slots[i] = -1;
    m.sp = 0;
    int32_t end;
    int r = run(&m, 0, at, &end);
    if (r < 0) {
      result = -1;
      break;
    }
    if (r) {
      memcpy(caps, m.slots, 2 * re->ncaps * sizeof(int32_t));
      caps[0] = at;
      caps[1] = end;
      result = 1;
      break;
    }
    if (sticky)
      break;
    if (m.u && at + 1 < m.len && is_hi_sur(unit(&m, at)) && is_lo_sur(unit(&m, at + 1)))
      at += 2;
    else
      at++;
  }
  if (m.stack_on_heap)
    free(m.stack);
  if (m.slots != slots_buf)
    free(m.slots);
  return result;
}
#endif  // KILN_REGEXP_SYNTAX_ONLY
