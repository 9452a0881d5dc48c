// SPDX-License-Identifier: MIT
//
// stdlib.h: declarations shared among the ECMAScript built-in files
// (array.c, string.c, number.c, boolean.c, math.c, json.c, console.c and
// inspect.c): string helpers, inspect options and util.format.
#ifndef KILN_STDLIB_STDLIB_H
#define KILN_STDLIB_STDLIB_H

#include "internal.h"

// ToString(v) as a flat string, or NULL with the exception pending.
JsString *js_to_flat_string(JsRt *rt, JsValue v);

// --- string.c ----------------------------------------------------------------
// GetSubstitution (ECMA-262 #sec-getsubstitution), for String.prototype.replace
// and RegExp.prototype[Symbol.replace]: expands $$, $&, $`, $', $n, $nn and
// $<name> of [tmpl] for a match of [matched] at [pos] in [str]. [captures]
// holds [ncaptures] strings or undefined ($1 is captures[0]); [named] is the
// groups object or JS_UNDEFINED. Throws (getters on [named], ToString).
JsValue js_get_substitution(JsRt *rt, JsString *matched, JsString *str,
                            uint32_t pos, int ncaptures, const JsValue *captures,
                            JsValue named, JsString *tmpl);

// Collation (String.prototype.localeCompare, Intl.Collator through
// require('kiln:intl_text')): -1, 0 or 1 for [a] against [b] by the Unicode
// Collation Algorithm as ICU's root collation has it (collate.c). [flags]:
// the strength (JS_COLLATE_BASE: letters only; ACCENT: and accents; CASE:
// letters and case; 0: all three levels), NUMERIC (digit runs by value),
// UPPER_FIRST / LOWER_FIRST (caseFirst), IGNORE_PUNCT.
enum {
  JS_COLLATE_STRENGTH = 3, JS_COLLATE_BASE = 1, JS_COLLATE_ACCENT = 2, JS_COLLATE_CASE = 3,
  JS_COLLATE_NUMERIC = 4, JS_COLLATE_UPPER_FIRST = 8, JS_COLLATE_LOWER_FIRST = 16,
  JS_COLLATE_IGNORE_PUNCT = 32,
};
// collate.c is a member of libkiln_node.a (its table is 128 KB): a program
// links it when its code names localeCompare (compiler/module/builtin_refs.c),
// so core code (string.c) references it weakly.
int js_collate_compare(JsString *a, JsString *b, int flags);

// --- inspect.c ---------------------------------------------------------------
// util.inspect options that differ between console.log, %o and console.dir.
typedef struct JsInspectOpts {
  int depth;          // levels below the top that are expanded (node: 2)
  bool show_hidden;   // non-enumerable keys, array length (%o)
  bool colors;        // ANSI styles (console.dir, console.table under FORCE_COLOR)
} JsInspectOpts;
JsValue js_inspect_with(JsRt *rt, JsValue v, const JsInspectOpts *opts);

// util.format(...args): node's printf-like formatting of console arguments.
JsValue js_format_values(JsRt *rt, int argc, JsValue *argv);

// util.inspect(v, opts) and util.formatWithOptions(opts, ...args) with all of node's
// inspect options read from the object [opts] (depth, colors, compact, breakLength, ...).
JsValue js_inspect_options(JsRt *rt, JsValue v, JsValue opts);
JsValue js_format_values_opts(JsRt *rt, JsValue opts, int argc, JsValue *argv);
// util's inspect function, handed to [util.inspect.custom] methods as their third argument,
// and util.inspect.defaultOptions, which console.log then follows.
void js_inspect_set_util(JsValue fn, JsValue defaults);

// --- number.c ------------------------------------------------------------------
// Number/BigInt toLocaleString(locales, options) through Intl.NumberFormat when
// either is given and Intl is linked; else *handled = false (use the en-US code).
JsValue js_intl_to_locale_string(JsRt *rt, JsValue x, int argc, JsValue *argv,
                                 bool *handled);

#endif
