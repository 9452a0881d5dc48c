// typed_basics.ts: type annotations, interfaces and generics are erased.
class Circle {
  radius;
  constructor(r) {
    this.radius = r;
  }
  area() {
    return Math.round(Math.PI * this.radius * this.radius);
  }
}
function total(shapes) {
  let sum = 0;
  for (const s of shapes) sum += s.area();
  return sum;
}
function first(items) {
  return items.length > 0 ? items[0] : undefined;
}
const pair = ["a", "b"];
const n = first([7, 8]);
let maybe = null;
maybe = "set";
console.log(total([new Circle(1), new Circle(2)]), pair, n, maybe);
function opt(a, b) {
  return b === undefined ? "one" : "two";
}
console.log(opt(1), opt(1, 2));
