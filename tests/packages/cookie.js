// cookie (CommonJS): parse and serialize with every attribute.
const cookie = require('cookie');
console.log(JSON.stringify(cookie.parse('foo=bar; equation=E%3Dmc%5E2; q="quoted"; bad=%E0%A4%A; a=1; a=2')));
console.log(cookie.serialize('foo', 'bar baz', { httpOnly: true, maxAge: 3600, path: '/', sameSite: 'lax', secure: true, expires: new Date(Date.UTC(2030, 0, 1)), priority: 'high', partitioned: true }));
try { cookie.serialize('b@d', 'x'); } catch (e) { console.log(e.name, e.message); }
