// SPDX-License-Identifier: MIT
//
// gen_url_numbers.js: prints the NUMBER_MAP table of
// stdlib/node/internal_url_whatwg.js: the "other number" code points
// (\p{No}: fractions, superscripts, circled and parenthesized digits ...)
// that NFKC, and so UTS #46, maps to other text, as node 20 normalizes them.
// A row [first, count, text]: count consecutive code points from first map
// to text with its number counting up (U+2460..U+2473 to "1".."20").
//
//   node scripts/gen_url_numbers.js   (paste between the markers)
'use strict';

const maps = [];
for (let c = 0x80; c <= 0x10FFFF; c++) {
  if (c >= 0xD800 && c <= 0xDFFF) continue;
  const ch = String.fromCodePoint(c);
  if (!/\p{No}/u.test(ch)) continue;
  const k = ch.normalize('NFKC');
  if (k !== ch) maps.push([c, k]);
}
const parts = (s) => {
  const m = /^(\D*)(\d+)(\D*)$/.exec(s);
  return m ? [m[1], +m[2], m[3]] : null;
};
const rows = [];
for (let i = 0; i < maps.length;) {
  const a = parts(maps[i][1]);
  let j = i + 1;
  while (a && j < maps.length && maps[j][0] === maps[j - 1][0] + 1) {
    const b = parts(maps[j][1]);
    if (!b || b[0] !== a[0] || b[2] !== a[2] || b[1] !== a[1] + (j - i)) break;
    j++;
  }
  rows.push(`[0x${maps[i][0].toString(16).toUpperCase()}, ${j - i}, ` +
            `${JSON.stringify(maps[i][1]).replace(/[^\x20-\x7e]/g,
              (x) => '\\u' + x.charCodeAt(0).toString(16).padStart(4, '0'))}]`);
  i = j;
}
let line = '  ', out = 'const NUMBER_MAP = [\n';
for (const r of rows) {
  if (line.length + r.length + 2 > 90) {
    out += line.trimEnd() + '\n';
    line = '  ';
  }
  line += r + ', ';
}
out += line.replace(/, $/, '') + '\n];';
console.log(out);
