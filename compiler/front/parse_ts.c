// SPDX-License-Identifier: MIT
//
// parse_ts.c: running tree-sitter, and turning what it could not parse into
// diagnostics.
//
// tree-sitter always produces a tree: it recovers from syntax errors by
// wrapping unparsable text in ERROR nodes and inventing zero-width MISSING
// nodes. Kiln must not accept such a tree, so every ERROR and MISSING node
// becomes a diag_error here, and only an error-free tree reaches
// build_program() in ast_build.c.
#include "ast_build.h"

#include <signal.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);

enum { MAX_SYNTAX_ERRORS = 20 };

typedef struct ErrorWalk {
  Source *src;
  int count;
  int64_t last_at; // byte offset of the last report: one error per place
} ErrorWalk;

// A pre-order walk with a cursor (ts_node_child(n, i) costs O(i), and an
// error node can have a hundred thousand children): [visit] says whether to
// go into the node's children, past them, or stop.
typedef enum { WALK_INTO, WALK_PAST, WALK_STOP } WalkStep;

static void walk_tree(TSNode root, WalkStep (*visit)(TSNode, void *), void *ctx) {
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    WalkStep step = visit(ts_tree_cursor_current_node(&c), ctx);
    if (step == WALK_STOP)
      break;
    if (step == WALK_INTO && ts_tree_cursor_goto_first_child(&c))
      continue;
    bool more = false;
    while (!(more = ts_tree_cursor_goto_next_sibling(&c)))
      if (!ts_tree_cursor_goto_parent(&c))
        break;
    if (!more)
      break;
  }
  ts_tree_cursor_delete(&c);
}

// Leftmost leaf of [n] that has text (skips zero-width MISSING leaves).
static TSNode first_leaf(TSNode n) {
  while (ts_node_child_count(n) > 0) {
    TSNode next = ts_node_child(n, 0);
    uint32_t count = ts_node_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
      TSNode c = ts_node_child(n, i);
      if (ts_node_end_byte(c) > ts_node_start_byte(c) && !ts_node_is_extra(c)) {
        next = c;
        break;
      }
    }
    n = next;
  }
  return n;
}

static bool report_more(ErrorWalk *w) {
  if (w->count < MAX_SYNTAX_ERRORS)
    return true;
  if (w->count == MAX_SYNTAX_ERRORS) {
    diag_line("%s: error: too many syntax errors, stopping", w->src->path);
    w->count++;
  }
  return false;
}

// Does the quote at text[i] close on the same line?
static bool string_closes(const Source *src, size_t i) {
  char q = src->text[i];
  for (size_t j = i + 1; j < src->len; j++) {
    char c = src->text[j];
    if (c == q)
      return true;
    if (c == '\n' || c == '\r')
      return false;
    if (c == '\\')
      j++; // an escaped character, possibly a line continuation
  }
  return false;
}

// --- V8's wording ------------------------------------------------------------
// Node reports a syntax error at the first token that cannot continue the
// program, named by its class as V8 does: "Unexpected identifier 'x'",
// "Unexpected number", "Unexpected token '{'", "Unexpected end of input".
// The token is found again in the source text, so that what tree-sitter
// made of it does not matter.

static bool ident_start(unsigned char c) {
  return isalpha(c) || c == '_' || c == '$' || c == '\\' || c >= 0x80;
}

static bool ident_part(unsigned char c) { return ident_start(c) || isdigit(c); }

// Reserved words: V8 calls them tokens, not identifiers.
static bool is_keyword(const char *s, size_t n) {
  static const char *words[] = {
      "break", "case", "catch", "class", "const", "continue", "debugger", "default",
      "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
      "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
      "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
      NULL};
  for (int i = 0; words[i]; i++)
    if (strlen(words[i]) == n && memcmp(words[i], s, n) == 0)
      return true;
  return false;
}

// Length of the punctuator at [s] (0: none), longest first.
static size_t punctuator(const char *s, size_t avail) {
  static const char *multi[] = {
      ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "\?\?=",
      "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=",
      "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "**", NULL};
  for (int i = 0; multi[i]; i++) {
    size_t n = strlen(multi[i]);
    if (n <= avail && memcmp(s, multi[i], n) == 0)
      return n;
  }
  return avail && strchr("{}()[];,<>+-*/%&|^!~?:=.", s[0]) ? 1 : 0;
}

// Skips blanks, line terminators and comments from [i]; an unterminated
// block comment is left in place (it is the error).
static uint32_t skip_trivia(const Source *src, uint32_t i) {
  const char *t = src->text;
  while (i < src->len) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      i++;
    } else if (c == 0xC2 && i + 1 < src->len && (unsigned char)t[i + 1] == 0xA0) {
      i += 2;  // NO-BREAK SPACE
    } else if (c == 0xE2 && i + 2 < src->len && (unsigned char)t[i + 1] == 0x80 &&
               ((unsigned char)t[i + 2] & 0xFE) == 0xA8) {
      i += 3;  // LINE / PARAGRAPH SEPARATOR
    } else if (c == 0xEF && i + 2 < src->len && (unsigned char)t[i + 1] == 0xBB &&
               (unsigned char)t[i + 2] == 0xBF) {
      i += 3;  // BOM
    } else if (c == '/' && i + 1 < src->len && t[i + 1] == '/') {
      while (i < src->len && t[i] != '\n' && t[i] != '\r')
        i++;
    } else if (c == '/' && i + 1 < src->len && t[i + 1] == '*') {
      const char *close = NULL;
      for (uint32_t j = i + 2; j + 1 < src->len && !close; j++)
        if (t[j] == '*' && t[j + 1] == '/')
          close = t + j;
      if (!close)
        return i;
      i = (uint32_t)(close - t) + 2;
    } else {
      break;
    }
  }
  return i;
}

// Blanks and comments from [i] in [text] (no line terminators special).
static size_t skip_trivia_text(const char *text, size_t len, size_t i) {
  while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                     text[i] == '\r'))
    i++;
  return i;
}

// Does the template literal opened at text[i] close?
static bool template_closes(const Source *src, size_t i) {
  for (size_t j = i + 1; j < src->len; j++) {
    if (src->text[j] == '\\')
      j++;
    else if (src->text[j] == '`')
      return true;
  }
  return false;
}

// Is the punctuator [t] of length [n] an assignment operator?
static bool assigns(const char *t, size_t n) {
  if (n == 0 || t[n - 1] != '=' || (n >= 2 && t[n - 2] == '='))
    return false;  // `==`, `===`, `!=`, `!==`
  return n == 1 || !(n == 2 && (t[0] == '<' || t[0] == '>' || t[0] == '!'));
}

// Is the name at byte [s] declared there (`var x = @`), so a fine target?
static bool declares(const Source *src, uint32_t s) {
  while (s > 0 && (src->text[s - 1] == ' ' || src->text[s - 1] == '\t'))
    s--;
  static const char *decl[] = {"var", "let", "const", NULL};
  for (int i = 0; decl[i]; i++) {
    size_t len = strlen(decl[i]);
    if (s >= len && memcmp(src->text + s - len, decl[i], len) == 0 &&
        (s == len || !ident_part((unsigned char)src->text[s - len - 1])))
      return true;
  }
  return false;
}

// Does an expression end just before byte [i]? A keyword (`var = 1`) does not.
static bool after_operand_or_close(const Source *src, uint32_t i) {
  while (i > 0 && (src->text[i - 1] == ' ' || src->text[i - 1] == '\t'))
    i--;
  if (i == 0)
    return false;
  unsigned char c = (unsigned char)src->text[i - 1];
  if (c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '`')
    return true;
  if (!ident_part(c))
    return false;
  uint32_t s = i;
  while (s > 0 && ident_part((unsigned char)src->text[s - 1]))
    s--;
  if (declares(src, s))
    return false;
  const char *w = src->text + s;
  size_t n = i - s;
  static const char *values[] = {"this", "null", "true", "false", "super", NULL};
  for (int k = 0; values[k]; k++)
    if (strlen(values[k]) == n && memcmp(w, values[k], n) == 0)
      return true;
  return !is_keyword(w, n);
}

// Reports the token at byte [i] as unexpected, in V8's words.
static void report_unexpected(ErrorWalk *w, uint32_t i) {
  const Source *src = w->src;
  const char *t = src->text + i;
  size_t avail = i < src->len ? src->len - i : 0;
  SrcSpan at = source_span(w->src, i, i + (avail ? 1 : 0));
  if (!avail) {
    diag_error(w->src, at, "Unexpected end of input");
    return;
  }
  unsigned char c = (unsigned char)t[0];
  if (i > 0 && ident_part((unsigned char)t[-1]) && ident_part(c)) {
    // Split from the token before: only a numeric literal ends so (`1n2`).
    diag_error(w->src, at, "Invalid or unexpected token");
  } else if (c == '"' || c == '\'') {
    diag_error(w->src, at, string_closes(src, i) ? "Unexpected string"
                                                 : "Invalid or unexpected token");
  } else if (c == '`') {
    // An unterminated one runs to the end, which is where V8 stops.
    diag_error(w->src, at, template_closes(src, i) ? "Unexpected template string"
                                                   : "Unexpected end of input");
  } else if (c == '/' && avail > 1 && t[1] == '*') {
    diag_error(w->src, at, "Invalid or unexpected token");  // unterminated
  } else if (isdigit(c) || (c == '.' && avail > 1 && isdigit((unsigned char)t[1]))) {
    diag_error(w->src, at, "Unexpected number");
  } else if (ident_start(c) && c != '\\') {
    size_t n = 1;
    while (n < avail && n < 60 && ident_part((unsigned char)t[n]) && t[n] != '\\')
      n++;
    if (is_keyword(t, n))
      diag_error(w->src, at, "Unexpected token '%.*s'", (int)n, t);
    else
      diag_error(w->src, at, "Unexpected identifier '%.*s'", (int)n, t);
  } else if (assigns(t, punctuator(t, avail)) && after_operand_or_close(src, i)) {
    // `1 = 2`, `f() += 1`: tree-sitter has no place for the operator.
    diag_error(w->src, at, "Invalid left-hand side in assignment");
  } else if (punctuator(t, avail)) {
    diag_error(w->src, at, "Unexpected token '%.*s'", (int)punctuator(t, avail), t);
  } else {
    diag_error(w->src, at, "Invalid or unexpected token");
  }
}

// An unterminated string literal among the leaves of [n]: V8 stops there,
// before whatever tree-sitter's recovery made of the text around it.
typedef struct {
  const Source *src;
  int64_t found;
} StringSearch;

static WalkStep unterminated_string_at(TSNode n, void *ctx) {
  StringSearch *q = ctx;
  if (ts_node_child_count(n) > 0)
    return WALK_INTO;
  uint32_t s = ts_node_start_byte(n);
  char ch = s < q->src->len ? q->src->text[s] : 0;
  if ((ch == '"' || ch == '\'') && !string_closes(q->src, s)) {
    q->found = s;
    return WALK_STOP;
  }
  return WALK_PAST;
}

static int64_t unterminated_string(const Source *src, TSNode n) {
  StringSearch q = {src, -1};
  walk_tree(n, unterminated_string_at, &q);
  return q.found;
}

// A complete operand without errors.
static bool is_operand(TSNode c) {
  static const char *types[] = {
      "identifier", "number", "string", "template_string", "true", "false", "null",
      "this", "call_expression", "member_expression", "subscript_expression",
      "parenthesized_expression", "binary_expression", NULL};
  if (!ts_node_is_named(c) || ts_node_has_error(c))
    return false;
  for (int i = 0; types[i]; i++)
    if (strcmp(ts_node_type(c), types[i]) == 0)
      return true;
  return false;
}

// An ERROR that holds one complete operand (`a` in `a b`, where tree-sitter
// goes on with `b`): the operand was fine, the token after it was not.
static bool whole_operand(TSNode n) {
  return ts_node_child_count(n) == 1 && is_operand(ts_node_child(n, 0));
}

// An ERROR that starts with an operand and an assignment operator (`1 = 2`):
// the operator's offset, where V8 reports the bad target; else -1.
static int64_t bad_target(const Source *src, TSNode n) {
  if (ts_node_child_count(n) < 2 || !is_operand(ts_node_child(n, 0)))
    return -1;
  if (declares(src, ts_node_start_byte(n)))
    return -1;
  uint32_t at = skip_trivia(src, ts_node_end_byte(ts_node_child(n, 0)));
  size_t avail = at < src->len ? src->len - at : 0;
  return assigns(src->text + at, punctuator(src->text + at, avail)) ? (int64_t)at : -1;
}

// Does an operand end just before byte [i] (`1 2`: then the ERROR's own
// operand is the unexpected token)? A `)` is left out: it mostly closes an
// `if (...)` or a call, after which a statement may begin.
static bool after_operand(const Source *src, uint32_t i) {
  while (i > 0 && (src->text[i - 1] == ' ' || src->text[i - 1] == '\t'))
    i--;
  if (i == 0)
    return false;
  unsigned char c = (unsigned char)src->text[i - 1];
  return isalnum(c) || c == '_' || c == '$' || c == '"' || c == '\'' || c == '`' ||
         c == ']' || c >= 0x80;
}

// An ERROR node: name the first token tree-sitter could not place. A nested
// ERROR is usually closer to the real problem than the outer one's start.
static void report_error_node(ErrorWalk *w, TSNode n) {
  if (!report_more(w))
    return;
  w->count++;
  for (int guard = 0; guard < 64; guard++) {
    TSNode inner = {0};
    TSTreeCursor cur = ts_tree_cursor_new(n);  // not ts_node_child(n, i): O(i) each
    if (ts_tree_cursor_goto_first_child(&cur))
      do {
        TSNode c = ts_tree_cursor_current_node(&cur);
        if (ts_node_is_error(c) && ts_node_end_byte(c) > ts_node_start_byte(c))
          inner = c;
      } while (ts_node_is_null(inner) && ts_tree_cursor_goto_next_sibling(&cur));
    ts_tree_cursor_delete(&cur);
    if (ts_node_is_null(inner))
      break;
    n = inner;
  }
  int64_t str = unterminated_string(w->src, n);
  uint32_t start = str >= 0 ? (uint32_t)str : ts_node_start_byte(first_leaf(n));
  int64_t target = str < 0 ? bad_target(w->src, n) : -1;
  if (target >= 0)
    start = (uint32_t)target;
  else if (str < 0 && whole_operand(n) && !after_operand(w->src, start))
    start = ts_node_end_byte(n);  // `a b`: V8 stops at b
  start = skip_trivia(w->src, start);
  if (w->last_at == start) {
    w->count--;
    return;
  }
  w->last_at = start;
  report_unexpected(w, start);
}

// A MISSING node, which tree-sitter invented where something was expected:
// node reports the token that follows instead.
static void report_missing_node(ErrorWalk *w, TSNode n) {
  if (!report_more(w))
    return;
  w->count++;
  uint32_t start = skip_trivia(w->src, ts_node_start_byte(n));
  if (w->last_at == start) {
    w->count--;
    return;
  }
  w->last_at = start;
  TSNode parent = ts_node_parent(n);
  if (strcmp(ts_node_type(n), ")") == 0 && !ts_node_is_null(parent) &&
      strcmp(ts_node_type(parent), "arguments") == 0 && start < w->src->len) {
    diag_error(w->src, source_span(w->src, start, start + 1),
               "missing ) after argument list");
    return;
  }
  report_unexpected(w, start);
}

// Visits every ERROR and MISSING node, pruning subtrees without errors.
static WalkStep report_errors_at(TSNode n, void *ctx) {
  if (ts_node_is_missing(n))
    report_missing_node(ctx, n);
  else if (ts_node_is_error(n))
    report_error_node(ctx, n);
  else
    return ts_node_has_error(n) ? WALK_INTO : WALK_PAST;
  return WALK_PAST;
}

static void report_syntax_errors(ErrorWalk *w, TSNode root) {
  if (ts_node_has_error(root))
    walk_tree(root, report_errors_at, w);
}

// `export { _null as null }` is valid (an export name may be any
// IdentifierName) but the grammar only takes identifiers there. Such a
// name is rewritten as the equivalent string form `as "null"`; NULL if
// the text has none.
static char *quote_reserved_export_names(const char *text, size_t len, size_t *out_len) {
  static const char *words[] = {
      "break", "case", "catch", "class", "const", "continue", "debugger", "delete", "do",
      "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
      "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
      "throw", "true", "try", "typeof", "var", "void", "while", "with", NULL};
  StrBuf sb = {0};
  bool changed = false;
  size_t i = 0;
  while (i < len) {
    bool word_start = i + 3 < len && text[i] == 'a' && text[i + 1] == 's' &&
                      (text[i + 2] == ' ' || text[i + 2] == '\t') &&
                      (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t');
    if (!word_start) {
      sb_putc(&sb, text[i++]);
      continue;
    }
    size_t j = i + 2;
    while (j < len && (text[j] == ' ' || text[j] == '\t'))
      j++;
    size_t k = j;
    while (k < len && (isalnum((unsigned char)text[k]) || text[k] == '_' || text[k] == '$'))
      k++;
    size_t after = k;
    while (after < len && (text[after] == ' ' || text[after] == '\t'))
      after++;
    bool reserved = false;
    for (int w = 0; words[w] && !reserved; w++)
      reserved = k - j == strlen(words[w]) && memcmp(text + j, words[w], k - j) == 0;
    if (!reserved || after >= len || (text[after] != ',' && text[after] != '}')) {
      sb_putc(&sb, text[i++]);
      continue;
    }
    sb_putn(&sb, text + i, j - i);
    sb_putc(&sb, '"');
    sb_putn(&sb, text + j, k - j);
    sb_putc(&sb, '"');
    i = k;
    changed = true;
  }
  if (!changed) {
    free(sb.data);
    return NULL;
  }
  *out_len = sb.len;
  return sb.data;
}

// [out], or else a writable copy of [text] ([len] bytes and its NUL).
static char *writable_copy(const char *text, size_t len, char *out) {
  if (out)
    return out;
  out = malloc(len + 1);
  if (!out)
    ICE("out of memory");
  memcpy(out, text, len + 1);
  return out;
}

// Where [word] starts when text[i] starts the word `static` followed by
// blanks and [word]; 0 if it does not.
static size_t word_after_static(const char *text, size_t len, size_t i, const char *word) {
  size_t n = strlen(word);
  if (memcmp(text + i, "static", 6) != 0 || (i > 0 && ident_part((unsigned char)text[i - 1])))
    return 0;
  size_t j = skip_trivia_text(text, len, i + 6);
  if (j == i + 6 || j + n >= len || memcmp(text + j, word, n) != 0)
    return 0;
  return j;
}

// `export type * from "m"` (TypeScript 5.0) is beyond the grammar; it only
// re-exports types, so it is blanked out (same length: positions stay).
// NULL if the text has none.
static char *blank_type_star_exports(const char *text, size_t len) {
  char *out = NULL;
  for (size_t i = 0; i + 6 < len; i++) {
    if (memcmp(text + i, "export", 6) != 0 || (i > 0 && ident_part((unsigned char)text[i - 1])))
      continue;
    size_t j = skip_trivia_text(text, len, i + 6);
    if (j + 4 > len || memcmp(text + j, "type", 4) != 0)
      continue;
    j = skip_trivia_text(text, len, j + 4);
    if (j >= len || text[j] != '*')
      continue;
    size_t end = j;
    while (end < len && text[end] != ';' && text[end] != '\n')
      end++;
    if (end < len && text[end] == ';')
      end++;
    out = writable_copy(text, len, out);
    memset(out + i, ' ', end - i);
  }
  return out;
}

// `static declare x: T;` is beyond the grammar (it takes `declare static`);
// a declared field vanishes either way, so the two words swap places (same
// length: positions stay). Works on [out] (a copy of [text] made on the
// first change); returns it, NULL if nothing changed.
static char *swap_static_declare(const char *text, size_t len, char *out) {
  for (size_t i = 0; i + 6 < len; i++) {
    size_t j = word_after_static(text, len, i, "declare");
    if (!j || ident_part((unsigned char)text[j + 7]))
      continue;
    out = writable_copy(text, len, out);
    memmove(out + i + 7, out + i + 6, j - i - 6);  // the blanks between
    memcpy(out + i, "declare", 7);
    memcpy(out + j + 1, "static", 6);
  }
  return out;
}

// `static accessor x` is beyond the grammar (it takes `accessor` or
// `static`, not both): "static" is blanked and the offset of each such
// "accessor" recorded, for the builder to make the field static again.
// NULL if the text has none.
static char *blank_static_accessors(const char *text, size_t len, uint32_t **at, int *count) {
  char *out = NULL;
  for (size_t i = 0; i + 6 < len; i++) {
    size_t j = word_after_static(text, len, i, "accessor");
    if (!j)
      continue;
    size_t k = skip_trivia_text(text, len, j + 8);
    if (k == j + 8 || k >= len || !(ident_start((unsigned char)text[k]) || text[k] == '#' ||
                                    text[k] == '[' || text[k] == '"' || text[k] == '\''))
      continue;
    out = writable_copy(text, len, out);
    memset(out + i, ' ', 6);
    *at = realloc(*at, sizeof **at * (size_t)(*count + 1));
    if (!*at)
      ICE("out of memory");
    (*at)[(*count)++] = (uint32_t)j;
  }
  return out;
}

// A class field without an initializer ends at a line break when the next
// line starts with `[` (`#x` / `[k] = 1`: ASI, since a field name cannot
// go on into `[`), but the grammar's automatic-semicolon rule reads `[` as
// continuing the line. In the class bodies that have errors, a `;` takes
// the place of the blank just before such a `[` (same length: positions
// stay). NULL if nothing changed.
static bool modifier_word(const char *s, size_t n) {
  static const char *words[] = {"static", "get", "set", "async", "accessor", "declare",
                                "readonly", "public", "private", "protected", "override",
                                "abstract", NULL};
  for (int i = 0; words[i]; i++)
    if (strlen(words[i]) == n && memcmp(s, words[i], n) == 0)
      return true;
  return false;
}

static void semicolons_in_class_body(const char *text, char **out, size_t start, size_t end) {
  int depth = 0;
  size_t member = 0;      // start of the current member's text (0: none yet)
  size_t last_end = 0;    // end of its last token at depth 1
  bool has_init = false;  // an `=` at depth 1 in it
  for (size_t i = start; i < end; i++) {
    char ch = text[i];
    if (ch == '/' && i + 1 < end && text[i + 1] == '/') {
      while (i < end && text[i] != '\n')
        i++;
      i--;
      continue;
    }
    if (ch == '/' && i + 1 < end && text[i + 1] == '*') {
      i += 2;
      while (i + 1 < end && !(text[i] == '*' && text[i + 1] == '/'))
        i++;
      i++;
      continue;
    }
    if (ch == '"' || ch == '\'' || ch == '`') {
      for (i++; i < end && text[i] != ch; i++)
        if (text[i] == '\\')
          i++;
      if (depth == 1)
        last_end = i + 1;
      continue;
    }
    if (ch == '{' || ch == '(' || ch == '[') {
      if (depth == 1 && !member)
        member = i;  // a computed name
      depth++;
      if (depth == 1)
        member = 0;  // the body's `{`
      continue;
    }
    if (ch == '}' || ch == ')' || ch == ']') {
      depth--;
      if (depth == 1 && ch == '}') {
        member = 0;  // a method body ends the member
        has_init = false;
      } else if (depth == 1) {
        last_end = i + 1;
      }
      continue;
    }
    if (depth != 1)
      continue;
    if (ch == ';') {
      member = 0;
      has_init = false;
      continue;
    }
    if (ch == '=') {
      has_init = true;
      continue;
    }
    if (ch != '\n') {
      if (ch != ' ' && ch != '\t' && ch != '\r') {
        if (!member)
          member = i;
        last_end = i + 1;
      }
      continue;
    }
    size_t q = i + 1;
    while (q < end && (text[q] == ' ' || text[q] == '\t' || text[q] == '\r' || text[q] == '\n'))
      q++;
    if (q < end && text[q] != '[' &&
        (ident_start((unsigned char)text[q]) || isdigit((unsigned char)text[q]) ||
         strchr("#@*'\"}", text[q]))) {
      member = 0;  // a new member (ASI, or the grammar's own)
      has_init = false;
      continue;
    }
    if (!member || has_init || q >= end || text[q] != '[' || q == i + 1 ||
        (text[q - 1] != ' ' && text[q - 1] != '\t'))
      continue;
    // the member's last word alone would be a modifier (`static`, `get` ...)
    size_t w = last_end;
    while (w > member && ident_part((unsigned char)text[w - 1]))
      w--;
    if (modifier_word(text + w, last_end - w))
      continue;
    if (!*out) {
      size_t len = strlen(text);
      *out = malloc(len + 1);
      if (!*out)
        ICE("out of memory");
      memcpy(*out, text, len + 1);
    }
    (*out)[q - 1] = ';';
    member = 0;
    has_init = false;
  }
}

typedef struct {
  const char *text;
  char *out;
} FieldFix;

static WalkStep semicolons_at(TSNode n, void *ctx) {
  FieldFix *f = ctx;
  if (!ts_node_has_error(n))
    return WALK_PAST;
  if (strcmp(ts_node_type(n), "class_body") == 0)
    semicolons_in_class_body(f->text, &f->out, ts_node_start_byte(n), ts_node_end_byte(n));
  return WALK_INTO;
}

// Only the subtrees that hold errors are visited.
static char *semicolons_after_fields(const char *text, TSNode root, char *out) {
  if (!ts_node_has_error(root) || !strstr(text, "class"))
    return out;
  FieldFix f = {text, out};
  walk_tree(root, semicolons_at, &f);
  return f.out;
}

typedef struct {
  const char *text;
  size_t len;
  char *out;
} LetJoin;

static WalkStep join_split_let_at(TSNode n, void *ctx) {
  LetJoin *j = ctx;
  if (strcmp(ts_node_type(n), "expression_statement") != 0)
    return WALK_INTO;
  TSNode id = ts_node_child(n, 0);
  TSNode next = ts_node_next_sibling(n);
  while (!ts_node_is_null(next) && strcmp(ts_node_type(next), "comment") == 0)
    next = ts_node_next_sibling(next);
  uint32_t at = ts_node_start_byte(id);
  if (ts_node_named_child_count(n) == 1 && strcmp(ts_node_type(id), "identifier") == 0 &&
      ts_node_end_byte(id) == at + 3 && memcmp(j->text + at, "let", 3) == 0 &&
      ts_node_end_byte(n) == at + 3 && !ts_node_is_null(next)) {
    uint32_t b = ts_node_start_byte(next);
    uint32_t blank = b;  // a space or tab in the gap, to make room for "let "
    while (blank > at + 3 && j->text[blank - 1] != ' ' && j->text[blank - 1] != '\t')
      blank--;
    if (blank > at + 3 && (ident_start((unsigned char)j->text[b]) || j->text[b] == '[')) {
      if (!j->out) {
        j->out = malloc(j->len + 1);
        if (!j->out)
          ICE("out of memory");
        memcpy(j->out, j->text, j->len + 1);
      }
      // "let" gap "x" -> gap-without-one-blank "let x"
      memcpy(j->out + at, j->text + at + 3, blank - 1 - (at + 3));
      memcpy(j->out + blank - 4, j->text + blank, b - blank);
      memcpy(j->out + b - 4, "let ", 4);
    }
  }
  return WALK_PAST;
}

// `let` at the end of a line begins a declaration when the next line
// starts with a name or `[` (`let\n// comment\nt;`, which Babel emits), but
// the grammar ends the statement after `let`, as if it were a name. Such a
// `let` moves to just before the binding, and the text between moves back
// over it less one blank: same length, same lines, and the binding keeps
// its position. NULL if there is none.
static char *join_split_lets(const char *text, size_t len, TSNode root) {
  bool maybe = false;
  for (const char *p = text; !maybe && (p = memchr(p, 'l', len - (size_t)(p - text))); p++)
    if ((size_t)(p - text) + 3 < len && p[1] == 'e' && p[2] == 't') {
      const char *q = p + 3;
      while (*q == ' ' || *q == '\t' || *q == '\r')
        q++;
      maybe = *q == '\n' || (*q == '/' && (q[1] == '/' || q[1] == '*'));
    }
  if (!maybe)
    return NULL;
  LetJoin j = {text, len, NULL};
  walk_tree(root, join_split_let_at, &j);
  return j.out;
}

static bool jsx_file(const char *path) {
  size_t n = strlen(path);
  return n > 4 && (strcmp(path + n - 4, ".tsx") == 0 || strcmp(path + n - 4, ".jsx") == 0);
}

// The first ERROR or MISSING node of [n] in source order (a cursor: see
// semicolons_after_fields).
static TSNode first_error(TSNode n) {
  TSTreeCursor c = ts_tree_cursor_new(n);
  for (;;) {
    n = ts_tree_cursor_current_node(&c);
    if (ts_node_is_error(n) || ts_node_is_missing(n) || !ts_tree_cursor_goto_first_child(&c))
      break;
    bool found = false;
    do
      found = ts_node_has_error(ts_tree_cursor_current_node(&c));
    while (!found && ts_tree_cursor_goto_next_sibling(&c));
    if (!found)
      break;  // [n] itself (the error is in no child)
  }
  ts_tree_cursor_delete(&c);
  return n;
}

static bool copy_needed(const Source *src) { return memchr(src->text, '\0', src->len) != NULL; }

// tree-sitter's error recovery can take exponential time on garbage (64 KB
// of random tokens: minutes); the parses of one file share 5 s of CPU plus
// 1 s per MB (source that parses cleanly needs a small fraction of that),
// then give up with NULL. CPU time, not wall time: a loaded build machine
// (make -j64) must never turn a valid program into a parse error.
static volatile size_t parse_cancel;
static int64_t parse_budget_us;  // what the current file's parses have left

static void on_parse_cpu_limit(int sig) {
  (void)sig;
  parse_cancel = 1;
}

static int64_t thread_cpu_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static TSTree *parse_bounded(TSParser *parser, const char *text, uint32_t len) {
  if (parse_budget_us <= 0)
    return NULL;
  struct sigaction sa, old_sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_parse_cpu_limit;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGVTALRM, &sa, &old_sa);
  struct itimerval limit = {.it_value = {(time_t)(parse_budget_us / 1000000),
                                         (suseconds_t)(parse_budget_us % 1000000)}};
  struct itimerval off = {{0, 0}, {0, 0}};
  parse_cancel = 0;
  ts_parser_set_cancellation_flag(parser, (const size_t *)&parse_cancel);
  int64_t t0 = thread_cpu_us();
  setitimer(ITIMER_VIRTUAL, &limit, NULL);
  TSTree *t = ts_parser_parse_string(parser, NULL, text, len);
  setitimer(ITIMER_VIRTUAL, &off, NULL);
  parse_budget_us -= thread_cpu_us() - t0;
  sigaction(SIGVTALRM, &old_sa, NULL);
  ts_parser_set_cancellation_flag(parser, NULL);
  if (!t)
    ts_parser_reset(parser);  // else the next parse would resume this one
  return t;
}

AstNode *parse_program(Source *src, bool typescript, bool module) {
  static TSParser *parser;
  if (!parser)
    parser = ts_parser_new();
  parse_budget_us = 5000000 + (int64_t)src->len;
  const TSLanguage *lang =
      typescript ? tree_sitter_typescript() : tree_sitter_javascript();
  if (!ts_parser_set_language(parser, lang))
    ICE("tree-sitter rejected the %s grammar (ABI mismatch)",
        typescript ? "TypeScript" : "JavaScript");
  if (src->len > UINT32_MAX / 2) {
    diag_error_as(src, source_span(src, 0, 0), NULL, "file too large");
    return NULL;
  }
  // tree-sitter's lexers take a NUL byte for the end of input. NUL is only
  // valid inside literals and comments, where any other character that is
  // not a line terminator parses the same; the builder reads literal values
  // from src->text, so it still sees the NUL.
  const char *input = src->text;
  char *copy = NULL;
  if (memchr(src->text, '\0', src->len)) {
    copy = malloc(src->len + 1);
    if (!copy)
      ICE("out of memory");
    for (size_t i = 0; i <= src->len; i++)
      copy[i] = src->text[i] ? src->text[i] : '\x01';
    input = copy;
  }
  TSTree *tree =
      parse_bounded(parser, input, (uint32_t)src->len);
  free(copy);
  if (!tree) {
    diag_error_as(src, source_span(src, 0, 0), "SyntaxError",
                  "too many syntax errors: the parser gave up on this file");
    return NULL;
  }
  TSNode root = ts_tree_root_node(tree);
  if (!copy_needed(src)) {
    char *joined = join_split_lets(src->text, src->len, root);
    TSTree *t2 = joined ? parse_bounded(parser, joined, (uint32_t)src->len) : NULL;
    if (t2 && ts_node_has_error(ts_tree_root_node(t2)) <= ts_node_has_error(root)) {
      ts_tree_delete(tree);
      tree = t2;
      root = ts_tree_root_node(tree);
      *src = *source_from_string(src->path, joined, src->len);
    } else if (t2) {
      ts_tree_delete(t2);
    }
    free(joined);
  }
  size_t fixed_len = src->len;
  char *fixed = ts_node_has_error(root) && !copy_needed(src)
                    ? quote_reserved_export_names(src->text, src->len, &fixed_len)
                    : NULL;
  uint32_t *static_accessors = NULL;
  int nstatic_accessors = 0;
  if (!fixed && typescript && ts_node_has_error(root) && !copy_needed(src)) {
    fixed = blank_type_star_exports(src->text, src->len);
    fixed = swap_static_declare(fixed ? fixed : src->text, src->len, fixed);
    char *more = blank_static_accessors(fixed ? fixed : src->text, src->len,
                                        &static_accessors, &nstatic_accessors);
    if (more) {
      free(fixed);
      fixed = more;
    }
  }
  if (!fixed && ts_node_has_error(root) && !copy_needed(src)) {
    // one field per round: an error can hide the class bodies after it
    TSTree *t = NULL;
    for (int round = 0; round < 64; round++) {
      char *more = semicolons_after_fields(fixed ? fixed : src->text,
                                           t ? ts_tree_root_node(t) : root, NULL);
      if (!more)
        break;
      free(fixed);
      fixed = more;
      if (t)
        ts_tree_delete(t);
      t = parse_bounded(parser, fixed, (uint32_t)fixed_len);
      if (!t || !ts_node_has_error(ts_tree_root_node(t)))
        break;
    }
    if (t)
      ts_tree_delete(t);
  }
  if (fixed) {
    TSTree *t2 = parse_bounded(parser, fixed, (uint32_t)fixed_len);
    if (t2 && !ts_node_has_error(ts_tree_root_node(t2))) {
      ts_tree_delete(tree);
      tree = t2;
      root = ts_tree_root_node(tree);
      *src = *source_from_string(src->path, fixed, fixed_len);
    } else if (t2) {
      ts_tree_delete(t2);
    }
    free(fixed);
  }
  ErrorWalk w = {src, 0, -1};
  if (ts_node_has_error(root) && jsx_file(src->path)) {
    // JSX is out of scope: one clear error where the parse first failed.
    TSNode bad = first_error(root);
    uint32_t at = ts_node_start_byte(bad);
    // The element's opening `<` earlier on that line, if there is one.
    for (uint32_t i = at; i > 0 && src->text[i - 1] != '\n'; i--)
      if (src->text[i - 1] == '<' && i < src->len &&
          (ident_start((unsigned char)src->text[i]) || src->text[i] == '>'))
        at = i - 1;
    diag_error(src, source_span(src, at, at + 1),
               "JSX is not supported: kiln compiles the TypeScript and JavaScript of a "
               ".tsx/.jsx file, not JSX elements");
    w.count++;
  }
  if (w.count == 0)
    report_syntax_errors(&w, root);
  AstNode *prog = NULL;
  if (w.count == 0) {
    Builder b = {.src = src, .text = src->text, .typescript = typescript,
                 .static_accessors = static_accessors,
                 .nstatic_accessors = nstatic_accessors};
    prog = build_program(&b, root, module);
    if (b.errors)
      prog = NULL;
  }
  ts_tree_delete(tree);
  free(static_accessors);
  return prog;
}
