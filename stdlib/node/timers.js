// SPDX-License-Identifier: MIT
//
// timers.js: node's `timers` module: the global timer functions, as a module.
'use strict';
module.exports = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
  setImmediate: globalThis.setImmediate,
  clearImmediate: globalThis.clearImmediate,
  promises: require('timers/promises'),
};
