// SPDX-License-Identifier: MIT
//
// timers_promises.js: node's `timers/promises`: promise-returning timers.
// (The built-in module table maps 'timers/promises' to this file.)
//
// Options as in node: { signal, ref }. A bad argument rejects the returned promise (never a
// synchronous throw); an aborted signal rejects with node's AbortError ('The operation was
// aborted', code ABORT_ERR, cause = the signal's reason) and clears the timer; ref: false
// unrefs it. setInterval returns an async iterator yielding `value` once per interval
// (ticks that happen while nobody awaits are counted and delivered later).
'use strict';

const { AbortError } = require('kiln:internal_abort');
const { invalidArgType } = require('kiln:internal_event_target');

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  const { signal, ref } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' ||
                               !('aborted' in signal))) {
    throw invalidArgType('The "options.signal" property', 'an instance of AbortSignal', signal);
  }
  if (ref !== undefined && typeof ref !== 'boolean') {
    throw invalidArgType('The "options.ref" property', 'of type boolean', ref);
  }
  return { signal, ref: ref !== false };
}

function abortedError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// One timer-backed promise: start(resolve) returns the handle, stop(handle) cancels it.
function timerPromise(options, start, stop) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortedError(signal));
  let onAbort = null;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve);
    if (!ref && handle && typeof handle.unref === 'function') handle.unref();
    if (signal) {
      onAbort = () => {
        stop(handle);
        reject(abortedError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  // As in node, a signal's listener is removed in a finally step (its extra microtask hops
  // are visible in the order of settlements).
  return signal ? promise.finally(() => signal.removeEventListener('abort', onAbort)) : promise;
}

function setTimeoutP(delay, value, options = {}) {
  return timerPromise(options, (done) => globalThis.setTimeout(() => done(value), delay),
                      (h) => globalThis.clearTimeout(h));
}

function setImmediateP(value, options = {}) {
  return timerPromise(options, (done) => globalThis.setImmediate(() => done(value)),
                      (h) => globalThis.clearImmediate(h));
}

function setIntervalP(delay, value, options = {}) {
  let opts;
  let error = null;
  try {
    opts = validateOptions(options);
  } catch (err) {
    error = err;
  }
  const signal = opts && opts.signal;
  let ticks = 0;
  let waiting = null;  // { resolve, reject } of a pending next()
  let done = false;
  let timer = null;
  let onAbort = null;
  function finish() {
    done = true;
    if (timer !== null) globalThis.clearInterval(timer);
    timer = null;
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
  if (error === null && !(signal && signal.aborted)) {
    timer = globalThis.setInterval(() => {
      ticks++;
      if (waiting) {
        const w = waiting;
        waiting = null;
        ticks--;
        w.resolve({ value, done: false });
      }
    }, delay);
    if (!opts.ref && typeof timer.unref === 'function') timer.unref();
    if (signal) {
      onAbort = () => {
        finish();
        if (waiting) {
          const w = waiting;
          waiting = null;
          w.reject(abortedError(signal));
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  }
  return {
    next() {
      if (error !== null) {
        const e = error;
        error = null;
        done = true;
        return Promise.reject(e);
      }
      if (signal && signal.aborted && !done) {
        finish();
        return Promise.reject(abortedError(signal));
      }
      if (signal && signal.aborted) return Promise.reject(abortedError(signal));
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (ticks > 0) {
        ticks--;
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
    },
    return() {
      finish();
      if (waiting) {
        const w = waiting;
        waiting = null;
        w.resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

const scheduler = {
  wait(delay, options) { return setTimeoutP(delay, undefined, options); },
  yield() { return setImmediateP(); },
};

module.exports = {
  setTimeout: setTimeoutP,
  setImmediate: setImmediateP,
  setInterval: setIntervalP,
  scheduler,
};
