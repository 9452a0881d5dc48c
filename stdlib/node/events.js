// Kiln standard library: Node's `events` module, written for Kiln's library
// mode and compiled by Kiln itself when Kiln is built.
//
// Implements EventEmitter with Node 20's behaviour: on/addListener,
// prependListener, once, prependOnceListener, off/removeListener,
// removeAllListeners, emit (with the 'error' event rules and
// EventEmitter.errorMonitor), listeners, rawListeners, listenerCount,
// eventNames, setMaxListeners/getMaxListeners, the 'newListener' and
// 'removeListener' events and the MaxListenersExceededWarning. Statics:
// EventEmitter.EventEmitter, defaultMaxListeners, errorMonitor,
// captureRejectionSymbol, captureRejections (accepted, rejections of async
// listeners are not captured), once (promise-based), listenerCount,
// getEventListeners, getMaxListeners, setMaxListeners, init.
// Not implemented: EventEmitter.on (async iterator), addAbortListener,
// EventEmitterAsyncResource, EventTarget support.
//
// EventEmitter is a plain function so that both `class A extends
// EventEmitter {}` and the old `EventEmitter.call(this)` + inherits style work.
'use strict';
const kiln = require('kiln:internal');  // util.format / inspect natives

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
  const e = new TypeError('The "' + name + '" argument must be of type ' +
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
      if (err instanceof Error) throw err;
      throw unhandledError(err);
    }
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    Reflect.apply(handler, this, args);
  } else {
    // Copy first: listeners may add or remove listeners while we run.
    const list = handler.slice();
    for (let i = 0; i < list.length; i++) Reflect.apply(list[i], this, args);
  }
  return true;
};

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

EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
  return emitter.listeners(type);
};

EventEmitter.getMaxListeners = function getMaxListeners(emitter) {
  return emitter.getMaxListeners();
};

EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  checkCount(n, 'n');
  if (targets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (const target of targets) target.setMaxListeners(n);
  }
};

// Resolves with the arguments of the next `name` event; rejects if 'error'
// is emitted first (unless `name` is 'error' itself).
EventEmitter.once = function once(emitter, name, options) {
  const signal = options ? options.signal : undefined;
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) {
      const e = new Error('The operation was aborted');
      e.name = 'AbortError';
      e.code = 'ABORT_ERR';
      e.cause = signal.reason;
      reject(e);
      return;
    }
    let onError;
    const onEvent = (...args) => {
      if (onError !== undefined) emitter.removeListener('error', onError);
      resolve(args);
    };
    emitter.once(name, onEvent);
    if (name !== 'error') {
      onError = (err) => {
        emitter.removeListener(name, onEvent);
        reject(err);
      };
      emitter.once('error', onError);
    }
  });
};

module.exports = EventEmitter;
