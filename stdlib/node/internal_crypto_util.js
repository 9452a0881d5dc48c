// Kiln standard library: what node's crypto modules share (crypto.js,
// internal_crypto_dh.js, internal_crypto_x509.js): node's error shapes
// (ERR_INVALID_ARG_TYPE and friends), argument validators, and the byte and
// encoding helpers over the natives of stdlib/node/crypto.c.
'use strict';
const native = require('kiln:crypto');

// ---- errors ---------------------------------------------------------------

// The " Received ..." tail of Node's ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') return ' Received function ' + value.name;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return ' Received an instance of ' + ctor.name;
    return ' Received ' + (Object.keys(value).length === 0 ? '{}' : '[Object]');
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

// An error the way node's internal/errors makes them: printed
// "TypeError [CODE]: message", with a `code` property.
function codedError(Ctor, code, message) {
  const e = new Ctor(message);
  Object.defineProperty(e, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  Object.defineProperty(e, 'stack', {
    value: e.name + ' [' + code + ']: ' + message + '\n    at <anonymous>',
    writable: true, configurable: true,
  });
  return e;
}

function invalidArgType(name, expected, value) {
  const what = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                    'The "' + name + '" ' + what + ' must be ' + expected + '.' +
                    describeReceived(value));
}

// Node prints big integers in these messages with _ separators.
function addSeparators(n) {
  let s = String(n);
  if (!Number.isInteger(n) || Math.abs(n) < 2 ** 32) return s;
  let out = '';
  const neg = s[0] === '-';
  if (neg) s = s.slice(1);
  while (s.length > 3) {
    out = '_' + s.slice(-3) + out;
    s = s.slice(0, -3);
  }
  return (neg ? '-' : '') + s + out;
}

// ERR_INVALID_ARG_VALUE: "The argument|property 'name' is invalid. Received ...".
function invalidArgValue(name, value, kind) {
  const shown = typeof value === 'string' ? "'" + value + "'"
    : value === null || typeof value !== 'object' ? String(value)
      : require('util').inspect(value);
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                    'The ' + (kind || 'argument') + " '" + name + "' is invalid. Received " +
                    shown);
}

// Errors the natives make with a `code` but no OpenSSL library, rethrown
// as node prints its own errors.
function nodeError(e) {
  if (e && e.code !== undefined && e.library === undefined) {
    return codedError(e.constructor, e.code, e.message);
  }
  return e;
}

// fn(...args) with nodeError's errors.
function callNative(fn, ...args) {
  try {
    return fn(...args);
  } catch (e) {
    throw nodeError(e);
  }
}

function outOfRange(name, range, value) {
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "' + name + '" is out of range. It must be ' +
                    range + '. Received ' + addSeparators(value));
}

function stateError(op) {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE',
                    op ? 'Invalid state for operation ' + op : 'Invalid state');
}

// A DOMException with [name] (the global one once it exists).
function domException(message, name, code) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const e = new Error(message);
  Object.defineProperty(e, 'name', { value: name, configurable: true, writable: true });
  Object.defineProperty(e, 'code', { value: code, configurable: true, writable: true });
  return e;
}

// ---- validators -------------------------------------------------------------

function validateString(v, name) {
  if (typeof v !== 'string') throw invalidArgType(name, 'of type string', v);
}

function validateFunction(v, name) {
  if (typeof v !== 'function') throw invalidArgType(name, 'of type function', v);
}

function validateNumber(v, name) {
  if (typeof v !== 'number') throw invalidArgType(name, 'of type number', v);
}

function validateInt32(v, name, min, max) {
  validateNumber(v, name);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}

function validateUint32(v, name) {
  validateInt32(v, name, 0, 4294967295);
}

function isView(v) {
  return ArrayBuffer.isView(v);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer;
}

// ---- bytes and encodings -------------------------------------------------

const { Buffer } = require('buffer');

// A Buffer over the bytes of [v] (a Uint8Array from the natives, or an
// ArrayBuffer), without copying.
function toBuffer(v) {
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null) return undefined;
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    default: return undefined;
  }
}

// The bytes of [data] (string in [enc], else an ArrayBufferView).
function bytesOf(data, enc) {
  if (typeof data === 'string') {
    return native.decode(data, normalizeEncoding(enc) || 'utf8');
  }
  return data;
}

// update(string, 'hex') with an odd length is refused, as in node.
function validateEncoding(data, enc) {
  if (typeof data === 'string' && data.length % 2 !== 0 && normalizeEncoding(enc) === 'hex') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'encoding' is " +
                     'invalid for data of length ' + data.length + ". Received '" + enc + "'");
  }
}

// The result of digest()/update()/final(): a Buffer, or a string in [enc].
// An unknown encoding gives a Buffer (as node's hash.digest does).
function output(ab, enc) {
  const e = normalizeEncoding(enc);
  if (e && enc !== 'buffer') return native.encode(ab, e);
  return toBuffer(ab);
}

function validateData(data, name) {
  if (typeof data !== 'string' && !isView(data)) {
    throw invalidArgType(name, 'of type string or an instance of Buffer, ' +
                         'TypedArray, or DataView', data);
  }
}

// A key, password, salt, iv ...: string or bytes (ArrayBuffer allowed).
function binaryLike(v, name, extra) {
  if (typeof v === 'string') return bytesOf(v, 'utf8');
  if (isView(v) || isAnyArrayBuffer(v)) return v;
  throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, ' +
                       'Buffer, TypedArray, ' + (extra || 'or DataView'), v);
}


module.exports = {
  describeReceived,
  codedError,
  invalidArgType,
  invalidArgValue,
  nodeError,
  callNative,
  addSeparators,
  outOfRange,
  stateError,
  domException,
  validateString,
  validateFunction,
  validateNumber,
  validateInt32,
  validateUint32,
  isView,
  isAnyArrayBuffer,
  toBuffer,
  normalizeEncoding,
  bytesOf,
  validateEncoding,
  output,
  validateData,
  binaryLike,
  Buffer,
};
