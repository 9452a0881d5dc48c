// Generic call and arrow syntax that looks like comparisons: `<T,>`
// arrows, explicit type arguments, instantiation expressions, optional
// calls with type arguments, and real comparisons next to them.
const identity = <T,>(x: T): T => x;
const pair = <A, B extends A = A>(a: A, b: B): [A, B] => [a, b];
const later = async <T extends object>(v: T): Promise<keyof T> => Object.keys(v)[0] as keyof T;
function makeBox<T>(value: T) { return { value }; }
const makeStringBox = makeBox<string>;
class Registry<K, V> {
  map = new Map<K, V>();
  set<T extends V>(k: K, v: T): Registry<K, V> { this.map.set(k, v); return this; }
  get<T extends V = V>(k: K) { return this.map.get(k) as T | undefined; }
}
const a = 1, b = 2, c = 3;
console.log(identity<number>(5), pair<string>("x", "y"), makeStringBox("s"));
console.log(a < b, b > c, (a < b) > false, a < b === true);
const r = new Registry<string, number>().set("one", 1).set<2>("two", 2);
console.log(r.get("one"), r.get<number>("two"), r.get("none"));
const obj: { m?: <T>(x: T) => T[] } = { m: x => [x, x] };
console.log(obj.m?.<number>(3), (obj as any).n?.<string>("x"));
later({ first: 1 }).then(k => console.log("later", k));
const f = function <T>(this: void, xs: T[]): T | undefined { return xs.at(-1); };
console.log(f<string>(["p", "q"]));
const cmp = (x: number, y: number) => x < y ? -1 : x > y ? 1 : 0;
console.log([3, 1, 2].sort(cmp), [[1, 2], [3]].map(xs => xs.length > 1));
type Id = <T>(x: T) => T;
const arr: Array<Array<number>> = [[1]];
const m2 = new Map<string, Array<{ a: number }>>([["k", [{ a: 1 }]]]);
console.log(arr, m2.get("k")?.[0]?.a, <string>"cast", (<number[]>[1, 2]).length);
let g: Id = identity;
console.log(g<boolean>(true), typeof g);
