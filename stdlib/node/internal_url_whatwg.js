// Kiln standard library: the WHATWG URL Standard's basic URL parser, host
// parser and serializers (require('kiln:internal_url_whatwg')), used by the
// URL class of `url`.
//
// A URL record is a plain object { scheme, username, password, host, port,
// path, query, fragment }: host is null or its serialized string (IPv6 in
// brackets), port null or a number, path an array of segments or a string
// for an opaque path, query and fragment null or strings. parse() returns
// null on failure.
//
// Domain to ASCII applies part of UTS #46: case folding, full-width forms,
// ideographic dots, spaces, ignored code points, ligatures, circled and
// mathematical letters, NFC, Punycode; disallowed code points are found
// with Unicode property classes (Cn, Co, Cs, Cf, Zl, Zp) plus a few ranges,
// and CheckJoiners / the Bidi rule are simplified. The full IDNA mapping
// table is not carried.
'use strict';

const punycode = require('punycode');
const { utf8Encode, percentDecodeBytes, utf8Decode, pushCodePoint } =
  require('kiln:internal_url_bytes');

const SPECIAL_PORTS = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443,
                        'ws': 80, 'wss': 443 };

function isSpecialScheme(s) {
  return s === 'ftp' || s === 'file' || s === 'http' || s === 'https' ||
         s === 'ws' || s === 'wss';
}

function defaultPort(scheme) {
  const p = SPECIAL_PORTS[scheme];
  return p === undefined ? null : p;
}

// ---- percent-encode sets ---------------------------------------------------

const C0_SET = 0;
const FRAGMENT_SET = 1;
const QUERY_SET = 2;
const SPECIAL_QUERY_SET = 3;
const PATH_SET = 4;
const USERINFO_SET = 5;
const COMPONENT_SET = 6;
const FORM_SET = 7;

function inSet(c, set) {
  if (c < 0x20 || c > 0x7E) return true;
  switch (set) {
    case C0_SET: return false;
    case FRAGMENT_SET: return c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
    case QUERY_SET: return c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
    case SPECIAL_QUERY_SET: return inSet(c, QUERY_SET) || c === 0x27;
    case PATH_SET: return inSet(c, QUERY_SET) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D;
    case USERINFO_SET:
      return inSet(c, PATH_SET) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D ||
             c === 0x40 || (c >= 0x5B && c <= 0x5E) || c === 0x7C;
    case COMPONENT_SET:
      return inSet(c, USERINFO_SET) || (c >= 0x24 && c <= 0x26) || c === 0x2B || c === 0x2C;
    default:
      return inSet(c, COMPONENT_SET) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7E;
  }
}

const HEX = '0123456789ABCDEF';

function percentByte(b) {
  return '%' + HEX[b >> 4] + HEX[b & 15];
}

// For each set, the ASCII code points it encodes; ENCODED_ASCII[c] is the
// text of each ASCII code point once encoded or not.
const ASCII_TABLES = [];
for (let set = C0_SET; set <= FORM_SET; set++) {
  const t = [];
  for (let c = 0; c < 0x80; c++) t.push(inSet(c, set) ? percentByte(c) : String.fromCharCode(c));
  ASCII_TABLES.push(t);
}

// UTF-8 percent-encodes one code point (a lone surrogate as U+FFFD).
function encodeCodePoint(c, set) {
  if (c < 0x80) return ASCII_TABLES[set][c];
  if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
  const bytes = [];
  pushCodePoint(bytes, c);
  let s = '';
  for (const b of bytes) s += percentByte(b);
  return s;
}

function encodeString(s, set) {
  let out = '';
  for (const ch of s) out += encodeCodePoint(ch.codePointAt(0), set);
  return out;
}

// ---- hosts -----------------------------------------------------------------

function isForbiddenHost(c) {
  return c === 0 || c === 9 || c === 0xA || c === 0xD || c === 0x20 || c === 0x23 ||
         c === 0x2F || c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F ||
         c === 0x40 || c === 0x5B || c === 0x5C || c === 0x5D || c === 0x5E || c === 0x7C;
}

function isForbiddenDomain(c) {
  return isForbiddenHost(c) || c <= 0x1F || c === 0x25 || c === 0x7F;
}

function isDigit(c) { return c >= 0x30 && c <= 0x39; }
function isHexDigit(c) {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function isAlpha(c) { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A); }

// An IPv4 number: its value, or -1 on failure.
function parseIPv4Number(s) {
  if (s === '') return -1;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    radix = 16;
    s = s.slice(2);
  } else if (s.length >= 2 && s[0] === '0') {
    radix = 8;
    s = s.slice(1);
  }
  if (s === '') return 0;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d;
    if (isDigit(c)) d = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
    else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
    else return -1;
    if (d >= radix) return -1;
    v = v * radix + d;
  }
  return v;
}

function endsInNumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) >= 0;
}

// The dotted serialization of an IPv4 address, or null on failure.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (n < 0) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (nums[nums.length - 1] >= Math.pow(256, 5 - nums.length)) return null;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * Math.pow(256, 3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

// The eight pieces of an IPv6 address, or null on failure.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = -1;
  let p = 0;
  const cc = (i) => (i < input.length ? input.charCodeAt(i) : -1);
  if (cc(p) === 0x3A) {
    if (cc(p + 1) !== 0x3A) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (cc(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (cc(p) === 0x3A) {
      if (compress !== -1) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHexDigit(cc(p))) {
      value = value * 16 + parseInt(input[p], 16);
      p++;
      length++;
    }
    if (cc(p) === 0x2E) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      if (!parseIPv6Tail(input, p, address, pieceIndex)) return null;
      pieceIndex += 2;
      p = input.length;
      break;
    } else if (cc(p) === 0x3A) {
      p++;
      if (cc(p) === -1) return null;
    } else if (cc(p) !== -1) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== -1) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

// The embedded IPv4 part of an IPv6 address, written into two pieces.
function parseIPv6Tail(input, p, address, pieceIndex) {
  let numbersSeen = 0;
  while (p < input.length) {
    let value = -1;
    if (numbersSeen > 0) {
      if (input[p] === '.' && numbersSeen < 4) p++;
      else return false;
    }
    if (!isDigit(input.charCodeAt(p))) return false;
    while (p < input.length && isDigit(input.charCodeAt(p))) {
      const n = input.charCodeAt(p) - 0x30;
      if (value === -1) value = n;
      else if (value === 0) return false;
      else value = value * 10 + n;
      if (value > 255) return false;
      p++;
    }
    address[pieceIndex] = address[pieceIndex] * 256 + value;
    numbersSeen++;
    if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
  }
  return numbersSeen === 4;
}

function serializeIPv6(address) {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

function parseOpaqueHost(input) {
  for (let i = 0; i < input.length; i++)
    if (isForbiddenHost(input.charCodeAt(i))) return null;
  return encodeString(input, C0_SET);
}

// UTS #46 "ignored" code points (a subset of the table).
function isIgnored(c) {
  return c === 0xAD || c === 0x34F || c === 0x180B || c === 0x180C || c === 0x180D ||
         c === 0x200B || c === 0x2060 || c === 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

// Mathematical alphanumeric symbols (U+1D400..U+1D7FF) to ASCII.
function mapMathAlnum(c) {
  if (c >= 0x1D400 && c < 0x1D6A4) {
    const k = (c - 0x1D400) % 52;
    return k < 26 ? 0x61 + k : 0x61 + k - 26;
  }
  if (c >= 0x1D7CE && c <= 0x1D7FF) return 0x30 + (c - 0x1D7CE) % 10;
  return -1;
}

const LIGATURES = { 0xFB00: 'ff', 0xFB01: 'fi', 0xFB02: 'fl', 0xFB03: 'ffi', 0xFB04: 'ffl',
                    0xFB05: 'st', 0xFB06: 'st', 0x1E9E: 'ss', 0x2122: 'tm', 0x2116: 'no' };

// Part of the UTS #46 mapping: full-width forms, ideographic dots, spaces,
// superscript digits, circled and mathematical letters, ligatures, case.
function mapCodePoint(c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c === 0x3002 || c === 0xFF61) c = 0x2E;
  if (c === 0xA0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200A) || c === 0x202F ||
      c === 0x205F || c === 0x3000)
    c = 0x20;
  if (c === 0xB9) c = 0x31;
  if (c === 0xB2) c = 0x32;
  if (c === 0xB3) c = 0x33;
  if (c >= 0x24B6 && c <= 0x24CF) c = c - 0x24B6 + 0x61;
  if (c >= 0x24D0 && c <= 0x24E9) c = c - 0x24D0 + 0x61;
  if (c >= 0x2460 && c <= 0x2468) c = c - 0x2460 + 0x31;
  const m = mapMathAlnum(c);
  if (m >= 0) c = m;
  if (LIGATURES[c] !== undefined) return LIGATURES[c];
  const k = mapNumber(c);
  if (k !== null) return k;
  return String.fromCodePoint(c).toLowerCase();
}

// Other numbers (fractions, superscripts, circled and parenthesized digits
// ...) map as NFKC decomposes them, e.g. U+00BD to "1\u20442"; the ones whose
// decomposition holds a dot UTS #46 disallows (U+FFFD stands for them).
// Written by scripts/gen_url_numbers.js (String.prototype.normalize here
// does not know these decompositions).
const NUMBER_MAP = [
  [0xB2, 2, "2"], [0xB9, 1, "1"], [0xBC, 1, "1\u20444"], [0xBD, 1, "1\u20442"],
  [0xBE, 1, "3\u20444"], [0x2070, 1, "0"], [0x2074, 6, "4"], [0x2080, 10, "0"],
  [0x2150, 1, "1\u20447"], [0x2151, 1, "1\u20449"], [0x2152, 1, "1\u204410"],
  [0x2153, 1, "1\u20443"], [0x2154, 1, "2\u20443"], [0x2155, 1, "1\u20445"],
  [0x2156, 1, "2\u20445"], [0x2157, 1, "3\u20445"], [0x2158, 1, "4\u20445"],
  [0x2159, 1, "1\u20446"], [0x215A, 1, "5\u20446"], [0x215B, 1, "1\u20448"],
  [0x215C, 1, "3\u20448"], [0x215D, 1, "5\u20448"], [0x215E, 1, "7\u20448"],
  [0x215F, 1, "1\u2044"], [0x2189, 1, "0\u20443"], [0x2460, 20, "1"],
  [0x2474, 20, "(1)"], [0x2488, 20, "1."], [0x24EA, 1, "0"], [0x3192, 1, "\u4e00"],
  [0x3193, 1, "\u4e8c"], [0x3194, 1, "\u4e09"], [0x3195, 1, "\u56db"],
  [0x3220, 1, "(\u4e00)"], [0x3221, 1, "(\u4e8c)"], [0x3222, 1, "(\u4e09)"],
  [0x3223, 1, "(\u56db)"], [0x3224, 1, "(\u4e94)"], [0x3225, 1, "(\u516d)"],
  [0x3226, 1, "(\u4e03)"], [0x3227, 1, "(\u516b)"], [0x3228, 1, "(\u4e5d)"],
  [0x3229, 1, "(\u5341)"], [0x3251, 15, "21"], [0x3280, 1, "\u4e00"],
  [0x3281, 1, "\u4e8c"], [0x3282, 1, "\u4e09"], [0x3283, 1, "\u56db"],
  [0x3284, 1, "\u4e94"], [0x3285, 1, "\u516d"], [0x3286, 1, "\u4e03"],
  [0x3287, 1, "\u516b"], [0x3288, 1, "\u4e5d"], [0x3289, 1, "\u5341"],
  [0x32B1, 15, "36"], [0x1F100, 1, "0."], [0x1F101, 10, "0,"]
];

function mapNumber(c) {
  if (c < 0xB2 || c > 0x1F10A) return null;
  for (const [first, count, text] of NUMBER_MAP) {
    if (c < first || c >= first + count) continue;
    if (count === 1) return text.includes('.') ? '\uFFFD' : text;
    const m = /^(\D*)(\d+)(\D*)$/.exec(text);
    const t = m[1] + (+m[2] + c - first) + m[3];
    return t.includes('.') ? '\uFFFD' : t;
  }
  return null;
}

// Code points UTS #46 disallows (controls, unassigned, private use,
// surrogates, noncharacters, format controls, some symbols).
function isDisallowed(ch) {
  const c = ch.codePointAt(0);
  if (c >= 0x80 && c <= 0x9F) return true;
  if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) === 0xFFFE) return true;
  if (c === 0xFFFD || (c >= 0x2024 && c <= 0x2026) || (c >= 0x2A74 && c <= 0x2A76) ||
      (c >= 0x2FF0 && c <= 0x2FFF))
    return true;
  if (c === 0x200C || c === 0x200D) return false;
  return /[\p{Cn}\p{Co}\p{Cs}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch);
}

const RTL_RE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

function isRtl(ch) { return RTL_RE.test(ch); }
function isLtrLetter(ch) { return /\p{L}/u.test(ch) && !isRtl(ch); }
function isMark(ch) { return /\p{M}/u.test(ch); }

// A simplified RFC 5893 Bidi rule for one label of a Bidi domain.
function passesBidi(label) {
  const cps = Array.from(label);
  if (cps.length === 0) return true;
  let end = cps.length - 1;
  while (end > 0 && isMark(cps[end])) end--;
  const last = cps[end];
  const isDigit = (ch) => /\p{Nd}/u.test(ch);
  if (RTL_RE.test(label)) {
    for (const ch of cps) if (isLtrLetter(ch)) return false;
    return isRtl(last) || isDigit(last);
  }
  if (isLtrLetter(cps[0])) return isLtrLetter(last) || isDigit(last);
  return true;
}

// CheckJoiners, simplified: ZWJ and ZWNJ only after a combining mark, or
// ZWNJ after an Arabic-script letter.
function passesJoiners(label) {
  const cps = Array.from(label);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i].codePointAt(0);
    if (c !== 0x200C && c !== 0x200D) continue;
    const prev = i > 0 ? cps[i - 1] : '';
    if (prev !== '' && isMark(prev)) continue;
    if (c === 0x200C && prev !== '' && /[\u0600-\u06FF]/.test(prev)) continue;
    return false;
  }
  return true;
}

function isValidLabel(label) {
  for (const ch of label) if (isDisallowed(ch)) return false;
  return passesJoiners(label);
}

// Whether a label decoded from Punycode is as UTS #46 would produce it:
// non-ASCII, in NFC, and every code point maps to itself.
function isCanonicalDecodedLabel(decoded) {
  if (decoded === '' || !/[^\x00-\x7f]/.test(decoded)) return false;
  if (nfc(decoded) !== decoded) return false;
  for (const ch of decoded) {
    const c = ch.codePointAt(0);
    if (isIgnored(c) || mapCodePoint(c) !== ch || isForbiddenDomain(c)) return false;
    if (c !== 0x200C && c !== 0x200D && /[\p{Zs}\p{Lu}\p{Lt}]/u.test(ch)) return false;
  }
  return true;
}

// NFC, with the compositions of '=', '<', '>' and U+0338 done here.
function nfc(s) {
  s = s.normalize('NFC');
  if (!s.includes('\u0338')) return s;
  return s.replace(/=\u0338/g, '\u2260').replace(/<\u0338/g, '\u226E')
          .replace(/>\u0338/g, '\u226F');
}

function domainToASCII(domain, beStrict) {
  let mapped;
  if (!/[^\x00-\x7f]/.test(domain)) {
    mapped = domain.toLowerCase();
  } else {
    mapped = '';
    for (const ch of domain) {
      const c = ch.codePointAt(0);
      if (isIgnored(c)) continue;
      mapped += mapCodePoint(c);
    }
    mapped = nfc(mapped);
  }
  const labels = mapped.split('.');
  const unicode = [];
  let bidi = false;
  for (const label of labels) {
    let u = label;
    if (label.startsWith('xn--')) {
      try { u = punycode.decode(label.slice(4)); } catch { return null; }
      if (!isCanonicalDecodedLabel(u)) return null;
    }
    const ascii = !/[^\x00-\x7f]/.test(u);
    if (!ascii && !isValidLabel(u)) return null;
    if (!ascii && RTL_RE.test(u)) bidi = true;
    unicode.push(u);
  }
  if (bidi) for (const u of unicode) if (!passesBidi(u)) return null;
  for (let i = 0; i < labels.length; i++)
    if (/[^\x00-\x7f]/.test(labels[i])) labels[i] = 'xn--' + punycode.encode(labels[i]);
  const result = labels.join('.');
  if (result === '') return null;
  if (beStrict && result.length > 253) return null;
  return result;
}

function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const a = parseIPv6(input.slice(1, -1));
    return a === null ? null : '[' + serializeIPv6(a) + ']';
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = utf8Decode(percentDecodeBytes(utf8Encode(input), false));
  const ascii = domainToASCII(domain, false);
  if (ascii === null) return null;
  for (let i = 0; i < ascii.length; i++)
    if (isForbiddenDomain(ascii.charCodeAt(i))) return null;
  if (endsInNumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---- the basic URL parser --------------------------------------------------

const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4,
  PATH_OR_AUTHORITY = 5, RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8,
  SPECIAL_AUTHORITY_IGNORE_SLASHES = 9, AUTHORITY = 10, HOST = 11, HOSTNAME = 12,
  PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16, PATH_START = 17, PATH = 18,
  OPAQUE_PATH = 19, QUERY = 20, FRAGMENT = 21;

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null,
           path: [], query: null, fragment: null };
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
         (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// Whether the code points cps[p..] start with a Windows drive letter.
function startsWithDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAlpha(cps[p].codePointAt(0)) || (cps[p + 1] !== ':' && cps[p + 1] !== '|'))
    return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true))
    return;
  path.pop();
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  s = s.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}

function hasCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function trimControlAndSpace(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

function removeTabNewline(s) {
  if (!/[\t\n\r]/.test(s)) return s;
  return s.replace(/[\t\n\r]/g, '');
}

const FAILURE = null;

// The basic URL parser. Without [url] it returns a new record or null; with
// a state override it edits [url] and returns null on failure, [url]
// otherwise.
function parse(input, base, url, override) {
  if (!url) {
    url = newRecord();
    input = trimControlAndSpace(input);
  }
  input = removeTabNewline(input);
  const cps = Array.from(input);
  const p = new Parser(cps, base, url, override);
  return p.run() ? url : FAILURE;
}

function Parser(cps, base, url, override) {
  this.cps = cps;
  this.base = base || null;
  this.url = url;
  this.override = override || 0;
  this.state = override || SCHEME_START;
  this.buffer = '';
  this.atSignSeen = false;
  this.insideBrackets = false;
  this.passwordTokenSeen = false;
  this.pointer = 0;
}

// Runs the state machine; false on failure.
Parser.prototype.run = function () {
  const cps = this.cps;
  for (;; this.pointer++) {
    const c = this.pointer < cps.length ? cps[this.pointer] : undefined;
    const r = this.step(c);
    if (r === false) return false;
    if (r === true) return true;
    if (this.pointer >= cps.length) return true;
  }
};

Parser.prototype.remainingStartsWith = function (s) {
  return this.cps[this.pointer + 1] === s;
};

// One step of the machine: undefined to go on, true to stop with success,
// false to stop with failure.
Parser.prototype.step = function (c) {
  const url = this.url;
  const base = this.base;
  const special = isSpecialScheme(url.scheme);
  switch (this.state) {
    case SCHEME_START:
      if (c !== undefined && isAlpha(c.charCodeAt(0))) {
        this.buffer += c.toLowerCase();
        this.state = SCHEME;
      } else if (!this.override) {
        this.state = NO_SCHEME;
        this.pointer--;
      } else {
        return false;
      }
      return undefined;
    case SCHEME:
      return this.schemeState(c);
    case NO_SCHEME:
      if (base === null || (typeof base.path === 'string' && c !== '#')) return false;
      if (typeof base.path === 'string' && c === '#') {
        url.scheme = base.scheme;
        url.path = base.path;
        url.query = base.query;
        url.fragment = '';
        this.state = FRAGMENT;
      } else if (base.scheme !== 'file') {
        this.state = RELATIVE;
        this.pointer--;
      } else {
        this.state = FILE;
        this.pointer--;
      }
      return undefined;
    case SPECIAL_RELATIVE_OR_AUTHORITY:
      if (c === '/' && this.remainingStartsWith('/')) {
        this.state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        this.pointer++;
      } else {
        this.state = RELATIVE;
        this.pointer--;
      }
      return undefined;
    case PATH_OR_AUTHORITY:
      if (c === '/') {
        this.state = AUTHORITY;
      } else {
        this.state = PATH;
        this.pointer--;
      }
      return undefined;
    case RELATIVE:
      url.scheme = base.scheme;
      return this.relativeState(c, isSpecialScheme(url.scheme));
    case RELATIVE_SLASH:
      if (special && (c === '/' || c === '\\')) {
        this.state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
      } else if (c === '/') {
        this.state = AUTHORITY;
      } else {
        url.username = base.username;
        url.password = base.password;
        url.host = base.host;
        url.port = base.port;
        this.state = PATH;
        this.pointer--;
      }
      return undefined;
    case SPECIAL_AUTHORITY_SLASHES:
      this.state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
      if (c === '/' && this.remainingStartsWith('/')) this.pointer++;
      else this.pointer--;
      return undefined;
    case SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (c !== '/' && c !== '\\') {
        this.state = AUTHORITY;
        this.pointer--;
      }
      return undefined;
    case AUTHORITY:
      return this.authorityState(c, special);
    case HOST:
    case HOSTNAME:
      return this.hostState(c, special);
    case PORT:
      return this.portState(c, special);
    case FILE:
      return this.fileState(c);
    case FILE_SLASH:
      return this.fileSlashState(c);
    case FILE_HOST:
      return this.fileHostState(c, special);
    case PATH_START:
      return this.pathStartState(c, special);
    case PATH:
      return this.pathState(c, special);
    case OPAQUE_PATH:
      if (c === '?') {
        url.query = '';
        this.state = QUERY;
      } else if (c === '#') {
        url.fragment = '';
        this.state = FRAGMENT;
      } else if (c !== undefined) {
        url.path += encodeCodePoint(c.codePointAt(0), C0_SET);
      }
      return undefined;
    case QUERY:
      if ((!this.override && c === '#') || c === undefined) {
        if (c === '#') {
          url.fragment = '';
          this.state = FRAGMENT;
        }
      } else {
        url.query += encodeCodePoint(c.codePointAt(0),
                                     special ? SPECIAL_QUERY_SET : QUERY_SET);
      }
      return undefined;
    case FRAGMENT:
      if (c !== undefined) url.fragment += encodeCodePoint(c.codePointAt(0), FRAGMENT_SET);
      return undefined;
  }
  return false;
};

Parser.prototype.schemeState = function (c) {
  const url = this.url;
  const code = c === undefined ? -1 : c.charCodeAt(0);
  if (code >= 0 && (isAlpha(code) || isDigit(code) || c === '+' || c === '-' || c === '.')) {
    this.buffer += c.toLowerCase();
    return undefined;
  }
  if (c === ':') {
    const buffer = this.buffer;
    if (this.override) {
      if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return true;
      if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return true;
      if (url.scheme === 'file' && url.host === '') return true;
    }
    url.scheme = buffer;
    if (this.override) {
      if (url.port === defaultPort(url.scheme)) url.port = null;
      return true;
    }
    this.buffer = '';
    if (url.scheme === 'file') {
      this.state = FILE;
    } else if (isSpecialScheme(url.scheme) && this.base !== null &&
               this.base.scheme === url.scheme) {
      this.state = SPECIAL_RELATIVE_OR_AUTHORITY;
    } else if (isSpecialScheme(url.scheme)) {
      this.state = SPECIAL_AUTHORITY_SLASHES;
    } else if (this.remainingStartsWith('/')) {
      this.state = PATH_OR_AUTHORITY;
      this.pointer++;
    } else {
      url.path = '';
      this.state = OPAQUE_PATH;
    }
    return undefined;
  }
  if (!this.override) {
    this.buffer = '';
    this.state = NO_SCHEME;
    this.pointer = -1;
    return undefined;
  }
  return false;
};

Parser.prototype.relativeState = function (c, special) {
  const url = this.url;
  const base = this.base;
  if (c === '/' || (special && c === '\\')) {
    this.state = RELATIVE_SLASH;
    return undefined;
  }
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
  url.path = base.path.slice();
  url.query = base.query;
  if (c === '?') {
    url.query = '';
    this.state = QUERY;
  } else if (c === '#') {
    url.fragment = '';
    this.state = FRAGMENT;
  } else if (c !== undefined) {
    url.query = null;
    shortenPath(url);
    this.state = PATH;
    this.pointer--;
  }
  return undefined;
};

Parser.prototype.authorityState = function (c, special) {
  const url = this.url;
  if (c === '@') {
    if (this.atSignSeen) this.buffer = '%40' + this.buffer;
    this.atSignSeen = true;
    for (const ch of this.buffer) {
      if (ch === ':' && !this.passwordTokenSeen) {
        this.passwordTokenSeen = true;
        continue;
      }
      const enc = encodeCodePoint(ch.codePointAt(0), USERINFO_SET);
      if (this.passwordTokenSeen) url.password += enc;
      else url.username += enc;
    }
    this.buffer = '';
  } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
             (special && c === '\\')) {
    if (this.atSignSeen && this.buffer === '') return false;
    this.pointer -= Array.from(this.buffer).length + 1;
    this.buffer = '';
    this.state = HOST;
  } else {
    this.buffer += c;
  }
  return undefined;
};

Parser.prototype.hostState = function (c, special) {
  const url = this.url;
  if (this.override && url.scheme === 'file') {
    this.pointer--;
    this.state = FILE_HOST;
    return undefined;
  }
  if (c === ':' && !this.insideBrackets) {
    if (this.buffer === '') return false;
    if (this.override === HOSTNAME) return false;
    const host = parseHost(this.buffer, !special);
    if (host === null) return false;
    url.host = host;
    this.buffer = '';
    this.state = PORT;
    return undefined;
  }
  if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
    this.pointer--;
    if (special && this.buffer === '') return false;
    if (this.override && this.buffer === '' && (hasCredentials(url) || url.port !== null))
      return false;
    const host = parseHost(this.buffer, !special);
    if (host === null) return false;
    url.host = host;
    this.buffer = '';
    this.state = PATH_START;
    if (this.override) return true;
    return undefined;
  }
  if (c === '[') this.insideBrackets = true;
  if (c === ']') this.insideBrackets = false;
  this.buffer += c;
  return undefined;
};

Parser.prototype.portState = function (c, special) {
  const url = this.url;
  if (c !== undefined && isDigit(c.charCodeAt(0))) {
    this.buffer += c;
    return undefined;
  }
  if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\') ||
      this.override) {
    if (this.buffer !== '') {
      const port = parseInt(this.buffer, 10);
      if (port > 65535) return false;
      url.port = port === defaultPort(url.scheme) ? null : port;
      this.buffer = '';
    }
    if (this.override) return true;
    this.state = PATH_START;
    this.pointer--;
    return undefined;
  }
  return false;
};

Parser.prototype.fileState = function (c) {
  const url = this.url;
  const base = this.base;
  url.scheme = 'file';
  url.host = '';
  if (c === '/' || c === '\\') {
    this.state = FILE_SLASH;
  } else if (base !== null && base.scheme === 'file') {
    url.host = base.host;
    url.path = base.path.slice();
    url.query = base.query;
    if (c === '?') {
      url.query = '';
      this.state = QUERY;
    } else if (c === '#') {
      url.fragment = '';
      this.state = FRAGMENT;
    } else if (c !== undefined) {
      url.query = null;
      if (!startsWithDriveLetter(this.cps, this.pointer)) shortenPath(url);
      else url.path = [];
      this.state = PATH;
      this.pointer--;
    }
  } else {
    this.state = PATH;
    this.pointer--;
  }
  return undefined;
};

Parser.prototype.fileSlashState = function (c) {
  const url = this.url;
  const base = this.base;
  if (c === '/' || c === '\\') {
    this.state = FILE_HOST;
    return undefined;
  }
  if (base !== null && base.scheme === 'file') {
    url.host = base.host;
    if (!startsWithDriveLetter(this.cps, this.pointer) && base.path.length > 0 &&
        isWindowsDriveLetter(base.path[0], true))
      url.path.push(base.path[0]);
  }
  this.state = PATH;
  this.pointer--;
  return undefined;
};

Parser.prototype.fileHostState = function (c, special) {
  const url = this.url;
  if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
    this.pointer--;
    if (!this.override && isWindowsDriveLetter(this.buffer, false)) {
      this.state = PATH;
    } else if (this.buffer === '') {
      url.host = '';
      if (this.override) return true;
      this.state = PATH_START;
    } else {
      let host = parseHost(this.buffer, !special);
      if (host === null) return false;
      if (host === 'localhost') host = '';
      url.host = host;
      if (this.override) return true;
      this.buffer = '';
      this.state = PATH_START;
    }
    return undefined;
  }
  this.buffer += c;
  return undefined;
};

Parser.prototype.pathStartState = function (c, special) {
  const url = this.url;
  if (special) {
    this.state = PATH;
    if (c !== '/' && c !== '\\') this.pointer--;
  } else if (!this.override && c === '?') {
    url.query = '';
    this.state = QUERY;
  } else if (!this.override && c === '#') {
    url.fragment = '';
    this.state = FRAGMENT;
  } else if (c !== undefined) {
    this.state = PATH;
    if (c !== '/') this.pointer--;
  } else if (this.override && url.host === null) {
    url.path.push('');
  }
  return undefined;
};

Parser.prototype.pathState = function (c, special) {
  const url = this.url;
  const slash = c === '/' || (special && c === '\\');
  if (c === undefined || slash || (!this.override && (c === '?' || c === '#'))) {
    const buffer = this.buffer;
    if (isDoubleDot(buffer)) {
      shortenPath(url);
      if (!slash) url.path.push('');
    } else if (isSingleDot(buffer) && !slash) {
      url.path.push('');
    } else if (!isSingleDot(buffer)) {
      let seg = buffer;
      if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(seg, false))
        seg = seg[0] + ':';
      url.path.push(seg);
    }
    this.buffer = '';
    if (c === '?') {
      url.query = '';
      this.state = QUERY;
    } else if (c === '#') {
      url.fragment = '';
      this.state = FRAGMENT;
    }
    return undefined;
  }
  this.buffer += encodeCodePoint(c.codePointAt(0), PATH_SET);
  return undefined;
};

// ---- serializers -----------------------------------------------------------

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const seg of url.path) out += '/' + seg;
  return out;
}

function serialize(url, excludeFragment) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (hasCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function origin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string') return 'null';
      const inner = parse(url.path, null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https'))
        return origin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
      return 'null';
  }
}

module.exports = {
  parse, serialize, serializePath, origin, newRecord, parseHost, domainToASCII,
  encodeString, isSpecialScheme, defaultPort, hasCredentials,
  states: { SCHEME_START, AUTHORITY, HOST, HOSTNAME, PORT, PATH_START, QUERY, FRAGMENT },
  sets: { C0_SET, FRAGMENT_SET, QUERY_SET, SPECIAL_QUERY_SET, PATH_SET, USERINFO_SET,
          COMPONENT_SET, FORM_SET },
  inSet, encodeCodePoint,
};
