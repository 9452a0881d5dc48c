// Function.prototype.toString: node returns the source text, kiln keeps no
// source and says "function f() { [native code] }". Found by tests/difffuzz
// (seed 19); the generator no longer coerces user functions to strings.
const f = () => 1;
console.log(String(f));
try { BigInt(f); } catch (e) { console.log(e.message); }
