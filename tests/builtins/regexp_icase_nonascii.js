// Case-insensitive RegExp matching of non-ASCII letters: Canonicalize is
// toUppercase of code units without u/v (U+0080..U+00FF included), simple
// case folding with u.
const show = (label, v) => console.log(label, JSON.stringify(v));
show('latin1 literal', [/^ä$/i.test('Ä'), /^Ä$/i.test('ä'), /^é+$/i.test('ÉéÉ'), /ÿ/i.test('Ÿ'), /µ/i.test('Μ'), /µ/i.test('μ')]);
show('latin1 class', [/^[A-ZÄÖÜß]+$/i.test('äöü'), /^[à-þ]+$/i.test('ÀÉÎÕÜ'), /^[À-Þ]+$/i.test('àéîõü'), /[^ä]/i.test('Ä'), /^[a-z]$/i.test('é')]);
show('unicode flag', [/^[A-ZÄÖÜß]+$/iu.test('äöü'), /ß/iu.test('ẞ'), /ß/i.test('ẞ'), /[ß]/i.test('ẞ'), /ſ/i.test('s'), /ſ/iu.test('S'), /\u212a/i.test('k'), /\u212a/iu.test('k')]);
show('no ASCII from non-ASCII', [/ı/i.test('I'), /ı/iu.test('i'), /İ/i.test('i'), /İ/iu.test('i'), /[a-z]/i.test('\u017f'), /[a-z]/iu.test('\u017f')]);
show('greek cyrillic', [/^σ$/i.test('Σ'), /^ς$/i.test('σ'), /^ς$/iu.test('Σ'), /^жук$/i.test('ЖУК'), /^ΐ$/iu.test('\u1fd3')]);
show('backreference', [/(é)\1/i.test('éÉ'), /(ä)\1/iu.test('äÄ'), /(ÿ)\1/i.test('ÿŸ')]);
show('replace', ['Ärger über Öl'.replace(/[äöü]/gi, '_'), 'CAFÉ café Café'.replace(/café/gi, 'x'), 'ÀÁÂ'.match(/[àáâ]/gi)]);
show('split search', ['aÉbéc'.split(/é/i), 'xyzÑ'.search(/ñ/i), /straße/i.exec('STRAßE').index]);
// Case pairs added in Unicode 16 (node 20's ICU knows them).
show('unicode 16', [/\u019b/i.test('\ua7dc'), /\ua7dc/iu.test('\u019b'), /[\u0264]/i.test('\ua7cb'), /\u1c89/iu.test('\u1c8a'), /[\ua7cc-\ua7cd]+/i.test('\ua7cc\ua7cd'), /\u{10d50}/iu.test('\u{10d70}'), /\u{16ebb}/iu.test('\u{16ea0}'), /\u{10d50}/i.test('\u{10d70}')]);
