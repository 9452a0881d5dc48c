// Compiled by run.py with KILN_CHUNK_MIN=40: every function here is split
// into chunks of ten instructions (compiler/emit/emit_c.c), so values,
// jumps, exceptions and returns cross chunk boundaries everywhere.
'use strict';
const out = [];
function log(...a) { out.push(a.join(' ')); }

let total = 0;
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 4) break outer;
    total += i * 10 + j;
  }
}
log('labeled loops', total);

function thrower(n) {
  if (n > 2) throw new RangeError('too big: ' + n);
  return n * 2;
}
const results = [];
for (let n = 0; n < 5; n++) {
  try {
    results.push(thrower(n));
  } catch (e) {
    results.push(e.name + ':' + e.message);
  } finally {
    results.push('f' + n);
  }
}
log('try/catch/finally', results.join(','));

function findFirst(list, pred) {
  for (const [i, v] of list.entries()) {
    const doubled = v * 2;
    if (pred(doubled)) return { i, v, doubled };
  }
  return null;
}
log('return from loop', JSON.stringify(findFirst([3, 5, 8, 13], (d) => d > 12)));

const counters = [];
for (let i = 0; i < 4; i++) counters.push(() => i * i);
log('closures per iteration', counters.map((f) => f()).join(','));

function kind(x) {
  switch (typeof x) {
    case 'number': return x % 2 ? 'odd' : 'even';
    case 'string': return 'str(' + x.length + ')';
    case 'object': return x === null ? 'null' : Array.isArray(x) ? 'array' : 'object';
    default: return 'other';
  }
}
log('switch', [1, 2, 'abc', null, [], {}, undefined].map(kind).join(' '));

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
log('recursion', fib(20));

function sumArgs() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
log('arguments', sumArgs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

function* gen(n) { for (let i = 0; i < n; i++) yield i * 3; }
log('generator', [...gen(6)].join(','));

async function later(v) { await null; return v + 1; }

class Point {
  #x; #y;
  constructor(x, y) { this.#x = x; this.#y = y; }
  get len() { return Math.hypot(this.#x, this.#y); }
  static of(a) { return new Point(a[0], a[1]); }
}
log('class', Point.of([3, 4]).len);

let caught = 'none';
try {
  const o = null;
  o.prop;
} catch (e) {
  caught = e instanceof TypeError ? 'TypeError' : 'other';
}
log('runtime error', caught);

const big = [];
for (let i = 0; i < 300; i++) big.push(i);
const lit = [big[0], big[1], big[2], big[3], big[4], big[5], big[6], big[7], big[8], big[9]];
const obj = { a: lit[1], b: lit[2], c: { d: lit[3], e: [lit[4], lit[5]] }, ...{ f: lit[6] } };
log('literals', JSON.stringify(obj), big.reduce((a, b) => a + b, 0));

let w = 0, k = 0;
do { w += k; k++; } while (k < 10);
while (true) { if (w > 100) break; w *= 2; }
log('do/while', w);

later(41).then((v) => {
  log('async', v);
  console.log(out.join('\n'));
  try {
    thrower(10);
  } catch (e) {
    console.log('last', e.message);
  }
});
