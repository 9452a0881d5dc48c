"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Typed iterables: classes implementing Iterable<T>, generators with
// return and next types, Symbol-keyed members, spread and destructuring.
class Range {
    from;
    to;
    step;
    constructor(from, to, step = 1) {
        this.from = from;
        this.to = to;
        this.step = step;
    }
    *[Symbol.iterator]() {
        for (let i = this.from; i < this.to; i += this.step)
            yield i;
    }
    get [Symbol.toStringTag]() { return "Range"; }
}
class LinkedList {
    head;
    size = 0;
    push(...vs) {
        for (const v of vs.reverse()) {
            this.head = { v, next: this.head };
            this.size++;
        }
        return this;
    }
    *[Symbol.iterator]() {
        let n = this.head, count = 0;
        while (n) {
            yield n.v;
            n = n.next;
            count++;
        }
        return count;
    }
    get length() { return this.size; }
}
function* counter() {
    let total = 0;
    while (total < 10) {
        const got = yield total;
        total += got ?? 1;
    }
    return `total ${total}`;
}
console.log([...new Range(0, 10, 3)], String(new Range(0, 1)), Object.prototype.toString.call(new Range(0, 1)));
const list = new LinkedList().push("a", "b", "c");
const [first, ...rest] = list;
console.log(first, rest, list.length);
const it = list[Symbol.iterator]();
let step = it.next();
while (!step.done)
    step = it.next();
console.log(step.value);
const g = counter();
console.log(g.next(), g.next(4), g.next(), g.next(5), g.next());
const entries = new Map([["x", 1], ["y", 2]]);
for (const [k, v] of entries)
    console.log(k, v);
console.log(Array.from(new Range(1, 4), x => x * x), Math.max(...new Range(0, 5)));
