// Kiln standard library: Node's `events` module, written for Kiln's library
// mode and compiled by Kiln itself when Kiln is built.
//
// Implements EventEmitter with Node 20's behaviour: on/addListener,
// prependListener, once, prependOnceListener, off/removeListener,
// removeAllListeners, emit (with the 'error' event rules and
// EventEmitter.errorMonitor), listeners, rawListeners, listenerCount,
// eventNames, setMaxListeners/getMaxListeners, the 'newListener' and
// 'removeListener' events and the MaxListenersExceededWarning;
// captureRejections (a rejected promise returned by a listener goes to
// emitter[Symbol.for('nodejs.rejection')] or to 'error'). Statics:
// EventEmitter.EventEmitter, defaultMaxListeners, errorMonitor,
// captureRejectionSymbol, captureRejections, once (promise-based, with
// signal, also for EventTargets), on (async iterator with signal and close),
// addAbortListener, listenerCount, getEventListeners/getMaxListeners/
// setMaxListeners (EventEmitters and EventTargets), init.
// Not implemented: EventEmitterAsyncResource.
//
// EventEmitter is a plain function so that both `class A extends
// EventEmitter {}` and the old `EventEmitter.call(this)` + inherits style work.
'use strict';
const kiln = require('kiln:internal');  // util.format / inspect natives
const { kEnhanceStackBeforeInspector } = kiln;

// ---- errors -------------------------------------------------------------

// The " Received ..." tail of Node's ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') return ' Received function ' + value.name;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && 'name' in ctor) return ' Received an instance of ' + ctor.name;
    const empty = Object.keys(value).length === 0;
    if (Object.getPrototypeOf(value) === null) {
      return ' Received [Object: null prototype]' + (empty ? ' {}' : '');
    }
    return ' Received ' + (empty ? '{}' : '[Object]');
  }
  if (typeof value === 'string') {
    let shown = value;
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    shown = shown.includes("'") ? JSON.stringify(shown) : "'" + shown + "'";
    return ' Received type string (' + shown + ')';
  }
  let shown;
  if (typeof value === 'number' && Object.is(value, -0)) shown = '-0';
  else if (typeof value === 'bigint') shown = String(value) + 'n';
  else shown = String(value);
  return ' Received type ' + typeof value + ' (' + shown + ')';
}

function invalidArgType(name, expected, value) {
  const kind = name.includes('.') ? '" property' : '" argument';
  const e = new TypeError('The "' + name + kind + ' must be of type ' +
                          expected + '.' + describeReceived(value));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw invalidArgType('listener', 'function', listener);
  }
}

function checkCount(n, name) {
  if (typeof n !== 'number') throw invalidArgType(name, 'number', n);
  if (n < 0 || Number.isNaN(n)) {
    const e = new RangeError('The value of "' + name + '" is out of range. ' +
                             'It must be >= 0. Received ' + n);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
}

// inspect() when the runtime provides it, a rough stand-in otherwise.
function inspectValue(value, opts) {
  if (typeof kiln.inspect === 'function') {
    return kiln.inspect(value, opts || {});
  }
  if (typeof value === 'string') return "'" + value + "'";
  if (typeof value === 'symbol') return value.toString();
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// ---- EventEmitter ---------------------------------------------------------

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const errorMonitor = Symbol('events.errorMonitor');
const captureRejectionSymbol = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;
let captureRejections = false;

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// Sets up the fields an emitter needs; also used lazily by the methods for
// objects whose constructor never called EventEmitter.
EventEmitter.init = function init(options) {
  if (this._events === undefined ||
      this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kShapeMode] = false;
  if (options && options.captureRejections !== undefined) {
    if (typeof options.captureRejections !== 'boolean') {
      throw invalidArgType('options.captureRejections', 'boolean',
                           options.captureRejections);
    }
    this[kCapture] = options.captureRejections;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype[kCapture] = false;

function eventsOf(target) {
  if (target._events === undefined) {
    target._events = Object.create(null);
    target._eventsCount = 0;
  }
  return target._events;
}

function maxListenersOf(target) {
  return target._maxListeners === undefined ? defaultMaxListeners
                                            : target._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkCount(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// What node prints for an unhandled 'error' event: the error's stack, then
// where it was emitted (Kiln's frames; `<anonymous>` when the emit came from
// inside the library). Called only when the error goes uncaught.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {}
  const frames = String(own.stack).split('\n').slice(1);
  if (frames.length === 0) frames.push('    at <anonymous>');
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${frames.join('\n')}`;
}

function unhandledError(err) {
  const e = new Error('Unhandled error. (' + inspectValue(err) + ')');
  e.code = 'ERR_UNHANDLED_ERROR';
  e.context = err;
  return e;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[errorMonitor] !== undefined) {
      this.emit(errorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) {
      const err = args[0];
      if (err instanceof Error) {
        const own = {};
        Error.captureStackTrace(own);
        try {
          Object.defineProperty(err, kEnhanceStackBeforeInspector, {
            value: enhanceStackTrace.bind(this, err, own), configurable: true,
          });
        } catch {}
        throw err;
      }
      throw unhandledError(err);
    }
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // Copy first: listeners may add or remove listeners while we run.
    const list = handler.slice();
    for (let i = 0; i < list.length; i++) {
      const result = Reflect.apply(list[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// captureRejections: a promise returned by a listener that rejects is reported through
// emitter[Symbol.for('nodejs.rejection')] or else as an 'error' event (on the next tick).
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      Reflect.apply(then, promise, [undefined, (err) => {
        process.nextTick(emitRejection, emitter, err, type, args);
      }]);
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[captureRejectionSymbol] === 'function') {
    emitter[captureRejectionSymbol](err, type, ...args);
    return;
  }
  const prev = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = prev;
  }
}

function warnTooMany(target, type, count, max) {
  const message = 'Possible EventEmitter memory leak detected. ' + count +
    ' ' + String(type) + ' listeners added to ' +
    inspectValue(target, { depth: -1 }) + '. MaxListeners is ' + max +
    '. Use emitter.setMaxListeners() to increase limit';
  const w = new Error(message);
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
    process.emitWarning(w);
  } else {
    console.error('(node:' + (typeof process !== 'undefined' ? process.pid : 0) +
                  ') MaxListenersExceededWarning: ' + message);
  }
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = eventsOf(target);
  // 'newListener' is announced before the listener is added.
  if (events.newListener !== undefined) {
    target.emit('newListener', type,
                listener.listener ? listener.listener : listener);
    events = eventsOf(target);
  }
  const existing = events[type];
  let list;
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  if (typeof existing === 'function') {
    list = prepend ? [listener, existing] : [existing, listener];
    events[type] = list;
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }
  const max = maxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnTooMany(target, type, list.length, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener =
  function prependListener(type, listener) {
    return addListener(this, type, listener, true);
  };

// The function registered by once(): removes itself, then calls the
// listener. Bound to its state, hence the name 'bound onceWrapper'.
function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapper);
  this.fired = true;
  return Reflect.apply(this.listener, this.target, args);
}

function makeOnceWrapper(target, type, listener) {
  const state = { fired: false, wrapper: undefined, target, type, listener };
  const wrapper = onceWrapper.bind(state);
  wrapper.listener = listener;
  state.wrapper = wrapper;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, makeOnceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener =
  function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, makeOnceWrapper(this, type, listener));
    return this;
  };

EventEmitter.prototype.removeListener =
  function removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const existing = events[type];
    if (existing === undefined) return this;

    if (existing === listener || existing.listener === listener) {
      this._eventsCount--;
      if (this[kShapeMode]) events[type] = undefined;
      else if (this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
      if (events.removeListener !== undefined) {
        this.emit('removeListener', type, existing.listener || listener);
      }
      return this;
    }
    if (typeof existing === 'function') return this;

    // Remove the most recently added match.
    let position = -1;
    for (let i = existing.length - 1; i >= 0; i--) {
      if (existing[i] === listener || existing[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    existing.splice(position, 1);
    if (existing.length === 1) events[type] = existing[0];
    // Node reports the function as passed here (for a once() listener
    // removing itself, that is the wrapper).
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
    return this;
  };
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners =
  function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;

    // Without 'removeListener' listeners nothing needs announcing.
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
      }
      return this;
    }

    if (arguments.length === 0) {
      for (const key of Reflect.ownKeys(events)) {
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = Object.create(null);
      this._eventsCount = 0;
      return this;
    }

    const listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      // Last in, first out.
      for (let i = listeners.length - 1; i >= 0; i--) {
        this.removeListener(type, listeners[i]);
      }
    }
    return this;
  };

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  const list = typeof found === 'function' ? [found] : found.slice();
  if (unwrap) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener) list[i] = list[i].listener;
    }
  }
  return list;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const found = events[type];
  if (found === undefined) return 0;
  const list = typeof found === 'function' ? [found] : found;
  if (listener === undefined || listener === null) return list.length;
  let count = 0;
  for (const l of list) {
    if (l === listener || l.listener === listener) count++;
  }
  return count;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- statics --------------------------------------------------------------

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.errorMonitor = errorMonitor;
EventEmitter.captureRejectionSymbol = captureRejectionSymbol;

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return captureRejections; },
  set(value) {
    if (typeof value !== 'boolean') {
      throw invalidArgType('EventEmitter.captureRejections', 'boolean', value);
    }
    captureRejections = value;
    EventEmitter.prototype[kCapture] = value;
  },
});

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    checkCount(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});

// Deprecated static form: EventEmitter.listenerCount(emitter, type).
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return listenerCount.call(emitter, type);
};

// ---- statics that also take EventTargets ----------------------------------------

function webEvents() {
  return require('kiln:internal_event_target');
}

function isEmitter(value) {
  return value !== null && typeof value === 'object' && typeof value.listeners === 'function' &&
    typeof value.on === 'function';
}

function emitterOrTargetError(name, value) {
  const e = new TypeError('The "' + name + '" argument must be an instance of EventEmitter ' +
                          'or EventTarget.' + describeReceived(value));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

EventEmitter.getEventListeners = function getEventListeners(emitterOrTarget, type) {
  if (isEmitter(emitterOrTarget)) return emitterOrTarget.listeners(type);
  const web = webEvents();
  if (web.isEventTarget(emitterOrTarget)) return web.eventTargetListeners(emitterOrTarget, type);
  throw emitterOrTargetError('emitter', emitterOrTarget);
};

EventEmitter.getMaxListeners = function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && typeof emitterOrTarget === 'object' &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  const web = webEvents();
  if (web.isEventTarget(emitterOrTarget)) return web.getEventTargetMax(emitterOrTarget);
  throw emitterOrTargetError('emitter', emitterOrTarget);
};

EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  checkCount(n, 'setMaxListeners');
  if (targets.length === 0) {
    defaultMaxListeners = n;
    webEvents().defaultMaxListeners.value = n;
    return;
  }
  const web = webEvents();
  for (const target of targets) {
    if (web.isEventTarget(target)) {
      web.setEventTargetMax(target, n);
    } else if (target !== null && typeof target === 'object' &&
               typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw emitterOrTargetError('eventTargets', target);
    }
  }
};

function abortError(signal) {
  const { AbortError } = require('kiln:internal_abort');
  return new AbortError(undefined, { cause: signal === undefined ? undefined : signal.reason });
}

function checkOptions(options) {
  // As in node, only the signal is validated.
  const signal = options === null || options === undefined ? undefined : options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    const e = new TypeError('The "options.signal" property must be an instance of ' +
                            'AbortSignal.' + describeReceived(signal));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return signal;
}

// Resolves with the arguments of the next `name` event (an EventTarget's: [event]);
// rejects if 'error' is emitted first (unless `name` is 'error') or the signal aborts.
EventEmitter.once = async function once(emitter, name, options = {}) {
  const signal = checkOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const web = webEvents();
    let onAbort = null;
    if (web.isEventTarget(emitter)) {
      const onEvent = (event) => {
        if (onAbort) signal.removeEventListener('abort', onAbort);
        resolve([event]);
      };
      emitter.addEventListener(name, onEvent, { once: true });
      if (signal) {
        onAbort = () => {
          emitter.removeEventListener(name, onEvent);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      return;
    }
    let onError;
    const onEvent = (...args) => {
      if (onError !== undefined) emitter.removeListener('error', onError);
      if (onAbort) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    emitter.once(name, onEvent);
    if (name !== 'error') {
      onError = (err) => {
        emitter.removeListener(name, onEvent);
        if (onAbort) signal.removeEventListener('abort', onAbort);
        reject(err);
      };
      emitter.once('error', onError);
    }
    if (signal) {
      onAbort = () => {
        emitter.removeListener(name, onEvent);
        if (onError !== undefined) emitter.removeListener('error', onError);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
};

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// for await (const args of on(emitter, 'name', { signal, close })): every event's arguments
// (an EventTarget's: the event), buffered while nobody waits; 'error' rejects the next read,
// an event listed in `close` ends the iteration.
EventEmitter.on = function on(emitter, event, options = {}) {
  const signal = checkOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  const events = [];
  const waiting = [];
  let error = null;
  let finished = false;
  const removers = [];
  const web = webEvents();
  const listen = (name, fn) => {
    if (web.isEventTarget(emitter)) {
      emitter.addEventListener(name, fn);
      removers.push(() => emitter.removeEventListener(name, fn));
    } else {
      emitter.on(name, fn);
      removers.push(() => emitter.removeListener(name, fn));
    }
  };
  function closeHandler() {
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
    for (const remove of removers.splice(0)) remove();
    finished = true;
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }
  function errorHandler(err) {
    if (waiting.length === 0) error = err;
    else waiting.shift().reject(err);
    closeHandler();
  }
  function eventHandler(value) {
    if (waiting.length === 0) events.push(value);
    else waiting.shift().resolve({ value, done: false });
  }
  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) return Promise.resolve({ value: events.shift(), done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
  if (web.isEventTarget(emitter)) listen(event, eventHandler);
  else listen(event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
  const close = options === null || options === undefined ? undefined : options.close;
  if (close && close.length) for (const name of close) listen(name, closeHandler);
  let onAbort = null;
  if (signal) {
    onAbort = () => errorHandler(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  }
  return iterator;
};

// Calls `listener` once `signal` aborts (in a microtask if it already has); the result's
// [Symbol.dispose]() removes it.
EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  if (signal === undefined) {
    const e = new TypeError('The "signal" argument must be specified');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    const e = new TypeError('The "signal" argument must be an instance of AbortSignal.' +
                            describeReceived(signal));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  let removed = false;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  const dispose = Symbol.dispose || Symbol.for('nodejs.dispose');
  return {
    [dispose]() {
      if (!removed) {
        removed = true;
        signal.removeEventListener('abort', listener);
      }
    },
  };
};

module.exports = EventEmitter;
