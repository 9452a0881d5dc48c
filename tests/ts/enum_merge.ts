// enum_merge.ts: an enum declared twice merges into one object; enums in
// blocks and functions are local (`let`); `declare enum` emits nothing.
enum Animal { Cat, Dog }
enum Animal { Cow = 5, Pig }
declare enum Ambient { Q }
console.log(Animal, Animal[6]);
function local(n: number) {
  enum Local { A = n, B = A * 2 }
  return Local;
}
console.log(local(3), local(4).B);
{
  enum Animal { Inner = 9 }
  console.log(Animal.Inner, (Animal as any).Cat);
}
console.log(Animal.Cat);
try {
  console.log((Ambient as any).Q);
} catch (e) {
  console.log((e as Error).name);
}
