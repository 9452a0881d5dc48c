// Kiln standard library: Node's `querystring` module, written from Node's
// documentation for Kiln's library mode.
//
// Implements parse/decode (sep, eq, maxKeys, decodeURIComponent option; '+'
// is a space; bad escapes fall back to unescape), stringify/encode (sep,
// eq, encodeURIComponent option), escape (Node's table: A-Z a-z 0-9 and
// -._~!*'() stay; lone surrogates throw URIError ERR_INVALID_URI), unescape
// and unescapeBuffer (a Buffer when the buffer module is there, otherwise a
// Uint8Array).
'use strict';

const { utf8Encode, utf8Decode, hexValue } = require('kiln:internal_url_bytes');

function isUnreserved(c) {
  return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) ||
         (c >= 0x30 && c <= 0x39) || c === 0x2D || c === 0x2E || c === 0x5F ||
         c === 0x7E || c === 0x21 || c === 0x2A || c === 0x27 || c === 0x28 ||
         c === 0x29;
}

const HEX = '0123456789ABCDEF';

// A node-style error: its toString() and stack read "Name [CODE]: message".
function nodeError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  Object.defineProperty(e, 'toString', {
    value() { return this.name + ' [' + code + ']: ' + this.message; },
    writable: true, configurable: true,
  });
  Object.defineProperty(e, 'stack', {
    value: e.name + ' [' + code + ']: ' + message + '\n    at <anonymous>',
    writable: true, configurable: true,
  });
  return e;
}

function uriMalformed() {
  return nodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && isUnreserved(c)) { out += str[i]; continue; }
    if (c >= 0xD800 && c <= 0xDFFF) {
      // Like Node, any surrogate takes the next unit as its partner.
      if (++i >= str.length) throw uriMalformed();
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
    }
    const bytes = [];
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xC0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    for (const b of bytes) out += '%' + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}

// The bytes of [s] with %XX decoded; each other UTF-16 unit is kept as its
// low byte (Node's behaviour). With [decodeSpaces] '+' is a space.
function unescapeBytes(s, decodeSpaces) {
  s = String(s);
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length) {
      const h = hexValue(s.charCodeAt(i + 1));
      const l = hexValue(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    out.push(decodeSpaces && c === 0x2B ? 0x20 : c & 0xFF);
  }
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(s, decodeSpaces);
  let B;
  try { B = require('buffer').Buffer; } catch { B = undefined; }
  return typeof B === 'function' ? B.from(bytes) : new Uint8Array(bytes);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(unescapeBytes(s, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = escape;
  if (options && typeof options.encodeURIComponent === 'function')
    encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++)
        parts.push(ks + encode(stringifyPrimitive(v[j])));
    } else {
      parts.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return parts.join(sep);
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return unescape(s, true);
  }
}

function addPair(obj, key, value) {
  if (Object.prototype.hasOwnProperty.call(obj, key)) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let decoder = unescape;
  if (options && typeof options.decodeURIComponent === 'function')
    decoder = options.decodeURIComponent;
  const custom = decoder !== unescape;
  const pairs = qs.split(sep);
  const limit = maxKeys > 0 ? Math.min(maxKeys, pairs.length) : pairs.length;
  for (let i = 0; i < limit; i++) {
    const pair = pairs[i];
    if (pair.length === 0) continue;
    const at = pair.indexOf(eq);
    let key = at >= 0 ? pair.slice(0, at) : pair;
    let value = at >= 0 ? pair.slice(at + eq.length) : '';
    key = key.split('+').join(' ');
    value = value.split('+').join(' ');
    if (key.length > 0 && (custom || key.includes('%'))) key = decodeWith(key, decoder);
    if (value.length > 0 && (custom || value.includes('%'))) value = decodeWith(value, decoder);
    addPair(obj, key, value);
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
