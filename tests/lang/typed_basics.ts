// typed_basics.ts: type annotations, interfaces and generics are erased.
interface Shape {
  area(): number;
}
type Pair<T> = [T, T];
class Circle implements Shape {
  radius: number;
  constructor(r: number) {
    this.radius = r;
  }
  area(): number {
    return Math.round(Math.PI * this.radius * this.radius);
  }
}
function total(shapes: Shape[]): number {
  let sum: number = 0;
  for (const s of shapes) sum += s.area();
  return sum;
}
function first<T>(items: T[]): T | undefined {
  return items.length > 0 ? items[0] : undefined;
}
const pair: Pair<string> = ["a", "b"];
const n = first<number>([7, 8]) as number;
let maybe: string | null = null;
maybe = "set";
console.log(total([new Circle(1), new Circle(2)]), pair, n, maybe!);
function opt(a: number, b?: number): string {
  return b === undefined ? "one" : "two";
}
console.log(opt(1), opt(1, 2));
