// number_methods.js: toFixed, toString(radix), toPrecision, parsing.
console.log((3.14159).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0));
console.log((1.005).toFixed(2), (123.456).toFixed(5), (1e21).toFixed(2), (-1.5).toFixed(1));
console.log((0).toFixed(3), (0.000001).toFixed(7));
console.log((255).toString(2), (255).toString(16), (255).toString(36), (-255).toString(2));
console.log((0.5).toString(2), (3.75).toString(2), (10).toString());
console.log((123.456).toPrecision(4), (0.00012345).toPrecision(2), (123456).toPrecision(2));
console.log((12345.6789).toExponential(2), (0).toExponential());
console.log(parseInt("42px"), parseInt("  -17"), parseInt("ff", 16), parseInt("0x1A"), parseInt("z"));
console.log(parseInt("101", 2), parseInt("3.9"), parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2"));
console.log(Number("12"), Number(""), Number(" 7 "), Number("1,000"), Number(null), Number(undefined));
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53));
console.log(Number.isNaN(NaN), Number.isNaN("x"), isNaN("x"), Number.isFinite("5"), isFinite("5"));
console.log(Number.parseFloat === parseFloat, (25).toString(36), Number("0b11"), Number("0o7"));
