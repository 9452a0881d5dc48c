"use strict";
// export_equals.cts: a CommonJS TypeScript file; its enum and namespace
// live in a .cts file, imported with `import = require`.
const Counter = require("./_lib/counter");
var E;
(function (E) {
    E[E["A"] = 2] = "A";
})(E || (E = {}));
var N;
(function (N) {
    N.v = E.A * Counter.start;
})(N || (N = {}));
console.log(N.v, E[2], new Counter().inc(), typeof module, typeof exports);
module.exports = N;
