// regexp_property_escapes.js: \p{...} with the u and v flags, and the v
// flag's class set notation, the way programs use them.

// Words of any script.
const text = 'Grüße, мир! 世界 and café — naïve résumé 123 ٣٤٥';
console.log(text.match(/\p{L}+/gu));
console.log(text.match(/[\p{L}\p{N}]+/gu));
console.log(text.replace(/\P{L}+/gu, '|'));
console.log(text.match(/\p{Script=Cyrillic}+/u)[0], text.match(/\p{sc=Han}+/u)[0]);
console.log(/^\p{Lu}/u.test('Émile'), /^\p{Lu}/u.test('émile'));
console.log('٣٤٥ 123'.match(/\p{Nd}+/gu), '٣٤٥'.match(/\p{scx=Arab}+/u)[0]);
console.log([...'a1_ -'].map(c => /\p{ID_Continue}/u.test(c)));
console.log('tab\there'.split(/\p{White_Space}/u));
console.log(/\p{General_Category=Decimal_Number}/u.test('७'), /\p{gc=Lo}/u.test('ห'));

// Emoji.
const chat = 'ok 👍🏽 great 🎉🎉 flag 🇫🇷 family 👨‍👩‍👧 #️⃣ done ✔';
console.log(chat.match(/\p{Emoji_Presentation}/gu).join(' '));
console.log(chat.match(/\p{RGI_Emoji}/gv).join(' '));
console.log(chat.replace(/\p{RGI_Emoji}/gv, '_'));
console.log(/^\p{Emoji}$/v.test('1'), /^\p{Extended_Pictographic}$/u.test('1'));

// Set operations with v.
const consonants = /[[a-z]--[aeiou]]/gv;
console.log('programming language'.match(consonants).join(''));
console.log('Ελληνικά and latin'.match(/[\p{L}&&\p{sc=Greek}]+/gv));
console.log('a-b_c.d'.split(/[\p{P}--[_]]/v));
console.log('x+y*z'.match(/[[+*]\q{x|yz}]/gv));
console.log('abc xyz ab'.match(/[\q{abc|ab}x]/gv));
console.log(/^[\p{ASCII}--\p{L}]+$/v.test('123!?'), /^[\p{ASCII}--\p{L}]+$/v.test('12a'));
console.log('ÀÉÎõü'.match(/[\p{Lu}&&[À-Ö]]/gv), 'Straße'.match(/[\q{ss}ß]/giv));
console.log(/[^\d\s]/v.exec('1 2 x')[0], /[[^a-z]&&\p{L}]/v.exec('abcDef')[0]);
const re = /[\p{L}--\p{Ll}]/v;
console.log(re.unicodeSets, re.unicode, re.flags, re.source);

// Errors at run time.
for (const [src, flags] of [['[a&&&b]', 'v'], ['[^\\q{ab}]', 'v'], ['\\p{Foo}', 'u'],
                           ['[a--b&&c]', 'v'], ['\\P{RGI_Emoji}', 'v'], ['[(]', 'v'],
                           ['\\p{RGI_Emoji}', 'u'], ['\\p{sc=Latn', 'u']]) {
  try {
    new RegExp(src, flags);
    console.log('no error', src);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
