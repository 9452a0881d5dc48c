// Kiln standard library: node's `string_decoder` module (node 20).
//
// StringDecoder turns a stream of byte chunks into strings without
// splitting characters: a multi-byte UTF-8 sequence, a UTF-16 code unit or
// surrogate pair, or a base64 group cut at a chunk's end waits (in
// lastChar) for the next chunk. The rules for where a character is cut are
// node's (src/string_decoder.cc): UTF-8 looks back at most 4 bytes for a
// lead byte; end() turns a leftover partial UTF-8 sequence into one U+FFFD.
// Decoding itself is the buffer natives' (stdlib/node/buffer.c).
'use strict';
const buffer = require('buffer');
const {
  binding, invalidArgType, unknownEncoding, normalizeEncoding, encodingIds,
} = buffer[Symbol.for('kiln.buffer.internals')];
const { Buffer } = buffer;

const UTF8 = encodingIds.utf8, UTF16LE = encodingIds.utf16le;
const BASE64 = encodingIds.base64, BASE64URL = encodingIds.base64url;

// The decoder's state lives in one 7-byte Buffer, laid out as node's
// (it shows in console.log): bytes 0-3 the partial character, 4 the bytes
// still missing, 5 the bytes buffered, 6 node's number for the encoding.
const kNativeDecoder = Symbol('kNativeDecoder');
const MISSING = 4, BUFFERED = 5, ENCODING = 6;
const nodeEncodingNumber = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function StringDecoder(encoding) {
  if (!(this instanceof StringDecoder)) return new StringDecoder(encoding);
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw unknownEncoding(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = Buffer.alloc(7);
  this[kNativeDecoder][ENCODING] = nodeEncodingNumber[normalized];
}

function idOf(decoder) {
  return encodingIds[decoder.encoding];
}

function checkView(buf) {
  if (!ArrayBuffer.isView(buf)) {
    throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// How many bytes at the end of data[0, n) start a character the next chunk
// completes: [buffered, missing].
function cutAtEnd(id, data, n) {
  if (id === UTF8) {
    if (!(data[n - 1] & 0x80)) return [0, 0];
    let buffered = 0;
    for (let i = n - 1; ; i--) {
      buffered++;
      if ((data[i] & 0xC0) === 0x80) {
        if (buffered >= 4 || i === 0) return [0, 0];
        continue;
      }
      let missing;
      if ((data[i] & 0xE0) === 0xC0) missing = 2;
      else if ((data[i] & 0xF0) === 0xE0) missing = 3;
      else if ((data[i] & 0xF8) === 0xF0) missing = 4;
      else return [0, 0];
      if (buffered >= missing) return [0, 0];
      return [buffered, missing - buffered];
    }
  }
  if (id === UTF16LE) {
    if (n % 2 === 1) return [1, 1];
    if ((data[n - 1] & 0xFC) === 0xD8) return [2, 2];
    return [0, 0];
  }
  if (id === BASE64 || id === BASE64URL) {
    const buffered = n % 3;
    return [buffered, buffered ? 3 - buffered : 0];
  }
  return [0, 0];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const data = checkView(buf);
  const id = idOf(this);
  const state = this[kNativeDecoder];
  let start = 0;
  const n = data.length;
  let prepend = '';
  if (state[MISSING] > 0) {
    let take = Math.min(n, state[MISSING]);
    if (id === UTF8) {
      for (let i = 0; i < take; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          // Not a continuation: the partial character ends here.
          state[MISSING] = i;
          take = i;
          break;
        }
      }
    }
    binding.copy(data, state, state[BUFFERED], 0, take);
    state[BUFFERED] += take;
    state[MISSING] -= take;
    start = take;
    if (state[MISSING] === 0) {
      prepend = binding.toString(state, id, 0, state[BUFFERED]);
      state[BUFFERED] = 0;
    } else {
      return '';
    }
  }
  if (start === n) return prepend;
  const rest = start ? data.subarray(start) : data;
  let end = rest.length;
  const [buffered, missing] = cutAtEnd(id, rest, end);
  if (buffered > 0) {
    end -= buffered;
    binding.copy(rest, state, 0, end, buffered);
    state[BUFFERED] = buffered;
    state[MISSING] = missing;
  }
  return prepend + binding.toString(rest, id, 0, end);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = this[kNativeDecoder];
  if (state[BUFFERED] > 0) {
    if (idOf(this) === UTF8) ret += '\ufffd';
    else ret += binding.toString(state, idOf(this), 0, state[BUFFERED]);
  }
  state[BUFFERED] = 0;
  state[MISSING] = 0;
  return ret;
};

// Writes buf from [offset] after dropping what was buffered (node's text()).
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][BUFFERED] = 0;
  this[kNativeDecoder][MISSING] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, 4); },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder][MISSING]; },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder][BUFFERED] + this[kNativeDecoder][MISSING]; },
  },
});

module.exports = { StringDecoder };
