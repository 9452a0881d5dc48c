// const_enum.ts: const enum members inlined at their uses (tsc emits no
// object for them), including members computed from other members.
const enum Mode { Read = 1, Write = 2, Both = Read | Write, Name = "mode" }
const m: Mode = Mode.Both;
console.log(Mode.Read, Mode["Write"], m, Mode.Name);
function can(x: Mode, want: Mode) { return (x & want) === want; }
console.log(can(Mode.Both, Mode.Write), can(Mode.Read, Mode.Write));
const table = { [Mode.Read]: "r", [Mode.Write]: "w" };
console.log(table);
switch (m as Mode) {
  case Mode.Read: console.log("read"); break;
  case Mode.Both: console.log("both"); break;
}
console.log(typeof (globalThis as any).Mode);
declare const enum Ambient { Low = -1, High = Low + 100, Tag = "t" }
console.log(Ambient.Low, Ambient.High, Ambient["Tag"]);
namespace Holder {
  const enum Local { One = 1 }
  export const enum Shared { Two = 2 }
  export const one = Local.One;
}
console.log(Holder.one, Holder.Shared.Two);
