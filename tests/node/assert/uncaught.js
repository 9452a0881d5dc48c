// An uncaught AssertionError: node's first error line on stderr, exit code 1.
const assert = require('assert');
console.log('before');
assert.strictEqual(1, 2);
console.log('never');
