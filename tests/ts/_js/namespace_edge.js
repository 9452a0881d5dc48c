"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Alias = void 0;
// namespace_edge.ts: export import at top level, default abstract class,
// namespaces shadowing outer names, generators/async/classes in namespaces,
// enums with comments and trailing commas, import type = require.
class Abs {
    g() { return 1; }
}
exports.default = Abs;
var Trail;
(function (Trail) {
    // comment
    Trail[Trail["A"] = 1] = "A";
    Trail[Trail["B"] = 2] = "B";
})(Trail || (Trail = {}));
var NS;
(function (NS) {
    let Inner;
    (function (Inner) {
        Inner.q = 5;
    })(Inner = NS.Inner || (NS.Inner = {}));
})(NS || (NS = {}));
exports.Alias = NS.Inner;
console.log(Trail, exports.Alias.q);
var NSThis;
(function (NSThis) {
    NSThis.self = typeof NSThis;
})(NSThis || (NSThis = {}));
console.log(NSThis.self);
let x = 1;
var Sh;
(function (Sh) {
    Sh.x = 2;
    function f() { Sh.x++; return Sh.x; }
    Sh.f = f;
})(Sh || (Sh = {}));
console.log(Sh.f(), x, Sh.x);
var Pat;
(function (Pat) {
    Pat.o = { x: 1 };
    function f() { const { x } = Pat.o; return { o: Pat.o, x }; }
    Pat.f = f;
})(Pat || (Pat = {}));
console.log(Pat.f());
var Cls;
(function (Cls) {
    class K {
        static make() { return new K(); }
    }
    Cls.K = K;
    Cls.inst = K.make();
})(Cls || (Cls = {}));
console.log(Cls.inst);
var Gen;
(function (Gen) {
    function* g() { yield 1; }
    Gen.g = g;
    async function a() { return 2; }
    Gen.a = a;
})(Gen || (Gen = {}));
console.log([...Gen.g()]);
Gen.a().then(v => console.log("async", v));
class Shape {
    sides;
    constructor(sides) {
        this.sides = sides;
    }
    toString() { return `${this.constructor.name}(${this.sides})`; }
}
class Tri extends Shape {
    constructor() { super(3); }
    area() { return 1; }
}
console.log(String(new Tri()));
var Foo;
(function (Foo_1) {
    class Foo {
        hi() { return "hi"; }
    }
    Foo_1.Foo = Foo;
    Foo_1.made = new Foo();
})(Foo || (Foo = {}));
console.log(new Foo.Foo().hi(), Foo.made);
var Bar;
(function (Bar_1) {
    let Bar;
    (function (Bar) {
        Bar.x = 1;
    })(Bar = Bar_1.Bar || (Bar_1.Bar = {}));
    Bar_1.y = Bar.x + 1;
})(Bar || (Bar = {}));
console.log(Bar.Bar.x, Bar.y);
