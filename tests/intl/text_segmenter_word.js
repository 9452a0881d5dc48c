// Intl.Segmenter, granularity word: UAX #29 word boundaries with
// isWordLike, as ICU reports them.
'use strict';
const seg = new Intl.Segmenter('en', { granularity: 'word' });
const show = (s) => JSON.stringify([...seg.segment(s)].map((x) => x.isWordLike ? x.segment : `(${x.segment})`));
const samples = [
  'Hello, world! How are you?', "can't won't it's 'quoted'", '3.14 1,000,000.5 1.2.3 e.g. U.S.A.',
  'snake_case __init__ _ a_1 1_a', 'foo.bar foo:bar foo:1 1:2', 'e-mail x@y.com http://a.b/c?d=e',
  'a  b\t\tc\r\nd\n\ne', '👍🏽 🇺🇸🇫🇷 a\u200d👍 👨‍👩‍👧', 'カタカナ ｶﾀｶﾅ', '한국어 문장',
  'שָׁלוֹם א"ב א\'', '١٢٣ ٤.٥', 'café naïve e\u0301t\u00e9', 'x\u00ady', '$100 50% #tag @user',
  '１２３ ＡＢＣ', 'a\u2060b', '...', '--', '', 'word',
];
for (const s of samples) console.log(show(s));
const segs = seg.segment('The quick (brown) fox.');
for (let i = 0; i < 23; i += 3) console.log(i, segs.containing(i));
console.log(Object.keys(segs.containing(0)));
// Hangul: syllables run together as ICU's dictionary pass leaves them.
for (const s of ['한국어 문장', '가a a가 가1', '가ᄀ 가ᅡ', 'ㄱㄴ 가ㄱ']) console.log(show(s));
console.log(show('가\u0308 中\u0308 ᄀa 가ᄀ ᄀ1'));
