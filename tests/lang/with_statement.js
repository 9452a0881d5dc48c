var o = { x: 1, f() { return this === o; } };
var x = 10;
with (o) { console.log(x, f()); x = 2; y = 3; }
console.log(o.x, x, typeof y, o.y);
with ([1,2,3]) { console.log(length, typeof values); }
function g() { with (o) { return () => x; } } console.log(g()());
