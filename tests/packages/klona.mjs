// klona as ESM: subpath exports with the 'import' condition.
import { klona } from 'klona';
import { klona as full } from 'klona/full';
import { klona as lite } from 'klona/lite';
const o = { a: [1, { b: 2 }], d: new Date(5), r: /x/g, m: new Map([['k', { v: 1 }]]), s: new Set([[1]]), t: new Uint8Array([1, 2]) };
const c = klona(o); console.log(c.a[1] !== o.a[1], c.d.getTime(), c.r.source, c.m.get('k') !== o.m.get('k'), c.t[1], JSON.stringify(c.a));
const f = full(Object.create({ p: 1 }, { x: { value: 2, enumerable: false } })); console.log(f.p, f.x); console.log(JSON.stringify(lite({ a: [1, { b: 2 }] })));
