// erasable.ts: TypeScript syntax with no run-time meaning: declare forms,
// abstract members, overloads, optional methods, definite assignment,
// `this` parameters, satisfies, as const, angle-bracket assertions,
// unique symbol, declared fields (no field), accessor, type-only exports.
declare const ext: number;
declare function dfn(): void;
declare class DC {}
declare module "virtual" { export const q: number; }
declare global { interface Array<T> { extra?: T } }
const sym: unique symbol = Symbol("u");
interface Shape { area(): number }
abstract class Base implements Shape {
  abstract area(): number;
  abstract readonly name: string;
  declare tag: string;
  opt?(): void;
  count!: number;
  accessor level = 3;
  static sharedCount = 0;
  describe(this: Base, suffix?: string): string { return `${this.name}:${this.area()}${suffix ?? ""}`; }
}
class Sq extends Base {
  name = "sq";
  constructor(private side: number) { super(); }
  area() { return this.side ** 2; }
}
function over(x: string): string;
function over(x: number): number;
function over(x: any) { return x; }
const cfg = { a: 1, b: [1, 2] } as const;
const sat = { k: "v" } satisfies Record<string, string>;
const n = <number>(<unknown>"5");
let definite!: number;
definite = 3;
const s = new Sq(3);
s.level += 1;
console.log(s.describe(), s.describe("!"), over(2), cfg, sat, n, definite);
console.log(Object.keys(s), "opt" in s, "tag" in s, s.level, Sq.sharedCount, typeof sym);
const fnx = function (this: void, x: number) { return x * 2; };
console.log(fnx(4), <string>"cast");
export type { Shape };
export {};
class Box { accessor value: string = "v"; }
const bx = new Box();
bx.value += "!";
console.log(bx.value, Object.keys(bx), Object.getOwnPropertyNames(Box.prototype));
