// A CommonJS module as packages write them.
exports.add = (a, b) => a + b;
exports.name = 'cjs-lib';
module.exports.mul = function mul(a, b) { return a * b; };
Object.defineProperty(exports, 'answer', { enumerable: true, value: 42 });
let calls = 0;
exports.counter = () => ++calls;
console.log('cjs_lib loaded', typeof module, typeof require, __filename.endsWith('cjs_lib.cjs'));
