// Generics with constraints, overloads, satisfies, as const, keyof, mapped
// results, definite assignment and non-null assertions.
const ROUTES = {
  home: "/",
  user: "/users/:id",
  post: "/posts/:postId/comments/:commentId",
} as const satisfies Record<string, `/${string}`>;

type RouteName = keyof typeof ROUTES;

function params<K extends RouteName>(name: K): string[] {
  return ROUTES[name].split("/").filter(p => p.startsWith(":")).map(p => p.slice(1));
}

function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}

function first(xs: string): string;
function first<T>(xs: readonly T[]): T | undefined;
function first(xs: any): any {
  return typeof xs === "string" ? xs.charAt(0) : xs[0];
}

class Box<T extends { toString(): string } = string> {
  #value!: T;
  count!: number;
  static of<U extends { toString(): string }>(v: U): Box<U> { const b = new Box<U>(); b.#value = v; b.count = 1; return b; }
  map<R extends { toString(): string }>(f: (v: T) => R): Box<R> { return Box.of(f(this.#value)); }
  get(): T { return this.#value!; }
  toString() { return `Box(${this.#value})`; }
}

const palette = {
  red: [255, 0, 0],
  green: "#00ff00",
} satisfies Record<string, string | number[]>;

const tuple = [1, "two", { three: 3 }] as const;
const lits = <const T extends readonly unknown[]>(...xs: T) => xs;

console.log(params("home"), params("user"), params("post"));
console.log(pick({ a: 1, b: "x", c: true }, "a", "c"));
console.log(first("hello"), first([3, 2, 1]), first([] as number[]));
const b = Box.of(21).map(n => n * 2).map(n => `n=${n}`);
console.log(String(b), b.get(), b.count, Object.keys(b));
console.log(palette.green.toUpperCase(), palette.red.map(x => x / 255));
console.log(tuple, lits(1, 2, "x"));
let late!: string;
function init() { late = "set"; }
init();
console.log(late.length, (late as unknown as string)!.toUpperCase());
const maybe: { deep?: { v: number } } = { deep: { v: 4 } };
console.log(maybe.deep!.v, maybe?.deep?.v! + 1);
const n = <number>(<unknown>"5");
console.log(typeof n, n);
type Fn = <T>(x: T) => T;
const id: Fn = x => x;
console.log(id<number>(7), id<string>("s"));
function assertIsString(v: unknown): asserts v is string {
  if (typeof v !== "string") throw new TypeError("not a string: " + typeof v);
}
try { assertIsString(3); } catch (e) { console.log(String(e)); }
function isNum(v: unknown): v is number { return typeof v === "number"; }
console.log([1, "a", 2].filter(isNum));
