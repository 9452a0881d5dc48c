// param_props_derived.ts: parameter properties in derived classes are
// assigned right after super(); code before super() and fields run in
// tsc's order; a throwing super() leaves no property.
class Base {
  tag = "base";
  constructor(public id: number) { console.log("base", (this as any).extra); }
}
class Child extends Base {
  field = "f:" + (this as any).extra;
  constructor(id: number, public extra: string, private more = id * 2) {
    console.log("before super");
    super(id);
    console.log("after super", this.extra, this.more);
  }
  total() { return this.id + this.more; }
}
const ch = new Child(5, "x");
console.log(ch, ch.total(), Object.keys(ch));
class Failing extends Base {
  constructor(public x: number) {
    if (x < 0) throw new RangeError("negative " + x);
    super(x);
  }
}
try { new Failing(-1); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(new Failing(2));
