// A call through an optional member: V8 prints the callee as written
// ("Object.create(...)?.toString is not a function"), kiln drops the `?`.
// Found by tests/difffuzz (seed 1513); compiler/ir/lower.c renders callees.
try { Object.create(null)?.toString(); } catch (e) { console.log(e.message); }
