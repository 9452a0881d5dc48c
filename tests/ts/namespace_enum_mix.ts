// Namespaces merged with classes, functions and enums; enum members
// referring to each other; string enums in template types.
namespace Shapes {
  export interface Point { x: number; y: number }
  export const origin: Point = { x: 0, y: 0 };
  export namespace Util { export function dist(a: Point, b: Point = origin) { return Math.hypot(a.x - b.x, a.y - b.y); } }
}
namespace Shapes.Extra { export const unit = 1; }

class Money { constructor(readonly cents: number) {} toString() { return Money.format(this.cents); } }
namespace Money { export function format(c: number) { return `$${(c / 100).toFixed(2)}`; } export const zero = new Money(0); }

function greet(n: string) { return `${greet.prefix}${n}`; }
namespace greet { export let prefix = 'hi '; }

enum Size { S = 1, M = S * 2, L = M * 2, XL = L + Size.S }
namespace Size { export function parse(s: string): Size { return (Size as any)[s]; } }
enum Str { A = 'a', B = `b${A}` as any }

import U = Shapes.Util;
console.log(U.dist({ x: 3, y: 4 }), Shapes.Extra.unit, `${new Money(1234)}`, String(Money.zero));
greet.prefix = 'hello ';
console.log(greet('ts'), Size.parse('L'), Size.XL, Size[4], Str.B, Object.keys(Size));
