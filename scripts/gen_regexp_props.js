// SPDX-License-Identifier: MIT
//
// gen_regexp_props.js: writes runtime/regexp_props.h, the code point sets
// of the Unicode properties that \p{...} names (General_Category, Script,
// Script_Extensions and ECMA-262's binary properties), as node 20's own
// regular expressions see them, so kiln matches exactly what node matches.
//
//   node scripts/gen_regexp_props.js > runtime/regexp_props.h
//
// Names: the General_Category values and the binary properties are those of
// ECMA-262's tables (written out below); the Script values are found by
// asking node which four-letter codes \p{sc=Xxxx} accepts, and their long
// names by trying the English display name of each code (Intl.DisplayNames)
// and a short list of names that differ from it. Every name is kept only
// when node accepts it. A set is stored as LEB128 deltas: for each range,
// its distance from the end of the previous one, then its length - 1.
'use strict';

const GC = [
  ['Cc', 'Control', 'cntrl'], ['Cf', 'Format'], ['Cn', 'Unassigned'], ['Co', 'Private_Use'],
  ['Cs', 'Surrogate'], ['Ll', 'Lowercase_Letter'], ['Lm', 'Modifier_Letter'],
  ['Lo', 'Other_Letter'], ['Lt', 'Titlecase_Letter'], ['Lu', 'Uppercase_Letter'],
  ['Mc', 'Spacing_Mark'], ['Me', 'Enclosing_Mark'], ['Mn', 'Nonspacing_Mark'],
  ['Nd', 'Decimal_Number', 'digit'], ['Nl', 'Letter_Number'], ['No', 'Other_Number'],
  ['Pc', 'Connector_Punctuation'], ['Pd', 'Dash_Punctuation'], ['Pe', 'Close_Punctuation'],
  ['Pf', 'Final_Punctuation'], ['Pi', 'Initial_Punctuation'], ['Po', 'Other_Punctuation'],
  ['Ps', 'Open_Punctuation'], ['Sc', 'Currency_Symbol'], ['Sk', 'Modifier_Symbol'],
  ['Sm', 'Math_Symbol'], ['So', 'Other_Symbol'], ['Zl', 'Line_Separator'],
  ['Zp', 'Paragraph_Separator'], ['Zs', 'Space_Separator'], ['C', 'Other'], ['L', 'Letter'],
  ['LC', 'Cased_Letter'], ['M', 'Mark', 'Combining_Mark'], ['N', 'Number'],
  ['P', 'Punctuation', 'punct'], ['S', 'Symbol'], ['Z', 'Separator'],
];

// ECMA-262 table "Binary Unicode property aliases" (#table-binary-unicode-properties).
const BINARY = [
  ['ASCII'], ['ASCII_Hex_Digit', 'AHex'], ['Alphabetic', 'Alpha'], ['Any'], ['Assigned'],
  ['Bidi_Control', 'Bidi_C'], ['Bidi_Mirrored', 'Bidi_M'], ['Case_Ignorable', 'CI'], ['Cased'],
  ['Changes_When_Casefolded', 'CWCF'], ['Changes_When_Casemapped', 'CWCM'],
  ['Changes_When_Lowercased', 'CWL'], ['Changes_When_NFKC_Casefolded', 'CWKCF'],
  ['Changes_When_Titlecased', 'CWT'], ['Changes_When_Uppercased', 'CWU'], ['Dash'],
  ['Default_Ignorable_Code_Point', 'DI'], ['Deprecated', 'Dep'], ['Diacritic', 'Dia'],
  ['Emoji'], ['Emoji_Component', 'EComp'], ['Emoji_Modifier', 'EMod'],
  ['Emoji_Modifier_Base', 'EBase'], ['Emoji_Presentation', 'EPres'],
  ['Extended_Pictographic', 'ExtPict'], ['Extender', 'Ext'], ['Grapheme_Base', 'Gr_Base'],
  ['Grapheme_Extend', 'Gr_Ext'], ['Hex_Digit', 'Hex'], ['IDS_Binary_Operator', 'IDSB'],
  ['IDS_Trinary_Operator', 'IDST'], ['ID_Continue', 'IDC'], ['ID_Start', 'IDS'],
  ['Ideographic', 'Ideo'], ['Join_Control', 'Join_C'], ['Logical_Order_Exception', 'LOE'],
  ['Lowercase', 'Lower'], ['Math'], ['Noncharacter_Code_Point', 'NChar'],
  ['Pattern_Syntax', 'Pat_Syn'], ['Pattern_White_Space', 'Pat_WS'], ['Quotation_Mark', 'QMark'],
  ['Radical'], ['Regional_Indicator', 'RI'], ['Sentence_Terminal', 'STerm'],
  ['Soft_Dotted', 'SD'], ['Terminal_Punctuation', 'Term'], ['Unified_Ideograph', 'UIdeo'],
  ['Uppercase', 'Upper'], ['Variation_Selector', 'VS'], ['White_Space', 'space'],
  ['XID_Continue', 'XIDC'], ['XID_Start', 'XIDS'],
];

// Script long names that are not the English display name of their code.
const SCRIPT_LONG = ['Bengali', 'Canadian_Aboriginal', 'Duployan', 'Egyptian_Hieroglyphs',
  'Khitan_Small_Script', 'Tai_Tham', 'Lisu', 'Mandaic', 'Mende_Kikakui', 'Meroitic_Hieroglyphs',
  'Meroitic_Cursive', 'Meetei_Mayek', 'Nko', 'Old_Turkic', 'Oriya', 'Phags_Pa', 'Miao',
  'Hanifi_Rohingya', 'Warang_Citi', 'Cuneiform', 'Nushu', 'Unknown', 'Inherited', 'Common', 'Coptic'];

function accepts(body) {
  try {
    new RegExp('\\p{' + body + '}', 'u');
    return true;
  } catch {
    return false;
  }
}

// Every code point but the surrogates, in order, and where each starts.
const all = [];
const cpAt = [];  // by UTF-16 offset
let offset = 0;
for (let cp = 0; cp <= 0x10FFFF; cp++) {
  if (cp >= 0xD800 && cp <= 0xDFFF)
    continue;
  const s = String.fromCodePoint(cp);
  cpAt[offset] = cp;
  offset += s.length;
  all.push(s);
}
const ALL = all.join('');

// The set of \p{body} as [lo, hi] ranges: runs found by one global search,
// then the lone surrogates tested one by one.
function ranges(body) {
  const re = new RegExp('\\p{' + body + '}+', 'gu');
  const cps = [];
  const one = new RegExp('^\\p{' + body + '}$', 'u');
  for (let cp = 0xD800; cp <= 0xDFFF; cp++)
    if (one.test(String.fromCharCode(cp)))
      cps.push([cp, cp]);
  for (const m of ALL.matchAll(re)) {
    const lo = cpAt[m.index];
    let end = m.index + m[0].length - 1;  // the last code point's start
    if (cpAt[end] === undefined)
      end--;
    const last = cpAt[end];
    cps.push([lo, last]);
  }
  cps.sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const r of cps) {  // runs split only by the surrogate gap: merge
    const prev = out[out.length - 1];
    if (prev && r[0] <= prev[1] + 1)
      prev[1] = Math.max(prev[1], r[1]);
    else
      out.push(r.slice());
  }
  return out;
}

function leb(n, bytes) {
  do {
    let b = n & 0x7F;
    n >>>= 7;
    if (n)
      b |= 0x80;
    bytes.push(b);
  } while (n);
}

const sets = [];     // { bytes, count }
const setIndex = new Map();
function addSet(body) {
  const rs = ranges(body);
  const key = rs.map(r => r[0] + '-' + r[1]).join(',');
  if (setIndex.has(key))
    return setIndex.get(key);
  const bytes = [];
  let next = 0;
  for (const [lo, hi] of rs) {
    leb(lo - next, bytes);
    leb(hi - lo, bytes);
    next = hi + 1;
  }
  sets.push({ bytes, count: rs.length });
  setIndex.set(key, sets.length - 1);
  return sets.length - 1;
}

// kind: 0 General_Category value, 1 binary property, 2 Script, 3 Script_Extensions.
const names = [];
for (const aliases of GC) {
  const i = addSet('gc=' + aliases[0]);
  for (const a of aliases)
    if (accepts('gc=' + a))
      names.push([a, 0, i]);
}
for (const aliases of BINARY) {
  if (!accepts(aliases[0]))
    throw new Error('node does not know ' + aliases[0]);
  const i = addSet(aliases[0]);
  for (const a of aliases)
    if (accepts(a))
      names.push([a, 1, i]);
}
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LOW = 'abcdefghijklmnopqrstuvwxyz';
const codes = [];
for (const x of UP) for (const y of LOW) for (const z of LOW) for (const w of LOW)
  if (accepts('sc=' + x + y + z + w))
    codes.push(x + y + z + w);
const display = new Intl.DisplayNames('en', { type: 'script' });
const longs = new Set(SCRIPT_LONG);
for (const c of codes)
  longs.add(display.of(c).replace(/[ -]/g, '_').replace(/[^A-Za-z_]/g, ''));
const scriptNames = codes.concat([...longs].filter(n => n.length !== 4 || !codes.includes(n))
  .filter(n => accepts('sc=' + n)));
// Group the names by their set: aliases of one script share it.
for (const n of scriptNames.sort()) {
  names.push([n, 2, addSet('sc=' + n)]);
  names.push([n, 3, addSet('scx=' + n)]);
}
names.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const data = [];
const index = [];
for (const s of sets) {
  index.push(`{${data.length}, ${s.count}}`);
  data.push(...s.bytes);
}
const rows = (items, per) => {
  const out = [];
  for (let i = 0; i < items.length; i += per)
    out.push('  ' + items.slice(i, i + per).join(', ') + ',');
  return out.join('\n');
};
process.stdout.write(`// SPDX-License-Identifier: MIT
//
// regexp_props.h: Unicode ${process.versions.unicode} property sets for \\p{...}, generated by
// scripts/gen_regexp_props.js from node ${process.version}'s regular expressions. Do not edit.

// Each set: LEB128 numbers, two a range: the gap after the previous range's
// end (the first from 0), then the range's length - 1.
static const uint8_t re_prop_data[${data.length}] = {
${rows(data.map(b => '0x' + b.toString(16).toUpperCase().padStart(2, '0')), 16)}
};

// re_prop_sets[i] = { offset into re_prop_data, number of ranges }.
static const uint32_t re_prop_sets[${index.length}][2] = {
${rows(index, 6)}
};

// Sorted by kind, then name. kind: 0 General_Category value, 1 binary
// property, 2 Script value, 3 Script_Extensions value.
typedef struct RePropName { const char *name; uint8_t kind; uint16_t set; } RePropName;
static const RePropName re_prop_names[${names.length}] = {
${rows(names.map(([n, k, i]) => `{"${n}", ${k}, ${i}}`), 4)}
};
`);
