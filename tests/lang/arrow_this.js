// arrow_this.js: arrows take this and arguments from the enclosing function.
const obj = {
  name: "obj",
  regular() { return this.name; },
  arrowInside() {
    const f = () => this.name;
    return f();
  },
  delayed() {
    return [1, 2].map((x) => this.name + x);
  },
  nested() {
    return () => () => this.name;
  },
};
console.log(obj.regular(), obj.arrowInside(), obj.delayed(), obj.nested()()());
const detached = obj.regular;
function strictCaller() {
  "use strict";
  return this;
}
console.log(strictCaller());
const other = { name: "other", regular: obj.regular };
console.log(other.regular());
function Counter() {
  this.count = 0;
  this.add = () => { this.count++; return this.count; };
}
const c = new Counter();
const add = c.add;
add(); add();
console.log(c.count);
function args() {
  const f = () => arguments.length;
  return f(9, 9, 9, 9);
}
console.log(args(1, 2));
const sq = (x) => x * x;
const mk = () => ({ made: true });
const multi = (a, b) => {
  const s = a + b;
  return s * 2;
};
console.log(sq(4), mk(), multi(1, 2));
console.log(typeof detached);
