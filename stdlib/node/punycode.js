// Kiln standard library: Node's `punycode` module (the bundled punycode.js
// 2.1.0 API), written from RFC 3492 for Kiln's library mode.
//
// Exports version, ucs2.decode/encode, decode, encode, toASCII, toUnicode.
// Errors are RangeErrors worded like Node's: 'Overflow: input needs wider
// integers to process', 'Illegal input >= 0x80 (not a basic code point)',
// 'Invalid input'.
'use strict';

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;

function fail(kind) {
  if (kind === 'overflow')
    throw new RangeError('Overflow: input needs wider integers to process');
  if (kind === 'not-basic')
    throw new RangeError('Illegal input >= 0x80 (not a basic code point)');
  throw new RangeError('Invalid input');
}

// A string to its code points; lone surrogates stay as they are.
function ucs2decode(string) {
  const out = [];
  const n = string.length;
  for (let i = 0; i < n; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
      const d = string.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out.push((c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  let s = '';
  for (const cp of codePoints) s += String.fromCodePoint(cp);
  return s;
}

// The value of a basic code point as a digit, or BASE when it is none.
function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;      // '0'..'9' -> 26..35
  if (c >= 0x41 && c <= 0x5A) return c - 0x41;    // 'A'..'Z' -> 0..25
  if (c >= 0x61 && c <= 0x7A) return c - 0x61;    // 'a'..'z' -> 0..25
  return BASE;
}

function digitChar(d) {
  return d < 26 ? d + 0x61 : d + 22;
}

function adapt(delta, numPoints, first) {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor((BASE - TMIN + 1) * delta / (delta + SKEW));
}

function threshold(k, bias) {
  if (k <= bias) return TMIN;
  if (k >= bias + TMAX) return TMAX;
  return k - bias;
}

function decode(input) {
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (Math.floor(i / count) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const cps = ucs2decode(input);
  let out = '';
  for (const c of cps) if (c < 0x80) out += String.fromCharCode(c);
  const basicLength = out.length;
  let handled = basicLength;
  if (basicLength) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < cps.length) {
    let m = MAX_INT;
    for (const c of cps) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n && ++delta > MAX_INT) fail('overflow');
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += String.fromCharCode(digitChar(t + (q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += String.fromCharCode(digitChar(q));
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

function isSeparator(c) {
  return c === 0x2E || c === 0x3002 || c === 0xFF0E || c === 0xFF61;
}

// Applies fn to each label of a domain (or of the domain part of an
// e-mail address); labels are joined with '.'.
function mapDomain(domain, fn) {
  let prefix = '';
  const at = domain.indexOf('@');
  if (at >= 0) {
    prefix = domain.slice(0, at + 1);
    domain = domain.slice(at + 1);
  }
  const labels = [];
  let start = 0;
  for (let i = 0; i <= domain.length; i++) {
    if (i === domain.length || isSeparator(domain.charCodeAt(i))) {
      labels.push(fn(domain.slice(start, i)));
      start = i + 1;
    }
  }
  return prefix + labels.join('.');
}

function hasNonAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true;
  return false;
}

function toASCII(input) {
  return mapDomain(input, (label) => hasNonAscii(label) ? 'xn--' + encode(label) : label);
}

function toUnicode(input) {
  return mapDomain(input, (label) => {
    if (label.slice(0, 4) !== 'xn--') return label;
    return decode(label.slice(4).toLowerCase());
  });
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
