// Enums of every kind: numeric, string, heterogeneous, computed, const
// references, auto-increment after an initializer, merging, namespaces.
enum Direction { Up = 1, Down, Left, Right }
enum Status { Active = "ACTIVE", Inactive = "INACTIVE" }
enum Mixed { No = 0, Yes = "YES", Maybe = 5, Later }
enum Flags {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
  ReadWrite = Read | Write,
  All = ReadWrite | Exec,
  Neg = ~All,
  Big = 2 ** 10,
  Mod = 17 % 5,
}
const base = 100;
enum Computed {
  A = base,
  B = base * 2,
  C = "abc".length,
  D = Direction.Down + 10,
}
enum Text { Hello = "hi", World = `wo${"rld"}`, Both = Hello + "!" }
enum Direction { Stop = 0 }   // merging
namespace Direction {
  export function parse(s: string): Direction {
    return (Direction as any)[s] as Direction;
  }
  export const count = 5;
}

console.log(Direction, Status, Mixed);
console.log(Direction.Up, Direction[2], Direction[Direction.Right], Direction.Stop, Direction[0]);
console.log(Direction.parse("Left"), Direction.count);
console.log(Flags, Flags.All & Flags.Write ? "w" : "-", Flags[3]);
console.log(Computed, Computed[200], Computed[3]);
console.log(Text);
console.log(Object.keys(Mixed), Object.values(Status));
function describe(d: Direction): string {
  switch (d) {
    case Direction.Up: return "north";
    case Direction.Down: return "south";
    default: return Direction[d] ?? "?";
  }
}
console.log([1, 2, 3, 4, 0, 9].map(describe).join(","));
const s: Status = Status.Active;
console.log(s === "ACTIVE", typeof Status.Inactive, Status["Active"]);
enum E { "quoted key" = 3, 'single' = 4, ["computed"] = 5 }
console.log(E, E["quoted key"], E[4]);
declare enum Ambient { X }
console.log(typeof (globalThis as any).Ambient);
enum Self { A = 2, B = A * 3, C = Self.B + 1, D }
console.log(Self);
const suffix = String(Date.now() > 0);
enum Dyn { A = `a-${suffix}`, B = "b" + suffix, C = suffix.length, D = (`d${1 + 2}`), E = ("e" + 1) }
console.log(Dyn);
