// namespace_merge.ts: namespaces merged with each other, with a function,
// a class and an enum; a merged block sees the other blocks' exports as
// properties; namespaces holding only types emit nothing.
namespace Store {
  export let count = 0;
  export function add() { return ++count; }
}
namespace Store {
  export function twice() { add(); return add() + count; }
}
function greet(name: string) { return greet.prefix + name; }
namespace greet { export const prefix = "hi "; }
class Point {
  constructor(public x: number, public y: number) {}
  static origin() { return Point.make(0, 0); }
}
namespace Point { export function make(x: number, y: number) { return new Point(x, y); } }
enum Level { Low, High }
namespace Level { export function parse(s: string): Level { return s === "high" ? Level.High : Level.Low; } }
namespace OnlyTypes { export interface I { a: number } export type T = string; }
declare namespace Ambient { const z: number; }
console.log(Store.add(), Store.twice(), Store.count);
console.log(greet("bo"), greet.prefix);
console.log(Point.origin(), Point.make(1, 2));
console.log(Level.parse("high"), Level[Level.parse("x")], typeof Level.parse);
console.log(typeof (globalThis as any).OnlyTypes);
let shadow = 0;
namespace Shadow {
  export let shadow = 5;
  export function get(shadow: number) { return shadow; }
  export function mine() { return shadow; }
}
console.log(shadow, Shadow.get(7), Shadow.mine());
