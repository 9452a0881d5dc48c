function f(a, b) { arguments[0] = 10; b = 20; return [a, arguments[1], arguments.length]; }
console.log(f(1, 2), f(1));
function g(a) { "use strict"; arguments[0] = 10; return a; } console.log(g(1));
function h(a) { a = 5; return arguments[0]; } console.log(h(1), h());
