// methods_this.js: this depends on the call, not on where a function lives.
function whoAmI() { return this && this.name; }
const a = { name: "a", whoAmI };
const b = { name: "b", whoAmI };
console.log(a.whoAmI(), b.whoAmI(), a["whoAmI"]());
b.other = a.whoAmI;
console.log(b.other());
const nested = { inner: { name: "inner", whoAmI } };
console.log(nested.inner.whoAmI());
const bound = whoAmI.bind(a);
b.bound = bound;
console.log(bound(), b.bound());
const calc = {
  total: 0,
  add(n) { this.total += n; return this; },
  sub(n) { this.total -= n; return this; },
};
console.log(calc.add(10).sub(3).add(1).total);
const holder = {
  items: [1, 2, 3],
  factor: 10,
  scaled() {
    return this.items.map(function (x) { return x * this.factor; }, this);
  },
};
console.log(holder.scaled());
function sloppy() { return typeof this; }
console.log(sloppy());
