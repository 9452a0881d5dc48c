// namespace_alias.ts: `import X = A.B` aliases (plain and exported), and
// aliases used only as types, which tsc drops.
namespace Lib.Text {
  export function upper(s: string) { return s.toUpperCase(); }
  export interface Opts { trim: boolean }
}
namespace App {
  export import T = Lib.Text;
  import Up = Lib.Text.upper;
  export function run(s: string) { return Up(s) + T.upper("!"); }
}
import LT = Lib.Text;
import Opts = Lib.Text.Opts;
const o: Opts = { trim: true };
console.log(App.run("ok"), LT.upper("x"), App.T === Lib.Text, o);
namespace Types { export interface Only { a: number } }
import OnlyAlias = Types.Only;
const v: OnlyAlias = { a: 1 };
console.log(v);
