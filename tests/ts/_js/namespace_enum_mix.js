"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Namespaces merged with classes, functions and enums; enum members
// referring to each other; string enums in template types.
var Shapes;
(function (Shapes) {
    Shapes.origin = { x: 0, y: 0 };
    let Util;
    (function (Util) {
        function dist(a, b = Shapes.origin) { return Math.hypot(a.x - b.x, a.y - b.y); }
        Util.dist = dist;
    })(Util = Shapes.Util || (Shapes.Util = {}));
})(Shapes || (Shapes = {}));
(function (Shapes) {
    var Extra;
    (function (Extra) {
        Extra.unit = 1;
    })(Extra = Shapes.Extra || (Shapes.Extra = {}));
})(Shapes || (Shapes = {}));
class Money {
    cents;
    constructor(cents) {
        this.cents = cents;
    }
    toString() { return Money.format(this.cents); }
}
(function (Money) {
    function format(c) { return `$${(c / 100).toFixed(2)}`; }
    Money.format = format;
    Money.zero = new Money(0);
})(Money || (Money = {}));
function greet(n) { return `${greet.prefix}${n}`; }
(function (greet) {
    greet.prefix = 'hi ';
})(greet || (greet = {}));
var Size;
(function (Size) {
    Size[Size["S"] = 1] = "S";
    Size[Size["M"] = 2] = "M";
    Size[Size["L"] = 4] = "L";
    Size[Size["XL"] = 5] = "XL";
})(Size || (Size = {}));
(function (Size) {
    function parse(s) { return Size[s]; }
    Size.parse = parse;
})(Size || (Size = {}));
var Str;
(function (Str) {
    Str["A"] = "a";
    Str[Str["B"] = `b${Str.A}`] = "B";
})(Str || (Str = {}));
var U = Shapes.Util;
console.log(U.dist({ x: 3, y: 4 }), Shapes.Extra.unit, `${new Money(1234)}`, String(Money.zero));
greet.prefix = 'hello ';
console.log(greet('ts'), Size.parse('L'), Size.XL, Size[4], Str.B, Object.keys(Size));
