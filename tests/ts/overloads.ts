// Overloads, declare, satisfies, as const, enums as types and values.
declare const process: { exitCode?: number; argv: string[] };
declare function require(id: string): any;
declare global { interface Array<T> { last?(): T | undefined } }

function parse(x: string): number;
function parse(x: number): string;
function parse(x: string | number): number | string {
  return typeof x === 'string' ? Number(x) * 2 : `#${x}`;
}

enum Dir { Up = 'UP', Down = 'DOWN' }
enum Flags { None = 0, A = 1 << 0, B = 1 << 1, AB = A | B }
type DirMap = Record<Dir, number>;
const moves = { [Dir.Up]: -1, [Dir.Down]: 1 } satisfies DirMap;
const palette = ['red', 'green'] as const;
type Color = (typeof palette)[number];
const pick = (c: Color): Dir => (c === 'red' ? Dir.Up : Dir.Down);

class Box<T> {
  declare tag: string;
  private static count = 0;
  constructor(private value: T) { Box.count++; }
  map<U>(f: (v: T) => U): Box<U> { return new Box(f(this.value)); }
  get(): T;
  get(dflt: T): T;
  get(dflt?: T): T { return this.value ?? dflt!; }
  static get made() { return Box.count; }
}

console.log(parse('21'), parse(7), moves, palette, pick('red'), pick('green'));
console.log(Flags.AB, Flags[3], Flags[Flags.B], Object.keys(Flags));
const b = new Box(2).map((n) => n * 10).map(String);
console.log(b.get(), Box.made, 'tag' in b, Object.keys(b));
let d: Dir = Dir.Down;
switch (d) { case Dir.Up: console.log('up'); break; case Dir.Down: console.log('down'); }
const cfg = { port: 80, host: 'x' } as const satisfies { port: number; host: string };
console.log(cfg.port, <number>(<unknown>cfg.port) + 1, (cfg as any).nope?.deep ?? 'none');
