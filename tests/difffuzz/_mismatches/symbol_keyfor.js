// Symbol.keyFor(non-symbol): V8's side-effect-free rendering gives
// "[object Object]" for an object whose toString is its own, "[object
// RegExp]" for a regexp; kiln says #<Object> / #<RegExp>.
// Found by tests/difffuzz (seeds 1171, 1994). Fix: runtime/object.c object_tag.
function t(f) { try { f(); } catch (e) { console.log(e.message); } }
t(() => Symbol.keyFor({toString() { return '7'; }}));
t(() => Symbol.keyFor(/ab+c/gi));
t(() => Symbol.keyFor({}));
