// SPDX-License-Identifier: MIT
//
// process.js: node's `process` module is the process object itself
// (stdlib/node/process.c makes it).
'use strict';

module.exports = globalThis.process;
