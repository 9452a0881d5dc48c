// namespace_nested.ts: dotted and nested namespaces, exported variables
// (rewritten to properties), functions, classes, enums, private members.
namespace Geo.Shapes {
  export const unit = 1;
  export let made = 0;
  const secret = "hidden";
  export class Circle {
    constructor(public r: number) { made++; }
    area() { return Math.round(Math.PI * this.r * this.r * unit); }
  }
  export function square(s: number) { made += 1; return s * s; }
  export enum Kind { Round, Flat }
  export function peek() { return secret; }
  export namespace Deep { export const level = made + 10; }
}
namespace Geo {
  export const origin = { x: 0, y: 0 };
  export function describe() { return Shapes.Kind[0] + ":" + origin.x; }
}
const c = new Geo.Shapes.Circle(2);
console.log(c.area(), Geo.Shapes.square(3), Geo.Shapes.made, Geo.Shapes.unit);
console.log(Geo.Shapes.peek(), (Geo.Shapes as any).secret, Geo.Shapes.Deep.level);
console.log(Geo.describe(), Object.keys(Geo), Object.keys(Geo.Shapes));
Geo.Shapes.made = 100;
console.log(Geo.Shapes.square(1), Geo.Shapes.made);
