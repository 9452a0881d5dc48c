// Array.prototype.with out of range: V8's message shows the index argument
// as given ("Invalid index : 0b11"), kiln the converted number.
// Found by tests/difffuzz (seed 1531). Fix: stdlib/builtins/array.c.
try { [1, 2].with('0b11', 0); } catch (e) { console.log(e.message); }
try { [1, 2].with(7, 0); } catch (e) { console.log(e.message); }
