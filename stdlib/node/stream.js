// SPDX-License-Identifier: MIT
//
// stream.js: node's `stream` module (node 20 behaviour), written for Kiln.
//
// module.exports is the legacy Stream base (an EventEmitter with the old
// pipe()); Readable, Writable, Duplex, Transform and PassThrough hang off
// it, with pipeline(), finished(), destroy(), addAbortSignal(), the
// isReadable/isErrored/isDisturbed/isDestroyed/isWritable predicates and
// the default high-water-mark accessors. The state machines follow node's
// documented and observable behaviour: which events fire, in which
// process.nextTick turn, and what the state flags say in between.
'use strict';

const EE = require('events');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');
const kPaused = Symbol('kPaused');
const kOnFinished = Symbol('kOnFinished');
const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol('kIsErrored');
const kIsReadable = Symbol('kIsReadable');
const kIsDisturbed = Symbol('kIsDisturbed');
const kCallback = Symbol('kCallback');
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function nop() {}

// ---- errors -------------------------------------------------------------

function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') {
    return ' Received function ' + (value.name || '<anonymous>');
  }
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return ' Received an instance of ' + ctor.name;
    return ' Received ' + (Object.keys(value).length ? '[Object]' : '{}');
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

function joinOr(list) {
  if (list.length === 1) return list[0];
  if (list.length === 2) return list[0] + ' or ' + list[1];
  return list.slice(0, -1).join(', ') + ', or ' + list[list.length - 1];
}

function nodeError(Ctor, code, message) {
  const e = new Ctor(message);
  Object.defineProperty(e, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  // Node's stack (and so its uncaught-error report) reads
  // "Name [CODE]: message".
  const stack = e.stack;
  const head = e.name + ': ' + message;
  if (typeof stack === 'string' && stack.startsWith(head)) {
    Object.defineProperty(e, 'stack', {
      value: e.name + ' [' + code + ']: ' + message +
        stack.slice(head.length),
      writable: true, enumerable: false, configurable: true,
    });
  }
  Object.defineProperty(e, 'toString', {
    value() { return this.name + ' [' + code + ']: ' + this.message; },
    writable: true, enumerable: false, configurable: true,
  });
  return e;
}

// ERR_INVALID_ARG_TYPE with node's wording for a list of expected types.
function invalidArgType(name, expected, value) {
  if (!Array.isArray(expected)) expected = [expected];
  const types = [];
  const instances = [];
  for (const t of expected) {
    if (t[0] >= 'a' && t[0] <= 'z') types.push(t);
    else instances.push(t);
  }
  const kind = name.includes('.') ? 'property' : 'argument';
  let msg = 'The "' + name + '" ' + kind + ' must be ';
  if (types.length) {
    msg += 'of type ' + joinOr(types);
    if (instances.length) msg += ' or ';
  }
  if (instances.length) msg += 'an instance of ' + joinOr(instances);
  msg += '.' + describeReceived(value);
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

function inspectShort(value) {
  if (typeof value === 'string') return "'" + value + "'";
  if (typeof value === 'object' && value !== null) {
    try {
      return require('kiln:internal').inspect(value, {});
    } catch {
      return String(value);
    }
  }
  return String(value);
}

function invalidArgValue(name, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                   'The ' + kind + " '" + name + "' is invalid. Received " +
                   inspectShort(value));
}

const errors = {
  pushAfterEof: () => nodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF',
                                'stream.push() after EOF'),
  unshiftAfterEnd: () => nodeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
                                   'stream.unshift() after end event'),
  writeAfterEnd: () => nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END',
                                 'write after end'),
  destroyed: (m) => nodeError(Error, 'ERR_STREAM_DESTROYED',
                              'Cannot call ' + m +
                              ' after a stream was destroyed'),
  alreadyFinished: (m) => nodeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
                                    'Cannot call ' + m +
                                    ' after a stream was finished'),
  notImplemented: (m) => nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                                   'The ' + m + ' method is not implemented'),
  prematureClose: () => nodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE',
                                  'Premature close'),
  nullValues: () => nodeError(TypeError, 'ERR_STREAM_NULL_VALUES',
                              'May not write null values to stream'),
  multipleCallback: () => nodeError(Error, 'ERR_MULTIPLE_CALLBACK',
                                    'Callback called multiple times'),
  missingArgs: (n) => nodeError(TypeError, 'ERR_MISSING_ARGS',
                                'The "' + n + '" argument must be specified'),
  unknownEncoding: (e) => nodeError(TypeError, 'ERR_UNKNOWN_ENCODING',
                                    'Unknown encoding: ' + e),
  invalidReturn: (what, name, value) => {
    let got;
    if (value === null) got = 'null';
    else if (value === undefined) got = 'undefined';
    else if (typeof value === 'object' && value.constructor &&
             value.constructor.name) {
      got = 'instance of ' + value.constructor.name;
    } else got = 'type ' + typeof value;
    return nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
                     'Expected ' + what + ' to be returned from the "' +
                     name + '" function but got ' + got + '.');
  },
};

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Two errors from the same failure become one; a second distinct error
// rides along in an AggregateError like node's aggregateTwoErrors.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw invalidArgType(name, 'function', fn);
}

function validateObject(obj, name) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw invalidArgType(name, 'Object', obj);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' ||
       !('aborted' in signal))) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

// ---- bytes ----------------------------------------------------------------
// Buffer comes from the `buffer` module; until it exists, Uint8Arrays with a
// UTF-8 encoder stand in so that byte streams still work.

let bufferModule;
function getBufferModule() {
  if (bufferModule === undefined) {
    try {
      bufferModule = require('buffer');
    } catch {
      bufferModule = null;
    }
  }
  return bufferModule;
}

function utf8Encode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) {
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    } else {
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63),
               0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return new Uint8Array(out);
}

const chunkTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isBuffer(v) {
  const m = getBufferModule();
  if (m) return m.Buffer.isBuffer(v);
  return v instanceof Uint8Array;
}

function bufferFromString(str, encoding) {
  const m = getBufferModule();
  if (m) return m.Buffer.from(str, encoding);
  return utf8Encode(str);
}

function bufferFromView(view) {
  const m = getBufferModule();
  if (m) return m.Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function isEncoding(enc) {
  const m = getBufferModule();
  if (m) return m.Buffer.isEncoding(enc);
  return typeof enc === 'string' &&
    /^(utf-?8|ucs-?2|utf-?16le|latin1|binary|base64|base64url|hex|ascii)$/i
      .test(enc);
}

function allocBytes(n) {
  const m = getBufferModule();
  if (m) return m.Buffer.allocUnsafe(n);
  return new Uint8Array(n);
}

// A UTF-8-only stand-in for string_decoder until that module exists.
class Utf8Decoder {
  constructor() {
    this.encoding = 'utf8';
    this.pending = [];
  }
  write(bytes) {
    let all = bytes;
    if (this.pending.length) {
      all = new Uint8Array(this.pending.length + bytes.length);
      all.set(this.pending, 0);
      all.set(bytes, this.pending.length);
      this.pending = [];
    }
    let end = all.length;
    // Keep an incomplete trailing sequence for the next write.
    for (let back = 1; back <= 3 && back <= all.length; back++) {
      const b = all[all.length - back];
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > back) end = all.length - back;
      break;
    }
    for (let i = end; i < all.length; i++) this.pending.push(all[i]);
    return decodeUtf8(all, end);
  }
  end(bytes) {
    let s = bytes ? this.write(bytes) : '';
    if (this.pending.length) s += '\ufffd';
    this.pending = [];
    return s;
  }
}

function decodeUtf8(b, end) {
  let s = '';
  for (let i = 0; i < end;) {
    const c = b[i];
    let cp = 0xfffd;
    let n = 1;
    if (c < 0x80) cp = c;
    else if (c >= 0xc0 && c < 0xe0 && i + 1 < end) {
      cp = ((c & 31) << 6) | (b[i + 1] & 63);
      n = 2;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < end) {
      cp = ((c & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63);
      n = 3;
    } else if (c >= 0xf0 && i + 3 < end) {
      cp = ((c & 7) << 18) | ((b[i + 1] & 63) << 12) |
        ((b[i + 2] & 63) << 6) | (b[i + 3] & 63);
      n = 4;
    }
    s += String.fromCodePoint(cp);
    i += n;
  }
  return s;
}

function newDecoder(encoding) {
  let SD = null;
  try {
    SD = require('string_decoder').StringDecoder;
  } catch {
    SD = null;
  }
  if (SD) return new SD(encoding);
  const enc = String(encoding || 'utf8').toLowerCase();
  if (enc !== 'utf8' && enc !== 'utf-8') throw errors.unknownEncoding(encoding);
  return new Utf8Decoder();
}

// ---- chunk queue ------------------------------------------------------------
// An array with a moving head: push/shift/unshift are O(1) amortised, so a
// long-running byte pipe stays linear.

class ChunkQueue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  get length() {
    return this.items.length - this.head;
  }
  push(v) {
    this.items.push(v);
  }
  unshift(v) {
    if (this.head > 0) this.items[--this.head] = v;
    else this.items.unshift(v);
  }
  first() {
    return this.items[this.head];
  }
  shift() {
    if (this.head >= this.items.length) return undefined;
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
  clear() {
    this.items = [];
    this.head = 0;
  }
  toArray() {
    return this.items.slice(this.head);
  }
  [Symbol.iterator]() {
    return this.toArray()[Symbol.iterator]();
  }
  join(sep) {
    return this.toArray().join(sep);
  }
  concat(n) {
    const out = allocBytes(n);
    let pos = 0;
    for (let i = this.head; i < this.items.length; i++) {
      out.set(this.items[i], pos);
      pos += this.items[i].length;
    }
    return out;
  }
  // Takes n bytes (or characters) from the front, splitting a chunk.
  consume(n, strings) {
    const first = this.items[this.head];
    if (n < first.length) {
      const part = strings ? first.slice(0, n) : first.subarray(0, n);
      this.items[this.head] = strings ? first.slice(n) : first.subarray(n);
      return part;
    }
    if (n === first.length) return this.shift();
    return strings ? this.takeString(n) : this.takeBytes(n);
  }
  takeString(n) {
    let s = '';
    while (n > 0) {
      const c = this.items[this.head];
      if (n >= c.length) {
        s += c;
        n -= c.length;
        this.shift();
      } else {
        s += c.slice(0, n);
        this.items[this.head] = c.slice(n);
        n = 0;
      }
    }
    return s;
  }
  takeBytes(n) {
    const out = allocBytes(n);
    let pos = 0;
    while (pos < n) {
      const c = this.items[this.head];
      const need = n - pos;
      if (need >= c.length) {
        out.set(c, pos);
        pos += c.length;
        this.shift();
      } else {
        out.set(c.subarray(0, need), pos);
        this.items[this.head] = c.subarray(need);
        pos = n;
      }
    }
    return out;
  }
}

// ---- high-water marks -------------------------------------------------------

let defaultHwmBytes = 16 * 1024;
let defaultHwmObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHwmObjects : defaultHwmBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
  if (!Number.isInteger(value) || value < 0) {
    const e = nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                        'The value of "value" is out of range. It must be ' +
                        '>= 0 && <= 9007199254740991. Received ' + value);
    throw e;
  }
  if (objectMode) defaultHwmObjects = value;
  else defaultHwmBytes = value;
}

function highWaterMarkFrom(options, duplexKey, isDuplex, objectMode) {
  let hwm = options.highWaterMark;
  if (hwm === undefined || hwm === null) {
    hwm = isDuplex ? options[duplexKey] : null;
  }
  if (hwm !== undefined && hwm !== null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex && options.highWaterMark == null
        ? 'options.' + duplexKey : 'options.highWaterMark';
      throw invalidArgValue(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(objectMode);
}

// ---- destroy machinery (shared by Readable and Writable) --------------------

function recordError(err, w, r) {
  if (!err) return;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function onConstructed(er) {
      runDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(e) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(e, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(e);
    if (e) process.nextTick(emitErrorCloseNT, self, e);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// An error from inside the stream machinery: destroy when autoDestroy is
// on, otherwise record it and emit 'error' (in the next tick when sync).
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs the user's _construct once, in the next tick; the streams' own
// buffered work resumes through the kConstruct event.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;  // Duplex: second half
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : errors.multipleCallback());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(() => stream.emit(kConstruct));
  }
  try {
    stream._construct((err) => {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

// Destroys any kind of stream-like object (used by pipeline and
// stream.destroy()).
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (isRequest(stream)) stream.abort();
  else if (isRequest(stream.req)) stream.req.abort();
  else if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) {
    process.nextTick((s, e) => s.emit('error', e), stream, err);
  } else {
    process.nextTick((s) => s.emit('close'), stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

// ---- predicates -------------------------------------------------------------

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' &&
    typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' &&
                 typeof obj.resume === 'function')) &&
    (!obj._writableState ||
     (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' &&
    typeof obj.on === 'function' &&
    (!obj._readableState ||
     (obj._writableState && obj._writableState.writable !== false)));
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' ||
    typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] ||
            (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished ||
            (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted ||
            (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable &&
    !isReadableFinished(stream);
}

function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable &&
    !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return w && w.errored != null ? w.errored : null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return r && r.errored != null ? r.errored : null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') ||
      (r && typeof r.closed === 'boolean')) {
    return (w && w.closed) || (r && r.closed);
  }
  return null;
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose &&
            state.closed === false);
}

function firstDefined(...values) {
  for (const v of values) if (v !== undefined && v !== null) return v;
  return undefined;
}

function isErrored(stream) {
  if (!stream) return false;
  const r = stream._readableState;
  const w = stream._writableState;
  return !!firstDefined(stream[kIsErrored], stream.readableErrored,
                        stream.writableErrored, r && r.errorEmitted,
                        w && w.errorEmitted, r && r.errored,
                        w && w.errored);
}

function isDisturbed(stream) {
  if (!stream) return false;
  const v = stream[kIsDisturbed];
  if (v !== undefined && v !== null) return !!v;
  return !!(stream.readableDidRead || stream.readableAborted);
}

// ---- Stream (legacy base) ---------------------------------------------------

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  return emitter.on(event, fn);
}

// The pre-streams2 pipe: data in, write out, pause on a full destination.
Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) {
      source.pause();
    }
  }
  source.on('data', ondata);
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// ---- Readable -----------------------------------------------------------------

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  options = options || {};
  this.objectMode = !!(options.objectMode ||
                       (isDuplex && options.readableObjectMode));
  this.highWaterMark = highWaterMarkFrom(options, 'readableHighWaterMark',
                                         isDuplex, this.objectMode);
  this.buffer = new ChunkQueue();
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  // While _read() runs synchronously, 'readable' waits for the next tick.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = options.emitClose !== false;
  this.autoDestroy = options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperty(ReadableState.prototype, 'paused', {
  get() { return this[kPaused] !== null ? this[kPaused] : undefined; },
  set(v) { this[kPaused] = v; },
  configurable: true,
});

Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  get() { return this.pipes.length; },
  configurable: true,
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') {
      this._construct = options.construct;
    }
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this, () => {
    if (this._readableState.needReadable) {
      maybeReadMore(this, this._readableState);
    }
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

Readable.prototype.push = function push(chunk, encoding) {
  return addChunkFrom(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkFrom(this, chunk, encoding, true);
};

function addChunkFrom(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = bufferDecode(bufferFromString(chunk, encoding),
                               state.encoding);
        } else {
          chunk = bufferFromString(chunk, encoding);
          encoding = '';
        }
      }
    } else if (isBuffer(chunk)) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = bufferFromView(chunk);
      encoding = '';
    } else if (chunk !== null && chunk !== undefined) {
      err = invalidArgType('chunk', chunkTypes, chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, errors.unshiftAfterEnd());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, errors.pushAfterEof());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) {
          addChunk(stream, state, chunk, false);
        } else {
          maybeReadMore(stream, state);
        }
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended &&
    (state.length < state.highWaterMark || state.length === 0);
}

function bufferDecode(bytes, encoding) {
  if (typeof bytes.toString === 'function' && getBufferModule()) {
    return bytes.toString(encoding);
  }
  return newDecoder(encoding).end(bytes);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync &&
      stream.listenerCount('data') > 0) {
    // Straight through: nothing is queued and someone is listening.
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended &&
    state.length <= state.highWaterMark;
  flow(stream);
}

// Calls _read() until the buffer reaches the high-water mark, in a later
// tick so that a synchronous push() loop in _read() is not re-entered.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark ||
          (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const decoder = newDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (const data of state.buffer) content += decoder.write(data);
  state.buffer.clear();
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "size" is out of range. It must be ' +
                    '<= 1GiB. Received ' + n);
  }
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (state.flowing && state.length) return state.buffer.first().length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) {
    state.highWaterMark = computeNewHighWaterMark(n);
  }
  if (n !== 0) state.emittedReadable = false;
  // read(0) with enough buffered only signals 'readable' (or 'end').
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark
                                  : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) {
    doRead = true;
  }
  if (state.ended || state.reading || state.destroyed || state.errored ||
      !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have made more available.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  let ret;
  if (state.objectMode) {
    ret = buf.shift();
  } else if (!n || n >= state.length) {
    if (state.decoder) ret = buf.join('');
    else if (buf.length === 1) ret = buf.first();
    else ret = buf.concat(state.length);
    buf.clear();
  } else {
    ret = buf.consume(n, !!state.decoder);
  }
  return ret;
}

Readable._fromList = fromList;

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted &&
      state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      const w = stream._writableState;
      const auto = !w ||
        (w.autoDestroy && (w.finished || w.writable === false));
      if (auto) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) {
    stream.end();
  }
}

Readable.prototype._read = function _read(n) {
  throw errors.notImplemented('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters =
      new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);
  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, info) {
    if (readable === src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A writer that still owes us a 'drain' must not keep the source paused.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainListener() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) {
      dests[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener the stream stays paused-mode.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style stream (data/end events, pause/resume) as a Readable.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const i = keys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') {
      this[i] = stream[i].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = readChunks(stream, options);
  iter.stream = stream;
  return iter;
}

async function* readChunks(stream, options) {
  let wake = nop;
  function next(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function defineGetters(proto, table) {
  for (const name of Object.keys(table)) {
    const d = table[name];
    const desc = { enumerable: false, configurable: true };
    if (typeof d === 'function') desc.get = d;
    else {
      desc.get = d.get;
      if (d.set) desc.set = d.set;
    }
    Object.defineProperty(proto, name, desc);
  }
}

defineGetters(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted &&
        !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead() { return this._readableState.dataEmitted; },
  readableAborted() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) &&
              !r.endEmitted);
  },
  readableHighWaterMark() { return this._readableState.highWaterMark; },
  readableBuffer() {
    return this._readableState && this._readableState.buffer;
  },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength() { return this._readableState.length; },
  readableObjectMode() {
    return this._readableState ? this._readableState.objectMode : false;
  },
  readableEncoding() {
    return this._readableState ? this._readableState.encoding : null;
  },
  errored() {
    return this._readableState ? this._readableState.errored : null;
  },
  closed() {
    return this._readableState ? this._readableState.closed : false;
  },
  destroyed: {
    get() {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded() {
    return this._readableState ? this._readableState.endEmitted : false;
  },
});

Readable.wrap = function (src, options) {
  return new Readable({
    objectMode: firstDefined(src.readableObjectMode, src.objectMode, true),
    ...options,
    destroy(err, callback) {
      destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// Readable.from(): strings and Buffers are one chunk; iterables and async
// iterables are pulled one value per _read().
Readable.from = function from(iterable, opts) {
  return fromIterable(Readable, iterable, opts);
};

// ---- web streams adapters (Readable/Writable .toWeb and .fromWeb) -------------

function webStreams() {
  return require('kiln:internal_webstreams');
}

function webAdapters() {
  return require('kiln:internal_webstreams_adapters');
}

function errorCallback(cb, error, stream) {
  try {
    cb(error);
  } catch (e) {
    process.nextTick(() => destroyer(stream, e));
  }
}

// A destroy() callback that throws is an uncaught exception, as in node.
function destroyCallback(cb, error) {
  try {
    cb(error);
  } catch (e) {
    process.nextTick(() => { throw e; });
  }
}

Readable.toWeb = function toWeb(streamReadable, options) {
  if (!isReadableNodeStream(streamReadable)) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "streamReadable" argument must be ' +
                    'an stream.Readable.' + describeReceived(streamReadable));
  }
  return webAdapters().readableFromNode(streamReadable, options || {});
};

Readable.fromWeb = function fromWeb(readableStream, options = {}) {
  const web = webStreams();
  if (!web.isReadableStream(readableStream)) {
    throw invalidArgType('readableStream', 'ReadableStream', readableStream);
  }
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then((r) => {
        if (r.done) readable.push(null);
        else readable.push(r.value);
      }, (e) => destroyer(readable, e));
    },
    destroy(error, callback) {
      const done = () => destroyCallback(callback, error);
      if (!closed) reader.cancel(error).then(done, done);
      else done();
    },
  });
  reader.closed.then(() => { closed = true; }, (e) => {
    closed = true;
    destroyer(readable, e);
  });
  return readable;
};

Writable.toWeb = function toWeb(streamWritable) {
  if (!streamWritable || typeof streamWritable.write !== 'function' ||
      typeof streamWritable.on !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "streamWritable" argument must be ' +
                    'an stream.Writable.' + describeReceived(streamWritable));
  }
  return webAdapters().writableFromNode(streamWritable);
};

Writable.fromWeb = function fromWeb(writableStream, options = {}) {
  const web = webStreams();
  if (!web.isWritableStream(writableStream)) {
    throw invalidArgType('writableStream', 'WritableStream', writableStream);
  }
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const b = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      }
      const done = (error) => errorCallback(callback, error, writable);
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    destroy(error, callback) {
      const done = () => destroyCallback(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => errorCallback(callback, error, writable);
      if (!closed) writer.close().then(done, done);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroyer(writable, errors.prematureClose());
  }, (e) => {
    closed = true;
    destroyer(writable, e);
  });
  return writable;
};

// Readable.from's work for a Readable or (Duplex.from) a Duplexify.
function fromIterable(Ctor, iterable, opts) {
  if (typeof iterable === 'string' || isBuffer(iterable)) {
    return new Ctor({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let isAsync;
  let iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw invalidArgType('iterable', ['Iterable'], iterable);
  }
  const readable = new Ctor({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  let isAsyncValues = false;
  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };
  readable._destroy = function (error, cb) {
    close(error).then(() => process.nextTick(cb, error),
                      (e) => process.nextTick(cb, e || error));
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }
  function nextSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          return changeToAsyncValues(value);
        }
        if (value === null) {
          reading = false;
          throw errors.nullValues();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      const res = await value;
      if (res === null) {
        reading = false;
        throw errors.nullValues();
      }
      if (readable.push(res)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }
  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = (value && typeof value.then === 'function')
          ? await value : value;
        if (res === null) {
          reading = false;
          throw errors.nullValues();
        }
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw errors.nullValues();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

// ---- Readable iterator helpers (map, filter, forEach, toArray, ...) ---------

function validateMapper(fn, name) {
  if (typeof fn !== 'function') {
    throw invalidArgType(name, ['function', 'AsyncFunction'], fn);
  }
}

function validateHelperOptions(options) {
  if (options !== undefined && options !== null) {
    validateObject(options, 'options');
  }
  if (options && options.signal !== undefined) {
    validateAbortSignal(options.signal, 'options.signal');
  }
}

function throwIfAborted(options) {
  if (options && options.signal && options.signal.aborted) {
    throw new AbortError(undefined, { cause: options.signal.reason });
  }
}

// options.concurrency / options.highWaterMark of map (and the helpers over
// it): integers, concurrency >= 1.
function helperLimits(options) {
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) {
    highWaterMark = Math.floor(options.highWaterMark);
  }
  const check = (value, name, min) => {
    if (typeof value !== 'number') {
      throw invalidArgType(name, 'number', value);
    }
    if (!Number.isInteger(value) || value < min) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                      'The value of "' + name + '" is out of range. It must be ' +
                      (Number.isInteger(value) ? '>= ' + min + ' && <= ' + Number.MAX_SAFE_INTEGER
                                               : 'an integer') +
                      '. Received ' + value);
    }
  };
  check(concurrency, 'options.concurrency', 1);
  check(highWaterMark, 'options.highWaterMark', 0);
  return { concurrency, highWaterMark: highWaterMark + concurrency };
}

const kMapEof = Symbol('kiln.map.eof');
const kMapSkip = Symbol('kiln.map.skip');

// map with node's concurrency: up to `concurrency` calls of fn run at once,
// results come out in input order, and reading ahead stops at highWaterMark.
function mapWithConcurrency(src, fn, options) {
  const { concurrency, highWaterMark } = helperLimits(options);
  return async function* mapped() {
    const ac = new AbortController();
    const outer = options && options.signal;
    const signal = ac.signal;
    const signalOpt = { signal };
    const abort = () => ac.abort();
    if (outer) {
      if (outer.aborted) abort();
      else outer.addEventListener('abort', abort, { once: true });
    }
    const queue = [];
    let running = 0;
    let done = false;
    let next = null;     // wakes the consumer
    let resume = null;   // wakes the pump
    const wakeConsumer = () => {
      if (next) {
        const n = next;
        next = null;
        n();
      }
    };
    const maybeResume = () => {
      if (resume && !done && running < concurrency && queue.length < highWaterMark) {
        const r = resume;
        resume = null;
        r();
      }
    };
    const settled = () => {
      running--;
      maybeResume();
    };
    const failed = (err) => {
      done = true;
      queue.push(Promise.reject(err));
      queue[queue.length - 1].catch(() => {});
      wakeConsumer();
    };
    async function pump() {
      try {
        for await (let value of src) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            value = fn(value, signalOpt);
            if (value === kMapSkip) continue;
            value = Promise.resolve(value);
          } catch (err) {
            value = Promise.reject(err);
          }
          running++;
          value.then(settled, failed);
          queue.push(value);
          wakeConsumer();
          if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
            await new Promise((r) => { resume = r; });
          }
        }
        queue.push(kMapEof);
      } catch (err) {
        failed(err);
      } finally {
        wakeConsumer();
      }
    }
    pump();
    try {
      for (;;) {
        while (queue.length > 0) {
          const value = await queue[0];
          if (value === kMapEof) return;
          if (signal.aborted) throw new AbortError();
          if (value !== kMapSkip) yield value;
          queue.shift();
          maybeResume();
        }
        await new Promise((r) => { next = r; });
      }
    } finally {
      done = true;
      if (resume) {
        const r = resume;
        resume = null;
        r();
      }
      if (outer) outer.removeEventListener('abort', abort);
    }
  };
}

Readable.prototype.map = function map(fn, options) {
  validateMapper(fn, 'fn');
  validateHelperOptions(options);
  return Readable.from(mapWithConcurrency(this, fn, options)());
};

// filter, forEach, some, every and find run over map (so they take its
// concurrency option), as in node.
function filterStream(src, fn, options) {
  validateMapper(fn, 'fn');
  validateHelperOptions(options);
  async function keep(value, opts) {
    return (await fn(value, opts)) ? value : kMapSkip;
  }
  return Readable.from(mapWithConcurrency(src, keep, options)());
}

Readable.prototype.filter = function filter(fn, options) {
  return filterStream(this, fn, options);
};

Readable.prototype.flatMap = function flatMap(fn, options) {
  validateMapper(fn, 'fn');
  validateHelperOptions(options);
  const src = this;
  return Readable.from((async function* flat() {
    for await (const value of src) {
      const inner = await fn(value, { signal: options && options.signal });
      if (inner && (typeof inner[Symbol.asyncIterator] === 'function' ||
                    typeof inner[Symbol.iterator] === 'function')) {
        yield* inner;
      } else {
        yield inner;
      }
    }
  })());
};

function validateCount(n, name) {
  n = Number(n);
  if (Number.isNaN(n)) n = 0;
  if (n < 0) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "' + name + '" is out of range. It must ' +
                    'be >= 0. Received ' + n);
  }
  return n;
}

Readable.prototype.take = function take(number, options) {
  validateHelperOptions(options);
  number = validateCount(number, 'number');
  const src = this;
  return Readable.from((async function* taken() {
    if (number <= 0) return;
    for await (const value of src) {
      throwIfAborted(options);
      if (number-- > 0) yield value;
      if (number <= 0) return;
    }
  })());
};

Readable.prototype.drop = function drop(number, options) {
  validateHelperOptions(options);
  number = validateCount(number, 'number');
  const src = this;
  return Readable.from((async function* dropped() {
    for await (const value of src) {
      throwIfAborted(options);
      if (number-- <= 0) yield value;
    }
  })());
};

// Deprecated in node 20 (a DeprecationWarning on first use).
let asIndexedPairsWarned = false;
Readable.prototype.asIndexedPairs = function asIndexedPairs(options) {
  if (!asIndexedPairsWarned) {
    asIndexedPairsWarned = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.',
                        'DeprecationWarning');
  }
  validateHelperOptions(options);
  const src = this;
  return Readable.from((async function* indexed() {
    let index = 0;
    for await (const value of src) {
      throwIfAborted(options);
      yield [index++, value];
    }
  })());
};

Readable.prototype.forEach = async function forEach(fn, options) {
  validateMapper(fn, 'fn');
  validateHelperOptions(options);
  async function each(value, opts) {
    await fn(value, opts);
    return kMapSkip;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of mapWithConcurrency(this, each, options)());
};

Readable.prototype.toArray = async function toArray(options) {
  validateHelperOptions(options);
  const out = [];
  for await (const value of this) {
    throwIfAborted(options);
    out.push(value);
  }
  return out;
};

Readable.prototype.some = async function some(fn, options) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filterStream(this, fn, options)) return true;
  return false;
};

Readable.prototype.every = async function every(fn, options) {
  validateMapper(fn, 'fn');
  return !(await this.some(async (...args) => !(await fn(...args)), options));
};

Readable.prototype.find = async function find(fn, options) {
  for await (const result of filterStream(this, fn, options)) return result;
  return undefined;
};

Readable.prototype.reduce = async function reduce(fn, initial, options) {
  validateMapper(fn, 'reducer');
  validateHelperOptions(options);
  let hasInitial = arguments.length > 1;
  let acc = initial;
  for await (const value of this) {
    if (!hasInitial) {
      acc = value;
      hasInitial = true;
    } else {
      acc = await fn(acc, value, { signal: options && options.signal });
    }
  }
  if (!hasInitial) {
    const e = new TypeError('Reduce of an empty stream requires an ' +
                            'initial value');
    e.code = 'ERR_INVALID_ARGS';
    throw e;
  }
  return acc;
};

// ---- Writable -----------------------------------------------------------------

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  options = options || {};
  this.objectMode = !!(options.objectMode ||
                       (isDuplex && options.writableObjectMode));
  this.highWaterMark = highWaterMarkFrom(options, 'writableHighWaterMark',
                                         isDuplex, this.objectMode);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = options.decodeStrings !== false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  resetBuffer(this);
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = options.emitClose !== false;
  this.autoDestroy = options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
  configurable: true,
});

function Writable(options) {
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable,
                                                                this)) {
    return new Writable(options);
  }
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') {
      this._construct = options.construct;
    }
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this, () => {
    const state = this._writableState;
    if (!state.writing) clearBuffer(this, state);
    finishMaybe(this, state);
  });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function hasInstance(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true,
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, nodeError(Error, 'ERR_STREAM_CANNOT_PIPE',
                                 'Cannot pipe, not readable'));
};

function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.defaultEncoding;
  } else {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) {
      throw errors.unknownEncoding(encoding);
    }
    if (typeof cb !== 'function') cb = nop;
  }
  if (chunk === null) {
    throw errors.nullValues();
  } else if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = bufferFromString(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = bufferFromView(chunk);
      encoding = 'buffer';
    } else {
      throw invalidArgType('chunk', chunkTypes, chunk);
    }
  }
  let err;
  if (state.ending) err = errors.writeAfterEnd();
  else if (state.destroyed) err = errors.destroyed('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(enc) {
  if (typeof enc === 'string') enc = enc.toLowerCase();
  if (!isEncoding(enc)) throw errors.unknownEncoding(enc);
  this._writableState.defaultEncoding = enc;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  // Measured after a synchronous _write(): a write that completed at once
  // does not count against the high-water mark.
  const ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(errors.destroyed('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, errors.multipleCallback());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) {
      clearBuffer(stream, state);
    }
    if (sync) {
      afterSyncWrite(stream, state, cb);
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

// A write that completed synchronously: its callback, a 'drain' or the
// end of a destroyed stream wait for the next tick; callbacks of several
// synchronous writes share one tick; with nothing to report the write is
// settled at once.
function afterSyncWrite(stream, state, cb) {
  const needTick = (state.needDrain && state.length === 0) ||
    state.destroyed || cb !== nop;
  const info = state.afterWriteTickInfo;
  if (cb === nop) {
    if (!state.afterWritePending && needTick) {
      state.afterWritePending = true;
      process.nextTick(afterWrite, stream, state, 1, cb);
    } else {
      state.pendingcb--;
      if (state.ending) finishMaybe(stream, state, true);
    }
  } else if (info !== null && info.cb === cb) {
    info.count++;
  } else if (needTick) {
    state.afterWriteTickInfo = { count: 1, cb, stream, state };
    state.afterWritePending = true;
    process.nextTick(afterWriteTick, state.afterWriteTickInfo);
  } else {
    state.pendingcb--;
    if (state.ending) finishMaybe(stream, state, true);
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !stream.destroyed &&
    state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

// Fails every queued write (and end() callback) after an error or destroy.
function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored != null ? state.errored
                                   : errors.destroyed('write'));
  }
  const onfinish = state[kOnFinished].splice(0);
  for (let i = 0; i < onfinish.length; i++) {
    onfinish[i](state.errored != null ? state.errored
                                      : errors.destroyed('end'));
  }
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed ||
      !state.constructed) {
    return;
  }
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw errors.notImplemented('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // The failed write already reported it.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = errors.alreadyFinished('end');
  } else if (state.destroyed) {
    err = errors.destroyed('end');
  }
  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed &&
    state.length === 0 && !state.errored && state.buffered.length === 0 &&
    !state.finished && !state.writing && !state.errorEmitted &&
    !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : errors.multipleCallback());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const cbs = state[kOnFinished].splice(0);
      for (let i = 0; i < cbs.length; i++) cbs[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick((s, st) => {
      if (needFinish(st)) finish(s, st);
      else st.pendingcb--;
    }, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const cbs = state[kOnFinished].splice(0);
  for (let i = 0; i < cbs.length; i++) cbs[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const r = stream._readableState;
    const auto = !r ||
      (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (auto) stream.destroy();
  }
}

defineGetters(Writable.prototype, {
  closed() {
    return this._writableState ? this._writableState.closed : false;
  },
  destroyed: {
    get() {
      return this._writableState ? this._writableState.destroyed : false;
    },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored &&
        !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished() {
    return this._writableState ? this._writableState.finished : false;
  },
  writableObjectMode() {
    return this._writableState ? this._writableState.objectMode : false;
  },
  writableBuffer() {
    return this._writableState && this._writableState.getBuffer();
  },
  writableEnded() {
    return this._writableState ? this._writableState.ending : false;
  },
  writableNeedDrain() {
    const w = this._writableState;
    if (!w) return false;
    return !w.destroyed && !w.ending && w.needDrain;
  },
  writableHighWaterMark() {
    return this._writableState && this._writableState.highWaterMark;
  },
  writableCorked() {
    return this._writableState ? this._writableState.corked : 0;
  },
  writableLength() {
    return this._writableState && this._writableState.length;
  },
  errored() {
    return this._writableState ? this._writableState.errored : null;
  },
  writableAborted() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) &&
              !w.finished);
  },
});

Writable.prototype.destroy = function destroyWritable(err, cb) {
  const state = this._writableState;
  // Queued writes fail now unless the destroy waits for _construct.
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length ||
       state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

// ---- Duplex -------------------------------------------------------------------

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Duplex takes Writable's methods and writable-side getters (node's own
// list: closed, errored, pipe and writableAborted stay Readable's or absent).
for (const method of ['write', 'cork', 'uncork', 'setDefaultEncoding',
  '_write', '_writev', 'end', 'destroy', 'writable', 'writableHighWaterMark',
  'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded',
  'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, method,
    Object.getOwnPropertyDescriptor(Writable.prototype, method));
}

defineGetters(Duplex.prototype, {
  destroyed: {
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
    },
    set(value) {
      const r = this._readableState;
      const w = this._writableState;
      if (r && w) {
        r.destroyed = value;
        w.destroyed = value;
      }
    },
  },
});

// ---- Transform and PassThrough ------------------------------------------------

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A zero readable high-water mark would stall the transform; node gives
  // the readable side no buffer limit beyond what write() already applies.
  const rHwm = options
    ? highWaterMarkFrom(options, 'readableHighWaterMark', true, false)
    : null;
  if (rHwm === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark: rHwm,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') {
      this._transform = options.transform;
    }
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function transformFinal(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;

Transform.prototype._transform = function _transform(chunk, encoding, cb) {
  throw errors.notImplemented('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const r = this._readableState;
  const w = this._writableState;
  const length = r.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (w.ended || length === r.length || r.length < r.highWaterMark) {
      callback();
    } else {
      // The readable side is full: hold the write until _read() is called.
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function _read() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, enc, cb) {
  cb(null, chunk);
};

// ---- duplexPair -----------------------------------------------------------------
// Two Duplex ends of one in-memory channel: what one side writes, the
// other reads; a write completes once the other side has read it.

const kOtherSide = Symbol('kOtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kOtherSide] = null;
  this[kCallback] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function _read() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function _write(chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOtherSide].push(chunk);
    this[kOtherSide][kCallback] = callback;
  }
};

DuplexSide.prototype._final = function _final(callback) {
  this[kOtherSide].on('end', callback);
  this[kOtherSide].push(null);
};

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOtherSide] = b;
  b[kOtherSide] = a;
  return [a, b];
}

// ---- finished (end-of-stream) -------------------------------------------------

function onceFn(fn) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  callback = onceFn(callback);
  if (!isNodeStream(stream)) {
    throw invalidArgType('stream',
                         ['ReadableStream', 'WritableStream', 'Stream'],
                         stream);
  }
  const readable = options.readable != null ? options.readable
                                            : isReadableNodeStream(stream);
  const writable = options.writable != null ? options.writable
                                            : isWritableNodeStream(stream);
  const w = stream._writableState;
  const r = stream._readableState;

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  let emitsClose = willEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => {
    callback.call(stream, err);
  };
  let closed = isClosed(stream);
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') {
      return callback.call(stream, errored);
    }
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) {
        return callback.call(stream, errors.prematureClose());
      }
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) {
        return callback.call(stream, errors.prematureClose());
      }
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') {
      return callback.call(stream, errored);
    }
    callback.call(stream);
  };
  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!emitsClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !w) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!emitsClose && typeof stream.aborted === 'boolean') {
    stream.on('aborted', onclose);
  }
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((w && w.errorEmitted) || (r && r.errorEmitted)) {
    if (!emitsClose) process.nextTick(onclosed);
  } else if (!readable && (!emitsClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!emitsClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (r && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream,
                       new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      const original = callback;
      callback = onceFn((...args) => {
        signal.removeEventListener('abort', abort);
        Reflect.apply(original, stream, args);
      });
    }
  }
  return cleanup;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts && opts.cleanup) {
    autoCleanup = true;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

Object.defineProperty(eos, promisifyCustom, {
  value: finishedPromise, enumerable: false, configurable: true,
  writable: true,
});

// ---- pipeline -------------------------------------------------------------------

function pipelineDestroyer(stream, reading, writing) {
  let done = false;
  stream.on('close', () => {
    done = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing },
                      (err) => {
                        done = !err;
                      });
  return {
    destroy(err) {
      if (done) return;
      done = true;
      destroyer(stream, err || errors.destroyed('pipe'));
    },
    cleanup,
  };
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* fromReadable(val) {
  yield* Readable.prototype[Symbol.asyncIterator].call(val);
}

async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeStreams(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(errors.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const r = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
        r && r.ended && !r.errored && !r.errorEmitted) {
      // The source ended but has not said so yet; wait for 'end'.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

function pipeline(...streams) {
  const last = streams[streams.length - 1];
  validateFunction(last, 'streams[stream.length - 1]');
  streams.pop();
  return pipelineImpl(streams, onceFn(last));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw errors.missingArgs('streams');

  const ac = typeof AbortController === 'function'
    ? new AbortController() : null;
  const signal = ac ? ac.signal : undefined;
  const outerSignal = opts && opts.signal;
  const lastStreamCleanup = [];
  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new AbortError());
  }
  if (outerSignal) outerSignal.addEventListener('abort', abort);

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      error = err;
    }
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (outerSignal) outerSignal.removeEventListener('abort', abort);
    if (ac) ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } =
          pipelineDestroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors after the pipeline completed still reach the callback once.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' &&
            err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finish(err);
        }
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw errors.invalidReturn('Iterable, AsyncIterable or Stream',
                                     'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        throw invalidArgType('source',
                             ['Readable', 'Iterable', 'AsyncIterable'],
                             stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) {
          throw errors.invalidReturn('AsyncIterable',
                                     'transform[' + (i - 1) + ']', ret);
        }
      } else {
        // A function at the end: its result feeds a PassThrough so that
        // pipeline() still returns a stream.
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw errors.invalidReturn('AsyncIterable or Promise',
                                     'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = pipelineDestroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipeStreams(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable',
                                     'ReadableStream', 'TransformStream'],
                             ret);
      }
      ret = stream;
    } else {
      throw invalidArgType('streams[' + i + ']',
                           ['Stream', 'function'], stream);
    }
  }
  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) {
    process.nextTick(abort);
  }
  return ret;
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) &&
        !isIterable(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

Object.defineProperty(pipeline, promisifyCustom, {
  value: pipelinePromise, enumerable: false, configurable: true,
  writable: true,
});

// ---- Duplex.from, compose ---------------------------------------------------------

// The Duplex that Duplex.from and compose make (node names its class so).
class Duplexify extends Duplex {}

// A function stage (async generator transform, or async function that
// consumes): its source is an async iterable fed by the Duplex's writes.
function fromAsyncFunction(fn) {
  let pending = null;   // resolves the iterator's wait with the next write
  let waiting = new Promise((resolve) => { pending = resolve; });
  const ac = new AbortController();
  const signal = ac.signal;
  async function* source() {
    for (;;) {
      const current = waiting;
      waiting = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      waiting = new Promise((resolve) => { pending = resolve; });
      yield chunk;
    }
  }
  const value = fn(source(), { signal });
  const hand = (item) => {
    const resolve = pending;
    pending = null;
    resolve(item);
  };
  return {
    value,
    write(chunk, encoding, cb) { hand({ chunk, done: false, cb }); },
    final(cb) { hand({ done: true, cb }); },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// A Duplex over a { readable, writable } pair: writes go to `writable`,
// reads come from `readable`.
function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function'
    ? new Readable({ objectMode: true }).wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  let onclose;   // undefined while running, null once the stages finished
  const take = (name) => {
    const cb = name === 'drain' ? ondrain : name === 'finish' ? onfinish : onreadable;
    if (name === 'drain') ondrain = null;
    else if (name === 'finish') onfinish = null;
    else onreadable = null;
    return cb;
  };
  const d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable, writable,
  });
  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }
  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => { const cb = take('drain'); if (cb) cb(); });
    w.on('finish', () => { const cb = take('finish'); if (cb) cb(); });
  }
  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => { const cb = take('readable'); if (cb) cb(); });
    r.on('end', () => d.push(null));
    d._read = function () {
      for (;;) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

function duplexFrom(body, name) {
  if (isReadableNodeStream(body) && isWritableNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) {
    return duplexifyPair({ writable: false, readable: false });
  }
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncFunction(body);
    if (isIterable(value)) {
      return fromIterable(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) {
          throw errors.invalidReturn('nully', 'body', val);
        }
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw errors.invalidReturn('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (isIterable(body)) {
    return fromIterable(Duplexify, body, { objectMode: true, writable: false });
  }
  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable
      ? (isReadableNodeStream(body.readable) ? body.readable : duplexFrom(body.readable))
      : undefined;
    const writable = body.writable
      ? (isWritableNodeStream(body.writable) ? body.writable : duplexFrom(body.writable))
      : undefined;
    return duplexifyPair({ readable, writable });
  }
  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }
  const e = invalidArgType(name, ['function', 'Blob', 'ReadableStream', 'WritableStream',
                                  'Stream', 'Iterable', 'AsyncIterable', 'Promise'], body);
  return nodeErrorThrow(e.message.replace('. Received', ' or { readable, writable } pair. Received'));
}

function nodeErrorThrow(message) {
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

Duplex.from = function from(body) {
  return duplexFrom(body, 'body');
};

// compose(...streams): one Duplex; its writes enter the first stage and its
// reads come out of the last, the stages joined by pipeline().
function compose(...streams) {
  if (streams.length === 0) throw errors.missingArgs('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);
  const given = streams.slice();
  if (typeof streams[0] === 'function') {
    streams[0] = duplexFrom(streams[0], 'streams[0]');
  }
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') {
    streams[last] = duplexFrom(streams[last], 'streams[' + last + ']');
  }
  for (let i = 0; i < streams.length; i++) {
    if (!isNodeStream(streams[i])) continue;
    if (i < last && !isReadable(streams[i])) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      "The argument 'streams[" + i + "]' must be readable. Received " +
                      inspectShort(given[i]));
    }
    if (i > 0 && !isWritable(streams[i])) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      "The argument 'streams[" + i + "]' must be writable. Received " +
                      inspectShort(given[i]));
    }
  }
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  let onclose;   // undefined while running, null once the stages finished
  let d;
  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }
  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  const writable = !!isWritable(head);
  const readable = !!isReadable(tail);
  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable, readable,
  });
  if (writable) {
    d._write = function (chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    tail.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }
  if (readable) {
    tail.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on('end', () => d.push(null));
    d._read = function () {
      for (;;) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(tail, err);
    }
  };
  return d;
}

// ---- addAbortSignal -------------------------------------------------------------

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw invalidArgType('stream', ['ReadableStream', 'WritableStream',
                                    'Stream'], stream);
  }
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

// ---- exports ----------------------------------------------------------------------

function destroyStream(stream, err) {
  destroyer(stream, err);
}

Stream.isDestroyed = isDestroyed;
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.compose = compose;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyStream;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('stream/promises');
  },
});
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = bufferFromView;

// For stream/promises and other built-ins (not part of node's API).
Object.defineProperty(Stream, Symbol.for('kiln.stream.internals'), {
  value: { pipelinePromise, finishedPromise, errorOrDestroy, AbortError },
});

module.exports = Stream;
