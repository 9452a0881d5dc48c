// Type-only syntax in runtime-relevant places: generic defaults, arrow
// generics, non-null, definite assignment, optional chaining with calls,
// abstract constructors, typed destructuring, `unique symbol`.
const key: unique symbol = Symbol('key');
interface Repo<T = string> { [key]: T; items?: Map<string, T> }
type Ctor<T = {}> = abstract new (...args: any[]) => T;

function Timestamped<TBase extends Ctor>(Base: TBase) {
  abstract class T extends Base { stamp = 42; }
  return T;
}
class Plain { hello() { return 'hi'; } }
class Stamped extends Timestamped(Plain) {}

let late!: number;
function setLate() { late = 10; }
setLate();
const r: Repo<number> = { [key]: 1, items: new Map([['a', 2]]) };
const { items: { size } = new Map() }: Repo<number> = r;
const maybe: { fn?: (x: number) => number; deep?: { arr?: number[] } } = { deep: {} };
console.log(new Stamped().stamp, new Stamped().hello(), late * 2, r[key], size);
console.log(maybe.fn?.(1), maybe.deep?.arr?.[0], maybe.deep!.arr ?? 'none', r.items!.get('a')!.toFixed(1));
const id = <T,>(x: T) => x;
const pair = <A, B = A>(a: A, b?: B) => [a, b] as [A, B?];
console.log(id<string>('s'), pair(1), pair<number, string>(1, 'x'));
let x: number | null = null;
x ??= 5;
x! += 1;
console.log(x, typeof key, key.description);
