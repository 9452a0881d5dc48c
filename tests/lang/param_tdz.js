function f(a = b, b = 1) { return a; }
try { f(); } catch (e) { console.log(e.name, e.message); }
function g(a, b = a + 1, ...c) { return [a, b, c]; }
console.log(g(1), g(1, 5, 6));
function h(x) { var x; return x; } console.log(h(3));
function k(x = 1) { var x; return x; } console.log(k());
