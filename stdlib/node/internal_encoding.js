// Kiln standard library: the WHATWG Encoding API as node 20 has it,
// TextEncoder and TextDecoder (the globals of the same names come from
// here through stdlib/node/bindings.c). Reached as
// require('kiln:internal_encoding'); util re-exports them.
//
// TextDecoder knows utf-8, utf-16le, utf-16be and latin1 (labelled
// windows-1252 as node names it, decoding bytes as ISO-8859-1 as node 20
// does), with fatal, ignoreBOM and streaming decode. Other labels throw
// ERR_ENCODING_NOT_SUPPORTED (node with full ICU knows more).
'use strict';
const buffer = require('buffer');
const { binding, nodeError, invalidArgType, encodingIds } =
  buffer[Symbol.for('kiln.buffer.internals')];
const kiln = require('kiln:internal');

const UTF8 = encodingIds.utf8, UTF16LE = encodingIds.utf16le, LATIN1 = encodingIds.latin1;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- TextEncoder ---------------------------------------------------------------

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return binding.fromString(`${input}`, UTF8, true);
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw invalidArgType('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw invalidArgType('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeInto(dest, src);
    return { read, written };
  }

  [customInspect]() {
    return `{ encoding: 'utf-8' }`;
  }
}

// ---- TextDecoder ---------------------------------------------------------------

const labels = { __proto__: null };
function addLabels(name, list) {
  for (const l of list.split(' ')) labels[l] = name;
}
addLabels('utf-8', 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8');
addLabels('utf-16le', 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le');
addLabels('utf-16be', 'unicodefffe utf-16be');
addLabels('windows-1252', 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 ' +
  'iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 ' +
  'x-cp1252');

function encodingFromLabel(label) {
  const key = `${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  return labels[key];
}

const kEncoding = Symbol('kEncoding');
const kFatal = Symbol('kFatal');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kPending = Symbol('kPending');
const kBOMSeen = Symbol('kBOMSeen');

function invalidData(encoding) {
  return nodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                   `The encoded data was not valid for encoding ${encoding}`);
}

function invalidThis() {
  return nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextDecoder');
}

// The bytes of a decode() input as a Uint8Array.
function inputBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  if (ArrayBuffer.isView(input)) {
    return input instanceof Uint8Array ? input :
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  // node 20's message, which names neither the argument nor the value.
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an ' +
                  'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const r = new Uint8Array(a.length + b.length);
  binding.copy(a, r, 0, 0, a.length);
  binding.copy(b, r, a.length, 0, b.length);
  return r;
}

// UTF-16 code units from bytes (little- or big-endian pairs) as a string.
function utf16(bytes, end, bigEndian) {
  if (!bigEndian) return binding.toString(bytes, UTF16LE, 0, end);
  const swapped = new Uint8Array(end);
  binding.copy(bytes, swapped, 0, 0, end);
  binding.swap(swapped, 2);
  return binding.toString(swapped, UTF16LE, 0, end);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const name = encodingFromLabel(encoding);
    if (name === undefined) {
      throw nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
                      `The "${encoding}" encoding is not supported`);
    }
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    this[kEncoding] = name;
    this[kFatal] = Boolean(options && options.fatal);
    this[kIgnoreBOM] = Boolean(options && options.ignoreBOM);
    this[kPending] = new Uint8Array(0);
    this[kBOMSeen] = false;
  }

  decode(input = undefined, options = {}) {
    if (!(kEncoding in this)) throw invalidThis();
    let bytes = inputBytes(input);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    const stream = Boolean(options && options.stream);
    const enc = this[kEncoding];
    if (enc === 'windows-1252') return binding.toString(bytes, LATIN1, 0, bytes.length);
    bytes = concatBytes(this[kPending], bytes);
    let end = bytes.length;
    let keep = 0;
    if (stream) {
      if (enc === 'utf-8') {
        keep = binding.utf8Tail(bytes, 0, end) & 7;
      } else {
        keep = end % 2;
        const hi = enc === 'utf-16le' ? bytes[end - keep - 1] : bytes[end - keep - 2];
        if (end - keep >= 2 && (hi & 0xFC) === 0xD8) keep += 2;
      }
    }
    end -= keep;
    this[kPending] = keep ? bytes.slice(end) : new Uint8Array(0);
    let start = 0;
    if (!this[kBOMSeen] && !this[kIgnoreBOM]) {
      if (enc === 'utf-8' && end >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB &&
          bytes[2] === 0xBF) {
        start = 3;
      } else if (enc === 'utf-16le' && end >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) {
        start = 2;
      } else if (enc === 'utf-16be' && end >= 2 && bytes[0] === 0xFE && bytes[1] === 0xFF) {
        start = 2;
      }
    }
    if (end > 0 || !stream) this[kBOMSeen] = stream;
    const body = start ? bytes.subarray(start, end) : bytes.subarray(0, end);
    let result;
    if (enc === 'utf-8') {
      if (this[kFatal] && !binding.isUtf8(body)) {
        this[kPending] = new Uint8Array(0);
        this[kBOMSeen] = false;
        throw invalidData(enc);
      }
      result = binding.toString(body, UTF8, 0, body.length);
    } else {
      const odd = body.length % 2;
      result = utf16(body, body.length - odd, enc === 'utf-16be');
      if (this[kFatal] && (odd || !result.isWellFormed())) {
        this[kPending] = new Uint8Array(0);
        this[kBOMSeen] = false;
        throw invalidData(enc);
      }
      result = result.toWellFormed();
      if (odd) result += '\ufffd';
    }
    return result;
  }

  get encoding() {
    if (!(kEncoding in this)) throw invalidThis();
    return this[kEncoding];
  }

  get fatal() {
    if (!(kEncoding in this)) throw invalidThis();
    return this[kFatal];
  }

  get ignoreBOM() {
    if (!(kEncoding in this)) throw invalidThis();
    return this[kIgnoreBOM];
  }

  [customInspect](depth) {
    if (typeof depth === 'number' && depth < 0) return this;
    return `TextDecoder ${kiln.inspect({ encoding: this[kEncoding], fatal: this[kFatal],
                                         ignoreBOM: this[kIgnoreBOM] })}`;
  }
}

for (const C of [TextEncoder, TextDecoder]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    value: C.name, writable: false, enumerable: false, configurable: true,
  });
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, k);
    d.enumerable = true;
    Object.defineProperty(C.prototype, k, d);
  }
}

module.exports = { TextEncoder, TextDecoder };
