"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Namespaces merged with classes, functions and enums; dotted names;
// `export import` aliases; namespace-level state.
class Point {
    x;
    y;
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
    plus(o) { return new Point(this.x + o.x, this.y + o.y); }
}
(function (Point) {
    Point.origin = new Point(0, 0);
    function of([x, y]) { return new Point(x, y); }
    Point.of = of;
})(Point || (Point = {}));
function greet(name) { return `${greet.prefix}, ${name}${greet.suffix}`; }
(function (greet) {
    greet.prefix = "Hello";
    greet.suffix = "!";
})(greet || (greet = {}));
var Color;
(function (Color) {
    Color[Color["Red"] = 0] = "Red";
    Color[Color["Green"] = 1] = "Green";
    Color[Color["Blue"] = 2] = "Blue";
})(Color || (Color = {}));
(function (Color) {
    function mix(a, b) { return Color[a] + "+" + Color[b]; }
    Color.mix = mix;
})(Color || (Color = {}));
var App;
(function (App) {
    var Core;
    (function (Core) {
        var Util;
        (function (Util) {
            Util.version = "1.2.3";
            let calls = 0;
            function tick() { return ++calls; }
            Util.tick = tick;
        })(Util = Core.Util || (Core.Util = {}));
    })(Core = App.Core || (App.Core = {}));
})(App || (App = {}));
(function (App) {
    var Core;
    (function (Core) {
        Core.V = Core.Util.version;
        Core.full = `core@${Core.Util.version}`;
    })(Core = App.Core || (App.Core = {}));
})(App || (App = {}));
(function (App) {
    let Core;
    (function (Core) {
        let Util;
        (function (Util) {
            Util.extra = true;
        })(Util = Core.Util || (Core.Util = {}));
    })(Core = App.Core || (App.Core = {}));
})(App || (App = {}));
var tick = App.Core.Util.tick;
var CU = App.Core.Util;
console.log(Point.origin, Point.of([2, 3]).plus(new Point(1, 1)));
console.log(greet("ann"));
greet.prefix = "Hi";
console.log(greet("bob"));
console.log(Color.mix(Color.Red, Color.Blue), Object.keys(Color));
console.log(App.Core.full, App.Core.V, tick(), tick(), CU.extra, CU.tick());
console.log(Object.keys(App), Object.keys(App.Core), Object.keys(App.Core.Util));
var Shapes;
(function (Shapes) {
    class Shape {
        toString() { return `${this.constructor.name}(${this.area().toFixed(2)})`; }
    }
    Shapes.Shape = Shape;
    class Circle extends Shape {
        r;
        constructor(r) {
            super();
            this.r = r;
        }
        area() { return Math.PI * this.r ** 2; }
    }
    Shapes.Circle = Circle;
    class Sq extends Shape {
        s;
        constructor(s) {
            super();
            this.s = s;
        }
        area() { return this.s * this.s; }
    }
    Shapes.Sq = Sq;
    Shapes.all = [];
    function add(s) { Shapes.all.push(s); return s; }
    Shapes.add = add;
})(Shapes || (Shapes = {}));
Shapes.add(new Shapes.Circle(1));
Shapes.add(new Shapes.Sq(2));
console.log(Shapes.all.map(String));
console.log(typeof globalThis.Empty, typeof globalThis.OnlyTypes);
var Shadow;
(function (Shadow_1) {
    const Shadow = 5;
    Shadow_1.v = Shadow + 1;
})(Shadow || (Shadow = {}));
console.log(Shadow.v);
