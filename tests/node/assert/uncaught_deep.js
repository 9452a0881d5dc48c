// An uncaught deepStrictEqual failure.
const assert = require('assert/strict');
assert.deepEqual({ a: [1, 2] }, { a: [1, 3] });
