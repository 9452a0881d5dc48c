// url-parse (CommonJS): URL parts, relative resolution, querystringify.
const Url = require('url-parse');
const u = new Url('https://user:pw@github.com:8080/foo/bar?a=1&b=2#hash', true);
console.log(u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, JSON.stringify(u.query), u.hash, u.origin, u.href);
u.set('pathname', '/x y'); u.set('query', { z: 1 }); console.log(u.toString());
const r = new Url('../c?d', 'http://a.com/b/e/f'); console.log(r.href);
console.log(JSON.stringify(Url.qs.parse('a=1&b=%20')), Url.qs.stringify({ a: 1 }, true), Url.extractProtocol('mailto:x@y').protocol);
