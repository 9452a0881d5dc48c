// String.prototype.toLocaleUpperCase / toLocaleLowerCase: Turkish, Azeri
// and Lithuanian rules as node 20 with full ICU applies them, locale lists,
// and the errors of invalid locale arguments.
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ': ' + e.message; } };
console.log('tr upper', t(() => 'istanbul iı'.toLocaleUpperCase('tr-TR')), t(() => 'izmir'.toLocaleUpperCase('tr')), t(() => 'iı'.toLocaleUpperCase('az')));
console.log('tr lower', t(() => 'İSTANBUL I\u0307 I İ Iı'.toLocaleLowerCase('tr')), t(() => 'I\u0307 Ii'.toLocaleLowerCase('az')), t(() => 'DİYARBAKIR'.toLocaleLowerCase('tr-TR')));
console.log('lt lower', t(() => 'I\u0300 J\u0301 Į\u0303 Ì Í Ĩ I J'.toLocaleLowerCase('lt')));
console.log('lt upper', t(() => 'i\u0307 j\u0307\u0301 i\u0301\u0307 i'.toLocaleUpperCase('lt-LT')));
console.log('other locales', t(() => 'İ'.toLocaleLowerCase('en')), t(() => 'i'.toLocaleUpperCase('en-US')), t(() => 'ß'.toLocaleUpperCase('tr')), t(() => 'ΣΑΣ'.toLocaleLowerCase('el')), t(() => 'I'.toLocaleLowerCase('tur')), t(() => 'i'.toLocaleUpperCase('de')));
console.log('lists', t(() => 'i'.toLocaleUpperCase(['en', 'tr'])), t(() => 'i'.toLocaleUpperCase(['TR-tr'])), t(() => 'I'.toLocaleLowerCase({ length: 1, 0: 'tr' })), t(() => 'i'.toLocaleUpperCase([])), t(() => 'i'.toLocaleUpperCase()), t(() => 'i'.toLocaleUpperCase(undefined)));
console.log('errors', t(() => 'a'.toLocaleUpperCase('x')), t(() => 'a'.toLocaleUpperCase('')), t(() => 'a'.toLocaleUpperCase([5])), t(() => 'a'.toLocaleUpperCase([null])), t(() => 'a'.toLocaleLowerCase('en_US')), t(() => 'a'.toLocaleLowerCase('abcdefghi')), t(() => 'a'.toLocaleLowerCase(null)), t(() => 'a'.toLocaleUpperCase(['en', 'x'])), t(() => 'a'.toLocaleUpperCase({ length: 2, 1: 'x' })), t(() => 'i'.toLocaleUpperCase({ length: 2, 1: 'tr' })));
console.log('non-arrays', t(() => 'a'.toLocaleUpperCase(5)), t(() => 'I'.toLocaleLowerCase(new String('tr'))), t(() => String.prototype.toLocaleUpperCase.call(null)));
console.log('sigma', t(() => "ΑΣ'İ ΑΣ İ ΟΔΟΣ".toLocaleLowerCase('tr')), t(() => 'ΣΑΣ ΙΣ.'.toLocaleLowerCase('lt')), t(() => 'ΑΣ\u0307'.toLocaleLowerCase('lt')));
console.log(JSON.stringify(['ΑΣ\'İ'.toLowerCase(), 'ΑΣİ'.toLowerCase(), 'İΣ'.toLowerCase()]));
