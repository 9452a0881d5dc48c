// TDZ checks the IR pass `tdz` keeps or removes: every kept one must still
// throw node's ReferenceError, every removed one was provably dead.
function before() {
  try { x; } catch (e) { console.log('before:', e.constructor.name, e.message); }
  let x = 1;
  return x + x;
}
console.log(before());

function cases(k) {
  switch (k) {
    case 0: let q = 'init';
    case 1: return q;
  }
}
console.log(cases(0));
try { cases(1); } catch (e) { console.log('cases:', e.message); }

function loop(n) {
  let s = 0;
  const fs = [];
  for (let i = 0; i < n; i++) {
    let t;
    t = i * 2;
    s += t;
    fs.push(() => t + i);
  }
  return [s, fs.map(f => f())];
}
console.log(JSON.stringify(loop(3)));

function hoisted(call) {
  if (call) use();
  const later = 5;
  function use() { return later; }
  return use() + later;
}
console.log(hoisted(false));
try { hoisted(true); } catch (e) { console.log('hoisted:', e.message); }

function* gen() {
  let a = yield 1;
  const b = a + 1;
  yield b;
  let c;
  try { c = d; } catch (e) { console.log('gen:', e.message); }
  let d = 2;
  yield c === undefined && d;
}
const g = gen();
console.log(g.next().value, g.next(10).value, g.next().value);

class Base {}
class Derived extends Base {
  constructor(early) {
    if (early) {
      try { this.x = 1; } catch (e) { console.log('this:', e.message); }
    }
    super();
    this.y = 2;
  }
}
new Derived(true);
console.log(new Derived(false).y);

function retry(n) {
  let r;
  for (let k = 0; k < n; k++) {
    try {
      if (k === 0) throw new Error('first');
      r = k;
    } catch (e) {
      r = -1;
    }
  }
  return r;
}
console.log(retry(1), retry(2));

let top = 'top';
console.log(top, typeof undeclaredName);
