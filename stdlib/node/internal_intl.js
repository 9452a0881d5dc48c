// SPDX-License-Identifier: MIT
//
// internal_intl.js: the Intl namespace object (ECMA-402), loaded the first
// time a program names the global `Intl` (node_tables.def) or
// toLocaleString (compiler/module/builtin_refs.c). The constructors live by
// concern:
//   internal_intl_locale.js  tags, locale lists and options (shared)
//   internal_intl_number.js  NumberFormat, PluralRules, Locale
//   internal_intl_date.js    DateTimeFormat, RelativeTimeFormat, ListFormat,
//                            DisplayNames
//   internal_intl_text.js    Collator, Segmenter
'use strict';

const L = require('kiln:internal_intl_locale');
const number = require('kiln:internal_intl_number');

const Intl = {};
L.defineTag(Intl, 'Intl');
L.defineMethods(Intl, {
  getCanonicalLocales(locales) { return L.canonicalizeLocaleList(locales); },
});
const parts = Object.assign({}, require('kiln:internal_intl_date'), require('kiln:internal_intl_text'));
for (const k of Object.keys(number)) parts[k] = number[k];
// Node's order of Intl's properties; anything else after.
const ORDER = ['supportedValuesOf', 'DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules',
  'RelativeTimeFormat', 'ListFormat', 'Locale', 'DisplayNames', 'Segmenter'];
const ordered = {};
for (const k of ORDER) if (k in parts) ordered[k] = parts[k];
for (const k of Object.keys(parts)) if (!(k in ordered)) ordered[k] = parts[k];
L.defineMethods(Intl, ordered);

module.exports = { Intl, numberToLocaleString: number.numberToLocaleString };
