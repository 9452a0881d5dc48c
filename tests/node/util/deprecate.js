// util.deprecate: one DeprecationWarning per code, emitted as a process warning.
const util = require('util');
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
const f = util.deprecate(() => 1, 'old api', 'DEP0999');
f(); f();
util.deprecate(() => 2, 'no code')();
console.log('sync end');
