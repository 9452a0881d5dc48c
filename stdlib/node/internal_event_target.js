// SPDX-License-Identifier: MIT
//
// internal_event_target.js: node's web-platform event classes, installed as the lazy
// globals EventTarget, Event, CustomEvent and DOMException (stdlib/node/bindings.c).
//
// EventTarget keeps, per event type, a linked list of listener records like node's: a
// listener appended while an event is being dispatched is still called by that dispatch, a
// removed one is skipped. Listeners are functions (called with `this` = the target) or
// objects with handleEvent; options once, capture, passive and signal are honoured. An
// exception thrown by a listener does not stop the dispatch: it is rethrown on the next tick
// as an uncaught exception, as node does. More than the maximum (10, events.setMaxListeners)
// listeners of one type print node's MaxListenersExceededWarning once.
//
// DOMException has node's names, legacy codes and constants; name, message and code are
// prototype getters and the only own property is `stack`.
//
// Also exported for the other internal modules: the node-style error helpers and the
// internal hooks AbortSignal needs (kTrusted dispatch, listener counting).
'use strict';

// ---- node-style errors ------------------------------------------------------------------

function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') {
    return ' Received function ' + (value.name || '<anonymous>');
  }
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return ' Received an instance of ' + ctor.name;
    return ' Received ' + require('kiln:internal').inspect(value, { depth: -1 });
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
  else if (typeof value === 'symbol') shown = value.toString();
  else shown = String(value);
  return ' Received type ' + typeof value + ' (' + shown + ')';
}

function nodeError(Ctor, code, message) {
  const e = new Ctor(message);
  Object.defineProperty(e, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  // node's errors print as "TypeError [CODE]: message" in their stack's first line.
  if (typeof e.stack === 'string') {
    const name = Ctor.name;
    const head = name + ': ';
    if (e.stack.startsWith(head)) {
      e.stack = name + ' [' + code + ']: ' + e.stack.slice(head.length);
    }
  }
  return e;
}

// what: 'The "x" argument'; expected: 'of type function' or 'an instance of Event'.
function invalidArgType(name, expected, value) {
  const what = name.includes(' ') ? name : 'The "' + name + '" argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   what + ' must be ' + expected + '.' + describeReceived(value));
}

function missingArgs(name) {
  return nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified');
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

function validateObjectOrNullish(value, name) {
  if (value !== undefined && value !== null && typeof value !== 'object' &&
      typeof value !== 'function') {
    throw invalidArgType('The "' + name + '" argument', 'of type object', value);
  }
}

// ---- DOMException -----------------------------------------------------------------------

const domNames = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const domCodes = new Map(domNames.map(([name], i) => [name, i + 1]));
const domState = new WeakMap();  // DOMException -> { name, message, code }

function domInternal(self, what) {
  const s = domState.get(self);
  if (s === undefined) throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of DOMException');
  return s[what];
}

class DOMException {
  constructor(message = '', options = 'Error') {
    const msg = String(message);
    let name;
    let cause;
    let hasCause = false;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? String(options.name) : 'Error';
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      name = String(options);
    }
    domState.set(this, { name, message: msg, code: domCodes.get(name) || 0 });
    if (hasCause) {
      Object.defineProperty(this, 'cause', {
        value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
    Error.captureStackTrace(this, DOMException);
    if (typeof this.stack === 'string') {
      // The stack's first line is Error.prototype.toString of the exception.
      const nl = this.stack.indexOf('\n    at');
      const head = msg === '' ? name : name + ': ' + msg;
      this.stack = head + (nl < 0 ? '' : this.stack.slice(nl));
    }
  }

  get name() { return domInternal(this, 'name'); }
  get message() { return domInternal(this, 'message'); }
  get code() { return domInternal(this, 'code'); }
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  d.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, d);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
domNames.forEach(([, constant], i) => {
  const d = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, d);
  Object.defineProperty(DOMException.prototype, constant, d);
});

// ---- Event ------------------------------------------------------------------------------

const kState = Symbol('kiln.event.state');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

const perfClock = require('kiln:perf');
function timeOrigin() {
  return perfClock.now();
}

function eventState(self, Ctor) {
  if (self === null || typeof self !== 'object' || !Object.prototype.hasOwnProperty.call(self, kState)) {
    throw invalidThis(Ctor || 'Event');
  }
  return self[kState];
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    validateObjectOrNullish(options, 'options');
    const o = options || {};
    Object.defineProperty(this, kState, {
      value: {
        type: String(type),
        bubbles: !!o.bubbles,
        cancelable: !!o.cancelable,
        composed: !!o.composed,
        defaultPrevented: false,
        timeStamp: timeOrigin(),
        target: null,
        currentTarget: null,
        phase: 0,
        stop: false,
        stopImmediate: false,
        dispatching: false,
        passive: false,
        trusted: false,
      },
      enumerable: false, writable: false, configurable: false,
    });
  }

  [inspectCustom](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const s = this[kState];
    const shown = {
      type: s.type,
      defaultPrevented: s.defaultPrevented,
      cancelable: s.cancelable,
      timeStamp: s.timeStamp,
    };
    const fmt = typeof inspect === 'function' ? inspect : require('kiln:internal').inspect;
    return name + ' ' + fmt(shown, Object.assign({}, options,
      { depth: options && Number.isInteger(options.depth) ? options.depth - 1
                                                          : options && options.depth }));
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw missingArgs('type');
    const s = eventState(this);
    if (s.dispatching) return;
    s.type = String(type);
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    const s = eventState(this);
    s.stop = true;
    s.stopImmediate = true;
  }

  preventDefault() {
    const s = eventState(this);
    // node 20 does not honour `passive` here.
    if (s.cancelable) s.defaultPrevented = true;
  }

  get target() { return eventState(this).target; }
  get currentTarget() { return eventState(this).currentTarget; }
  get srcElement() { return eventState(this).target; }
  get type() { return eventState(this).type; }
  get cancelable() { return eventState(this).cancelable; }
  get defaultPrevented() {
    const s = eventState(this);
    return s.cancelable && s.defaultPrevented;
  }
  get timeStamp() { return eventState(this).timeStamp; }
  composedPath() {
    const s = eventState(this);
    return s.dispatching ? [s.currentTarget] : [];
  }
  get returnValue() {
    const s = eventState(this);
    return !(s.cancelable && s.defaultPrevented);
  }
  set returnValue(value) {
    if (!value) this.preventDefault();
  }
  get bubbles() { return eventState(this).bubbles; }
  get composed() { return eventState(this).composed; }
  get eventPhase() { return eventState(this).phase; }
  get cancelBubble() { return eventState(this).stop; }
  set cancelBubble(value) {
    if (value) eventState(this).stop = true;
  }
  stopPropagation() { eventState(this).stop = true; }
  get isTrusted() {
    eventState(this);
    return this[kState].trusted;
  }
}
for (const key of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable',
                   'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed',
                   'eventPhase', 'cancelBubble', 'isTrusted', 'composedPath', 'initEvent',
                   'stopImmediatePropagation', 'preventDefault', 'stopPropagation']) {
  const d = Object.getOwnPropertyDescriptor(Event.prototype, key);
  d.enumerable = true;
  Object.defineProperty(Event.prototype, key, d);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2],
                             ['BUBBLING_PHASE', 3]]) {
  const d = { value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(Event, name, d);
}

const kDetail = Symbol('kiln.customEvent.detail');
class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    super(type, options);
    Object.defineProperty(this, kDetail, {
      value: options && options.detail !== undefined ? options.detail : null,
      enumerable: false, writable: false, configurable: false,
    });
  }
  get detail() {
    if (this === null || typeof this !== 'object' || !(kDetail in this)) {
      throw invalidThis('CustomEvent');
    }
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', Object.assign(
  Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'), { enumerable: true }));
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---- EventTarget ------------------------------------------------------------------------

const kTarget = Symbol('kiln.eventTarget.state');
const defaultMaxListeners = { value: 10 };

function targetState(self) {
  if (self === null || typeof self !== 'object' ||
      !Object.prototype.hasOwnProperty.call(self, kTarget)) {
    throw invalidThis('EventTarget');
  }
  return self[kTarget];
}

function initTarget(self) {
  Object.defineProperty(self, kTarget, {
    value: { types: new Map(), max: defaultMaxListeners.value, warned: new Set() },
    enumerable: false, writable: false, configurable: false,
  });
}

function validListener(listener) {
  return typeof listener === 'function' ||
    (listener !== null && typeof listener === 'object' &&
     typeof listener.handleEvent === 'function');
}

function checkListener(listener) {
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'function' || typeof listener === 'object') return true;
  throw invalidArgType('listener', 'an instance of EventListener', listener);
}

function flagOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  validateObjectOrNullish(options, 'options');
  return options;
}

function removeRecord(list, rec) {
  if (rec.removed) return;
  rec.removed = true;
  if (rec.prev) rec.prev.next = rec.next;
  else list.head = rec.next;
  if (rec.next) rec.next.prev = rec.prev;
  else list.tail = rec.prev;
  list.size--;
  if (rec.abortCleanup) rec.abortCleanup();
}

function warnTooMany(target, type, count, max) {
  const name = target.constructor ? target.constructor.name : 'EventTarget';
  const w = new Error('Possible EventTarget memory leak detected. ' + count + ' ' + type +
                      ' listeners added to ' + require('kiln:internal').inspect(target, { depth: -1 }) +
                      '. MaxListeners is ' + max + '. Use events.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = count;
  void name;
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
    process.emitWarning(w);
  }
}

class EventTarget {
  constructor() {
    initTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    const state = targetState(this);
    if (arguments.length < 2) throw missingArgs('type", "listener');
    const opts = flagOptions(options);
    const once = !!opts.once;
    const capture = !!opts.capture;
    const passive = !!opts.passive;
    const signal = opts.signal;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' ||
                                 !('aborted' in signal))) {
      throw invalidArgType('The "options.signal" property', 'an instance of AbortSignal', signal);
    }
    if (!checkListener(listener)) {
      if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
        const w = new Error('addEventListener called with ' + listener +
                            ' which has no effect.');
        w.name = 'AddEventListenerArgumentTypeWarning';
        w.target = this;
        w.type = type;
        process.emitWarning(w);
      }
      return;
    }
    if (signal && signal.aborted) return;
    const key = String(type);
    let list = state.types.get(key);
    if (list === undefined) {
      list = { head: null, tail: null, size: 0 };
      state.types.set(key, list);
    }
    for (let r = list.head; r; r = r.next) {
      if (r.listener === listener && r.capture === capture) return;
    }
    const rec = { listener, once, capture, passive, removed: false, prev: list.tail, next: null,
                  abortCleanup: null };
    if (list.tail) list.tail.next = rec;
    else list.head = rec;
    list.tail = rec;
    list.size++;
    if (state.max > 0 && list.size > state.max && !state.warned.has(key)) {
      state.warned.add(key);
      warnTooMany(this, key, list.size, state.max);
    }
    if (signal) {
      const onAbort = () => removeRecord(list, rec);
      signal.addEventListener('abort', onAbort, { once: true, [kInternal]: true });
      rec.abortCleanup = () => signal.removeEventListener('abort', onAbort);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    const state = targetState(this);
    if (arguments.length < 2) throw missingArgs('type", "listener');
    if (!checkListener(listener)) return;
    const capture = !!flagOptions(options).capture;
    const list = state.types.get(String(type));
    if (list === undefined) return;
    for (let r = list.head; r; r = r.next) {
      if (r.listener === listener && r.capture === capture) {
        removeRecord(list, r);
        return;
      }
    }
  }

  dispatchEvent(event) {
    targetState(this);
    if (!(event instanceof Event)) {
      throw invalidArgType('event', 'an instance of Event', event);
    }
    const s = event[kState];
    if (s.dispatching) {
      throw nodeError(Error, 'ERR_EVENT_RECURSION',
                      'The event "' + s.type + '" is already being dispatched');
    }
    return dispatch(this, event);
  }

  [inspectCustom](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return name + ' {}';
  }
}
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  const d = Object.getOwnPropertyDescriptor(EventTarget.prototype, key);
  d.enumerable = true;
  Object.defineProperty(EventTarget.prototype, key, d);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

const kInternal = Symbol('kiln.eventTarget.internalListener');

function reportListenerError(err) {
  process.nextTick(() => { throw err; });
}

function dispatch(target, event) {
  const s = event[kState];
  const state = target[kTarget];
  s.dispatching = true;
  s.target = target;
  s.currentTarget = target;
  s.phase = 2;
  const list = state.types.get(s.type);
  if (list !== undefined) {
    let rec = list.head;
    while (rec !== null) {
      if (!rec.removed) {
        if (rec.once) removeRecord(list, rec);
        s.passive = rec.passive;
        const listener = rec.listener;
        try {
          let result;
          if (typeof listener === 'function') {
            result = listener.call(target, event);
          } else if (listener !== null && typeof listener.handleEvent === 'function') {
            result = listener.handleEvent(event);
          }
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, reportListenerError);
          }
        } catch (err) {
          reportListenerError(err);
        }
        s.passive = false;
        if (s.stopImmediate) break;
      }
      rec = rec.next;
    }
  }
  s.dispatching = false;
  s.currentTarget = null;
  s.phase = 0;
  return !(s.cancelable && s.defaultPrevented);
}

// ---- helpers for events.js and internal_abort.js ----------------------------------------

function isEventTarget(value) {
  return value !== null && typeof value === 'object' &&
    Object.prototype.hasOwnProperty.call(value, kTarget);
}

// The listeners of `type` on an EventTarget (functions, or handleEvent objects), in order.
function eventTargetListeners(target, type) {
  const list = target[kTarget].types.get(String(type));
  const out = [];
  if (list === undefined) return out;
  for (let r = list.head; r; r = r.next) if (!r.removed) out.push(r.listener);
  return out;
}

function setEventTargetMax(target, n) {
  target[kTarget].max = n;
}

function getEventTargetMax(target) {
  return target[kTarget].max;
}

// Dispatches a trusted event (isTrusted true), as node does for 'abort'.
function dispatchTrusted(target, event) {
  event[kState].trusted = true;
  return dispatch(target, event);
}

module.exports = {
  EventTarget,
  Event,
  CustomEvent,
  DOMException,
  // internal
  nodeError,
  invalidArgType,
  missingArgs,
  invalidThis,
  describeReceived,
  isEventTarget,
  eventTargetListeners,
  setEventTargetMax,
  getEventTargetMax,
  defaultMaxListeners,
  dispatchTrusted,
  initTarget,
  validListener,
};
