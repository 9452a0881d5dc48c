// SPDX-License-Identifier: MIT
//
// internal_clone.js: structuredClone, MessageChannel and MessagePort (lazy globals, see
// stdlib/node/bindings.c), plus BroadcastChannel and MessageEvent for in-process use.
//
// structuredClone follows the HTML structured clone algorithm as V8 implements it for node:
// primitives (not symbols), boxed primitives, Date, RegExp (lastIndex reset), Map, Set,
// ArrayBuffer, typed arrays and DataView (sharing one cloned buffer per source buffer;
// a SharedArrayBuffer is not copied: the clone shares it),
// native errors (name limited to the standard error types, message, stack, cause), arrays
// (holes and extra keys kept) and other ordinary objects (own enumerable string keys, read
// through getters, prototype dropped), with cycles. Anything else throws node's
// DataCloneError DOMException ('... could not be cloned.'). The `transfer` option moves
// ArrayBuffers: the originals are detached.
//
// MessagePort delivers cloned messages asynchronously (a macrotask) as MessageEvents with
// `data`; a port with an onmessage handler, or started, keeps the process alive until it is
// closed or unref'd, as in node. Closing one port closes its peer ('close' events).
'use strict';
const {
  EventTarget, Event, DOMException, nodeError, invalidArgType,
} = require('kiln:internal_event_target');
const kiln = require('kiln:internal');

const classOf = kiln.classOf;
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array).prototype, Symbol.toStringTag).get;
const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError',
                            'SyntaxError', 'TypeError', 'URIError']);

function cloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

function describe(value) {
  if (typeof value === 'function') {
    return Function.prototype.toString.call(value).replace(/^function bound /, 'function ');
  }
  if (typeof value === 'symbol') return value.toString();
  let ctor = 'Object';
  const cls = classOf(value);
  if (cls === 'Iterator' || cls === 'Arguments' || cls === 'Proxy') return '#<Object>';
  try {
    const c = value.constructor;
    if (typeof c === 'function' && c.name) ctor = c.name;
  } catch {
    // keep 'Object'
  }
  return '#<' + ctor + '>';
}

function isDetached(buf) {
  if ('detached' in ArrayBuffer.prototype) return buf.detached;
  return false;
}

const sabByteLength = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype,
                                                     'byteLength').get;

function isShared(buf) {
  try {
    sabByteLength.call(buf);
    return true;
  } catch {
    return false;
  }
}

function copyBuffer(buf) {
  return ArrayBuffer.prototype.slice.call(buf, 0);
}

// Whether the clone being made is a tree that JSON keeps exactly (see serializePlain).
let jsonSafe = true;

function cloneValue(value, memory, transferred) {
  if (typeof value === 'symbol' || typeof value === 'function') {
    throw cloneError(describe(value) + ' could not be cloned.');
  }
  if (value === null) return value;
  if (typeof value !== 'object') {
    if (typeof value === 'number') {
      if (value - value !== 0 || (value === 0 && 1 / value < 0)) jsonSafe = false;
    } else if (typeof value !== 'string' && typeof value !== 'boolean') {
      jsonSafe = false;
    }
    return value;
  }
  if (memory.has(value)) {
    jsonSafe = false;
    return memory.get(value);
  }
  const cls = classOf(value);
  if (cls !== 'Object' && cls !== 'Array') jsonSafe = false;
  let out;
  switch (cls) {
    case 'Boolean':
      out = Object(Boolean.prototype.valueOf.call(value));
      break;
    case 'Number':
      out = Object(Number.prototype.valueOf.call(value));
      break;
    case 'String':
      out = Object(String.prototype.valueOf.call(value));
      break;
    case 'BigInt':
      out = Object(BigInt.prototype.valueOf.call(value));
      break;
    case 'Date':
      out = new Date(Date.prototype.getTime.call(value));
      break;
    case 'RegExp':
      out = new RegExp(value.source, value.flags);
      break;
    case 'ArrayBuffer': {
      if (isShared(value)) {
        // shared, not copied: a new object over the same memory
        out = require('kiln:spawn').sabAlias(value) || value;
        break;
      }
      if (transferred.has(value)) return transferred.get(value);
      if (isDetached(value)) {
        throw cloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      out = copyBuffer(value);
      break;
    }
    case 'DataView':
    case 'TypedArray': {
      const name = typedArrayTag.call(value);
      if (name === undefined) {
        // A DataView.
        const buf = cloneValue(value.buffer, memory, transferred);
        out = new globalThis.DataView(buf, value.byteOffset, value.byteLength);
      } else {
        const buf = cloneValue(value.buffer, memory, transferred);
        out = new globalThis[name](buf, value.byteOffset, value.length);
      }
      break;
    }
    case 'Map': {
      out = new Map();
      memory.set(value, out);
      const entries = [...Map.prototype.entries.call(value)];
      for (const [k, v] of entries) {
        out.set(cloneValue(k, memory, transferred), cloneValue(v, memory, transferred));
      }
      return out;
    }
    case 'Set': {
      out = new Set();
      memory.set(value, out);
      const items = [...Set.prototype.values.call(value)];
      for (const v of items) out.add(cloneValue(v, memory, transferred));
      return out;
    }
    case 'Error': {
      let name = value.name;
      name = errorNames.has(name) ? name : 'Error';
      const proto = globalThis[name].prototype;
      out = Object.create(proto);
      memory.set(value, out);
      const stack = value.stack;
      if (typeof stack === 'string') {
        Object.defineProperty(out, 'stack', {
          value: stack, writable: true, enumerable: false, configurable: true,
        });
      }
      const md = Object.getOwnPropertyDescriptor(value, 'message');
      if (md !== undefined && 'value' in md) {
        Object.defineProperty(out, 'message', {
          value: String(md.value), writable: true, enumerable: false, configurable: true,
        });
      }
      if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
        Object.defineProperty(out, 'cause', {
          value: cloneValue(value.cause, memory, transferred),
          writable: true, enumerable: false, configurable: true,
        });
      }
      return out;
    }
    case 'Array': {
      const n = value.length;
      out = new Array(n);
      memory.set(value, out);
      const keys = Object.keys(value);
      if (keys.length !== n || (n > 0 && keys[n - 1] !== String(n - 1))) jsonSafe = false;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        out[key] = cloneValue(value[key], memory, transferred);
      }
      return out;
    }
    case 'Object': {
      if (isMessagePort(value)) {
        if (transferred.has(value)) {
          jsonSafe = false;
          return transferred.get(value);
        }
        if (value[kPort].moved) throw cloneError('Cannot transfer object of unsupported type.');
        throw new TypeError('Object that needs transfer was found in message but not listed ' +
                            'in transferList');
      }
      out = {};
      memory.set(value, out);
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === '__proto__') {
          // an own property named so, not the prototype
          jsonSafe = false;
          Object.defineProperty(out, key, {
            value: cloneValue(value[key], memory, transferred),
            writable: true, enumerable: true, configurable: true,
          });
          continue;
        }
        out[key] = cloneValue(value[key], memory, transferred);
      }
      return out;
    }
    default:
      throw cloneError(describe(value) + ' could not be cloned.');
  }
  memory.set(value, out);
  return out;
}

// Nothing to move: serialize() without a transfer list reads it, never adds to it.
const noneTransferred = new Map();

// Clones `value`; `transfer` lists ArrayBuffers and MessagePorts to move (the originals are
// detached afterwards); `source` is the port posting, which cannot move.
function serialize(value, transfer, source) {
  if (transfer === undefined) return cloneValue(value, new Map(), noneTransferred);
  const transferred = new Map();
  const list = [];
  for (const item of transfer) {
    if (classOf(item) !== 'ArrayBuffer' && !isMessagePort(item)) {
      throw nodeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT',
                      'Found invalid object in transferList');
    }
    if (list.includes(item)) {
      throw cloneError(classOf(item) === 'ArrayBuffer'
        ? 'Transfer list contains duplicate ArrayBuffer'
        : 'Transfer list contains duplicate MessagePort');
    }
    list.push(item);
  }
  for (const item of list) {
    if (isMessagePort(item)) {
      if (item === source) throw cloneError('Transfer list contains source port');
      if (item[kPort].moved) throw cloneError('Cannot transfer object of unsupported type.');
      transferred.set(item, null);
    } else {
      if (isDetached(item)) {
        throw cloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      transferred.set(item, null);
    }
  }
  // Moving: the clone gets the bytes, the original is detached, after the
  // whole value is serialized (views over a moved buffer still read their
  // offsets).
  for (const item of transferred.keys()) {
    transferred.set(item, isMessagePort(item) ? newPort() : copyBuffer(item));
  }
  const out = cloneValue(value, new Map(), transferred);
  for (const [item, copy] of transferred) {
    if (isMessagePort(item)) movePort(item, copy);
    else if (typeof item.transfer === 'function') item.transfer(0);
  }
  return out;
}

// serialize(), and whether the clone is a JSON-safe tree: strings, booleans, finite numbers
// other than -0, null, plain objects and dense arrays, no object reached twice. Such a clone
// is its own JSON text's meaning (worker_threads sends it as is).
function serializePlain(value, transfer) {
  const outer = jsonSafe;
  jsonSafe = true;
  try {
    const out = serialize(value, transfer);
    return { out, plain: jsonSafe };
  } finally {
    jsonSafe = outer;
  }
}

function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'The options argument must be either an object or undefined');
    }
    transfer = options.transfer;
    if (transfer !== undefined && (transfer === null ||
                                   typeof transfer[Symbol.iterator] !== 'function')) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'Optional transferList argument must be an iterable');
    }
  } else if (options === null) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                    'The options argument must be either an object or undefined');
  }
  return serialize(value, transfer);
}

// ---- MessageEvent, MessagePort, MessageChannel, BroadcastChannel --------------------------

const kData = Symbol('kiln.messageEvent');
class MessageEvent extends Event {
  constructor(type, options = undefined) {
    super(type, options);
    const o = options || {};
    Object.defineProperty(this, kData, {
      value: {
        data: o.data === undefined ? null : o.data,
        origin: o.origin === undefined ? '' : String(o.origin),
        lastEventId: o.lastEventId === undefined ? '' : String(o.lastEventId),
        source: o.source === undefined ? null : o.source,
        ports: o.ports === undefined ? [] : [...o.ports],
      },
      enumerable: false, writable: false, configurable: false,
    });
  }
  get data() { return this[kData].data; }
  get origin() { return this[kData].origin; }
  get lastEventId() { return this[kData].lastEventId; }
  get source() { return this[kData].source; }
  get ports() { return this[kData].ports; }
}

const kPort = Symbol('kiln.messagePort');
let creatingPort = false;

function isMessagePort(value) {
  return value !== null && typeof value === 'object' &&
    Object.prototype.hasOwnProperty.call(value, kPort);
}

function portState(self) {
  if (!isMessagePort(self)) {
    throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type MessagePort');
  }
  return self[kPort];
}

// A port keeps the loop alive while it is started, open and ref'd: one long ref'd timer.
function updateKeepAlive(s) {
  const want = s.started && !s.closed && s.refed;
  if (want && s.keepAlive === null) {
    s.keepAlive = setInterval(() => {}, 1 << 30);
  } else if (!want && s.keepAlive !== null) {
    clearInterval(s.keepAlive);
    s.keepAlive = null;
  }
}

function flush(port) {
  const s = port[kPort];
  s.scheduled = null;
  if (!s.started || s.closed) return;
  while (s.queue.length > 0 && s.started && !s.closed) {
    const data = s.queue.shift();
    port.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function schedule(port) {
  const s = port[kPort];
  if (s.scheduled !== null || !s.started || s.queue.length === 0) return;
  s.scheduled = setTimeout(flush, 0, port);
  if (typeof s.scheduled.unref === 'function') s.scheduled.unref();
}

// A message for [port]: queued, or sent on when the port lives in another process.
function deliver(port, data) {
  const s = port[kPort];
  if (s.closed) return;
  if (s.forward) {
    s.forward(data);
    return;
  }
  s.queue.push(data);
  schedule(port);
}

// [to] (a new port) takes [from]'s place: its peer and the messages waiting; [from] is
// left detached, as a transferred port is.
function movePort(from, to) {
  const s = from[kPort];
  const t = to[kPort];
  t.peer = s.peer;
  if (s.peer) s.peer[kPort].peer = to;
  t.queue = s.queue;
  t.closed = s.closed;
  s.peer = null;
  s.queue = [];
  s.closed = true;
  s.moved = true;
  updateKeepAlive(s);
  if (s.scheduled !== null) {
    clearTimeout(s.scheduled);
    s.scheduled = null;
  }
}

// For worker_threads: [port] now lives in another process; [forward](data) carries a message
// for it there, forward(null) its closing. The messages waiting go first.
function forwardPort(port, forward) {
  const s = port[kPort];
  s.forward = forward;
  s.moved = true;
  s.started = false;
  updateKeepAlive(s);
  const waiting = s.queue;
  s.queue = [];
  for (const data of waiting) forward(data);
  if (s.closed) forward(null);
}

// For worker_threads: [port]'s other-process side posted [data] (null: it closed).
function receiveFromRemote(port, data) {
  const s = port[kPort];
  if (data === null) {
    if (s.closed) return;
    s.closed = true;
    if (s.peer) closePort(s.peer, true);
    return;
  }
  if (!s.closed && s.peer !== null) deliver(s.peer, data);
}

// A pair whose first port is the caller's and whose second forwards (forwardPort).
function newPortPair() {
  const c = new MessageChannel();
  return [c.port1, c.port2];
}

// Closes [port] and its peer. The peer still gets the messages sent before ([drain]), then
// both get 'close'.
function closePort(port, drain = false) {
  const s = port[kPort];
  if (s.closed) return;
  s.closed = true;
  if (s.forward) {
    s.forward(null);
    if (s.peer) closePort(s.peer, true);
    return;
  }
  if (!drain) s.queue = [];
  updateKeepAlive(s);
  setImmediate(() => {
    const waiting = s.queue;
    s.queue = [];
    for (let i = 0; i < waiting.length && s.started; i++) {
      port.dispatchEvent(new MessageEvent('message', { data: waiting[i] }));
    }
    port.dispatchEvent(new Event('close'));
  });
  if (s.peer) closePort(s.peer, true);
}

function handlerProperty(proto, name, onSet) {
  Object.defineProperty(proto, 'on' + name, {
    get() { return portState(this).handlers[name] || null; },
    set(fn) {
      const s = portState(this);
      const value = typeof fn === 'function' ? fn : null;
      if (s.handlers[name] === undefined && value !== null) {
        const self = this;
        this.addEventListener(name, function handler(event) {
          const h = s.handlers[name];
          if (typeof h === 'function') return h.call(self, event);
          return undefined;
        });
      }
      s.handlers[name] = value;
      if (onSet && value !== null) onSet(this);
    },
    enumerable: true, configurable: true,
  });
}

class MessagePort extends EventTarget {
  constructor() {
    if (!creatingPort) {
      throw nodeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }
    super();
    Object.defineProperty(this, kPort, {
      value: { peer: null, queue: [], started: false, closed: false, refed: true,
               keepAlive: null, scheduled: null, handlers: {} },
      enumerable: false, writable: false, configurable: false,
    });
  }

  postMessage(message, transfer = undefined) {
    const s = portState(this);
    if (arguments.length === 0) {
      throw new TypeError('Not enough arguments to MessagePort.postMessage');
    }
    let list = transfer;
    if (list !== undefined && list !== null && !Array.isArray(list) &&
        typeof list === 'object' && !(Symbol.iterator in list)) {
      list = list.transfer;
    }
    const data = serialize(message, list === null ? undefined : list, this);
    if (s.closed || s.peer === null) return;
    deliver(s.peer, data);
  }

  start() {
    const s = portState(this);
    if (s.closed) return;
    s.started = true;
    updateKeepAlive(s);
    schedule(this);
  }

  close() {
    portState(this);
    closePort(this);
  }

  ref() {
    const s = portState(this);
    s.refed = true;
    updateKeepAlive(s);
    return this;
  }

  unref() {
    const s = portState(this);
    s.refed = false;
    updateKeepAlive(s);
    return this;
  }

  hasRef() {
    const s = portState(this);
    return s.started && !s.closed && s.refed;
  }

  // node's NodeEventTarget surface that MessagePort offers: on/once/off/emit.
  on(type, listener) {
    this.addEventListener(type, eventListenerFor(this, listener, false));
    if (type === 'message') this.start();
    return this;
  }
  addListener(type, listener) { return this.on(type, listener); }
  once(type, listener) {
    this.addEventListener(type, eventListenerFor(this, listener, true), { once: true });
    if (type === 'message') this.start();
    return this;
  }
  off(type, listener) {
    const s = portState(this);
    const map = s.wrappers && s.wrappers.get(listener);
    if (map) this.removeEventListener(type, map);
    return this;
  }
  removeListener(type, listener) { return this.off(type, listener); }
  emit(type, arg) {
    const ev = new MessageEvent(type, { data: arg });
    return this.dispatchEvent(ev);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (depth < 0) return 'MessagePort';
    const s = this[kPort];
    return 'MessagePort [EventTarget] { active: ' + !s.closed + ', refed: ' + this.hasRef() +
           ' }';
  }
}

// node's MessagePort 'message' listeners added with .on() receive the data, not the event.
function eventListenerFor(port, listener, once) {
  const s = port[kPort];
  if (!s.wrappers) s.wrappers = new Map();
  const wrapper = function (event) {
    if (once) s.wrappers.delete(listener);
    const arg = event instanceof MessageEvent ? event.data : event;
    return listener.call(port, arg);
  };
  s.wrappers.set(listener, wrapper);
  return wrapper;
}

handlerProperty(MessagePort.prototype, 'message', (port) => port.start());
handlerProperty(MessagePort.prototype, 'messageerror', null);

function newPort() {
  creatingPort = true;
  try {
    return new MessagePort();
  } finally {
    creatingPort = false;
  }
}

class MessageChannel {
  constructor() {
    const port1 = newPort();
    const port2 = newPort();
    port1[kPort].peer = port2;
    port2[kPort].peer = port1;
    Object.defineProperty(this, 'port1', { value: port1, enumerable: true, configurable: true });
    Object.defineProperty(this, 'port2', { value: port2, enumerable: true, configurable: true });
  }
}

// BroadcastChannel: every open channel with the same name (but the sender) gets the message.
const channels = new Map();  // name -> Set of BroadcastChannel
const kChannel = Symbol('kiln.broadcastChannel');
class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    super();
    const key = String(name);
    Object.defineProperty(this, kChannel, {
      value: { name: key, closed: false, refed: true, keepAlive: null, started: true,
               handlers: {} },
      enumerable: false, writable: false, configurable: false,
    });
    if (!channels.has(key)) channels.set(key, new Set());
    channels.get(key).add(this);
  }
  get name() { return this[kChannel].name; }
  postMessage(message) {
    const s = this[kChannel];
    if (arguments.length === 0) {
      throw new TypeError('Not enough arguments to BroadcastChannel.postMessage');
    }
    if (s.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    for (const other of channels.get(s.name)) {
      if (other === this) continue;
      const data = serialize(message);
      const t = setTimeout(() => {
        if (!other[kChannel].closed) other.dispatchEvent(new MessageEvent('message', { data }));
      }, 0);
      if (typeof t.unref === 'function' && !other[kChannel].keepAlive) t.unref();
    }
  }
  close() {
    const s = this[kChannel];
    if (s.closed) return;
    s.closed = true;
    channels.get(s.name).delete(this);
    if (s.keepAlive !== null) clearInterval(s.keepAlive);
    s.keepAlive = null;
  }
  ref() {
    const s = this[kChannel];
    if (!s.closed && s.keepAlive === null) s.keepAlive = setInterval(() => {}, 1 << 30);
    return this;
  }
  unref() {
    const s = this[kChannel];
    if (s.keepAlive !== null) clearInterval(s.keepAlive);
    s.keepAlive = null;
    return this;
  }
  get onmessage() { return this[kChannel].handlers.message || null; }
  set onmessage(fn) {
    const s = this[kChannel];
    if (s.handlers.message === undefined) {
      this.addEventListener('message', (e) => {
        const h = s.handlers.message;
        if (typeof h === 'function') h.call(this, e);
      });
    }
    s.handlers.message = typeof fn === 'function' ? fn : null;
    if (typeof fn === 'function') this.ref();
  }
}

void invalidArgType;
// worker_threads.receiveMessageOnPort: the oldest queued message, taken synchronously.
function receiveMessageOnPort(port) {
  if (!isMessagePort(port)) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                    'The "port" argument must be a MessagePort instance');
  }
  const s = port[kPort];
  if (s.queue.length === 0) return undefined;
  return { message: s.queue.shift() };
}

module.exports = {
  structuredClone,
  receiveMessageOnPort,
  MessageChannel,
  MessagePort,
  MessageEvent,
  BroadcastChannel,
  // internal
  serialize,
  serializePlain,
  isMessagePort,
  forwardPort,
  receiveFromRemote,
  newPortPair,
};
