// Intl.Collator and localeCompare with options on random strings of many
// scripts, marks and symbols (a fixed pseudo-random sequence).
'use strict';
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const alpha = [...'aAbBcCeEéÉèêëzZ0123456789 -_.,\'!?()@#$%&*+/<=>|~`^ ñÑçÇøØåÅæÆßœŒłŁ中文日本한국あアαβΩяЖ😀👍❤★€£\u0301\u0308\t１２ａＡ①½'];
const words = [];
for (let i = 0; i < 1500; i++) { let s = ''; const n = 1 + rnd(6); for (let k = 0; k < n; k++) s += alpha[rnd(alpha.length)]; words.push(s); }
for (const opts of [{}, { numeric: true }, { caseFirst: 'upper' }, { sensitivity: 'base' },
  { sensitivity: 'case' }, { sensitivity: 'accent' }, { ignorePunctuation: true }]) {
const c = new Intl.Collator('en', opts);
let out = [];
for (let i = 0; i + 1 < words.length; i++) out.push(c.compare(words[i], words[i + 1]));
for (let i = 0; i + 7 < words.length; i += 7) out.push(words[i].localeCompare(words[i + 7], 'en', opts));
console.log(JSON.stringify(opts), out.join(''));
}
