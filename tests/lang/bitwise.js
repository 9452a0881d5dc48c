// bitwise.js: & | ^ ~ << >> >>> and ToInt32/ToUint32 wrapping.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(1 << 31, 1 << 32, 1 << 33, -1 << 1);
console.log(-16 >> 2, -16 >>> 2, 16 >> 2, -1 >>> 0, -1 >>> 28);
console.log(2 ** 32 + 5 | 0, 2 ** 31 | 0, 4294967295 | 0, 1.9 | 0, -1.9 | 0);
console.log(NaN | 0, Infinity | 0, -Infinity >>> 0, "12" | 0, "x" | 0);
console.log(0xffffffff & 0xff, 0x12345678 ^ 0xffffffff);
console.log(1 << -1, 8 >> 33, 3.7 << 1);
let x = 0xf0;
x &= 0x3c; console.log(x);
x |= 1; console.log(x);
x ^= 0xff; console.log(x);
x <<= 4; console.log(x);
x >>= 2; console.log(x);
x >>>= 1; console.log(x);
console.log(~~3.99, ~~-3.99, !!0, !!"0");
