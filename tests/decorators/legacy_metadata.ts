// experimentalDecorators + emitDecoratorMetadata: design:type,
// design:paramtypes and design:returntype handed to Reflect.metadata (a
// small stand-in for the reflect-metadata package).
const store = new Map<any, Map<string, Map<string, any>>>();
(Reflect as any).metadata = function (key: string, value: any) {
  return function (target: any, prop?: any) {
    const t = prop === undefined ? target : target;
    if (!store.has(t)) store.set(t, new Map());
    const byProp = store.get(t)!;
    const p = String(prop);
    if (!byProp.has(p)) byProp.set(p, new Map());
    byProp.get(p)!.set(key, value);
  };
};
function show(v: any): string {
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return "[" + v.map(show).join(", ") + "]";
  return typeof v === "function" ? v.name : String(v);
}
function dump(label: string, target: any) {
  const byProp = store.get(target);
  if (!byProp) return console.log(label, "none");
  for (const [prop, m] of byProp)
    for (const [k, v] of m) console.log(label, prop, k, show(v));
}
const noop = (...args: any[]) => {};
interface Shape { area(): number }
class Engine {}

@noop
class Car {
  @noop name: string = "car";
  @noop count!: number;
  @noop flag?: boolean;
  @noop engine!: Engine;
  @noop shape!: Shape;
  @noop list!: string[];
  @noop tuple!: [number, string];
  @noop cb!: () => void;
  @noop union!: string | null;
  @noop mixed!: string | number;
  @noop lit!: "a" | "b";
  @noop when!: Date;
  @noop untyped: any;
  @noop map!: Map<string, Engine>;
  @noop drive(speed: number, engine: Engine, opts?: { fast: boolean }): boolean { return true; }
  @noop async later(): Promise<void> {}
  @noop async untypedAsync() {}
  @noop plain(x, y: string) {}
  @noop get size(): number { return 1; }
  @noop set label(v: string) {}
  @noop static make(n: number): Car { return new Car("x", new Engine()); }
  constructor(model: string, engine: Engine) {}
}
dump("Car", Car);
dump("Car.prototype", Car.prototype);
