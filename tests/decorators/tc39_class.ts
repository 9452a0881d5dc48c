// TC39 class decorators: replacement, addInitializer, the class binding
// inside the class, class expressions and their names, exports.
function sealed(value: any, ctx: ClassDecoratorContext) {
  console.log("class", ctx.kind, ctx.name, Object.keys(ctx).join(","));
  ctx.addInitializer(function (this: any) {
    console.log("class initializer", this.name, this === Replaced);
  });
}
let Replaced: any;
function replace(value: any, ctx: ClassDecoratorContext) {
  Replaced = class extends value {
    extra() { return "extra"; }
  };
  return Replaced;
}
@sealed
@replace
export class Thing {
  static self() { return Thing; }
  id() { return "thing"; }
}
const t: any = new Thing();
console.log(t.id(), t.extra(), Thing === Replaced, Thing.self() === Replaced, Thing.name);

const Anon = @sealed class {};
console.log(Anon.name);
const Named = @sealed class Inner {};
console.log(Named.name);
const obj = { prop: @sealed class {} };
console.log(obj.prop.name);
let assigned;
assigned = @sealed class {};
console.log(assigned.name);

function register(registry: string[]) {
  return (value: any, ctx: ClassDecoratorContext) => { registry.push(String(ctx.name)); };
}
const registry: string[] = [];
@register(registry) class A {}
@register(registry) class B extends A {}
console.log(registry.join(","), new B() instanceof A);

function withStatic(value: any, ctx: ClassDecoratorContext): any {
  return class extends value { static tag = "tagged " + ctx.name; };
}
@withStatic class Tagged { static base = 1; }
console.log((Tagged as any).tag, Tagged.base);

function bad(value: any, ctx: ClassDecoratorContext): any { return 42; }
try {
  @bad class Broken {}
  console.log("not reached", Broken);
} catch (e: any) {
  console.log(e.constructor.name, e.message);
}
export default @sealed class {}
