// RegExp v flag: Unicode properties of strings (\p{RGI_Emoji} and its
// parts), which match whole emoji sequences, longest first.
const samples = ['a', '😀', '☺', '☺\uFE0F', '#\uFE0F\u20E3', '#\u20E3', '👍🏽', '🇫🇷', '🇿🇿',
  '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', '👨‍👩‍👧‍👦', '👩🏽‍💻', '🧑‍🤝‍🧑',
  '❤️‍🔥', '👨‍👩', '🏳️‍🌈', '1', '©', '©\uFE0F', '🫠', '\u{1F6DD}'];
const props = ['RGI_Emoji', 'Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Modifier_Sequence',
  'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence'];
for (const prop of props) {
  const re = new RegExp('^\\p{' + prop + '}$', 'v');
  console.log(prop.padEnd(28) + samples.map(s => re.test(s) ? 1 : 0).join(''));
}
// Longest match first, as an atom under quantifiers and in groups.
const text = 'x👨‍👩‍👧‍👦y👍🏽🇫🇷z#️⃣ok😀😀';
console.log(JSON.stringify(text.match(/\p{RGI_Emoji}/gv)));
console.log(JSON.stringify(text.replace(/\p{RGI_Emoji}+/gv, '<E>')));
console.log(JSON.stringify(/^(\p{RGI_Emoji_Flag_Sequence}){2}$/v.exec('🇫🇷🇩🇪')));
console.log(/(?<=\p{RGI_Emoji})y/v.test('👍🏽y'), /(?<=\p{RGI_Emoji})y/v.test('ay'));
console.log('👩🏽‍💻rest'.split(/(\p{RGI_Emoji})/v).length);
// Not a property of strings without the v flag, nor negated.
for (const src of ['\\p{RGI_Emoji}', '\\P{RGI_Emoji}']) {
  for (const flags of ['u', 'v']) {
    try { new RegExp(src, flags); console.log(src, flags, 'ok'); }
    catch (e) { console.log(src, flags, e.constructor.name + ': ' + e.message); }
  }
}
