// "X is not iterable": V8 names the value by its source text when it is a
// declaration's initializer (a name or a literal), else by its type and
// value with "(cannot read property Symbol(Symbol.iterator))": nested and
// assignment patterns, parameters, catch parameters, a member read.
// Found by tests/difffuzz (seeds 106 115 129 1050 1286).
function t(f) { try { f(); } catch (e) { console.log(e.message); } }
const x = {a: 5, s: Symbol('s')};
t(() => { const [a] = true; });
t(() => { const [a] = 0; });
t(() => { const [a] = null; });
t(() => { const [a] = undefined; });
t(() => { let v = 5; const [a] = v; });
t(() => { let [a] = 1.5; });
t(() => { var [a] = 0x10; });
t(() => { const [a] = this; });
t(() => { const [a] = x.a; });
t(() => { const [a] = x['a']; });
t(() => { const [a] = 'x'.length; });
t(() => { const [a, [b] = [0]] = [1, 0]; });
t(() => { const [a, [b]] = [1, {}]; });
t(() => { const [a, [b]] = [1, null]; });
t(() => { const [[b]] = [undefined]; });
t(() => { const [[b]] = [false]; });
t(() => { let a; [a] = 0; });
t(() => { let a; [a] = {}; });
t(() => { let a; [a] = x.s; });
t(() => { let a; [a] = 10n; });
t(() => { let a; [a] = () => 1; });
t(() => { function f([v]) {} f(null); });
t(() => { function f([v]) {} f(1); });
t(() => { function f([v] = 4) {} f(); });
t(() => { (([v]) => 1)(2); });
t(() => { try { throw 2; } catch ([e]) {} });
t(() => { const [[b]] = [[]].map(() => 1); });
t(() => new Map(true));
t(() => new Set(5));
t(() => new WeakMap(Symbol()));
t(() => new WeakSet('ab'));
