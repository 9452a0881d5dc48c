// SPDX-License-Identifier: MIT
//
// assert_strict.js: node's `assert/strict`, the same object as require('assert').strict.
'use strict';
module.exports = require('assert').strict;
