// qs (CommonJS; pulls in side-channel -> get-intrinsic -> es-errors,
// function-bind, call-bind-apply-helpers, hasown, gopd, ... at load time).
'use strict';
const qs = require('qs');
const formats = require('qs/lib/formats');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

show('subpath formats', () => [formats.RFC1738, formats.RFC3986, formats.default, Object.keys(formats.formatters)]);
show('parse simple', () => qs.parse('a=1&b=two&c=&d'));
show('parse nested', () => qs.parse('user[name]=Ada&user[langs][]=js&user[langs][]=c&user[addr][city]=London'));
show('parse arrays', () => [qs.parse('a[]=b&a[]=c'), qs.parse('a[1]=c&a[0]=b'), qs.parse('a[21]=x'), qs.parse('a[]=b&a=c'), qs.parse('a=b&a=c')]);
show('parse arrayLimit', () => [qs.parse('a[1]=b', { arrayLimit: 0 }), qs.parse('a[]=b', { parseArrays: false })]);
show('parse depth', () => [qs.parse('a[b][c][d][e][f][g][h]=i'), qs.parse('a[b][c]=d', { depth: 1 })]);
show('parse strictDepth', () => qs.parse('a[b][c][d]=e', { depth: 1, strictDepth: true }));
show('parse dots', () => qs.parse('a.b.c=1&a.d=2', { allowDots: true }));
show('parse decodeDotInKeys', () => qs.parse('name%252Eobj.first=John', { decodeDotInKeys: true }));
show('parse encoding', () => [qs.parse('q=hello%20world&r=a+b&s=%E2%9C%93&t=%ZZ'), qs.parse('a=%A7', { charset: 'iso-8859-1' }), qs.parse('utf8=%26%2310003%3B&a=%26%2310003%3B', { charsetSentinel: true, interpretNumericEntities: true })]);
show('parse prefix/delimiter', () => [qs.parse('?a=1&b=2', { ignoreQueryPrefix: true }), qs.parse('a=1;b=2', { delimiter: ';' }), qs.parse('a=1,b=2&c=3', { delimiter: /[;,&]/ })]);
show('parse comma', () => qs.parse('a=b,c,d&e=f', { comma: true }));
show('parse duplicates', () => ['combine', 'first', 'last'].map(duplicates => qs.parse('a=1&a=2', { duplicates })));
show('parse strictNullHandling', () => qs.parse('a&b=', { strictNullHandling: true }));
show('parse parameterLimit', () => qs.parse('a=1&b=2&c=3', { parameterLimit: 2 }));
show('parse throwOnLimitExceeded', () => qs.parse('a=1&b=2&c=3', { parameterLimit: 2, throwOnLimitExceeded: true }));
show('parse prototype keys', () => [qs.parse('__proto__[x]=1&constructor[prototype][y]=2&toString=3'), ({}).x, qs.parse('hasOwnProperty=1', { allowPrototypes: true })]);
show('parse plainObjects', () => Object.getPrototypeOf(qs.parse('a=1', { plainObjects: true })) === null);
show('parse object input', () => qs.parse({ 'a[b]': 'c', 'a[d]': 'e' }));
show('parse custom decoder', () => qs.parse('x=1&y=true', { decoder: (s, dflt, cs, type) => (type === 'value' && /^\d+$/.test(s) ? Number(s) : s === 'true' ? true : dflt(s)) }));
show('stringify simple', () => qs.stringify({ a: 'b', c: 1, d: true, e: null, f: undefined, g: '' }));
show('stringify nested', () => qs.stringify({ user: { name: 'Ada Lovelace', langs: ['js', 'c'], addr: { city: 'London & co' } } }));
show('stringify encode off', () => qs.stringify({ a: { b: 'c d' } }, { encode: false }));
show('stringify arrayFormat', () => ['indices', 'brackets', 'repeat', 'comma'].map(arrayFormat => qs.stringify({ a: ['x', 'y'] }, { arrayFormat, encode: false })));
show('stringify commaRoundTrip', () => qs.stringify({ a: ['x'] }, { arrayFormat: 'comma', commaRoundTrip: true, encode: false }));
show('stringify allowDots', () => qs.stringify({ a: { b: { c: 'd' } } }, { allowDots: true }));
show('stringify encodeDotInKeys', () => qs.stringify({ 'name.obj': { first: 'J' } }, { allowDots: true, encodeDotInKeys: true }));
show('stringify addQueryPrefix/delimiter', () => [qs.stringify({ a: 1, b: 2 }, { addQueryPrefix: true }), qs.stringify({ a: 1, b: 2 }, { delimiter: ';' })]);
show('stringify RFC1738', () => [qs.stringify({ q: 'a b*c~' }), qs.stringify({ q: 'a b*c~' }, { format: 'RFC1738' })]);
show('stringify unicode', () => [qs.stringify({ s: '✓ ü 😀' }), qs.stringify({ s: '✓' }, { charset: 'iso-8859-1' }), qs.stringify({ s: 'x' }, { charsetSentinel: true })]);
show('stringify strictNullHandling/skipNulls', () => [qs.stringify({ a: null, b: '' }, { strictNullHandling: true }), qs.stringify({ a: null, b: 'x' }, { skipNulls: true })]);
show('stringify filter', () => [qs.stringify({ a: 1, b: 2, c: { d: 3, e: 4 } }, { filter: ['a', 'c', 'd'] }), qs.stringify({ a: 1, b: 'x' }, { filter: (k, v) => (typeof v === 'number' ? v * 2 : v) })]);
show('stringify sort', () => qs.stringify({ z: 1, a: 2, m: { y: 1, b: 2 } }, { sort: (a, b) => a.localeCompare(b) }));
show('stringify Date', () => [qs.stringify({ d: new Date(Date.UTC(2024, 1, 29)) }), qs.stringify({ d: new Date(0) }, { serializeDate: d => String(d.getTime()) })]);
show('stringify encoder', () => qs.stringify({ a: 'b c' }, { encoder: (s, dflt, cs, type) => (type === 'key' ? s.toUpperCase() : dflt(s)) }));
show('stringify encodeValuesOnly', () => qs.stringify({ 'a b': ['c d', 'e&f'] }, { encodeValuesOnly: true }));
show('stringify allowEmptyArrays', () => [qs.stringify({ a: [], b: 1 }), qs.stringify({ a: [], b: 1 }, { allowEmptyArrays: true })]);
show('stringify cyclic', () => { const o = { a: {} }; o.a.self = o; return qs.stringify(o); });
show('stringify bad format', () => qs.stringify({ a: 1 }, { format: 'RFC0000' }));
show('stringify bad encoder', () => qs.stringify({ a: 1 }, { encoder: 'nope' }));
show('round trip', () => { const o = { filters: { tags: ['a', 'b'], price: { min: '1', max: '9' } }, page: '2', q: 'x & y' }; return JSON.stringify(qs.parse(qs.stringify(o))) === JSON.stringify(o); });
