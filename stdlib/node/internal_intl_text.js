// SPDX-License-Identifier: MIT
//
// internal_intl_text.js: (being written) Intl constructors; each export becomes
// a property of Intl (internal_intl.js).
'use strict';

module.exports = {};
