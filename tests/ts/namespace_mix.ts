// Namespaces merged with classes, functions and enums; dotted names;
// `export import` aliases; namespace-level state.
class Point {
  constructor(public x: number, public y: number) {}
  plus(o: Point) { return new Point(this.x + o.x, this.y + o.y); }
}
namespace Point {
  export const origin = new Point(0, 0);
  export function of([x, y]: [number, number]) { return new Point(x, y); }
  export interface Like { x: number; y: number }
}

function greet(name: string) { return `${greet.prefix}, ${name}${greet.suffix}`; }
namespace greet {
  export let prefix = "Hello";
  export const suffix = "!";
}

enum Color { Red, Green, Blue }
namespace Color {
  export function mix(a: Color, b: Color): string { return Color[a] + "+" + Color[b]; }
}

namespace App.Core.Util {
  export const version = "1.2.3";
  let calls = 0;
  export function tick() { return ++calls; }
}
namespace App.Core {
  export import V = Util.version;
  export const full = `core@${Util.version}`;
}
namespace App {
  export namespace Core.Util {
    export const extra = true;
  }
}
import tick = App.Core.Util.tick;
import CU = App.Core.Util;

console.log(Point.origin, Point.of([2, 3]).plus(new Point(1, 1)));
console.log(greet("ann")); greet.prefix = "Hi"; console.log(greet("bob"));
console.log(Color.mix(Color.Red, Color.Blue), Object.keys(Color));
console.log(App.Core.full, App.Core.V, tick(), tick(), CU.extra, CU.tick());
console.log(Object.keys(App), Object.keys(App.Core), Object.keys(App.Core.Util));

namespace Shapes {
  export abstract class Shape { abstract area(): number; toString() { return `${this.constructor.name}(${this.area().toFixed(2)})`; } }
  export class Circle extends Shape { constructor(public r: number) { super(); } area() { return Math.PI * this.r ** 2; } }
  export class Sq extends Shape { constructor(public s: number) { super(); } area() { return this.s * this.s; } }
  export const all: Shape[] = [];
  export function add(s: Shape) { all.push(s); return s; }
}
Shapes.add(new Shapes.Circle(1)); Shapes.add(new Shapes.Sq(2));
console.log(Shapes.all.map(String));
namespace Empty {}
namespace OnlyTypes { export type T = number; export interface I {} }
console.log(typeof (globalThis as any).Empty, typeof (globalThis as any).OnlyTypes);
namespace Shadow {
  const Shadow = 5;
  export const v = Shadow + 1;
}
console.log(Shadow.v);
