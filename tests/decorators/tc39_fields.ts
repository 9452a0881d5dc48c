// TC39 decorators on fields and auto-accessors: initializer functions,
// several decorators (applied innermost first), extra initializers, and
// accessor replacement objects.
function double(value: undefined, ctx: ClassFieldDecoratorContext) {
  console.log("double on", String(ctx.name), value);
  return (v: number) => v * 2;
}
function plusOne(value: undefined, ctx: ClassFieldDecoratorContext) {
  return (v: number) => v + 1;
}
function after(value: undefined, ctx: ClassFieldDecoratorContext) {
  ctx.addInitializer(function (this: any) {
    console.log("after", String(ctx.name), "=", this[ctx.name as string]);
  });
}
class Fields {
  @double @plusOne x = 5;     // plusOne first, then double: 12
  @plusOne @double y = 5;     // 11
  @after z = 3;
  @double static s = 21;
  @after w: any;
  noDecorator = "plain";
}
const f = new Fields();
console.log(f.x, f.y, f.z, Fields.s, f.w, f.noDecorator);

function logged(value: ClassAccessorDecoratorTarget<any, number>, ctx: ClassAccessorDecoratorContext) {
  const name = String(ctx.name);
  return {
    get(this: any) {
      const v = value.get.call(this);
      console.log("get", name, v);
      return v;
    },
    set(this: any, v: number) {
      console.log("set", name, v);
      value.set.call(this, v);
    },
    init(v: number) {
      console.log("init", name, v);
      return v * 10;
    },
  };
}
function nothing(value: any, ctx: ClassAccessorDecoratorContext) {
  console.log("accessor kind", ctx.kind, typeof value.get, typeof value.set);
}
class Acc {
  @logged accessor a = 1;
  @nothing accessor b = 2;
  @logged accessor #p = 3;
  accessor plain = "p";
  bump() { this.#p++; return this.#p; }
}
const a = new Acc();
a.a = a.a + 1;
console.log(a.b, a.bump(), a.plain);
a.plain = "q";
console.log(a.plain, Object.getOwnPropertyNames(Acc.prototype).join(","));
const d = Object.getOwnPropertyDescriptor(Acc.prototype, "a")!;
console.log(typeof d.get, typeof d.set, d.get!.name, d.set!.name);
