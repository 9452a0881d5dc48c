function* gen(a) { try { const x = yield a; console.log("got", x); yield* [1, 2]; yield x * 2; } finally { console.log("cleanup"); } return 99; }
const g = gen(5);
console.log(g.next(), g.next(10), g.next(), g.next(), g.next(), g.next());
const g2 = gen(1); g2.next(); console.log(g2.return(7), g2.next());
for (const v of gen(3)) { console.log("v", v); if (v === 1) break; }
class C { *[Symbol.iterator]() { yield 1; yield 2; } }
console.log([...new C()]);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const out = []; for (const f of fib()) { if (f > 50) break; out.push(f); } console.log(out.join(" "));
const g3 = gen(0); g3.next(); try { g3.throw(new Error("boom")); } catch (e) { console.log("caught", e.message); }
console.log(Object.prototype.toString.call(g), typeof gen.prototype, Object.getPrototypeOf(g) === gen.prototype);
