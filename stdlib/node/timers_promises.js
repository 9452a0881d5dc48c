// SPDX-License-Identifier: MIT
//
// timers_promises.js: node's `timers/promises`: promise-returning timers.
// (The built-in module table maps 'timers/promises' to this file.)
'use strict';

function setTimeoutP(delay, value) {
  return new Promise((resolve) => globalThis.setTimeout(() => resolve(value), delay));
}

function setImmediateP(value) {
  return new Promise((resolve) => globalThis.setImmediate(() => resolve(value)));
}

// for await (const v of setInterval(ms, value)): one value per tick.
async function* setIntervalP(delay, value) {
  for (;;) {
    await setTimeoutP(delay);
    yield value;
  }
}

module.exports = {
  setTimeout: setTimeoutP,
  setImmediate: setImmediateP,
  setInterval: setIntervalP,
  scheduler: {
    wait: (delay) => setTimeoutP(delay),
    yield: () => setImmediateP(),
  },
};
