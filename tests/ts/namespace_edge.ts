// namespace_edge.ts: export import at top level, default abstract class,
// namespaces shadowing outer names, generators/async/classes in namespaces,
// enums with comments and trailing commas, import type = require.
export default abstract class Abs { abstract f(): void; g() { return 1; } }
export declare const dc: number;
import type Tq = require("./_lib/model");
enum Trail {
  // comment
  A = 1, /* c */
  B,
}

namespace NS { export namespace Inner { export const q = 5; } }
export import Alias = NS.Inner;
console.log(Trail, Alias.q);
namespace NSThis { export const self = typeof NSThis; }
console.log(NSThis.self);
let x = 1;
namespace Sh { export let x = 2; export function f() { x++; return x; } }
console.log(Sh.f(), x, Sh.x);
namespace Pat { export let o = { x: 1 }; export function f() { const { x } = o; return { o, x }; } }
console.log(Pat.f());
namespace Cls { export class K { static make() { return new K(); } } export const inst = K.make(); }
console.log(Cls.inst);
namespace Gen { export function* g() { yield 1; } export async function a() { return 2; } }
console.log([...Gen.g()]);
Gen.a().then(v => console.log("async", v));
abstract class Shape { constructor(protected readonly sides: number) {} abstract area(): number; toString() { return `${this.constructor.name}(${this.sides})`; } }
class Tri extends Shape { constructor() { super(3); } area() { return 1; } }
console.log(String(new Tri()));
namespace Foo { export class Foo { hi() { return "hi"; } } export const made = new Foo(); }
console.log(new Foo.Foo().hi(), Foo.made);
namespace Bar { export namespace Bar { export const x = 1; } export const y = Bar.x + 1; }
console.log(Bar.Bar.x, Bar.y);
