// Intl.Segmenter, granularity grapheme: extended grapheme clusters
// (UAX #29) of emoji sequences, flags, Hangul, Indic conjuncts, CR LF,
// combining marks; the Segments object and its iterator.
'use strict';
const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
const show = (s) => JSON.stringify([...seg.segment(s)].map((x) => x.segment));
const samples = [
  'hello', '', 'e\u0301a\u0308', '\r\n\n\r', '👨‍👩‍👧‍👦x', '👍🏽👍', '🇺🇸🇫🇷🇩', '🏳️‍🌈',
  '한국어', '\u1100\u1161\u11a8\u1100', 'क्षि', 'क्\u200dष', 'क्\u200cष', 'ক্ষ', 'स्\u0941त',
  '\u0600\u0661', 'a\u200db', '❤️‍🔥', '\ud800x\udc00', '1️⃣#️⃣', 'ภาษาไทย', 'a\u0308\u0301\u0327b',
  'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍A̴̵̜̰͔ͫ͗͢L̠ͨͧͩ͘G̴̻͈͍͔̹̑͗̎̅͛́Ǫ̵̹̻̝̳͂̌̌͘!͖̬̰̙̗̿̋ͥͥ̂ͣ̐́́͜͞',
];
for (const s of samples) console.log(show(s));
const segs = seg.segment('a👨‍👩‍👧b');
for (const i of [-1, 0, 1, 2, 3, 8, 9, 10, 1.5, '2', NaN, undefined]) {
  console.log(i, JSON.stringify(segs.containing(i)));
}
const it = segs[Symbol.iterator]();
console.log(it.next(), Object.prototype.toString.call(it));
console.log([...segs].map((x) => Object.keys(x).join(',')).join(' '));
console.log(new Intl.Segmenter().resolvedOptions(), new Intl.Segmenter('en-GB').resolvedOptions());
// A second iteration and containing() after the iterator are independent.
console.log([...segs].length, [...segs].length, segs.containing(5).index);
console.log(seg.segment(12345).containing(2));
// Conjuncts of the scripts Unicode 17 added to GB9c (Myanmar, Khmer, Balinese).
console.log(show('က္ကိ'), show('ក្ករ'), show('ᬓ᭄ᬓ'), show('क꧀क'));
// GB11 joins emoji only: Unicode 17's Extended_Pictographic has no ★ or ☐.
console.log(show('★\u200d★'), show('❤\u200d❤'), show('©\u200d👍'), show('☐\u200d👍'));
const sen = new Intl.Segmenter('en', { granularity: 'sentence' });
console.log([...sen.segment('x\u17d4 y. a\ufe12 Y')].map((x) => x.segment));
