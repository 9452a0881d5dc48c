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

#include <stdio.h>
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

static SrcSpan node_span(Source *src, TSNode n) {
  return source_span(src, ts_node_start_byte(n), ts_node_end_byte(n));
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
    fprintf(stderr, "%s: error: too many syntax errors, stopping\n",
            w->src->path);
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

// An ERROR node: name the first token tree-sitter could not place. A nested
// ERROR is usually closer to the real problem than the outer one's start.
static void report_error_node(ErrorWalk *w, TSNode n) {
  if (!report_more(w))
    return;
  w->count++;
  for (int guard = 0; guard < 64; guard++) {
    TSNode inner = {0};
    uint32_t count = ts_node_child_count(n);
    for (uint32_t i = 0; i < count && ts_node_is_null(inner); i++) {
      TSNode c = ts_node_child(n, i);
      if (ts_node_is_error(c) && ts_node_end_byte(c) > ts_node_start_byte(c))
        inner = c;
    }
    if (ts_node_is_null(inner))
      break;
    n = inner;
  }
  TSNode leaf = first_leaf(n);
  uint32_t start = ts_node_start_byte(leaf), end = ts_node_end_byte(leaf);
  if (w->last_at == start) {
    w->count--;
    return;
  }
  w->last_at = start;
  const char *text = w->src->text + start;
  size_t len = end - start;
  SrcSpan at = source_span(w->src, start, end);
  if (start >= w->src->len) {
    diag_error(w->src, at, "unexpected end of input");
    return;
  }
  char c = text[0];
  if ((c == '"' || c == '\'') && !string_closes(w->src, start)) {
    diag_error(w->src, at, "unterminated string literal");
    return;
  }
  if (c == '`' && len <= 1 && ts_node_end_byte(n) >= w->src->len) {
    diag_error(w->src, at, "unterminated template literal");
    return;
  }
  if (c == '/' && len >= 2 && text[1] == '*') {
    diag_error(w->src, at, "unterminated comment");
    return;
  }
  if (len == 0) {
    diag_error(w->src, at, "unexpected token");
    return;
  }
  // Show at most one line and 40 bytes of the token.
  size_t show = 0;
  while (show < len && show < 40 && text[show] != '\n' && text[show] != '\r')
    show++;
  diag_error(w->src, at, "unexpected token '%.*s'", (int)show, text);
}

// A MISSING node: tree-sitter's name for it is what was expected.
static void report_missing_node(ErrorWalk *w, TSNode n) {
  if (!report_more(w))
    return;
  w->count++;
  const char *type = ts_node_type(n);
  SrcSpan at = node_span(w->src, n);
  if (w->last_at == at.start) {
    w->count--;
    return;
  }
  w->last_at = at.start;
  if (ts_node_is_named(n))
    diag_error(w->src, at, "expected %s", type);
  else
    diag_error(w->src, at, "expected '%s'", type);
}

// Visits every ERROR and MISSING node, pruning subtrees without errors.
static void report_syntax_errors(ErrorWalk *w, TSNode root) {
  if (!ts_node_has_error(root))
    return;
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    bool descend = false;
    if (ts_node_is_missing(n))
      report_missing_node(w, n);
    else if (ts_node_is_error(n))
      report_error_node(w, n);
    else
      descend = ts_node_has_error(n);
    if (descend && ts_tree_cursor_goto_first_child(&c))
      continue;
    while (!ts_tree_cursor_goto_next_sibling(&c))
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return;
      }
  }
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

static bool copy_needed(const Source *src) { return memchr(src->text, '\0', src->len) != NULL; }

AstNode *parse_program(Source *src, bool typescript, bool module) {
  static TSParser *parser;
  if (!parser)
    parser = ts_parser_new();
  const TSLanguage *lang =
      typescript ? tree_sitter_typescript() : tree_sitter_javascript();
  if (!ts_parser_set_language(parser, lang))
    ICE("tree-sitter rejected the %s grammar (ABI mismatch)",
        typescript ? "TypeScript" : "JavaScript");
  if (src->len > UINT32_MAX / 2) {
    diag_error(src, source_span(src, 0, 0), "file too large");
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
      ts_parser_parse_string(parser, NULL, input, (uint32_t)src->len);
  free(copy);
  if (!tree)
    ICE("tree-sitter returned no tree");
  TSNode root = ts_tree_root_node(tree);
  size_t fixed_len;
  char *fixed = ts_node_has_error(root) && !copy_needed(src)
                    ? quote_reserved_export_names(src->text, src->len, &fixed_len)
                    : NULL;
  if (fixed) {
    TSTree *t2 = ts_parser_parse_string(parser, NULL, fixed, (uint32_t)fixed_len);
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
  report_syntax_errors(&w, root);
  AstNode *prog = NULL;
  if (w.count == 0) {
    Builder b = {.src = src, .text = src->text, .typescript = typescript};
    prog = build_program(&b, root, module);
    if (b.errors)
      prog = NULL;
  }
  ts_tree_delete(tree);
  return prog;
}
