const url = require('url');
const qs = require('querystring');
const u = new URL('https://user:p%40ss@Example.COM:443/a/./b/../c%20d?x=1&y=2&x=3#frag');
console.log(u.href, u.origin, u.host, u.port, u.pathname, u.search, u.hash, u.username, u.password);
console.log(u.searchParams.getAll('x'), u.searchParams.get('z'), u.searchParams.has('y'), [...u.searchParams.keys()]);
u.searchParams.append('q', 'a b&c=d/é');
u.searchParams.delete('y');
u.searchParams.sort();
console.log(u.search, u.toString());
u.port = '8080'; u.hash = ''; u.pathname = '/new path/ü';
console.log(u.href, JSON.stringify(u));
console.log(new URL('../x/y?z', 'http://h.com/a/b/c').href, new URL('//other.org/p', 'https://h.com').href);
console.log(new URL('http://[::1]:3000/').host, new URL('http://192.168.0.1./').hostname, new URL('http://0x7f.1/').hostname);
console.log(new URL('http://münchen.de/').hostname, new URL('file:///tmp/a b').pathname, new URL('HTTP://EX.com:80/').href);
console.log(new URL('mailto:someone@example.com').pathname, new URL('data:text/plain,hi').protocol, new URL('blob:https://a.com/uuid').origin);
for (const bad of ['not a url', 'http://', 'http://exa mple.com', 'https://[::1', '//no-base']) {
  try { new URL(bad); console.log('parsed', bad); } catch (e) { console.log(e.code, e.name, e.message, e.input); }
}
console.log(URL.canParse ? URL.canParse('x:y') : 'no canParse', URL.canParse && URL.canParse('nope'));
const sp = new URLSearchParams({ a: '1', b: 'two words', c: '~!*()\'' });
console.log(sp.toString(), sp.size, new URLSearchParams('?a=1&a=2&b=%20x+y').getAll('a'), new URLSearchParams('b=%20x+y').get('b'));
console.log(new URLSearchParams([['k', 'v'], ['k', 'w']]).toString(), Object.fromEntries(new URLSearchParams('x=1&y=2')));
console.log(sp);
console.log(u.searchParams);
console.log(url.fileURLToPath('file:///home/user/my%20file.txt'), url.pathToFileURL('/tmp/a b#c?.txt').href);
try { url.fileURLToPath('http://x/y'); } catch (e) { console.log(e.code, e.message); }
const legacy = url.parse('http://user:pw@host.com:8080/p/a/t/h?query=string&a=1#hash', true);
console.log(legacy.protocol, legacy.auth, legacy.host, legacy.port, legacy.hostname, legacy.hash, legacy.search, legacy.query, legacy.pathname, legacy.path, legacy.href);
console.log(url.format({ protocol: 'https', hostname: 'ex.com', pathname: '/x', query: { a: 1, b: [2, 3] } }));
console.log(url.resolve('http://a.com/b/c', '../d'), url.resolve('/one/two', 'three'), url.resolve('http://a.com/', 'http://b.com/x'));
console.log(url.format(new URL('https://a:b@x.com/?q#h'), { auth: false, search: false, fragment: false }));
console.log(qs.parse('a=1&b=2&a=3&c=&d&e=%E2%82%AC+x'), qs.stringify({ a: [1, 2], b: 'x y', c: '', d: null, e: undefined, f: true }));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.escape('a b/é'), qs.unescape('%41%zz'), qs.stringify({ w: 'é' }, null, null, { encodeURIComponent: (s) => s }));
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.urlToHttpOptions(new URL('http://a:b@h:1/p?q')));
