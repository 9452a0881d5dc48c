// Array.prototype.with out of range: V8's message shows the index argument
// as given, not the converted integer. Found by tests/difffuzz (seed 1531).
function t(f) { try { f(); } catch (e) { console.log(e.constructor.name, e.message); } }
t(() => [1, 2].with('0b11', 0));
t(() => [1, 2].with(7, 0));
t(() => [1, 2].with(5.5, 0));
t(() => [1, 2].with(-3, 0));
t(() => [1, 2].with({valueOf() { return 9; }}, 0));
t(() => [1, 2].with(Infinity, 0));
t(() => [1, 2].with('  7 ', 0));
t(() => [1, 2].with([5], 0));
t(() => [].with(undefined, 0));
t(() => Array.prototype.with.call({length: 2}, 3, 0));
