// The legacy url API: url.parse (with parseQueryString and
// slashesDenoteHost), url.format of Url objects, url.resolve and
// url.resolveObject, and their argument errors.
'use strict';
const url = require('url');
console.log(url.parse('http://user:pw@host:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('http://user:pw@host:8080/p/a/t/h?query=string&a=1&a=2#hash', true));
console.log(url.parse('//foo/bar', false, true), url.parse('//foo/bar'));
console.log(url.parse('/a/b?x=1', true), url.parse('/a/b', true));
const inputs = [
  'http://www.example.com', 'HTTP://www.EXAMPLE.com/', 'http://x.com/path?search#hash',
  'http://a b/c', 'http://ÄB.com/ü?ö#ä', 'http://a\\b\\c?d\\e', '  http://x.com/a b  ',
  'http://[::1]:80/a', 'http://[fe80::1]', 'foo:bar', 'http://x.com:/a', 'http://a@b@c/d',
  'http://a%20b.com/', '/a/b', 'x?y#z', 'mailto:user@example.com', 'javascript:alert("hi")',
  'file:///etc/passwd', 'file://host/share', 'file:/x', 'ftp://user@ftp.example.com/f.txt',
  'http://x.com/a"b<c>d`e{f}g|h^i\'j', 'http://x.com/%zz',
  'http://host:65536/', 'http://h!o$s&t.com/p', 'http://host.com:8080', 'https://a.b/c;d?e=f;g#h;i',
  '?q=1', '#h', '', 'HTTP://x', 'ws://host/socket', 'news:comp.lang', 'http://-foo.bar', 'http://_foo.bar',
  'http://a.b.c.d.e.f/', 'http://user:@host/', 'http://:pw@host/', 'http://a:b:c@host/',
  'http://%41:%42@host/', 'http://host/p?q=a b&c=d#f g', 'svn+ssh://foo/bar', 'dash-test://foo/bar',
  'dash-test:foo/bar', 'http://x:1/y', 'http://127.0.0.1:8080/x', 'http://0x7f.1/', 'coap://[FEDC:BA98::3210]:80/x',
  'http:/no/host', 'http:no/host', 'www.example.com/x', 'ftp://a/b/../c/./d',
];
for (const s of inputs) {
  try {
    const u = url.parse(s);
    console.log(JSON.stringify(s), JSON.stringify(u));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
}
for (const s of ['http://x.com/?a=1&b=2&a=3', 'http://x.com/', '//h/p?q', 'x']) {
  const u = url.parse(s, true, true);
  console.log(JSON.stringify(s), u.host, u.pathname, u.search, u.query);
}
try { url.parse(42); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.parse('http://xn--a.com/'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
// format
const objs = [
  { protocol: 'http', host: 'x.com', pathname: '/a' },
  { protocol: 'https:', hostname: 'x.com', port: 8080, pathname: 'a/b', search: 'q=1', hash: 'h' },
  { protocol: 'http', hostname: '::1', pathname: '/' },
  { protocol: 'mailto', pathname: 'a@b.c' },
  { protocol: 'file', pathname: '/etc/x' },
  { protocol: 'file:', slashes: false, pathname: 'x' },
  { hostname: 'h', query: { a: [1, 2], b: 'x y' } },
  { host: 'h', query: 'a=1', pathname: '/p#q?r' },
  { protocol: 'http', auth: 'us:er@x:p w', host: 'h' },
  { protocol: 'foo', slashes: true, host: 'h', pathname: 'p' },
  { pathname: '/a', search: '?x#y', hash: '#z' },
  {},
];
for (const o of objs) console.log(JSON.stringify(o), '->', url.format(o));
console.log(url.format('http://a.com/b?c#d'), url.format(url.parse('https://u@x.com/p')));
try { url.format(null); } catch (e) { console.log(e.name, e.code, e.message); }
// resolve
const pairs = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g:h'], ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'],
  ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', 'g#s'], ['http://a/b/c/d;p?q', 'g?y#s'], ['http://a/b/c/d;p?q', ';x'],
  ['http://a/b/c/d;p?q', 'g;x'], ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'],
  ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../'],
  ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../'],
  ['http://a/b/c/d;p?q', '../../g'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '/./g'],
  ['http://a/b/c/d;p?q', '/../g'], ['http://a/b/c/d;p?q', 'g.'], ['http://a/b/c/d;p?q', '.g'],
  ['http://a/b/c/d;p?q', 'g..'], ['http://a/b/c/d;p?q', '..g'], ['http://a/b/c/d;p?q', './../g'],
  ['http://a/b/c/d;p?q', './g/.'], ['http://a/b/c/d;p?q', 'g/./h'], ['http://a/b/c/d;p?q', 'g/../h'],
  ['http://a/b/c/d;p?q', 'http:g'], ['http://a/b/c/d;p?q', 'https:g'], ['mailto:a@b.com', 'mailto:c@d.com'],
  ['mailto:a@b.com', 'x'], ['http://u:p@h/a', '//other/b'], ['http://u:p@h/a', '/b'], ['file:///a/b', 'c'],
  ['file:///a/b', '../../../c'], ['a/b', '../c'], ['a/b', '../../../c'], ['', 'x'], ['http://x/a', 'https://y'],
  ['http://x/a', 'foo:bar'], ['foo:bar', 'baz'], ['http://x', 'y'], ['http://x/a?b', '?c'], ['//h/p', 'q'],
];
for (const [a, b] of pairs) console.log(JSON.stringify([a, b]), '->', url.resolve(a, b));
const ro = url.resolveObject('http://a/b/c', '../d?x=1');
console.log(ro, url.resolveObject('', 'x'));
console.log(new url.Url(), url.parse('http://a/') instanceof url.Url);
// whitespace, tabs and control characters
for (const s of ['\u0001http://x/a\u00a0', '\ufeffhttp://x/', '\u000bhttp://x/\u000c', 'http://ho\tst/p\tq?r\ns#t\ru',
                 'http://example\t.\norg', 'a:\t foo.com', 'http://f:\n/c', 'non-special:opaque \t\t  \t#hi',
                 'http://a\u0000b.com/c', 'https://\u0000y', 'http://a\u0001b/', '\u3000http://x/']) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(url.parse(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
}
