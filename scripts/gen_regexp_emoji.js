// SPDX-License-Identifier: MIT
//
// gen_regexp_emoji.js: writes runtime/regexp_emoji.h, the strings of the
// Unicode properties of strings (\p{RGI_Emoji} and its six parts) that
// regexp.c accepts with the v flag. Run with node 20 (the specification):
//
//   node scripts/gen_regexp_emoji.js <emoji-regex/index.js> > runtime/regexp_emoji.h
//
// Node's own regexp engine is the oracle: candidate strings are generated,
// and a candidate is kept for a property only when node's
// /^\p{Property}$/v accepts it. Candidates: every code point alone and
// followed by U+FE0F; keycaps; Emoji_Modifier_Base x the five modifiers;
// every pair of regional indicators; black flag + two to five tag letters
// (subdivision flags); and, for the ZWJ sequences, every string in the
// (finite) language of the emoji-regex package's pattern, which lists the
// fully-qualified emoji of Unicode's emoji-test.txt. Only the resulting data
// is kept; no code of that package is.
'use strict';
const fs = require('fs');

const PROPS = ['Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Modifier_Sequence',
  'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence'];
const tests = PROPS.map(p => new RegExp('^\\p{' + p + '}$', 'v'));
const found = PROPS.map(() => new Set());
function consider(s) {
  for (let i = 0; i < tests.length; i++)
    if (tests[i].test(s)) found[i].add(s);
}

// Enumerates the language of a pattern made of literals, \uXXXX / \xXX
// escapes, [classes with ranges], (?:groups), | and ?.
function language(src) {
  let pos = 0;
  function unit() {
    if (src[pos] === '\\') {
      const k = src[pos + 1];
      if (k === 'u') { pos += 6; return parseInt(src.slice(pos - 4, pos), 16); }
      if (k === 'x') { pos += 4; return parseInt(src.slice(pos - 2, pos), 16); }
      pos += 2; return k.charCodeAt(0);
    }
    return src.charCodeAt(pos++);
  }
  function alt() {
    const out = new Set(seq());
    while (src[pos] === '|') { pos++; for (const s of seq()) out.add(s); }
    return [...out];
  }
  function seq() {
    let acc = [''];
    while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
      let item;
      if (src[pos] === '(') {
        pos += 3;  // (?:
        item = alt();
        pos++;     // )
      } else if (src[pos] === '[') {
        pos++;
        item = [];
        while (src[pos] !== ']') {
          const a = unit();
          let b = a;
          if (src[pos] === '-' && src[pos + 1] !== ']') { pos++; b = unit(); }
          for (let c = a; c <= b; c++) item.push(String.fromCharCode(c));
        }
        pos++;
      } else {
        item = [String.fromCharCode(unit())];
      }
      if (src[pos] === '?') { pos++; item = ['', ...item]; }
      const next = [];
      for (const a of acc) for (const b of item) next.push(a + b);
      acc = next;
    }
    return acc;
  }
  return alt();
}

const modBase = /^\p{Emoji_Modifier_Base}$/u;
for (let cp = 0; cp <= 0x10FFFF; cp++) {
  if (cp >= 0xD800 && cp <= 0xDFFF) continue;
  const s = String.fromCodePoint(cp);
  consider(s);
  consider(s + '\uFE0F');
  if (modBase.test(s))
    for (let m = 0x1F3FB; m <= 0x1F3FF; m++) consider(s + String.fromCodePoint(m));
}
for (const k of '#*0123456789') { consider(k + '\uFE0F\u20E3'); consider(k + '\u20E3'); }
for (let a = 0x1F1E6; a <= 0x1F1FF; a++)
  for (let b = 0x1F1E6; b <= 0x1F1FF; b++) consider(String.fromCodePoint(a, b));
const tag = s => [...s].map(ch => String.fromCodePoint(0xE0000 + ch.charCodeAt(0))).join('');
const letters = 'abcdefghijklmnopqrstuvwxyz';
for (const a of letters) for (const b of letters) {
  // Region + subdivision of one to three letters (ISO 3166-2 codes used by RGI).
  for (const c of letters) {
    consider('\u{1F3F4}' + tag(a + b + c) + '\u{E007F}');
    for (const d of letters) {
      consider('\u{1F3F4}' + tag(a + b + c + d) + '\u{E007F}');
      for (const e of letters) consider('\u{1F3F4}' + tag(a + b + c + d + e) + '\u{E007F}');
    }
  }
}
if (process.argv[2]) {
  const src = require(fs.realpathSync(process.argv[2]))().source;
  for (const s of language(src)) consider(s);
}

const out = [];
out.push('// SPDX-License-Identifier: MIT');
out.push('//');
out.push('// regexp_emoji.h: the strings of the Unicode properties of strings for');
out.push('// regexp.c (v flag), Unicode ' + process.versions.unicode + ' as in node ' + process.version + ', generated');
out.push('// by scripts/gen_regexp_emoji.js. Do not edit.');
out.push('// Each list: code point count, then the code points; a 0 count ends it.');
out.push('');
for (let i = 0; i < PROPS.length; i++) {
  const list = [...found[i]].sort();
  out.push('static const uint32_t re_emoji_' + PROPS[i].toLowerCase() + '[] = {  // ' + list.length + ' strings');
  for (const s of list) {
    const cps = [...s].map(c => '0x' + c.codePointAt(0).toString(16).toUpperCase());
    out.push(cps.length + ',' + cps.join(',') + ',');
  }
  out.push('0 };');
  out.push('');
}
process.stdout.write(out.join('\n'));
process.stderr.write(PROPS.map((p, i) => p + '=' + found[i].size).join(' ') + '\n');
