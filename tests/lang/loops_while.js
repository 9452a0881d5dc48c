// loops_while.js: while and do-while, including a body that runs once.
let n = 0;
while (n < 5) n++;
console.log(n);
let m = 10;
do {
  m++;
} while (m < 5);
console.log(m);
let digits = [];
let x = 12345;
do {
  digits.push(x % 10);
  x = Math.floor(x / 10);
} while (x > 0);
console.log(digits.join(""));
let a = 0, b = 1, fibs = [];
while (fibs.length < 10) {
  fibs.push(a);
  const t = a + b;
  a = b;
  b = t;
}
console.log(fibs.join(" "));
let i = 0;
while (true) {
  i++;
  if (i === 2) continue;
  if (i > 4) break;
  console.log("i", i);
}
let collatz = 27, steps = 0;
while (collatz !== 1) {
  collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2;
  steps++;
}
console.log(steps);
