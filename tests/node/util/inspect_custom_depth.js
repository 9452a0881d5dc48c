// Custom inspect methods get the depth left as their first argument and the
// whole depth (null for depth: null) plus the caller's own option keys in
// options, so handing options on to inspect() nests as in node; AbortSignal
// and AbortController print one level deeper each.
const util = require('util');
const x = { [util.inspect.custom](d, o) { return `d=${d} o.depth=${o.depth}`; } };
console.log({ a: { b: x } }, [x], x, util.inspect({ a: x }, { depth: 5 }), util.inspect({ a: x }, { depth: null }), util.inspect({ a: x }, { depth: Infinity }));
class Money { constructor(v) { this.v = v; } [util.inspect.custom](depth, options, inspect) { return `Money<${inspect(this.v, options)}>`; } }
console.log({ wallet: { cash: new Money({ amount: { deep: { deeper: 1 } } }) } });
const y = { [util.inspect.custom](d, o) { return Object.keys(o).sort().join(','); } };
console.log(util.inspect(y, { colors: true, userOpt: 1 }));
console.log(util.inspect(new AbortController(), { depth: -1 }), util.inspect({ a: { b: { c: new AbortController() } } }), util.inspect({ a: { b: { c: AbortSignal.abort() } } }));
console.log(util.inspect(new EventTarget(), { depth: -1 }), util.inspect({ a: { b: { c: new EventTarget() } } }));
console.log(util.inspect({ a: { b: new AbortController() } }), util.inspect({ a: { b: AbortSignal.abort() } }));
