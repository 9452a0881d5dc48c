// Object literals whose leading properties are plain data properties, and
// template literals: evaluation order, repeated keys, names, and the
// per-site shape cache (the same literal in a loop).
const log = [];
const t = (tag, v) => (log.push(tag), v);

const o1 = { a: t('a', 1), b: t('b', 2), a: t('a2', 3), c: t('c', 4) };
console.log(Object.keys(o1).join(), JSON.stringify(o1), log.join());

const o2 = { 2: 'two', x: 1, 0: 'zero', 'y z': 2, 1.5: 'f', 0.1: 'tenth', [`c${1}`]: 3 };
console.log(Object.keys(o2).join('|'), JSON.stringify(o2));

const o3 = { f: function () {}, g: () => 1, h: class {}, i: function named() {} };
console.log(o3.f.name, o3.g.name, o3.h.name, o3.i.name);

const proto = { hello() { return 'hi ' + this.n; } };
const o4 = { n: 7, __proto__: proto, m() { return super.hello(); } };
console.log(o4.hello(), o4.m(), Object.getPrototypeOf(o4) === proto, Object.keys(o4).join());

let thrown = null;
try {
  ({ a: 1, b: (() => { throw new Error('mid literal'); })(), c: 3 });
} catch (e) {
  thrown = e.message;
}
console.log(thrown);

const all = [];
for (let k = 0; k < 5; k++) {
  const p = { k, sq: k * k, label: `m-${k}`, even: k % 2 === 0 };
  if (k === 2) p.extra = true;
  if (k === 3) delete p.sq;
  all.push(p);
}
console.log(JSON.stringify(all));
console.log(all.map((p) => Object.keys(p).length).join());
const d = Object.getOwnPropertyDescriptor(all[4], 'label');
console.log(d.writable, d.enumerable, d.configurable, d.value);

const dup = [];
for (let k = 0; k < 3; k++) dup.push({ a: k, a: -k, b: k });
console.log(JSON.stringify(dup), Object.keys(dup[2]).join());

const idx = [];
for (let k = 0; k < 3; k++) idx.push({ b: k, 1: 'one', a: k });
console.log(idx.map((x) => Object.keys(x).join()).join(' / '));

const withSpread = [];
for (let k = 0; k < 3; k++) withSpread.push({ k, ...{ s: k }, after: 1 });
console.log(JSON.stringify(withSpread));

// Templates: each substitution becomes a string before the next is evaluated.
const order = [];
const v = (name) => ({ toString() { order.push('str ' + name); return name; } });
const s1 = `<${(order.push('eval a'), v('a'))}|${(order.push('eval b'), v('b'))}>`;
console.log(s1, order.join(', '));
console.log(`${''}`, `${''}${''}`.length, `x${''}`, `${1}${2}${3}`, `${null} ${undefined} ${true} ${1.5e300}`);
try {
  console.log(`${Symbol('s')}`);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const wide = `${'é'}-${'\u4e2d'}-${'😀'}`;
console.log(wide, wide.length);
let acc = '';
for (let k = 0; k < 300; k++) acc = `${acc}${k % 10}`;
console.log(acc.length, acc.slice(0, 12), acc.slice(-5));
const big = `${'x'.repeat(400)}${'y'.repeat(400)}${'z'}`;
console.log(big.length, big[399], big[400], big[800]);
