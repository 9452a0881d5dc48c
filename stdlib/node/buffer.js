// Kiln standard library: node's `buffer` module (node 20), compiled by Kiln
// itself when Kiln is built.
//
// Buffer is node's FastBuffer, a Uint8Array subclass, with Buffer as the
// function users call (Buffer.prototype === FastBuffer.prototype). Small
// buffers are cut from a shared 8 KiB pool as node's are (allocUnsafe,
// from(string|array), concat), so byteOffset and buffer match node's.
// The byte work (encodings, search, compare, fill, copy, floats, BigInt
// words) is native: require('kiln:buffer') (stdlib/node/buffer.c). Argument
// checks and error messages follow node's lib/buffer.js.
//
// Also here: atob, btoa, Blob, File, isUtf8, isAscii, constants.
// transcode knows ascii, latin1, utf16le and utf8.
// Not implemented: resolveObjectURL (gives undefined), Blob.stream.
'use strict';
const binding = require('kiln:buffer');
const kiln = require('kiln:internal');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 0x1fffffe8;
const INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- node-style errors --------------------------------------------------------

// An error like node's internal NodeError: an instance of [Base] with a
// `code`, printed "TypeError [CODE]: message".
function nodeError(Base, code, message) {
  const e = new Base(message);
  Object.defineProperty(e, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    writable: true, configurable: true,
  });
  e.code = code;
  Object.defineProperty(e, 'stack', {
    value: `${e.name} [${code}]: ${message}\n    at <anonymous>`,
    writable: true, configurable: true,
  });
  return e;
}

function inspectValue(v) {
  return kiln.inspect(v);
}

// node's determineSpecificType.
function describeReceived(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return inspectValue(value);
  }
  let shown = inspectValue(value);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

const primitiveTypes = ['string', 'function', 'number', 'object', 'Function',
                        'Object', 'boolean', 'bigint', 'symbol'];

function joinList(list, word) {
  if (list.length > 2) return `${list.slice(0, -1).join(', ')}, ${word} ${list[list.length - 1]}`;
  return list.join(` ${word} `);
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [], instances = [], other = [];
  for (const v of expected) {
    if (primitiveTypes.includes(v)) types.push(v.toLowerCase());
    else if (/^([A-Z][a-z0-9]*)+$/.test(v)) instances.push(v);
    else other.push(v);
  }
  if (instances.length > 0) {
    const i = types.indexOf('object');
    if (i !== -1) { types.splice(i, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    msg += types.length > 1 ? `one of type ${joinList(types, 'or')}` : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${joinList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${joinList(other, 'or')}`;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}. Received ${describeReceived(actual)}`);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function outOfRange(name, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspectValue(input);
  }
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                   `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function unknownEncoding(enc) {
  return nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
}

function bufferOutOfBounds(name) {
  return nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name ?
    `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
}

function invalidArgValue(name, value) {
  let shown = inspectValue(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' is invalid. Received ${shown}`);
}

function missingArgs(name) {
  return nodeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw outOfRange(name, `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`, value);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

// ---- encodings ------------------------------------------------------------------

// Encoding ids shared with buffer.c.
const UTF8 = 0, UTF16LE = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;

// node's normalizeEncoding: the canonical name, or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case '': return 'utf8';
  }
  return undefined;
}

const encodingIds = {
  utf8: UTF8, utf16le: UTF16LE, latin1: LATIN1, ascii: ASCII,
  base64: BASE64, base64url: BASE64URL, hex: HEX,
};

// The encoding id of a user-given name, or -1 (node's getEncodingOps:
// case-insensitive, no defaulting of '' or null).
function encodingId(enc) {
  if (typeof enc !== 'string') enc = `${enc}`;
  switch (enc) {
    case 'utf8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'latin1': case 'binary': return LATIN1;
  }
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UTF16LE;
    case 'latin1': case 'binary': return LATIN1;
    case 'base64': return BASE64;
    case 'base64url': return BASE64URL;
    case 'hex': return HEX;
    case 'ascii': return ASCII;
  }
  return -1;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// The byteLength of node's encodingOps (a bound, exact for most).
function byteLengthOf(string, id) {
  switch (id) {
    case UTF8: return binding.byteLength(string, UTF8);
    case UTF16LE: return string.length * 2;
    case BASE64: case BASE64URL: return base64ByteLength(string, string.length);
    case HEX: return string.length >>> 1;
    default: return string.length;
  }
}

// ---- the pool and construction ----------------------------------------------------

class FastBuffer extends Uint8Array {
  // A constructor, so that new FastBuffer() works with any arguments.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let poolSize = 8 * 1024;
let poolOffset, allocPool;

function createPool() {
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function createUnsafeBuffer(size) {
  return binding.alloc(size);
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = binding.view(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringFast(string, id) {
  const length = byteLengthOf(string, id);
  if (length >= (Buffer.poolSize >>> 1)) return binding.fromString(string, id);
  if (length > (poolSize - poolOffset)) createPool();
  let b = binding.view(allocPool, poolOffset, length);
  const actual = binding.write(b, string, 0, length, id);
  if (actual !== length) b = binding.view(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let id = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    id = encodingId(encoding);
    if (id < 0) throw unknownEncoding(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringFast(string, id);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > (poolSize - poolOffset)) createPool();
    const b = binding.view(allocPool, poolOffset, length);
    b.set(obj, 0);
    poolOffset += length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (isUint8Array(obj)) {
    const b = allocate(obj.length);
    if (b.length === 0) return b;
    binding.copy(obj, b, 0, 0, obj.length);
    return b;
  }
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

// ---- Buffer and its statics ----------------------------------------------------------

// The deprecated Buffer(arg, encodingOrOffset, length), with or without new.
let warnedDeprecatedCall = false;

function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDeprecatedCall && typeof process === 'object' &&
      typeof process.emitWarning === 'function') {
    warnedDeprecatedCall = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. ' +
                        'Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
                        'Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = poolSize;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidArgType('first argument',
                       ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataViewCtor()) {
    throw invalidArgType('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateNumber(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateNumber(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const b = allocate(bytes.length);
  binding.copy(bytes, b, 0, 0, bytes.length);
  return b;
};

function DataViewCtor() {
  return typeof DataView === 'function' ? DataView : function NoDataView() {};
}

Buffer.of = function of(...items) {
  const b = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidArgType('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw invalidArgType('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw invalidArgType(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = (arguments.length > 2 && arguments[2] === true);
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : binding.byteLength(string, UTF8);
  const id = encodingId(encoding);
  if (id < 0) return mustMatch ? -1 : binding.byteLength(string, UTF8);
  return byteLengthOf(string, id);
}
Buffer.byteLength = byteLength;

// ---- copy, compare, fill, search ----------------------------------------------------------

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw invalidArgType('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw outOfRange('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  binding.copy(source, target, targetStart, sourceStart, nb);
  return nb;
}

function _fill(buf, value, offset, end, encoding) {
  let id = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw unknownEncoding(encoding);
    }
    id = encodingIds[normalized];
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw bufferOutOfBounds();
    binding.fill(buf, value, offset, end, id);
  } else {
    const res = binding.fill(buf, value, offset, end, id);
    if (res < 0) {
      if (res === -1) throw invalidArgValue('value', value);
      throw bufferOutOfBounds();
    }
  }
  return buf;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isUint8Array(buffer)) throw invalidArgType('buffer', ['Buffer', 'Uint8Array'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return binding.indexOf(buffer, val >>> 0, byteOffset, UTF8, dir);
  let id = UTF8;
  if (encoding !== undefined) {
    id = encodingId(encoding);
    if (id < 0) throw unknownEncoding(encoding);
  }
  if (typeof val === 'string') return binding.indexOf(buffer, val, byteOffset, id, dir);
  if (isUint8Array(val)) return binding.indexOf(buffer, val, byteOffset, id, dir);
  throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// ---- Buffer.prototype -----------------------------------------------------------------------

const proto = FastBuffer.prototype;

function defineMethods(target, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(target, name, {
      value: methods[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

function sliceMethod(id) {
  return function(start, end) {
    if (start === undefined) start = 0;
    if (end === undefined) end = this.length;
    if (start < 0 || end > this.length || start > end) {
      if (start > this.length) throw bufferOutOfBounds('start');
      throw bufferOutOfBounds();
    }
    return binding.toString(this, id, start, end);
  };
}

function writeMethod(id) {
  return function(string, offset = 0, length = this.byteLength - offset) {
    validateString(string, 'string');
    if (offset < 0 || offset > this.byteLength) throw bufferOutOfBounds('offset');
    if (length < 0 || length > this.byteLength - offset) throw bufferOutOfBounds('length');
    return binding.write(this, string, offset, length, id);
  };
}

function writeWith(buf, string, offset, length, id) {
  if (typeof string !== 'string') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  return binding.write(buf, string, offset, length, id);
}

defineMethods(proto, {
  asciiSlice: sliceMethod(ASCII),
  base64Slice: sliceMethod(BASE64),
  base64urlSlice: sliceMethod(BASE64URL),
  latin1Slice: sliceMethod(LATIN1),
  hexSlice: sliceMethod(HEX),
  ucs2Slice: sliceMethod(UTF16LE),
  utf8Slice: sliceMethod(UTF8),
  asciiWrite: writeMethod(ASCII),
  base64Write: writeMethod(BASE64),
  base64urlWrite: writeMethod(BASE64URL),
  latin1Write: writeMethod(LATIN1),
  hexWrite: writeMethod(HEX),
  ucs2Write: writeMethod(UTF16LE),
  utf8Write: writeMethod(UTF8),
});

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

function swapError(bits) {
  return nodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${bits}`);
}

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return binding.toString(this, UTF8, 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return binding.toString(this, UTF8, start, end);
    const id = encodingId(encoding);
    if (id < 0) throw unknownEncoding(encoding);
    return binding.toString(this, id, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw invalidArgType('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength) return false;
    return len === 0 || binding.compare(this, otherBuffer) === 0;
  },

  inspect: inspectBuffer,

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return binding.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
    if (targetStart >= targetEnd) return 1;
    if (sourceStart > this.length) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
    }
    if (targetStart > target.length) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
    }
    return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) return writeWith(this, string, 0, this.length, UTF8);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return writeWith(this, string, offset, length, UTF8);
    const id = encodingId(encoding);
    if (id < 0) throw unknownEncoding(encoding);
    return writeWith(this, string, offset, length, id);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray(start, end) {
    return Uint8Array.prototype.subarray.call(this, start, end);
  },

  slice(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return binding.view(this.buffer, this.byteOffset + start, newLength);
  },

  swap16() {
    if (this.length % 2 !== 0) throw swapError('16-bits');
    binding.swap(this, 2);
    return this;
  },

  swap32() {
    if (this.length % 4 !== 0) throw swapError('32-bits');
    binding.swap(this, 4);
    return this;
  },

  swap64() {
    if (this.length % 8 !== 0) throw swapError('64-bits');
    binding.swap(this, 8);
    return this;
  },
});
Object.defineProperty(proto, 'toLocaleString', {
  value: proto.toString, writable: true, enumerable: false, configurable: true,
});

// node's Buffer.prototype[inspect.custom]: "<Buffer 68 69 ... 3 more bytes>",
// then the own non-index properties.
function inspectBuffer(recurseTimes, ctx) {
  const max = module.exports.INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.toString(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = Object.create(null);
    const keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
    for (const key of keys) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && +key < this.length) continue;
      if (ctx.showHidden || Object.prototype.propertyIsEnumerable.call(this, key)) {
        extras = true;
        obj[key] = this[key];
      }
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      str += kiln.inspect(obj).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Object.defineProperty(proto, customInspect, {
  value: inspectBuffer, writable: true, enumerable: false, configurable: true,
});

// ---- integer and float reads and writes ----------------------------------------------------

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and ` +
                `< 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw outOfRange('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw bufferOutOfBounds();
  throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Unsigned little-endian read of [n] bytes at [offset] (checked).
function readLE(buf, offset, n) {
  validateNumber(offset, 'offset');
  const first = buf[offset], last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  return v;
}

function readBE(buf, offset, n) {
  validateNumber(offset, 'offset');
  const first = buf[offset], last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  return v;
}

function toSigned(v, n) {
  const limit = 2 ** (8 * n - 1);
  return v >= limit ? v - 2 * limit : v;
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw invalidArgType('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function writeInt(buf, value, offset, n, min, max, le) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw outOfRange('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  let v = value < 0 ? value + 2 ** (8 * n) : value;
  if (!Number.isFinite(v)) v = 0;
  v = Math.trunc(v) % 2 ** (8 * n);
  for (let i = 0; i < n; i++) {
    const byte = v % 256;
    buf[le ? offset + i : offset + n - 1 - i] = byte;
    v = (v - byte) / 256;
  }
  return offset + n;
}

const intMethods = {
  readUInt8(offset = 0) { return readLE(this, offset, 1); },
  readUInt16LE(offset = 0) { return readLE(this, offset, 2); },
  readUInt16BE(offset = 0) { return readBE(this, offset, 2); },
  readUInt32LE(offset = 0) { return readLE(this, offset, 4); },
  readUInt32BE(offset = 0) { return readBE(this, offset, 4); },
  readUIntLE(offset, byteLength) {
    checkByteLength(byteLength);
    return readLE(this, offset, byteLength);
  },
  readUIntBE(offset, byteLength) {
    checkByteLength(byteLength);
    return readBE(this, offset, byteLength);
  },
  readInt8(offset = 0) { return toSigned(readLE(this, offset, 1), 1); },
  readInt16LE(offset = 0) { return toSigned(readLE(this, offset, 2), 2); },
  readInt16BE(offset = 0) { return toSigned(readBE(this, offset, 2), 2); },
  readInt32LE(offset = 0) { return toSigned(readLE(this, offset, 4), 4); },
  readInt32BE(offset = 0) { return toSigned(readBE(this, offset, 4), 4); },
  readIntLE(offset, byteLength) {
    checkByteLength(byteLength);
    return toSigned(readLE(this, offset, byteLength), byteLength);
  },
  readIntBE(offset, byteLength) {
    checkByteLength(byteLength);
    return toSigned(readBE(this, offset, byteLength), byteLength);
  },
  writeUInt8(value, offset = 0) { return writeInt(this, value, offset, 1, 0, 0xff, true); },
  writeUInt16LE(value, offset = 0) { return writeInt(this, value, offset, 2, 0, 0xffff, true); },
  writeUInt16BE(value, offset = 0) { return writeInt(this, value, offset, 2, 0, 0xffff, false); },
  writeUInt32LE(value, offset = 0) {
    return writeInt(this, value, offset, 4, 0, 0xffffffff, true);
  },
  writeUInt32BE(value, offset = 0) {
    return writeInt(this, value, offset, 4, 0, 0xffffffff, false);
  },
  writeUIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInt(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1, true);
  },
  writeUIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInt(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1, false);
  },
  writeInt8(value, offset = 0) { return writeInt(this, value, offset, 1, -0x80, 0x7f, true); },
  writeInt16LE(value, offset = 0) {
    return writeInt(this, value, offset, 2, -0x8000, 0x7fff, true);
  },
  writeInt16BE(value, offset = 0) {
    return writeInt(this, value, offset, 2, -0x8000, 0x7fff, false);
  },
  writeInt32LE(value, offset = 0) {
    return writeInt(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
  },
  writeInt32BE(value, offset = 0) {
    return writeInt(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
  },
  writeIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    const limit = 2 ** (8 * byteLength - 1);
    return writeInt(this, value, offset, byteLength, -limit, limit - 1, true);
  },
  writeIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    const limit = 2 ** (8 * byteLength - 1);
    return writeInt(this, value, offset, byteLength, -limit, limit - 1, false);
  },
};

function readFloatAt(buf, offset, le, dbl) {
  validateNumber(offset, 'offset');
  const n = dbl ? 8 : 4;
  const v = binding.readFloat(buf, offset, le, dbl);
  if (v === undefined) boundsError(offset, buf.length - n);
  return v;
}

function writeFloatAt(buf, value, offset, le, dbl) {
  value = +value;
  const n = dbl ? 8 : 4;
  checkBounds(buf, offset, n - 1);
  binding.writeFloat(buf, value, offset, le, dbl);
  return offset + n;
}

function readBigAt(buf, offset, le, signed) {
  validateNumber(offset, 'offset');
  const v = binding.readBig64(buf, offset, le, signed);
  if (v === undefined) boundsError(offset, buf.length - 8);
  return v;
}

function writeBigAt(buf, value, offset, le, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  if (typeof value !== 'bigint') {
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  }
  binding.writeBig64(buf, value, offset, le);
  return offset + 8;
}

Object.assign(intMethods, {
  readFloatLE(offset = 0) { return readFloatAt(this, offset, true, false); },
  readFloatBE(offset = 0) { return readFloatAt(this, offset, false, false); },
  readDoubleLE(offset = 0) { return readFloatAt(this, offset, true, true); },
  readDoubleBE(offset = 0) { return readFloatAt(this, offset, false, true); },
  writeFloatLE(value, offset = 0) { return writeFloatAt(this, value, offset, true, false); },
  writeFloatBE(value, offset = 0) { return writeFloatAt(this, value, offset, false, false); },
  writeDoubleLE(value, offset = 0) { return writeFloatAt(this, value, offset, true, true); },
  writeDoubleBE(value, offset = 0) { return writeFloatAt(this, value, offset, false, true); },
  readBigUInt64LE(offset = 0) { return readBigAt(this, offset, true, false); },
  readBigUInt64BE(offset = 0) { return readBigAt(this, offset, false, false); },
  readBigInt64LE(offset = 0) { return readBigAt(this, offset, true, true); },
  readBigInt64BE(offset = 0) { return readBigAt(this, offset, false, true); },
  writeBigUInt64LE(value, offset = 0) {
    return writeBigAt(this, value, offset, true, 0n, 0xffffffffffffffffn);
  },
  writeBigUInt64BE(value, offset = 0) {
    return writeBigAt(this, value, offset, false, 0n, 0xffffffffffffffffn);
  },
  writeBigInt64LE(value, offset = 0) {
    return writeBigAt(this, value, offset, true, -(2n ** 63n), 2n ** 63n - 1n);
  },
  writeBigInt64BE(value, offset = 0) {
    return writeBigAt(this, value, offset, false, -(2n ** 63n), 2n ** 63n - 1n);
  },
});

defineMethods(proto, intMethods);
// The lowercase "Uint" aliases are the same functions.
for (const name of Object.keys(intMethods)) {
  if (name.includes('UInt')) {
    Object.defineProperty(proto, name.replace('UInt', 'Uint'), {
      value: intMethods[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

// node assigns its prototype methods, so they are enumerable (for...in on
// a Buffer lists them), in this order.
const protoOrder = [];
for (const size of ['BigUInt64', 'BigUint64', 'BigInt64']) {
  protoOrder.push(`read${size}LE`, `read${size}BE`);
}
for (const size of ['BigUInt64', 'BigUint64', 'BigInt64']) {
  protoOrder.push(`write${size}LE`, `write${size}BE`);
}
for (const op of ['read', 'write']) {
  for (const kind of ['UInt', 'Uint', 'Int']) {
    const bits = ['LE', '32LE', '16LE', '8', 'BE', '32BE', '16BE'];
    for (const b of bits) protoOrder.push(`${op}${kind}${b === '8' ? '8' : b}`);
  }
}
protoOrder.push('readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
                'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE');
for (const suffix of ['Slice', 'Write']) {
  for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
    protoOrder.push(enc + suffix);
  }
}
protoOrder.push('parent', 'offset', 'copy', 'toString', 'equals', 'inspect', 'compare',
                'indexOf', 'lastIndexOf', 'includes', 'fill', 'write', 'toJSON', 'subarray',
                'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString');
for (const name of protoOrder) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  delete proto[name];
  d.enumerable = true;
  Object.defineProperty(proto, name, d);
}

binding.setBufferPrototype(proto, Buffer);

// ---- atob, btoa -------------------------------------------------------------------------------

function domException(message, name) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  // Until a DOMException global exists: an Error with its name and code.
  const e = new Error(message);
  Object.defineProperty(e, 'name', { value: name, writable: true, configurable: true });
  Object.defineProperty(e, 'code', { value: name === 'InvalidCharacterError' ? 5 : 0,
                                     writable: true, configurable: true });
  return e;
}

function btoa(input) {
  if (arguments.length === 0) throw missingArgs('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  return binding.toString(fromStringFast(input, LATIN1), BASE64, 0, Infinity);
}

// Forgiving-base64 decode (https://infra.spec.whatwg.org/#forgiving-base64).
function atob(input) {
  if (arguments.length === 0) throw missingArgs('input');
  input = `${input}`;
  let count = 0, equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    const isAlpha = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (c === 0x3d) {
      count++;
      equals++;
      if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
    } else if (isAlpha) {
      count++;
      if (equals) throw domException('Invalid character', 'InvalidCharacterError');
    } else {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
  }
  let reminder = count % 4;
  if (!reminder) {
    reminder = (count - equals) % 4;
  } else if (equals) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  if (reminder === 1) {
    throw domException('The string to be decoded is not correctly encoded.',
                       'InvalidCharacterError');
  }
  const bytes = binding.fromString(input, BASE64);
  return binding.toString(bytes, LATIN1, 0, bytes.length);
}

// ---- Blob and File ---------------------------------------------------------------------------

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kParts = Symbol('kParts');  // byte counts of the parts (node reads one per step)

// Resolves with [value] when node's blob reader would: it reads the first
// part at once and each further part two microtasks later; an empty blob
// resolves at once.
function afterParts(parts, value) {
  return new Promise((resolve) => {
    let hops = parts === 0 ? 0 : 2 * parts - 1;
    const step = () => {
      if (hops === 0) resolve(value);
      else { hops--; queueMicrotask(step); }
    };
    step();
  });
}

function blobBytes(source) {
  if (source instanceof Blob) return source[kBytes];
  if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
  if (ArrayBuffer.isView(source)) {
    const u = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    return u.slice();
  }
  return Buffer.from(`${source}`, 'utf8');
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw invalidArgType('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object') &&
        typeof options !== 'function') {
      throw invalidArgType('options', 'object', options);
    }
    const parts = [];
    const sizes = [];
    let length = 0;
    for (const source of sources) {
      const bytes = blobBytes(source);
      parts.push(bytes);
      if (source instanceof Blob) sizes.push(...source[kParts]);
      else sizes.push(bytes.length);
      length += bytes.length;
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) {
      binding.copy(p, all, pos, 0, p.length);
      pos += p.length;
    }
    let type = options && options.type !== undefined ? `${options.type}` : '';
    if (options && options.endings !== undefined) {
      const endings = `${options.endings}`;
      if (endings !== 'transparent' && endings !== 'native') {
        throw invalidArgValue('options.endings', endings);
      }
    }
    type = /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
    this[kBytes] = all;
    this[kType] = type;
    this[kParts] = sizes;
  }

  get size() {
    if (!(this instanceof Blob)) throw invalidThis('Blob');
    return this[kBytes].length;
  }

  get type() {
    if (!(this instanceof Blob)) throw invalidThis('Blob');
    return this[kType];
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    const size = this[kBytes].length;
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const b = new Blob([], { type: `${contentType}` });
    b[kBytes] = this[kBytes].slice(start, end > start ? end : start);
    // The parts the slice reaches into (a part that ends right at start counts).
    const sizes = [];
    let skip = start, want = end - start;
    for (const n of want > 0 ? this[kParts] : []) {
      if (skip > n) { skip -= n; continue; }
      sizes.push(Math.min(n - skip, want));
      want -= Math.min(n - skip, want);
      skip = 0;
      if (want === 0) break;
    }
    b[kParts] = sizes;
    return b;
  }

  async text() {
    if (!(this instanceof Blob)) throw invalidThis('Blob');
    await this.arrayBuffer();
    return binding.toString(this[kBytes], UTF8, 0, this[kBytes].length);
  }

  async bytes() {
    if (!(this instanceof Blob)) throw invalidThis('Blob');
    return new Uint8Array(await this.arrayBuffer());
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(invalidThis('Blob'));
    const bytes = this[kBytes];
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    return afterParts(this[kParts].length, copy);
  }

  // A byte stream of the blob's bytes, a part (at most 64 KiB) a chunk, read on demand.
  stream() {
    if (!(this instanceof Blob)) throw invalidThis('Blob');
    const bytes = this[kBytes];
    const parts = this[kParts];
    let pos = 0, part = 0, partEnd = parts.length ? parts[0] : 0;
    // Computed names: buffer.js is core, the web streams are not (they are
    // linked where code names `stream`: compiler/module/builtin_refs.c), and
    // naming their class here would link them (a lazy global's name).
    const webstreams = require('kiln:internal_' + 'webstreams');
    const Stream = webstreams['Readable' + 'Stream'];
    return new Stream({
      type: 'bytes',
      pull(c) {  // a chunk per part, as node's blob reader
        while (pos >= partEnd && part < parts.length - 1) partEnd += parts[++part];
        const n = Math.min(65536, partEnd - pos);
        if (n > 0) c.enqueue(bytes.slice(pos, pos + n));
        pos += n;
        if (pos >= bytes.length) c.close();
      },
    }, { highWaterMark: 0 });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `Blob ${nestedInspect({ size: this.size, type: this.type }, options, inspect)}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', writable: false, enumerable: false, configurable: true,
});
for (const k of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, k);
  d.enumerable = true;
  Object.defineProperty(Blob.prototype, k, d);
}

// inspect(obj) one level deeper than a custom inspect method's caller.
function nestedInspect(obj, options, inspect) {
  if (typeof inspect !== 'function' || !options) return kiln.inspect(obj);
  const depth = options.depth == null ? null : options.depth - 1;
  return inspect(obj, { ...options, depth });
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw missingArgs('fileBits", "fileName');
    super(fileBits, options);
    let lastModified = options && options.lastModified !== undefined ?
      +options.lastModified : Date.now();
    if (Number.isNaN(lastModified)) lastModified = 0;
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() { return this[kName]; }

  get lastModified() { return this[kLastModified]; }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `File ${nestedInspect({ size: this.size, type: this.type, name: this.name,
                                   lastModified: this.lastModified }, options, inspect)}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  value: 'File', writable: false, enumerable: false, configurable: true,
});

// ---- module exports ----------------------------------------------------------------------------

function isTypedArrayOrBuffer(v) {
  return (ArrayBuffer.isView(v) && !(v instanceof DataViewCtor())) || isAnyArrayBuffer(v);
}

function isUtf8(input) {
  if (isTypedArrayOrBuffer(input)) return binding.isUtf8(input);
  throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArrayOrBuffer(input)) return binding.isAscii(input);
  throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// transcode between the encodings node's ICU converter knows here:
// characters the target cannot hold become '?'.
const transcodeIds = { ascii: ASCII, latin1: LATIN1, utf16le: UTF16LE, utf8: UTF8 };

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw invalidArgType('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = transcodeIds[normalizeEncoding(fromEncoding)];
  const to = transcodeIds[normalizeEncoding(toEncoding)];
  if (from === undefined || to === undefined) {
    const e = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    e.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    throw e;
  }
  let str = binding.toString(source, from === ASCII ? LATIN1 : from, 0, source.length);
  if (from === ASCII) str = str.replace(/[^\x00-\x7f]/g, '\ufffd');
  if (to === ASCII) str = str.replace(/[^\x00-\x7f]/gu, '?');
  else if (to === LATIN1) str = str.replace(/[^\x00-\xff]/gu, '?');
  return fromStringFast(str, to === ASCII ? LATIN1 : to);
}

function resolveObjectURL() {
  return undefined;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES,
  Blob,
  resolveObjectURL,
  File,
};

// Internals shared with string_decoder and internal_encoding (not node API).
Object.defineProperty(module.exports, Symbol.for('kiln.buffer.internals'), {
  value: { binding, FastBuffer, nodeError, invalidArgType, outOfRange, unknownEncoding,
           invalidArgValue, normalizeEncoding, encodingId, encodingIds, describeReceived },
  enumerable: false,
});
