// Calls: a known function, a method, new, spread, a runtime helper.
function add(s, i) { return s + i; }
const o = { m(v) { return v; } };
add(1, 2);
o.m(add(3, 4));
const arr = [1, 2, ...[3]];
new Array(3);
add(...arr);
