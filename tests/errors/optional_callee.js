// "x is not a function" names the callee as written, `?.` included, and
// o["b"] as o.b. Found by tests/difffuzz (seed 1513).
function t(f) { try { f(); } catch (e) { console.log(e.message); } }
const o = {a: {}, n: null};
const k = 'z';
t(() => Object.create(null)?.toString());
t(() => o?.b());
t(() => o.a?.b());
t(() => o?.a.b());
t(() => o.a?.['b']());
t(() => o.a?.[1]());
t(() => o?.[k]());
t(() => o?.a?.b());
t(() => o['b']());
t(() => o[1]());
t(() => o[k]());
t(() => o.n?.b.c());
