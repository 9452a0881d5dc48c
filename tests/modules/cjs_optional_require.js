// A require() of a missing module inside try is a run-time error, as in
// node (packages probe for optional dependencies this way); the compiler
// only warns.
let fast;
try {
  fast = require('some-optional-native-accelerator');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
console.log(fast === undefined ? 'fallback' : 'fast');
function lazy() { return require('./_lib/missing-on-purpose'); }
try { lazy(); } catch (e) { console.log(e.code); }
const viaVar = './_lib/cjs_fn.cjs';
if (process.argv.length > 100) require('./_lib/cjs_fn.cjs');
console.log(require(viaVar)('dyn'));
