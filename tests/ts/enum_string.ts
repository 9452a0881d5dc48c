// enum_string.ts: string members (no reverse mapping), mixed enums, and
// members whose names are strings.
enum Dir { Up = "UP", Down = "DOWN" }
enum Mixed { No = 0, Yes = "yes", Later = 5 }
enum Quoted { "with space" = 1, 'single' = "s", plain = 3 }
console.log(Dir.Up, Dir["Down"], (Dir as any).UP);
console.log(Mixed, Quoted);
console.log(Quoted["with space"], Quoted[1], Quoted.single);
const all: string[] = Object.keys(Dir).map(k => Dir[k as keyof typeof Dir]);
console.log(all.join(","));
