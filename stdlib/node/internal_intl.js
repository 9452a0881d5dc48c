// SPDX-License-Identifier: MIT
//
// internal_intl.js: the Intl namespace object (ECMA-402), loaded the first
// time a program names the global `Intl` (node_tables.def). The
// constructors live by concern:
//   internal_intl_locale.js  tags, locale lists and options (shared)
//   internal_intl_number.js  NumberFormat, PluralRules, Locale
//   internal_intl_date.js    DateTimeFormat, RelativeTimeFormat, ListFormat,
//                            DisplayNames
//   internal_intl_text.js    Collator, Segmenter
'use strict';

const L = require('kiln:internal_intl_locale');

const Intl = {};
L.defineTag(Intl, 'Intl');
L.defineMethods(Intl, {
  getCanonicalLocales(locales) { return L.canonicalizeLocaleList(locales); },
});
for (const part of [require('kiln:internal_intl_number'), require('kiln:internal_intl_date'),
                    require('kiln:internal_intl_text')]) {
  L.defineMethods(Intl, part);
}

module.exports = { Intl };
