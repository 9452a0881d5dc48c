"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// namespace_merge.ts: namespaces merged with each other, with a function,
// a class and an enum; a merged block sees the other blocks' exports as
// properties; namespaces holding only types emit nothing.
var Store;
(function (Store) {
    Store.count = 0;
    function add() { return ++Store.count; }
    Store.add = add;
})(Store || (Store = {}));
(function (Store) {
    function twice() { Store.add(); return Store.add() + Store.count; }
    Store.twice = twice;
})(Store || (Store = {}));
function greet(name) { return greet.prefix + name; }
(function (greet) {
    greet.prefix = "hi ";
})(greet || (greet = {}));
class Point {
    x;
    y;
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
    static origin() { return Point.make(0, 0); }
}
(function (Point) {
    function make(x, y) { return new Point(x, y); }
    Point.make = make;
})(Point || (Point = {}));
var Level;
(function (Level) {
    Level[Level["Low"] = 0] = "Low";
    Level[Level["High"] = 1] = "High";
})(Level || (Level = {}));
(function (Level) {
    function parse(s) { return s === "high" ? Level.High : Level.Low; }
    Level.parse = parse;
})(Level || (Level = {}));
console.log(Store.add(), Store.twice(), Store.count);
console.log(greet("bo"), greet.prefix);
console.log(Point.origin(), Point.make(1, 2));
console.log(Level.parse("high"), Level[Level.parse("x")], typeof Level.parse);
console.log(typeof globalThis.OnlyTypes);
let shadow = 0;
var Shadow;
(function (Shadow) {
    Shadow.shadow = 5;
    function get(shadow) { return shadow; }
    Shadow.get = get;
    function mine() { return Shadow.shadow; }
    Shadow.mine = mine;
})(Shadow || (Shadow = {}));
console.log(shadow, Shadow.get(7), Shadow.mine());
