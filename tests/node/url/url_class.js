// The URL class: inspect layout, JSON, errors with code/input/base,
// URL.canParse, origins, prototype shape, and the module's helpers
// (domainToASCII/Unicode, urlToHttpOptions, format with options).
'use strict';
const url = require('url');
const util = require('util');
const u = new URL('https://user:pw@xn--bcher-kva.example:8443/a/b?x=1&y=%20#frag');
console.log(u);
console.log(new URL('file:///tmp/x'));
console.log({ nested: new URL('http://a/') });
console.log(util.inspect(new URL('http://a/?q=1'), { depth: 0 }));
console.log([new URL('sc:opaque')]);
console.log(JSON.stringify({ u }), String(u), `${u}`, u.toJSON() === u.href);
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, typeof URL.canParse);
console.log(Object.keys(URL.prototype), Object.keys(URLSearchParams.prototype));
console.log(Object.prototype.toString.call(u), Object.keys(u), u instanceof URL);
for (const [i, b] of [['x', undefined], ['/p', 'nope'], ['http://[::1', undefined], ['', undefined], ['http://a:99999', undefined], ['//h', 'sc:x']]) {
  try {
    b === undefined ? new URL(i) : new URL(i, b);
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), 'base' in e, e instanceof TypeError);
  }
}
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
try { u.href = 'bad'; } catch (e) { console.log(e.name, e.code, e.message, e.input); }
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b/'), URL.canParse('x', 'bad'));
console.log(new URL({ toString() { return 'http://obj/'; } }).href, new URL('/rel', new URL('http://base/dir/')).href);
for (const s of ['http://h:81/', 'https://h:443/', 'ws://h', 'wss://h:1', 'ftp://h:21', 'file:///x', 'blob:https://a.b:8/x', 'blob:sc://x', 'data:,x', 'sc://h/', 'blob:http://[::1]/']) {
  console.log(s, new URL(s).origin);
}
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), JSON.stringify(url.domainToASCII('xn--a')),
            url.domainToASCII('EXAMPLE.com'), url.domainToASCII('0x7f.1'));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--iñvalid.com'), JSON.stringify(url.domainToUnicode('xn--a')),
            url.domainToUnicode('ÄÖ.de'));
console.log(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8080/p/q?s=1#h')));
console.log(url.urlToHttpOptions(new URL('http://x.com/')));
const f = new URL('https://u:p@测试.com:8080/p?q=1#h');
console.log(url.format(f), url.format(f, { auth: false, fragment: false, search: false, unicode: true }));
console.log(url.format(f, { unicode: true }), url.format(f, {}));
try { url.format(f, 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.format(42); } catch (e) { console.log(e.name, e.code, e.message); }
// statics, subclassing, iterator inspection
console.log(Object.keys(URL), URL.name, URL.length, URLSearchParams.length);
console.log(URL.parse('http://p/x')?.href, URL.parse('nope'), URL.parse('y', 'http://b/').href);
try { URL.createObjectURL({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.revokeObjectURL(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(URL.revokeObjectURL('blob:x'));
class Sub extends URL { constructor(x) { super(x); this.extra = 1; } }
const s = new Sub('http://sub/');
console.log(s.href, s instanceof URL, s.extra);
console.log(s);
const sp = new URLSearchParams('a=1&b=2');
console.log(sp.keys(), sp.values(), sp.entries());
const it = sp.keys(); it.next(); console.log(it); it.next(); console.log(it);
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }), util.inspect({ deep: { er: { est: sp } } }));
