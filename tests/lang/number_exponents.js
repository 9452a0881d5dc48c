// number_exponents.js: large and small magnitudes and the switch to
// exponent notation.
let x = 1;
for (let i = 0; i < 25; i++) {
  x *= 10;
  if (i > 17) console.log(x);
}
let y = 1;
for (let i = 0; i < 10; i++) {
  y /= 10;
  if (i > 3) console.log(y);
}
console.log(1.7976931348623157e308 * 10);
console.log(-1e-300 * 1e-300);
console.log(123456789e-15);
console.log(1.23e+25, 1.23e-25);
console.log(2 ** -1074, 2 ** 1023);
console.log(1e300 * 1e10, -1e300 * 1e10);
console.log(0.1 * 3, 0.7 + 0.1, 1.005 * 1000);
