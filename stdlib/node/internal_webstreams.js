// SPDX-License-Identifier: MIT
//
// internal_webstreams.js: the WHATWG Streams standard as node 20 ships it
// (require('stream/web') and the lazy globals ReadableStream, WritableStream,
// TransformStream, the queuing strategies and the encoding/compression
// streams, listed in stdlib/node/node_tables.def). The compression streams and
// the adapters from node's streams are internal_webstreams_adapters.js (they
// need zlib and stream, which a program naming only these classes does not).
//
// The algorithms follow the standard's abstract operations by name, each a
// plain function over the object's state record (this[kState]), so promise
// resolution happens in the standard's microtask order. Errors are node's
// (ERR_INVALID_STATE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
// ERR_INVALID_THIS) with node's messages. Byte streams (type: 'bytes') are
// readable through default readers and BYOB readers; a byte stream's chunks
// are copied into the queue as the standard says.
'use strict';

const {
  nodeError, invalidArgType: argType, DOMException,
} = require('kiln:internal_event_target');

// node says "property" for a dotted name.
function invalidArgType(name, expected, value) {
  return argType(name.includes('.') ? 'The "' + name + '" property' : name, expected, value);
}

const kState = Symbol('kState');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// ---- errors --------------------------------------------------------------------------

function invalidState(message) {
  return nodeError(TypeError, 'ERR_INVALID_STATE', 'Invalid state: ' + message);
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

function show(value) {
  if (typeof value === 'string') return "'" + value + "'";
  return require('kiln:internal').inspect(value);
}

function invalidProperty(Ctor, name, value) {
  return nodeError(Ctor, 'ERR_INVALID_ARG_VALUE',
                   "The property '" + name + "' is invalid. Received " + show(value));
}

function customInspect(self, name, data, depth, options) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null || options.depth === undefined ? null : options.depth - 1,
  });
  return name + ' ' + require('kiln:internal').inspect(data, opts);
}

function tag(Class, name) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: name, configurable: true });
}

function check(value, Class, name) {
  if (value === null || typeof value !== 'object' || !(kState in value) ||
      !(value instanceof Class)) {
    throw invalidThis(name);
  }
  return value[kState];
}

function checkAsync(value, Class, name) {
  try {
    return check(value, Class, name);
  } catch (e) {
    return undefined;
  }
}

// ---- promises --------------------------------------------------------------------------

function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  d.promise = new Promise((res, rej) => {
    d.resolve = (v) => { d.settled = true; res(v); };
    d.reject = (e) => { d.settled = true; rej(e); };
  });
  return d;
}

function setHandled(p) {
  p.then(undefined, () => {});
}

function resolvedWith(v) {
  return new Promise((resolve) => resolve(v));
}

function rejectedWith(e) {
  return Promise.reject(e);
}

function promiseCall(fn, thisArg, args) {
  if (fn === undefined) return resolvedWith(undefined);
  try {
    return Promise.resolve(fn.apply(thisArg, args));
  } catch (e) {
    return Promise.reject(e);
  }
}

function uponPromise(p, onFulfilled, onRejected) {
  setHandled(p.then(onFulfilled, onRejected));
}

function queueMicro(fn) {
  queueMicrotask(fn);
}

// ---- strategies ----------------------------------------------------------------------

function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy === undefined || strategy.highWaterMark === undefined) return defaultHWM;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    throw invalidProperty(RangeError, 'strategy.highWaterMark', hwm);
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy === undefined ? undefined : strategy.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw invalidArgType('strategy.size', 'of type function', size);
  return (chunk) => size(chunk);
}

function validateObjectArg(value, name) {
  if (value === undefined || (value === null && name === 'transformer')) return;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw invalidArgType(name, 'of type object', value);
  }
}

function validateInit(init) {
  if (init === null || typeof init !== 'object') {
    throw invalidArgType('init', 'of type object', init);
  }
  if (init.highWaterMark === undefined) {
    throw nodeError(TypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
  }
  return +init.highWaterMark;
}

const byteSize = function size(chunk) { return chunk.byteLength; };
const countSize = function size() { return 1; };

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kState] = { highWaterMark: validateInit(init) };
  }
  get highWaterMark() { return check(this, ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy').highWaterMark; }
  get size() { check(this, ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy'); return byteSize; }
  [inspectCustom](depth, options) {
    return customInspect(this, 'ByteLengthQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options);
  }
}

tag(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy');

class CountQueuingStrategy {
  constructor(init) {
    this[kState] = { highWaterMark: validateInit(init) };
  }
  get highWaterMark() { return check(this, CountQueuingStrategy, 'CountQueuingStrategy').highWaterMark; }
  get size() { check(this, CountQueuingStrategy, 'CountQueuingStrategy'); return countSize; }
  [inspectCustom](depth, options) {
    return customInspect(this, 'CountQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options);
  }
}

tag(CountQueuingStrategy, 'CountQueuingStrategy');

// ---- queue-with-sizes ------------------------------------------------------------------

function enqueueValueWithSize(c, value, size) {
  size = +size;
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw invalidProperty(RangeError, 'size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const pair = c.queue.shift();
  c.queueTotalSize -= pair.size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}

function resetQueue(c) {
  c.queue = [];
  c.queueTotalSize = 0;
}

// ---- ReadableStream ------------------------------------------------------------------

let internalConstruct = false;

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    if (internalConstruct) return;
    validateObjectArg(source, 'source');
    validateObjectArg(strategy, 'strategy');
    initReadableState(this);
    if (source === undefined) source = null;
    const type = source === null ? undefined : source.type;
    if (type === 'bytes') {
      if (strategy !== undefined && strategy.size !== undefined) {
        throw invalidProperty(RangeError, 'strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy, 0);
      setupByteControllerFromSource(this, source, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setupDefaultControllerFromSource(this, source, hwm, size);
    } else {
      throw invalidProperty(TypeError, 'source.type', type);
    }
  }

  get locked() {
    return check(this, ReadableStream, 'ReadableStream').reader !== undefined;
  }

  cancel(reason = undefined) {
    const s = checkAsync(this, ReadableStream, 'ReadableStream');
    if (!s) return rejectedWith(invalidThis('ReadableStream'));
    if (s.reader !== undefined) return rejectedWith(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    check(this, ReadableStream, 'ReadableStream');
    validateObjectArg(options, 'options');
    const mode = options === undefined || options === null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (String(mode) !== 'byob') throw invalidProperty(TypeError, 'options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    check(this, ReadableStream, 'ReadableStream');
    const readable = transform === null || transform === undefined ? undefined : transform.readable;
    if (!isReadableStream(readable)) {
      throw invalidArgType('transform.readable', 'an instance of ReadableStream', readable);
    }
    const writable = transform.writable;
    if (!isWritableStream(writable)) {
      throw invalidArgType('transform.writable', 'an instance of WritableStream', writable);
    }
    const opts = pipeOptions(options);
    if (this[kState].reader !== undefined) throw invalidState('The ReadableStream is locked');
    if (writable[kState].writer !== undefined) throw invalidState('The WritableStream is locked');
    const p = readableStreamPipeTo(this, writable, opts.preventClose, opts.preventAbort,
                                   opts.preventCancel, opts.signal);
    setHandled(p);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      check(this, ReadableStream, 'ReadableStream');
      if (!isWritableStream(destination)) {
        throw invalidArgType('transform.writable', 'an instance of WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (this[kState].reader !== undefined) throw invalidState('The ReadableStream is locked');
      if (destination[kState].writer !== undefined) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, opts.preventClose, opts.preventAbort,
                                  opts.preventCancel, opts.signal);
    } catch (e) {
      return rejectedWith(e);
    }
  }

  tee() {
    check(this, ReadableStream, 'ReadableStream');
    return readableStreamTee(this);
  }

  values(options = {}) {
    check(this, ReadableStream, 'ReadableStream');
    validateObjectArg(options, 'options');
    const preventCancel = !!(options && options.preventCancel);
    return makeAsyncIterator(this, preventCancel);
  }

  [inspectCustom](depth, options) {
    const s = this[kState];
    return customInspect(this, this.constructor.name || 'ReadableStream', {
      locked: s.reader !== undefined,
      state: s.state,
      supportsBYOB: s.controller instanceof ReadableByteStreamController,
    }, depth, options);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
tag(ReadableStream, 'ReadableStream');

function pipeOptions(options) {
  validateObjectArg(options, 'options');
  if (options === undefined || options === null) options = {};
  const signal = options.signal;
  if (signal !== undefined) {
    const { AbortSignal } = require('kiln:internal_abort');
    if (!(signal instanceof AbortSignal)) {
      throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
  }
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

function isReadableStream(v) {
  return v !== null && typeof v === 'object' && v instanceof ReadableStream && kState in v;
}

function isWritableStream(v) {
  return v !== null && typeof v === 'object' && v instanceof WritableStream && kState in v;
}

function initReadableState(stream) {
  stream[kState] = {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false,
    controller: undefined,
  };
}

function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  internalConstruct = true;
  let stream;
  try {
    stream = new ReadableStream();
  } finally {
    internalConstruct = false;
  }
  initReadableState(stream);
  const c = newController(ReadableStreamDefaultController);
  setupDefaultController(stream, c, start, pull, cancel, hwm, size);
  return stream;
}

function newController(Class) {
  internalConstruct = true;
  try {
    return new Class();
  } finally {
    internalConstruct = false;
  }
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return resolvedWith(undefined);
  if (s.state === 'errored') return rejectedWith(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && reader[kState].readIntoRequests) {
    const reqs = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const r of reqs) r.close(undefined);
  }
  const p = s.controller[kState].cancelSteps(reason);
  return p.then(() => undefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.resolve(undefined);
  if (r.readRequests) {
    const reqs = r.readRequests;
    r.readRequests = [];
    for (const req of reqs) req.close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(e);
  setHandled(r.closed.promise);
  if (r.readRequests) {
    const reqs = r.readRequests;
    r.readRequests = [];
    for (const req of reqs) req.error(e);
  } else {
    const reqs = r.readIntoRequests;
    r.readIntoRequests = [];
    for (const req of reqs) req.error(e);
  }
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const r = stream[kState].reader[kState];
  const req = r.readRequests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function numReadRequests(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined) return 0;
  const r = reader[kState];
  return r.readRequests ? r.readRequests.length : 0;
}

function numReadIntoRequests(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined) return 0;
  const r = reader[kState];
  return r.readIntoRequests ? r.readIntoRequests.length : 0;
}

function hasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].readRequests !== undefined;
}

function hasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].readIntoRequests !== undefined;
}

// ---- readers --------------------------------------------------------------------------

function readerGenericInitialize(reader, stream, extra) {
  const s = stream[kState];
  const r = Object.assign({ stream, closed: deferred() }, extra);
  reader[kState] = r;
  s.reader = reader;
  if (s.state === 'readable') {
    // pending
  } else if (s.state === 'closed') {
    r.closed.resolve(undefined);
  } else {
    r.closed.reject(s.storedError);
    setHandled(r.closed.promise);
  }
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readerGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const err = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    r.closed.reject(err);
  } else {
    r.closed = deferred();
    r.closed.reject(err);
  }
  setHandled(r.closed.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  r.stream = undefined;
}

// releaseLock() of either reader: its pending requests ([key]) fail.
function readerReleaseLock(reader, key) {
  const r = reader[kState];
  if (r.stream === undefined) return;
  readerGenericRelease(reader);
  const reqs = r[key];
  r[key] = [];
  const e = invalidState('Releasing reader');
  for (const req of reqs) req.error(e);
}

function readerCancel(reader, Class, name, reason) {
  const r = checkAsync(reader, Class, name);
  if (!r) return rejectedWith(invalidThis(name));
  if (r.stream === undefined) {
    return rejectedWith(invalidState('The reader is not attached to a stream'));
  }
  return readerGenericCancel(reader, reason);
}

function readRequestToPromise() {
  const d = deferred();
  return {
    promise: d.promise,
    chunk(value) { d.resolve({ value, done: false }); },
    close() { d.resolve({ value: undefined, done: true }); },
    error(e) { d.reject(e); },
  };
}

function defaultReaderRead(reader, req) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') req.close();
  else if (s.state === 'errored') req.error(s.storedError);
  else s.controller[kState].pullSteps(req);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (internalConstruct) return;
    if (!isReadableStream(stream)) {
      throw invalidArgType('stream', 'an instance of ReadableStream', stream);
    }
    if (stream[kState].reader !== undefined) throw invalidState('ReadableStream is locked');
    readerGenericInitialize(this, stream, { readRequests: [] });
  }

  read() {
    const r = checkAsync(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
    if (!r) return rejectedWith(invalidThis('ReadableStreamDefaultReader'));
    if (r.stream === undefined) {
      return rejectedWith(invalidState('The reader is not attached to a stream'));
    }
    const req = readRequestToPromise();
    defaultReaderRead(this, req);
    return req.promise;
  }

  releaseLock() {
    check(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
    readerReleaseLock(this, 'readRequests');
  }

  get closed() {
    const r = checkAsync(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
    if (!r) return rejectedWith(invalidThis('ReadableStreamDefaultReader'));
    return r.closed.promise;
  }

  cancel(reason = undefined) {
    return readerCancel(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader', reason);
  }

  [inspectCustom](depth, options) {
    const r = this[kState];
    return customInspect(this, 'ReadableStreamDefaultReader', {
      stream: r.stream, readRequests: r.readRequests.length, close: r.closed.promise,
    }, depth, options);
  }
}

tag(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (internalConstruct) return;
    if (!isReadableStream(stream)) {
      throw invalidArgType('stream', 'an instance of ReadableStream', stream);
    }
    if (!(stream[kState].controller instanceof ReadableByteStreamController)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      "The argument 'stream' must be a byte stream. Received " + show(stream));
    }
    if (stream[kState].reader !== undefined) throw invalidState('ReadableStream is locked');
    readerGenericInitialize(this, stream, { readIntoRequests: [] });
  }

  read(view, options = {}) {
    const r = checkAsync(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
    if (!r) return rejectedWith(invalidThis('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return rejectedWith(invalidArgType('view', 'an instance of Buffer, TypedArray, or DataView', view));
    }
    const min = options && options.min !== undefined ? +options.min : 1;
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      return rejectedWith(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (r.stream === undefined) {
      return rejectedWith(invalidState('The reader is not attached to a stream'));
    }
    const d = deferred();
    const req = {
      chunk(value) { d.resolve({ value, done: false }); },
      close(value) { d.resolve({ value, done: true }); },
      error(e) { d.reject(e); },
    };
    const stream = r.stream;
    const s = stream[kState];
    s.disturbed = true;
    if (s.state === 'errored') req.error(s.storedError);
    else byteControllerPullInto(s.controller, view, min, req);
    return d.promise;
  }

  releaseLock() {
    check(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
    readerReleaseLock(this, 'readIntoRequests');
  }

  get closed() {
    const r = checkAsync(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
    if (!r) return rejectedWith(invalidThis('ReadableStreamBYOBReader'));
    return r.closed.promise;
  }

  cancel(reason = undefined) {
    return readerCancel(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader', reason);
  }
}

tag(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');

// ---- ReadableStreamDefaultController ------------------------------------------------

class ReadableStreamDefaultController {
  constructor() {
    if (!internalConstruct) throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get desiredSize() {
    return defaultControllerGetDesiredSize(check(this, ReadableStreamDefaultController,
                                                 'ReadableStreamDefaultController'));
  }

  close() {
    const c = check(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    defaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = check(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    defaultControllerError(check(this, ReadableStreamDefaultController,
                                 'ReadableStreamDefaultController'), e);
  }

  [inspectCustom](depth, options) {
    return customInspect(this, 'ReadableStreamDefaultController', {}, depth, options);
  }
}

tag(ReadableStreamDefaultController, 'ReadableStreamDefaultController');

function setupDefaultControllerFromSource(stream, source, hwm, size) {
  const c = newController(ReadableStreamDefaultController);
  let start = () => undefined;
  let pull = () => resolvedWith(undefined);
  let cancel = () => resolvedWith(undefined);
  if (source !== null) {
    const startFn = source.start, pullFn = source.pull, cancelFn = source.cancel;
    if (startFn !== undefined) start = () => startFn.call(source, c);
    if (pullFn !== undefined) pull = () => promiseCall(pullFn, source, [c]);
    if (cancelFn !== undefined) cancel = (reason) => promiseCall(cancelFn, source, [reason]);
  }
  setupDefaultController(stream, c, start, pull, cancel, hwm, size);
}

function setupDefaultController(stream, controller, start, pull, cancel, hwm, size) {
  const c = {
    self: controller, stream, queue: [], queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false,
    strategySizeAlgorithm: size, strategyHWM: hwm, pullAlgorithm: pull,
    cancelAlgorithm: cancel,
  };
  c.cancelSteps = (reason) => {
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(c);
    return result;
  };
  c.pullSteps = (req) => {
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        defaultControllerClearAlgorithms(c);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(c);
      }
      req.chunk(chunk);
    } else {
      stream[kState].reader[kState].readRequests.push(req);
      defaultControllerCallPullIfNeeded(c);
    }
  };
  c.releaseSteps = () => {};
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = start();
  uponPromise(resolvedWith(startResult), () => {
    c.started = true;
    defaultControllerCallPullIfNeeded(c);
  }, (r) => {
    defaultControllerError(c, r);
  });
}

function defaultControllerCallPullIfNeeded(c) {
  if (!defaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  uponPromise(c.pullAlgorithm(c.self), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      defaultControllerCallPullIfNeeded(c);
    }
  }, (e) => {
    defaultControllerError(c, e);
  });
}

function defaultControllerShouldCallPull(c) {
  const stream = c.stream;
  if (!defaultControllerCanCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  if (stream[kState].reader !== undefined && numReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(c) > 0;
}

function defaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(c) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    defaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(c, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (stream[kState].reader !== undefined && numReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySizeAlgorithm(chunk);
    } catch (e) {
      defaultControllerError(c, e);
      throw e;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (e) {
      defaultControllerError(c, e);
      throw e;
    }
  }
  defaultControllerCallPullIfNeeded(c);
}

function defaultControllerError(c, e) {
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  defaultControllerClearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function defaultControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function defaultControllerHasBackpressure(c) {
  return !defaultControllerShouldCallPull(c);
}

function defaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

// ---- ReadableByteStreamController ------------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor() {
    if (!internalConstruct) throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get view() {
    return check(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest').view;
  }

  respond(bytesWritten) {
    const r = check(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    byteControllerRespond(r.controller, +bytesWritten);
  }

  respondWithNewView(view) {
    const r = check(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw invalidArgType('view', 'an instance of Buffer, TypedArray, or DataView', view);
    }
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    byteControllerRespondWithNewView(r.controller, view);
  }
}

tag(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');

class ReadableByteStreamController {
  constructor() {
    if (!internalConstruct) throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get byobRequest() {
    const c = check(this, ReadableByteStreamController, 'ReadableByteStreamController');
    return byteControllerGetBYOBRequest(c);
  }

  get desiredSize() {
    return byteControllerGetDesiredSize(check(this, ReadableByteStreamController,
                                              'ReadableByteStreamController'));
  }

  close() {
    const c = check(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = check(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', chunk);
    }
    if (chunk.byteLength === 0) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      "The argument 'chunk' is invalid. Received " + show(chunk));
    }
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    byteControllerError(check(this, ReadableByteStreamController, 'ReadableByteStreamController'), e);
  }
}

tag(ReadableByteStreamController, 'ReadableByteStreamController');

function setupByteControllerFromSource(stream, source, hwm) {
  const controller = newController(ReadableByteStreamController);
  let start = () => undefined;
  let pull = () => resolvedWith(undefined);
  let cancel = () => resolvedWith(undefined);
  const startFn = source.start, pullFn = source.pull, cancelFn = source.cancel;
  if (startFn !== undefined) start = () => startFn.call(source, controller);
  if (pullFn !== undefined) pull = () => promiseCall(pullFn, source, [controller]);
  if (cancelFn !== undefined) cancel = (reason) => promiseCall(cancelFn, source, [reason]);
  let autoAllocate = source.autoAllocateChunkSize;
  if (autoAllocate !== undefined) {
    autoAllocate = +autoAllocate;
    if (!(autoAllocate > 0) || !Number.isInteger(autoAllocate)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                      'The value of "source.autoAllocateChunkSize" is out of range. ' +
                      'It must be >= 1. Received ' + autoAllocate);
    }
  }
  setupByteController(stream, controller, start, pull, cancel, hwm, autoAllocate);
}

function setupByteController(stream, controller, start, pull, cancel, hwm, autoAllocate) {
  const c = {
    self: controller, stream, queue: [], queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, byobRequest: null,
    strategyHWM: hwm, pullAlgorithm: pull, cancelAlgorithm: cancel,
    autoAllocateChunkSize: autoAllocate, pendingPullIntos: [],
  };
  c.cancelSteps = (reason) => {
    byteControllerClearPendingPullIntos(c);
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    byteControllerClearAlgorithms(c);
    return result;
  };
  c.pullSteps = (req) => {
    if (c.queueTotalSize > 0) {
      byteControllerFillReadRequestFromQueue(c, req);
      return;
    }
    if (c.autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(c.autoAllocateChunkSize);
      } catch (e) {
        req.error(e);
        return;
      }
      c.pendingPullIntos.push({
        buffer, bufferByteLength: c.autoAllocateChunkSize, byteOffset: 0,
        byteLength: c.autoAllocateChunkSize, bytesFilled: 0, minimumFill: 1, elementSize: 1,
        ctor: Uint8Array, readerType: 'default',
      });
    }
    stream[kState].reader[kState].readRequests.push(req);
    byteControllerCallPullIfNeeded(c);
  };
  c.releaseSteps = () => {
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = start();
  uponPromise(resolvedWith(startResult), () => {
    c.started = true;
    byteControllerCallPullIfNeeded(c);
  }, (r) => {
    byteControllerError(c, r);
  });
}

function byteControllerGetBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const req = newController(ReadableStreamBYOBRequest);
    req[kState] = { controller: c, view };
    c.byobRequest = req;
  }
  return c.byobRequest;
}

function byteControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function byteControllerCallPullIfNeeded(c) {
  if (!byteControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  uponPromise(c.pullAlgorithm(c.self), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      byteControllerCallPullIfNeeded(c);
    }
  }, (e) => byteControllerError(c, e));
}

function byteControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}

function byteControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function byteControllerClearPendingPullIntos(c) {
  byteControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function byteControllerError(c, e) {
  if (c.stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(c);
  resetQueue(c);
  byteControllerClearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function byteControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      byteControllerError(c, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function copyBytes(srcBuffer, srcOffset, length) {
  return srcBuffer.slice(srcOffset, srcOffset + length);
}

function byteControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset, byteLength = chunk.byteLength;
  const transferred = copyBytes(buffer, byteOffset, byteLength);
  if (c.pendingPullIntos.length > 0) {
    byteControllerInvalidateBYOBRequest(c);
    const first = c.pendingPullIntos[0];
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullInto(c, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(c);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunk(c, transferred, 0, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) c.pendingPullIntos.shift();
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferred, 0, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunk(c, transferred, 0, byteLength);
    byteControllerProcessPullIntosUsingQueue(c);
  } else {
    byteControllerEnqueueChunk(c, transferred, 0, byteLength);
  }
  byteControllerCallPullIfNeeded(c);
}

function byteControllerEnqueueChunk(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueDetachedPullInto(c, pullInto) {
  if (pullInto.bytesFilled > 0) {
    byteControllerEnqueueChunk(c, copyBytes(pullInto.buffer, pullInto.byteOffset,
                                            pullInto.bytesFilled), 0, pullInto.bytesFilled);
  }
  c.pendingPullIntos.shift();
}

function byteControllerFillReadRequestFromQueue(c, req) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(c);
  req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerProcessReadRequestsUsingQueue(c) {
  const r = c.stream[kState].reader[kState];
  while (r.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const req = r.readRequests.shift();
    byteControllerFillReadRequestFromQueue(c, req);
  }
}

function byteControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(c);
  }
}

function viewElementSize(view) {
  return view.BYTES_PER_ELEMENT || 1;
}

function byteControllerPullInto(controller, view, min, req) {
  const c = controller[kState];
  const stream = c.stream;
  const elementSize = viewElementSize(view);
  const ctor = view.constructor;
  const minimumFill = min * elementSize;
  const pullInto = {
    buffer: view.buffer, bufferByteLength: view.buffer.byteLength, byteOffset: view.byteOffset,
    byteLength: view.byteLength, bytesFilled: 0, minimumFill, elementSize, ctor,
    readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pullInto);
    stream[kState].reader[kState].readIntoRequests.push(req);
    return;
  }
  if (stream[kState].state === 'closed') {
    req.close(new ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoFromQueue(c, pullInto)) {
      const filled = convertPullInto(pullInto);
      byteControllerHandleQueueDrain(c);
      req.chunk(filled);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('Partial read');
      byteControllerError(c, e);
      req.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pullInto);
  stream[kState].reader[kState].readIntoRequests.push(req);
  byteControllerCallPullIfNeeded(c);
}

function convertPullInto(p) {
  return new p.ctor(p.buffer, p.byteOffset, p.bytesFilled / p.elementSize);
}

function byteControllerFillPullIntoFromQueue(c, p) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, p.byteLength - p.bytesFilled);
  const maxBytesFilled = p.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % p.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= p.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - p.bytesFilled;
    ready = true;
  }
  while (totalBytesToCopyRemaining > 0) {
    const head = c.queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = p.byteOffset + p.bytesFilled;
    new Uint8Array(p.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      c.queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    byteControllerInvalidateBYOBRequest(c);
    p.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerProcessPullIntosUsingQueue(c) {
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) return;
    const p = c.pendingPullIntos[0];
    if (byteControllerFillPullIntoFromQueue(c, p)) {
      c.pendingPullIntos.shift();
      byteControllerCommitPullInto(c, p);
    }
  }
}

function byteControllerCommitPullInto(c, p) {
  const stream = c.stream;
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filled = convertPullInto(p);
  if (p.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filled, done);
  } else if (p.readerType === 'byob') {
    const r = stream[kState].reader[kState];
    const req = r.readIntoRequests.shift();
    if (done) req.close(filled);
    else req.chunk(filled);
  }
}

function byteControllerRespond(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      'bytesWritten must be 0 when calling respond() on a closed stream');
    }
  } else if (bytesWritten === 0 || first.bytesFilled + bytesWritten > first.byteLength) {
    throw nodeError(RangeError, 'ERR_INVALID_ARG_VALUE',
                    "The argument 'bytesWritten' is invalid. Received " + bytesWritten);
  }
  byteControllerRespondInternal(c, bytesWritten);
}

function byteControllerRespondWithNewView(c, view) {
  const first = c.pendingPullIntos[0];
  if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
      first.byteLength < view.byteLength) {
    throw nodeError(RangeError, 'ERR_INVALID_ARG_VALUE', 'The region specified by view is invalid');
  }
  first.buffer = view.buffer;
  byteControllerRespondInternal(c, view.byteLength);
}

function byteControllerRespondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(c);
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (first.readerType === 'none') c.pendingPullIntos.shift();
    if (hasBYOBReader(c.stream)) {
      while (numReadIntoRequests(c.stream) > 0) {
        byteControllerCommitPullInto(c, c.pendingPullIntos.shift());
      }
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      byteControllerEnqueueDetachedPullInto(c, first);
      byteControllerProcessPullIntosUsingQueue(c);
    } else if (first.bytesFilled >= first.minimumFill) {
      c.pendingPullIntos.shift();
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        byteControllerEnqueueChunk(c, copyBytes(first.buffer, end - remainder, remainder), 0,
                                   remainder);
      }
      first.bytesFilled -= remainder;
      byteControllerCommitPullInto(c, first);
      byteControllerProcessPullIntosUsingQueue(c);
    }
  }
  byteControllerCallPullIfNeeded(c);
}

// ---- async iteration ---------------------------------------------------------------

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function makeAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };
  let started = false;
  function nextSteps() {
    if (state.done) return resolvedWith({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return rejectedWith(invalidState('The reader is not bound to a ReadableStream'));
    }
    const d = deferred();
    defaultReaderRead(reader, {
      chunk(value) {
        state.current = undefined;
        d.resolve({ done: false, value });
      },
      close() {
        state.current = undefined;
        state.done = true;
        readerGenericRelease(reader);
        d.resolve({ done: true, value: undefined });
      },
      error(e) {
        state.current = undefined;
        state.done = true;
        readerGenericRelease(reader);
        d.reject(e);
      },
    });
    return d.promise;
  }
  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw invalidState('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = readerGenericCancel(reader, value);
      readerGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    readerGenericRelease(reader);
    return { done: true, value };
  }
  const it = Object.create(AsyncIteratorPrototype);
  it.next = function next() {
    if (!started) {
      state.current = resolvedWith(undefined);
      started = true;
    }
    state.current = state.current !== undefined
      ? state.current.then(nextSteps, nextSteps) : nextSteps();
    return state.current;
  };
  it.return = function (error) {
    return state.current
      ? state.current.then(() => returnSteps(error), () => returnSteps(error))
      : returnSteps(error);
  };
  it[Symbol.asyncIterator] = function () { return this; };
  return it;
}

function readableStreamFromIterable(iterable) {
  let it;
  const asyncFn = iterable !== null && iterable !== undefined ? iterable[Symbol.asyncIterator] : undefined;
  if (asyncFn !== undefined && asyncFn !== null) {
    it = asyncFn.call(iterable);
  } else {
    const syncFn = iterable !== null && iterable !== undefined ? iterable[Symbol.iterator] : undefined;
    if (typeof syncFn !== 'function') {
      throw invalidArgType('iterable', 'an iterable', iterable);
    }
    const sync = syncFn.call(iterable);
    it = {
      next() {
        const r = sync.next();
        return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
      },
      return(v) {
        const ret = sync.return;
        if (ret === undefined) return Promise.resolve({ done: true, value: v });
        return Promise.resolve(ret.call(sync, v));
      },
    };
  }
  let stream;
  const pull = () => {
    let p;
    try {
      p = Promise.resolve(it.next());
    } catch (e) {
      return rejectedWith(e);
    }
    return p.then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      const c = stream[kState].controller[kState];
      if (result.done) defaultControllerClose(c);
      else defaultControllerEnqueue(c, result.value);
    });
  };
  const cancel = (reason) => {
    const ret = it.return;
    if (ret === undefined || ret === null) return resolvedWith(undefined);
    let p;
    try {
      p = Promise.resolve(ret.call(it, reason));
    } catch (e) {
      return rejectedWith(e);
    }
    return p.then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => undefined, pull, cancel, 0);
  return stream;
}

// ---- tee ---------------------------------------------------------------------------------

function readableStreamTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false, readAgain = false, canceled1 = false, canceled2 = false;
  let reason1, reason2, branch1, branch2;
  const cancelPromise = deferred();
  const pull = () => {
    if (reading) {
      readAgain = true;
      return resolvedWith(undefined);
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk(chunk) {
        queueMicro(() => {
          readAgain = false;
          if (!canceled1) defaultControllerEnqueue(branch1[kState].controller[kState], chunk);
          if (!canceled2) defaultControllerEnqueue(branch2[kState].controller[kState], chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1[kState].controller[kState]);
        if (!canceled2) defaultControllerClose(branch2[kState].controller[kState]);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
    return resolvedWith(undefined);
  };
  const cancel1 = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      const result = readableStreamCancel(stream, [reason1, reason2]);
      cancelPromise.resolve(result);
    }
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      const result = readableStreamCancel(stream, [reason1, reason2]);
      cancelPromise.resolve(result);
    }
    return cancelPromise.promise;
  };
  branch1 = createReadableStream(() => undefined, pull, cancel1);
  branch2 = createReadableStream(() => undefined, pull, cancel2);
  uponPromise(reader[kState].closed.promise, undefined, (r) => {
    defaultControllerError(branch1[kState].controller[kState], r);
    defaultControllerError(branch2[kState].controller[kState], r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// ---- pipeTo ------------------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = new WritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolvedWith(undefined);
  const promise = deferred();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => {
          if (dest[kState].state === 'writable') return writableStreamAbort(dest, error);
          return resolvedWith(undefined);
        });
      }
      if (!preventCancel) {
        actions.push(() => {
          if (source[kState].state === 'readable') return readableStreamCancel(source, error);
          return resolvedWith(undefined);
        });
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function isOrBecomesErrored(stream, p, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else uponPromise(p, undefined, action);
  }
  function isOrBecomesClosed(stream, p, action) {
    if (stream[kState].state === 'closed') action();
    else uponPromise(p, action);
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return oldCurrentWrite.then(() =>
      oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doAction = () => {
      uponPromise(action(), () => finalize(originalIsError, originalError),
                  (e) => finalize(true, e));
    };
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      uponPromise(waitForWritesToFinish(), doAction);
    } else {
      doAction();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function finalize(isError, error) {
    writerRelease(writer);
    readerReleaseLock(reader, 'readRequests');
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) promise.reject(error);
    else promise.resolve(undefined);
  }

  isOrBecomesErrored(source, reader[kState].closed.promise, (storedError) => {
    if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  isOrBecomesErrored(dest, writer[kState].closed.promise, (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  isOrBecomesClosed(source, reader[kState].closed.promise, () => {
    if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
    else shutdown();
  });
  if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = new TypeError('the destination writable stream closed before all ' +
                                     'the data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  function step() {
    if (shuttingDown) return resolvedWith(true);
    return writer[kState].ready.promise.then(() => {
      const d = deferred();
      defaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = writerWrite(writer, chunk);
          setHandled(currentWrite);
          d.resolve(false);
        },
        close() { d.resolve(true); },
        error(e) { d.reject(e); },
      });
      return d.promise;
    });
  }
  function pipeLoop() {
    uponPromise(step(), (done) => {
      if (!done) pipeLoop();
    }, () => {});
  }
  pipeLoop();
  return promise.promise;
}

// ---- WritableStream --------------------------------------------------------------------

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    if (internalConstruct) return;
    validateObjectArg(sink, 'sink');
    validateObjectArg(strategy, 'strategy');
    if (sink === undefined) sink = null;
    if (sink !== null && sink.type !== undefined) {
      throw invalidProperty(RangeError, 'sink.type', sink.type);
    }
    initWritableState(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setupWritableControllerFromSink(this, sink, hwm, size);
  }

  get locked() {
    return check(this, WritableStream, 'WritableStream').writer !== undefined;
  }

  abort(reason = undefined) {
    const s = checkAsync(this, WritableStream, 'WritableStream');
    if (!s) return rejectedWith(invalidThis('WritableStream'));
    if (s.writer !== undefined) return rejectedWith(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    const s = checkAsync(this, WritableStream, 'WritableStream');
    if (!s) return rejectedWith(invalidThis('WritableStream'));
    if (s.writer !== undefined) return rejectedWith(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return rejectedWith(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    check(this, WritableStream, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [inspectCustom](depth, options) {
    const s = this[kState];
    return customInspect(this, 'WritableStream', {
      locked: s.writer !== undefined, state: s.state,
    }, depth, options);
  }
}

tag(WritableStream, 'WritableStream');

function initWritableState(stream) {
  stream[kState] = {
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: [], backpressure: false,
  };
}

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  internalConstruct = true;
  let stream;
  try {
    stream = new WritableStream();
  } finally {
    internalConstruct = false;
  }
  initWritableState(stream);
  const c = newController(WritableStreamDefaultController);
  setupWritableController(stream, c, start, write, close, abort, hwm, size);
  return stream;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return resolvedWith(undefined);
  const c = s.controller[kState];
  c.abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return resolvedWith(undefined);
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = deferred();
  s.pendingAbortRequest = { promise: d, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return d.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return rejectedWith(invalidState('WritableStream is closed'));
  }
  const d = deferred();
  s.closeRequest = d;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') {
    writer[kState].ready.resolve(undefined);
  }
  const c = s.controller[kState];
  enqueueValueWithSize(c, kCloseSentinel, 0);
  writableControllerAdvanceQueueIfNeeded(c);
  return d.promise;
}

const kCloseSentinel = Symbol('close');

function writableStreamAddWriteRequest(stream) {
  const d = deferred();
  stream[kState].writeRequests.push(d);
  return d.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  s.controller[kState].errorSteps();
  const storedError = s.storedError;
  const reqs = s.writeRequests;
  s.writeRequests = [];
  for (const req of reqs) req.reject(storedError);
  if (s.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const p = s.controller[kState].abortSteps(abortRequest.reason);
  uponPromise(p, () => {
    abortRequest.promise.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve(undefined);
  s.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve(undefined);
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve(undefined);
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  const writer = s.writer;
  if (writer !== undefined) writer[kState].closed.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(s.storedError);
    setHandled(writer[kState].closed.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve(undefined);
  }
  s.backpressure = backpressure;
}

// ---- WritableStreamDefaultWriter ----------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw invalidArgType('stream', 'an instance of WritableStream', stream);
    }
    const s = stream[kState];
    if (s.writer !== undefined) throw invalidState('WritableStream is locked');
    const w = { stream, ready: deferred(), closed: deferred() };
    this[kState] = w;
    s.writer = this;
    const state = s.state;
    if (state === 'writable') {
      if (!writableStreamCloseQueuedOrInFlight(stream) && s.backpressure) {
        // ready stays pending
      } else {
        w.ready.resolve(undefined);
      }
    } else if (state === 'erroring') {
      w.ready.reject(s.storedError);
      setHandled(w.ready.promise);
    } else if (state === 'closed') {
      w.ready.resolve(undefined);
      w.closed.resolve(undefined);
    } else {
      w.ready.reject(s.storedError);
      setHandled(w.ready.promise);
      w.closed.reject(s.storedError);
      setHandled(w.closed.promise);
    }
  }

  get closed() {
    const w = checkAsync(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (!w) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    return w.closed.promise;
  }

  get desiredSize() {
    const w = check(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (w.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    const w = checkAsync(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (!w) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    return w.ready.promise;
  }

  abort(reason = undefined) {
    const w = checkAsync(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (!w) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    if (w.stream === undefined) {
      return rejectedWith(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(w.stream, reason);
  }

  close() {
    const w = checkAsync(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (!w) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    const stream = w.stream;
    if (stream === undefined) {
      return rejectedWith(invalidState('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return rejectedWith(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const w = check(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (w.stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    const w = checkAsync(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (!w) return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
    if (w.stream === undefined) {
      return rejectedWith(invalidState('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }

  [inspectCustom](depth, options) {
    const w = this[kState];
    return customInspect(this, 'WritableStreamDefaultWriter', {
      stream: w.stream, close: w.closed.promise, ready: w.ready.promise,
      desiredSize: w.stream === undefined ? undefined : writerGetDesiredSize(this),
    }, depth, options);
  }
}

tag(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return resolvedWith(undefined);
  }
  if (state === 'errored') return rejectedWith(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.closed.settled) w.closed = deferred();
  w.closed.reject(error);
  setHandled(w.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.settled) w.ready = deferred();
  w.ready.reject(error);
  setHandled(w.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  const c = stream[kState].controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function writerRelease(writer) {
  const w = writer[kState];
  const stream = w.stream;
  const releasedError = invalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  w.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const c = s.controller[kState];
  const chunkSize = writableControllerGetChunkSize(c, chunk);
  if (stream !== writer[kState].stream) {
    return rejectedWith(invalidState('Writer is not bound to a WritableStream'));
  }
  const state = s.state;
  if (state === 'errored') return rejectedWith(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return rejectedWith(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return rejectedWith(s.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableControllerWrite(c, chunk, chunkSize);
  return promise;
}

// ---- WritableStreamDefaultController --------------------------------------------------

class WritableStreamDefaultController {
  constructor() {
    if (!internalConstruct) throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get signal() {
    return check(this, WritableStreamDefaultController,
                 'WritableStreamDefaultController').abortController.signal;
  }

  error(e = undefined) {
    const c = check(this, WritableStreamDefaultController, 'WritableStreamDefaultController');
    if (c.stream[kState].state !== 'writable') return;
    writableControllerError(c, e);
  }

  [inspectCustom](depth, options) {
    return customInspect(this, 'WritableStreamDefaultController', {}, depth, options);
  }
}

tag(WritableStreamDefaultController, 'WritableStreamDefaultController');

function setupWritableControllerFromSink(stream, sink, hwm, size) {
  const controller = newController(WritableStreamDefaultController);
  let start = () => undefined;
  let write = () => resolvedWith(undefined);
  let close = () => resolvedWith(undefined);
  let abort = () => resolvedWith(undefined);
  if (sink !== null) {
    const startFn = sink.start, writeFn = sink.write, closeFn = sink.close, abortFn = sink.abort;
    if (startFn !== undefined) start = () => startFn.call(sink, controller);
    if (writeFn !== undefined) write = (chunk) => promiseCall(writeFn, sink, [chunk, controller]);
    if (closeFn !== undefined) close = () => promiseCall(closeFn, sink, []);
    if (abortFn !== undefined) abort = (reason) => promiseCall(abortFn, sink, [reason]);
  }
  setupWritableController(stream, controller, start, write, close, abort, hwm, size);
}

function setupWritableController(stream, controller, start, write, close, abort, hwm, size) {
  const { AbortController } = require('kiln:internal_abort');
  const c = {
    self: controller, stream, queue: [], queueTotalSize: 0, started: false,
    strategySizeAlgorithm: size, strategyHWM: hwm, writeAlgorithm: write,
    closeAlgorithm: close, abortAlgorithm: abort, abortController: new AbortController(),
  };
  c.abortSteps = (reason) => {
    const result = c.abortAlgorithm(reason);
    writableControllerClearAlgorithms(c);
    return result;
  };
  c.errorSteps = () => resetQueue(c);
  controller[kState] = c;
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
  const startResult = start();
  uponPromise(resolvedWith(startResult), () => {
    c.started = true;
    writableControllerAdvanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function writableControllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  if (!c.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue[0].value;
  if (value === kCloseSentinel) writableControllerProcessClose(c);
  else writableControllerProcessWrite(c, value);
}

function writableControllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function writableControllerError(c, error) {
  writableControllerClearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}

function writableControllerErrorIfNeeded(c, error) {
  if (c.stream[kState].state === 'writable') writableControllerError(c, error);
}

function writableControllerGetBackpressure(c) {
  return c.strategyHWM - c.queueTotalSize <= 0;
}

function writableControllerGetChunkSize(c, chunk) {
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (e) {
    writableControllerErrorIfNeeded(c, e);
    return 1;
  }
}

function writableControllerProcessClose(c) {
  const stream = c.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(c);
  const p = c.closeAlgorithm();
  writableControllerClearAlgorithms(c);
  uponPromise(p, () => writableStreamFinishInFlightClose(stream),
              (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableControllerProcessWrite(c, chunk) {
  const stream = c.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  uponPromise(c.writeAlgorithm(chunk), () => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
    }
    writableControllerAdvanceQueueIfNeeded(c);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableControllerClearAlgorithms(c);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableControllerWrite(c, chunk, chunkSize) {
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    writableControllerErrorIfNeeded(c, e);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
  }
  writableControllerAdvanceQueueIfNeeded(c);
}

// ---- TransformStream -------------------------------------------------------------------

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    validateObjectArg(transformer, 'transformer');
    validateObjectArg(writableStrategy, 'writableStrategy');
    validateObjectArg(readableStrategy, 'readableStrategy');
    if (transformer === undefined) transformer = null;
    if (transformer !== null) {
      if (transformer.readableType !== undefined) {
        throw invalidProperty(RangeError, 'transformer.readableType', transformer.readableType);
      }
      if (transformer.writableType !== undefined) {
        throw invalidProperty(RangeError, 'transformer.writableType', transformer.writableType);
      }
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = deferred();
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize,
                              readableHWM, readableSize);
    setupTransformControllerFromTransformer(this, transformer);
    if (transformer !== null && transformer.start !== undefined) {
      startPromise.resolve(transformer.start.call(transformer, this[kState].controller));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    return check(this, TransformStream, 'TransformStream').readable;
  }

  get writable() {
    return check(this, TransformStream, 'TransformStream').writable;
  }

  [inspectCustom](depth, options) {
    const t = this[kState];
    return customInspect(this, 'TransformStream', {
      readable: t.readable, writable: t.writable, backpressure: t.backpressure,
    }, depth, options);
  }
}

tag(TransformStream, 'TransformStream');

function initializeTransformStream(stream, startPromise, writableHWM, writableSize,
                                   readableHWM, readableSize) {
  const t = {
    readable: undefined, writable: undefined, backpressure: undefined,
    backpressureChangePromise: undefined, controller: undefined,
  };
  stream[kState] = t;
  const startAlgorithm = () => startPromise;
  t.writable = createWritableStream(startAlgorithm,
    (chunk) => transformSinkWrite(stream, chunk),
    () => transformSinkClose(stream),
    (reason) => transformSinkAbort(stream, reason),
    writableHWM, writableSize);
  t.readable = createReadableStream(startAlgorithm,
    () => transformSourcePull(stream),
    (reason) => transformSourceCancel(stream, reason),
    readableHWM, readableSize);
  t.backpressure = undefined;
  t.backpressureChangePromise = undefined;
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  defaultControllerError(stream[kState].readable[kState].controller[kState], e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformControllerClearAlgorithms(stream[kState].controller[kState]);
  writableControllerErrorIfNeeded(stream[kState].writable[kState].controller[kState], e);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const t = stream[kState];
  if (t.backpressureChangePromise !== undefined) t.backpressureChangePromise.resolve(undefined);
  t.backpressureChangePromise = deferred();
  t.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor() {
    if (!internalConstruct) throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get desiredSize() {
    const c = check(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    const rc = c.stream[kState].readable[kState].controller[kState];
    return defaultControllerGetDesiredSize(rc);
  }

  enqueue(chunk = undefined) {
    const c = check(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    transformControllerEnqueue(c, chunk);
  }

  error(reason = undefined) {
    const c = check(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    transformStreamError(c.stream, reason);
  }

  terminate() {
    const c = check(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    transformControllerTerminate(c);
  }

  [inspectCustom](depth, options) {
    return customInspect(this, 'TransformStreamDefaultController', {}, depth, options);
  }
}

tag(TransformStreamDefaultController, 'TransformStreamDefaultController');

function setupTransformControllerFromTransformer(stream, transformer) {
  const controller = newController(TransformStreamDefaultController);
  let transform = (chunk) => {
    try {
      transformControllerEnqueue(controller[kState], chunk);
      return resolvedWith(undefined);
    } catch (e) {
      return rejectedWith(e);
    }
  };
  let flush = () => resolvedWith(undefined);
  let cancel = () => resolvedWith(undefined);
  if (transformer !== null) {
    const transformFn = transformer.transform, flushFn = transformer.flush;
    const cancelFn = transformer.cancel;
    if (transformFn !== undefined) {
      transform = (chunk) => promiseCall(transformFn, transformer, [chunk, controller]);
    }
    if (flushFn !== undefined) flush = () => promiseCall(flushFn, transformer, [controller]);
    if (cancelFn !== undefined) cancel = (reason) => promiseCall(cancelFn, transformer, [reason]);
  }
  controller[kState] = {
    self: controller, stream, transformAlgorithm: transform, flushAlgorithm: flush,
    cancelAlgorithm: cancel, finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function transformControllerClearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const rc = stream[kState].readable[kState].controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(rc)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    defaultControllerEnqueue(rc, chunk);
  } catch (e) {
    transformStreamErrorWritableAndUnblockWrite(stream, e);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = defaultControllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) {
    transformStreamSetBackpressure(stream, true);
  }
}

function transformControllerPerformTransform(c, chunk) {
  const p = c.transformAlgorithm(chunk);
  return p.then(undefined, (r) => {
    transformStreamError(c.stream, r);
    throw r;
  });
}

function transformControllerTerminate(c) {
  const stream = c.stream;
  const rc = stream[kState].readable[kState].controller[kState];
  defaultControllerClose(rc);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformSinkWrite(stream, chunk) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (t.backpressure) {
    const p = t.backpressureChangePromise.promise;
    return p.then(() => {
      const writable = t.writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformControllerPerformTransform(c, chunk);
    });
  }
  return transformControllerPerformTransform(c, chunk);
}

function transformSinkAbort(stream, reason) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformControllerClearAlgorithms(c);
  uponPromise(cancelPromise, () => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      defaultControllerError(readable[kState].controller[kState], reason);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    defaultControllerError(readable[kState].controller[kState], r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function transformSinkClose(stream) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  c.finishPromise = deferred();
  const flushPromise = c.flushAlgorithm();
  transformControllerClearAlgorithms(c);
  uponPromise(flushPromise, () => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      defaultControllerClose(readable[kState].controller[kState]);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    defaultControllerError(readable[kState].controller[kState], r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function transformSourcePull(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function transformSourceCancel(stream, reason) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = t.writable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformControllerClearAlgorithms(c);
  uponPromise(cancelPromise, () => {
    if (writable[kState].state === 'errored') {
      c.finishPromise.reject(writable[kState].storedError);
    } else {
      writableControllerErrorIfNeeded(writable[kState].controller[kState], reason);
      transformStreamUnblockWrite(stream);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    writableControllerErrorIfNeeded(writable[kState].controller[kState], r);
    transformStreamUnblockWrite(stream);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

// ---- encoding and compression streams ------------------------------------------------

// readable and writable getters; node tags the compression streams only.
function pairAccessors(Class, name, tagged) {
  for (const key of ['readable', 'writable']) {
    Object.defineProperty(Class.prototype, key, {
      get() { return check(this, Class, name).transform[key]; },
      enumerable: true, configurable: true,
    });
  }
  if (tagged) tag(Class, name);
}

class TextEncoderStream {
  constructor() {
    const { TextEncoder } = require('kiln:internal_encoding');
    const encoder = new TextEncoder();
    let pending = '';
    this[kState] = {
      transform: new TransformStream({
        transform(chunk, controller) {
          let text = pending + String(chunk);
          pending = '';
          if (text.length === 0) return;
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pending = text[text.length - 1];
            text = text.slice(0, -1);
          }
          if (text.length > 0) controller.enqueue(encoder.encode(text));
        },
        flush(controller) {
          if (pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      }),
    };
  }

  get encoding() {
    check(this, TextEncoderStream, 'TextEncoderStream');
    return 'utf-8';
  }

  [inspectCustom](depth, options) {
    return customInspect(this, 'TextEncoderStream', {
      encoding: 'utf-8', readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}
pairAccessors(TextEncoderStream, 'TextEncoderStream');

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('kiln:internal_encoding');
    const decoder = new TextDecoder(encoding, options);
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const text = decoder.decode(chunk, { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
          if (text !== '') controller.enqueue(text);
        },
      }),
    };
  }

  get encoding() { return check(this, TextDecoderStream, 'TextDecoderStream').decoder.encoding; }
  get fatal() { return check(this, TextDecoderStream, 'TextDecoderStream').decoder.fatal; }
  get ignoreBOM() { return check(this, TextDecoderStream, 'TextDecoderStream').decoder.ignoreBOM; }

  [inspectCustom](depth, options) {
    const d = this[kState].decoder;
    return customInspect(this, 'TextDecoderStream', {
      encoding: d.encoding, fatal: d.fatal, ignoreBOM: d.ignoreBOM,
      readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}
pairAccessors(TextDecoderStream, 'TextDecoderStream');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  // internal (internal_webstreams_adapters.js)
  kState,
  deferred,
  resolvedWith,
  pairAccessors,
  customInspect,
  nodeError,
  show,
  isReadableStream,
  isWritableStream,
};
