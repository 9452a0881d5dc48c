// Kiln standard library: byte helpers shared by `url` and `querystring`
// (require('kiln:internal_url_bytes')): UTF-8 encoding of strings to byte
// arrays, the WHATWG UTF-8 decoder (each maximal bad subpart becomes one
// U+FFFD, as V8 and Buffer#toString do), and percent-decoding to bytes.
'use strict';

// The UTF-8 bytes of [s]; lone surrogates are encoded as U+FFFD.
function utf8Encode(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
        c = (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000;
        i++;
      } else {
        c = 0xFFFD;
      }
    }
    pushCodePoint(out, c);
  }
  return out;
}

function pushCodePoint(out, c) {
  if (c < 0x80) {
    out.push(c);
  } else if (c < 0x800) {
    out.push(0xC0 | (c >> 6), 0x80 | (c & 63));
  } else if (c < 0x10000) {
    out.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  } else {
    out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63),
             0x80 | (c & 63));
  }
}

// The WHATWG "UTF-8 decode without BOM or fail=replacement".
function utf8Decode(bytes) {
  let out = '';
  let need = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xBF;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (need === 0) {
      if (b < 0x80) { out += String.fromCharCode(b); continue; }
      if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; continue; }
      if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
        need = 2; cp = b & 0xF; continue;
      }
      if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
        need = 3; cp = b & 0x7; continue;
      }
      out += '\uFFFD';
      continue;
    }
    if (b < lower || b > upper) {
      need = 0; lower = 0x80; upper = 0xBF;
      out += '\uFFFD';
      i--;                     // the byte is looked at again
      continue;
    }
    lower = 0x80; upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (--need === 0) out += String.fromCodePoint(cp);
  }
  if (need !== 0) out += '\uFFFD';
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// The bytes of [bytes] with each valid %XX turned into its byte; with
// [plusIsSpace] '+' becomes a space.
function percentDecodeBytes(bytes, plusIsSpace) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const h = hexValue(bytes[i + 1]);
      const l = hexValue(bytes[i + 2]);
      if (h >= 0 && l >= 0) {
        out.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    out.push(plusIsSpace && b === 0x2B ? 0x20 : b);
  }
  return out;
}

// Percent-decodes a string: its UTF-8 bytes decoded, then read as UTF-8.
function percentDecodeString(s, plusIsSpace) {
  return utf8Decode(percentDecodeBytes(utf8Encode(s), plusIsSpace));
}

module.exports = { utf8Encode, utf8Decode, pushCodePoint, hexValue,
                   percentDecodeBytes, percentDecodeString };
