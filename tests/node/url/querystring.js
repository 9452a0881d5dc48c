// querystring: parse/decode, stringify/encode, escape, unescape and
// unescapeBuffer with Node's table, maxKeys, custom sep/eq and codecs.
'use strict';
const qs = require('querystring');
console.log(Object.keys(qs), qs.decode === qs.parse, qs.encode === qs.stringify);
const parses = [
  ['a=1&a=2&b=%zz&c=%E9&d+e=f+g&&=x&h'], ['a=1&a=2&b=%zz&c=%E9&d+e=f+g&&=x&h', null, null, { maxKeys: 4 }],
  ['a:1;b:2', ';', ':'], [''], ['='], ['&&'], ['a'], ['a='], ['=a'], ['a=b=c&x'], ['a==1', '&', '=='],
  ['a=1&&b=2', '&&'], ['é=€&%zz=é'], ['x=%F0%9F%98%80%ED%A0%80'], ['a%20b=c%zz+d'], ['a[]=1&a[]=2'],
  ['__proto__=1&constructor=2&hasOwnProperty=3'], ['a=%41%42%43&b=%4'], ['+=+&%2B=%2B'],
  ['a=1&b=2', '&', '=', { maxKeys: 0 }], ['a=1&b=2&c=3', '&', '=', { maxKeys: 2 }], ['a=%&b=%4', null, null, { decodeURIComponent: (s) => { throw new Error(s); } }],
  ['a=x&b=y', null, null, { decodeURIComponent: (s) => s.toUpperCase() }], [123], [null],
];
for (const args of parses) console.log(JSON.stringify(args.slice(0, 3)), qs.parse(...args));
const big = Array.from({ length: 1005 }, (_, i) => 'k' + i + '=' + i).join('&');
console.log(Object.keys(qs.parse(big)).length);
const objs = [
  [{ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: NaN, h: 'é€😀!*()\'~-_.' }],
  [{ a: [], b: [1], c: 1n, d: Infinity, 'k y': 'v' }], [{ a: 1, b: 2 }, '&&', '=>'], [{ a: 'b' }, null, null],
  [{ a: 1 }, ';', ':', { encodeURIComponent: (s) => '<' + s + '>' }], ['x'], [null], [42], [[1, 2]],
  [{ 'sp ace': 'a&b=c#d?e/f', '\u0000': '\u007f\u0080' }], [Object.assign(Object.create({ inh: 1 }), { own: 2 })],
];
for (const args of objs) console.log(qs.stringify(...args));
for (const s of ['a b&c=d/é', 12, { toString() { return 'x y'; } }, '~!*()\'-._', '\u00ff\u0100\uffff', '😀']) console.log(qs.escape(s));
for (const s of ['a\uD800', '\uDC00', 'x\uD800y', 'a\uDC00b', '\uD800\uD800']) {
  try { console.log(qs.escape(s)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const [s, d] of [['%zz+%41', true], ['a+b'], ['é%zz'], ['%'], ['%E9%41'], ['%C3%A9'], ['%41+%42', false]]) {
  console.log(JSON.stringify(qs.unescape(s, d)));
}
const b = qs.unescapeBuffer('é€%41+%zz', true);
console.log(b.length, Array.from(b), b instanceof Uint8Array);
console.log(Array.from(qs.unescapeBuffer('a+b')));
