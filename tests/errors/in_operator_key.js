// `key in primitive`: V8 names the key without running its code
// (Object::NoSideEffectsToString), not by ToString.
// Found by tests/difffuzz (seeds 1022, 1370).
function t(f) { try { f(); } catch (e) { console.log(e.message); } }
let calls = 0;
t(() => [0, 2, 4] in true);
t(() => ({a: 1}) in 5);
t(() => ({toString() { calls++; return 'k'; }}) in 'str');
t(() => Symbol('s') in 1);
t(() => 'key' in null);
t(() => 7 in undefined);
t(() => new Error('boom') in 1n);
t(() => /re/g in false);
t(() => new Map() in 0);
console.log('toString calls', calls);
