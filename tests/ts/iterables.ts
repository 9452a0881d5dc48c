// Typed iterables: classes implementing Iterable<T>, generators with
// return and next types, Symbol-keyed members, spread and destructuring.
class Range implements Iterable<number> {
  constructor(private readonly from: number, private readonly to: number, private readonly step = 1) {}
  *[Symbol.iterator](): Iterator<number> {
    for (let i = this.from; i < this.to; i += this.step) yield i;
  }
  get [Symbol.toStringTag]() { return "Range"; }
}

class LinkedList<T> implements Iterable<T> {
  private head: { v: T; next?: LinkedList<T>["head"] } | undefined;
  private size = 0;
  push(...vs: T[]): this {
    for (const v of vs.reverse()) { this.head = { v, next: this.head }; this.size++; }
    return this;
  }
  *[Symbol.iterator](): Generator<T, number, undefined> {
    let n = this.head, count = 0;
    while (n) { yield n.v; n = n.next; count++; }
    return count;
  }
  get length() { return this.size; }
}

function* counter(): Generator<number, string, number | undefined> {
  let total = 0;
  while (total < 10) {
    const got = yield total;
    total += got ?? 1;
  }
  return `total ${total}`;
}

console.log([...new Range(0, 10, 3)], String(new Range(0, 1)), Object.prototype.toString.call(new Range(0, 1)));
const list = new LinkedList<string>().push("a", "b", "c");
const [first, ...rest] = list;
console.log(first, rest, list.length);
const it = list[Symbol.iterator]();
let step = it.next();
while (!step.done) step = it.next();
console.log(step.value);
const g = counter();
console.log(g.next(), g.next(4), g.next(), g.next(5), g.next());
const entries = new Map<string, number>([["x", 1], ["y", 2]]);
for (const [k, v] of entries) console.log(k, v);
console.log(Array.from(new Range(1, 4), x => x * x), Math.max(...new Range(0, 5)));
