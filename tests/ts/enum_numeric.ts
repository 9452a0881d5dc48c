// enum_numeric.ts: numeric enums with reverse mapping, auto-increment
// after explicit values, negative and fractional members.
enum Color { Red, Green, Blue }
enum Status { Active = 1, Paused, Stopped = 10, Gone }
enum Signed { Neg = -3, Next, Frac = 1.5, After }
console.log(Color.Red, Color.Green, Color.Blue);
console.log(Color[0], Color[2], Color[Color.Green]);
console.log(Status, Signed);
console.log(Object.keys(Color), Object.values(Status));
for (const k in Signed) console.log(k, typeof (Signed as any)[k]);
function name(c: Color): string { return Color[c]; }
console.log(name(Color.Blue), name(7 as Color));
let c: Color = Color.Red;
c++;
console.log(c === Color.Green, (Color as any)[99]);
