// commonjs_exports.ts: the exports of a module tsc emits as CommonJS.
// Exported variables live on `exports` (read before their declaration
// they are undefined, not in their TDZ); `export { l as e }` copies l to
// exports.e after each assignment; functions are exported first.
const seen: unknown[] = [];
const probe = (label: string) => seen.push([label, exports.count, exports.renamed, exports.v]);
probe("start");
console.log(Object.keys(exports), typeof hoisted, exports.hoisted === hoisted);

let local = 1;
export { local as renamed, local };
export let count = 0;
export const v = "v", [first, second = "dflt"] = ["one"], { deep: { inner } } = { deep: { inner: "in" } };
count++; probe("count++");
local += 10; probe("local += 10");
const post = local++; probe("local++");
[local] = [50]; probe("[local] = [50]");
({ local } = { local: 60 }); probe("({ local } = ...)");
for (local = 0; local < 2; local++) probe("for");
export function hoisted() { return "hoisted"; }
export class Thing { static make() { return new Thing(); } }
export const make = () => Thing.make(), anonymous = function () {}, Klass = class {};
function shadowing(count: number) { const v = "inner"; return [count, v, exports.v]; }
export default { count, post };
export const enum Level { Low = 1, High = 2 }  // inlined: no export
export namespace Space { export const dim = Level.High; }
export enum Color { Red = "r" }
console.log(first, second, inner, post, shadowing(99), make() instanceof Thing);
console.log(make.name, anonymous.name, Klass.name, hoisted.name);
console.log(seen);
console.log(module.exports, Object.keys(exports));
