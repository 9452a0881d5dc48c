// enum_computed.ts: constant expressions folded as tsc folds them, members
// referring to earlier members (bare, E.X and E["X"]), other enums, and
// non-constant initializers evaluated at run time.
enum Flags { None = 0, A = 1 << 0, B = 1 << 1, C = A | B, D = ~A, E = C ^ 1, F = 2 ** 4 }
enum Size { Small = 2, Large = Small * 10, Huge = Size.Large + 1, Giant = Size["Huge"] * 2 }
enum Text { Hello = "he" + "llo", Len = Hello.length, Tpl = `t`, Both = Text.Tpl + "!" }
enum Other { X = Flags.C + Size.Small, Y }
let calls = 0;
function next(): number { return ++calls * 100; }
enum Runtime { First = next(), Second = next(), Third = Runtime.First + 1 }
enum Shift { S = -1 >>> 28, R = -16 >> 2, M = 7 % 4, Dv = 1 / 4 }
console.log(Flags, Size, Text, Other);
console.log(Runtime, calls, Shift);
let boom = false;
try {
  enum Bad { Ok = 1, Throws = (() => { boom = true; throw new Error("init failed"); })() }
  console.log(Bad);
} catch (e) {
  console.log((e as Error).message, boom);
}
