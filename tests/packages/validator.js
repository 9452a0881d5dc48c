// validator (CommonJS, no exports map): the index and per-function files
// under validator/lib/.
'use strict';
const validator = require('validator');
const isEmail = require('validator/lib/isEmail');
const isURL = require('validator/lib/isURL').default;

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
function table(fn, inputs, opts) {
  return inputs.map(s => s + '=' + (opts === undefined ? fn(s) : fn(s, opts)));
}

show('version type', () => typeof validator.version);
show('subpath default interop', () => [typeof isEmail, typeof isEmail.default, isEmail.default === validator.isEmail, isURL === validator.isURL]);
show('isEmail', () => table(validator.isEmail, ['foo@bar.com', 'x@y', 'a.b+c@sub.example.co.uk', '"quoted"@example.com', 'no spaces@x.com', 'ünïcode@exämple.com', 'a@b..com', 'trailing.@x.com']));
show('isEmail opts', () => [
  validator.isEmail('Name <n@x.org>', { allow_display_name: true }),
  validator.isEmail('n@localhost', { require_tld: false }),
  validator.isEmail('n@x.org', { host_blacklist: ['x.org'] }),
  validator.isEmail('a@ab.cd', { domain_specific_validation: true }),
]);
show('isURL', () => table(validator.isURL, ['http://example.com', 'example.com/path?q=1#h', 'ftp://a.b', 'https://例子.测试', 'http://localhost:3000', 'http://256.0.0.1', 'javascript:alert(1)', 'http://user:pw@host.io:8080/x', '//proto-relative.com', 'http://a_b.com']));
show('isURL opts', () => [
  validator.isURL('localhost:3000', { require_tld: false }),
  validator.isURL('example.com', { require_protocol: true }),
  validator.isURL('http://x.com', { protocols: ['https'] }),
  validator.isURL('https://x.com', { host_whitelist: ['y.com'] }),
]);
show('isIP', () => table(validator.isIP, ['127.0.0.1', '255.255.255.255', '256.1.1.1', '::1', '2001:db8::ff00:42:8329', 'fe80::1%eth0', '1.2.3']));
show('isIP version', () => [validator.isIP('::1', 4), validator.isIP('::1', 6), validator.isIPRange('10.0.0.0/8'), validator.isIPRange('10.0.0.0/33')]);
show('numbers', () => [validator.isInt('-12'), validator.isInt('12.0'), validator.isInt('5', { min: 6 }), validator.isFloat('1e3'), validator.isFloat('.5', { min: 0, max: 1 }), validator.isNumeric('+1.5'), validator.isDecimal('1,5', { locale: 'de-DE' }), validator.isHexadecimal('0xdeadBEEF'), validator.isOctal('0o17'), validator.isDivisibleBy('21', 7)]);
show('strings', () => [validator.isAlpha('abcXYZ'), validator.isAlpha('äöü', 'de-DE'), validator.isAlphanumeric('abc123'), validator.isAscii('ab©'), validator.isLowercase('abc1'), validator.isUppercase('ABC!'), validator.isLength('héllo', { min: 5, max: 5 }), validator.isByteLength('héllo', { max: 5 }), validator.contains('haystack', 'st'), validator.isEmpty('  ', { ignore_whitespace: true })]);
show('formats', () => [validator.isUUID('123e4567-e89b-12d3-a456-426614174000'), validator.isUUID('123e4567-e89b-42d3-a456-426614174000', 4), validator.isMongoId('507f1f77bcf86cd799439011'), validator.isJSON('{"a":[1]}'), validator.isJSON('{a:1}'), validator.isJWT('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'), validator.isBase64('aGVsbG8='), validator.isBase64('aGVsbG8'), validator.isBase32('JBSWY3DP'), validator.isMD5('d41d8cd98f00b204e9800998ecf8427e')]);
show('colors', () => [validator.isHexColor('#fff'), validator.isHexColor('#ggg'), validator.isRgbColor('rgb(0,255,0)'), validator.isHSL('hsl(120, 100%, 50%)')]);
show('dates', () => [validator.isDate('2024-02-29'), validator.isDate('2023-02-29'), validator.isDate('02/29/2024', { format: 'MM/DD/YYYY' }), validator.isISO8601('2024-02-29T12:00:00Z'), validator.isISO8601('2024-02-30', { strict: true }), validator.isRFC3339('2024-02-29T12:00:00.5+01:00'), validator.isTime('23:59'), validator.isTime('24:00')]);
show('ordering', () => [validator.isAfter('2024-01-02', '2024-01-01'), validator.isBefore('2024-01-02', { comparisonDate: '2024-01-01' }), validator.isIn('b', ['a', 'b']), validator.equals('a', 'a')]);
show('cards/codes', () => [validator.isCreditCard('4111111111111111'), validator.isCreditCard('4111111111111112'), validator.isLuhnNumber('79927398713'), validator.isISBN('978-3-16-148410-0'), validator.isISBN('0306406152', 10), validator.isISIN('US0378331005'), validator.isIBAN('GB82WEST12345698765432'), validator.isBIC('DEUTDEFF'), validator.isEAN('4006381333931'), validator.isISSN('0378-5955')]);
show('locales', () => [validator.isMobilePhone('+14155552671', 'en-US'), validator.isMobilePhone('0612345678', 'nl-NL'), validator.isPostalCode('90210', 'US'), validator.isPostalCode('SW1A 1AA', 'GB'), validator.isPostalCode('1234', 'US'), validator.isIdentityCard('12345678Z', 'ES'), validator.isTaxID('123-45-6789', 'en-US'), validator.isVAT('DE123456789', 'DE')]);
show('misc', () => [validator.isPort('65535'), validator.isPort('65536'), validator.isMACAddress('01:23:45:67:89:ab'), validator.isFQDN('sub.example.com'), validator.isFQDN('-bad.com'), validator.isSemVer('1.2.3-beta.1+build'), validator.isSlug('my-slug-1'), validator.isStrongPassword('Abcdef1!'), validator.isStrongPassword('weak'), validator.isLatLong('40.7,-74.0'), validator.isMimeType('text/html; charset=utf-8'), validator.isDataURI('data:text/plain;base64,SGk='), validator.isMagnetURI('magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a'), validator.isCurrency('$1,000.00'), validator.isBoolean('true'), validator.isBoolean('yes', { loose: true }), validator.isLocale('en-US'), validator.isISO31661Alpha2('FR'), validator.isISO4217('EUR'), validator.isAbaRouting('021000021')]);
show('strength score', () => validator.isStrongPassword('Abcdef1!xyz', { returnScore: true }));
show('sanitizers', () => [validator.escape('<a href="x">&\'</a>'), validator.unescape('&lt;b&gt;&amp;&#x27;&quot;'), validator.trim('  x  '), validator.ltrim('xxaxx', 'x'), validator.rtrim('xxaxx', 'x'), validator.stripLow('a\x00b\nc', true), validator.whitelist('abc123', 'a-c'), validator.blacklist('abc123', '0-9'), validator.toInt('42px'), validator.toFloat('3.14abc'), validator.toBoolean('0'), validator.toBoolean('yes', true)]);
show('normalizeEmail', () => ['Foo.Bar+tag@GMail.com', 'Some.One@Outlook.COM', 'x@Example.org'].map(e => validator.normalizeEmail(e)));
show('toDate', () => [validator.toDate('2024-02-29T00:00:00Z').toISOString(), validator.toDate('garbage')]);
show('non-string input', () => validator.isEmail(42));
show('null input', () => validator.isInt(null));
show('bad locale', () => validator.isAlpha('abc', 'xx-XX'));
show('bad mobile locale', () => validator.isMobilePhone('123', 'zz-ZZ'));
