// Intl.Collator: a few hundred strings (ASCII letters, digits, punctuation and
// spaces, accented Latin, mixed case, numbers, CJK, emoji, compatibility
// forms) sorted under each option; '=' marks strings the collator calls equal.
'use strict';
const words = [];
const chars = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~'.split('');
for (const c of chars) { words.push(c, 'a' + c, c + 'a', 'A' + c); }
words.push(...'àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÄÅÆÇÉÑÖØÜŒœłŁđĐšŠžŽčČőŐ'.split(''));
words.push('resume', 'résumé', 'Resume', 'Résumé', 'resumé', 'rèsume', 'cote', 'côte', 'coté', 'côté', 'Cote',
  'file10', 'file2', 'file1', 'file02', 'File1', 'a1b', 'a01b', 'a10b', '10', '9', '010', '1.5', '1,5', '-1', '+1',
  'co-op', 'coop', 'co op', 'Co-op', 'naïve', 'naive', 'Naive', 'strasse', 'straße', 'Straße', 'ss', 'sz',
  '中文', '日本', '한국', '你好', '一', '二', '三', 'あ', 'ア', 'カ', 'か', 'α', 'β', 'Ω', 'ω', 'я', 'а', 'Я', 'б',
  '😀', '👍', '❤', '★', '☆', '€', '£', '¥', '$', '©', '®', '™', '§', '¶', '°', '±', '×', '÷', '½', '¼', '²', '³', '¹',
  '\t', '\n', ' ', '\u00a0', '\u2003', '', 'a b', 'a  b', 'ab', 'a-b', 'a_b', 'a.b', "a'b", 'Ab', 'aB', 'AB',
  'ǅ', 'ǆ', 'Ǆ', 'ﬁ', 'fi', 'Ⅳ', 'iv', 'ⅳ', 'ℌ', 'h', '①', '1', '１', 'Ａ', 'ａ', 'ı', 'İ', 'i', 'I',
  'ae', 'æ', 'Æ', 'AE', 'oe', 'œ', 'þ', 'th', 'ð', 'd', 'ħ', 'ŋ', 'n', 'ø', 'o', 'ö', 'z', 'ž', 'ÿ', 'y',
  'x\u0301', 'x\u0300', 'x', 'e\u0301', 'é', 'e\u0300', 'è', 'Z', 'zz', 'zZ', 'Zz', 'ZZ');
const uniq = [...new Set(words)];
for (const opts of [{}, { numeric: true }, { caseFirst: 'upper' }, { caseFirst: 'lower' },
  { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' },
  { ignorePunctuation: true }, { numeric: true, sensitivity: 'case', caseFirst: 'upper' }]) {
const c = new Intl.Collator('en', opts);
const sorted = uniq.slice().sort((a, b) => c.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
const out = [];
for (let i = 0; i < sorted.length; i++) {
  const r = i ? c.compare(sorted[i - 1], sorted[i]) : 0;
  out.push((r === 0 ? '= ' : '< ') + JSON.stringify(sorted[i]));
}
console.log(JSON.stringify(opts));
console.log(out.join(' '));
}
