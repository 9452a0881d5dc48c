// `in` with a primitive on the right: V8 names the key without running
// code ([object Array], #<Object>); kiln converts it with ToString.
// Found by tests/difffuzz (seeds 1022, 1370). Fix: runtime/operators.c js_in.
function t(f) { try { f(); } catch (e) { console.log(e.message); } }
t(() => [0, 2, 4] in true);
t(() => ({a: 1}) in 5);
t(() => ({toString() { return 'k'; }}) in 'str');
