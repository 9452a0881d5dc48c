// math.js: Math functions whose results are exact (no last-bit libm risk).
console.log(Math.floor(2.7), Math.floor(-2.7), Math.ceil(2.1), Math.ceil(-2.1));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(2.4), Math.round(-0.6));
console.log(Math.trunc(4.9), Math.trunc(-4.9), Math.sign(-3), Math.sign(0), Math.sign(7));
console.log(Math.abs(-7.5), Math.max(1, 9, 3), Math.min(1, 9, -3), Math.max(), Math.min());
console.log(Math.max(1, NaN), Math.min("2", 5), Math.max([3]));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.cbrt(27), Math.hypot(3, 4));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3));
console.log(Math.PI, Math.E, Math.LN2, Math.SQRT2);
console.log(Math.log(1), Math.exp(0), Math.sin(0), Math.cos(0), Math.atan2(0, -1));
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.imul(3, 4));
console.log(Math.log2(8), Math.log10(1000), Math.floor(Math.log10(12345)));
const r = Math.random();
console.log(r >= 0 && r < 1, typeof Math.random());
