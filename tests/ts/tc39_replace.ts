// Class decorators that replace the class, decorators on class expressions,
// decorator evaluation order, and errors from bad decorator results.
const log: string[] = [];
function tag(name: string) {
  log.push(`eval ${name}`);
  return function (value: any, ctx: DecoratorContext) {
    log.push(`apply ${name} to ${ctx.kind} ${String(ctx.name)}`);
  };
}
function sealedSub<T extends new (...a: any[]) => any>(C: T, ctx: ClassDecoratorContext<T>) {
  return class extends C {
    sealed = true;
    static wrapped = String(ctx.name);
  };
}
@sealedSub
@tag("outer")
class Model {
  static count = 0;
  id = ++Model.count;
  @tag("m1") @tag("m2") method() { return this.id; }
  @tag("f") field = 1;
  @tag("sf") static sfield = 2;
}
const m = new Model();
console.log(m, (Model as any).wrapped, Model.name, Model.count);
console.log(log);
const Anon = @tag("expr") class { };
console.log(Anon.name);
const Named = @tag("expr2") class Inner { static who() { return Inner.name; } };
console.log(Named.who());
try {
  function bad(_: any, __: any) { return 42; }
  // @ts-ignore
  class X { @bad m() {} }
} catch (e) { console.log((e as Error).constructor.name, (e as Error).message); }
try {
  function addLate(_: any, ctx: ClassMethodDecoratorContext) { (globalThis as any).saved = ctx; }
  class Y { @addLate m() {} }
  (globalThis as any).saved.addInitializer(() => {});
} catch (e) { console.log((e as Error).constructor.name, (e as Error).message); }
