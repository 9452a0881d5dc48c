// constructor_functions.js: new with plain functions and prototypes.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm2 = function () { return this.x * this.x + this.y * this.y; };
Point.prototype.toString = function () { return "(" + this.x + ", " + this.y + ")"; };
const p = new Point(3, 4);
console.log(p.norm2(), String(p), "" + p, p.constructor === Point);
console.log(Object.getPrototypeOf(p) === Point.prototype, p instanceof Point);
console.log(p.hasOwnProperty("x"), p.hasOwnProperty("norm2"));
function Point3(x, y, z) {
  Point.call(this, x, y);
  this.z = z;
}
Point3.prototype = Object.create(Point.prototype);
Point3.prototype.constructor = Point3;
Point3.prototype.norm2 = function () {
  return Point.prototype.norm2.call(this) + this.z * this.z;
};
const q = new Point3(1, 2, 2);
console.log(q.norm2(), q.toString(), q instanceof Point, q instanceof Point3);
function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 5; }
console.log(new ReturnsObject(), new ReturnsPrimitive());
function Shared() {}
Shared.prototype.list = [];
const s1 = new Shared(), s2 = new Shared();
s1.list.push(1);
console.log(s2.list);
Point.prototype.extra = "added later";
console.log(p.extra);
function NoArgs() { this.made = true; }
console.log(new NoArgs, new NoArgs().made);
console.log(p);
