// closure_counter.js: closures keep their own environment alive.
function makeCounter(start) {
  let n = start;
  return {
    inc() { return ++n; },
    dec() { return --n; },
    get() { return n; },
  };
}
const c1 = makeCounter(0);
const c2 = makeCounter(100);
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
function adder(x) { return function (y) { return x + y; }; }
const add5 = adder(5);
console.log(add5(1), add5(10), adder(1)(2));
function compose(f, g) { return (x) => f(g(x)); }
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function once(fn) {
  let done = false, result;
  return function () {
    if (!done) { done = true; result = fn(); }
    return result;
  };
}
let calls = 0;
const init = once(() => ++calls);
console.log(init(), init(), calls);
const fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
console.log(fns.map((f) => f()));
function outer() {
  let secret = "s";
  function middle() {
    function inner() { return secret + "!"; }
    secret += "2";
    return inner;
  }
  return middle();
}
console.log(outer()());
