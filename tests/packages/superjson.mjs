// superjson (ESM only): Date, Map, Set, BigInt, RegExp, Error, URL, custom classes.
import superjson from 'superjson';
const v = { d: new Date(Date.UTC(2020, 0, 1)), m: new Map([[1, 'a']]), s: new Set([1, 2]), b: 10n, u: undefined, r: /x+/gi, n: NaN, i: -Infinity, z: -0, e: new Error('boom'), url: new URL('https://a.b/c') };
const { json, meta } = superjson.serialize(v); console.log(JSON.stringify(json), JSON.stringify(meta));
const back = superjson.parse(superjson.stringify(v)); console.log(back.d instanceof Date, back.m.get(1), [...back.s], typeof back.b, back.r.flags, Object.is(back.z, -0), back.e.message, back.url.href);
class P { constructor(x) { this.x = x; } } superjson.registerClass(P, { identifier: 'P' }); console.log(superjson.parse(superjson.stringify(new P(3))) instanceof P);
