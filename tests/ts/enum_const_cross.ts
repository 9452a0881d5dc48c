// Enum corners: negative and computed members, string/number mix, const
// enums in expressions and property keys, enums as object keys and types,
// declare enum (no emit) and declaration merging.
enum E { A = -1, B, C = 'c'.length, D = A + 10, E = ~D }
const enum Bits { R = 4, W = 2, X = 1, RW = R | W, All = RW | X }
enum Mixed { N = 1, S = 'str' }
enum E { F = 100 }
declare enum Ambient { Q }
const perms = { [Bits.R]: 'read', [Bits.W]: 'write' };
function has(mask: number, b: Bits) { return (mask & b) === b; }
type Keys = keyof typeof E;
const ks: Keys[] = ['A', 'F'];
console.log(E, Bits.All, perms, has(Bits.RW, Bits.W), has(Bits.R, Bits.X));
console.log(Mixed, ks.map((k) => E[k]), E[E.D], typeof Ambient);
const enum Dir { L = 'left', R = 'right' }
const d: Dir = Math.random() > 2 ? Dir.L : Dir.R;
console.log(d, `${Dir.L}-${Bits.All}`, Bits['RW']);
