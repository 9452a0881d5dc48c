// whatwg-url (CommonJS): the WHATWG URL Standard in JavaScript (jsdom's URL):
// parsing, setters, URLSearchParams, IDNA hosts, percent-encoding and the
// low-level basic URL parser and serializers.
const { URL, URLSearchParams, parseURL, basicURLParse, serializeURL, serializeHost,
        serializeURLOrigin, percentDecodeString, percentDecodeBytes } = require('whatwg-url');

const inputs = [
  'https://user:pa ss@EXAMPLE.com:443/a/./b/../c?x=1&y=%20#frag',
  'http://[::1]:8080/p',
  'http://192.168.0.257/',
  'http://0x7f.1/',
  'file:///C:/dir/../file.txt',
  'https://münchen.de/straße',
  'https://xn--mnchen-3ya.de/',
  'mailto:someone@example.com?subject=hi',
  'blob:https://example.org/uuid',
  'data:text/plain,hello%20world',
  'ws://example.com:80/chat',
  'non-spec:/.//p',
  'https://example.com/%7Efoo/%zz',
  '  https://trim.example/\t\n ',
];
for (const s of inputs) {
  try {
    const u = new URL(s);
    console.log(JSON.stringify([u.href, u.protocol, u.username, u.password, u.host, u.hostname,
                                u.port, u.pathname, u.search, u.hash, u.origin]));
  } catch (e) {
    console.log('throws', e.constructor.name, e.message);
  }
}
for (const [s, base] of [['../x?q#h', 'http://a/b/c/d'], ['//other/p', 'https://a/b'], ['?only', 'http://a/b?c'],
                          ['#f', 'mailto:x@y'], ['g', 'about:blank']]) {
  try { console.log(new URL(s, base).href); } catch (e) { console.log('throws', e.message); }
}
for (const bad of ['', 'http://', 'http://exa mple.com', 'https://[::1', 'http://a:99999']) {
  console.log(JSON.stringify(bad), parseURL(bad), URL.canParse ? URL.canParse(bad) : 'n/a');
}

const u = new URL('http://example.com/path?a=1');
u.protocol = 'https'; u.host = 'example.org:8443'; u.pathname = '/new path/ü';
u.search = '?b=2&c=a b'; u.hash = 'sec tion'; u.username = 'me@home'; u.port = '443';
console.log(u.href);
u.port = ''; u.hostname = 'xn--nxasmq6b.com'; console.log(u.href, u.toJSON() === u.href);

const p = new URLSearchParams('a=1&b=2&a=3&c=%26&d=+x+');
p.append('e', 'ü €'); p.set('b', '9'); p.delete('c');
console.log(p.toString(), p.getAll('a'), p.get('d'), p.has('b'), p.has('a', '3'), p.size);
p.sort(); console.log([...p].map(([k, v]) => k + '=' + v).join('|'));
console.log(new URLSearchParams({ x: '1', y: 'two words' }).toString(),
            new URLSearchParams([['k', 'v'], ['k', 'w']]).toString());

const rec = basicURLParse('https://a.b/c?d#e');
console.log(rec.scheme, rec.host, rec.path, rec.query, rec.fragment, serializeURL(rec, true),
            serializeURLOrigin(rec), serializeHost(rec.host));
console.log(serializeHost([0, 0, 0, 0, 0, 0, 0, 1]), serializeHost(3232235777));
console.log(percentDecodeString('%E2%82%AC%2x%41'), Buffer.from(percentDecodeBytes(Buffer.from('%41%42c'))).toString());
