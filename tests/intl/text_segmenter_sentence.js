// Intl.Segmenter, granularity sentence (UAX #29).
'use strict';
const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
const show = (s) => JSON.stringify([...seg.segment(s)].map((x) => x.segment));
const samples = [
  'Hello. World.', 'Mr. Smith went to Washington. He said "hi!" Then? ok.  Next',
  'It costs $3.50. Cheap!', 'e.g. this is lower. And this.', 'What?! Really...\nYes.',
  '"Quoted." (Parens.) [x.] Next', 'a.b.c. d', 'U.S.A. is big.', 'End\u2029Para\u2028Line',
  'one.two', 'Wait... what', '¿Qué? ¡Sí!', '日本語。中文。', 'No terminator', '',
  'Tab.\tNext', 'etc.) Lower', '.5 is half. 3.5 too.',
];
for (const s of samples) console.log(show(s));
const segs = seg.segment('One. Two! Three?');
console.log(segs.containing(6), segs.containing(100), Object.keys(segs.containing(0)));
