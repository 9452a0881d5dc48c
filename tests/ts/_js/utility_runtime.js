"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Type-only syntax in runtime-relevant places: generic defaults, arrow
// generics, non-null, definite assignment, optional chaining with calls,
// abstract constructors, typed destructuring, `unique symbol`.
const key = Symbol('key');
function Timestamped(Base) {
    class T extends Base {
        stamp = 42;
    }
    return T;
}
class Plain {
    hello() { return 'hi'; }
}
class Stamped extends Timestamped(Plain) {
}
let late;
function setLate() { late = 10; }
setLate();
const r = { [key]: 1, items: new Map([['a', 2]]) };
const { items: { size } = new Map() } = r;
const maybe = { deep: {} };
console.log(new Stamped().stamp, new Stamped().hello(), late * 2, r[key], size);
console.log(maybe.fn?.(1), maybe.deep?.arr?.[0], maybe.deep.arr ?? 'none', r.items.get('a').toFixed(1));
const id = (x) => x;
const pair = (a, b) => [a, b];
console.log(id('s'), pair(1), pair(1, 'x'));
let x = null;
x ??= 5;
x += 1;
console.log(x, typeof key, key.description);
