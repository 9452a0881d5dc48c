"use strict";
var __rest = (this && this.__rest) || function (s, e) {
    var t = {};
    for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
        t[p] = s[p];
    if (s != null && typeof Object.getOwnPropertySymbols === "function")
        for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
            if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
                t[p[i]] = s[p[i]];
        }
    return t;
};
Object.defineProperty(exports, "__esModule", { value: true });
// Exported destructuring in namespaces: tsc assigns the pattern with each
// bound name as a property of the namespace object.
var N;
(function (N) {
    var _a, _b, _c, _d, _e;
    _a = { a: 1, b: [2, 3, 4], x: 9, y: 8 }, N.a = _a.a, _b = _a.b, N.b1 = _b[0], N.bs = _b.slice(1), _c = _a.c, N.c = _c === void 0 ? N.a + 1 : _c, N.others = __rest(_a, ["a", "b", "c"]);
    _d = [5, 6], N.p = _d[0], _e = _d[2], N.q = _e === void 0 ? N.p * 10 : _e;
    function sum() { return N.a + N.b1 + N.bs.length + N.c + N.p + N.q; }
    N.sum = sum;
    const { a: local } = { a: 100 };
    N.viaLocal = local + N.a;
})(N || (N = {}));
console.log(N.a, N.b1, N.bs, N.c, N.others, N.p, N.q, N.sum(), N.viaLocal, Object.keys(N));
