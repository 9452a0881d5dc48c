// TC39 decorators: evaluation order (decorators and computed keys in source
// order) and application order (static, instance, static fields, instance
// fields, class), and when initializers run.
const log: string[] = [];
function dec(tag: string): any {
  log.push("eval " + tag);
  return function (value: any, ctx: ClassMemberDecoratorContext | ClassDecoratorContext) {
    log.push("apply " + tag + " " + ctx.kind + " " + String(ctx.name));
    ctx.addInitializer(function () {
      log.push("init " + tag);
    });
    if (ctx.kind === "field") return (v: any) => { log.push("field-init " + tag + " " + v); return v; };
  };
}
function key(k: string) {
  log.push("key " + k);
  return k;
}
class Base {}
@dec("class1") @dec("class2")
class C extends (log.push("heritage"), Base) {
  @dec("a") a = (log.push("a initialized"), 1);
  @dec("sm") static sm() {}
  @dec("m1") @dec("m2") [key("computed")]() {}
  @dec("sf") static sf = (log.push("sf initialized"), 2);
  static { log.push("static block"); }
  @dec("g") get g() { return 1; }
  b = (log.push("b initialized"), 3);
  @dec("acc") accessor acc = 4;
  constructor() {
    super();
    log.push("constructor body");
  }
}
log.push("class defined");
const c = new C();
log.push("instance " + c.a + " " + c.b + " " + c.acc);
for (const line of log) console.log(line);
