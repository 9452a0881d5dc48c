// nested_closures.js: closures over closures, shared and separate scopes.
function bank() {
  let balance = 0;
  const history = [];
  function record(kind, amt) { history.push(kind + amt); }
  return {
    deposit(a) { balance += a; record("+", a); return balance; },
    withdraw(a) {
      if (a > balance) return "insufficient";
      balance -= a;
      record("-", a);
      return balance;
    },
    history: () => history.join(" "),
  };
}
const acct = bank();
acct.deposit(100);
acct.withdraw(30);
console.log(acct.withdraw(500), acct.deposit(5), acct.history());
function memo(fn) {
  const cache = {};
  return function (n) {
    if (n in cache) return cache[n];
    return (cache[n] = fn(n));
  };
}
let calls = 0;
const slowSquare = memo((n) => { calls++; return n * n; });
slowSquare(4); slowSquare(4); slowSquare(5);
console.log(calls);
const fibm = memo((n) => (n < 2 ? n : fibm(n - 1) + fibm(n - 2)));
console.log(fibm(80));
function curry3(f) { return (a) => (b) => (c) => f(a, b, c); }
console.log(curry3((a, b, c) => a * 100 + b * 10 + c)(1)(2)(3));
let x = "global x";
function makeGetters() {
  const out = [];
  for (let i = 0; i < 2; i++) {
    let x = "x" + i;
    out.push(() => x);
  }
  return out;
}
console.log(makeGetters().map((g) => g()), x);
