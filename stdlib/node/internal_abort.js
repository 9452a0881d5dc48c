// SPDX-License-Identifier: MIT
//
// internal_abort.js: node's AbortController and AbortSignal (lazy globals, see
// stdlib/node/bindings.c), on the EventTarget of internal_event_target.js.
//
// abort(reason) stores the reason (by default a DOMException named AbortError, "This
// operation was aborted") and dispatches a trusted 'abort' event, which also calls the
// `onabort` handler. AbortSignal.timeout(ms) aborts from an unref'd timer (it does not keep
// the process alive) with a TimeoutError DOMException; AbortSignal.any([...]) follows the
// given signals.
'use strict';
const {
  EventTarget, Event, DOMException, nodeError, invalidArgType, initTarget, dispatchTrusted,
} = require('kiln:internal_event_target');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// node's customInspect of AbortSignal/AbortController: the object itself
// past the depth, else "Name { ... }" one level deeper.
function customInspect(self, name, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const fmt = typeof inspect === 'function' ? inspect : require('kiln:internal').inspect;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return name + ' ' + fmt(obj, opts);
}
const kSignal = Symbol('kiln.abort.state');
let constructing = false;

function signalState(self) {
  if (self === null || typeof self !== 'object' ||
      !Object.prototype.hasOwnProperty.call(self, kSignal)) {
    throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type AbortSignal');
  }
  return self[kSignal];
}

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function abortSignal(signal, reason) {
  const s = signal[kSignal];
  if (s.aborted) return;
  s.aborted = true;
  s.reason = reason;
  if (s.timer !== null) {
    clearTimeout(s.timer);
    s.timer = null;
  }
  dispatchTrusted(signal, new Event('abort'));
  for (const dep of s.dependents) {
    const d = dep.deref ? dep.deref() : dep;
    if (d !== undefined) abortSignal(d, reason);
  }
  s.dependents = [];
}

function defaultReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  constructor() {
    if (!constructing) {
      throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    }
    super();
    Object.defineProperty(this, kSignal, {
      value: { aborted: false, reason: undefined, onabort: null, handler: null, timer: null,
               dependents: [] },
      enumerable: false, writable: false, configurable: false,
    });
  }

  get aborted() { return signalState(this).aborted; }
  get reason() { return signalState(this).reason; }

  throwIfAborted() {
    const s = signalState(this);
    if (s.aborted) throw s.reason;
  }

  get onabort() { return signalState(this).onabort; }
  set onabort(fn) {
    const s = signalState(this);
    const value = typeof fn === 'function' || (fn !== null && typeof fn === 'object') ? fn : null;
    if (s.handler === null && value !== null) {
      s.handler = function onabortHandler(event) {
        const h = s.onabort;
        if (typeof h === 'function') return h.call(this, event);
        return undefined;
      };
      this.addEventListener('abort', s.handler);
    } else if (s.handler !== null && value === null) {
      this.removeEventListener('abort', s.handler);
      s.handler = null;
    }
    s.onabort = value;
  }

  [inspectCustom](depth, options, inspect) {
    // node's signals carry enumerable symbol-keyed state, so past the depth
    // they print as [AbortSignal] (a controller, with none, as "AbortController {}").
    if (depth < 0 && options && typeof options.stylize === 'function') {
      return options.stylize('[AbortSignal]', 'special');
    }
    return customInspect(this, 'AbortSignal', { aborted: signalState(this).aborted },
                         depth, options, inspect);
  }

  static abort(reason = defaultReason()) {
    const signal = newSignal();
    const s = signal[kSignal];
    s.aborted = true;
    s.reason = reason;
    return signal;
  }

  static timeout(delay) {
    if (typeof delay !== 'number') {
      throw invalidArgType('delay', 'of type number', delay);
    }
    if (!Number.isInteger(delay)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                      'The value of "delay" is out of range. It must be an integer. Received ' +
                      String(delay));
    }
    if (delay < 0 || delay > 4294967295) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                      'The value of "delay" is out of range. It must be >= 0 && <= 4294967295.' +
                      ' Received ' + formatNumber(delay));
    }
    const signal = newSignal();
    const s = signal[kSignal];
    s.timer = setTimeout(() => {
      s.timer = null;
      abortSignal(signal, new DOMException('The operation was aborted due to timeout',
                                           'TimeoutError'));
    }, delay);
    if (s.timer && typeof s.timer.unref === 'function') s.timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) {
      throw invalidArgType('signals', 'an instance of Array', signals);
    }
    signals.forEach((sig, i) => {
      if (sig === null || typeof sig !== 'object' ||
          !Object.prototype.hasOwnProperty.call(sig, kSignal)) {
        throw invalidArgType('The "signals[' + i + ']" argument', 'an instance of AbortSignal',
                             sig);
      }
    });
    const result = newSignal();
    for (const sig of signals) {
      if (sig[kSignal].aborted) {
        const s = result[kSignal];
        s.aborted = true;
        s.reason = sig[kSignal].reason;
        return result;
      }
    }
    for (const sig of signals) sig[kSignal].dependents.push(result);
    return result;
  }
}

function formatNumber(n) {
  const s = String(n);
  if (!Number.isInteger(n) || Math.abs(n) < 1000) return s;
  let out = '';
  let digits = s.replace('-', '');
  while (digits.length > 3) {
    out = '_' + digits.slice(-3) + out;
    digits = digits.slice(0, -3);
  }
  return (n < 0 ? '-' : '') + digits + out;
}

// As in node, reason and throwIfAborted are not enumerable.
for (const key of ['aborted', 'onabort']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, key);
  d.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, key, d);
}
for (const key of ['abort', 'timeout', 'any']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal, key);
  d.enumerable = true;
  Object.defineProperty(AbortSignal, key, d);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

const kController = Symbol('kiln.abortController.signal');

class AbortController {
  constructor() {
    Object.defineProperty(this, kController, {
      value: newSignal(), enumerable: false, writable: false, configurable: false,
    });
  }

  get signal() {
    if (this === null || typeof this !== 'object' ||
        !Object.prototype.hasOwnProperty.call(this, kController)) {
      throw nodeError(TypeError, 'ERR_INVALID_THIS',
                      'Value of "this" must be of type AbortController');
    }
    return this[kController];
  }

  abort(reason = defaultReason()) {
    abortSignal(this.signal, reason);
  }

  [inspectCustom](depth, options, inspect) {
    return customInspect(this, 'AbortController', { signal: this.signal }, depth, options,
                         inspect);
  }
}
for (const key of ['signal', 'abort']) {
  const d = Object.getOwnPropertyDescriptor(AbortController.prototype, key);
  d.enumerable = true;
  Object.defineProperty(AbortController.prototype, key, d);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// node's internal AbortError (timers/promises, events.once/on, stream): an Error named
// AbortError with code ABORT_ERR.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// An AbortSignal's abort for other internal modules (timers/promises, events).
function isAbortSignal(value) {
  return value !== null && typeof value === 'object' &&
    Object.prototype.hasOwnProperty.call(value, kSignal);
}

void initTarget;
module.exports = {
  AbortController,
  AbortSignal,
  // internal
  AbortError,
  isAbortSignal,
  abortSignal,
  defaultReason,
};
