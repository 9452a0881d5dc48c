// class_syntax.ts: class members TypeScript erases: constructor overloads,
// private constructors, index signatures, abstract accessors, this
// parameters, generics on arrows and methods, assertion functions.
class P<T> {
  private static instance?: P<number>;
  static readonly K = 1;
  private constructor(a: string);
  private constructor(a: number);
  private constructor(public a: any) {}
  static get(): P<number> { return (P.instance ??= new P(5)); }
  protected override toString(): string { return "P" + this.a; }
  [key: string]: any;
  public static override name2?: string;
  m<U>(this: P<T>, u: U): [T | undefined, U] { return [undefined, u]; }
}
console.log(P.get(), String(P.get()), P.K, P.get().m(2));
abstract class Q { protected abstract get v(): number; protected abstract set v(x: number); show() { return this.v; } }
class R extends Q { protected get v() { return 7; } protected set v(x) {} }
console.log(new R().show());
const arrow = async <T,>(x: T): Promise<T> => x;
arrow(3).then(v => console.log("arrow", v));
function assertIsString(v: unknown): asserts v is string { if (typeof v !== "string") throw new TypeError("nope"); }
function isNum(v: unknown): v is number { return typeof v === "number"; }
try { assertIsString(1); } catch (e) { console.log((e as Error).message, isNum(2)); }
let tuple: [a: number, b?: string] = [1];
const obj = { m<T>(x: T) { return x; } };
console.log(tuple, obj.m<string>("g"), (null as any)!?.x);
