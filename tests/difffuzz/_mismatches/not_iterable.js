// Array destructuring of a non-iterable: V8 words the message by where the
// value came from ("number 0 is not iterable (cannot read property
// Symbol(Symbol.iterator))" for a nested or assignment pattern, "true is not
// iterable" for a declaration's initializer); kiln always says "0 is not
// iterable". Found by tests/difffuzz (seeds 106 115 129 1050 1286 ...).
// compiler/ir/lower.c decides the wording (not touched this session).
function t(f) { try { f(); } catch (e) { console.log(e.message); } }
t(() => { const [a] = true; });
t(() => { const [a, [b] = [0]] = [1, 0]; });
t(() => { let a; [a] = 0; });
t(() => { function f([x]) {} f(null); });
