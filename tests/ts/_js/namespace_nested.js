"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// namespace_nested.ts: dotted and nested namespaces, exported variables
// (rewritten to properties), functions, classes, enums, private members.
var Geo;
(function (Geo) {
    var Shapes;
    (function (Shapes) {
        Shapes.unit = 1;
        Shapes.made = 0;
        const secret = "hidden";
        class Circle {
            r;
            constructor(r) {
                this.r = r;
                Shapes.made++;
            }
            area() { return Math.round(Math.PI * this.r * this.r * Shapes.unit); }
        }
        Shapes.Circle = Circle;
        function square(s) { Shapes.made += 1; return s * s; }
        Shapes.square = square;
        let Kind;
        (function (Kind) {
            Kind[Kind["Round"] = 0] = "Round";
            Kind[Kind["Flat"] = 1] = "Flat";
        })(Kind = Shapes.Kind || (Shapes.Kind = {}));
        function peek() { return secret; }
        Shapes.peek = peek;
        let Deep;
        (function (Deep) {
            Deep.level = Shapes.made + 10;
        })(Deep = Shapes.Deep || (Shapes.Deep = {}));
    })(Shapes = Geo.Shapes || (Geo.Shapes = {}));
})(Geo || (Geo = {}));
(function (Geo) {
    Geo.origin = { x: 0, y: 0 };
    function describe() { return Geo.Shapes.Kind[0] + ":" + Geo.origin.x; }
    Geo.describe = describe;
})(Geo || (Geo = {}));
const c = new Geo.Shapes.Circle(2);
console.log(c.area(), Geo.Shapes.square(3), Geo.Shapes.made, Geo.Shapes.unit);
console.log(Geo.Shapes.peek(), Geo.Shapes.secret, Geo.Shapes.Deep.level);
console.log(Geo.describe(), Object.keys(Geo), Object.keys(Geo.Shapes));
Geo.Shapes.made = 100;
console.log(Geo.Shapes.square(1), Geo.Shapes.made);
