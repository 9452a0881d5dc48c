// SPDX-License-Identifier: MIT
//
// util_types.js: node's `util/types`, the same object as require('util').types.
'use strict';
module.exports = require('util').types;
