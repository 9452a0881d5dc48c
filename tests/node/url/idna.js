// Host parsing of internationalized domains: UTS #46 mapping (case,
// full-width, ignored code points, ligatures, mathematical letters),
// Punycode labels, disallowed code points, joiners and the Bidi rule.
'use strict';
const url = require('url');
const hosts = [
  'EXAMPLE.com', 'Bücher.de', 'BÜCHER.DE', 'faß.de', 'ẞ.com', 'βόλος.com', 'ｅｘａｍｐｌｅ．ｃｏｍ', 'a。b｡c',
  'a\u00adb', 'look\u2060out', 'look\ufeffout', 'look\u200bout', '\u200d.example', 'xn--1ug.example',
  'يa', 'xn--a-yoc', 'مثال.com', 'مثال.إختبار', 'a.مثال', '1مثال.com', 'مثال.1com', 'abc.1', 'مثال.abc', 'مثال1', 'مa1', 'עברית', 'ﬁle.ﬂy', '𝐀𝐁𝐂.com',
  '𝟏𝟐𝟑.com', 'ⓐⓑⓒ.com', '≠', '=\u0338', '<\u0338', 'www\u2025lookout.net', 'a\u2a74b', 'look\u06ddout',
  'look\u202eout', 'look\u{e0001}out', 'look\u2ff0out', 'look\ufffaout', '\u0378.net', 'a\ufdd0b',
  'a\u0080b', 'xn--ls8h', 'XN--LS8H', 'xn--a', 'xn--', 'xn--zca', 'xn--ZCA', 'xn--tešla', 'xn--0.com',
  '♥.net', '☃-⌘.com', 'a..b', '.', '..', 'a.', '-x.y-', 'ab--cd', 'a b', 'a%20b', 'a%41b', '%e2%98%83',
  '%ef%bc%a1', 'a\u3000b', '\u1680x', 'x\u2028y', '0x7f.1', '１２７．０．０．１', '1.2.3.4.', 'xn--ls8h.123',
  'faß.ExAmPlE', 'İstanbul', 'ΣΊΣΥΦΟΣ', 'x\u0301', 'e\u0301', 'ﬀ', '\u00df\u00df',
];
for (const h of hosts) {
  let out;
  try {
    const u = new URL('https://' + h + '/p');
    out = u.host;
  } catch (e) {
    out = e.code;
  }
  console.log(JSON.stringify(h), '->', JSON.stringify(out), JSON.stringify(url.domainToASCII(h)),
              JSON.stringify(url.domainToUnicode(h)));
}
for (const h of ['sc://Bücher/', 'sc://a b/', 'sc://%zz/', 'sc://[::1]/', 'sc://A.B/']) {
  try { console.log(h, new URL(h).host); } catch (e) { console.log(h, e.code); }
}
const u = new URL('https://domain.com:3000');
u.port = '\n\n\t\t';
console.log(u.href);
