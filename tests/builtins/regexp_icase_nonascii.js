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
