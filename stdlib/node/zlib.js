// Kiln standard library: Node's `zlib` module, compiled by Kiln itself when
// Kiln is built. The compression work is done by zlib and brotli through
// the natives of require('kiln:zlib') (stdlib/node/zlib.c); this file does
// node's API: option validation and its errors, the one-shot sync and
// callback forms, the stream classes, constants and codes.
//
// The engines (Gzip, Inflate, BrotliCompress ...) are Transform streams
// whose writes run on libuv's thread pool. A sync one-shot call
// (gzipSync ...) makes an engine and feeds it the whole input with the
// finish flush, collecting chunkSize pieces of output, as node's
// processChunkSync does; a callback one-shot call (gzip(buf, cb) ...)
// ends an engine stream with the input and collects its 'data'.
'use strict';

const binding = require('kiln:zlib');
const kiln = require('kiln:internal');
const { Buffer } = require('buffer');
const { Transform, finished } = require('stream');

const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');

// ---- constants ----------------------------------------------------------

const constants = Object.create(null);
[
  ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2],
  ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4], ['Z_BLOCK', 5],
  ['Z_OK', 0], ['Z_STREAM_END', 1], ['Z_NEED_DICT', 2], ['Z_ERRNO', -1],
  ['Z_STREAM_ERROR', -2], ['Z_DATA_ERROR', -3], ['Z_MEM_ERROR', -4],
  ['Z_BUF_ERROR', -5], ['Z_VERSION_ERROR', -6],
  ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9],
  ['Z_DEFAULT_COMPRESSION', -1], ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2],
  ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
  // node 20's bundled zlib is 1.3.1; the value is node's so that programs
  // print the same (kiln links the system's zlib).
  ['ZLIB_VERNUM', 4880],
  ['DEFLATE', 1], ['INFLATE', 2], ['GZIP', 3], ['GUNZIP', 4],
  ['DEFLATERAW', 5], ['INFLATERAW', 6], ['UNZIP', 7],
  ['BROTLI_DECODE', 8], ['BROTLI_ENCODE', 9],
  ['Z_MIN_WINDOWBITS', 8], ['Z_MAX_WINDOWBITS', 15],
  ['Z_DEFAULT_WINDOWBITS', 15], ['Z_MIN_CHUNK', 64],
  ['Z_MAX_CHUNK', Infinity], ['Z_DEFAULT_CHUNK', 16384],
  ['Z_MIN_MEMLEVEL', 1], ['Z_MAX_MEMLEVEL', 9], ['Z_DEFAULT_MEMLEVEL', 8],
  ['Z_MIN_LEVEL', -1], ['Z_MAX_LEVEL', 9], ['Z_DEFAULT_LEVEL', -1],
  ['BROTLI_OPERATION_PROCESS', 0], ['BROTLI_OPERATION_FLUSH', 1],
  ['BROTLI_OPERATION_FINISH', 2], ['BROTLI_OPERATION_EMIT_METADATA', 3],
  ['BROTLI_PARAM_MODE', 0], ['BROTLI_MODE_GENERIC', 0],
  ['BROTLI_MODE_TEXT', 1], ['BROTLI_MODE_FONT', 2],
  ['BROTLI_DEFAULT_MODE', 0], ['BROTLI_PARAM_QUALITY', 1],
  ['BROTLI_MIN_QUALITY', 0], ['BROTLI_MAX_QUALITY', 11],
  ['BROTLI_DEFAULT_QUALITY', 11], ['BROTLI_PARAM_LGWIN', 2],
  ['BROTLI_MIN_WINDOW_BITS', 10], ['BROTLI_MAX_WINDOW_BITS', 24],
  ['BROTLI_LARGE_MAX_WINDOW_BITS', 30], ['BROTLI_DEFAULT_WINDOW', 22],
  ['BROTLI_PARAM_LGBLOCK', 3], ['BROTLI_MIN_INPUT_BLOCK_BITS', 16],
  ['BROTLI_MAX_INPUT_BLOCK_BITS', 24],
  ['BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING', 4],
  ['BROTLI_PARAM_SIZE_HINT', 5], ['BROTLI_PARAM_LARGE_WINDOW', 6],
  ['BROTLI_PARAM_NPOSTFIX', 7], ['BROTLI_PARAM_NDIRECT', 8],
  ['BROTLI_DECODER_RESULT_ERROR', 0], ['BROTLI_DECODER_RESULT_SUCCESS', 1],
  ['BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT', 2],
  ['BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT', 3],
  ['BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION', 0],
  ['BROTLI_DECODER_PARAM_LARGE_WINDOW', 1],
  ['BROTLI_DECODER_NO_ERROR', 0], ['BROTLI_DECODER_SUCCESS', 1],
  ['BROTLI_DECODER_NEEDS_MORE_INPUT', 2],
  ['BROTLI_DECODER_NEEDS_MORE_OUTPUT', 3],
  ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE', -1],
  ['BROTLI_DECODER_ERROR_FORMAT_RESERVED', -2],
  ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE', -3],
  ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET', -4],
  ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME', -5],
  ['BROTLI_DECODER_ERROR_FORMAT_CL_SPACE', -6],
  ['BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE', -7],
  ['BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT', -8],
  ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1', -9],
  ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2', -10],
  ['BROTLI_DECODER_ERROR_FORMAT_TRANSFORM', -11],
  ['BROTLI_DECODER_ERROR_FORMAT_DICTIONARY', -12],
  ['BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS', -13],
  ['BROTLI_DECODER_ERROR_FORMAT_PADDING_1', -14],
  ['BROTLI_DECODER_ERROR_FORMAT_PADDING_2', -15],
  ['BROTLI_DECODER_ERROR_FORMAT_DISTANCE', -16],
  ['BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET', -19],
  ['BROTLI_DECODER_ERROR_INVALID_ARGUMENTS', -20],
  ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES', -21],
  ['BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS', -22],
  ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP', -25],
  ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1', -26],
  ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2', -27],
  ['BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES', -30],
  ['BROTLI_DECODER_ERROR_UNREACHABLE', -31],
].forEach(([k, v]) => { constants[k] = v; });

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// Error code names both ways: codes.Z_DATA_ERROR and codes['-3'].
const codes = {};
const codeNames = ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO',
  'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR',
  'Z_VERSION_ERROR'];
for (const k of codeNames) codes[k] = constants[k];
for (const k of codeNames) codes[constants[k]] = k;
Object.freeze(codes);

// The largest Buffer (buffer.constants.MAX_LENGTH in node 20).
const kMaxLength = 2 ** 32;

// The highest BROTLI_PARAM_* number: the size of the parameter array.
let kMaxBrotliParam = 0;
for (const k of Object.keys(constants)) {
  if (k.startsWith('BROTLI_PARAM_') && constants[k] > kMaxBrotliParam) {
    kMaxBrotliParam = constants[k];
  }
}

// ---- errors ---------------------------------------------------------------

function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') {
    return ' Received function ' + value.name;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ' Received an instance of ' + value.constructor.name;
    }
    return ' Received ' + kiln.inspect(value, { depth: -1 });
  }
  let shown = kiln.inspect(value, { colors: false });
  if (typeof value === 'string' && value.length > 28) {
    shown = kiln.inspect(value.slice(0, 25), { colors: false }) + '...';
    shown = shown.slice(0, -4) + "...'";
  }
  return ' Received type ' + typeof value + ' (' + shown + ')';
}

function nodeError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  return e;
}

// `name` is 'buffer' (an argument) or 'options.level' (a property).
function invalidArgType(name, expected, value) {
  const what = name.includes('.') || name.includes('[') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   'The "' + name + '" ' + what + ' must be ' + expected + '.' +
                   describeReceived(value));
}

function outOfRange(name, range, value) {
  let shown;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    // node groups the digits of large integers: 1_000_000_000_000.
    shown = String(value).replace(/(\d)(?=(\d{3})+$)/g, '$1_');
  } else {
    shown = kiln.inspect(value, {});
  }
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                   'The value of "' + name + '" is out of range. It must be ' +
                   range + '. Received ' + shown);
}

function bufferTooLarge(max) {
  return nodeError(RangeError, 'ERR_BUFFER_TOO_LARGE',
                   'Cannot create a Buffer larger than ' + max + ' bytes');
}

// An error of zlib or brotli: a plain Error with errno and code.
function engineError(triple) {
  const e = new Error(triple[0]);
  e.errno = triple[1];
  e.code = triple[2];
  if (triple[0] === 'Decompression failed') {
    // Brotli's decoder errors are named as brotli 1.1's error strings
    // make them (ERR__ERROR_FORMAT_PADDING_1); older brotlis drop the
    // prefix, so the name comes from the constants.
    for (const k of Object.keys(constants)) {
      if (k.startsWith('BROTLI_DECODER_ERROR_') && constants[k] === e.errno) {
        e.code = 'ERR_' + k.slice('BROTLI_DECODER'.length);
      }
    }
  }
  return e;
}

// True for a finite number, false for undefined and NaN (use the
// default); throws for other types and infinities.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') {
    throw invalidArgType(name, 'of type number', number);
  }
  throw outOfRange(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw outOfRange(name, '>= ' + lower + ' and <= ' + upper, number);
  }
  return number;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw invalidArgType(name, 'of type function', value);
  }
}

// ---- bytes -------------------------------------------------------------------

function allocBytes(n) {
  return n === 0 ? Buffer.alloc(0) : Buffer.allocUnsafe(n);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// A Uint8Array over the bytes of any ArrayBufferView (no copy).
function asBytes(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function concatBytes(list, total) {
  return list.length === 1 ? list[0] : Buffer.concat(list, total);
}

// ---- the engine classes ------------------------------------------------

// Flush kinds from weakest to strongest (for the last chunk of a stream).
const flushOrder = [];
[Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH,
  Z_FINISH].forEach((f, i) => { flushOrder[f] = i; });

function strongerFlush(a, b) {
  return flushOrder[a] > flushOrder[b] ? a : b;
}

const zlibFlushes = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH,
  fullFlush: Z_FULL_FLUSH };
const brotliFlushes = { flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH };

// The common part of every engine: chunk size, flush kinds, output limit.
function ZlibBase(opts, mode, handle, flushes) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let flush = flushes.flush;
  let finishFlush = flushes.finishFlush;
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const maxFlushKind = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw outOfRange('options.chunkSize', '>= ' + Z_MIN_CHUNK, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', 0,
                                    maxFlushKind, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush,
                                          'options.finishFlush', 0,
                                          maxFlushKind, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength,
                                              'options.maxOutputLength', 1,
                                              kMaxLength, kMaxLength);
    // The stream carries bytes whatever the options say.
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = Object.assign({}, opts);
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Transform.call(this, Object.assign({ autoDestroy: true }, opts));
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._writeState = new Uint32Array(2);
  this._outBuffer = allocBytes(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = flushes.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

// flush([kind, ]callback): writes an empty chunk that carries the flush
// kind (Z_FULL_FLUSH / BROTLI_OPERATION_FLUSH by default).
ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushChunk(kind), '', callback);
  }
};

// Zero-length chunks tagged with their flush kind, one per kind.
const flushChunks = [];
function flushChunk(kind) {
  if (!flushChunks[kind]) {
    const b = allocBytes(0);
    b[kFlushFlag] = kind;
    flushChunks[kind] = b;
  }
  return flushChunks[kind];
}

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk of an ended stream also finishes it.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(allocBytes(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

// The legacy entry point: with a callback, an async write of one chunk;
// without, the sync loop.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    processChunk(this, chunk, flushFlag, cb);
  } else {
    return processChunkSync(this, chunk, flushFlag);
  }
};

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// bytesRead is the deprecated name of bytesWritten (DEP0108).
let warnedBytesRead = false;
function warnBytesRead() {
  if (warnedBytesRead) return;
  warnedBytesRead = true;
  process.emitWarning('zlib.bytesRead is deprecated and will change its ' +
                      'meaning in the future. Use zlib.bytesWritten instead.',
                      'DeprecationWarning', 'DEP0108');
}
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get() {
    warnBytesRead();
    return this.bytesWritten;
  },
  set(value) {
    warnBytesRead();
    this.bytesWritten = value;
  },
});

ZlibBase.prototype.reset = function reset() {
  if (this._handle === null) throw new Error('zlib binding closed');
  const err = binding.reset(this._handle);
  if (err) throw engineError(err);
};

function closeHandle(engine) {
  if (engine._handle === null) return;
  binding.close(engine._handle);
  engine._handle = null;
}

// zlib's formats: windowBits, level, memLevel, strategy, dictionary.
function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // 0 lets the inflaters take the window size from the stream's header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip needs at least 9 (zlib turns 8 into 9 for the others).
      windowBits = checkRangesOrGetDefault(
        opts.windowBits, 'options.windowBits',
        Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS,
        Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level',
                                    Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel',
                                       Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                                       Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
                                       Z_DEFAULT_STRATEGY, Z_FIXED,
                                       Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (!isAnyArrayBuffer(dictionary)) {
        throw invalidArgType('options.dictionary', 'an instance of Buffer, ' +
                             'TypedArray, DataView, or ArrayBuffer',
                             dictionary);
      }
      dictionary = Buffer.from(dictionary);
    }
  }
  const handle = binding.create(mode);
  binding.init(handle, windowBits, level, memLevel, strategy, dictionary);
  ZlibBase.call(this, opts, mode, handle, zlibFlushes);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params(level, strategy, callback): node flushes what was written with
// the old parameters first (a sync flush), then switches.
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    process.nextTick(callback);
    return;
  }
  this.flush(Z_SYNC_FLUSH, () => {
    if (this._handle === null) throw new Error('zlib binding closed');
    const err = binding.params(this._handle, level, strategy);
    if (err) throw engineError(err);
    if (!this.destroyed) {
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    }
  });
};

function Brotli(opts, mode) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(0xffffffff);
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam ||
          params[key] !== 0xffffffff) {
        throw nodeError(RangeError, 'ERR_BROTLI_INVALID_PARAM',
                        origKey + ' is not a valid Brotli parameter');
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw invalidArgType('options.params[key]', 'of type number', value);
      }
      params[key] = value;
    }
  }
  const handle = binding.create(mode);
  if (!binding.initBrotli(handle, params)) {
    binding.close(handle);
    throw nodeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED',
                    'Initialization failed');
  }
  ZlibBase.call(this, opts, mode, handle, brotliFlushes);
}
// As in node, brotli engines inherit Zlib's prototype (and params).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

// The public classes, callable with or without `new`.
function makeClass(name, Base, mode) {
  const C = {
    [name]: function(opts) {
      if (!(this instanceof C)) return new C(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Base.prototype);
  Object.setPrototypeOf(C, Base);
  return C;
}

const Deflate = makeClass('Deflate', Zlib, DEFLATE);
const Inflate = makeClass('Inflate', Zlib, INFLATE);
const Gzip = makeClass('Gzip', Zlib, GZIP);
const Gunzip = makeClass('Gunzip', Zlib, GUNZIP);
const InflateRaw = makeClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = makeClass('Unzip', Zlib, UNZIP);
const BrotliCompress = makeClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = makeClass('BrotliDecompress', Brotli, BROTLI_DECODE);

// Raw deflate cannot use a 256-byte window (zlib refuses -8); node asks
// for 9 instead.
function DeflateRaw(opts) {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  if (!(this instanceof DeflateRaw)) return new DeflateRaw(opts);
  Zlib.call(this, opts, DEFLATERAW);
}
Object.setPrototypeOf(DeflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(DeflateRaw, Zlib);

// ---- stream processing --------------------------------------------------------

// Writes one chunk on the thread pool; each completion pushes what came
// out, and the chunk is done (cb) when the engine stopped filling the
// output buffer. An engine error destroys the stream with it.
function processChunk(engine, chunk, flushFlag, cb) {
  if (engine._handle === null) {
    process.nextTick(cb);
    return;
  }
  const w = {
    chunk, cb, flushFlag, inOff: 0, availIn: chunk.byteLength,
    availOut: engine._chunkSize - engine._outOffset,
  };
  startWrite(engine, w);
}

function startWrite(engine, w) {
  binding.write(engine._handle, w.flushFlag, w.chunk, w.inOff, w.availIn,
                engine._outBuffer, engine._outOffset, w.availOut,
                engine._writeState, (err) => afterWrite(engine, w, err));
}

function afterWrite(engine, w, err) {
  if (err) {
    const error = engineError(err);
    engine.destroy(error);
    engine[kError] = error;
    return;
  }
  if (engine.destroyed) {
    w.cb();
    return;
  }
  const availOutAfter = engine._writeState[0];
  const availInAfter = engine._writeState[1];
  const consumed = w.availIn - availInAfter;
  engine.bytesWritten += consumed;
  const have = w.availOut - availOutAfter;
  let full = false;
  if (have > 0) {
    const out = engine._outBuffer.subarray(engine._outOffset,
                                           engine._outOffset + have);
    engine._outOffset += have;
    full = !engine.push(out);
  }
  if (engine.destroyed) {
    w.cb();
    return;
  }
  if (availOutAfter === 0 || engine._outOffset >= engine._chunkSize) {
    engine._outOffset = 0;
    engine._outBuffer = allocBytes(engine._chunkSize);
  }
  if (availOutAfter === 0) {
    // The output buffer filled up: go on with the rest of the input, once
    // the reader wants more if the readable side is full.
    w.inOff += consumed;
    w.availIn = availInAfter;
    w.availOut = engine._chunkSize - engine._outOffset;
    if (!full) {
      startWrite(engine, w);
    } else {
      const read = engine._read;
      engine._read = function(n) {
        engine._read = read;
        startWrite(engine, w);
        read.call(engine, n);
      };
    }
    return;
  }
  // Input left over with room to spare: the compressed stream ended
  // before its input did.
  if (availInAfter > 0) engine.push(null);
  w.cb();
}

// ---- one-shot processing ---------------------------------------------------

// Feeds all of `chunk` with `flushFlag`, collecting the output in
// chunkSize pieces; closes the engine.
function processChunkSync(engine, chunk, flushFlag) {
  const handle = engine._handle;
  const state = engine._writeState;
  const chunkSize = engine._chunkSize;
  let inOff = 0;
  let availIn = chunk.byteLength;
  let out = engine._outBuffer;
  let outOff = engine._outOffset;
  let availOut = chunkSize - outOff;
  const pieces = [];
  let nread = 0;
  let inputRead = 0;
  for (;;) {
    const err = binding.writeSync(handle, flushFlag, chunk, inOff, availIn,
                                  out, outOff, availOut, state);
    if (err) {
      closeHandle(engine);
      throw engineError(err);
    }
    const availOutAfter = state[0];
    const availInAfter = state[1];
    const consumed = availIn - availInAfter;
    inputRead += consumed;
    const have = availOut - availOutAfter;
    if (have > 0) {
      pieces.push(outOff === 0 && have === out.byteLength ?
        out : out.subarray(outOff, outOff + have));
      outOff += have;
      nread += have;
      if (nread > engine._maxOutputLength) {
        closeHandle(engine);
        throw bufferTooLarge(engine._maxOutputLength);
      }
    }
    if (availOutAfter === 0 || outOff >= chunkSize) {
      availOut = chunkSize;
      outOff = 0;
      out = allocBytes(chunkSize);
    }
    if (availOutAfter !== 0) break;
    // The output filled up: go on with the rest of the input.
    inOff += consumed;
    availIn = availInAfter;
  }
  engine.bytesWritten = inputRead;
  closeHandle(engine);
  return nread === 0 ? allocBytes(0) : concatBytes(pieces, nread);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (!isAnyArrayBuffer(buffer)) {
      throw invalidArgType('buffer', 'of type string or an instance of ' +
                           'Buffer, TypedArray, DataView, or ArrayBuffer',
                           buffer);
    }
    buffer = Buffer.from(buffer);
  }
  const result = processChunkSync(engine, asBytes(buffer),
                                  engine._finishFlushFlag);
  return engine._info ? { buffer: result, engine } : result;
}

// The callback form: the input goes through the engine as a stream.
function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays; other views become Buffers over their bytes.
  if (isArrayBufferView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const pieces = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    pieces.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      engine.removeAllListeners('end');
      callback(bufferTooLarge(engine._maxOutputLength));
    }
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    const result = nread === 0 ? allocBytes(0) : concatBytes(pieces, nread);
    callback(null, engine._info ? { buffer: result, engine } : result);
    engine.close();
  });
  engine.end(buffer);
}

function syncMethod(Ctor) {
  return function syncBufferWrapper(buffer, opts) {
    return zlibBufferSync(new Ctor(opts), buffer);
  };
}

function asyncMethod(Ctor) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Ctor(opts), buffer, callback);
  };
}

// crc32(data[, value]): the CRC-32 of a string (as UTF-8) or a view's bytes,
// continuing from [value].
function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = Buffer.from(data);
  } else if (!isArrayBufferView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, ' +
                         'TypedArray, or DataView', data);
  }
  if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
  if (!Number.isInteger(value)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of ' +
                    'range. It must be an integer. Received ' + kiln.inspect(value, {}));
  }
  if (value < 0 || value > 0xffffffff) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of ' +
                    'range. It must be >= 0 && <= 4294967295. Received ' + value);
  }
  return binding.crc32(data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate: asyncMethod(Deflate),
  deflateSync: syncMethod(Deflate),
  gzip: asyncMethod(Gzip),
  gzipSync: syncMethod(Gzip),
  deflateRaw: asyncMethod(DeflateRaw),
  deflateRawSync: syncMethod(DeflateRaw),
  unzip: asyncMethod(Unzip),
  unzipSync: syncMethod(Unzip),
  inflate: asyncMethod(Inflate),
  inflateSync: syncMethod(Inflate),
  gunzip: asyncMethod(Gunzip),
  gunzipSync: syncMethod(Gunzip),
  inflateRaw: asyncMethod(InflateRaw),
  inflateRawSync: syncMethod(InflateRaw),
  brotliCompress: asyncMethod(BrotliCompress),
  brotliCompressSync: syncMethod(BrotliCompress),
  brotliDecompress: asyncMethod(BrotliDecompress),
  brotliDecompressSync: syncMethod(BrotliDecompress),
};

function factory(Ctor) {
  return {
    configurable: true,
    enumerable: true,
    value: { value(options) { return new Ctor(options); } }.value,
  };
}

Object.defineProperties(module.exports, {
  createDeflate: factory(Deflate),
  createInflate: factory(Inflate),
  createDeflateRaw: factory(DeflateRaw),
  createInflateRaw: factory(InflateRaw),
  createGzip: factory(Gzip),
  createGunzip: factory(Gunzip),
  createUnzip: factory(Unzip),
  createBrotliCompress: factory(BrotliCompress),
  createBrotliDecompress: factory(BrotliDecompress),
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: codes },
});

// The legacy top-level constants (zlib.Z_OK ...), without brotli's.
for (const k of Object.keys(constants)) {
  if (k.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, k, {
    enumerable: false, value: constants[k], writable: false,
  });
}
